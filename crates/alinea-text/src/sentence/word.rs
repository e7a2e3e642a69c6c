//! The word before a period: is it an abbreviation, an initial, a paragraph label?
//!
//! Only periods need this: `!`, `?` and the ideographic stops are never part of a word.

use super::chars;
use super::rules::{self, Rules, Verdict};
use crate::Lang;

/// Decides whether the period at byte `dot` ends its sentence, judging only by the word
/// before it. The caller has already checked what follows (a capital, a digit or an
/// uncased letter after whitespace); `sent_start` is where the current sentence began.
///
/// `next_at` is where the word after the stop starts (its first letter or digit, if any
/// within reach); the word itself is read only when a rule needs it. Abbreviations
/// that may close a sentence are decided by it. A sentence starter after an initialism
/// (`the U.S. How`) starts a sentence; a number after `No.` or a month after an ordinal
/// (`vom 12. Juni`) continues one.
pub(super) fn period_may_end(
    text: &str,
    sent_start: usize,
    dot: usize,
    tables: &[(Lang, Rules)],
    next_at: Option<usize>,
) -> bool {
    let next = || next_at.map_or("", |at| super::next_word(text, at));
    let (tok_start, word) = word_before(text, sent_start, dot);
    if word.is_empty() {
        return true;
    }
    let after = text[dot + 1..].trim_start().chars().next();
    // `від 21 грудня 2016 р. № 991`: a numero sign continues a reference.
    if after == Some('№') {
        return false;
    }
    let digit_next = after.is_some_and(|c| c.is_ascii_digit());
    if digit_next && rules::before_number(tables, word) {
        return false;
    }
    // An ordinal before a month name: `vom 12. Juni`, `1. januára`.
    if word.len() <= 2
        && word.bytes().all(|b| b.is_ascii_digit())
        && rules::is_month(tables, next())
    {
        return false;
    }
    let after_number = follows_number(text, sent_start, tok_start);
    match rules::lookup_after(
        tables,
        prev_word(text, sent_start, tok_start),
        word,
        after_number,
    ) {
        Verdict::Never => return false,
        Verdict::May => {
            // `В 2010-2012 гг. Виктор …`: a date phrase that opens the sentence (at most a
            // preposition before the number) is not a sentence on its own.
            return !(after_number && words_between(text, sent_start, tok_start) <= 2);
        }
        Verdict::Unknown => {}
    }
    if is_dotted_abbreviation(word) {
        // `I live in the U.S. How about you?` against `the U.S. Department`: an initialism
        // ends its sentence when a sentence starter follows.
        return rules::is_starter(tables, &next().to_lowercase());
    }
    // After a number a single lowercase letter is a unit (`400 м.`, `5 h.`), which can
    // end a sentence like any word; in uncased scripts it is rather an era or a
    // reference (`1000 ق. م.`).
    let unit = after_number && word.chars().all(char::is_lowercase);
    if is_single_letter(word) && !unit {
        return false;
    }
    // A label (`1.`, `12.`, `IV.`, `1.2.`) at the start of a sentence introduces that
    // sentence; a sentence never consists of its label alone.
    let at_start = text[sent_start..tok_start].trim().is_empty();
    !(at_start && is_label(word))
}

/// Whether the word before the period at `dot` is an ordinary word: not in the tables,
/// not an initial, acronym or label, so that the period can only be a full stop.
pub(super) fn is_plain_word(
    text: &str,
    sent_start: usize,
    dot: usize,
    tables: &[(Lang, Rules)],
    caseless: bool,
) -> bool {
    let (tok_start, word) = word_before(text, sent_start, dot);
    if word.is_empty() || word.chars().count() < 2 || is_dotted_abbreviation(word) || is_label(word)
    {
        return false;
    }
    let prev = prev_word(text, sent_start, tok_start);
    if rules::lookup(tables, prev, word) != Verdict::Unknown {
        return false;
    }
    // Without capitals, `mr` is the table's `Mr`.
    !caseless
        || rules::lookup(tables, prev.map(capitalized).as_deref(), &capitalized(word))
            == Verdict::Unknown
}

/// `word` with its first letter in upper case.
fn capitalized(word: &str) -> String {
    let mut cs = word.chars();
    cs.next()
        .map(|c| c.to_uppercase().chain(cs).collect())
        .unwrap_or_default()
}

/// The whitespace-delimited token ending at `end` (not before `floor`), as its start and
/// the word inside it with leading brackets and quotes removed.
fn word_before(text: &str, floor: usize, end: usize) -> (usize, &str) {
    let head = &text[floor..end];
    let start = head
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(floor, |(i, c)| floor + i + c.len_utf8());
    let word = text[start..end].trim_start_matches(chars::is_opener);
    (start, strip_elision(word))
}

