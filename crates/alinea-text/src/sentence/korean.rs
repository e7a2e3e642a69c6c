//! Korean sentences without a final stop.
//!
//! Korean marks the end of a sentence in the verb itself: the sentence-final endings
//! (`-다`, `-니다`, `-요`, `-까`, `-죠`, `-냐`, `-줘`) close a clause that nothing else may
//! follow, while connective and adnominal endings (`-고`, `-서`, `-며`, `-는`, `-지만`)
//! continue it. Informal Korean (messages, reviews, queries) often leaves out the period,
//! so a word ending in a final ending, followed by another word, ends its sentence. The
//! few nouns and particles that look like such endings (`필요` need, `보다` than,
//! `바다` sea, `마다` every) are excepted; a one-syllable word (`다` all) never ends one.

use crate::Span;

/// Word-final nouns and particles spelled like a final ending.
const NOT_ENDINGS: &[&str] = &[
    "필요",
    "불필요",
    "중요",
    "주요",
    "수요",
    "강요",
    "소요",
    "동요",
    "보다",
    "마다",
    "바다",
    "니까",
    "어머니",
    "까지",
];

/// Whether a Hangul word ends with a sentence-final verb ending.
fn ends_sentence(word: &str) -> bool {
    let syllables = word.chars().count();
    if syllables < 2 || !word.chars().all(is_hangul_syllable) {
        return false;
    }
    if NOT_ENDINGS.iter().any(|n| word.ends_with(n)) {
        return false;
    }
    let last = word.chars().next_back().unwrap_or(' ');
    matches!(last, '다' | '요' | '죠' | '냐' | '줘') || (last == '까' && !word.ends_with("니까"))
}

fn is_hangul_syllable(c: char) -> bool {
    ('\u{AC00}'..='\u{D7A3}').contains(&c)
}

/// Whether `text` may hold Hangul: the lead bytes of U+AC00–U+D7A3 are 0xEA–0xED.
fn may_hold_hangul(text: &str) -> bool {
    crate::bytescan::any(text.as_bytes(), |b| b.wrapping_sub(0xEA) < 4)
}

/// Splits the sentences in `out` (spans of `text`) after Korean words that end a sentence
/// without a stop.
pub(super) fn split_unpunctuated(text: &str, out: &mut Vec<Span>) {
    if !may_hold_hangul(text) {
        return;
    }
    let mut result = Vec::with_capacity(out.len());
    for s in out.drain(..) {
        let piece = &text[s.range()];
        let mut start = s.start;
        let mut offset = 0;
        for word in piece.split_whitespace() {
            let at = piece[offset..].find(word).map_or(offset, |i| offset + i);
            let end = at + word.len();
            offset = end;
            if end < piece.len() && ends_sentence(word) {
                result.push(Span::new(start, s.start + end));
                let rest = &piece[end..];
                start = s.start + end + (rest.len() - rest.trim_start().len());
            }
        }
        if start < s.end {
            result.push(Span::new(start, s.end));
        }
    }
    *out = result;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endings() {
        assert!(ends_sentence("좋아요") && ends_sentence("했다") && ends_sentence("할까"));
        assert!(!ends_sentence("다") && !ends_sentence("필요") && !ends_sentence("그보다"));
        assert!(!ends_sentence("하고") && !ends_sentence("그러니까") && !ends_sentence("했다."));
    }
}
