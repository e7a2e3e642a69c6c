//! Inline enumerations: `1) first 2) second`, `1.) first 2.) second`, `a. first b. second`.
//!
//! A paragraph that opens with the first label of a list (`1)`, `1.)`, `a.`, `a)`) and
//! later holds its successors in order, each after whitespace, lists items whose writer
//! left out the final stops: every item is a sentence. Requiring the strict sequence
//! (`2)` after `1)`, `b.` after `a.`) from the paragraph's first label keeps numbers and
//! letters inside running text (`see 2) above`, `vitamin b. Then`) from cutting.

use crate::Span;

/// The shape of a list label.
#[derive(Copy, Clone, PartialEq, Eq)]
enum Style {
    /// `1.)`
    DotParen,
    /// `1)`, `a)`
    Paren,
    /// `a.` (letters only: `1.` labels are the paragraph-label rule's job)
    Dot,
}

impl Style {
    fn suffix(self) -> &'static str {
        match self {
            Style::DotParen => ".)",
            Style::Paren => ")",
            Style::Dot => ".",
        }
    }
}

/// The list that `text` opens with: its first label's value (`1` or `a`) and style.
fn opening(text: &str) -> Option<(u32, bool, Style)> {
    let t = text.trim_start();
    let mut cs = t.chars();
    let first = cs.next()?;
    let (value, letter) = match first {
        '1' => (1, false),
        'a' => (u32::from(b'a'), true),
        _ => return None,
    };
    let rest = cs.as_str();
    let style = if rest.starts_with(".)") {
        Style::DotParen
    } else if rest.starts_with(')') {
        Style::Paren
    } else if rest.starts_with('.') && letter {
        Style::Dot
    } else {
        return None;
    };
    let after = rest[style.suffix().len()..].chars().next();
    after
        .is_some_and(char::is_whitespace)
        .then_some((value, letter, style))
}

/// Byte offsets where the second and later items of an inline list start.
fn item_starts(text: &str) -> Vec<usize> {
    let Some((mut value, letter, style)) = opening(text) else {
        return Vec::new();
    };
    let mut cuts = Vec::new();
    let mut from = 0;
    loop {
        value += 1;
        let label = if letter {
            match char::from_u32(value) {
                Some(c) if c.is_ascii_lowercase() => format!("{c}{}", style.suffix()),
                _ => break,
            }
        } else {
            format!("{value}{}", style.suffix())
        };
        let mut found = None;
        let mut search = from;
        while let Some(i) = text[search..].find(&label) {
            let at = search + i;
            let before = text[..at].chars().next_back();
            let after = text[at + label.len()..].chars().next();
            if before.is_some_and(char::is_whitespace) && after.is_some_and(char::is_whitespace) {
                found = Some(at);
                break;
            }
            search = at + label.len();
        }
        match found {
            Some(at) => {
                cuts.push(at);
                from = at + label.len();
            }
            None => break,
        }
    }
    cuts
}

/// Splits the sentences in `out` (spans of `text`) at the starts of inline list items.
pub(super) fn split_items(text: &str, out: &mut Vec<Span>) {
    let cuts = item_starts(text);
    if !cuts.is_empty() {
        super::split_at(text, out, &cuts);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_strict_sequences_from_the_first_label() {
        assert_eq!(item_starts("1) one 2) two 3) three"), [7, 14]);
        assert!(item_starts("See 1) one 2) two").is_empty());
        assert_eq!(item_starts("a. one c. two b. three"), [14]);
        assert!(item_starts("1. one 2. two").is_empty());
        assert!(item_starts("1)x 2) two").is_empty());
    }
}
