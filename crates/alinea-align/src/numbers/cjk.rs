//! Chinese (and Japanese) numerals: positional digit runs (`一九五七` = 1957,
//! `二〇〇八` = 2008) and numbers with multipliers (`二百三十` = 230, `两千` = 2000,
//! `三万五千` = 35 000, `一亿` = 10⁸).
//!
//! Only positional runs of four or more digits (years) are hard: shorter numerals are
//! everywhere in idioms, approximations and measure phrases (`一些`, `千万`, `三四个`,
//! `七零八落`, `一九六几年`), so they may stand in for a number of the other side but
//! are never missed.

use super::{whole, Mention};

fn digit(c: char) -> Option<u64> {
    Some(match c {
        '〇' | '○' | '零' => 0,
        '一' => 1,
        '二' | '两' | '兩' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

fn multiplier(c: char) -> Option<u64> {
    Some(match c {
        '十' => 10,
        '百' => 100,
        '千' => 1000,
        '万' | '萬' => 10_000,
        '亿' | '億' => 100_000_000,
        _ => return None,
    })
}

fn numeral(c: char) -> bool {
    digit(c).is_some() || multiplier(c).is_some()
}

/// The value of a run of numeral characters, or `None` for runs that are not one
/// number (`三四百`, "three or four hundred").
pub(super) fn value(run: &[char]) -> Option<u64> {
    if run.iter().all(|&c| digit(c).is_some()) {
        if run.len() == 1 {
            return digit(run[0]);
        }
        // `两` is no positional digit.
        if run.iter().any(|&c| matches!(c, '两' | '兩')) {
            return None;
        }
        return run
            .iter()
            .try_fold(0u64, |acc, &c| acc.checked_mul(10)?.checked_add(digit(c)?));
    }
    let (mut big, mut mid, mut small) = (0u64, 0u64, 0u64);
    let mut d: Option<u64> = None;
    for &c in run {
        if let Some(v) = digit(c) {
            match d {
                Some(p) if p != 0 => return None,
                _ => d = Some(v),
            }
            continue;
        }
        match multiplier(c)? {
            m @ (10 | 100 | 1000) => small += d.take().unwrap_or(1) * m,
            10_000 => {
                let s = small + d.take().unwrap_or(0);
                mid += s.max(1) * 10_000;
                small = 0;
            }
            _ => {
                let s = mid + small + d.take().unwrap_or(0);
                big += s.max(1) * 100_000_000;
                mid = 0;
                small = 0;
            }
        }
    }
    Some(big + mid + small + d.unwrap_or(0))
}

/// Every numeral run of `text`.
pub(super) fn scan(text: &str) -> Vec<Mention> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut k = 0;
    while k < chars.len() {
        if !numeral(chars[k].1) {
            k += 1;
            continue;
        }
        let s = k;
        while k < chars.len() && numeral(chars[k].1) {
            k += 1;
        }
        let run: Vec<char> = chars[s..k].iter().map(|&(_, c)| c).collect();
        let Some(v) = value(&run) else { continue };
        let positional = run.len() >= 4 && run.iter().all(|&c| digit(c).is_some());
        out.push(Mention {
            start: chars[s].0,
            end: chars.get(k).map_or(text.len(), |&(b, _)| b),
            values: vec![whole(v)],
            hard: positional,
        });
    }
    out
}
