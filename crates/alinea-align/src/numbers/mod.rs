//! Numbers as values, for the `number_mismatch` flag.
//!
//! A translation keeps what a number *means*, not how it is written: `1,000.5`,
//! `1 000,5` and `1.000,5` are one value, `一九五七年` is 1957, `fünf Uhr` is five
//! o'clock and `6 p.m.` is `18 h`. [`mentions`] reads every number of a text as a
//! [`Mention`] with the values it may stand for (a separator can be ambiguous: `1,000`
//! is a thousand in English and one in German, so both are kept and the other side
//! decides), and [`compare`] pairs the mentions of a bead's two sides.
//!
//! Mentions are *hard* or *soft*. Digits, document symbols and Chinese year-like digit
//! runs are hard: a translation keeps them, so one without a partner is a mismatch.
//! Number words (`one`, `un`, `ein`, `一`), Roman numerals and ordinal words are soft:
//! they double as articles, pronouns and idioms, so they may stand in for a number on
//! the other side but are never missed themselves.

mod cjk;
mod dates;
mod digits;
mod money;
mod tables;
mod time;
mod words;
mod years;

use alinea_text::Lang;

/// What a mention may mean.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Value {
    /// A number in canonical decimal form (`1000.5`, `1957`, `0.25`).
    Num(String),
    /// A time of day in minutes after midnight.
    Time(u16),
    /// A document symbol such as `a/res/73/27`, lowercased, digits folded.
    Symbol(String),
    /// A month (1–12): a month name (`April`, `juillet`), or the month of a date
    /// written in digits (the `03` of `12.03.2020`). Apart from the plain number, so
    /// that `April` cannot stand in for the day of `4 aprilie` when the day changed.
    Month(u8),
}

/// One number found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Byte range in the text.
    pub start: usize,
    /// End of the byte range (exclusive).
    pub end: usize,
    /// Every value the mention may stand for (at least one).
    pub values: Vec<Value>,
    /// Whether a translation must keep it (see the module docs).
    pub hard: bool,
}

/// A number of one side with no counterpart on the other.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumberRef {
    /// The unit (sentence or paragraph) it is in.
    pub unit: usize,
    /// Byte range in that unit's text.
    pub start: usize,
    /// End of the byte range (exclusive).
    pub end: usize,
    /// The number as written.
    pub text: String,
}

/// The numbers of a bead that differ between its two sides.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NumberDiff {
    /// Source numbers with no counterpart in the target.
    pub src_only: Vec<NumberRef>,
    /// Target numbers with no counterpart in the source.
    pub tgt_only: Vec<NumberRef>,
}

impl NumberDiff {
    /// Whether both sides agree.
    pub fn is_empty(&self) -> bool {
        self.src_only.is_empty() && self.tgt_only.is_empty()
    }
}

/// Builds a canonical decimal from integer digits and fraction digits (ASCII).
pub(crate) fn decimal(int: &str, frac: &str) -> Value {
    let int = int.trim_start_matches('0');
    let frac = frac.trim_end_matches('0');
    let int = if int.is_empty() { "0" } else { int };
    if frac.is_empty() {
        Value::Num(int.to_owned())
    } else {
        Value::Num(format!("{int}.{frac}"))
    }
}

/// The canonical decimal of a whole number.
pub(crate) fn whole(n: u64) -> Value {
    Value::Num(n.to_string())
}

/// Every number of `text`, read with the conventions of `lang`, in text order.
pub fn mentions(text: &str, lang: Lang) -> Vec<Mention> {
    let mut out = digits::scan(text, lang);
    out.extend(cjk::scan(text));
    out.extend(words::scan(text, lang, &out));
    out.sort_by_key(|m| m.start);
    let mut out = time::apply(text, out);
    out = money::apply(text, out);
    dates::apply(text, &mut out);
    years::apply(text, &mut out);
    scale(text, &mut out);
    out
}

/// `3 million`, `3 millions`, `3万`: a number followed by a multiplier word may stand
/// for the product too.
fn scale(text: &str, out: &mut [Mention]) {
    for m in out.iter_mut() {
        let rest = &text[m.end..];
        let Some(factor) = words::multiplier(rest) else {
            continue;
        };
        let extra: Vec<Value> = m
            .values
            .iter()
            .filter_map(|v| match v {
                Value::Num(s) => times_factor(s, factor),
                _ => None,
            })
            .collect();
        m.values.extend(extra);
    }
}

/// `s × factor` for a canonical decimal `s` and a power of ten `factor`.
fn times_factor(s: &str, factor: u32) -> Option<Value> {
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    let zeros = (factor as usize).checked_sub(frac.len())?;
    Some(decimal(&format!("{int}{frac}{}", "0".repeat(zeros)), ""))
}

/// The mentions of a group of units: `(unit, mention)`.
fn group(units: &[(usize, &str)], lang: Lang) -> Vec<(usize, Mention)> {
    units
        .iter()
        .flat_map(|&(u, t)| mentions(t, lang).into_iter().map(move |m| (u, m)))
        .collect()
}

/// Pairs the numbers of a bead's two sides and returns those of either side that find
/// no partner. Only hard mentions can be left over; a soft one may partner a hard one.
/// Each side's hard mentions are matched on their own (Kuhn's augmenting paths over
/// mentions that share a value); by the Mendelsohn–Dulmage theorem both sides' hard
/// mentions can then be covered by one matching exactly when each can on its own.
pub fn compare(
    src: &[(usize, &str)],
    src_lang: Lang,
    tgt: &[(usize, &str)],
    tgt_lang: Lang,
) -> NumberDiff {
    let ms = group(src, src_lang);
    let mt = group(tgt, tgt_lang);
    let refs = |side: &[(usize, &str)], all: &[(usize, Mention)], left: Vec<usize>| {
        left.into_iter()
            .map(|k| {
                let (u, m) = &all[k];
                let text = side
                    .iter()
                    .find(|(v, _)| v == u)
                    .map_or("", |(_, t)| &t[m.start..m.end]);
                NumberRef {
                    unit: *u,
                    start: m.start,
                    end: m.end,
                    text: text.to_owned(),
                }
            })
            .collect()
    };
    NumberDiff {
        src_only: refs(src, &ms, unmatched(&ms, &mt)),
        tgt_only: refs(tgt, &mt, unmatched(&mt, &ms)),
    }
}

fn shares(a: &Mention, b: &Mention) -> bool {
    a.values.iter().any(|v| b.values.contains(v))
}

/// Hard mentions of `a` left unmatched by a maximum matching into `b` (soft mentions
/// of `b` partner hard ones only).
fn unmatched(a: &[(usize, Mention)], b: &[(usize, Mention)]) -> Vec<usize> {
    let mut owner: Vec<Option<usize>> = vec![None; b.len()];
    let mut left = Vec::new();
    for (k, (_, m)) in a.iter().enumerate() {
        if !m.hard {
            continue;
        }
        let mut seen = vec![false; b.len()];
        if !augment(k, a, b, &mut owner, &mut seen) {
            left.push(k);
        }
    }
    left
}

fn augment(
    k: usize,
    a: &[(usize, Mention)],
    b: &[(usize, Mention)],
    owner: &mut [Option<usize>],
    seen: &mut [bool],
) -> bool {
    for (j, (_, m)) in b.iter().enumerate() {
        if seen[j] || !shares(&a[k].1, m) {
            continue;
        }
        seen[j] = true;
        if owner[j].is_none_or(|o| augment(o, a, b, owner, seen)) {
            owner[j] = Some(k);
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests;
