//! United Nations document symbols (`A/RES/75/240`, `A/C.1/77/L.23/Rev.1`, `A/68/98`,
//! `A/HRC/RES/26/13`) and resolution numbers in running text (`75/240`, `240/75`).
//!
//! Symbols agree across every language version of a document, so they are the strongest
//! anchors alignment and cross-language comparison have.

use crate::normalize::ascii_digit;
use crate::Span;

/// A document symbol found in text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Symbol {
    /// Where it stands in the text searched.
    pub span: Span,
    /// The symbol, upper-cased as printed, digits folded to ASCII.
    pub value: String,
}

/// Finds document symbols: an upper-case Latin series letter (`A`, `E`, `S`, `ST`…),
/// then at least two `/`-separated parts of Latin capitals, digits, dots or hyphens, one of
/// them with a digit. `A/RES/75/240` and `A/C.1/77/L.23/Rev.1` qualify; `and/or` does not.
pub fn find_symbols(text: &str) -> Vec<Symbol> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let at_word_start = i == 0 || !is_sym_char(text[..i].chars().next_back().unwrap_or(' '));
        if b.is_ascii_uppercase() && at_word_start {
            if let Some((end, value)) = scan_symbol(text, i) {
                out.push(Symbol {
                    span: Span::new(i, end),
                    value,
                });
                i = end;
                continue;
            }
        }
        i += text[i..].chars().next().map_or(1, char::len_utf8);
    }
    out
}

fn is_sym_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '/' || c == '.'
}

fn scan_symbol(text: &str, start: usize) -> Option<(usize, String)> {
    let mut parts: Vec<String> = vec![String::new()];
    let mut end = start;
    for (idx, c) in text[start..].char_indices() {
        if c == '/' {
            if parts.last().is_some_and(String::is_empty) {
                break;
            }
            parts.push(String::new());
        } else if c.is_ascii_alphabetic() || c == '.' || c == '-' || ascii_digit(c).is_some() {
            let last = parts.last_mut()?;
            match ascii_digit(c) {
                Some(d) => last.push(char::from(b'0' + d)),
                None => last.push(c),
            }
        } else {
            break;
        }
        end = start + idx + c.len_utf8();
    }
    // Trailing punctuation belongs to the sentence, not the symbol.
    while let Some(last) = parts.last_mut() {
        let trimmed = last.trim_end_matches(['.', '-']).len();
        let cut = last.len() - trimmed;
        if cut == 0 {
            break;
        }
        last.truncate(trimmed);
        end -= cut;
    }
    if parts.last().is_some_and(String::is_empty) {
        parts.pop();
        end -= 1;
    }
    let first_ok = parts[0].len() <= 3 && parts[0].chars().all(|c| c.is_ascii_uppercase());
    let has_digit = parts.iter().any(|p| p.chars().any(|c| c.is_ascii_digit()));
    if parts.len() >= 3 && first_ok && has_digit {
        Some((end, parts.join("/")))
    } else {
        None
    }
}

/// Highest General Assembly session number a citation can plausibly carry (the 80th
/// session opened in 2025); numbers above it in a pair must be the resolution number.
const MAX_SESSION: u32 = 90;

/// How a text writes resolution numbers: `session/number` (`75/240`) or reversed
/// (`240/75`), as Arabic PDF extraction leaves them (the bidi algorithm flips the pair).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Orientation {
    /// `session/number`.
    SessionFirst,
    /// `number/session`.
    NumberFirst,
}

