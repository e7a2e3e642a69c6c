//! Number words (soft mentions): cardinals up to the tens with hundreds and thousands
//! (`twenty-five`, `deux cent trente`, `fünfundzwanzig`), ordinal words, Roman
//! numerals, and the multiplier words that may follow a number (`3 million`, `3万`).

use alinea_text::Lang;

use super::tables::*;
use super::{whole, Mention, Value};

/// Month names, which stand for the month of a date in digits (`12 mars` = `12.03.`).
#[rustfmt::skip]
const MONTHS: &[(&str, u64)] = &[
    ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("june", 6), ("july", 7),
    ("august", 8), ("september", 9), ("october", 10), ("november", 11), ("december", 12),
    ("janvier", 1), ("février", 2), ("mars", 3), ("avril", 4), ("mai", 5), ("juin", 6),
    ("juillet", 7), ("août", 8), ("septembre", 9), ("octobre", 10), ("novembre", 11),
    ("décembre", 12), ("januar", 1), ("februar", 2), ("märz", 3), ("juni", 6),
    ("juli", 7), ("oktober", 10), ("dezember", 12), ("enero", 1), ("febrero", 2),
    ("marzo", 3), ("abril", 4), ("mayo", 5), ("junio", 6), ("julio", 7), ("agosto", 8),
    ("septiembre", 9), ("octubre", 10), ("noviembre", 11), ("diciembre", 12),
];

/// Noon and midnight, as times of day (minutes after midnight).
#[rustfmt::skip]
const NOON: &[(&str, u64)] = &[
    ("noon", 720), ("midday", 720), ("midi", 720), ("mittag", 720), ("mittags", 720),
    ("mediodía", 720), ("полдень", 720), ("midnight", 0), ("minuit", 0),
    ("mitternacht", 0), ("medianoche", 0), ("полночь", 0),
];

/// Words with their values.
type Table = &'static [(&'static str, u64)];

/// Cardinal and ordinal tables of a language.
fn tables(lang: Lang) -> (Table, Table) {
    match lang.code() {
        "en" => (EN, EN_ORD),
        "fr" => (FR, FR_ORD),
        "es" => (ES, ES_ORD),
        "de" => (DE, DE_ORD),
        "ru" => (RU, &[]),
        "ar" => (AR, AR_ORD),
        "fa" => (FA, &[]),
        "it" => (IT, IT_ORD),
        "pt" => (PT, PT_ORD),
        "ro" => (RO, RO_ORD),
        "is" => (IS, IS_ORD),
        "nl" => (NL, NL_ORD),
        "sv" => (SV, SV_ORD),
        "fi" => (FI, FI_ORD),
        "tr" => (TR, TR_ORD),
        "pl" => (PL, &[]),
        "cs" => (CS, &[]),
        "sk" => (SK, &[]),
        "uk" => (UK, &[]),
        "el" => (EL, &[]),
        "id" => (ID, ID_ORD),
        "hu" => (HU, HU_ORD),
        "he" => (HE, &[]),
        "hi" => (HI, &[]),
        "ur" => (UR, &[]),
        "vi" => (VI, &[]),
        _ => (&[], &[]),
    }
}

/// The words a language declines like adjectives from a number's stem: ordinals, and
/// in Russian the digit as a noun too.
fn declined(lang: Lang) -> &'static [Declined] {
    match lang.code() {
        "ru" => &[RU_DECLINED, RU_NOUNS],
        "uk" => &[UK_DECLINED],
        "pl" => &[PL_DECLINED],
        "cs" => &[CS_DECLINED],
        "sk" => &[SK_DECLINED],
        "el" => &[EL_DECLINED],
        _ => &[],
    }
}

/// How a language writes compounds as one word: the words that count only inside
/// one, and the conjunction between a unit and its ten (`fünfundzwanzig`,
/// `vijfentwintig`).
fn compounds(lang: Lang) -> Option<(Table, Option<&'static str>)> {
    Some(match lang.code() {
        "de" => (&[], Some("und")),
        "es" | "it" | "fi" => (&[], None),
        "nl" => (NL_PARTS, Some("en")),
        "sv" => (SV_PARTS, None),
        "hu" => (HU_PARTS, None),
        _ => return None,
    })
}

