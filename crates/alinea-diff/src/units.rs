//! The matching view of each paragraph: normalized body (label stripped), word tokens with
//! their spans in the original, a whitespace-free key and its trigrams.

use alinea_text::normalize::normalize;
use alinea_text::{Document, Paragraph, Span};
use rayon::prelude::*;

use crate::refs::paragraph_refs;
use crate::tokens::{tokenize, trigrams};

/// A word token: its text in the normalized view and its span in the original document.
#[derive(Clone, Debug)]
pub(crate) struct Token {
    pub(crate) norm: std::ops::Range<usize>,
    pub(crate) span: Span,
}

/// One paragraph prepared for matching.
#[derive(Clone, Debug)]
pub(crate) struct Unit {
    /// Normalized body, label excluded, so renumbering is invisible to matching.
    pub(crate) norm: String,
    pub(crate) tokens: Vec<Token>,
    /// `norm` without whitespace: equal keys mean "unchanged".
    pub(crate) key: String,
    pub(crate) grams: Vec<u64>,
    pub(crate) label: Option<String>,
    /// Span of the whole paragraph (label included) in the original: the edits of a
    /// redline tile it.
    pub(crate) span: Span,
    /// Whether the label stands before the body as its own piece of text (a leading
    /// label of a paragraph that has a body); it then gets a token of its own in the
    /// redline, so renumbering shows there as `[-3.-]{+2.+}`.
    pub(crate) leading_label: bool,
    /// The document's own name for the paragraph (`OP 3`, `PP 5`, `¶ 12`).
    pub(crate) reference: String,
}

impl Unit {
    pub(crate) fn token_str(&self, i: usize) -> &str {
        &self.norm[self.tokens[i].norm.clone()]
    }
}

/// Documents below this many paragraphs are prepared on one thread: spawning costs more
/// than it saves.
const PARALLEL_MIN: usize = 256;

/// Prepares every paragraph of `doc`.
pub(crate) fn prepare(doc: &Document) -> Vec<Unit> {
    let paras = doc.paragraphs();
    let refs = paragraph_refs(doc);
    if paras.len() >= PARALLEL_MIN {
        paras
            .par_iter()
            .zip(refs)
            .map(|(p, r)| prepare_one(p, r))
            .collect()
    } else {
        paras
            .iter()
            .zip(refs)
            .map(|(p, r)| prepare_one(p, r))
            .collect()
    }
}

fn prepare_one(p: &Paragraph, reference: String) -> Unit {
    let mut view = p.normalized_body();
    // A paragraph that is only a label (a bare "12.") keeps its label as its text, so it
    // can still be matched and is never an empty key that equals every other one.
    let label_only = view.as_str().is_empty();
    if label_only {
        view = normalize(p.text());
    }
    let norm = view.as_str().to_string();
    let tokens = tokenize(&norm)
        .into_iter()
        .map(|r| {
            let local = view.span_to_original(r.start, r.end);
            Token {
                span: p.span_of(local.start, local.end),
                norm: r,
            }
        })
        .collect();
    let key: String = norm.chars().filter(|c| !c.is_whitespace()).collect();
    let grams = trigrams(&key);
    Unit {
        norm,
        tokens,
        key,
        grams,
        label: p.label().map(|l| l.value.clone()),
        span: p.span(),
        leading_label: !label_only && p.label().is_some_and(|l| !l.trailing),
        reference,
    }
}