fn raw_pairs(text: &str) -> Vec<(Span, u32, u32)> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let digit = |k: usize| chars.get(k).and_then(|&(_, c)| ascii_digit(c));
    let mut k = 0;
    while k < chars.len() {
        let starts =
            digit(k).is_some() && (k == 0 || (digit(k - 1).is_none() && chars[k - 1].1 != '/'));
        if !starts {
            k += 1;
            continue;
        }
        let mut a = 0u32;
        let mut j = k;
        while let Some(d) = digit(j) {
            a = a.saturating_mul(10).saturating_add(d as u32);
            j += 1;
        }
        let alen = j - k;
        if chars.get(j).map(|c| c.1) == Some('/') && digit(j + 1).is_some() {
            let mut b = 0u32;
            let mut m = j + 1;
            while let Some(d) = digit(m) {
                b = b.saturating_mul(10).saturating_add(d as u32);
                m += 1;
            }
            let blen = m - j - 1;
            let followed_by_slash = chars.get(m).map(|c| c.1) == Some('/');
            if alen <= 3 && blen <= 3 && !followed_by_slash && a > 0 && b > 0 {
                let end = chars.get(m).map_or(text.len(), |c| c.0);
                out.push((Span::new(chars[k].0, end), a, b));
            }
            k = m;
        } else {
            k = j;
        }
    }
    out
}

/// Decides how `text` writes resolution numbers from the pairs whose order is certain
/// (one side larger than any session number); session first when nothing decides.
pub fn resolution_orientation(text: &str) -> Orientation {
    let (mut forward, mut reversed) = (0, 0);
    for (_, a, b) in raw_pairs(text) {
        if a <= MAX_SESSION && b > MAX_SESSION {
            forward += 1;
        } else if b <= MAX_SESSION && a > MAX_SESSION {
            reversed += 1;
        }
    }
    if reversed > forward {
        Orientation::NumberFirst
    } else {
        Orientation::SessionFirst
    }
}

/// Finds resolution numbers such as `75/240` as they are cited in running text and
/// returns them as `session/number`, in the text's own orientation (see
/// [`resolution_orientation`]); a pair whose order is certain is read that way whatever
/// the orientation.
pub fn find_resolution_numbers(text: &str) -> Vec<(Span, String)> {
    find_resolution_numbers_oriented(text, resolution_orientation(text))
}

/// Like [`find_resolution_numbers`] with the orientation given, for a paragraph whose
/// document's orientation is known.
pub fn find_resolution_numbers_oriented(
    text: &str,
    orientation: Orientation,
) -> Vec<(Span, String)> {
    raw_pairs(text)
        .into_iter()
        .map(|(span, a, b)| {
            let session_first = if a <= MAX_SESSION && b > MAX_SESSION {
                true
            } else if b <= MAX_SESSION && a > MAX_SESSION {
                false
            } else {
                orientation == Orientation::SessionFirst
            };
            let (s, n) = if session_first { (a, b) } else { (b, a) };
            (span, format!("{s}/{n}"))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn syms(t: &str) -> Vec<String> {
        find_symbols(t).into_iter().map(|s| s.value).collect()
    }

    #[test]
    fn finds_symbols() {
        assert_eq!(syms("see A/RES/75/240."), ["A/RES/75/240"]);
        assert_eq!(syms("(A/C.1/77/L.23/Rev.1)"), ["A/C.1/77/L.23/Rev.1"]);
        assert_eq!(syms("تقرير (A/65/201)، فإنه"), ["A/65/201"]);
        assert_eq!(
            syms("A/HRC/RES/26/13 and A/68/98"),
            ["A/HRC/RES/26/13", "A/68/98"]
        );
        assert!(syms("and/or and A/B/C").is_empty());
        assert!(syms("1/2/3").is_empty());
    }

    #[test]
    fn finds_resolution_numbers_in_any_digits() {
        let values = |t: &str| -> Vec<String> {
            find_resolution_numbers(t)
                .into_iter()
                .map(|x| x.1)
                .collect()
        };
        // Arabic extraction reverses the pairs; the certain ones decide for the others.
        assert_eq!(
            values("قراراتها 103/36 و ٧٠/٥٣ و 28/71 و 240/75"),
            ["36/103", "53/70", "71/28", "75/240"]
        );
        assert_eq!(
            values("第 36/103 号、第 76/19 号和 75/240"),
            ["36/103", "76/19", "75/240"]
        );
        assert_eq!(
            values("۳۶/۱۰۳ مورخ ۹ دسامبر ۱۹۸۱، ۷۱/۲۸ مورخ"),
            ["36/103", "71/28"]
        );
        // Dates are not resolution numbers.
        assert!(find_resolution_numbers("12/05/2020").is_empty());
    }
}
