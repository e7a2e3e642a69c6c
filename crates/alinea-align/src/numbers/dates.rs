//! The month of a date written in digits, so that it can partner a month name on the
//! other side (`12.03.2020` = `12 mars 2020`, `3月` = `March`) while a month name
//! never partners a day or any other number (`4 aprilie` / `April 7`: the day changed).
//!
//! The digit scanner reads `12.03.2020` as three numbers; here a run of three whole
//! numbers joined by one kind of date separator is read as a date when its parts fit:
//! day.month.year (`.`, `/`, `-`; `12. 3. 2020` too), year-month-day (`-`, `/`), and
//! with `/` also month/day/year, the American order (both readings kept when both fit:
//! `3/4/2020`). A whole number directly followed by `月` (Chinese, Japanese) or `월`
//! (Korean) is a month.

use super::{Mention, Value};

/// Adds [`Value::Month`] to the mentions of `out` (sorted by position) that are the
/// month of a date.
pub(super) fn apply(text: &str, out: &mut [Mention]) {
    let whole = |m: &Mention| -> Option<u32> {
        if !m.hard || m.values.len() != 1 {
            return None;
        }
        match &m.values[0] {
            Value::Num(s) if s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit()) => {
                s.parse().ok()
            }
            _ => None,
        }
    };
    let mut months: Vec<(usize, u8)> = Vec::new();
    for k in 0..out.len() {
        let Some(n) = whole(&out[k]) else {
            continue;
        };
        if (1..=12).contains(&n) && text[out[k].end..].starts_with(['月', '월']) {
            months.push((k, n as u8));
        }
        if k + 2 >= out.len() {
            continue;
        }
        let (Some(b), Some(c)) = (whole(&out[k + 1]), whole(&out[k + 2])) else {
            continue;
        };
        let (Some(s1), Some(s2)) = (
            separator(&text[out[k].end..out[k + 1].start]),
            separator(&text[out[k + 1].end..out[k + 2].start]),
        ) else {
            continue;
        };
        if s1 != s2 {
            continue;
        }
        let digits = |i: usize| out[i].end - out[i].start;
        let day = |x: u32| (1..=31).contains(&x);
        let month = |x: u32| (1..=12).contains(&x);
        let year = |i: usize| matches!(digits(i), 2 | 4);
        if digits(k) == 4 && s1 != '.' && month(b) && day(c) {
            months.push((k + 1, b as u8));
            continue;
        }
        if !year(k + 2) {
            continue;
        }
        if day(n) && month(b) {
            months.push((k + 1, b as u8));
        }
        if s1 == '/' && month(n) && day(b) {
            months.push((k, n as u8));
        }
    }
    for (k, m) in months {
        let v = Value::Month(m);
        if !out[k].values.contains(&v) {
            out[k].values.push(v);
        }
    }
}

/// The date separator a gap between two numbers is (`.`, `/`, `-`, with at most one
/// space after a full stop), if it is one.
fn separator(gap: &str) -> Option<char> {
    match gap {
        "." | ". " => Some('.'),
        "/" => Some('/'),
        "-" => Some('-'),
        _ => None,
    }
}
