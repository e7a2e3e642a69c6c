//! The document model: paragraphs with their structure, language and sentences, every unit
//! with a span into the original text.

use std::ops::Range;

use thiserror::Error;

use crate::label::Label;
use crate::lines::{split_lines, Line};
use crate::normalize::{normalize_with_base, Normalized};
use crate::reflow::{paragraphs_of_lines, RawParagraph};
use crate::sentence::split_sentences;
use crate::structure::{assign_parts, classify, find_label, ParaKind, Part};
use crate::{Lang, Span};

/// A paragraph: its joined text, where it came from, and what it is.
#[derive(Clone, Debug)]
pub struct Paragraph {
    raw: RawParagraph,
    label: Option<Label>,
    body_start: usize,
    kind: ParaKind,
    part: Option<Part>,
    lang: Option<Lang>,
    sentences: Range<usize>,
}

impl Paragraph {
    /// The paragraph's text with its line wraps joined (a space, or nothing across a
    /// line-end hyphen). Offsets of sentences are relative to this text.
    pub fn text(&self) -> &str {
        &self.raw.text
    }

    /// The text after the label (the whole text when there is none or it trails).
    pub fn body(&self) -> &str {
        &self.raw.text[self.body_start..]
    }

    /// Span of the paragraph in the original.
    pub fn span(&self) -> Span {
        self.raw.span
    }

    /// 1-based numbers of its first and last lines.
    pub fn lines(&self) -> (usize, usize) {
        (self.raw.first_line, self.raw.last_line)
    }

    /// The paragraph label, if any.
    pub fn label(&self) -> Option<&Label> {
        self.label.as_ref()
    }

    /// Heading, body or footnote.
    pub fn kind(&self) -> ParaKind {
        self.kind
    }

    /// Preamble or operative part, for resolutions.
    pub fn part(&self) -> Option<Part> {
        self.part
    }

    /// The paragraph's language, once set.
    pub fn lang(&self) -> Option<Lang> {
        self.lang
    }

    /// Indices of its sentences in [`Document::sentences`].
    pub fn sentence_range(&self) -> Range<usize> {
        self.sentences.clone()
    }

    /// Maps a range of [`Paragraph::text`] to the original.
    pub fn span_of(&self, start: usize, end: usize) -> Span {
        self.raw.span_to_original(start, end)
    }

    /// The normalized matching view of the body (label excluded), mapped into the
    /// original document.
    pub fn normalized_body(&self) -> Normalized {
        // Normalizing the joined text and mapping through the paragraph keeps both maps
        // exact; the base is the body's offset inside the joined text.
        normalize_with_base(self.body(), self.body_start)
    }
}

/// A sentence: a span of the original and its place in the paragraph's joined text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    span: Span,
    para: usize,
    local: Range<usize>,
}

impl Sentence {
    /// Span in the original text.
    pub fn span(&self) -> Span {
        self.span
    }

    /// Index of its paragraph.
    pub fn para(&self) -> usize {
        self.para
    }

    /// Range inside the paragraph's joined text.
    pub fn local(&self) -> Range<usize> {
        self.local.clone()
    }
}

/// Why a `--presplit` input was refused.
#[derive(Debug, Error, PartialEq, Eq)]
#[non_exhaustive]
pub enum PresplitError {
    /// An empty line: one-sentence-per-line files must not have them, since the line
    /// numbers are the sentence indices the user's gold data refers to.
    #[error("line {line} is empty; --presplit input must have exactly one sentence per line")]
    EmptyLine {
        /// 1-based line number.
        line: usize,
    },
}

/// A parsed document.
#[derive(Clone, Debug)]
pub struct Document {
    text: String,
    lines: Vec<Line>,
    paragraphs: Vec<Paragraph>,
    sentences: Vec<Sentence>,
}

impl Document {
    /// Parses text: rebuilds paragraphs from wrapped lines and finds their structure.
    /// Languages are unset and sentences empty until [`Document::set_languages`] and
    /// [`Document::split_sentences`].
    pub fn parse(text: impl Into<String>) -> Document {
        let text = text.into();
        let lines = split_lines(&text);
        let raws = paragraphs_of_lines(&text, &lines);
        let mut paras: Vec<Paragraph> = raws
            .into_iter()
            .map(|raw| {
                let first = raw.pieces[0];
                let first_line = &raw.text[first.text_start..first.text_start + first.len];
                let found = find_label(&raw.text, first_line);
                let (label, body_start) = match found {
                    Some((l, start)) => (Some(l), start),
                    None => (None, 0),
                };
                let n_lines = raw.last_line - raw.first_line + 1;
                let kind = classify(&raw.text, label.as_ref(), n_lines);
                Paragraph {
                    raw,
                    label,
                    body_start,
                    kind,
                    part: None,
                    lang: None,
                    sentences: 0..0,
                }
            })
            .collect();
        let shapes: Vec<_> = paras
            .iter()
            .map(|p| {
                let t = p.text().trim_end_matches(['*', ' ']);
                let comma = t.ends_with([',', ';', '،', '؛', '，', '；', ':']);
                // Chinese packs about three Latin characters' worth into one.
                let weight = cjk_weight(p.text());
                (p.kind, p.label.as_ref(), comma, weight)
            })
            .collect();
        let parts = assign_parts(&shapes);
        for (p, part) in paras.iter_mut().zip(parts) {
            p.part = part;
        }
        Document {
            text,
            lines,
            paragraphs: paras,
            sentences: Vec::new(),
        }
    }

