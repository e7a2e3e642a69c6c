//! Character classes the sentence scanner looks at.
//!
//! Kept apart from the algorithm so that "which characters end, close or continue a
//! sentence" is answered in one place, by plain `match`es that compile to jump tables:
//! the scanner runs on every byte of every document, so no lookup here may allocate or
//! search a table.

/// What kind of stop a terminal character makes.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(super) enum Term {
    /// `.` and its compatibility forms (UAX #29 ATerm): ambiguous between a sentence end,
    /// an abbreviation, an initial and a decimal point.
    Period,
    /// `…`: ends a sentence only when a capital follows.
    Ellipsis,
    /// `!`, `?`, `؟`, `۔`, `।` and the other UAX #29 STerm characters of spaced scripts.
    Strong,
    /// Ideographic and full-width stops (`。！？｡`): Chinese and Japanese put no space
    /// after them, so they end a sentence whatever follows.
    Ideographic,
}

/// The stop kind of `c`, or `None` when `c` does not end sentences.
///
/// The set is UAX #29's STerm and ATerm for the scripts alinea meets (Latin, Cyrillic,
/// Greek, Armenian, Arabic, Syriac, N'Ko, Indic, Ethiopic, CJK) plus `…`, which UAX #29
/// ignores although `text…` followed by a capital is an ordinary sentence end.
#[inline]
pub(super) fn term(c: char) -> Option<Term> {
    Some(match c {
        '.' | '\u{FE52}' | '\u{2024}' => Term::Period,
        // The full-width full stop is also a full-width *decimal point* (`１．５`), so it
        // gets the period's caution rather than the ideographic stop's certainty.
        '\u{FF0E}' => Term::Period,
        '\u{2026}' => Term::Ellipsis,
        '。' | '！' | '？' | '｡' | '\u{FE12}' | '\u{FE15}' | '\u{FE16}' | '\u{FE56}'
        | '\u{FE57}' => Term::Ideographic,
        '!'
        | '?'
        | '\u{203C}'
        | '\u{203D}'
        | '\u{2047}'..='\u{2049}'
        | '\u{2E2E}'
        | '\u{2E3C}'
        | '\u{037E}'
        | '\u{0589}'
        | '\u{0F0D}'
        | '\u{0F0E}'
        | '\u{17D4}'
        | '\u{17D5}'
        | '\u{061D}'..='\u{061F}'
        | '\u{06D4}'
        | '\u{0700}'..='\u{0702}'
        | '\u{07F9}'
        | '\u{0964}'
        | '\u{0965}'
        | '\u{104A}'
        | '\u{104B}'
        | '\u{1362}'
        | '\u{1367}'
        | '\u{1368}'
        | '\u{166E}'
        | '\u{1803}'
        | '\u{1809}'
        | '\u{A4FF}'
        | '\u{A60E}'
        | '\u{A60F}' => Term::Strong,
        _ => return None,
    })
}

/// Whether the first byte of a UTF-8 sequence can start a terminal character.
///
/// Lets the scanner step over whole Cyrillic, Arabic-letter or Han sequences without
/// decoding them: only these lead bytes begin a character that [`term`] accepts.
#[inline]
pub(super) fn lead_may_be_term(b: u8) -> bool {
    matches!(
        b,
        b'.' | b'!'
            | b'?'
            | 0xCD
            | 0xD6
            | 0xD8
            | 0xDB
            | 0xDC
            | 0xDF
            | 0xE0
            | 0xE1
            | 0xE2
            | 0xE3
            | 0xEA
            | 0xEF
    )
}

/// [`lead_may_be_term`], told the byte after the lead as well: Arabic letters share their
/// lead bytes with `؟` (D8 9F) and `۔` (DB 94), so for those two leads the second byte
/// decides, without decoding the character.
#[inline]
pub(super) fn may_be_term(bytes: &[u8], pos: usize) -> bool {
    let b = bytes[pos];
    let second = bytes.get(pos + 1).copied().unwrap_or(0);
    match b {
        0xD8 => (0x9D..=0x9F).contains(&second),
        0xDB => second == 0x94,
        _ => lead_may_be_term(b),
    }
}

/// A superset of the bytes the sentence scanner acts on: `!` `"` `.` `;` `?` (inside
/// `!`–`?`), the leads of [`lead_may_be_term`] (0xCD, 0xD6–0xE3, 0xEA, 0xEF), which also
/// start every CJK bracket. A few comparisons, so that the search for the next such byte
/// runs on blocks of bytes; Cyrillic (0xD0, 0xD1), Greek and Han leads are outside it.
#[inline]
pub(super) fn may_matter(b: u8) -> bool {
    (b.wrapping_sub(b'!') <= b'?' - b'!')
        | (b == 0xCD)
        | (b.wrapping_sub(0xD6) <= 0xE3 - 0xD6)
        | (b == 0xEA)
        | (b == 0xEF)
}

