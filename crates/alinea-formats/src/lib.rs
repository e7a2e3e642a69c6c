//! The files people actually have: Word documents, PDFs and web pages, turned into the plain
//! text the rest of alinea reads (one paragraph per line, two blank lines between them).
//!
//! The format is told by the content, never by the file name, because files travel by
//! mail and lose or change their extension. What cannot be read (legacy `.doc`,
//! OpenDocument, password-protected or damaged packages, packages that unpack past
//! the size limit) is refused with an error that names the file and says what to do.
//!
//! Word's automatic numbering is written out as the label text Word shows (`1.`, `(a)`,
//! `iv)`), so the structure layer of `alinea-text` finds the labels as it does in text.

mod charset;
mod docx;
mod error;
mod html;
mod memory;
mod numfmt;
mod pdf;
mod sniff;
mod zipped;

pub use error::FormatError;
pub use memory::{parse_memory, read_memory, Memory, MemoryError, MemoryFormat, Unit};

/// What separates two paragraphs in the converted text: two blank lines. The reflow of
/// `alinea-text` may rejoin lines across one blank line when a document looks
/// hard-wrapped (paragraphs of similar length can look so), never across two.
pub const PARAGRAPH_BREAK: &str = "\n\n\n";
pub use sniff::{sniff, Sniffed};

/// A document format alinea converts.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Format {
    /// Office Open XML word processing (`.docx`).
    Docx,
    /// HTML (any version, parsed as HTML5).
    Html,
    /// PDF (read with the `pdf` feature, on by default).
    Pdf,
}

impl Format {
    /// The usual name of the format.
    pub fn as_str(&self) -> &'static str {
        match self {
            Format::Docx => "DOCX",
            Format::Html => "HTML",
            Format::Pdf => "PDF",
        }
    }
}

impl std::fmt::Display for Format {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A document converted to plain text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Extracted {
    /// What it was.
    pub format: Format,
    /// Its text: one paragraph per line, paragraphs separated by [`PARAGRAPH_BREAK`].
    pub text: String,
}

/// Converts `bytes` if they hold a document format, or returns `None` when they are
/// (or may be) plain text, which the caller decodes as usual. `max_bytes` bounds what a
/// compressed package may unpack to.
///
/// # Errors
///
/// [`FormatError`] for formats that are not read, encrypted, damaged or oversized
/// packages, and documents without text; each names `name`.
pub fn extract(name: &str, bytes: &[u8], max_bytes: u64) -> Result<Option<Extracted>, FormatError> {
    let (format, text) = match sniff(bytes) {
        Sniffed::Text => return Ok(None),
        Sniffed::Zip => (Format::Docx, docx::extract(name, bytes, max_bytes)?),
        Sniffed::Html => (Format::Html, html::extract(name, bytes)?),
        Sniffed::Pdf => (Format::Pdf, pdf::extract(name, bytes, max_bytes)?),
        Sniffed::Ole2 => return Err(sniff::ole2_error(name, bytes)),
        Sniffed::Rtf => {
            return Err(FormatError::Unsupported {
                name: name.to_string(),
                what: "RTF (Rich Text Format)",
                advice: "save it as .docx or as plain text",
            })
        }
    };
    if text.trim().is_empty() {
        return Err(FormatError::NoText {
            name: name.to_string(),
            format,
        });
    }
    Ok(Some(Extracted { format, text }))
}
