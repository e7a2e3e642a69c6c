//! Rebuilding paragraphs from hard-wrapped text.
//!
//! Text extracted from PDFs breaks every line at the page margin and marks paragraphs
//! inconsistently: sometimes with a blank line, sometimes not at all, and sometimes (seed
//! 000) with a blank line after *every* wrapped line. The rules below decide, for each pair
//! of neighbouring lines, whether the second continues the first's paragraph:
//!
//! * A document is *wrapped* when most of its lines fill a common width no wider than a
//!   page margin ([`MAX_MARGIN_CHARS`]). Text that is not wrapped (one paragraph per line,
//!   even when its paragraphs happen to have similar lengths) is never rejoined, except
//!   across a line-end hyphen.
//! * A header laid out in columns (`United Nations   A/RES/76/99`) is a line of its own in
//!   either layout.
//! * A wrapped document is *blank-wrapped* when most lines are followed by one blank line
//!   and many of them plainly continue (no closing punctuation, next line in lowercase);
//!   then a single blank line is a wrap, and only two or more mark a paragraph.
//! * Inside a wrapped run a line ends its paragraph when the next line opens with a
//!   paragraph label, or when it stops short of the width after closing punctuation, or
//!   stops well short of the width with no punctuation before a capitalised line (a
//!   heading or a date line). Consecutive all-capitals lines form one heading.
//! * A line-end hyphen joins without a space and keeps the hyphen: in UN texts these are
//!   compounds split at the margin (`ИНФОРМАЦИОННО-` + `КОММУНИКАЦИОННЫХ`, `self-` +
//!   `defense`). A soft hyphen at a line end joins and disappears from the joined text.

use crate::label::{parse_leading, parse_trailing};
use crate::lines::{split_lines, Line};
use crate::Span;

/// A contiguous piece of the original copied into a paragraph's joined text.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Piece {
    /// Offset of the piece in the joined text.
    pub text_start: usize,
    /// Offset of the piece in the original.
    pub orig_start: usize,
    /// Length in bytes (the same in both).
    pub len: usize,
}

/// A paragraph as rebuilt from lines, before any structure is assigned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawParagraph {
    /// The lines joined with single spaces (or nothing, across a hyphen).
    pub text: String,
    /// How `text` maps onto the original.
    pub pieces: Vec<Piece>,
    /// From the start of the first line's content to the end of the last's.
    pub span: Span,
    /// 1-based number of the first line.
    pub first_line: usize,
    /// 1-based number of the last line.
    pub last_line: usize,
}

impl RawParagraph {
    /// Maps a byte offset in the joined text to the original. An offset that falls on an
    /// inserted space maps to the end of the line before it.
    pub fn to_original(&self, offset: usize) -> usize {
        let idx = self
            .pieces
            .partition_point(|p| p.text_start <= offset)
            .saturating_sub(1);
        let p = self.pieces[idx];
        p.orig_start + (offset - p.text_start).min(p.len)
    }

    /// Maps a range of the joined text to a span of the original.
    pub fn span_to_original(&self, start: usize, end: usize) -> Span {
        let s = self.to_original(start);
        // An end on a piece boundary belongs to the piece before it.
        let e = if end > start {
            self.to_original(end - 1) + 1
        } else {
            s
        };
        Span::new(s, e.max(s))
    }
}

/// Facts about one non-blank line that the join rules use.
struct LineInfo {
    content: Span,
    chars: usize,
    ends_closed: bool,
    ends_comma: bool,
    ends_hyphen: bool,
    ends_soft_hyphen: bool,
    starts_lower: bool,
    starts_upper: bool,
    starts_letter: bool,
    all_caps: bool,
    opens_label: bool,
    indented: bool,
    /// Fields set apart by a wide gap (`United Nations   A/RES/76/99`): a header line laid
    /// out in columns, a paragraph of its own in any layout.
    columns: bool,
}

/// No page margin is wider than this many characters: lines that cluster around a longer
/// width are paragraphs written one per line, whatever their lengths have in common.
/// (A4 at the smallest legible type holds about 130 Latin characters; the bound leaves room
/// for small print and is far below a typical paragraph-per-line length.)
pub const MAX_MARGIN_CHARS: usize = 180;

/// Rebuilds the paragraphs of `text`.
pub fn paragraphs(text: &str) -> Vec<RawParagraph> {
    paragraphs_of_lines(text, &split_lines(text))
}

