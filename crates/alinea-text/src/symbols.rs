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

/// Finds resolution numbers such as `75/240`, as they are cited in running text, and
/// returns them as `session/number`. Arabic texts print them reversed (`240/75`); the
/// session is the smaller part in every series since 1946 apart from the first few
/// sessions, so the pair is reordered when the first number is larger.
pub fn find_resolution_numbers(text: &str) -> Vec<(Span, String)> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut k = 0;
    while k < chars.len() {
        let digit = |k: usize| chars.get(k).and_then(|&(_, c)| ascii_digit(c));
        if digit(k).is_some() && (k == 0 || (digit(k - 1).is_none() && chars[k - 1].1 != '/')) {
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
                    let (s, n) = if a <= b { (a, b) } else { (b, a) };
                    let end = chars.get(m).map_or(text.len(), |c| c.0);
                    out.push((Span::new(chars[k].0, end), format!("{s}/{n}")));
                }
                k = m;
                continue;
            }
            k = j;
            continue;
        }
        k += 1;
    }
    out
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
        let r: Vec<String> =
            find_resolution_numbers("قراراتها 103/36 و ٧٠/٥٣ and 75/240, 2021-2025")
                .into_iter()
                .map(|x| x.1)
                .collect();
        assert_eq!(r, ["36/103", "53/70", "75/240"]);
        // Dates are not resolution numbers.
        assert!(find_resolution_numbers("12/05/2020").is_empty());
    }
}
