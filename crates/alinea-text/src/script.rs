//! Character classes by script that every layer needs the same answer to.
//!
//! Sentence rules, alignment tokens, diff tokens and labels all ask "is this a character
//! of a script written without spaces between words?". One answer here keeps them from
//! drifting apart (they once had three lists with different ranges).

/// Whether `c` belongs to a script written without spaces between words: Han (with its
/// extensions and compatibility ideographs and radicals), kana, Hangul (syllables and
/// jamo), Thai, Lao, Khmer and Myanmar. Such characters are tokens of their own, and a
/// single one before `.` is a word, not an initial.
pub fn is_unspaced(c: char) -> bool {
    matches!(c as u32,
        0x0E00..=0x0EFF       // Thai, Lao
        | 0x1000..=0x109F     // Myanmar
        | 0x1100..=0x11FF     // Hangul jamo
        | 0x1780..=0x17FF     // Khmer
        | 0x2E80..=0x2FDF     // CJK radicals, Kangxi radicals
        | 0x3040..=0x30FF     // Hiragana, Katakana
        | 0x3400..=0x4DBF     // CJK extension A
        | 0x4E00..=0x9FFF     // CJK unified ideographs
        | 0xAC00..=0xD7AF     // Hangul syllables
        | 0xF900..=0xFAFF     // CJK compatibility ideographs
        | 0x20000..=0x3FFFF) // CJK extensions B and later
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unspaced_scripts() {
        for c in ['中', 'の', 'カ', '한', 'ก', 'ກ', 'ក', 'မ', '𠀀'] {
            assert!(is_unspaced(c), "{c}");
        }
        for c in ['a', 'я', 'ب', '1', '。', ' ', 'א', 'क'] {
            assert!(!is_unspaced(c), "{c}");
        }
    }
}
