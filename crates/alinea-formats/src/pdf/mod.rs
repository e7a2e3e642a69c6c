//! PDF in. A PDF holds glyphs at positions, not paragraphs: the reader collects every
//! glyph with its place (`glyphs`, through the pure-Rust `pdf-extract`/`lopdf` parser),
//! builds lines in reading order, putting right-to-left lines back into logical order
//! glyph by glyph (`bidi`), and lays the pages out as paragraphs (`layout`): running
//! headers, footers and page numbers dropped, wrapped lines rejoined (line-end hyphens
//! and Chinese line ends as `alinea-text`'s reflow joins them), a paragraph ended where
//! the next line's first word would have fitted, by a label, or by a wide vertical gap.
//!
//! The seed texts lost their geometry on extraction, so `alinea-text` rebuilds their
//! paragraphs from character counts; here the geometry is still known, and it decides
//! better (proportional fonts make character counts vary by a fifth from line to line).
//! The result is written one paragraph per line, as the DOCX reader writes it.
//!
//! `glyphs` works glyph by glyph rather than taking an extractor's finished string
//! because the finished strings of both candidates measured (poppler's and
//! pdf-extract's) reverse the letters of Arabic ligatures (`لا` comes back `ال`): only
//! at the glyph level is a ligature still one unit to keep whole when the line is
//! reversed.

#[cfg(feature = "pdf")]
mod bidi;
#[cfg(feature = "pdf")]
mod bound;
#[cfg(feature = "pdf")]
mod glyphs;
mod layout;
#[cfg(feature = "pdf")]
mod quiet;

use crate::{Format, FormatError};

/// How far from the end a PDF's `%%EOF` marker must be: readers accept trailing junk
/// of up to a kilobyte, as Acrobat does.
const EOF_WINDOW: usize = 1024;

/// A line of glyphs in reading order on a page.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Line {
    /// The text, in logical order.
    pub text: String,
    /// Baseline, from the top of the page, in points.
    pub y: f64,
    /// Left end, in points.
    pub x0: f64,
    /// Right end, in points.
    pub x1: f64,
    /// The most common font size on the line, in points.
    pub size: f64,
    /// Whether the line reads right to left.
    pub rtl: bool,
    /// The width of its first word in reading order (its first character, in Chinese or
    /// Japanese): what would have had to fit at the end of the line before.
    pub lead: f64,
}

/// Converts a PDF to text.
pub(crate) fn extract(name: &str, bytes: &[u8], max_bytes: u64) -> Result<String, FormatError> {
    let tail = &bytes[bytes.len().saturating_sub(EOF_WINDOW)..];
    if !tail.windows(5).any(|w| w == b"%%EOF") {
        return Err(corrupt(
            name,
            "no %%EOF marker at the end: the file is cut short",
        ));
    }
    let pages = read_pages(name, bytes, max_bytes)?;
    let text = layout::to_text(&pages);
    if text.len() as u64 > max_bytes {
        return Err(FormatError::TooLarge {
            name: name.to_string(),
            part: "its text".to_string(),
            limit: max_bytes,
        });
    }
    Ok(text)
}

#[cfg(feature = "pdf")]
fn read_pages(name: &str, bytes: &[u8], limit: u64) -> Result<Vec<Vec<Line>>, FormatError> {
    glyphs::read_pages(name, bytes, limit)
}

#[cfg(not(feature = "pdf"))]
fn read_pages(name: &str, _bytes: &[u8], _limit: u64) -> Result<Vec<Vec<Line>>, FormatError> {
    Err(FormatError::NoPdfSupport {
        name: name.to_string(),
    })
}

pub(crate) fn corrupt(name: &str, detail: impl Into<String>) -> FormatError {
    FormatError::Corrupt {
        name: name.to_string(),
        format: Format::Pdf,
        detail: detail.into(),
    }
}

/// Chinese and Japanese characters, between which lines break and words are not spaced.
pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}' | '\u{FF00}'..='\u{FF60}')
}
