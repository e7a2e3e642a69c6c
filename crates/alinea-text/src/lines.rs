//! Physical lines of a document, whatever its line ends.

use crate::Span;

/// One physical line: its content without the line terminator, and its 1-based number.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Line {
    /// The line's bytes, terminator excluded.
    pub span: Span,
    /// 1-based line number, as editors show it.
    pub number: usize,
}

/// Splits `text` into lines at LF, CRLF, CR, form feed (PDF page breaks), and the Unicode
/// line and paragraph separators. A final terminator does not open an empty last line.
pub fn split_lines(text: &str) -> Vec<Line> {
    let mut lines = Vec::new();
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut i = 0;
    let push = |s: usize, e: usize, lines: &mut Vec<Line>| {
        let number = lines.len() + 1;
        lines.push(Line {
            span: Span::new(s, e),
            number,
        });
    };
    while i < bytes.len() {
        // Skip to the next byte that can start a line break.
        i = crate::bytescan::find(bytes, i, |b| {
            (b == b'\n') | (b == b'\x0c') | (b == b'\r') | (b == 0xE2)
        });
        if i == bytes.len() {
            break;
        }
        let (is_break, len) = match bytes[i] {
            b'\n' | b'\x0c' => (true, 1),
            b'\r' => (
                true,
                if bytes.get(i + 1) == Some(&b'\n') {
                    2
                } else {
                    1
                },
            ),
            // U+2028 / U+2029 are E2 80 A8 / E2 80 A9.
            0xE2 if bytes.get(i + 1) == Some(&0x80)
                && matches!(bytes.get(i + 2), Some(0xA8) | Some(0xA9)) =>
            {
                (true, 3)
            }
            _ => (false, 1),
        };
        if is_break {
            push(start, i, &mut lines);
            i += len;
            start = i;
        } else {
            i += 1;
        }
    }
    if start < bytes.len() {
        push(start, bytes.len(), &mut lines);
    }
    lines
}

/// The 1-based number of the line holding byte `offset`.
pub fn line_of(lines: &[Line], offset: usize) -> usize {
    match lines.binary_search_by(|l| l.span.start.cmp(&offset)) {
        Ok(i) => lines[i].number,
        Err(0) => 1,
        Err(i) => lines[i - 1].number,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_end_convention() {
        let t = "a\r\nb\rc\nd\u{2028}e\x0cf\n";
        let l: Vec<&str> = split_lines(t).iter().map(|l| &t[l.span.range()]).collect();
        assert_eq!(l, ["a", "b", "c", "d", "e", "f"]);
        assert_eq!(split_lines("x\n\ny").len(), 3);
        assert_eq!(line_of(&split_lines(t), t.find('c').unwrap()), 3);
    }
}
