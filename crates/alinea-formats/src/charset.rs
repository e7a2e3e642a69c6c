//! The character encoding of a web page, told as a browser tells it: a byte-order mark
//! first, then a `<meta charset>` or `<meta http-equiv="Content-Type" content="…;
//! charset=…">` in the first kilobyte (the HTML standard's prescan), and the bytes decoded
//! with `encoding_rs`, the encoder of the Encoding Standard that browsers implement.
//!
//! UN pages and saved Word pages still come in windows-1251, windows-1256, GBK or
//! Shift_JIS; read as UTF-8 they would be refused or garbled. A page that declares
//! nothing is decoded as the plain-text reader decodes a file (UTF-8, or UTF-16 with a
//! BOM), so that an undeclared legacy page is refused with the byte offset rather than
//! silently guessed. A label no browser knows is an error naming the label, because a
//! guess would turn the whole document into the wrong letters.

use encoding_rs::{Encoding, UTF_8, X_USER_DEFINED};

use crate::FormatError;

/// How far the prescan looks for a declaration, as in the HTML standard.
const PRESCAN_BYTES: usize = 1024;

/// Decodes an HTML page's bytes to text.
pub(crate) fn decode_html(name: &str, bytes: &[u8]) -> Result<String, FormatError> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        return decode_with(name, &bytes[bom_len..], encoding, encoding.name());
    }
    let Some(label) = declared_label(&bytes[..bytes.len().min(PRESCAN_BYTES)]) else {
        return Ok(alinea_text::decode(name, bytes)?.into_text());
    };
    let Some(encoding) = Encoding::for_label(label.as_bytes()) else {
        return Err(FormatError::UnknownCharset {
            name: name.to_string(),
            label,
        });
    };
    // The standard's fix-ups for a declaration found in the bytes: a page that could be
    // read to find an ASCII `<meta>` is not UTF-16, and x-user-defined means windows-1252.
    let encoding = if encoding == encoding_rs::UTF_16LE || encoding == encoding_rs::UTF_16BE {
        UTF_8
    } else if encoding == X_USER_DEFINED {
        encoding_rs::WINDOWS_1252
    } else {
        encoding
    };
    if encoding == encoding_rs::REPLACEMENT {
        return Err(FormatError::UnknownCharset {
            name: name.to_string(),
            label,
        });
    }
    if encoding == UTF_8 {
        return Ok(alinea_text::decode(name, bytes)?.into_text());
    }
    decode_with(name, bytes, encoding, &label)
}

/// Decodes without replacement: a byte the declared encoding cannot map means the
/// declaration is wrong, and the user should hear so rather than read U+FFFD.
fn decode_with(
    name: &str,
    bytes: &[u8],
    encoding: &'static Encoding,
    label: &str,
) -> Result<String, FormatError> {
    if encoding == UTF_8 {
        return Ok(alinea_text::decode(name, bytes)?.into_text());
    }
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let cap = decoder
        .max_utf8_buffer_length_without_replacement(bytes.len())
        .unwrap_or(bytes.len().saturating_mul(3));
    let mut out = String::with_capacity(cap);
    let (result, read) = decoder.decode_to_string_without_replacement(bytes, &mut out, true);
    match result {
        encoding_rs::DecoderResult::InputEmpty => Ok(out),
        encoding_rs::DecoderResult::Malformed(bad, after) => Err(FormatError::Undecodable {
            name: name.to_string(),
            charset: label.to_string(),
            offset: read.saturating_sub(bad as usize + after as usize),
        }),
        // The buffer was sized for the whole input; growing it is the safe answer anyway.
        encoding_rs::DecoderResult::OutputFull => {
            Ok(encoding.decode_without_bom_handling(bytes).0.into_owned())
        }
    }
}

/// The charset a `<meta>` element declares in `head`, if any: the HTML standard's
/// prescan, reduced to what pages do (comments skipped, attributes read with or without
/// quotes, the first declaring `<meta>` wins).
fn declared_label(head: &[u8]) -> Option<String> {
    let mut i = 0;
    while i < head.len() {
        if head[i..].starts_with(b"<!--") {
            i = find(head, i + 4, b"-->").map_or(head.len(), |e| e + 3);
            continue;
        }
        if head[i] == b'<' && starts_with_ci(&head[i + 1..], b"meta") {
            let after = head.get(i + 5).copied().unwrap_or(b'>');
            if after.is_ascii_whitespace() || after == b'/' {
                let (attrs, end) = attributes(head, i + 5);
                if let Some(label) = charset_of(&attrs) {
                    return Some(label);
                }
                i = end;
                continue;
            }
        }
        i += 1;
    }
    None
}