/// A word that works on the unit before it: Indonesian `puluh` (tens: `dua puluh`)
/// and `belas` (teens: `dua belas`), Vietnamese `mươi` (`hai mươi`), Hebrew `עשר` /
/// `עשרה` (`שלושה עשר`, 13).
fn operator(lang: Lang, w: &str) -> Option<fn(u64) -> u64> {
    let times_ten: fn(u64) -> u64 = |u| u * 10;
    let plus_ten: fn(u64) -> u64 = |u| u + 10;
    match (lang.code(), w) {
        ("id", "puluh") | ("vi", "mươi") => Some(times_ten),
        ("id", "belas") | ("he", "עשר" | "עשרה") => Some(plus_ten),
        _ => None,
    }
}

fn find(table: &[(&str, u64)], w: &str) -> Option<u64> {
    table.iter().find(|(k, _)| *k == w).map(|&(_, v)| v)
}

/// Words that join number words (`twenty and five`, `vingt et un`).
fn connector(w: &str) -> bool {
    matches!(
        w,
        "and" | "et" | "y" | "und" | "и" | "و" | "e" | "și" | "og"
    )
}

/// A cardinal word, with the Arabic and Hebrew conjunction, article and preposition
/// prefixes taken apart, and compounds written as one word (`fünfundzwanzig`,
/// `Achttausender`, `vijfentwintig`, `tjugofem`, `huszonöt`, `kaksikymmentäviisi`).
fn cardinal(table: &[(&str, u64)], lang: Lang, w: &str) -> Option<u64> {
    if let Some(v) = find(table, w) {
        return Some(v);
    }
    let prefixes: &[&str] = match lang.code() {
        "ar" => &["و", "ال", "وال", "بال", "ب"],
        "he" => &["ו", "ה", "ב", "ל", "ש", "מ", "וה", "וב", "ול", "שה"],
        _ => &[],
    };
    if let Some(v) = prefixes
        .iter()
        .find_map(|p| w.strip_prefix(p).and_then(|r| find(table, r)))
    {
        return Some(v);
    }
    let (parts, joiner) = compounds(lang)?;
    compound(table, parts, joiner, lang == Lang::DE, w)
}

/// A number compound: words of the table or of `parts_only`, maybe joined by
/// `joiner`, and in German optionally followed by `er`, `ern`, `mal` or `fach`
/// (`Achttausender`, `zweimal`) once a hundred or thousand is among the parts or the
/// suffix is `mal`/`fach`.
fn compound(
    table: &[(&str, u64)],
    parts_only: &[(&str, u64)],
    joiner: Option<&str>,
    german: bool,
    w: &str,
) -> Option<u64> {
    let mut parts = Vec::new();
    let mut rest = w;
    while !rest.is_empty() {
        if let Some(r) = joiner.and_then(|j| rest.strip_prefix(j)) {
            if !parts.is_empty() {
                rest = r;
                continue;
            }
        }
        let best = table
            .iter()
            .chain(parts_only)
            .filter(|(k, v)| rest.starts_with(k) && *v < 1_000_000 && k.len() > 2)
            .max_by_key(|(k, _)| k.len());
        match best {
            Some(&(k, v)) => {
                parts.push(v);
                rest = &rest[k.len()..];
            }
            None => break,
        }
    }
    if parts.len() < 2 && rest.is_empty() {
        return None;
    }
    let big = parts.iter().any(|&v| v == 100 || v == 1000);
    let ok = rest.is_empty()
        || (german && matches!(rest, "mal" | "fach") && !parts.is_empty())
        || (german && matches!(rest, "er" | "ern") && big);
    (ok && !parts.is_empty()).then(|| compose(&parts))
}

/// An ordinal word: from the table, German ordinals from 20, Persian ones made from
/// the cardinal, and those a language declines like adjectives in every case; also
/// the nouns some languages make of a digit (`sexa`, `пятёрка`), which like an
/// ordinal close a number-word sequence.
fn ordinal((cards, ords): (Table, Table), lang: Lang, w: &str) -> Option<u64> {
    find(ords, w).or_else(|| match lang.code() {
        "de" => de_ordinal(cards, w),
        "fa" => fa_ordinal(w),
        _ => declined(lang).iter().find_map(|d| declined_ordinal(d, w)),
    })
}