/// [`paragraphs`], given the lines of `text` (`split_lines`) a caller already has.
pub fn paragraphs_of_lines(text: &str, lines: &[Line]) -> Vec<RawParagraph> {
    let mut infos: Vec<(usize, LineInfo)> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if let Some(info) = line_info(text, line) {
            infos.push((i, info));
        }
    }
    if infos.is_empty() {
        return Vec::new();
    }
    let layout = Layout::measure(&infos);
    let mut out = Vec::new();
    let mut current: Vec<usize> = vec![0];
    let widths = local_widths(&infos);
    for k in 1..infos.len() {
        let (prev_i, ref a) = infos[k - 1];
        let (next_i, ref b) = infos[k];
        let blanks = next_i - prev_i - 1;
        if layout.joins(a, b, blanks, widths[k - 1]) {
            current.push(k);
        } else {
            out.push(build(text, lines, &infos, &current));
            current = vec![k];
        }
    }
    out.push(build(text, lines, &infos, &current));
    out
}

/// The line width around each line: the second-longest line within six lines either
/// side, so that one overlong line does not set the width and mixed layouts keep theirs.
fn local_widths(infos: &[(usize, LineInfo)]) -> Vec<usize> {
    const REACH: usize = 6;
    (0..infos.len())
        .map(|k| {
            let lo = k.saturating_sub(REACH);
            let hi = (k + REACH + 1).min(infos.len());
            let (mut first, mut second) = (0, 0);
            for (_, l) in &infos[lo..hi] {
                if l.chars > first {
                    second = first;
                    first = l.chars;
                } else if l.chars > second {
                    second = l.chars;
                }
            }
            second.max(1)
        })
        .collect()
}

/// Document-wide line layout.
struct Layout {
    wrapped: bool,
    blank_wrapped: bool,
}

impl Layout {
    fn measure(infos: &[(usize, LineInfo)]) -> Layout {
        let mut lens: Vec<usize> = infos.iter().map(|(_, l)| l.chars).collect();
        lens.sort_unstable();
        let n = lens.len();
        let width = lens[(n * 8 / 10).min(n - 1)].max(1);
        let near = lens
            .iter()
            .filter(|&&l| l * 10 >= width * 7 && l * 10 <= width * 12)
            .count();
        let long = lens.iter().filter(|&&l| l * 2 > width * 3).count();
        let wrapped = n >= 6 && near * 2 >= n && long * 5 < n && width <= MAX_MARGIN_CHARS;
        let (mut single_gap, mut continues) = (0usize, 0usize);
        for w in infos.windows(2) {
            let (ia, a) = (&w[0].0, &w[0].1);
            let (ib, b) = (&w[1].0, &w[1].1);
            if ib - ia == 2 {
                single_gap += 1;
                if !a.ends_closed && (b.starts_lower || a.ends_hyphen) {
                    continues += 1;
                }
            }
        }
        let blank_wrapped =
            wrapped && single_gap * 2 > infos.len() && continues * 10 > single_gap * 3;
        Layout {
            wrapped,
            blank_wrapped,
        }
    }

    /// Whether line `b` continues line `a`'s paragraph; `width` is the local line width
    /// around `a` (documents may mix layouts, as seed 000 does with its two languages).
    fn joins(&self, a: &LineInfo, b: &LineInfo, blanks: usize, width: usize) -> bool {
        let hyphen_join = (a.ends_hyphen || a.ends_soft_hyphen) && b.starts_letter;
        if b.opens_label || blanks >= 2 || a.columns || b.columns {
            return false;
        }
        let wrapped = self.wrapped;
        if blanks == 1 && !self.blank_wrapped {
            // Some extractions (seed 003) drop stray blank lines inside paragraphs; a line
            // that fills the width without closing punctuation still goes on.
            let full = a.chars * 100 >= width * 85;
            return wrapped && full && !a.ends_closed && !b.indented;
        }
        if !wrapped {
            return hyphen_join && b.starts_lower;
        }
        if hyphen_join {
            return true;
        }
        if a.all_caps && b.all_caps {
            return true;
        }
        let short = a.chars * 100 < width * 85;
        if a.ends_closed {
            // Lines inside a justified paragraph fill the width, except an indented first
            // line: a short line that goes on after a closed one opens a paragraph.
            let b_opens = b.starts_upper && !b.ends_closed && b.chars * 100 < width * 95;
            return !(short || b_opens || b.indented && !a.indented);
        }
        // A clause ending in a comma before a capitalised line is how preambular paragraphs
        // of resolutions end (`…2001,` / `Noting…`); mid-sentence commas rarely fall on a
        // line end that stops short of the margin.
        if a.ends_comma && b.starts_upper && a.chars * 100 < width * 95 {
            return false;
        }
        let very_short = a.chars * 10 < width * 6;
        !very_short || b.starts_lower
    }
}

