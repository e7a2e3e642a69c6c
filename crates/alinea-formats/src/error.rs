//! Why a document could not be turned into text. Every message names the file and says
//! what the user can do about it, because the person reading it has a Word file in hand
//! and no idea what a zip central directory is.

use crate::Format;

/// A document that could not be read.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum FormatError {
    /// A format alinea does not read (legacy `.doc`, OpenDocument, RTF, spreadsheets …).
    #[error("{name}: {what} is not supported; {advice}")]
    Unsupported {
        /// The input's name.
        name: String,
        /// What the file was found to be.
        what: &'static str,
        /// What to do instead.
        advice: &'static str,
    },
    /// A password-protected document.
    #[error("{name}: the document is password-protected (encrypted); save an unprotected copy (or export it as .docx or text) and try again")]
    Encrypted {
        /// The input's name.
        name: String,
    },
    /// A damaged or truncated file of a known format.
    #[error("{name}: cannot read this {format} file, it is damaged or truncated ({detail})")]
    Corrupt {
        /// The input's name.
        name: String,
        /// The format the content announced.
        format: Format,
        /// What the reader stumbled on.
        detail: String,
    },
    /// A compressed document that unpacks to more than the limit (a zip bomb, or simply a
    /// document too large to work on).
    #[error("{name}: {part} unpacks to more than the limit of {limit} bytes (--max-bytes)")]
    TooLarge {
        /// The input's name.
        name: String,
        /// The part of the package that went over.
        part: String,
        /// The limit.
        limit: u64,
    },
    /// A document of a known format that holds no text.
    #[error("{name}: this {format} document holds no text")]
    NoText {
        /// The input's name.
        name: String,
        /// Its format.
        format: Format,
    },
    /// A PDF given to a build without the PDF reader.
    #[error("{name}: this is a PDF, and alinea was built without PDF support: rebuild with --features pdf (or extract its text first, for example with `pdftotext FILE.pdf`)")]
    NoPdfSupport {
        /// The input's name.
        name: String,
    },
    /// A web page that declares a character encoding no browser knows.
    #[error("{name}: the page declares the character encoding {label:?}, which is not a known encoding label; save it as UTF-8 or correct its <meta charset>")]
    UnknownCharset {
        /// The input's name.
        name: String,
        /// The label as declared.
        label: String,
    },
    /// A web page whose bytes do not fit the encoding it declares.
    #[error("{name}: the page declares the character encoding {charset}, but byte offset {offset} is not valid in it; save it as UTF-8 or correct its <meta charset>")]
    Undecodable {
        /// The input's name.
        name: String,
        /// The label as declared.
        charset: String,
        /// Where the first invalid byte is.
        offset: usize,
    },
    /// The bytes of a markup document could not be decoded.
    #[error(transparent)]
    Read(#[from] alinea_text::ReadError),
}
