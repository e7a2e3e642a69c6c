//! Translation memories in: TMX 1.1–1.4 and XLIFF 1.2 / 2.0, read into units of source
//! and target text with the languages the file itself declares.
//!
//! A memory is checked unit by unit (`alinea check`), so what matters is the text a
//! translator sees: inline codes (`<ph>`, `<bpt>`, `<ept>`, `<it>`, `<ut>`) hold the
//! native markup of the original format and are dropped with their content; wrappers
//! (`<g>`, `<pc>`, `<hi>`, `<mrk>`) keep their text; placeholders (`<x/>`, `<bx/>`,
//! `<ex/>`, `<sc/>`, `<ec/>`, `<ph/>`) are dropped; XLIFF 2's `<cp hex>` becomes its
//! character. Whitespace is folded to single spaces, so a unit is one line in a report.
//!
//! Everything that stops a memory from being read is a [`MemoryError`] naming the file.

mod inline;
#[cfg(test)]
mod tests;
mod tmx;
mod xliff;

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

/// Which kind of memory a file is.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MemoryFormat {
    /// TMX (Translation Memory eXchange), versions 1.1 to 1.4.
    Tmx,
    /// XLIFF 1.0 to 1.2.
    Xliff1,
    /// XLIFF 2.0 to 2.2.
    Xliff2,
}

impl MemoryFormat {
    /// The usual name of the format.
    pub fn as_str(&self) -> &'static str {
        match self {
            MemoryFormat::Tmx => "TMX",
            MemoryFormat::Xliff1 => "XLIFF 1.2",
            MemoryFormat::Xliff2 => "XLIFF 2",
        }
    }
}

impl std::fmt::Display for MemoryFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One translation unit: a source text and, when the file has one, its translation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unit {
    /// The unit's id in the file (`tuid`, `id`), or its 1-based position when it has none.
    pub id: String,
    /// The source text, inline codes removed, whitespace folded.
    pub source: String,
    /// The target text; `None` when the unit has no translation (yet).
    pub target: Option<String>,
}

/// A translation memory as read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Memory {
    /// What the file was.
    pub format: MemoryFormat,
    /// The source language as the file declares it (`en-US`), if it does.
    pub src_lang: Option<String>,
    /// The target language as the file declares it, if it does.
    pub tgt_lang: Option<String>,
    /// The units in file order.
    pub units: Vec<Unit>,
}

/// Why a translation memory could not be read. Each message names the file.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum MemoryError {
    /// The bytes are not well-formed XML (also a file cut short).
    #[error("{name}: not a well-formed XML file ({detail}); a TMX or XLIFF file is expected")]
    NotXml {
        /// The input's name.
        name: String,
        /// What the parser stumbled on.
        detail: String,
    },
    /// Well-formed XML of another kind.
    #[error("{name}: the root element is <{root}>, not <tmx> or <xliff>: this is not a TMX or XLIFF translation memory")]
    WrongRoot {
        /// The input's name.
        name: String,
        /// The root element found.
        root: String,
    },
    /// A version of the format that is not read.
    #[error("{name}: {format} version {version:?} is not supported (TMX 1.1–1.4, XLIFF 1.0–1.2 and 2.0–2.2 are)")]
    UnknownVersion {
        /// The input's name.
        name: String,
        /// `TMX` or `XLIFF`.
        format: &'static str,
        /// The version as written.
        version: String,
    },
    /// A unit with no source text element.
    #[error("{name}: unit {unit} has no source ({what})")]
    NoSource {
        /// The input's name.
        name: String,
        /// The unit's id.
        unit: String,
        /// What was missing.
        what: &'static str,
    },
    /// A file larger than the limit.
    #[error("{name}: {len} bytes is more than the limit of {limit} (--max-bytes)")]
    TooLarge {
        /// The input's name.
        name: String,
        /// Its size.
        len: u64,
        /// The limit.
        limit: u64,
    },
    /// The bytes could not be decoded as text.
    #[error(transparent)]
    Read(#[from] alinea_text::ReadError),
}

