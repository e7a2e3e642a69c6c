//! The result types: plain data, serializable with the `serde` feature.
//!
//! # JSON fields (stable)
//!
//! A [`Diff`] serializes as `{"summary": {...}, "changes": [...]}`. Each change has
//! `kind` (`"unchanged"`, `"modified"`, `"added"`, `"deleted"`, `"moved"`, `"split"`,
//! `"merged"`), `old` and `new` (0-based paragraph indices), `old_label`, `new_label`
//! (normalized labels or `null`), `old_refs`, `new_refs` (the document's own names of
//! those paragraphs: `"OP 3"`, `"PP 5"`, `"annex ¶ 12"`, `"¶ 14"`), `renumbered`, `similarity` (0 to 1) and `edits`. Each
//! edit has `op` (`"equal"`, `"insert"`, `"delete"`, `"replace"`), `old_span` and
//! `new_span` (`{"start", "end"}` byte offsets into each version's original text; empty at
//! the insertion point for one-sided edits) and `old_text`, `new_text` (the original bytes
//! at those spans, exactly).
//!
//! # Tiling
//!
//! The edits of a change, in order, tile its paragraphs on both sides: the first edit's
//! span starts where the first paragraph starts, each span ends where the next begins,
//! and the last ends where the last paragraph ends (for a split or merge, the blank lines
//! between the paragraphs of a group belong to the edit before them). Whitespace and line
//! breaks belong to the edit of the word before them, and a leading label (`3.`, `(a)`)
//! is a piece of its own. Concatenating the `old_text`s of a change therefore gives the
//! old paragraphs' original bytes, and the `new_text`s the new ones': a renderer can
//! rebuild both versions from a redline. An `equal` edit may still differ in bytes
//! between the sides (line breaks of re-wrapped text, digit systems, letter forms, case).

use alinea_text::Span;

/// What happened to one paragraph (or group of paragraphs) between two versions.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum ChangeKind {
    /// Same text after normalization (a new number alone does not count: see
    /// [`Change::renumbered`]).
    Unchanged,
    /// Reworded in place.
    Modified,
    /// Only in the new version.
    Added,
    /// Only in the old version.
    Deleted,
    /// Out of order relative to the other matched paragraphs; may also be reworded
    /// (then [`Change::edits`] is not empty).
    Moved,
    /// One old paragraph became several consecutive new ones.
    Split,
    /// Several consecutive old paragraphs became one new one.
    Merged,
}

impl ChangeKind {
    /// All kinds, in report order.
    pub const ALL: [ChangeKind; 7] = [
        ChangeKind::Unchanged,
        ChangeKind::Modified,
        ChangeKind::Added,
        ChangeKind::Deleted,
        ChangeKind::Moved,
        ChangeKind::Split,
        ChangeKind::Merged,
    ];

    /// The lowercase name used in JSON and reports.
    pub fn as_str(self) -> &'static str {
        match self {
            ChangeKind::Unchanged => "unchanged",
            ChangeKind::Modified => "modified",
            ChangeKind::Added => "added",
            ChangeKind::Deleted => "deleted",
            ChangeKind::Moved => "moved",
            ChangeKind::Split => "split",
            ChangeKind::Merged => "merged",
        }
    }
}

/// One word-level operation of a redline.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum EditOp {
    /// The same words on both sides (after normalization).
    Equal,
    /// Words only in the new version.
    Insert,
    /// Words only in the old version.
    Delete,
    /// Old words replaced by new ones.
    Replace,
}

/// A run of words with its place in both originals.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Edit {
    /// What happened to the run.
    pub op: EditOp,
    /// Byte span in the old original (empty, at the insertion point, for an insert).
    pub old_span: Span,
    /// Byte span in the new original (empty, at the deletion point, for a delete).
    pub new_span: Span,
    /// The old original's bytes at `old_span`, exactly (trailing whitespace included).
    pub old_text: String,
    /// The new original's bytes at `new_span`, exactly (trailing whitespace included).
    pub new_text: String,
}

