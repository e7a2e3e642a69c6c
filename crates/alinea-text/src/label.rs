//! Paragraph labels: `1.`, `1 -`, `1. **Decides**`, `۱.`, `١٤ -`, `(a)`, `(iv)`, `(الف)`,
//! `(а)`, `（a）`, `a)`, `- (b)` and the damaged PDF form of seed 003, where the number of an
//! Arabic paragraph stands at the *end* of its first line (`… - ١٤`).
//!
//! Labels are bookkeeping: alignment uses them as anchors and the version diff strips them
//! so that renumbering is not a change. Their value is kept digit-folded (`١٤` → `14`) and
//! lowercased, so `(a)` in one version matches `(A)` in another.

use crate::normalize::ascii_digit;
use crate::Span;

/// What a label counts with.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub enum LabelKind {
    /// `1.`, `١٤ -`, `(3)`.
    Number,
    /// `(a)`, `(الف)`, `(б)`.
    Letter,
    /// `(iv)`.
    Roman,
}

/// A paragraph label.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Label {
    /// Where the label stands, relative to the text it was parsed from.
    pub span: Span,
    /// Normalized value: ASCII digits for numbers, lowercase letters otherwise.
    pub value: String,
    /// What it counts with.
    pub kind: LabelKind,
    /// Whether it was found at the end of the line (the damaged PDF form).
    pub trailing: bool,
}

impl Label {
    /// The numeric value of a number or roman label.
    pub fn number(&self) -> Option<u32> {
        match self.kind {
            LabelKind::Number => self.value.parse().ok(),
            LabelKind::Roman => roman_value(&self.value),
            LabelKind::Letter => None,
        }
    }
}

/// Parses a label at the start of `text` (after leading whitespace, markdown emphasis and
/// a bullet dash). Returns the label and the byte offset where the labelled content starts.
pub fn parse_leading(text: &str) -> Option<(Label, usize)> {
    let bytes = text.as_bytes();
    let mut i = skip_ws(text, 0);
    // A dash bullet before a sub-item label: `- (b) ...`.
    if text[i..].starts_with("- ") || text[i..].starts_with("– ") {
        let j = skip_ws(text, i + text[i..].find(' ').unwrap_or(0));
        if text[j..].starts_with('(') || text[j..].starts_with('（') {
            i = j;
        }
    }
    let emph = text[i..].starts_with("**");
    if emph {
        i += 2;
    }
    let start = i;
    let rest = &text[i..];
    // Parenthesised: (a) (iv) (12) (الف) （a）
    if let Some(open) = rest.chars().next().filter(|c| *c == '(' || *c == '（') {
        let inner_start = i + open.len_utf8();
        let close_rel = text[inner_start..].find([')', '）'])?;
        let inner = &text[inner_start..inner_start + close_rel];
        let close_len = text[inner_start + close_rel..].chars().next()?.len_utf8();
        let end = inner_start + close_rel + close_len;
        let (value, kind) = classify(inner)?;
        let content = after_label(text, end, emph)?;
        return Some((label(start, end, value, kind, false), content));
    }
    // Number followed by `.`, `-`, `–` or `)`: 1. / 1 - / ۱- / 14)
    let digits_end = scan_digits(text, i);
    if let Some(found) = multi_level(text, i, digits_end, emph) {
        return Some(found);
    }
    if digits_end > i && digits_end - i <= 9 && count_chars(&text[i..digits_end]) <= 3 {
        let mut j = digits_end;
        let mut k = j;
        while k < bytes.len() && bytes[k] == b' ' {
            k += 1;
        }
        let sep = text[k..].chars().next()?;
        if matches!(sep, '.' | '-' | '–' | ')' | '．') {
            j = k + sep.len_utf8();
            // `1.5` is a decimal and `8-10` a range, not labels.
            let value = fold_digits(&text[i..digits_end]);
            let content = after_label(text, j, emph)?;
            return Some((label(start, j, value, LabelKind::Number, false), content));
        }
        return None;
    }
    // Letter label with a closing bracket only: a) / الف) / б). The label is at most four
    // characters, so only the first few bytes are searched, not the whole paragraph.
    let head = &rest[..floor_boundary(rest, LETTER_HEAD)];
    let close_rel = head.find([')', '）'])?;
    let inner = &rest[..close_rel];
    if inner.is_empty() || inner.contains(char::is_whitespace) {
        return None;
    }
    let (value, kind) = classify(inner)?;
    if kind == LabelKind::Number {
        return None;
    }
    let end = i + close_rel + rest[close_rel..].chars().next()?.len_utf8();
    let content = after_label(text, end, emph)?;
    Some((label(start, end, value, kind, false), content))
}

