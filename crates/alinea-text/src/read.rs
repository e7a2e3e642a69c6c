//! Reading documents: encodings, byte-order marks and the checks that turn bad input into
//! clear errors instead of mangled text.
//!
//! Accepted: UTF-8 with or without a BOM, UTF-16 LE/BE with a BOM. Line ends are kept as
//! they are (CRLF, CR or LF); the paragraph builder understands all three. Spans produced
//! downstream are byte offsets into the *decoded* text, after the BOM.

use std::io::Read;
use std::path::Path;

use thiserror::Error;

/// Default ceiling on input size: generous for any real document, small enough that a
/// mistaken input (a disk image, a video) is refused before it is read into memory.
pub const DEFAULT_MAX_BYTES: u64 = 512 * 1024 * 1024;

/// Why a document could not be read. Every variant names the input.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum ReadError {
    /// The file could not be opened or read.
    #[error("{name}: cannot read: {source}")]
    Io {
        /// The input's name.
        name: String,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// The path names a directory.
    #[error("{name}: is a directory, not a text file")]
    IsDirectory {
        /// The input's name.
        name: String,
    },
    /// The file has no bytes, or only whitespace.
    #[error("{name}: contains no text (the file is empty or only whitespace)")]
    Empty {
        /// The input's name.
        name: String,
    },
    /// The bytes are not valid UTF-8.
    #[error("{name}: invalid UTF-8 at byte offset {offset} (the file is not UTF-8 text; convert it to UTF-8 or UTF-16 with a BOM)")]
    InvalidUtf8 {
        /// The input's name.
        name: String,
        /// Offset of the first bad byte in the file.
        offset: usize,
    },
    /// The bytes after a UTF-16 BOM are not valid UTF-16.
    #[error("{name}: invalid UTF-16 at byte offset {offset}")]
    InvalidUtf16 {
        /// The input's name.
        name: String,
        /// Offset of the first bad code unit in the file.
        offset: usize,
    },
    /// A NUL byte: this is binary data, not text.
    #[error("{name}: looks like binary data (NUL byte at offset {offset}), not a text document")]
    Binary {
        /// The input's name.
        name: String,
        /// Offset of the first NUL in the file.
        offset: usize,
    },
    /// The input is larger than the configured limit.
    #[error(
        "{name}: is {size} bytes, more than the limit of {limit} bytes (raise it with --max-bytes)"
    )]
    TooLarge {
        /// The input's name.
        name: String,
        /// Its size (or the bytes read before giving up).
        size: u64,
        /// The limit.
        limit: u64,
    },
}

/// Which encoding the input was in.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Encoding {
    /// UTF-8 without BOM.
    Utf8,
    /// UTF-8 with a BOM.
    Utf8Bom,
    /// UTF-16 little endian with a BOM.
    Utf16Le,
    /// UTF-16 big endian with a BOM.
    Utf16Be,
}

/// A decoded document: its name (a path, or `-` for stdin) and its text.
#[derive(Clone, Debug)]
pub struct Source {
    name: String,
    text: String,
    encoding: Encoding,
}

impl Source {
    /// Builds a source from text already in memory (tests, streaming records).
    pub fn from_text(name: impl Into<String>, text: impl Into<String>) -> Source {
        Source {
            name: name.into(),
            text: text.into(),
            encoding: Encoding::Utf8,
        }
    }

    /// The input's name as given by the user.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The decoded text, BOM removed, line ends untouched.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Takes the text out.
    pub fn into_text(self) -> String {
        self.text
    }

    /// The encoding the bytes were in.
    pub fn encoding(&self) -> Encoding {
        self.encoding
    }
}

/// Reads and decodes a file (`-` means standard input) with the default size limit.
pub fn read_path(path: &Path) -> Result<Source, ReadError> {
    read_path_limited(path, DEFAULT_MAX_BYTES)
}

/// Reads and decodes a file (`-` means standard input), refusing more than `limit` bytes.
pub fn read_path_limited(path: &Path, limit: u64) -> Result<Source, ReadError> {
    let (name, bytes) = read_bytes_limited(path, limit)?;
    decode(&name, &bytes)
}

/// Reads a file's bytes (`-` means standard input), refusing more than `limit` bytes;
/// returns them with the name used in messages. For callers that look at the bytes
/// before decoding them (document formats told by their content).
pub fn read_bytes_limited(path: &Path, limit: u64) -> Result<(String, Vec<u8>), ReadError> {
    let name = display_name(path);
    if path.as_os_str() == "-" {
        let stdin = std::io::stdin();
        let bytes = read_limited(stdin.lock(), &name, limit)?;
        return Ok((name, bytes));
    }
    let meta = std::fs::metadata(path).map_err(|source| ReadError::Io {
        name: name.clone(),
        source,
    })?;
    if meta.is_dir() {
        return Err(ReadError::IsDirectory { name });
    }
    if meta.is_file() && meta.len() > limit {
        return Err(ReadError::TooLarge {
            name,
            size: meta.len(),
            limit,
        });
    }
    let file = std::fs::File::open(path).map_err(|source| ReadError::Io {
        name: name.clone(),
        source,
    })?;
    let bytes = read_limited(file, &name, limit)?;
    Ok((name, bytes))
}

fn display_name(path: &Path) -> String {
    if path.as_os_str() == "-" {
        "<stdin>".to_string()
    } else {
        path.display().to_string()
    }
}

/// Reads at most `limit` bytes; one more byte means the input is too large. Pipes and
/// special files have no length up front, so the check has to happen while reading.
fn read_limited(reader: impl Read, name: &str, limit: u64) -> Result<Vec<u8>, ReadError> {
    let mut bytes = Vec::new();
    reader
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|source| ReadError::Io {
            name: name.to_string(),
            source,
        })?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge {
            name: name.to_string(),
            size: bytes.len() as u64,
            limit,
        });
    }
    Ok(bytes)
}