/// One entry of a diff. Every paragraph of both versions is in exactly one change.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Change {
    /// What happened.
    pub kind: ChangeKind,
    /// 0-based indices of the old paragraphs involved (empty for `added`).
    pub old: Vec<usize>,
    /// 0-based indices of the new paragraphs involved (empty for `deleted`).
    pub new: Vec<usize>,
    /// Normalized label of the first old paragraph (`"14"`, `"a"`), if any.
    pub old_label: Option<String>,
    /// Normalized label of the first new paragraph, if any.
    pub new_label: Option<String>,
    /// The document's own name for each old paragraph, parallel to `old` (`"OP 3"`,
    /// `"PP 5"`, `"OP 2 (a)"`, `"annex ¶ 12"`, or the position `"¶ 14"`); see
    /// [`paragraph_refs`](crate::paragraph_refs).
    pub old_refs: Vec<String>,
    /// The same for each new paragraph, parallel to `new`.
    pub new_refs: Vec<String>,
    /// The paragraph kept its text but changed its label (only meaningful when both sides
    /// are present).
    pub renumbered: bool,
    /// Similarity of the normalized bodies, 0 to 1 (1 for unchanged, 0 for added and
    /// deleted).
    pub similarity: f64,
    /// Word-level redline, including equal runs, for modified, moved-with-edits, split and
    /// merged changes; empty otherwise.
    pub edits: Vec<Edit>,
}

/// Counts per kind and overall figures.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Summary {
    /// Paragraphs in the old version.
    pub old_paragraphs: usize,
    /// Paragraphs in the new version.
    pub new_paragraphs: usize,
    /// Number of `unchanged` changes.
    pub unchanged: usize,
    /// Number of `modified` changes.
    pub modified: usize,
    /// Number of `added` changes.
    pub added: usize,
    /// Number of `deleted` changes.
    pub deleted: usize,
    /// Number of `moved` changes.
    pub moved: usize,
    /// Number of `split` changes.
    pub split: usize,
    /// Number of `merged` changes.
    pub merged: usize,
    /// Changes whose label changed (any kind with both sides).
    pub renumbered: usize,
    /// Share of the normalized text (both versions together, in bytes) that is added,
    /// deleted or inside a non-equal edit: 0 = nothing changed, 1 = nothing in common.
    pub change_ratio: f64,
    /// Almost nothing matched (under a fifth of the paragraphs): the two files are
    /// probably not versions of one text, and the diff is not worth reading.
    pub unrelated_documents: bool,
}

impl Summary {
    /// The count for one kind.
    pub fn count(&self, kind: ChangeKind) -> usize {
        match kind {
            ChangeKind::Unchanged => self.unchanged,
            ChangeKind::Modified => self.modified,
            ChangeKind::Added => self.added,
            ChangeKind::Deleted => self.deleted,
            ChangeKind::Moved => self.moved,
            ChangeKind::Split => self.split,
            ChangeKind::Merged => self.merged,
        }
    }

    pub(crate) fn count_mut(&mut self, kind: ChangeKind) -> &mut usize {
        match kind {
            ChangeKind::Unchanged => &mut self.unchanged,
            ChangeKind::Modified => &mut self.modified,
            ChangeKind::Added => &mut self.added,
            ChangeKind::Deleted => &mut self.deleted,
            ChangeKind::Moved => &mut self.moved,
            ChangeKind::Split => &mut self.split,
            ChangeKind::Merged => &mut self.merged,
        }
    }
}

/// The comparison of two versions.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Diff {
    /// Counts and overall figures.
    pub summary: Summary,
    /// Changes in reading order of the new version (deleted paragraphs where they stood).
    pub changes: Vec<Change>,
}

impl Diff {
    /// The changes of one kind.
    pub fn of_kind(&self, kind: ChangeKind) -> impl Iterator<Item = &Change> + '_ {
        self.changes.iter().filter(move |c| c.kind == kind)
    }
}
