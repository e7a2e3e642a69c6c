//! Reading parts of a zip package with a bound on what they unpack to. The sizes a zip
//! declares can lie, so the bound is enforced on the bytes actually inflated.

use std::io::{Cursor, Read};

use zip::result::ZipError;
use zip::ZipArchive;

use crate::{Format, FormatError};

/// An opened package, with the budget of bytes left to unpack.
pub(crate) struct Package<'a> {
    name: &'a str,
    archive: ZipArchive<Cursor<&'a [u8]>>,
    budget: u64,
    limit: u64,
}

impl<'a> Package<'a> {
    /// Opens the package; `limit` bounds the total unpacked size of the parts read.
    pub fn open(name: &'a str, bytes: &'a [u8], limit: u64) -> Result<Package<'a>, FormatError> {
        let archive = ZipArchive::new(Cursor::new(bytes)).map_err(|e| zip_error(name, e))?;
        Ok(Package {
            name,
            archive,
            budget: limit,
            limit,
        })
    }

    /// Whether the package holds a part of this name.
    pub fn has(&self, part: &str) -> bool {
        self.archive.index_for_name(part).is_some()
    }

    /// Reads a part as UTF-8 text; `None` when the package has no such part.
    pub fn read(&mut self, part: &str) -> Result<Option<String>, FormatError> {
        let name = self.name;
        let Some(index) = self.archive.index_for_name(part) else {
            return Ok(None);
        };
        // Encryption first: without the password the reader cannot even say so clearly.
        if self
            .archive
            .by_index_raw(index)
            .map_err(|e| zip_error(name, e))?
            .encrypted()
        {
            return Err(FormatError::Encrypted {
                name: name.to_string(),
            });
        }
        let file = self
            .archive
            .by_index(index)
            .map_err(|e| zip_error(name, e))?;
        let mut bytes = Vec::new();
        file.take(self.budget + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| corrupt(name, format!("{part}: {e}")))?;
        if bytes.len() as u64 > self.budget {
            return Err(FormatError::TooLarge {
                name: name.to_string(),
                part: part.to_string(),
                limit: self.limit,
            });
        }
        self.budget -= bytes.len() as u64;
        let text = String::from_utf8(bytes).map_err(|e| {
            corrupt(
                name,
                format!(
                    "{part} is not UTF-8 at byte {}",
                    e.utf8_error().valid_up_to()
                ),
            )
        })?;
        Ok(Some(text))
    }
}

fn zip_error(name: &str, e: ZipError) -> FormatError {
    match e {
        ZipError::UnsupportedArchive(ZipError::PASSWORD_REQUIRED) | ZipError::InvalidPassword => {
            FormatError::Encrypted {
                name: name.to_string(),
            }
        }
        other => corrupt(name, other.to_string()),
    }
}

pub(crate) fn corrupt(name: &str, detail: String) -> FormatError {
    FormatError::Corrupt {
        name: name.to_string(),
        format: Format::Docx,
        detail,
    }
}
