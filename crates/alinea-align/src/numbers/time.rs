//! Times of day written with a word after the number: `6 p.m.`, `18 h`, `18h30`,
//! `15 h. 30`, `15.30 Uhr`, `fünf Uhr`, `five o'clock`, `6 heures`.
//!
//! A time gets the values it may mean in minutes after midnight (`5 Uhr` is 5:00 or
//! 17:00; `6 h` is 6:00; `6 p.m.` only 18:00). Without `a.m.`/`p.m.` it keeps its
//! number value too: `5 heures` and `5 h` are also durations.

use super::{Mention, Value};

/// Minutes written after the hour: `h30`, ` h 30`, `h. 30` (two digits).
fn minutes(rest: &str) -> Option<(u16, usize)> {
    let t = rest.trim_start_matches('.');
    let skipped = rest.len() - t.len();
    let t2 = t.trim_start_matches(' ');
    let skipped = skipped + t.len() - t2.len();
    let mut it = t2.chars();
    let (a, b) = (it.next()?.to_digit(10)?, it.next()?.to_digit(10)?);
    if it.next().is_some_and(|c| c.is_ascii_digit()) {
        return None;
    }
    let m = (a * 10 + b) as u16;
    (m < 60).then_some((m, skipped + 2))
}

/// Whether `rest` starts with `word` followed by no letter, case-insensitively.
fn word_at(rest: &str, word: &str) -> Option<usize> {
    let head = rest.get(..word.len())?;
    if !head.eq_ignore_ascii_case(word) && head.to_lowercase() != word {
        return None;
    }
    let after = rest[word.len()..].chars().next();
    (!after.is_some_and(char::is_alphabetic)).then_some(word.len())
}

/// What a clock word says about the hour.
enum Half {
    /// `a.m.`: the morning; the number is no longer a plain number.
    Am,
    /// `p.m.`: the afternoon or evening.
    Pm,
    /// `18 h`: a 24-hour clock (or a duration).
    Day,
    /// `Uhr`, `heures`, `o'clock`: either half (or a duration).
    Either,
}

/// The clock word after a number: its length in bytes, the minutes it carries and the
/// half of the day it names.
fn clock_word(rest: &str) -> Option<(usize, Option<u16>, Half)> {
    for w in ["p.m.", "p. m.", "pm"] {
        if let Some(n) = word_at(rest, w) {
            return Some((n, None, Half::Pm));
        }
    }
    // The part of the day after the hour: `seis de la tarde`, `6 du soir`, `5 утра`.
    for w in [
        "de la tarde",
        "de la noche",
        "du soir",
        "de l'après-midi",
        "de l’après-midi",
        "abends",
        "nachmittags",
        "вечера",
    ] {
        if let Some(n) = word_at(rest, w) {
            return Some((n, None, Half::Pm));
        }
    }
    for w in ["de la mañana", "du matin", "morgens", "утра"] {
        if let Some(n) = word_at(rest, w) {
            return Some((n, None, Half::Am));
        }
    }
    for w in ["a.m.", "a. m.", "am"] {
        if let Some(n) = word_at(rest, w) {
            return Some((n, None, Half::Am));
        }
    }
    if let Some(n) = word_at(rest, "h") {
        return Some(match minutes(&rest[n..]) {
            Some((m, k)) => (n + k, Some(m), Half::Day),
            None => (n, None, Half::Day),
        });
    }
    // Chinese `21时37分`, `6点`; Japanese `15時30分`.
    if let Some(c @ ('时' | '時' | '点' | '點')) = rest.chars().next() {
        let n = c.len_utf8();
        let digits: String = rest[n..].chars().take_while(char::is_ascii_digit).collect();
        let m: Option<u16> = digits.parse().ok().filter(|&m| m < 60 && digits.len() <= 2);
        return Some(match m {
            Some(m) if rest[n + digits.len()..].starts_with('分') => {
                (n + digits.len() + '分'.len_utf8(), Some(m), Half::Day)
            }
            _ => (n, None, Half::Either),
        });
    }
    for w in [
        "uhr",
        "o'clock",
        "o’clock",
        "heures",
        "heure",
        "horas",
        "hora",
        "часов",
        "часа",
    ] {
        if let Some(n) = word_at(rest, w) {
            return Some((n, None, Half::Either));
        }
    }
    None
}

/// The hour and minutes of a mention's own text: `18`, `fünf`, `15.30`, `6,30`.
fn hour_of(text: &str, m: &Mention) -> Option<(u16, Option<u16>)> {
    if m.values.iter().any(|v| matches!(v, Value::Time(_))) {
        return None;
    }
    let raw = &text[m.start..m.end];
    if let Some((h, mm)) = raw.split_once(['.', ',']) {
        if h.len() <= 2 && mm.len() == 2 {
            let (h, mm): (u16, u16) = (h.parse().ok()?, mm.parse().ok()?);
            return (h <= 24 && mm < 60).then_some((h, Some(mm)));
        }
    }
    match m.values.first()? {
        Value::Num(s) => s
            .parse::<u16>()
            .ok()
            .filter(|&h| h <= 24)
            .map(|h| (h, None)),
        _ => None,
    }
}

/// Adds time values to mentions followed by a clock word, extends them over it and
/// drops the minutes they absorb.
pub(super) fn apply(text: &str, mentions: Vec<Mention>) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::with_capacity(mentions.len());
    for mut m in mentions {
        if out.last().is_some_and(|p: &Mention| m.start < p.end) {
            continue;
        }
        if let Some((h, own_min)) = hour_of(text, &m) {
            let rest = &text[m.end..];
            let trimmed = rest.trim_start_matches([' ', '\u{a0}']);
            let gap = rest.len() - trimmed.len();
            if let Some((n, min, half)) = clock_word(trimmed) {
                let min = own_min.or(min).unwrap_or(0);
                let times: Vec<u16> = match half {
                    Half::Pm if (1..=12).contains(&h) => vec![h % 12 + 12],
                    Half::Am if h <= 12 => vec![h % 12],
                    Half::Either if (1..12).contains(&h) => vec![h, h + 12],
                    Half::Either | Half::Day => vec![h],
                    _ => vec![],
                };
                if !times.is_empty() {
                    // With a.m. or p.m. the number is a time and nothing else.
                    if matches!(half, Half::Am | Half::Pm) {
                        m.values.clear();
                    }
                    m.values
                        .extend(times.into_iter().map(|h| Value::Time(h * 60 + min)));
                    m.end += gap + n;
                }
            }
        }
        out.push(m);
    }
    out
}
