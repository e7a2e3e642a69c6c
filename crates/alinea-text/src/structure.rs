//! What each paragraph is: a heading, body text or a footnote, and, in a resolution,
//! whether it belongs to the preamble or the operative part.
//!
//! The rules look only at shape (labels, length, closing punctuation, position), never at
//! words of one language, so they hold for all seven languages of the corpus.

use crate::label::{parse_leading, parse_letter_dot, parse_trailing, Label, LabelKind};
use crate::symbols::find_symbols;

/// The role of a paragraph in its document.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ParaKind {
    /// A title, a header line, a date line: short and not closed by punctuation.
    Heading,
    /// Running text.
    Body,
    /// A footnote: a marker (`¹`, `*`, `(1)`) followed by a short reference.
    Footnote,
}

impl ParaKind {
    /// A lowercase name for machine output.
    pub fn as_str(&self) -> &'static str {
        match self {
            ParaKind::Heading => "heading",
            ParaKind::Body => "body",
            ParaKind::Footnote => "footnote",
        }
    }
}

/// The two parts of a resolution.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Part {
    /// The considerations before the operative paragraphs (`Recalling…,`).
    Preamble,
    /// The numbered decisions (`1. Decides…`) and their sub-items.
    Operative,
}

impl Part {
    /// A lowercase name for machine output.
    pub fn as_str(&self) -> &'static str {
        match self {
            Part::Preamble => "preamble",
            Part::Operative => "operative",
        }
    }
}

/// Finds a paragraph's label: at its start, or in the damaged trailing form at the end of
/// its first line (`first_line` is that line's text). Returns the label and where the
/// body text starts.
pub fn find_label(text: &str, first_line: &str) -> Option<(Label, usize)> {
    if let Some(found) = parse_leading(text).or_else(|| parse_letter_dot(text)) {
        return Some(found);
    }
    parse_trailing(first_line).map(|l| (l, 0))
}

/// Classifies one paragraph by its shape.
pub fn classify(text: &str, label: Option<&Label>, lines: usize) -> ParaKind {
    let trimmed = text.trim();
    let chars = trimmed.chars().count();
    let first = trimmed.chars().next();
    let superscript = matches!(first, Some('¹' | '²' | '³' | '⁴'..='⁹'));
    let star =
        trimmed.starts_with("* ") || trimmed.starts_with("** ") && !trimmed[3..].contains("**");
    if (superscript || star) && chars < 300 {
        return ParaKind::Footnote;
    }
    if let Some(l) = label {
        // `(1) A/70/174.`: a numbered marker whose content is a short reference.
        let bracketed = trimmed.starts_with('(') && l.kind == LabelKind::Number;
        if bracketed && chars < 120 && !find_symbols(trimmed).is_empty() {
            return ParaKind::Footnote;
        }
        return ParaKind::Body;
    }
    let last = trimmed
        .trim_end_matches(['*', '"', '»', '”', ')', ']', '）'])
        .chars()
        .next_back();
    let closed = matches!(
        last,
        Some(
            '.' | '!' | '?' | ';' | ',' | ':' | '。' | '！' | '？' | '؟' | '،' | '؛' | '，' | '；'
        )
    );
    let all_caps = chars <= 300
        && trimmed
            .chars()
            .filter(|c| c.is_uppercase())
            .nth(7)
            .is_some()
        && crate::reflow::is_all_caps(trimmed);
    if trimmed.starts_with('#') || all_caps || (!closed && chars <= 150 && lines <= 3) {
        return ParaKind::Heading;
    }
    ParaKind::Body
}

