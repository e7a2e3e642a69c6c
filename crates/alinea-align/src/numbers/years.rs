//! A span of years written with its second year cut to its last two digits, as
//! seasons, school and fiscal years are (`1952/53`, `2019-20`, `1954–55`): the short
//! year may stand for the whole one, so that `1952/53` partners `1952 und 1953`.

use super::{Mention, Value};

/// Adds the whole year to each two-digit mention of `out` (sorted by position) that
/// directly follows a four-digit year across `/`, `-` or an en dash, and comes after
/// it (`1999/00` runs into the next century). The two-digit reading is kept.
pub(super) fn apply(text: &str, out: &mut [Mention]) {
    for k in 1..out.len() {
        let (first, second) = (&out[k - 1], &out[k]);
        if !matches!(&text[first.end..second.start], "/" | "-" | "–") {
            continue;
        }
        let (Some(year), Some(short)) = (whole(text, first, 4), whole(text, second, 2)) else {
            continue;
        };
        if !(1000..3000).contains(&year) {
            continue;
        }
        let (century, last) = (year / 100 * 100, year % 100);
        let full = if short > last {
            century + short
        } else if last == 99 && short == 0 {
            century + 100
        } else {
            continue;
        };
        let v = Value::Num(full.to_string());
        if !out[k].values.contains(&v) {
            out[k].values.push(v);
        }
    }
}

/// The value of a hard mention written as exactly `width` ASCII digits.
fn whole(text: &str, m: &Mention, width: usize) -> Option<u32> {
    let s = &text[m.start..m.end];
    if !m.hard || s.len() != width || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}