fn line_info(text: &str, line: &Line) -> Option<LineInfo> {
    let raw = &text[line.span.range()];
    let trimmed = raw.trim();
    if trimmed.is_empty() {
        return None;
    }
    let lead = raw.len() - raw.trim_start().len();
    let content = Span::new(
        line.span.start + lead,
        line.span.start + lead + trimmed.len(),
    );
    let first = trimmed.chars().next()?;
    let last_meaningful = trimmed
        .trim_end_matches(['*', '"', '\'', '»', '”', '’', ')', ']', '）', '」', '』'])
        .chars()
        .next_back();
    let closes = |c: char| {
        matches!(
            c,
            '.' | '!' | '?' | ':' | ';' | '。' | '！' | '？' | '؟' | '…'
        )
    };
    // Right-to-left lines extracted in visual order carry their final stop at the start.
    let rtl_closed = matches!(first, '.' | '؟' | '!') && trimmed.chars().any(is_rtl_letter);
    let ends_closed = last_meaningful.is_some_and(closes) || rtl_closed;
    let mut rev = trimmed.chars().rev();
    let last = rev.next();
    let before_last = rev.next();
    let ends_hyphen = matches!(last, Some('-') | Some('‐'))
        && before_last.is_some_and(char::is_alphabetic)
        && trimmed.chars().count() > 1;
    let ends_soft_hyphen = raw.trim_end_matches([' ', '\t']).ends_with('\u{00AD}');
    let chars = trimmed.chars().count();
    // Only short lines can be headings; skipping the case scan keeps long
    // one-line paragraphs cheap.
    let all_caps = chars <= 200 && is_all_caps(trimmed);
    Some(LineInfo {
        content,
        chars,
        ends_closed,
        ends_comma: matches!(last_meaningful, Some(',' | ';' | '،' | '؛' | '，' | '；')),
        ends_hyphen,
        ends_soft_hyphen,
        starts_lower: first.is_lowercase(),
        starts_upper: first.is_uppercase(),
        starts_letter: first.is_alphabetic(),
        all_caps,
        opens_label: opens_paragraph(trimmed),
        indented: lead > 0,
        columns: chars <= 120 && has_column_gap(trimmed),
    })
}

/// Whether the line is a header laid out in columns: exactly two fields separated by one
/// gap of three or more spaces (or a tab), one of them a document symbol
/// (`United Nations   A/RES/76/99`, `A/68/98   12 July 2013`). Requiring the symbol keeps
/// justified or visually ordered text, whose gaps fall between ordinary words, out.
fn has_column_gap(trimmed: &str) -> bool {
    if !trimmed.contains("   ") && !trimmed.contains('\t') {
        return false;
    }
    let mut fields = trimmed
        .split(['\t', '\u{a0}'])
        .flat_map(|f| f.split("   "))
        .map(str::trim)
        .filter(|f| !f.is_empty());
    let (Some(x), Some(y), None) = (fields.next(), fields.next(), fields.next()) else {
        return false;
    };
    [x, y].iter().any(|f| {
        crate::symbols::find_symbols(f)
            .first()
            .is_some_and(|s| s.span.len() * 2 >= f.len())
    })
}

/// Whether every cased letter is a capital (and there are at least three).
pub(crate) fn is_all_caps(text: &str) -> bool {
    let mut upper = 0usize;
    for c in text.chars() {
        if c.is_lowercase() {
            return false;
        }
        upper += usize::from(c.is_uppercase());
    }
    upper >= 3
}

/// Whether a line opens a new paragraph by its look: a label at the start (or, damaged,
/// at the end), a bullet, or a footnote marker.
fn opens_paragraph(trimmed: &str) -> bool {
    if parse_leading(trimmed).is_some() || parse_trailing(trimmed).is_some() {
        return true;
    }
    let mut chars = trimmed.chars();
    let first = chars.next();
    let second = chars.next();
    matches!(
        first,
        Some('•' | '▪' | '●' | '◦' | '¹' | '²' | '³' | '⁴'..='⁹')
    ) || (matches!(first, Some('*' | '-' | '–')) && second == Some(' '))
}

