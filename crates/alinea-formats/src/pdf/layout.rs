//! Pages of lines laid out as paragraphs, one per line of the output.
//!
//! What repeats at the top or bottom of the pages (running headers and footers, page
//! numbers) is left out. Two neighbouring lines belong to one paragraph unless the
//! first stops short by more than the second's first word (a word that would have
//! fitted was not wrapped: the paragraph ended), the second opens with a paragraph
//! label, the type size changes, or the gap between them is clearly wider than the
//! page's line pitch. Lines are joined as `alinea-text`'s reflow joins them: a
//! line-end hyphen after a letter is kept and joined without a space (UN texts split
//! compounds at the margin; `853-` + `3242` is a number split there), a soft hyphen disappears, and a line that ends or starts
//! with a Chinese or Japanese character joins without a space (`长` + `17公里`).

use std::collections::HashMap;

use super::{is_cjk, Line};
use crate::PARAGRAPH_BREAK;

/// A gap between baselines wider than this many times the page's usual pitch is a
/// paragraph break. Word's default spacing after a paragraph (8 pt at 11 pt, single
/// line) makes 1.6; lines that hold a fallback font's taller glyphs or stacked Arabic
/// marks grow by up to 1.35 (measured on the Arabic round-trip PDF), which 1.3 split.
const BREAK_PITCH: f64 = 1.5;

/// Slack allowed when asking whether the next line's first word would have fitted,
/// in ems: justification squeezes spaces, and widths are measured from glyph advances.
const FIT_SLACK_EM: f64 = 0.5;

/// How many lines at each end of a page can be running headers or footers.
const MARGIN_LINES: usize = 2;

/// The paragraphs of the pages, separated by [`PARAGRAPH_BREAK`].
pub(crate) fn to_text(pages: &[Vec<Line>]) -> String {
    let running = running_lines(pages);
    let (left, right) = margins(pages);
    let ends = Ends::measure(pages, left, right);
    let mut paras: Vec<String> = Vec::new();
    let mut prev: Option<&Line> = None;
    for page in pages {
        let pitch = pitch(page);
        let mut first_on_page = true;
        for (i, line) in page.iter().enumerate() {
            let at_margin = i < MARGIN_LINES || i + MARGIN_LINES >= page.len();
            let at_end = i == 0 || i + 1 == page.len();
            if at_margin && running.contains(&key(&line.text))
                || at_end && is_page_number(&line.text, pages.len())
            {
                continue;
            }
            let gap = (!first_on_page)
                .then(|| prev.map(|a| line.y - a.y))
                .flatten();
            first_on_page = false;
            match (prev, paras.last_mut()) {
                (Some(a), Some(para)) if continues(a, line, gap, pitch, ends.slack(a)) => {
                    join(para, &line.text);
                }
                _ => paras.push(line.text.clone()),
            }
            prev = Some(line);
        }
    }
    let mut out = paras.join(PARAGRAPH_BREAK);
    out.push('\n');
    out
}

/// Which side of a line is its ragged end, where a paragraph's last line stops short.
struct Ends {
    left: f64,
    right: f64,
    /// Left-to-right lines end on the left (they are set flush right).
    ltr_flush_right: bool,
    /// Right-to-left lines end on the right (they are set flush left).
    rtl_flush_left: bool,
}

impl Ends {
    /// Lines end where their reading ends (right for left-to-right text, left for
    /// right-to-left), unless nearly all of them reach the margin there: then the text
    /// is set flush to its end, and the other side is the ragged one.
    fn measure(pages: &[Vec<Line>], left: f64, right: f64) -> Ends {
        let flush = |rtl: bool| {
            let lines: Vec<&Line> = pages.iter().flatten().filter(|l| l.rtl == rtl).collect();
            let at_end = lines
                .iter()
                .filter(|l| {
                    if rtl {
                        l.x0 - left < 2.0
                    } else {
                        right - l.x1 < 2.0
                    }
                })
                .count();
            lines.len() >= 6 && at_end * 100 >= lines.len() * 97
        };
        Ends {
            left,
            right,
            ltr_flush_right: flush(false),
            rtl_flush_left: flush(true),
        }
    }