/// Closing brackets and quotes that, right after a stop, belong to the ending sentence
/// (`(…)`, `»`, `”`, `」`). The ambiguous ASCII quotes are decided by the scanner, which
/// knows the quote parity and what follows.
#[inline]
pub(super) fn is_closer(c: char) -> bool {
    matches!(
        c,
        ')' | ']'
            | '}'
            | '»'
            | '›'
            | '”'
            | '’'
            | '」'
            | '』'
            | '）'
            | '］'
            | '｝'
            | '》'
            | '〉'
            | '】'
            | '〕'
            | '〗'
            | '〙'
            | '〛'
            | '｣'
            | '\u{FE5A}'
            | '\u{FE5C}'
            | '\u{FE5E}'
    )
}

/// Opening brackets and quotes, skipped when looking for the word before a stop
/// (`(e.g.` is the abbreviation `e.g`).
#[inline]
pub(super) fn is_opener(c: char) -> bool {
    matches!(
        c,
        '(' | '['
            | '{'
            | '«'
            | '‹'
            | '“'
            | '‘'
            | '„'
            | '"'
            | '\''
            | '¿'
            | '¡'
            | '「'
            | '『'
            | '（'
            | '《'
    )
}

/// Punctuation that continues a sentence when it follows a stop (`etc., and`,
/// `"Stop!", he said`): UAX #29's SContinue without the dashes, which in Spanish and
/// Russian open a new line of dialogue. `،` `؛` `，` `；` are listed because they never end
/// a sentence even though a stop may precede them.
#[inline]
pub(super) fn is_continuation(c: char) -> bool {
    matches!(
        c,
        ',' | ';'
            | ':'
            | '،'
            | '؛'
            | '，'
            | '；'
            | '：'
            | '、'
            | '\u{FE10}'
            | '\u{FE11}'
            | '\u{FE50}'
            | '\u{FE51}'
            | '\u{FE54}'
            | '\u{FE55}'
            | '\u{FF64}'
    )
}

/// Whether the character before byte `pos` is a Greek letter: Greek writes its question
/// mark as `;` (U+037E, canonically equivalent to the ASCII semicolon, which is what most
/// Greek text holds), while its semicolon is the raised dot `·`. So a `;` right after a
/// Greek word is a question mark, and after any other script a semicolon.
#[inline]
pub(super) fn greek_before(text: &str, pos: usize) -> bool {
    text[..pos].chars().next_back().is_some_and(|c| {
        matches!(c, '\u{0370}'..='\u{03FF}' | '\u{1F00}'..='\u{1FFF}') && c.is_alphabetic()
    })
}

/// CJK title marks and corner quotes that open a title or quotation.
#[inline]
pub(super) fn is_cjk_open(c: char) -> bool {
    matches!(c, '《' | '〈' | '「' | '『' | '﹁' | '﹃')
}

/// Their closing counterparts.
#[inline]
pub(super) fn is_cjk_close(c: char) -> bool {
    matches!(c, '》' | '〉' | '」' | '』' | '﹂' | '﹄')
}

/// A single character of an unspaced script before a `.` is a word, not an initial.
#[inline]
pub(super) fn is_cjk(c: char) -> bool {
    crate::script::is_unspaced(c)
}

/// A letter of a script without case (Arabic, Persian, Han, Devanagari …): after such a
/// letter the "lowercase means the sentence goes on" cue does not exist.
#[inline]
pub(super) fn is_uncased_letter(c: char) -> bool {
    c.is_alphabetic() && !c.is_lowercase() && !c.is_uppercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_terminal_has_a_recognised_lead_byte() {
        // The scanner skips characters whose lead byte is not listed; a terminal with an
        // unlisted lead byte would silently never end a sentence.
        for cp in 0..=0x10FFFF_u32 {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            let mut buf = [0u8; 4];
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            if term(c).is_some() {
                assert!(lead_may_be_term(bytes[0]), "{c:?} (U+{cp:04X})");
                assert!(may_be_term(bytes, 0), "{c:?} (U+{cp:04X})");
            }
            if term(c).is_some() || is_cjk_open(c) || is_cjk_close(c) || matches!(c, '"' | ';') {
                assert!(may_matter(bytes[0]), "{c:?} (U+{cp:04X})");
            }
        }
    }

    #[test]
    fn arabic_and_chinese_commas_continue() {
        for c in ['،', '؛', '，', '；', ',', ';'] {
            assert!(is_continuation(c));
            assert!(term(c).is_none());
        }
    }

    #[test]
    fn classes() {
        assert_eq!(term('.'), Some(Term::Period));
        assert_eq!(term('؟'), Some(Term::Strong));
        assert_eq!(term('。'), Some(Term::Ideographic));
        assert_eq!(term('…'), Some(Term::Ellipsis));
        assert!(is_closer('」') && is_closer('»') && !is_closer('«'));
        assert!(is_uncased_letter('ب') && !is_uncased_letter('b') && !is_uncased_letter('1'));
        assert!(is_cjk('中') && !is_cjk('a'));
    }
}