/// A multi-level number (`1.1`, `1.1.2`, `2.3.`) starting at `i`, whose first level ends
/// at `digits_end`. Its value keeps the levels (`1.1.2`, digits folded). A two-level
/// number without a final dot is also a decimal (`1.5 million`), so it is a label only
/// before a word that does not start in lowercase (`1.1 Scope`, `1.2 النطاق`).
fn multi_level(text: &str, i: usize, digits_end: usize, emph: bool) -> Option<(Label, usize)> {
    if digits_end == i || count_chars(&text[i..digits_end]) > 3 {
        return None;
    }
    let mut levels = vec![&text[i..digits_end]];
    let mut j = digits_end;
    while text[j..].starts_with(['.', '．']) {
        let dot = text[j..].chars().next()?.len_utf8();
        let end = scan_digits(text, j + dot);
        if end == j + dot || count_chars(&text[j + dot..end]) > 3 {
            break;
        }
        levels.push(&text[j + dot..end]);
        j = end;
    }
    if levels.len() < 2 {
        return None;
    }
    let final_dot = text[j..].starts_with(['.', '．']);
    if final_dot {
        j += text[j..].chars().next()?.len_utf8();
    }
    let content = after_label(text, j, emph)?;
    if !final_dot && levels.len() == 2 {
        let first = text[content..].chars().next()?;
        if first.is_lowercase() || first.is_numeric() || !first.is_alphabetic() && first != '*' {
            return None;
        }
    }
    if content >= text.len() {
        return None;
    }
    let value = levels
        .iter()
        .map(|l| fold_digits(l))
        .collect::<Vec<_>>()
        .join(".");
    Some((label(i, j, value, LabelKind::Number, false), content))
}

/// A letter or roman numeral closed by a period (`a.`, `A.`, `iv.`, `IV.`, `б.`) at the
/// start of `text`. Kept apart from [`parse_leading`] because in hard-wrapped text a line
/// that starts with `A. Smith` is as often an initial as a label, so only the structure
/// of a paragraph already rebuilt (not the reflow) reads it; two initials in a row
/// (`J. K. Rowling`) are never a label.
pub fn parse_letter_dot(text: &str) -> Option<(Label, usize)> {
    let mut i = skip_ws(text, 0);
    let emph = text[i..].starts_with("**");
    if emph {
        i += 2;
    }
    let rest = &text[i..];
    let dot = rest.find('.')?;
    let inner = &rest[..dot];
    if inner.is_empty() || !inner.chars().all(char::is_alphabetic) {
        return None;
    }
    let lower = inner.to_lowercase();
    let n = count_chars(inner);
    let kind = if n == 1
        && (lower.chars().all(|c| c.is_ascii_lowercase()) || lower.chars().all(is_cyrillic))
    {
        // `i.`, `v.`, `x.` read as letters here: alone, a dotted letter is a list item.
        LabelKind::Letter
    } else if n > 1 && roman_value(&lower).is_some() {
        LabelKind::Roman
    } else {
        return None;
    };
    let end = i + dot + 1;
    let content = after_label(text, end, emph)?;
    let body = &text[content..];
    if body.is_empty() {
        return None;
    }
    let mut cs = body.chars();
    let (first, second) = (cs.next(), cs.next());
    if first.is_some_and(char::is_alphabetic) && second == Some('.') {
        return None;
    }
    Some((label(i, end, lower, kind, false), content))
}

/// How many bytes after a label's start may hold a bracket-closed letter label (`الف)`:
/// four characters of up to four bytes and the bracket).
const LETTER_HEAD: usize = 20;

