//! Version comparison for alinea: what changed between two versions of one text (say,
//! the 2016 and 2018 resolutions on one agenda item), and the history of a series.
//!
//! # Overview
//!
//! - [`diff`] and [`Differ::diff`] compare two parsed [`Document`]s and return a [`Diff`]:
//!   a [`Summary`] and one [`Change`] per paragraph or group of paragraphs, each with a
//!   [`ChangeKind`] (`unchanged`, `modified`, `added`, `deleted`, `moved`, `split`,
//!   `merged`) and, where words changed, a word-level redline of [`Edit`]s.
//! - [`history`] and [`Differ::history`] follow each paragraph through N versions
//!   ([`History`], [`Lineage`], [`Transition`]).
//! - [`Differ::builder`] sets the similarity threshold and the other knobs once; the
//!   built [`Differ`] is meant to be reused.
//!
//! ```
//! use alinea_text::Document;
//! use alinea_diff::{diff, ChangeKind};
//!
//! let old = Document::parse("1. Calls upon States to cooperate.\n\n2. Decides to remain seized.\n");
//! let new = Document::parse("1. Welcomes the report.\n\n2. Calls upon all States to cooperate.\n\n3. Decides to remain seized.\n");
//! let d = diff(&old, &new)?;
//! assert_eq!(d.summary.added, 1);
//! let seized = d.changes.iter().find(|c| c.old == [1]).unwrap();
//! assert_eq!(seized.kind, ChangeKind::Unchanged);
//! assert!(seized.renumbered);
//! # Ok::<(), alinea_diff::DiffError>(())
//! ```
//!
//! # Two layers
//!
//! As in the `similar` crate, matching works on indices and yields links (pairs and
//! groups of paragraphs, in or out of order); only then are the links that need it
//! expanded into a word redline (`similar`'s Patience diff over word tokens). A diff of
//! thousands of mostly unchanged paragraphs therefore costs a hash lookup per paragraph
//! and word diffs only where something changed.
//!
//! # What is not a change
//!
//! Matching and the redline work on the normalized view of `alinea-text` with paragraph
//! labels stripped: renumbering (reported as `renumbered: true`), re-wrapped lines,
//! spacing (also inside words: "بین الملل" against "بینالملل"), digit systems, Arabic
//! against Persian letter forms, tatweel and case are invisible. Punctuation is not: a
//! comma that became a full stop is an edit.
//!
//! # Spans
//!
//! Every [`Edit`] carries byte spans into the two original texts and quotes them, so a
//! report shows the user's own text, never the normalized view. Chinese and Japanese are
//! diffed by character.
//!
//! # Cost
//!
//! Candidate counterparts come from an inverted index of rare character trigrams, so each
//! paragraph is scored against a bounded number of others ([`DifferBuilder::candidates`]);
//! the whole comparison is near-linear in the input size. Token diffs run under a
//! deadline.

#![deny(missing_docs)]

mod crosslang;
mod differ;
mod edits;
mod error;
mod history;
pub mod invariants;
mod matching;
mod model;
mod refs;
mod tokens;
mod units;

pub use alinea_text::{Document, Span};
pub use crosslang::{
    compare_across_languages, Anchors, CrossDiff, CrossPair, CrossSummary, TRUSTED_CONFIDENCE,
};
pub use differ::{Differ, DifferBuilder};
pub use error::DiffError;
pub use history::{History, Lineage, Transition};
pub use model::{Change, ChangeKind, Diff, Edit, EditOp, Summary};
pub use refs::paragraph_refs;

/// Compares two versions with the default settings; see [`Differ::diff`].
///
/// # Errors
///
/// [`DiffError::EmptyVersion`] when either side has no text.
pub fn diff(old: &Document, new: &Document) -> Result<Diff, DiffError> {
    Differ::default().diff(old, new)
}

/// The history of a series with the default settings; see [`Differ::history`].
///
/// # Errors
///
/// [`DiffError::NoVersions`] or [`DiffError::EmptyVersion`].
pub fn history(versions: &[Document]) -> Result<History, DiffError> {
    Differ::default().history(versions)
}
