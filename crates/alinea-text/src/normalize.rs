//! The normalized matching view.
//!
//! Matching (alignment anchors, diff similarity) must not see differences that are only
//! encoding noise: presentation forms, tatweel, soft hyphens, Arabic versus Persian letter
//! shapes, the three digit systems, case and spacing. The view is built beside the original
//! and keeps a byte map back into it, so nothing a report quotes comes from the view.
//!
//! Folding steps, in order, per cluster (a starter character and the combining marks that
//! follow it, so that NFKC composition stays correct):
//! 1. NFKC (presentation forms, full-width forms, ligatures, compatibility digits);
//! 2. lowercase;
//! 3. removal of tatweel U+0640, soft hyphen U+00AD, zero-width and bidi controls, and
//!    Arabic vowel marks (harakat), which PDF extraction keeps or drops at random;
//! 4. letter variants: Arabic yeh/alef maksura → Persian yeh, Arabic kaf → keheh,
//!    teh marbuta → heh, hamza-carrying alefs → bare alef (the usual IR folding for both
//!    languages: PDF text and typists mix them freely);
//! 5. Arabic-Indic and Persian digits → ASCII, Arabic comma, semicolon, question mark and
//!    decimal separators → ASCII, typographic quotes and dashes → ASCII;
//! 6. every run of whitespace → one space, trimmed at both ends.

use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::UnicodeNormalization;

use crate::Span;

/// A normalized view of some original text with a map back to it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Normalized {
    text: String,
    /// For every byte of `text`, the byte offset in the original of the character it came
    /// from. One entry more at the end: the original length, so that end offsets map too.
    map: Vec<u32>,
}

impl Normalized {
    /// The normalized text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Maps a byte offset in the normalized text to the original text.
    ///
    /// # Panics
    ///
    /// Panics if `offset` is beyond the end of the normalized text.
    pub fn to_original(&self, offset: usize) -> usize {
        self.map[offset] as usize
    }

    /// Maps a normalized byte range to the original span that covers it.
    pub fn span_to_original(&self, start: usize, end: usize) -> Span {
        let s = self.to_original(start);
        // The end maps through the last byte inside the range, then to the end of that
        // original character, so that a range ending inside a folded cluster covers it.
        let e = if end > start {
            self.map[end..]
                .iter()
                .copied()
                .find(|&o| o as usize > self.map[end - 1] as usize)
                .map_or(self.map[self.map.len() - 1] as usize, |o| o as usize)
        } else {
            s
        };
        Span::new(s, e.max(s))
    }
}

/// Normalizes `text` into its matching view. See the module docs for the steps.
pub fn normalize(text: &str) -> Normalized {
    normalize_with_base(text, 0)
}

/// Like [`normalize`], for a slice that starts at byte `base` of a larger original, so the
/// map points into that original.
pub fn normalize_with_base(text: &str, base: usize) -> Normalized {
    let mut out = Normalized {
        text: String::with_capacity(text.len()),
        map: Vec::with_capacity(text.len() + 1),
    };
    // `pending_space` holds the original offset of a whitespace run not yet written: it is
    // written only when a non-space follows, which trims and folds in one pass.
    let mut pending_space: Option<usize> = None;
    let mut cluster = String::new();
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let orig = base + i;
        let combining_follows = chars.peek().is_some_and(|&(_, next)| {
            !next.is_ascii() && plain(next).is_none() && canonical_combining_class(next) != 0
        });
        if c.is_ascii() && !combining_follows {
            if c.is_ascii_whitespace() {
                pending_space.get_or_insert(orig);
                continue;
            }
            flush_space(&mut out, &mut pending_space);
            push(&mut out, c.to_ascii_lowercase(), orig);
            continue;
        }
        if c.is_whitespace() {
            pending_space.get_or_insert(orig);
            continue;
        }
        // Most letters of the corpus's scripts (Cyrillic, Arabic, CJK) are already in NFKC
        // and stand alone: fold them directly, skipping the normalizer's buffers.
        if !combining_follows && plain(c) == Some(Case::None) {
            emit(&mut out, &mut pending_space, c, orig);
            continue;
        }
        if !combining_follows && (plain(c).is_some() || nfkc_stable(c)) {
            for l in c.to_lowercase() {
                emit(&mut out, &mut pending_space, l, orig);
            }
            continue;
        }
        cluster.clear();
        cluster.push(c);
        while let Some(&(_, next)) = chars.peek() {
            if !next.is_ascii() && canonical_combining_class(next) != 0 {
                cluster.push(next);
                chars.next();
            } else {
                break;
            }
        }
        for n in cluster.nfkc() {
            for l in n.to_lowercase() {
                emit(&mut out, &mut pending_space, l, orig);
            }
        }
    }
    out.map.push((base + text.len()) as u32);
    out
}