/// Reads a translation memory from the bytes of a file, refusing more than `max_bytes`.
/// The encoding is told as for any text (byte-order marks, UTF-16 included).
///
/// # Errors
///
/// See [`MemoryError`].
pub fn read_memory(name: &str, bytes: &[u8], max_bytes: u64) -> Result<Memory, MemoryError> {
    if bytes.len() as u64 > max_bytes {
        return Err(MemoryError::TooLarge {
            name: name.to_string(),
            len: bytes.len() as u64,
            limit: max_bytes,
        });
    }
    let text = alinea_text::decode(name, bytes)?.into_text();
    parse_memory(name, &text)
}

/// Parses a translation memory held in a string.
///
/// # Errors
///
/// See [`MemoryError`] (all but [`MemoryError::Read`] and [`MemoryError::TooLarge`]).
pub fn parse_memory(name: &str, xml: &str) -> Result<Memory, MemoryError> {
    let mut p = Parser::new(name, xml);
    let root = loop {
        match p.next()? {
            Event::Start(e) => break e.into_owned(),
            Event::Empty(e) => {
                return Err(MemoryError::WrongRoot {
                    name: name.to_string(),
                    root: local(&e),
                })
            }
            Event::Text(t) if !t.iter().all(u8::is_ascii_whitespace) => {
                return Err(p.not_xml("text before the first element".into()))
            }
            Event::Eof => return Err(p.not_xml("no element found".into())),
            _ => {}
        }
    };
    let memory = match local(&root).as_str() {
        "tmx" => tmx::read(&mut p, &root)?,
        "xliff" => xliff::read(&mut p, &root)?,
        other => {
            return Err(MemoryError::WrongRoot {
                name: name.to_string(),
                root: other.to_string(),
            })
        }
    };
    // Nothing but comments and whitespace may follow the root.
    loop {
        match p.next()? {
            Event::Eof => break,
            Event::Start(_) | Event::Empty(_) => {
                return Err(p.not_xml("a second root element".into()))
            }
            _ => {}
        }
    }
    Ok(memory)
}

/// The reader with the file's name, for errors, and the open-element depth, so that a
/// file cut short is told from a complete one.
pub(crate) struct Parser<'a> {
    name: &'a str,
    reader: Reader<&'a [u8]>,
    depth: usize,
}

impl<'a> Parser<'a> {
    fn new(name: &'a str, xml: &'a str) -> Parser<'a> {
        Parser {
            name,
            reader: Reader::from_str(xml),
            depth: 0,
        }
    }

    /// The next event; a file that ends inside an element is an error.
    pub(crate) fn next(&mut self) -> Result<Event<'a>, MemoryError> {
        let ev = self
            .reader
            .read_event()
            .map_err(|e| self.not_xml(format!("{e} at byte {}", self.reader.error_position())))?;
        match &ev {
            Event::Start(_) => self.depth += 1,
            Event::End(_) => self.depth = self.depth.saturating_sub(1),
            Event::Eof if self.depth > 0 => {
                return Err(self.not_xml(format!(
                    "the file ends inside {} open element{}: it is truncated",
                    self.depth,
                    if self.depth == 1 { "" } else { "s" }
                )))
            }
            _ => {}
        }
        Ok(ev)
    }

    /// Skips the rest of the element whose start was just read.
    pub(crate) fn skip(&mut self) -> Result<(), MemoryError> {
        let stop = self.depth - 1;
        while self.depth > stop {
            self.next()?;
        }
        Ok(())
    }

    pub(crate) fn not_xml(&self, detail: String) -> MemoryError {
        MemoryError::NotXml {
            name: self.name.to_string(),
            detail,
        }
    }

    pub(crate) fn name(&self) -> &str {
        self.name
    }

    pub(crate) fn depth(&self) -> usize {
        self.depth
    }
}

/// An element's local name (`xliff:source` → `source`).
pub(crate) fn local(e: &BytesStart<'_>) -> String {
    String::from_utf8_lossy(e.local_name().as_ref()).into_owned()
}

/// The value of the attribute whose local name is `name` (`xml:lang` → `lang`).
pub(crate) use crate::docx::xml::attr;