/// An ordinal declined like an adjective: one of its stems with one of its endings
/// (`первого`, `пятидесятой`, `trzeciej`, `pátého`, `πρώτη`). Every stem that begins
/// the word is tried (`пят` and `пятидесят` both begin `пятидесятой`).
fn declined_ordinal(d: &Declined, w: &str) -> Option<u64> {
    if d.not.contains(&w) {
        return None;
    }
    d.stems
        .iter()
        .filter(|(st, _)| w.starts_with(st))
        .find(|(st, _)| d.endings.contains(&&w[st.len()..]))
        .map(|&(_, v)| v)
}

/// A Persian ordinal: the cardinal with `م` or `مین` (`پنجم`, `پنجمین`, `دوم`), and
/// the irregular first and third.
fn fa_ordinal(w: &str) -> Option<u64> {
    match w {
        "اول" | "اولین" | "نخست" | "نخستین" | "یکم" | "یکمین" => {
            return Some(1)
        }
        "سوم" | "سومین" => return Some(3),
        _ => {}
    }
    let stem = w.strip_suffix("مین").or_else(|| w.strip_suffix('م'))?;
    find(FA, stem)
}

/// A German ordinal from 20 on: the cardinal (a compound too) with `-ste` and its
/// endings (`zwanzigste`, `dreiundzwanzigsten`, `hundertster`); below 20 ordinals take
/// `-te` and are in the table.
fn de_ordinal(table: &[(&str, u64)], w: &str) -> Option<u64> {
    let stem = ["sten", "ster", "stes", "stem", "ste"]
        .iter()
        .find_map(|e| w.strip_suffix(e))?;
    cardinal(table, Lang::DE, stem).filter(|&v| v >= 20)
}

/// [`joins`], with the orders of a language's own: French counts by twenties
/// (`soixante-dix` 70, `quatre-vingt-onze` 91) and says `dix-sept`; Arabic puts the
/// units first (`خمسة وعشرون`, five and twenty); Vietnamese says ten-two for 12.
fn joins_in(lang: Lang, last: u64, next: u64) -> bool {
    joins(last, next)
        || match lang.code() {
            "fr" => {
                (last == 10 && (7..=9).contains(&next))
                    || ((last == 60 || last == 80) && (1..=19).contains(&next))
            }
            "ar" => last < 10 && (20..100).contains(&next) && next % 10 == 0,
            // Vietnamese teens are ten and the unit (`mười hai`, 12).
            "vi" => last == 10 && next < 10,
            _ => false,
        }
}

/// Whether cardinal `next` continues a number whose last word was `last`
/// (`twenty five`, `two hundred`, `hundred and five`), rather than starting another.
fn joins(last: u64, next: u64) -> bool {
    match next {
        100 => last < 100,
        1000 | 1_000_000 => last < 1000 || last == 100,
        _ => {
            ((20..100).contains(&last) && last % 10 == 0 && next < 10)
                || (last % 100 == 0 && next < 100)
        }
    }
}

/// The value of a sequence of cardinal words: hundreds multiply what precedes them,
/// thousands and millions close a group.
fn compose(parts: &[u64]) -> u64 {
    let (mut total, mut current) = (0u64, 0u64);
    for &v in parts {
        match v {
            100 => current = current.max(1) * 100,
            1000 | 1_000_000 => {
                total += current.max(1) * v;
                current = 0;
            }
            _ => current += v,
        }
    }
    total + current
}

/// The value of a Roman numeral of capital letters (`XIV`), if it is one written the
/// canonical way.
fn roman(w: &str) -> Option<u64> {
    let val = |c: char| match c {
        'I' => Some(1),
        'V' => Some(5),
        'X' => Some(10),
        'L' => Some(50),
        'C' => Some(100),
        'D' => Some(500),
        'M' => Some(1000),
        _ => None,
    };
    let ds: Vec<i64> = w.chars().map(val).collect::<Option<_>>()?;
    let mut v = 0i64;
    for (k, &d) in ds.iter().enumerate() {
        if ds.get(k + 1).is_some_and(|&n| n > d) {
            v -= d;
        } else {
            v += d;
        }
    }
    let v = u64::try_from(v).ok().filter(|&v| v > 0)?;
    (to_roman(v) == w).then_some(v)
}

fn to_roman(mut v: u64) -> String {
    #[rustfmt::skip]
    const T: [(u64, &str); 13] = [
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ];
    let mut s = String::new();
    for (n, r) in T {
        while v >= n {
            s.push_str(r);
            v -= n;
        }
    }
    s
}

