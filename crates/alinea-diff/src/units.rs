//! The matching view of each paragraph: normalized body (label stripped), word tokens with
//! their spans in the original, a whitespace-free key and its trigrams.

use std::sync::OnceLock;

use alinea_text::fxhash::FxHashMap;
use alinea_text::normalize::{normalize, Normalized};
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

/// One paragraph prepared for matching. Only what exact matching needs is computed up
/// front (the normalized view and its whitespace-free key); the word tokens and the
/// trigrams are computed on first use, so the thousands of paragraphs of a long document
/// that reappear unchanged are never tokenized.
#[derive(Debug)]
pub(crate) struct Unit<'d> {
    /// Normalized body, label excluded, so renumbering is invisible to matching; maps
    /// back to the paragraph's joined text.
    view: Normalized,
    para: &'d Paragraph,
    tokens: OnceLock<Vec<Token>>,
    /// `norm` without whitespace: equal keys mean "unchanged".
    pub(crate) key: String,
    grams: OnceLock<Vec<u64>>,
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
    /// Whether the body normalized to nothing, so the view is of the label.
    label_only: bool,
}

impl Unit<'_> {
    /// The normalized body.
    pub(crate) fn norm(&self) -> &str {
        self.view.as_str()
    }

    /// The word tokens, with their spans in the original document.
    pub(crate) fn tokens(&self) -> &[Token] {
        self.tokens.get_or_init(|| {
            tokenize(self.view.as_str())
                .into_iter()
                .map(|r| {
                    let local = self.view.span_to_original(r.start, r.end);
                    Token {
                        span: self.para.span_of(local.start, local.end),
                        norm: r,
                    }
                })
                .collect()
        })
    }

    /// The key's character trigrams (sorted, distinct).
    pub(crate) fn grams(&self) -> &[u64] {
        self.grams.get_or_init(|| trigrams(&self.key))
    }

    pub(crate) fn token_str(&self, i: usize) -> &str {
        &self.norm()[self.tokens()[i].norm.clone()]
    }
}

/// Documents below this many paragraphs are prepared on one thread: spawning costs more
/// than it saves.
const PARALLEL_MIN: usize = 256;

/// Prepares every paragraph of `doc`.
pub(crate) fn prepare(doc: &Document) -> Vec<Unit<'_>> {
    prepare_reusing(doc, &[])
}

/// Prepares every paragraph of `doc`, taking the normalized view and key of a paragraph
/// whose joined text and label split equal one of `known` (another version's units)
/// from there instead of normalizing it again: two versions of a long text share most
/// of their paragraphs, and the view depends on nothing else (its map is relative to
/// the paragraph's own text), so the copy is exactly what normalizing would give.
pub(crate) fn prepare_reusing<'d>(doc: &'d Document, known: &[Unit<'_>]) -> Vec<Unit<'d>> {
    let index: FxHashMap<(&str, usize), usize> = known
        .iter()
        .enumerate()
        .map(|(i, u)| (split_of(u.para), i))
        .collect();
    let one = |(p, r): (&'d Paragraph, String)| match index.get(&split_of(p)) {
        Some(&i) => {
            let k = &known[i];
            with_view(p, r, (k.view.clone(), k.key.clone(), k.label_only))
        }
        None => prepare_one(p, r),
    };
    let paras = doc.paragraphs();
    let refs = paragraph_refs(doc);
    if paras.len() >= PARALLEL_MIN {
        paras.par_iter().zip(refs).map(one).collect()
    } else {
        paras.iter().zip(refs).map(one).collect()
    }
}

/// What a paragraph's view is a function of: its joined text and where its body starts.
fn split_of(p: &Paragraph) -> (&str, usize) {
    (p.text(), p.text().len() - p.body().len())
}

fn prepare_one(p: &Paragraph, reference: String) -> Unit<'_> {
    let mut view = p.normalized_body();
    // A paragraph that is only a label (a bare "12.") keeps its label as its text, so it
    // can still be matched and is never an empty key that equals every other one.
    let label_only = view.as_str().is_empty();
    if label_only {
        view = normalize(p.text());
    }
    let key: String = view
        .as_str()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    with_view(p, reference, (view, key, label_only))
}

fn with_view(
    p: &Paragraph,
    reference: String,
    (view, key, label_only): (Normalized, String, bool),
) -> Unit<'_> {
    Unit {
        view,
        para: p,
        tokens: OnceLock::new(),
        key,
        grams: OnceLock::new(),
        label: p.label().map(|l| l.value.clone()),
        span: p.span(),
        leading_label: !label_only && p.label().is_some_and(|l| !l.trailing),
        label_only,
        reference,
    }
}