/// Assigns preamble and operative parts, given each paragraph's kind, label and whether
/// its text ends like a preambular clause (with a comma or semicolon).
///
/// The operative part is the run that starts at the first body paragraph numbered 1 and
/// goes on while paragraphs are numbered or lettered (footnotes in between are skipped).
/// The preamble is the run of unlabelled body paragraphs just before it that end with a
/// comma-like mark; the short opening (`The General Assembly,`) is left out of it. No
/// parts are assigned unless both are found: a report is not a resolution.
pub fn assign_parts(paras: &[(ParaKind, Option<&Label>, bool, usize)]) -> Vec<Option<Part>> {
    let mut parts = vec![None; paras.len()];
    let Some(first_op) = paras.iter().position(|(kind, label, _, _)| {
        *kind == ParaKind::Body
            && label.is_some_and(|l| l.kind == LabelKind::Number && l.value == "1")
    }) else {
        return parts;
    };
    // Walk back to the opening line (`The General Assembly,`) or a heading. PDF damage
    // sometimes splits a clause in two, so not every paragraph ends with a comma; most do.
    let mut preamble = Vec::new();
    let mut comma_ends = 0;
    for k in (0..first_op).rev() {
        let (kind, label, comma_end, chars) = paras[k];
        match kind {
            ParaKind::Footnote => continue,
            ParaKind::Body if label.is_none() && chars >= 40 => {
                preamble.push(k);
                comma_ends += usize::from(comma_end);
            }
            _ => break,
        }
    }
    if preamble.len() < 2 || comma_ends * 2 < preamble.len() {
        return parts;
    }
    for k in preamble {
        parts[k] = Some(Part::Preamble);
    }
    for (k, (kind, label, _, _)) in paras.iter().enumerate().skip(first_op) {
        match kind {
            ParaKind::Footnote => continue,
            ParaKind::Body if label.is_some() => parts[k] = Some(Part::Operative),
            // A sub-item continuation without a label still belongs to the operative part
            // when the next labelled paragraph follows.
            ParaKind::Body => {
                let more = paras[k + 1..]
                    .iter()
                    .find(|p| p.0 != ParaKind::Footnote)
                    .is_some_and(|p| p.1.is_some());
                if more {
                    parts[k] = Some(Part::Operative);
                } else {
                    break;
                }
            }
            _ => break,
        }
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn footnotes_headings_and_body() {
        let l = parse_leading("(1) A/70/174.").map(|x| x.0);
        assert_eq!(classify("(1) A/70/174.", l.as_ref(), 1), ParaKind::Footnote);
        assert_eq!(classify("¹ [A/77/275](#)。", None, 1), ParaKind::Footnote);
        assert_eq!(
            classify("* 由于技术原因于 2022 年 10 月 26 日重发。", None, 1),
            ParaKind::Footnote
        );
        assert_eq!(
            classify("Гавана, 10 июля 2019 года", None, 1),
            ParaKind::Heading
        );
        assert_eq!(
            classify("الدورة الخامسة والسبعون", None, 1),
            ParaKind::Heading
        );
        assert_eq!(
            classify(
                "Information technologies should be used for peace.",
                None,
                1
            ),
            ParaKind::Body
        );
        let l = parse_leading("1. Decides to convene").map(|x| x.0);
        assert_eq!(
            classify("1. Decides to convene", l.as_ref(), 1),
            ParaKind::Body
        );
    }

    #[test]
    fn multi_level_letter_and_roman_labels() {
        let doc = crate::Document::parse(
            "1.1 Scope of the rules\n\n1.1.2 Definitions used here.\n\na. the first item;\n\n\
             A. Introduction\n\n(i) a sub-item;\n\nIV. Conclusions\n\nb) the last item.\n\n\
             J. K. Rowling wrote it.\n\n1.5 million people came.\n",
        );
        let labels: Vec<Option<(&str, LabelKind)>> = doc
            .paragraphs()
            .iter()
            .map(|p| p.label().map(|l| (l.value.as_str(), l.kind)))
            .collect();
        use LabelKind::*;
        assert_eq!(
            labels,
            [
                Some(("1.1", Number)),
                Some(("1.1.2", Number)),
                Some(("a", Letter)),
                Some(("a", Letter)),
                Some(("i", Roman)),
                Some(("iv", Roman)),
                Some(("b", Letter)),
                None,
                None,
            ]
        );
        assert_eq!(doc.paragraphs()[3].body(), "Introduction");
    }

    #[test]
    fn preamble_and_operative() {
        let one = parse_leading("1. Decides").unwrap().0;
        let two = parse_leading("2. Requests").unwrap().0;
        let a = parse_leading("(a) item").unwrap().0;
        let paras = vec![
            (ParaKind::Heading, None, false, 20),
            (ParaKind::Body, None, true, 21), // The General Assembly,
            (ParaKind::Body, None, true, 200),
            (ParaKind::Body, None, true, 150),
            (ParaKind::Footnote, None, false, 12),
            (ParaKind::Body, Some(&one), false, 100),
            (ParaKind::Body, Some(&a), false, 50),
            (ParaKind::Body, Some(&two), false, 100),
            (ParaKind::Heading, None, false, 20),
        ];
        let parts = assign_parts(&paras);
        use Part::*;
        assert_eq!(
            parts,
            [
                None,
                None,
                Some(Preamble),
                Some(Preamble),
                None,
                Some(Operative),
                Some(Operative),
                Some(Operative),
                None
            ]
        );
        // Without a preamble, nothing is assigned.
        assert!(assign_parts(&paras[5..]).iter().all(Option::is_none));
    }
}
