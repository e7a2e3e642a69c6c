//! Word tokens of the normalized view, and the character trigrams used for matching.
//!
//! Words are runs of letters and digits; each punctuation mark is its own token; Chinese,
//! Japanese and Korean characters are one token each, since those scripts do not put
//! spaces between words. Whitespace is never a token, so re-wrapped lines and doubled
//! spaces cannot show up in a redline.

use std::ops::Range;

pub(crate) use alinea_text::script::is_unspaced;

/// Whether `c` is a mark to keep as a token of its own.
fn is_punct(c: char) -> bool {
    c.is_ascii_punctuation()
        || matches!(c as u32,
            0x00A1..=0x00BF        // Latin-1 punctuation and symbols, « »
            | 0x2010..=0x205E      // general punctuation: dashes, quotes, ellipsis
            | 0x2700..=0x27BF      // dingbats: ✓ bullets of the Persian book
            | 0x3000..=0x303F      // CJK punctuation
            | 0xFF01..=0xFF0F
            | 0x060C | 0x061B | 0x061F | 0x066A..=0x066D | 0x06D4)
}

/// Byte ranges of the tokens of `text` (normally a normalized view): Unicode word
/// boundaries (UAX #29, shared with the rest of alinea through `alinea_text::token`),
/// which already give one token per ideograph and per punctuation mark; a word that
/// still mixes in a mark this module keeps apart is cut around it.
pub(crate) fn tokenize(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for span in alinea_text::token::token_spans(text) {
        let piece = &text[span.clone()];
        let single = piece.chars().nth(1).is_none();
        if single || !piece.chars().any(|c| is_punct(c) || is_unspaced(c)) {
            out.push(span);
            continue;
        }
        let mut word: Option<usize> = None;
        for (i, c) in piece.char_indices() {
            let at = span.start + i;
            if is_punct(c) || is_unspaced(c) {
                if let Some(s) = word.take() {
                    out.push(s..at);
                }
                out.push(at..at + c.len_utf8());
            } else if word.is_none() {
                word = Some(at);
            }
        }
        if let Some(s) = word {
            out.push(s..span.end);
        }
    }
    out
}

/// Whether a token is short enough to be absorbed into a neighbouring replacement by the
/// semantic clean-up (function words such as "و", "به", "of", "the", or punctuation).
pub(crate) fn is_short(token: &str) -> bool {
    token.chars().count() <= 3
}

/// Sorted, deduplicated hashes of the character trigrams of `compact` (text with its
/// whitespace removed). Working without spaces makes "بین الملل" and "بینالملل" share all
/// their trigrams, so spacing noise costs no similarity.
pub(crate) fn trigrams(compact: &str) -> Vec<u64> {
    let chars: Vec<char> = compact.chars().collect();
    let mut grams: Vec<u64> = if chars.len() < 3 {
        if chars.is_empty() {
            Vec::new()
        } else {
            vec![hash_chars(&chars)]
        }
    } else {
        chars.windows(3).map(hash_chars).collect()
    };
    grams.sort_unstable();
    grams.dedup();
    grams
}

fn hash_chars(cs: &[char]) -> u64 {
    // FxHash-style mixing: fast, and collisions only blur a similarity score a little.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &c in cs {
        h = (h.rotate_left(5) ^ c as u64).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
    h
}

/// Size of the intersection of two sorted sets.
pub(crate) fn intersection(a: &[u64], b: &[u64]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// Dice coefficient of two sorted sets.
pub(crate) fn dice(a: &[u64], b: &[u64]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    2.0 * intersection(a, b) as f64 / (a.len() + b.len()) as f64
}

/// Union of sorted sets.
pub(crate) fn union(sets: &[&[u64]]) -> Vec<u64> {
    let mut out: Vec<u64> = sets.iter().flat_map(|s| s.iter().copied()).collect();
    out.sort_unstable();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(t: &str) -> Vec<&str> {
        tokenize(t).into_iter().map(|r| &t[r]).collect()
    }

    #[test]
    fn words_punctuation_and_cjk() {
        assert_eq!(words("the  cat, sat."), ["the", "cat", ",", "sat", "."]);
        assert_eq!(words("信息安全。"), ["信", "息", "安", "全", "。"]);
        assert_eq!(words("بین الملل؛"), ["بین", "الملل", "؛"]);
    }

    #[test]
    fn spacing_does_not_change_trigrams() {
        assert_eq!(
            trigrams("بینالملل"),
            trigrams(&"بین الملل".replace(' ', ""))
        );
        assert!((dice(&trigrams("abcdef"), &trigrams("abcdef")) - 1.0).abs() < 1e-9);
    }
}