    /// A document that is already one sentence per line (`--presplit`): each line is a
    /// paragraph with exactly one sentence, so sentence indices are 0-based line numbers.
    pub fn presplit(text: impl Into<String>) -> Result<Document, PresplitError> {
        let text = text.into();
        let lines = split_lines(&text);
        let mut paragraphs = Vec::with_capacity(lines.len());
        let mut sentences = Vec::with_capacity(lines.len());
        for line in &lines {
            let raw = &text[line.span.range()];
            let trimmed = raw.trim();
            if trimmed.is_empty() {
                return Err(PresplitError::EmptyLine { line: line.number });
            }
            let lead = raw.len() - raw.trim_start().len();
            let span = Span::new(
                line.span.start + lead,
                line.span.start + lead + trimmed.len(),
            );
            let idx = paragraphs.len();
            paragraphs.push(Paragraph {
                raw: RawParagraph {
                    text: trimmed.to_string(),
                    pieces: vec![crate::reflow::Piece {
                        text_start: 0,
                        orig_start: span.start,
                        len: span.len(),
                    }],
                    span,
                    first_line: line.number,
                    last_line: line.number,
                },
                label: None,
                body_start: 0,
                kind: ParaKind::Body,
                part: None,
                lang: None,
                sentences: idx..idx + 1,
            });
            sentences.push(Sentence {
                span,
                para: idx,
                local: 0..trimmed.len(),
            });
        }
        Ok(Document {
            text,
            lines,
            paragraphs,
            sentences,
        })
    }

    /// The original text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Its physical lines.
    pub fn lines(&self) -> &[Line] {
        &self.lines
    }

    /// Its paragraphs, in order.
    pub fn paragraphs(&self) -> &[Paragraph] {
        &self.paragraphs
    }

    /// Its sentences, in order (empty until split).
    pub fn sentences(&self) -> &[Sentence] {
        &self.sentences
    }

    /// The text of a sentence, from its paragraph's joined text (wraps joined).
    pub fn sentence_text(&self, s: &Sentence) -> &str {
        &self.paragraphs[s.para].raw.text[s.local.clone()]
    }

    /// Sets each paragraph's language (one entry per paragraph; extra entries ignored).
    pub fn set_languages(&mut self, langs: &[Option<Lang>]) {
        for (p, l) in self.paragraphs.iter_mut().zip(langs) {
            p.lang = *l;
        }
    }

    /// Splits every paragraph into sentences with the rules of its language.
    pub fn split_sentences(&mut self) {
        self.sentences.clear();
        for (pi, p) in self.paragraphs.iter_mut().enumerate() {
            let start = self.sentences.len();
            for s in split_sentences(&p.raw.text, p.lang) {
                let span = p.raw.span_to_original(s.start, s.end);
                self.sentences.push(Sentence {
                    span,
                    para: pi,
                    local: s.start..s.end,
                });
            }
            p.sentences = start..self.sentences.len();
        }
    }

    /// Keeps only the paragraphs in `range`, renumbering sentences; used to cut a
    /// two-language file into its language runs.
    pub fn slice(&self, range: Range<usize>) -> Document {
        let mut paragraphs: Vec<Paragraph> = self.paragraphs[range.clone()].to_vec();
        let mut sentences = Vec::new();
        for (pi, p) in paragraphs.iter_mut().enumerate() {
            let start = sentences.len();
            for s in &self.sentences[p.sentences.clone()] {
                sentences.push(Sentence {
                    span: s.span,
                    para: pi,
                    local: s.local.clone(),
                });
            }
            p.sentences = start..sentences.len();
        }
        Document {
            text: self.text.clone(),
            lines: self.lines.clone(),
            paragraphs,
            sentences,
        }
    }
}

/// A paragraph's length in Latin-character equivalents: a CJK character counts three.
/// Every character `is_cjk` accepts is at or above U+0E00, so three or four bytes long:
/// only characters with such a lead byte are decoded, the rest are counted.
fn cjk_weight(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut wide = 0;
    let mut i = crate::bytescan::find(bytes, 0, |b| b >= 0xE0);
    while i < bytes.len() {
        wide += usize::from(text[i..].chars().next().is_some_and(crate::label::is_cjk));
        i = crate::bytescan::find(bytes, i + 1, |b| b >= 0xE0);
    }
    text.chars().count() + 2 * wide
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cjk_characters_weigh_three() {
        // ZWNJ is three bytes long but not CJK; CJK punctuation counts like a letter.
        assert_eq!(cjk_weight("ab"), 2);
        assert_eq!(cjk_weight("می\u{200C}شود"), 6);
        assert_eq!(cjk_weight("1.支持。"), 2 + 3 + 3 + 3);
        assert_eq!(cjk_weight("ก𠀀"), 6);
    }

    #[test]
    fn presplit_refuses_empty_lines() {
        let d = Document::presplit("one\ntwo\r\nthree\n").unwrap();
        assert_eq!(d.sentences().len(), 3);
        assert_eq!(d.sentence_text(&d.sentences()[2]), "three");
        assert_eq!(
            Document::presplit("one\n\nthree").unwrap_err(),
            PresplitError::EmptyLine { line: 2 }
        );
    }

    #[test]
    fn sentences_map_into_the_original() {
        let text = "The General Assembly,\n\nRecalling its resolution 53/70. Noting the report.\n";
        let mut d = Document::parse(text);
        d.split_sentences();
        for s in d.sentences() {
            let orig = &text[s.span().range()];
            assert_eq!(orig, d.sentence_text(s));
        }
        assert!(d.sentences().len() >= 3);
    }
}
