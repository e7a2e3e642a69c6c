//! Sentence and paragraph alignment of translations, with no external resources.
//!
//! ```
//! use alinea_align::Aligner;
//! use alinea_text::Lang;
//!
//! let aligner = Aligner::builder().band(6).threads(2).build()?;
//! let src = ["The committee met on 14 March.", "It adopted the report."];
//! let tgt = ["Le comité s'est réuni le 14 mars.", "Il a adopté le rapport."];
//! let a = aligner.align(&src, &tgt, Lang::EN, Lang::FR);
//! for bead in a.beads() {
//!     println!("{} {:.2} {:?}", bead.ladder(false), bead.score(), bead.flags());
//! }
//! # Ok::<(), alinea_align::AlignError>(())
//! ```
//!
//! # Beads
//! An alignment is a monotone sequence of *beads*; a bead `a-b` says that `a` consecutive
//! source sentences translate `b` consecutive target sentences. `1-0` and `0-1` beads are
//! omissions. Every sentence of both sides is in exactly one bead. The default shape set
//! ([`Shape::EXTENDED`]) has 19 shapes up to `1-6`, `2-4` and `3-3`, with a *structured*
//! prior: each sentence beyond the second costs a factor 0.1 and a bead that could be
//! split into two non-empty beads (`2-2`, `2-3`, …) a further 0.3.
//!
//! # Cost model
//! `cost(bead) = length + prior − evidence`, one set of constants for every language
//! pair, nothing fitted per document set:
//! - **length** (Gale & Church): surprise of the length ratio under a normal whose mean
//!   ratio comes from the two documents themselves and whose spread is 25 % for a
//!   sentence of average length. Lengths are characters without whitespace for every
//!   script (for Chinese that is the natural unit; for spaced scripts characters proved
//!   steadier than tokens). Omissions pay half of it.
//! - **evidence**: a log-likelihood ratio over anchor tokens — numbers after digit
//!   folding (`٣`, `۳`, `３` → `3`), document symbols (`A/RES/73/27`), `? ! : ; (`,
//!   quotes, ellipses, dashes, and 4-letter prefixes of words (cognates, names, Latin
//!   words inside Chinese text) — plus the log-likelihood ratio of a translation
//!   lexicon induced from the documents (Moore 2002: at least 25 confident `1-1` beads
//!   → IBM Model 1 both ways, jackknifed over 5 blocks, Chinese by character; each
//!   word scores `ln((t̄ + p) / p)` with `t̄` its mean translation probability from the
//!   bead's other side and `p` its unigram probability, half weight per direction; used
//!   only when it scores confident beads clearly above shifted pairs). Anchor match
//!   rates in true beads and in shifted (random) pairs are learned from the confident
//!   beads of the previous pass.
//!
//! Evidence is computed **per bead**, not summed over its sentence pairs: the bead's
//! source sentences and target sentences are two multisets of anchors, and a code found
//! `s` times on one side and `t` times on the other matches `min(s, t)` tokens per side;
//! the lexicon explains each target word by the mean of its translation probabilities
//! from all of the bead's source words (and the other way round). An anchor repeated in
//! neighbouring sentences therefore cannot pull them into the bead. A matched anchor of
//! a bead with `a` sentences on the other side costs `0.75 · ln a` (it had `a` chances
//! to match by luck; the full `ln a` over-charged true `2-2` and `2-3` beads).
//!
//! The pipeline: pass 0 (length + prior anchor rates, shapes of at most three
//! sentences, wide band around the diagonal) places the band; pass 0b (every shape,
//! same rates) gives the first confident beads (posterior ≥ 0.5); then up to
//! `lexicon_rounds` passes, each learning the anchor rates and the lexicon (from the
//! `1-1` beads) on the previous pass's confident beads. The rounds stop early once a
//! round moves fewer than 1 % of the beads (long, regular documents converge after two
//! rounds); a third round, in a document where at least 15 % of the confident beads
//! are not `1-1`, also learns the lexicon from the `2-1` and `1-2` beads. With `lexicon_rounds(0)` one pass with learned anchor rates follows pass 0b.
//! A final refinement merges up to three adjacent beads of the best path into one
//! splittable bead (`2-2`, `2-3`, …) when the best split of that bead does not have
//! positive evidence on both parts and the merged bead, without the prior's splittable
//! penalty, costs less than the beads it replaces. Last, an edge sentence of a bead of
//! three or more sentences that the rest of the bead does not support (it lowers the
//! bead's evidence, scores no better than chance against the other side on its own,
//! and its removal improves the length ratio) is split off into a `1-0` or `0-1` bead:
//! Gale & Church's omission prior makes folding a left-out sentence into a `2-1` bead
//! cheaper than paying for the omission, so the search alone rarely finds one.
//! Without a lexicon (short documents) anchors alone judge, with stricter margins:
//! a sentence is split off when it adds nothing the rest of the bead did not already
//! match and its removal helps the length ratio (`omission`).
//!
//! # Banding
//! The search visits only a band of cells: first `±max(8·band, 64)` target sentences
//! around the diagonal, then `±band` (default 6) around the previous pass's path.
//! Memory and time are `O(n · band · shapes)`. When the path comes within two cells of
//! the band's edge the pass is repeated with a doubled band, until the cell budget
//! ([`AlignerBuilder::cell_budget`]) says stop; [`Alignment::budget_hit`] then reports
//! it. Bead costs are computed in parallel over rows of start cells (rayon; each row's
//! source sentences are added one by one, then target sentences one by one per start
//! column, updating the matches incrementally), the recursions run sequentially, so
//! results do not depend on the thread count. Posteriors are summed over paths within
//! four cells of the best path (the rest carries negligible mass).
//!
//! # Confidence and flags
//! A bead's [`Bead::score`] is its forward–backward posterior, multiplied by the
//! document's relatedness (share of paired text whose evidence is positive) and lowered
//! for beads whose own evidence speaks against them, then calibrated (Platt scaling
//! with a term for beads other than `1-1`, fitted on ParIce and checked on three other
//! sets) into the probability that the bead is exactly right. Unrelated documents
//! therefore come out with low confidence and low coverage rather than confident
//! nonsense, and [`Summary::verdict`] says so. See [`Flags`] for `number_mismatch`,
//! `length_ratio`, `omission`, `addition`, `untranslated` (also a target sentence
//! copying a source sentence inside a larger bead; only when the copy is made of words
//! the rest of the document translates, not names, dates or lists of them: see
//! [`copies`]) and `low_confidence`.
//!
//! Cognate anchors compare the first four letters of words after transliterating
//! Cyrillic and Greek into Latin letters and reading `c` as `k`, so that
//! `информация`, `information` and `Kommission`/`commission` meet.
//!
//! # Empty input
//! An empty side is not an error: the other side's sentences all become omission beads.
//!
//! # Which settings to choose
//! | situation | setting |
//! | --- | --- |
//! | general use | defaults (19 shapes, band 6, up to 3 lexicon rounds) |
//! | very long documents, speed matters | `lexicon_rounds(1)`, `beads(&Shape::CLASSIC)` |
//! | close languages, UN-style numbered text | `lexicon_rounds(0..=1)` loses little |
//! | distant pairs (zh–en), literary text | defaults; a user `dictionary` helps |
//! | reordered or heavily edited texts | a wider `band`; check `budget_hit` |
//! | tests, very short texts | `full_search(true)` |
//!
//! For paragraph structure, [`Aligner::align_hierarchical`] aligns paragraphs first
//! (labels are strong anchors), then sentences inside aligned paragraphs.
//!
//! Ladder lines (`[0, 1]:[2]`) are rendered by [`ladder_line`] and read by
//! [`parse_ladder`].
#![deny(missing_docs)]

mod aligner;
mod anchors;
mod band;
mod confidence;
pub mod copies;
mod coverage;
mod dp;
mod empties;
mod error;
mod extra;
mod hierarchical;
pub mod invariants;
mod ladder;
mod length;
mod lexicon;
mod mixture;
mod moved_mark;
pub mod numbers;
mod omission;
mod prior;
mod result;
mod review;
mod scorer;
mod shapes;
mod split_model;
#[cfg(test)]
mod tests;
mod text;
mod truncation;
mod turns;

pub use aligner::{align, Aligner, AlignerBuilder};
pub use error::AlignError;
pub use hierarchical::{HierarchicalAlignment, ParaInput};
pub use ladder::{ladder_line, parse_ladder, LadderBead};
pub use numbers::{NumberDiff, NumberRef};
pub use result::{Alignment, Bead, Flags, Summary, Verdict};
pub use review::{Review, UnitEvidence};
pub use shapes::Shape;