/// Drops an elided article or particle (`l'art` → `art`, `d’après`): French and Italian
/// glue it to the abbreviation with an apostrophe. Only Latin-script prefixes elide: in
/// Ukrainian and Belarusian the apostrophe is a sign inside the word (`сім’ю`, `об’єкт`),
/// so what follows it is no word of its own (and no initial).
fn strip_elision(word: &str) -> &str {
    match word.find(['\'', '’']) {
        Some(i) if (1..=6).contains(&i) && i + 3 < word.len() => {
            let rest = &word[i..];
            let q = rest.chars().next().map_or(1, char::len_utf8);
            let prefix = &word[..i];
            if prefix
                .chars()
                .all(|c| c.is_alphabetic() && u32::from(c) < 0x250)
            {
                &rest[q..]
            } else {
                word
            }
        }
        _ => word,
    }
}

/// The word before the token starting at `tok_start`, if that word also ended in a period
/// (`p.` in `p. ex.`), without its period.
fn prev_word(text: &str, floor: usize, tok_start: usize) -> Option<&str> {
    let head = text[floor..tok_start].trim_end();
    let body = head.strip_suffix('.')?;
    let (_, w) = word_before(text, floor, floor + body.len());
    (!w.is_empty()).then_some(w)
}

/// The number of whitespace-separated tokens from `floor` to `end`.
fn words_between(text: &str, floor: usize, end: usize) -> usize {
    text[floor..end].split_whitespace().count()
}

/// Whether the token before the one at `tok_start` is a number (`1904-1905`, `4×400`).
fn follows_number(text: &str, floor: usize, tok_start: usize) -> bool {
    let head = text[floor..tok_start].trim_end();
    let tok = head.rsplit(char::is_whitespace).next().unwrap_or("");
    // The shape test first: it fails on the first letter of an ordinary word.
    tok.chars()
        .all(|c| c.is_numeric() || matches!(c, '-' | '–' | '×' | '.' | ',' | '/'))
        && tok.chars().any(|c| c.is_numeric())
}

/// One letter of a spaced script: an initial (`M. Anderson`, `А. С. Пушкин`), a single-
/// letter abbreviation (`p.`, `п.`, `ق.`) or a list label (`a.`). A lone Han character
/// is a word of unspaced text instead.
fn is_single_letter(word: &str) -> bool {
    let mut cs = word.chars();
    matches!((cs.next(), cs.next()), (Some(c), None) if c.is_alphabetic() && !chars::is_cjk(c))
}

/// Letters separated by periods, each group short: `U.S`, `e.g`, `т.е`, `J.-C`, `Ph.D`.
/// Such tokens are abbreviations unless the table says they may end a sentence.
fn is_dotted_abbreviation(word: &str) -> bool {
    if !word.contains('.') {
        return false;
    }
    let mut parts = 0;
    for part in word.split('.') {
        let part = part.trim_start_matches('-');
        let n = part.chars().count();
        if n == 0 || n > 3 || !part.chars().all(char::is_alphabetic) {
            return false;
        }
        parts += 1;
    }
    parts >= 2
}

/// A paragraph label before its period: 1–3 digits in any script, possibly dotted
/// (`1.2`), or a roman numeral.
fn is_label(word: &str) -> bool {
    let numeric = word.split('.').all(|p| {
        let n = p.chars().count();
        (1..=3).contains(&n) && p.chars().all(char::is_numeric)
    });
    numeric || is_roman(word)
}

fn is_roman(word: &str) -> bool {
    (1..=6).contains(&word.len())
        && (word.bytes().all(|b| b"IVXLCDM".contains(&b))
            || word.bytes().all(|b| b"ivxlcdm".contains(&b)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ends(text: &str, lang: Lang) -> bool {
        let dot = text.rfind('.').expect("a period");
        period_may_end(text, 0, dot, rules::tables_for(Some(lang)), None)
    }

    #[test]
    fn abbreviations_initials_labels() {
        assert!(!ends("see (e.g.", Lang::EN));
        assert!(!ends("Jennifer M.", Lang::EN));
        assert!(!ends("12.", Lang::EN));
        assert!(!ends("IV.", Lang::EN));
        assert!(!ends("the U.S.", Lang::EN));
        assert!(!ends("p. ex.", Lang::FR));
        assert!(!ends("lu l'art.", Lang::FR));
        assert!(ends("и т. д.", Lang::RU));
        assert!(ends("in 2015.", Lang::EN));
        assert!(ends("it was 12.", Lang::EN));
        assert!(ends("books etc.", Lang::EN));
        assert!(ends("the end.", Lang::EN));
        assert!(!ends("г.", Lang::RU));
        assert!(ends("Война шла в 1904-1905 гг.", Lang::RU));
        assert!(!ends("В 2010-2012 гг.", Lang::RU));
        assert!(ends("4×400 м.", Lang::RU));
    }

    #[test]
    fn shapes() {
        assert!(is_dotted_abbreviation("J.-C"));
        assert!(is_dotted_abbreviation("т.е"));
        assert!(!is_dotted_abbreviation("google.com"));
        assert!(!is_dotted_abbreviation("3.5"));
        assert!(is_label("١٢") && is_label("1.2") && !is_label("2015"));
        assert!(is_single_letter("ق") && !is_single_letter("中"));
    }
}
