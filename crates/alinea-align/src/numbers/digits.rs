//! Numbers written with digits: separators, decimal marks, clock times, ordinals,
//! vulgar fractions and document symbols.

use alinea_text::script::is_unspaced;
use alinea_text::Lang;

use super::{decimal, Mention, Value};
use crate::text::fold_digit;

/// Languages whose decimal mark is the point and whose thousands separator is the
/// comma: there `1,000` is a thousand and `1.000` is one. Elsewhere both readings of a
/// lone `.` or `,` before three digits are kept and the other side decides.
fn decimal_point(lang: Lang) -> bool {
    [Lang::EN, Lang::ZH, Lang::JA, Lang::KO].contains(&lang)
}

/// Separators that only ever group thousands.
fn grouping_only(c: char) -> bool {
    matches!(
        c,
        ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '\'' | '’' | '٬'
    )
}

fn separator(c: char) -> bool {
    grouping_only(c) || matches!(c, '.' | ',' | '٫')
}

/// The ASCII form of a full-width point or comma: text written with full-width digits
/// (`２．５`, `１，２００`) writes its decimal and grouping marks full width too.
fn full_width_mark(c: char) -> char {
    match c {
        '．' => '.',
        '，' => ',',
        c => c,
    }
}

/// Value of a vulgar fraction sign, as decimal digits after the point.
fn vulgar(c: char) -> Option<&'static str> {
    Some(match c {
        '½' => "5",
        '¼' => "25",
        '¾' => "75",
        '⅛' => "125",
        _ => return None,
    })
}

/// Document symbols (`A/RES/73/27`): whitespace-separated chunks with a digit and a
/// slash-separated part of letters of a spaced script.
fn symbols(text: &str) -> Vec<Mention> {
    let base = text.as_ptr() as usize;
    let mut out = Vec::new();
    for chunk in text.split_whitespace() {
        let trimmed = chunk.trim_matches(|c: char| !c.is_alphanumeric());
        // One slash-separated part is letters only (`A/RES/…`, `…/CN.4/…` has `E`):
        // `S.91/92` and `1954/55` are numbers.
        let word_part = trimmed
            .split('/')
            .any(|p| !p.is_empty() && p.chars().all(|c| c.is_alphabetic() && !is_unspaced(c)));
        if trimmed.contains('/') && word_part && trimmed.chars().any(|c| fold_digit(c).is_some()) {
            let start = trimmed.as_ptr() as usize - base;
            let sym: String = trimmed
                .chars()
                .map(|c| fold_digit(c).unwrap_or(c))
                .flat_map(char::to_lowercase)
                .collect();
            out.push(Mention {
                start,
                end: start + trimmed.len(),
                values: vec![Value::Symbol(sym)],
                hard: true,
            });
        }
    }
    out
}

/// One run of digit groups joined by separators, as read from the text.
struct Run {
    /// Digit groups (ASCII) with their byte ranges.
    groups: Vec<(String, usize, usize)>,
    /// The separator after each group but the last.
    seps: Vec<char>,
}

/// Reads every number of `text` written with digits.
pub(super) fn scan(text: &str, lang: Lang) -> Vec<Mention> {
    let mut out = symbols(text);
    let skip: Vec<(usize, usize)> = out.iter().map(|m| (m.start, m.end)).collect();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let at = |k: usize| chars.get(k).map(|&(_, c)| c);
    let byte = |k: usize| chars.get(k).map_or(text.len(), |&(b, _)| b);
    let mut k = 0;
    while k < chars.len() {
        let (b, c) = chars[k];
        if let Some(frac) = vulgar(c) {
            out.push(Mention {
                start: b,
                end: b + c.len_utf8(),
                values: vec![decimal("0", frac)],
                hard: true,
            });
            k += 1;
            continue;
        }
        if fold_digit(c).is_none() || skip.iter().any(|&(s, e)| s <= b && b < e) {
            k += 1;
            continue;
        }
        // Read digit groups and the separators between them.
        let mut run = Run {
            groups: Vec::new(),
            seps: Vec::new(),
        };
        loop {
            let start = byte(k);
            let mut g = String::new();
            while let Some(d) = at(k).and_then(fold_digit) {
                g.push(d);
                k += 1;
            }
            run.groups.push((g, start, byte(k)));
            match (at(k), at(k + 1)) {
                (Some(s), Some(n)) if separator(full_width_mark(s)) && fold_digit(n).is_some() => {
                    run.seps.push(full_width_mark(s));
                    k += 1;
                }
                _ => break,
            }
        }
        let mut pieces = interpret(&run, lang);
        // A clock time `18:30` (the colon is no number separator).
        if let Some(last) = pieces.last_mut() {
            if let Some((m, next)) = clock(text, &chars, k, last) {
                *last = m;
                k = next;
            }
        }
        // Suffixes of the last piece: `1.º`, `1st`, `3e`, `2½`.
        if let Some(last) = pieces.last_mut() {
            if at(k) == Some('.') && matches!(at(k + 1), Some('º' | 'ª')) {
                k += 2;
                last.end = byte(k);
            }
            let gap = usize::from(at(k) == Some(' '));
            if let Some(frac) = at(k + gap).and_then(vulgar) {
                if let [Value::Num(int)] = last.values.as_slice() {
                    if !int.contains('.') {
                        last.values = vec![decimal(int, frac)];
                        k += gap + 1;
                        last.end = byte(k);
                    }
                }
            }
            let glued = k;
            while at(k).is_some_and(|c| c.is_alphabetic() && !is_unspaced(c)) {
                k += 1;
            }
            // `18h30` leaves the `h` for the clock reading of `time`.
            if at(glued) == Some('h') && at(glued + 1).and_then(fold_digit).is_some() {
                k = glued;
            }
        }
        out.extend(pieces);
    }
    out
}