/// Decodes bytes into a [`Source`], checking for binary data and empty content.
pub fn decode(name: &str, bytes: &[u8]) -> Result<Source, ReadError> {
    let (text, encoding) = if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        (decode_utf8(name, rest, 3)?, Encoding::Utf8Bom)
    } else if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        (decode_utf16(name, rest, false)?, Encoding::Utf16Le)
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        (decode_utf16(name, rest, true)?, Encoding::Utf16Be)
    } else {
        (decode_utf8(name, bytes, 0)?, Encoding::Utf8)
    };
    if text.trim().is_empty() {
        return Err(ReadError::Empty {
            name: name.to_string(),
        });
    }
    Ok(Source {
        name: name.to_string(),
        text,
        encoding,
    })
}

fn decode_utf8(name: &str, bytes: &[u8], base: usize) -> Result<String, ReadError> {
    // NUL first: a binary file is usually also invalid UTF-8, and "binary" is the more
    // useful message.
    if let Some(pos) = bytes.iter().position(|&b| b == 0) {
        return Err(ReadError::Binary {
            name: name.to_string(),
            offset: base + pos,
        });
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_string()),
        Err(e) => Err(ReadError::InvalidUtf8 {
            name: name.to_string(),
            offset: base + e.valid_up_to(),
        }),
    }
}

fn decode_utf16(name: &str, bytes: &[u8], big_endian: bool) -> Result<String, ReadError> {
    const BOM: usize = 2;
    if bytes.len() % 2 != 0 {
        return Err(ReadError::InvalidUtf16 {
            name: name.to_string(),
            offset: BOM + bytes.len() - 1,
        });
    }
    let units = bytes.chunks_exact(2).map(|c| {
        if big_endian {
            u16::from_be_bytes([c[0], c[1]])
        } else {
            u16::from_le_bytes([c[0], c[1]])
        }
    });
    let mut text = String::with_capacity(bytes.len());
    for (i, r) in char::decode_utf16(units).enumerate() {
        match r {
            Ok('\0') => {
                return Err(ReadError::Binary {
                    name: name.to_string(),
                    offset: BOM + 2 * i,
                })
            }
            Ok(c) => text.push(c),
            Err(_) => {
                return Err(ReadError::InvalidUtf16 {
                    name: name.to_string(),
                    offset: BOM + 2 * i,
                })
            }
        }
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_bom() {
        let s = decode("a.txt", "héllo\r\nworld".as_bytes()).unwrap();
        assert_eq!(s.text(), "héllo\r\nworld");
        assert_eq!(s.encoding(), Encoding::Utf8);
        let mut b = vec![0xEF, 0xBB, 0xBF];
        b.extend_from_slice("مرحبا".as_bytes());
        let s = decode("a.txt", &b).unwrap();
        assert_eq!(s.text(), "مرحبا");
        assert_eq!(s.encoding(), Encoding::Utf8Bom);
    }

    #[test]
    fn utf16_both_orders() {
        let text = "Привет, 世界\n";
        let mut le = vec![0xFF, 0xFE];
        let mut be = vec![0xFE, 0xFF];
        for u in text.encode_utf16() {
            le.extend_from_slice(&u.to_le_bytes());
            be.extend_from_slice(&u.to_be_bytes());
        }
        assert_eq!(decode("x", &le).unwrap().text(), text);
        assert_eq!(decode("x", &be).unwrap().text(), text);
    }

    #[test]
    fn invalid_utf8_names_file_and_offset() {
        let err = decode("bad.txt", b"abc\xff\xfedef").unwrap_err();
        let msg = err.to_string();
        assert!(msg.contains("bad.txt"), "{msg}");
        assert!(msg.contains("byte offset 3"), "{msg}");
        let mut b = vec![0xEF, 0xBB, 0xBF];
        b.extend_from_slice(b"ab\xc3");
        assert!(decode("f", &b)
            .unwrap_err()
            .to_string()
            .contains("offset 5"));
    }

    #[test]
    fn nul_means_binary() {
        let err = decode("img.png", b"\x89PNG\r\n\x1a\n\0\0\0").unwrap_err();
        assert!(
            matches!(err, ReadError::Binary { offset: 8, .. }),
            "{err:?}"
        );
        assert!(err.to_string().contains("binary"));
    }

    #[test]
    fn empty_and_whitespace_only() {
        assert!(matches!(
            decode("e", b"").unwrap_err(),
            ReadError::Empty { .. }
        ));
        assert!(matches!(
            decode("e", b" \n\r\n\t ").unwrap_err(),
            ReadError::Empty { .. }
        ));
    }

    #[test]
    fn odd_utf16_is_an_error() {
        let err = decode("u", &[0xFF, 0xFE, 0x41, 0x00, 0x42]).unwrap_err();
        assert!(matches!(err, ReadError::InvalidUtf16 { .. }), "{err:?}");
        // A lone low surrogate.
        let err = decode("u", &[0xFF, 0xFE, 0x41, 0x00, 0x00, 0xDC]).unwrap_err();
        assert!(
            matches!(err, ReadError::InvalidUtf16 { offset: 4, .. }),
            "{err:?}"
        );
    }

    #[test]
    fn limit_is_enforced_on_streams() {
        let err = read_limited(&b"0123456789"[..], "s", 4).unwrap_err();
        assert!(matches!(err, ReadError::TooLarge { .. }));
        assert_eq!(read_limited(&b"0123"[..], "s", 4).unwrap().len(), 4);
    }
}