/// The largest char boundary of `s` at or below `at`.
fn floor_boundary(s: &str, mut at: usize) -> usize {
    at = at.min(s.len());
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Finds the damaged form `… - ١٤` (or `… ١٤ -`) at the end of an Arabic-script line:
/// PDF extraction of right-to-left text puts the paragraph number, which stands at the
/// right margin, at the end of the logical line. Only Arabic-Indic or Persian digits
/// count, so an ordinary Latin range such as `pages 10 - 12` is never taken for a label.
pub fn parse_trailing(line: &str) -> Option<Label> {
    let t = line.trim_end();
    let digits_end = t.len();
    let mut digits_start = digits_end;
    for (idx, c) in t.char_indices().rev() {
        if matches!(c, '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}') {
            digits_start = idx;
        } else {
            break;
        }
    }
    let ndig = count_chars(&t[digits_start..digits_end]);
    if ndig == 0 || ndig > 2 {
        return None;
    }
    let before = t[..digits_start].trim_end();
    let dash_start = before
        .strip_suffix('-')
        .or_else(|| before.strip_suffix('–'))?;
    // The dash must be free-standing (space before it) and the line must hold Arabic text.
    if !dash_start.ends_with(char::is_whitespace) || !t.chars().any(is_arabic_letter) {
        return None;
    }
    Some(Label {
        span: Span::new(dash_start.len(), digits_end),
        value: fold_digits(&t[digits_start..digits_end]),
        kind: LabelKind::Number,
        trailing: true,
    })
}

fn label(start: usize, end: usize, value: String, kind: LabelKind, trailing: bool) -> Label {
    Label {
        span: Span::new(start, end),
        value,
        kind,
        trailing,
    }
}

/// After a label there must be a space, a closing `**`, or the end of the text; returns
/// where the content begins.
fn after_label(text: &str, mut j: usize, emph: bool) -> Option<usize> {
    if emph && text[j..].starts_with("**") {
        j += 2;
    }
    let rest = &text[j..];
    match rest.chars().next() {
        None => Some(j),
        Some(c) if c.is_whitespace() => Some(skip_ws(text, j)),
        Some('*') => Some(j),
        // CJK text often has no space after the label: `1.支持`.
        Some(c) if is_cjk(c) => Some(j),
        _ => None,
    }
}

/// What a bracketed label holds: a number (≤ 3 digits), a roman numeral, or one to three
/// letters of one script.
fn classify(inner: &str) -> Option<(String, LabelKind)> {
    let inner = inner.trim();
    let n = count_chars(inner);
    if n == 0 || n > 4 {
        return None;
    }
    if inner.chars().all(|c| ascii_digit(c).is_some()) {
        return (n <= 3).then(|| (fold_digits(inner), LabelKind::Number));
    }
    let lower = inner.to_lowercase();
    if roman_value(&lower).is_some() && lower != "c" && lower != "d" && lower != "l" && lower != "m"
    {
        // `(i)`, `(v)` and `(x)` are ambiguous with letters; UN documents use them as
        // roman numerals inside lettered lists, and both readings match across versions.
        return Some((lower, LabelKind::Roman));
    }
    if n <= 3 && inner.chars().all(char::is_alphabetic) {
        // Arabic labels may carry a tatweel or vowel marks: fold as the matching view does.
        let folded: String = lower
            .chars()
            .filter_map(crate::normalize::fold_simple)
            .collect();
        let script_ok = folded.chars().all(|c| c.is_ascii_alphabetic())
            || folded.chars().all(is_cyrillic)
            || folded.chars().all(is_arabic_letter);
        if script_ok && (n == 1 || folded.chars().all(is_arabic_letter) || n == 2) {
            return Some((folded, LabelKind::Letter));
        }
    }
    None
}

fn roman_value(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 6 {
        return None;
    }
    let mut total = 0u32;
    let mut prev = 0u32;
    for c in s.chars().rev() {
        let v = match c {
            'i' => 1,
            'v' => 5,
            'x' => 10,
            'l' => 50,
            'c' => 100,
            'd' => 500,
            'm' => 1000,
            _ => return None,
        };
        if v < prev {
            total = total.checked_sub(v)?;
        } else {
            total += v;
            prev = v;
        }
    }
    // Reject non-canonical spellings such as `iiii` or `vv`.
    (to_roman(total).as_deref() == Some(s)).then_some(total)
}

/// Lowercase roman numeral of 1 ..= 3999 (`None` outside): how labels such as `(iv)` and
/// Word's lowerRoman numbering write a number.
pub fn to_roman(mut n: u32) -> Option<String> {
    if n == 0 || n > 3999 {
        return None;
    }
    let table = [
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ];
    let mut s = String::new();
    for (v, r) in table {
        while n >= v {
            s.push_str(r);
            n -= v;
        }
    }
    Some(s)
}

fn scan_digits(text: &str, i: usize) -> usize {
    let mut end = i;
    for (idx, c) in text[i..].char_indices() {
        if ascii_digit(c).is_some() {
            end = i + idx + c.len_utf8();
        } else {
            break;
        }
    }
    end
}

fn fold_digits(s: &str) -> String {
    let folded: String = s
        .chars()
        .filter_map(|c| ascii_digit(c).map(|d| char::from(b'0' + d)))
        .collect();
    // `01` and `1` are the same label.
    let trimmed = folded.trim_start_matches('0');
    if trimmed.is_empty() {
        "0".to_string()
    } else {
        trimmed.to_string()
    }
}

fn skip_ws(text: &str, i: usize) -> usize {
    i + (text[i..].len() - text[i..].trim_start().len())
}

fn count_chars(s: &str) -> usize {
    s.chars().count()
}

pub(crate) fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0620}'..='\u{064A}' | '\u{066E}'..='\u{06D3}' | '\u{06FA}'..='\u{06FF}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFC}')
}

fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{04FF}')
}

/// A character of CJK text, punctuation and full-width forms included: `（一）` and `1．`
/// are labels of Chinese documents.
pub(crate) fn is_cjk(c: char) -> bool {
    // Most characters of most documents are ASCII: answer them without the range tests.
    !c.is_ascii() && crate::script::is_unspaced(c)
        || matches!(c, '\u{3000}'..='\u{303F}' | '\u{FF00}'..='\u{FFEF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lead(s: &str) -> Option<(String, LabelKind, String)> {
        parse_leading(s).map(|(l, c)| (l.value, l.kind, s[c..].to_string()))
    }

    #[test]
    fn numbered_forms() {
        use LabelKind::*;
        assert_eq!(
            lead("1. Decides"),
            Some(("1".into(), Number, "Decides".into()))
        );
        assert_eq!(
            lead("1 - **تقرر** أن"),
            Some(("1".into(), Number, "**تقرر** أن".into()))
        );
        assert_eq!(
            lead("1. **Decides** that"),
            Some(("1".into(), Number, "**Decides** that".into()))
        );
        assert_eq!(
            lead("۱. از کشورهای"),
            Some(("1".into(), Number, "از کشورهای".into()))
        );
        assert_eq!(lead("۱- از"), Some(("1".into(), Number, "از".into())));
        assert_eq!(
            lead("١٤ - يوصي"),
            Some(("14".into(), Number, "يوصي".into()))
        );
        assert_eq!(
            lead("**3.** Calls"),
            Some(("3".into(), Number, "Calls".into()))
        );
        assert_eq!(
            lead("2. **欢迎**不限成员"),
            Some(("2".into(), Number, "**欢迎**不限成员".into()))
        );
    }

    #[test]
    fn lettered_and_roman_forms() {
        use LabelKind::*;
        assert_eq!(
            lead("(a) the first"),
            Some(("a".into(), Letter, "the first".into()))
        );
        assert_eq!(
            lead("(iv) fourth"),
            Some(("iv".into(), Roman, "fourth".into()))
        );
        assert_eq!(
            lead("(الف) البند"),
            Some(("الف".into(), Letter, "البند".into()))
        );
        assert_eq!(
            lead("(ب) البند"),
            Some(("ب".into(), Letter, "البند".into()))
        );
        assert_eq!(
            lead("(а) пункт"),
            Some(("а".into(), Letter, "пункт".into()))
        );
        assert_eq!(lead("（a）各国"), Some(("a".into(), Letter, "各国".into())));
        assert_eq!(
            lead("الف) رهنمون"),
            Some(("الف".into(), Letter, "رهنمون".into()))
        );
        assert_eq!(
            lead("- (b) تلاشهای"),
            Some(("b".into(), Letter, "تلاشهای".into()))
        );
        assert_eq!(
            lead("(12) text"),
            Some(("12".into(), Number, "text".into()))
        );
    }

    #[test]
    fn things_that_are_not_labels() {
        assert_eq!(lead("2019 года"), None);
        assert_eq!(lead("8-10 ИЮЛЯ"), None);
        assert_eq!(lead("1.5 million people"), None);
        assert_eq!(lead("Recalling its resolutions"), None);
        assert_eq!(lead("(see above) it was"), None);
        assert_eq!(lead("1984. A year"), None);
    }

    #[test]
    fn multi_level_numbers() {
        use LabelKind::*;
        assert_eq!(
            lead("1.1 Scope"),
            Some(("1.1".into(), Number, "Scope".into()))
        );
        assert_eq!(
            lead("1.1.2 Definitions"),
            Some(("1.1.2".into(), Number, "Definitions".into()))
        );
        assert_eq!(
            lead("2.3. the parties agree"),
            Some(("2.3".into(), Number, "the parties agree".into()))
        );
        assert_eq!(
            lead("١.٢ النطاق"),
            Some(("1.2".into(), Number, "النطاق".into()))
        );
        assert_eq!(lead("1.5 million people"), None);
        assert_eq!(lead("1.5 per cent"), None);
        assert_eq!(lead("3.14159 is pi"), None);
        assert_eq!(lead("1.1"), None);
    }

    #[test]
    fn letters_and_romans_with_a_period() {
        use LabelKind::*;
        let dot = |s: &str| parse_letter_dot(s).map(|(l, c)| (l.value, l.kind, s[c..].to_string()));
        assert_eq!(
            dot("a. first item"),
            Some(("a".into(), Letter, "first item".into()))
        );
        assert_eq!(
            dot("A. Introduction"),
            Some(("a".into(), Letter, "Introduction".into()))
        );
        assert_eq!(
            dot("IV. Conclusions"),
            Some(("iv".into(), Roman, "Conclusions".into()))
        );
        assert_eq!(dot("б. пункт"), Some(("б".into(), Letter, "пункт".into())));
        assert_eq!(dot("J. K. Rowling wrote"), None);
        assert_eq!(dot("Dr. Smith"), None);
        assert_eq!(dot("a.b. c"), None);
        assert_eq!(dot("A."), None);
        // The reflow's parser does not read them: a wrapped line may start with an initial.
        assert_eq!(lead("A. Introduction"), None);
        // `a)`, `(i)` and `A)` are read by both.
        assert_eq!(lead("a) first"), Some(("a".into(), Letter, "first".into())));
        assert_eq!(lead("A) first"), Some(("a".into(), Letter, "first".into())));
        assert_eq!(lead("(i) first"), Some(("i".into(), Roman, "first".into())));
    }

    #[test]
    fn trailing_arabic_numbers() {
        let l = parse_trailing("أعاد استعمال تكنولوجيا المعلومات  - ١").unwrap();
        assert_eq!(l.value, "1");
        assert!(l.trailing);
        let l = parse_trailing("وبالإضافة إلى العمل المضطلع به       - ١٤  ").unwrap();
        assert_eq!(l.value, "14");
        assert_eq!(parse_trailing("pages 10 - 12"), None);
        assert_eq!(parse_trailing("قرار ٢٠١٣"), None);
        assert_eq!(parse_trailing("من عام - ٢٠١٣"), None);
    }

    #[test]
    fn roman_numerals_are_canonical() {
        assert_eq!(roman_value("iv"), Some(4));
        assert_eq!(roman_value("xiv"), Some(14));
        assert_eq!(roman_value("iiii"), None);
        assert_eq!(roman_value("vx"), None);
    }
}
