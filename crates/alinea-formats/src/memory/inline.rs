//! The text of one segment element (`<seg>`, `<source>`, `<target>`) with its inline
//! markup resolved: codes dropped with their content, wrappers kept for their text.

use quick_xml::events::Event;

use super::{attr, local, MemoryError, Parser};

/// Elements whose content is the original document's markup, not text: TMX and XLIFF 1.2
/// `bpt`/`ept`/`it`/`ph`/`ut`, and XLIFF 2's `originalData`.
const CODES: &[&str] = &["bpt", "ept", "it", "ph", "ut", "originalData"];

/// Reads up to the end of the element whose start was just read and returns its text,
/// whitespace folded.
pub(crate) fn segment_text(p: &mut Parser<'_>) -> Result<String, MemoryError> {
    let stop = p.depth() - 1;
    let mut text = String::new();
    // Depth of the outermost code element we are inside, if any.
    let mut code_from: Option<usize> = None;
    loop {
        match p.next()? {
            Event::Start(e) if code_from.is_none() && CODES.contains(&local(&e).as_str()) => {
                code_from = Some(p.depth());
            }
            Event::End(_) => {
                if code_from.is_some_and(|d| p.depth() < d) {
                    code_from = None;
                }
                if p.depth() <= stop {
                    break;
                }
            }
            Event::Empty(e) if code_from.is_none() && local(&e) == "cp" => {
                // XLIFF 2 writes characters XML cannot hold as `<cp hex="0007"/>`.
                if let Some(c) = attr(&e, "hex")
                    .and_then(|h| u32::from_str_radix(&h, 16).ok())
                    .and_then(char::from_u32)
                {
                    text.push(c);
                }
            }
            Event::Text(t) if code_from.is_none() => {
                let t = t.unescape().map_err(|e| p.not_xml(e.to_string()))?;
                text.push_str(&t);
            }
            Event::CData(t) if code_from.is_none() => {
                text.push_str(&String::from_utf8_lossy(&t));
            }
            _ => {}
        }
    }
    Ok(fold(&text))
}

/// Whitespace runs (line breaks, tabs, control characters) to one space, ends trimmed:
/// a unit is one line in every report.
fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split(|c: char| c.is_whitespace() || c.is_control()) {
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn whitespace_folds_to_single_spaces() {
        assert_eq!(fold("  a\n\tb  c\u{7}d "), "a b c d");
        assert_eq!(fold(" \n "), "");
    }
}