    /// The room left at the line's ragged end.
    fn slack(&self, a: &Line) -> f64 {
        let ends_left = if a.rtl {
            !self.rtl_flush_left
        } else {
            self.ltr_flush_right
        };
        if ends_left {
            a.x0 - self.left
        } else {
            self.right - a.x1
        }
    }
}

/// Whether line `b` goes on with line `a`'s paragraph, `slack` being the room left at
/// `a`'s end.
fn continues(a: &Line, b: &Line, gap: Option<f64>, pitch: Option<f64>, slack: f64) -> bool {
    if (a.size - b.size).abs() > 0.2 * a.size.max(b.size) || opens_paragraph(&b.text) {
        return false;
    }
    if let Some(gap) = gap {
        let usual = pitch.unwrap_or(a.size.max(b.size) * 1.2);
        if gap > usual * BREAK_PITCH || gap < 0.0 {
            return false;
        }
    }
    slack < b.lead + FIT_SLACK_EM * b.size
}

/// Appends a wrapped line to its paragraph.
fn join(para: &mut String, next: &str) {
    let mut rev = para.chars().rev();
    let (last, before) = (rev.next(), rev.next());
    let first = next.chars().next();
    // A run of one sign longer than the line (`=====…`) was broken where it did not fit.
    let rule = |c: Option<char>| c.is_some_and(|c| !c.is_alphanumeric() && !c.is_whitespace());
    let same_rule = rule(last) && last == first && before == last;
    if last == Some('\u{00AD}') {
        para.pop();
    } else if same_rule {
    } else if !(matches!(last, Some('-' | '‐'))
        && before.is_some_and(|c| {
            c.is_alphabetic() || c.is_ascii_digit() && first.is_some_and(|f| f.is_ascii_digit())
        })
        || last.is_some_and(is_cjk)
        || first.is_some_and(is_cjk))
    {
        para.push(' ');
    }
    para.push_str(next);
}

/// A label (`1.`, `(a)`, `IV.`), a bullet or a footnote marker at the start.
fn opens_paragraph(text: &str) -> bool {
    if alinea_text::label::parse_leading(text).is_some() {
        return true;
    }
    let mut chars = text.chars();
    let (first, second) = (chars.next(), chars.next());
    matches!(first, Some('•' | '▪' | '●' | '◦' | '·'))
        || matches!(first, Some('-' | '–' | '*')) && second == Some(' ')
}

/// The text block's left and right edges over the whole document: the tenth
/// smallest left end and the tenth largest right end of a hundred, so that a stray
/// wide line does not move them.
fn margins(pages: &[Vec<Line>]) -> (f64, f64) {
    let mut x0: Vec<f64> = pages.iter().flatten().map(|l| l.x0).collect();
    let mut x1: Vec<f64> = pages.iter().flatten().map(|l| l.x1).collect();
    if x0.is_empty() {
        return (0.0, 0.0);
    }
    x0.sort_by(f64::total_cmp);
    x1.sort_by(|a, b| b.total_cmp(a));
    let k = x0.len() / 10;
    (x0[k], x1[k])
}

/// The usual distance between two baselines on a page: the lower third of the
/// distances between neighbouring lines of the same size (paragraph gaps and the
/// jump to a footer are the larger ones).
fn pitch(page: &[Line]) -> Option<f64> {
    let mut d: Vec<f64> = page
        .windows(2)
        .filter(|w| (w[0].size - w[1].size).abs() < 0.5)
        .map(|w| w[1].y - w[0].y)
        .filter(|&g| g > 0.0)
        .collect();
    if d.len() < 3 {
        return None;
    }
    d.sort_by(f64::total_cmp);
    Some(d[d.len() / 3])
}

