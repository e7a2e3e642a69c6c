//! Where a document comes from: a file (or `-`, standard input), text already in memory,
//! or raw bytes in memory (a Python `bytes`, a blob from a store). All go through the same
//! checks (size, encoding, binary data, empty text), so a record in a batch stream or a
//! value passed from Python is refused for exactly the reasons a file would be.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// One input document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// A file; `-` is standard input.
    Path(PathBuf),
    /// The text itself, with the name used in messages and reports.
    Text {
        /// Name shown in messages (`src_text`, `Havana declaration`).
        name: String,
        /// The text.
        text: String,
    },
    /// Undecoded bytes, with the name used in messages: decoded exactly as a file's
    /// bytes are (UTF-8, UTF-8 or UTF-16 with a BOM; binary data refused).
    Bytes {
        /// Name shown in messages.
        name: String,
        /// The bytes.
        bytes: Vec<u8>,
    },
}

impl Input {
    /// A file input.
    pub fn path(path: impl Into<PathBuf>) -> Input {
        Input::Path(path.into())
    }

    /// An in-memory input.
    pub fn text(name: impl Into<String>, text: impl Into<String>) -> Input {
        Input::Text {
            name: name.into(),
            text: text.into(),
        }
    }

    /// An in-memory input of undecoded bytes.
    pub fn bytes(name: impl Into<String>, bytes: impl Into<Vec<u8>>) -> Input {
        Input::Bytes {
            name: name.into(),
            bytes: bytes.into(),
        }
    }

    /// The name shown in reports and messages.
    pub fn name(&self) -> String {
        match self {
            Input::Path(p) => p.display().to_string(),
            Input::Text { name, .. } | Input::Bytes { name, .. } => name.clone(),
        }
    }

    /// The file, if this input is one.
    pub fn as_path(&self) -> Option<&Path> {
        match self {
            Input::Path(p) => Some(p),
            Input::Text { .. } | Input::Bytes { .. } => None,
        }
    }

    /// Reads the text, refusing more than `max_bytes`.
    ///
    /// A file's format is told by its content, not its name: a Word document (DOCX), a
    /// PDF or an HTML page is converted to text first (one paragraph per line, Word's
    /// numbering written out as labels); anything else is decoded as text. `max_bytes` bounds both
    /// the file and what a compressed document unpacks to.
    ///
    /// # Errors
    ///
    /// [`Error::Read`] for files and bytes that cannot be read or decoded (and for empty
    /// bytes, as for an empty file), [`Error::Format`] for documents that cannot be
    /// converted (unsupported, encrypted, damaged, oversized), [`Error::EmptyText`] and
    /// [`Error::TooLarge`] for in-memory text and bytes.
    pub fn load(&self, max_bytes: u64) -> Result<String> {
        match self {
            Input::Path(p) => {
                let (name, bytes) = alinea_text::read_bytes_limited(p, max_bytes)?;
                match alinea_formats::extract(&name, &bytes, max_bytes)? {
                    Some(doc) => Ok(doc.text),
                    None => Ok(alinea_text::decode(&name, &bytes)?.into_text()),
                }
            }
            Input::Text { name, text } => {
                if text.trim().is_empty() {
                    return Err(Error::EmptyText { name: name.clone() });
                }
                if text.len() as u64 > max_bytes {
                    return Err(Error::TooLarge {
                        name: name.clone(),
                        len: text.len() as u64,
                        limit: max_bytes,
                    });
                }
                Ok(alinea_text::decode(name, text.as_bytes())?.into_text())
            }
            Input::Bytes { name, bytes } => {
                if bytes.len() as u64 > max_bytes {
                    return Err(Error::TooLarge {
                        name: name.clone(),
                        len: bytes.len() as u64,
                        limit: max_bytes,
                    });
                }
                Ok(alinea_text::decode(name, bytes)?.into_text())
            }
        }
    }
}

impl From<&Path> for Input {
    fn from(p: &Path) -> Input {
        Input::Path(p.to_path_buf())
    }
}

impl From<PathBuf> for Input {
    fn from(p: PathBuf) -> Input {
        Input::Path(p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_decode_as_a_file_would() {
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Hé.".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(Input::bytes("b", utf16).load(1 << 20).unwrap(), "Hé.");
        let err = Input::bytes("blob", b"ab\0cd".to_vec())
            .load(1 << 20)
            .unwrap_err();
        assert!(
            err.to_string().contains("blob: looks like binary data"),
            "{err}"
        );
        let err = Input::bytes("blob", b"a\xffb".to_vec())
            .load(1 << 20)
            .unwrap_err();
        assert!(
            err.to_string().contains("invalid UTF-8 at byte offset 1"),
            "{err}"
        );
        let err = Input::bytes("blob", b"  \n".to_vec())
            .load(1 << 20)
            .unwrap_err();
        assert!(err.to_string().contains("contains no text"), "{err}");
        let err = Input::bytes("big", b"abcdef".to_vec()).load(3).unwrap_err();
        assert!(
            matches!(
                err,
                Error::TooLarge {
                    len: 6,
                    limit: 3,
                    ..
                }
            ),
            "{err}"
        );
    }
}
