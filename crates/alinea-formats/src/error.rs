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
    /// The bytes of a markup document could not be decoded.
    #[error(transparent)]
    Read(#[from] alinea_text::ReadError),
}