/// Words of `text` (letters and combining marks) with their byte ranges. The vowel
/// signs, viramas and nuktas of the Indic scripts belong to their word (`ग्यारह`), their
/// dandas and digits do not; in Ukrainian the apostrophe is part of the word (`п'ять`).
fn word_spans(text: &str, lang: Lang) -> Vec<(usize, usize)> {
    let apostrophe = lang.code() == "uk";
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (b, c) in text.char_indices() {
        let indic_mark = matches!(c as u32, 0x0900..=0x0DFF)
            && !c.is_numeric()
            && !matches!(c, '\u{964}' | '\u{965}');
        let inner_apostrophe = apostrophe && start.is_some() && matches!(c, '\'' | '’' | 'ʼ');
        let letter = (c.is_alphabetic()
            || indic_mark
            || inner_apostrophe
            || matches!(c as u32, 0x0300..=0x036F | 0x064B..=0x065F))
            && !alinea_text::script::is_unspaced(c);
        match (letter, start) {
            (true, None) => start = Some(b),
            (false, Some(s)) => {
                out.push((s, b));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

/// Soft mentions of `text`: number-word sequences, ordinal words and Roman numerals
/// that do not overlap the mentions `taken` already found.
pub(super) fn scan(text: &str, lang: Lang, taken: &[Mention]) -> Vec<Mention> {
    let (cards, ords) = tables(lang);
    let latin = !lang.is_rtl() && !lang.is_unspaced();
    let spans = word_spans(text, lang);
    // One apostrophe for the Ukrainian tables (`п’ять`, `пʼять` = `п'ять`).
    let lower = |r: &str| r.to_lowercase().replace(['’', 'ʼ'], "'");
    let free = |s: usize, e: usize| !taken.iter().any(|m| m.start < e && s < m.end);
    let mut out = Vec::new();
    let mut k = 0;
    while k < spans.len() {
        let (s, e) = spans[k];
        let raw = &text[s..e];
        let w = lower(raw);
        if !free(s, e) {
            k += 1;
            continue;
        }
        if let Some(v) = cardinal(cards, lang, &w) {
            // Extend over following number words, joined by spaces, hyphens or a
            // connector word.
            let mut parts = vec![v];
            let mut end = e;
            let mut j = k + 1;
            // French `quatre-vingt(s)`: four twenties.
            if lang.code() == "fr" && w == "quatre" {
                if let Some(&(s2, e2)) = spans.get(k + 1) {
                    let gap = &text[e..s2];
                    let next = lower(&text[s2..e2]);
                    if matches!(gap, "-" | " ") && matches!(next.as_str(), "vingt" | "vingts") {
                        parts = vec![80];
                        end = e2;
                        j = k + 2;
                    }
                }
            }
            while j < spans.len() {
                let gap = &text[end..spans[j].0];
                if !gap.chars().all(|c| c == ' ' || c == '-') {
                    break;
                }
                let next = lower(&text[spans[j].0..spans[j].1]);
                let last = parts[parts.len() - 1];
                if let Some(op) = operator(lang, &next).filter(|_| last < 10) {
                    // `dua puluh`, `dua belas`, `שלושה עשר`.
                    let n = parts.len();
                    parts[n - 1] = op(last);
                    end = spans[j].1;
                    j += 1;
                } else if let Some(v) =
                    cardinal(cards, lang, &next).filter(|&v| joins_in(lang, last, v))
                {
                    parts.push(v);
                    end = spans[j].1;
                    j += 1;
                } else if let Some(v) =
                    ordinal((cards, ords), lang, &next).filter(|&v| joins_in(lang, last, v))
                {
                    // An ordinal closes the number (`twenty-first`, `двадцать первого`).
                    parts.push(v);
                    end = spans[j].1;
                    j += 1;
                    break;
                } else if connector(&next) && j + 1 < spans.len() {
                    let after = lower(&text[spans[j + 1].0..spans[j + 1].1]);
                    let last = parts[parts.len() - 1];
                    let goes_on = |v: u64| joins_in(lang, last, v);
                    if !cardinal(cards, lang, &after).is_some_and(goes_on)
                        && !ordinal((cards, ords), lang, &after).is_some_and(goes_on)
                    {
                        break;
                    }
                    // The next gap is measured from the connector (`vingt et un`).
                    end = spans[j].1;
                    j += 1;
                } else {
                    break;
                }
            }
            out.push(soft(s, end, compose(&parts)));
            k = j;
            continue;
        }
        if let Some(v) = ordinal((cards, ords), lang, &w) {
            let (v, end, next) = arabic_ordinal_tens(text, lang, &spans, k, v);
            out.push(soft(s, end, v));
            k = next;
            continue;
        } else if let Some(m) = latin
            .then(|| {
                find(MONTHS, &w).or_else(|| {
                    (lang == Lang::EN)
                        .then(|| english_may(text, raw, s, e))
                        .flatten()
                })
            })
            .flatten()
        {
            out.push(Mention {
                start: s,
                end: e,
                values: vec![Value::Month(m as u8)],
                hard: false,
            });
        } else if let Some(t) = latin.then(|| find(NOON, &w)).flatten() {
            out.push(Mention {
                start: s,
                end: e,
                values: vec![Value::Time(t as u16)],
                hard: false,
            });
        } else if latin && !(lang == Lang::EN && raw == "I") {
            if let Some(v) = roman(raw) {
                out.push(soft(s, e, v));
            }
        }
        k += 1;
    }
    out
}

/// An Arabic ordinal with the ten after it: `الحادية عشرة` (11th), `الخامسة والسبعين`
/// (75th, the unit first). Gives the value, where the number ends and the next span
/// to read.
fn arabic_ordinal_tens(
    text: &str,
    lang: Lang,
    spans: &[(usize, usize)],
    k: usize,
    v: u64,
) -> (u64, usize, usize) {
    let end = spans[k].1;
    let Some(&(s2, e2)) = spans.get(k + 1) else {
        return (v, end, k + 1);
    };
    if lang != Lang::AR || v >= 10 || !text[end..s2].chars().all(|c| c == ' ') {
        return (v, end, k + 1);
    }
    let next = &text[s2..e2];
    // The ten comes after `و` ("and"), which the cardinal reading takes apart.
    let ten = match next {
        "عشر" | "عشرة" => Some(10),
        _ if next.starts_with('و') => {
            cardinal(AR, lang, next).filter(|t| (20..100).contains(t) && t % 10 == 0)
        }
        _ => None,
    };
    match ten {
        Some(t) => (v + t, e2, k + 2),
        None => (v, end, k + 1),
    }
}

/// English `May` is a month only in a date, where a day or a year stands next to it
/// (`1 May 2020`, `May 1`, `May 2020`); elsewhere it is the verb.
fn english_may(text: &str, raw: &str, s: usize, e: usize) -> Option<u64> {
    if raw != "May" {
        return None;
    }
    let before = text[..s]
        .trim_end_matches([' ', '\u{a0}'])
        .chars()
        .next_back();
    let after = text[e..].trim_start_matches([' ', '\u{a0}']).chars().next();
    (before.is_some_and(|c| c.is_ascii_digit()) || after.is_some_and(|c| c.is_ascii_digit()))
        .then_some(5)
}

fn soft(start: usize, end: usize, v: u64) -> Mention {
    Mention {
        start,
        end,
        values: vec![whole(v)],
        hard: false,
    }
}

/// The power of ten of a multiplier word at the start of `rest` (after spaces):
/// `million`, `Millionen`, `млн`, `万`, …
pub(super) fn multiplier(rest: &str) -> Option<u32> {
    let rest = rest.trim_start_matches([' ', '\u{a0}']);
    if let Some(c) = rest.chars().next() {
        match c {
            '万' | '萬' => return Some(4),
            '亿' | '億' => return Some(8),
            _ => {}
        }
    }
    let w: String = rest
        .chars()
        .take_while(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    #[rustfmt::skip]
    const WORDS: [(&str, u32); 12] = [
        ("thousand", 3), ("тысяч", 3), ("тыс", 3), ("ألف", 3), ("آلاف", 3), ("هزار", 3),
        ("milliard", 9), ("miliard", 9), ("billion", 9), ("миллиард", 9), ("млрд", 9),
        ("مليار", 9),
    ];
    if let Some(&(_, p)) = WORDS.iter().find(|(k, _)| w.starts_with(k)) {
        return Some(p);
    }
    const MILLION: [&str; 8] = [
        "million",
        "millón",
        "millones",
        "milion",
        "миллион",
        "млн",
        "مليون",
        "میلیون",
    ];
    (MILLION.iter().any(|k| w.starts_with(k)) || w == "mio").then_some(6)
}
