//! Sentence boundaries inside one paragraph.
//!
//! Placeholder: UAX #29 boundaries only. The per-language rules (abbreviations, decimals,
//! labels, CJK and Arabic stops, closing quotes) are being written.

use unicode_segmentation::UnicodeSegmentation;

use crate::{Lang, Span};

/// Splits one paragraph's text into sentences.
///
/// Returned spans are byte ranges into `text`, in order, non-overlapping, trimmed of
/// surrounding whitespace and never empty; whitespace-only text gives no sentence.
pub fn split_sentences(text: &str, lang: Option<Lang>) -> Vec<Span> {
    let _ = lang;
    let mut out = Vec::new();
    for (start, s) in text.split_sentence_bound_indices() {
        let lead = s.len() - s.trim_start().len();
        let trimmed = s.trim();
        if !trimmed.is_empty() {
            out.push(Span::new(start + lead, start + lead + trimmed.len()));
        }
    }
    out
}