fn is_rtl_letter(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

fn build(text: &str, lines: &[Line], infos: &[(usize, LineInfo)], ks: &[usize]) -> RawParagraph {
    let mut joined = String::new();
    let mut pieces = Vec::with_capacity(ks.len());
    for (n, &k) in ks.iter().enumerate() {
        let info = &infos[k].1;
        let mut content = info.content;
        if n > 0 {
            let prev = &infos[ks[n - 1]].1;
            if !(prev.ends_hyphen || prev.ends_soft_hyphen) || !info.starts_letter {
                joined.push(' ');
            }
        }
        let is_last = n + 1 == ks.len();
        if info.ends_soft_hyphen && !is_last {
            // Drop the soft hyphen (and any space before it) from the joined text.
            let s = &text[content.range()];
            let cut = s.trim_end_matches(['\u{00AD}', ' ', '\t']).len();
            content = Span::new(content.start, content.start + cut);
        }
        pieces.push(Piece {
            text_start: joined.len(),
            orig_start: content.start,
            len: content.len(),
        });
        joined.push_str(&text[content.range()]);
    }
    let first = &infos[ks[0]];
    let last = &infos[*ks.last().unwrap_or(&ks[0])];
    RawParagraph {
        text: joined,
        pieces,
        span: Span::new(first.1.content.start, last.1.content.end),
        first_line: lines[first.0].number,
        last_line: lines[last.0].number,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(t: &str) -> Vec<String> {
        paragraphs(t).into_iter().map(|p| p.text).collect()
    }

    #[test]
    fn blank_line_per_wrapped_line() {
        // The layout of seed 000: every wrapped line is followed by a blank line.
        let t = "Информационно-коммуникационные технологии должны применяться в \n\n\
мирных целях на всеобщее благо человечества и для содействия устойчивому \n\n\
развитию всех стран вне зависимости от уровня их научно-технологического \n\n\
развития.  \n\n\
Информационно-коммуникационные технологии должны быть также \n\n\
инструментами получения знаний, обеспечения мира, благополучия и развития \n\n\
человечества на основе строгого соблюдения Устава ООН и международного \n\n\
права и не должны использоваться в качестве предлога для разжигания войны, \n\n\
угроз или применения силы, либо как инструмент интервенционизма. \n";
        let p = texts(t);
        assert_eq!(p.len(), 2, "{p:#?}");
        assert!(p[0]
            .starts_with("Информационно-коммуникационные технологии должны применяться в мирных"));
        assert!(p[0].ends_with("научно-технологического развития."));
    }

    #[test]
    fn hyphenated_compounds_keep_their_hyphen() {
        let t = "Some text that runs on and on across the whole width of the page to the self-\n\
defense of the line and on to the next line that is also rather long and full\n\
of words that do not stop at all until the very end of the paragraph here.\n\
Another paragraph starts here and goes on for a very long while until it is\n\
done.\n";
        let p = paragraphs(t);
        assert!(p.iter().any(|q| q.text.contains("self-defense")), "{p:#?}");
    }

    #[test]
    fn one_paragraph_per_line_is_left_alone() {
        let t = "First paragraph, short.\n\nSecond paragraph that is a little longer than the first one.\nThird on its own line\nfourth in lowercase but not wrapped\n";
        assert_eq!(texts(t).len(), 4);
    }

    #[test]
    fn wrapped_text_without_blank_lines() {
        let t = "The General Assembly,\n\
Recalling its resolutions 53/70 of 4 December 1998, 54/49 of 1 December 1999 and\n\
55/28 of 20 November 2000, and its resolution 56/19 of 29 November 2001,\n\
Noting that considerable progress has been achieved in developing and applying\n\
the latest information technologies and means of telecommunication,\n\
1. Calls upon Member States to promote further at multilateral levels the\n\
consideration of existing and potential threats in the field of information.\n\
2. Decides to include in the provisional agenda of its seventy-second session\n\
the item entitled \"Developments in the field of information\".\n";
        let p = texts(t);
        assert_eq!(p.len(), 5, "{p:#?}");
        assert!(p[1].starts_with("Recalling") && p[1].ends_with("29 November 2001,"));
        assert!(p[3].starts_with("1. Calls"));
    }

    #[test]
    fn spans_map_back_to_the_original() {
        let t = "  Alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu-\n\
xi omicron pi rho sigma tau upsilon phi chi psi omega alpha beta gamma delta\n\
epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau.\n\
Short one.\n\
Another line of text that fills the width of the page up to the margin ok.\n\
And one more line of text that fills the width of the page to the end.\n";
        for p in paragraphs(t) {
            for piece in &p.pieces {
                assert_eq!(
                    &p.text[piece.text_start..piece.text_start + piece.len],
                    &t[piece.orig_start..piece.orig_start + piece.len]
                );
            }
            let s = p.span_to_original(0, p.text.len());
            assert_eq!(s, p.span);
        }
        let p = &paragraphs(t)[0];
        let i = p.text.find("nu-xi").unwrap();
        let span = p.span_to_original(i, i + 5);
        assert_eq!(&t[span.range()], "nu-\nxi");
    }
}