/// The colon of a clock time: Chinese and Japanese text writes it full width
/// (`21：37`), as it writes its other punctuation; U+2236 is the ratio sign that some
/// converters produce for it.
fn clock_colon(c: char) -> bool {
    matches!(c, ':' | '：' | '∶')
}

/// `18:30` or `6:05` after a one- or two-digit number ending at `k`.
fn clock(
    text: &str,
    chars: &[(usize, char)],
    k: usize,
    last: &Mention,
) -> Option<(Mention, usize)> {
    let h: u16 = match last.values.as_slice() {
        [Value::Num(s)] if s.len() <= 2 && !s.contains('.') => s.parse().ok()?,
        _ => return None,
    };
    if text[last.start..last.end].chars().count() > 2 || h > 24 {
        return None;
    }
    let digit = |i: usize| chars.get(i).and_then(|&(_, c)| fold_digit(c));
    if !chars.get(k).is_some_and(|&(_, c)| clock_colon(c)) {
        return None;
    }
    let (d1, d2) = (digit(k + 1)?, digit(k + 2)?);
    if digit(k + 3).is_some() {
        return None;
    }
    let m = (d1 as u16 - '0' as u16) * 10 + (d2 as u16 - '0' as u16);
    if m >= 60 {
        return None;
    }
    let mut next = k + 3;
    // Seconds.
    if chars.get(next).is_some_and(|&(_, c)| clock_colon(c))
        && digit(next + 1).is_some()
        && digit(next + 2).is_some()
    {
        next += 3;
    }
    let end = chars.get(next).map_or(text.len(), |&(b, _)| b);
    let mut values = vec![Value::Time(h * 60 + m)];
    // `6:05` may be the evening's; `00:30` is past midnight, never past noon.
    if (1..12).contains(&h) {
        values.push(Value::Time((h + 12) * 60 + m));
    }
    Some((
        Mention {
            start: last.start,
            end,
            values,
            hard: true,
        },
        next,
    ))
}

fn groupable(groups: &[(String, usize, usize)]) -> bool {
    !groups.is_empty()
        && (1..=3).contains(&groups[0].0.len())
        && groups[1..].iter().all(|g| g.0.len() == 3)
}

fn concat(groups: &[(String, usize, usize)]) -> String {
    groups.iter().map(|g| g.0.as_str()).collect()
}

fn piece(groups: &[(String, usize, usize)], values: Vec<Value>) -> Mention {
    Mention {
        start: groups[0].1,
        end: groups[groups.len() - 1].2,
        values,
        hard: true,
    }
}

fn integers(groups: &[(String, usize, usize)]) -> Vec<Mention> {
    groups
        .iter()
        .map(|g| piece(std::slice::from_ref(g), vec![decimal(&g.0, "")]))
        .collect()
}

/// Splits a run at separators that cannot group it and reads each piece.
fn interpret(run: &Run, lang: Lang) -> Vec<Mention> {
    let mut out = Vec::new();
    let mut start = 0;
    for (k, &s) in run.seps.iter().enumerate() {
        if grouping_only(s) {
            let marks = run.seps[start..k].iter().any(|c| !grouping_only(*c));
            let ok = run.groups[k + 1].0.len() == 3 && !marks && groupable(&run.groups[start..=k]);
            if !ok {
                out.extend(read(&run.groups[start..=k], &run.seps[start..k], lang));
                start = k + 1;
            }
        }
    }
    out.extend(read(&run.groups[start..], &run.seps[start..], lang));
    out
}

/// Reads one piece: groups joined by `seps` (one fewer).
fn read(groups: &[(String, usize, usize)], seps: &[char], lang: Lang) -> Vec<Mention> {
    let marks: Vec<(usize, char)> = seps
        .iter()
        .copied()
        .enumerate()
        .filter(|(_, c)| !grouping_only(*c))
        .collect();
    let whole = || vec![decimal(&concat(groups), "")];
    let with_frac = |k: usize| decimal(&concat(&groups[..=k]), &concat(&groups[k + 1..]));
    match marks.as_slice() {
        [] => vec![piece(groups, whole())],
        [(k, c)] => {
            let k = *k;
            let last = k + 1 == groups.len() - 1;
            if !last {
                return integers(groups);
            }
            let three = groups[k + 1].0.len() == 3 && groupable(&groups[..=k]);
            let other_grouping = k > 0;
            let values = if *c == '٫' || other_grouping || !three {
                vec![with_frac(k)]
            } else if decimal_point(lang) {
                if *c == ',' {
                    whole()
                } else {
                    vec![with_frac(k)]
                }
            } else {
                vec![whole()[0].clone(), with_frac(k)]
            };
            vec![piece(groups, values)]
        }
        many => {
            let first = many[0].1;
            let same = many.iter().all(|&(_, c)| c == first);
            if same {
                return if groupable(groups) {
                    vec![piece(groups, whole())]
                } else {
                    integers(groups)
                };
            }
            // Two marks: the last one, once and at the end, is the decimal mark.
            let (k, c) = many[many.len() - 1];
            let once = many.iter().filter(|&&(_, x)| x == c).count() == 1;
            if once && k + 1 == groups.len() - 1 && groupable(&groups[..=k]) {
                vec![piece(groups, vec![with_frac(k)])]
            } else {
                integers(groups)
            }
        }
    }
}