/// The declaration a `<meta>` element's attributes make: `charset`, or a
/// `content` with `charset=` when `http-equiv` is `content-type`.
fn charset_of(attrs: &[(String, String)]) -> Option<String> {
    let get = |n: &str| attrs.iter().find(|(k, _)| k == n).map(|(_, v)| v.as_str());
    if let Some(c) = get("charset") {
        let c = c.trim();
        return (!c.is_empty()).then(|| c.to_string());
    }
    let equiv = get("http-equiv")?;
    if !equiv.trim().eq_ignore_ascii_case("content-type") {
        return None;
    }
    charset_in_content(get("content")?)
}

/// `text/html; charset=windows-1251` → `windows-1251` (quotes allowed around the value).
fn charset_in_content(content: &str) -> Option<String> {
    let lower = content.to_ascii_lowercase();
    let at = lower.find("charset")?;
    let rest = content[at + "charset".len()..].trim_start();
    let rest = rest.strip_prefix('=')?.trim_start();
    let value: String = match rest.chars().next()? {
        q @ ('"' | '\'') => rest[1..].split(q).next()?.to_string(),
        _ => rest
            .split(|c: char| c == ';' || c.is_ascii_whitespace())
            .next()?
            .to_string(),
    };
    (!value.is_empty()).then_some(value)
}

/// The attributes of a tag from `start` (just after its name) to its `>`, names in
/// lowercase; and where the tag ends.
fn attributes(head: &[u8], mut i: usize) -> (Vec<(String, String)>, usize) {
    let mut out = Vec::new();
    loop {
        while i < head.len() && (head[i].is_ascii_whitespace() || head[i] == b'/') {
            i += 1;
        }
        if i >= head.len() || head[i] == b'>' {
            return (out, i + 1);
        }
        let name_start = i;
        while i < head.len()
            && !matches!(head[i], b'=' | b'>' | b'/')
            && !head[i].is_ascii_whitespace()
        {
            i += 1;
        }
        let name = String::from_utf8_lossy(&head[name_start..i]).to_ascii_lowercase();
        while i < head.len() && head[i].is_ascii_whitespace() {
            i += 1;
        }
        let mut value = String::new();
        if head.get(i) == Some(&b'=') {
            i += 1;
            while i < head.len() && head[i].is_ascii_whitespace() {
                i += 1;
            }
            match head.get(i) {
                Some(&q @ (b'"' | b'\'')) => {
                    let end = find(head, i + 1, &[q]).unwrap_or(head.len());
                    value = String::from_utf8_lossy(&head[i + 1..end]).into_owned();
                    i = end + 1;
                }
                _ => {
                    let s = i;
                    while i < head.len() && head[i] != b'>' && !head[i].is_ascii_whitespace() {
                        i += 1;
                    }
                    value = String::from_utf8_lossy(&head[s..i]).into_owned();
                }
            }
        }
        if !name.is_empty() && !out.iter().any(|(k, _)| *k == name) {
            out.push((name, value));
        }
    }
}

fn find(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    hay.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

fn starts_with_ci(bytes: &[u8], word: &[u8]) -> bool {
    bytes.len() >= word.len() && bytes[..word.len()].eq_ignore_ascii_case(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declarations_in_their_usual_spellings() {
        let l = |s: &str| declared_label(s.as_bytes());
        assert_eq!(
            l("<meta charset=windows-1251>").as_deref(),
            Some("windows-1251")
        );
        assert_eq!(l("<META CHARSET='GBK'/>").as_deref(), Some("GBK"));
        assert_eq!(
            l(r#"<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">"#)
                .as_deref(),
            Some("Shift_JIS")
        );
        assert_eq!(
            l(r#"<meta content='text/html;charset="iso-8859-1"' http-equiv=content-type>"#)
                .as_deref(),
            Some("iso-8859-1")
        );
        assert_eq!(l("<!-- <meta charset=koi8-r> --><p>x"), None);
        assert_eq!(l(r#"<meta name="viewport" content="charset=x"><p>"#), None);
        assert_eq!(l("<metadata charset=x>"), None);
    }
}