/// Whether a plain letter has case (and so needs lowercasing).
#[derive(Copy, Clone, PartialEq, Eq)]
enum Case {
    Cased,
    None,
}

/// Letters of the corpus's scripts known to be unchanged by NFKC and to carry no
/// combining class, so the hot loop can skip the normalizer's table look-ups for them.
/// Compatibility characters (Latin ligatures, presentation forms, compatibility
/// ideographs) are outside these ranges and take the full path.
fn plain(c: char) -> Option<Case> {
    match c {
        '\u{00C0}'..='\u{00FF}' if c != '\u{00D7}' && c != '\u{00F7}' => Some(Case::Cased),
        '\u{0410}'..='\u{044F}' | '\u{0401}' | '\u{0451}' => Some(Case::Cased),
        '\u{0621}'..='\u{064A}'
        | '\u{0660}'..='\u{0669}'
        | '\u{06F0}'..='\u{06F9}'
        | '\u{067E}'
        | '\u{0686}'
        | '\u{0698}'
        | '\u{06A9}'
        | '\u{06AF}'
        | '\u{06CC}'
        | '\u{060C}'
        | '\u{061B}'
        | '\u{061F}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{3001}'
        | '\u{3002}' => Some(Case::None),
        _ => None,
    }
}

/// Whether `c` on its own is unchanged by NFKC (quick check says yes).
fn nfkc_stable(c: char) -> bool {
    matches!(
        unicode_normalization::is_nfkc_quick(std::iter::once(c)),
        unicode_normalization::IsNormalized::Yes
    )
}

/// Writes one lowercased character through the folding table.
#[inline]
fn emit(out: &mut Normalized, pending_space: &mut Option<usize>, c: char, orig: usize) {
    match fold_char(c) {
        Fold::Drop => {}
        Fold::Space => {
            pending_space.get_or_insert(orig);
        }
        Fold::Keep(f) => {
            flush_space(out, pending_space);
            push(out, f, orig);
        }
    }
}

fn flush_space(out: &mut Normalized, pending: &mut Option<usize>) {
    if let Some(o) = pending.take() {
        if !out.text.is_empty() {
            push(out, ' ', o);
        }
    }
}

fn push(out: &mut Normalized, c: char, orig: usize) {
    out.text.push(c);
    for _ in 0..c.len_utf8() {
        out.map.push(orig as u32);
    }
}

/// What one (NFKC-normalized, lowercased) character becomes in the matching view.
enum Fold {
    Keep(char),
    Drop,
    Space,
}

fn fold_char(c: char) -> Fold {
    match c {
        // Tatweel, soft hyphen, zero-width and bidi controls, BOM.
        '\u{0640}' | '\u{00AD}' | '\u{200B}'..='\u{200D}' | '\u{200E}' | '\u{200F}' => Fold::Drop,
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{061C}' => Fold::Drop,
        // Arabic harakat, superscript alef and Quranic marks.
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}' => Fold::Drop,
        // Yeh and alef maksura → Persian yeh; kaf → keheh; teh marbuta and heh goal → heh.
        '\u{064A}' | '\u{0649}' | '\u{0626}' => Fold::Keep('\u{06CC}'),
        '\u{0643}' => Fold::Keep('\u{06A9}'),
        '\u{0629}' | '\u{06C0}' | '\u{06C1}' | '\u{06D5}' => Fold::Keep('\u{0647}'),
        '\u{0622}' | '\u{0623}' | '\u{0625}' | '\u{0671}' => Fold::Keep('\u{0627}'),
        '\u{0624}' => Fold::Keep('\u{0648}'),
        // Digits.
        '\u{0660}'..='\u{0669}' => Fold::Keep(char::from(b'0' + (c as u32 - 0x0660) as u8)),
        '\u{06F0}'..='\u{06F9}' => Fold::Keep(char::from(b'0' + (c as u32 - 0x06F0) as u8)),
        // Arabic punctuation and separators.
        '\u{060C}' | '\u{066C}' => Fold::Keep(','),
        '\u{061B}' => Fold::Keep(';'),
        '\u{061F}' => Fold::Keep('?'),
        '\u{066B}' => Fold::Keep('.'),
        '\u{066A}' => Fold::Keep('%'),
        // Quotes and dashes.
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}' => Fold::Keep('"'),
        '\u{2018}' | '\u{2019}' | '\u{201A}' => Fold::Keep('\''),
        '\u{2010}'..='\u{2015}' | '\u{2212}' => Fold::Keep('-'),
        c if c.is_whitespace() => Fold::Space,
        c => Fold::Keep(c),
    }
}

