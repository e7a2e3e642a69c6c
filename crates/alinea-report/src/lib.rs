//! Renderers for alinea's results. Engines return plain data; this crate turns it into the
//! formats people and tools read. Every renderer writes to any `io::Write`, so tests
//! capture output in a `Vec<u8>` and the CLI streams to a file or standard output.
//!
//! # Alignment formats
//!
//! * **ladder**: one bead per line, `[i, j]:[k]` with 0-based sentence indices and `[]` for
//!   an empty side, optionally followed by `:score`. This is the gold sets' format.
//! * **jsonl**: one object per bead: `src`, `tgt` (index lists), `src_text`, `tgt_text`
//!   (sentences joined), `score` (confidence 0–1), `flags` (list of names:
//!   `number_mismatch`, `length_ratio`, `omission`, `addition`, `incomplete`,
//!   `untranslated`, `low_confidence`),
//!   `shape` (`"1-2"`). Field names are stable; new fields may be added.
//! * **tsv**: `src_text<TAB>tgt_text<TAB>score<TAB>flags`, tabs and line breaks in text
//!   replaced by spaces.
//! * **tmx**: TMX 1.4b; one `<tu>` per bead with text on both sides, `srclang` and
//!   `xml:lang` from the document languages, the score as a `<prop>`.
//! * **html**: one self-contained page (no network requests), side by side, `dir="rtl"`
//!   on Arabic and Persian cells, flags visible, summary at the top.
//!
//! # Memory check formats
//!
//! [`render_check`] writes the flagged units of `alinea check` as TSV (header row `id`,
//! the two languages, `score`, `flags`, `notes`), JSON Lines ([`json::checked_unit_json`])
//! or one HTML page; [`check_summary`] is its one-line summary.
//!
//! # Version comparison formats
//!
//! Diffs, series histories and cross-language comparisons render as plain text (with
//! terminal colours on request), Markdown and HTML; JSON is the `alinea-diff` data model
//! serialized as it is (`summary`, `changes` with `kind`, `old`, `new`, `old_label`,
//! `new_label`, `old_refs`, `new_refs`, `renumbered`, `similarity`, `edits`). A diff also
//! renders as:
//!
//! * **wdiff** ([`render_diff_wdiff`]): `[-deleted-]{+inserted+}` in the original text;
//! * **md** ([`render_diff_markdown`]): summary table, table of changes, then each change
//!   with `~~deleted~~` and `**inserted**`;
//! * **side by side** ([`render_diff_side_by_side`]): one HTML page, old and new in two
//!   columns;
//! * **docx** ([`render_diff_docx`]): Word tracked changes.
//!
//! Every redline comes from [`pieces`]: the edits tile the paragraphs, so dropping the
//! deletions gives the new text and dropping the insertions the old (whitespace folded by
//! [`fold_space`]). Headings name paragraphs the way the document does (`OP 3 → OP 2`,
//! `PP 5`, `annex ¶ 12`; see `alinea_diff::paragraph_refs`).

#![deny(missing_docs)]

mod align;
mod check;
mod diff;
mod docx;
mod escape;
pub mod json;
mod markdown;
mod page;
mod redline;
mod sidebyside;

pub use align::{
    flag_names, render_alignment, render_alignment_min_score, AlignFormat, AlignReport,
};
pub use check::{check_summary, render_check, CheckFormat, CheckReport, CheckedUnit};
pub use diff::{
    render_cross_html, render_cross_text, render_diff_html, render_diff_text, render_diff_wdiff,
    render_history_html, render_history_text, CrossReport, DiffReport, HistoryReport, TextStyle,
};
pub use docx::{render_diff_docx, render_diff_docx_dated, revision_date_now, AUTHOR};
pub use escape::{escape_html, escape_xml};
pub use markdown::{escape_markdown, render_diff_markdown};
pub use redline::{fold_space, headline, pieces, rebuild, Piece};
pub use sidebyside::render_diff_side_by_side;
