//! What a file is, from its first bytes.

use crate::FormatError;

/// The kind of content found at the start of a file.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Sniffed {
    /// Not a known container: decode it as text.
    Text,
    /// A zip package (DOCX, or OpenDocument and the like, told apart on opening it).
    Zip,
    /// An OLE2 compound file: legacy `.doc`/`.xls`/`.ppt`, or an encrypted Office file.
    Ole2,
    /// `%PDF-`.
    Pdf,
    /// `{\rtf`.
    Rtf,
    /// HTML or XHTML markup.
    Html,
}

const ZIP_MAGIC: &[&[u8]] = &[b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08"];
const OLE2_MAGIC: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
/// Elements that only markup starts with; a text file that merely mentions `<` does not.
const HTML_OPENERS: &[&str] = &[
    "<!doctype html",
    "<html",
    "<head",
    "<body",
    "<meta",
    "<title",
    "<p>",
    "<p ",
    "<div",
    "<h1",
    "<h2",
    "<h3",
    "<table",
    "<ol",
    "<ul",
    "<!--",
];

/// Tells the format from the content.
pub fn sniff(bytes: &[u8]) -> Sniffed {
    if ZIP_MAGIC.iter().any(|m| bytes.starts_with(m)) {
        return Sniffed::Zip;
    }
    if bytes.starts_with(OLE2_MAGIC) {
        return Sniffed::Ole2;
    }
    // The PDF header may follow some junk, within the first kilobyte.
    let head = &bytes[..bytes.len().min(1024)];
    if head.windows(5).any(|w| w == b"%PDF-") {
        return Sniffed::Pdf;
    }
    if bytes.starts_with(b"{\\rtf") {
        return Sniffed::Rtf;
    }
    if looks_like_html(head) {
        return Sniffed::Html;
    }
    Sniffed::Text
}

/// Markup: the first non-blank character is `<`, and the start holds an HTML element
/// (after an XML declaration, for XHTML).
fn looks_like_html(head: &[u8]) -> bool {
    let head = head.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(head);
    // UTF-16 pages: keep every other byte of the ASCII part.
    let narrowed: Vec<u8>;
    let head = if head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]) {
        narrowed = head[2..].iter().copied().filter(|&b| b != 0).collect();
        &narrowed[..]
    } else {
        head
    };
    let text = String::from_utf8_lossy(head).to_lowercase();
    let trimmed = text.trim_start();
    if !trimmed.starts_with('<') {
        return false;
    }
    let body = if trimmed.starts_with("<?xml") {
        &trimmed[trimmed.find("?>").map_or(trimmed.len(), |i| i + 2)..]
    } else {
        trimmed
    };
    let body = body.trim_start();
    HTML_OPENERS.iter().any(|o| body.starts_with(o))
        || (body.starts_with("<!doctype") && text.contains("<html"))
        || text.contains("<html")
}

/// The error for an OLE2 compound file: an encrypted Office 2007+ document keeps its
/// package in an `EncryptedPackage` stream; anything else is a legacy binary format.
pub(crate) fn ole2_error(name: &str, bytes: &[u8]) -> FormatError {
    let marker: Vec<u8> = "EncryptedPackage"
        .encode_utf16()
        .flat_map(|u| u.to_le_bytes())
        .collect();
    if bytes.windows(marker.len()).any(|w| w == marker) {
        return FormatError::Encrypted {
            name: name.to_string(),
        };
    }
    FormatError::Unsupported {
        name: name.to_string(),
        what: "a legacy Microsoft Office binary file (.doc, .xls or .ppt)",
        advice: "open it in Word or LibreOffice and save it as .docx, or as plain text",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn magic_numbers() {
        assert_eq!(sniff(b"PK\x03\x04rest"), Sniffed::Zip);
        assert_eq!(
            sniff(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0]),
            Sniffed::Ole2
        );
        assert_eq!(sniff(b"%PDF-1.7\n"), Sniffed::Pdf);
        assert_eq!(sniff(b"{\\rtf1\\ansi"), Sniffed::Rtf);
    }

    #[test]
    fn markup_versus_text_that_mentions_markup() {
        assert_eq!(sniff(b"<!DOCTYPE html><p>x"), Sniffed::Html);
        assert_eq!(sniff(b"\xEF\xBB\xBF  <html lang=ru>"), Sniffed::Html);
        assert_eq!(
            sniff(b"<?xml version=\"1.0\"?>\n<html xmlns=\"x\">"),
            Sniffed::Html
        );
        assert_eq!(sniff(b"<p>One</p>"), Sniffed::Html);
        assert_eq!(sniff("1. Decides that a < b".as_bytes()), Sniffed::Text);
        assert_eq!(sniff(b"<<not markup>> said the text"), Sniffed::Text);
        assert_eq!(sniff("Привет".as_bytes()), Sniffed::Text);
    }
}