/// Folds a single character the way the view does (NFKC aside), for callers that build
/// their own tokens: `None` when the view drops it.
pub fn fold_simple(c: char) -> Option<char> {
    let l = c.to_lowercase().next().unwrap_or(c);
    match fold_char(l) {
        Fold::Keep(f) => Some(f),
        Fold::Space => Some(' '),
        Fold::Drop => None,
    }
}

/// Maps every digit of any decimal system whatlang's languages use to ASCII; other
/// characters unchanged. Cheap enough for anchors extracted from many sentences.
pub fn ascii_digit(c: char) -> Option<u8> {
    match c {
        '0'..='9' => Some(c as u8 - b'0'),
        '\u{0660}'..='\u{0669}' => Some((c as u32 - 0x0660) as u8),
        '\u{06F0}'..='\u{06F9}' => Some((c as u32 - 0x06F0) as u8),
        '\u{FF10}'..='\u{FF19}' => Some((c as u32 - 0xFF10) as u8),
        '\u{0966}'..='\u{096F}' => Some((c as u32 - 0x0966) as u8),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(s: &str) -> String {
        normalize(s).as_str().to_string()
    }

    #[test]
    fn digits_of_every_system_fold_to_ascii() {
        assert_eq!(n("٢٠١٣"), "2013");
        assert_eq!(n("۲۰۱۳"), "2013");
        assert_eq!(n("２０１３"), "2013");
        assert_eq!(n("۱۲٫۵"), "12.5");
    }

    #[test]
    fn arabic_and_persian_variants_meet() {
        // Tatweel-stretched Arabic and Persian-letter forms of the same words.
        assert_eq!(n("المعلومــات"), n("المعلومات"));
        assert_eq!(n("علي"), n("علی"));
        assert_eq!(n("كتاب"), n("کتاب"));
        assert_eq!(n("الأمن"), n("الامن"));
        assert_eq!(n("مُحَمَّد"), n("محمد"));
        // Presentation forms (as PDF extraction leaves them) fold through NFKC.
        assert_eq!(n("\u{FEE3}\u{FEA4}\u{FEE4}\u{FEAA}"), n("محمد"));
    }

    #[test]
    fn case_space_and_invisible_characters() {
        assert_eq!(n("  Hello \t\n  WORLD  "), "hello world");
        assert_eq!(n("infor\u{00AD}mation"), "information");
        assert_eq!(n("می\u{200C}شود"), "میشود");
        assert_eq!(n("«quoted» — dash"), "\"quoted\" - dash");
        assert_eq!(n("e\u{0301}té"), "été");
    }

    #[test]
    fn map_points_back_into_the_original() {
        let orig = "  Résumé ٢٠١٣  done";
        let v = normalize(orig);
        let t = v.as_str();
        let pos = t.find("2013").unwrap();
        let span = v.span_to_original(pos, pos + 4);
        assert_eq!(&orig[span.range()], "٢٠١٣");
        let pos = t.find("done").unwrap();
        assert_eq!(&orig[v.span_to_original(pos, pos + 4).range()], "done");
        assert_eq!(v.to_original(0), 2);
    }

    #[test]
    fn base_offset_shifts_the_map() {
        let v = normalize_with_base("ab", 10);
        assert_eq!(v.to_original(1), 11);
        assert_eq!(v.to_original(2), 12);
    }
}