/// A line's identity for comparing pages: digits (page numbers, dates) do not count.
fn key(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_numeric() { '#' } else { c })
        .filter(|c| !c.is_whitespace())
        .collect()
}

/// The keys of lines that stand near the top or bottom of at least half the pages
/// (and at least three): running headers and footers.
fn running_lines(pages: &[Vec<Line>]) -> Vec<String> {
    if pages.len() < 3 {
        return Vec::new();
    }
    let mut counts: HashMap<String, usize> = HashMap::new();
    for page in pages {
        let n = page.len();
        let mut seen: Vec<String> = page
            .iter()
            .enumerate()
            .filter(|(i, _)| *i < MARGIN_LINES || i + MARGIN_LINES >= n)
            .map(|(_, l)| key(&l.text))
            .collect();
        seen.sort();
        seen.dedup();
        for k in seen {
            *counts.entry(k).or_default() += 1;
        }
    }
    counts
        .into_iter()
        .filter(|(_, c)| c * 2 >= pages.len() && *c >= 3)
        .map(|(k, _)| k)
        .collect()
}

/// A page number standing alone (`7`, `- 7 -`, `7/12`, `vii`), in a document of more
/// than one page.
fn is_page_number(text: &str, pages: usize) -> bool {
    if pages < 2 || text.chars().count() > 12 {
        return false;
    }
    let core: String = text
        .chars()
        .filter(|c| !matches!(c, '-' | '–' | '—' | ' ' | '/' | '(' | ')' | '.'))
        .collect();
    !core.is_empty()
        && (core
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '\u{0660}'..='\u{0669}'))
            || core.chars().all(|c| matches!(c, 'i' | 'v' | 'x' | 'l')))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(text: &str, y: f64, x1: f64) -> Line {
        Line {
            text: text.to_string(),
            y,
            x0: 72.0,
            x1,
            size: 12.0,
            rtl: false,
            lead: 30.0,
        }
    }

    #[test]
    fn running_headers_page_numbers_dropped_wrapped_lines_joined() {
        let pages: Vec<Vec<Line>> = (1..=3)
            .map(|p| {
                vec![
                    line("A/RES/75/240", 40.0, 150.0),
                    line(
                        &format!("Body of page {}, self-", ["one", "two", "three"][p - 1]),
                        80.0,
                        500.0,
                    ),
                    line("defence and its second line", 94.0, 498.0),
                    line("and its last line.", 108.0, 200.0),
                    line("1. A numbered paragraph right after", 122.0, 499.0),
                    line(
                        &format!("Another after a gap on {}", ["a", "b", "c"][p - 1]),
                        160.0,
                        499.0,
                    ),
                    line(&format!("- {p} -"), 800.0, 300.0),
                ]
            })
            .collect();
        let t = to_text(&pages);
        assert!(!t.contains("A/RES") && !t.contains("- 2 -"), "{t}");
        let paras: Vec<&str> = t.trim_end().split(PARAGRAPH_BREAK).collect();
        assert_eq!(
            paras[..3],
            [
                "Body of page one, self-defence and its second line and its last line.",
                "1. A numbered paragraph right after",
                "Another after a gap on a Body of page two, self-defence and its second line and its last line."
            ]
        );
    }

    #[test]
    fn chinese_lines_join_without_a_space_a_lone_number_is_kept() {
        let mut p = "大会回顾".to_string();
        join(&mut p, "其决议");
        assert_eq!(p, "大会回顾其决议");
        let page = vec![
            line("Intro", 80.0, 100.0),
            line("12", 94.0, 90.0),
            line("more", 108.0, 100.0),
            line("end", 122.0, 100.0),
            line("x", 136.0, 100.0),
        ];
        assert!(to_text(&[page.clone(), page]).contains("12"));
    }
}
