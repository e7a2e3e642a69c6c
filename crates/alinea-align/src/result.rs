//! Alignment results: beads with confidence and flags, and a document summary.

use std::collections::BTreeMap;

use crate::ladder::ladder_line;
use crate::numbers::NumberDiff;
use crate::shapes::Shape;

/// Review flags of a bead.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Flags(u8);

/// What the two documents are to each other, judged from the whole alignment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Verdict {
    /// Most of both texts is confidently paired.
    Aligned,
    /// The texts translate each other, but a sizeable share is missing, added or doubtful.
    PartlyAligned,
    /// Neither anchors nor the lexicon speak for the pairing: the documents do not look
    /// like translations of each other.
    Unrelated,
}

impl Verdict {
    /// A short machine-readable name: `aligned`, `partly_aligned`, `unrelated`.
    pub fn name(self) -> &'static str {
        match self {
            Verdict::Aligned => "aligned",
            Verdict::PartlyAligned => "partly_aligned",
            Verdict::Unrelated => "unrelated",
        }
    }
    /// A sentence for people: what the verdict means.
    pub fn describe(self) -> &'static str {
        match self {
            Verdict::Aligned => "aligned",
            Verdict::PartlyAligned => "partly aligned",
            Verdict::Unrelated => "these do not look like translations of each other",
        }
    }
}

impl std::fmt::Display for Verdict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.describe())
    }
}

impl Flags {
    pub(crate) const NUMBER_MISMATCH: u8 = 1;
    pub(crate) const LENGTH_RATIO: u8 = 2;
    pub(crate) const OMISSION: u8 = 4;
    pub(crate) const UNTRANSLATED: u8 = 8;
    pub(crate) const LOW_CONFIDENCE: u8 = 16;
    pub(crate) const ADDITION: u8 = 32;
    pub(crate) const INCOMPLETE: u8 = 64;

    pub(crate) fn set(&mut self, bit: u8) {
        self.0 |= bit;
    }

    /// Numbers, dates or document symbols differ between the two sides, compared as
    /// values (see [`crate::numbers`]); [`Bead::number_diff`] names them.
    pub fn number_mismatch(&self) -> bool {
        self.0 & Self::NUMBER_MISMATCH != 0
    }
    /// The length ratio is an outlier for this document pair.
    pub fn length_ratio(&self) -> bool {
        self.0 & Self::LENGTH_RATIO != 0
    }
    /// A `1-0` bead: source text with no counterpart in the target (left out).
    pub fn omission(&self) -> bool {
        self.0 & Self::OMISSION != 0
    }
    /// A `0-1` bead: target text with no counterpart in the source (added).
    pub fn addition(&self) -> bool {
        self.0 & Self::ADDITION != 0
    }
    /// The target stops on a word no sentence ends on (an article, a conjunction, a
    /// preposition of a language that never strands one: `… with the.`), where its
    /// source closes its sentence: the end of the translation is missing (see
    /// [`alinea_text::dangling`]).
    pub fn incomplete(&self) -> bool {
        self.0 & Self::INCOMPLETE != 0
    }
    /// Either side is empty (an omission or an addition).
    pub fn empty_side(&self) -> bool {
        self.0 & (Self::OMISSION | Self::ADDITION) != 0
    }
    /// Both sides are in the same language or nearly identical.
    pub fn untranslated(&self) -> bool {
        self.0 & Self::UNTRANSLATED != 0
    }
    /// Confidence is below one half.
    pub fn low_confidence(&self) -> bool {
        self.0 & Self::LOW_CONFIDENCE != 0
    }
    /// Whether any flag is set.
    pub fn any(&self) -> bool {
        self.0 != 0
    }
    /// The names of the set flags, in a fixed order, as renderers print them:
    /// `number_mismatch`, `length_ratio`, `omission`, `addition`, `incomplete`,
    /// `untranslated`, `low_confidence`.
    pub fn names(&self) -> Vec<&'static str> {
        [
            (Self::NUMBER_MISMATCH, "number_mismatch"),
            (Self::LENGTH_RATIO, "length_ratio"),
            (Self::OMISSION, "omission"),
            (Self::ADDITION, "addition"),
            (Self::INCOMPLETE, "incomplete"),
            (Self::UNTRANSLATED, "untranslated"),
            (Self::LOW_CONFIDENCE, "low_confidence"),
        ]
        .into_iter()
        .filter(|(b, _)| self.0 & b != 0)
        .map(|(_, n)| n)
        .collect()
    }
}

/// One bead: source and target unit indices that translate each other.
#[derive(Debug, Clone, PartialEq)]
pub struct Bead {
    pub(crate) src: Vec<usize>,
    pub(crate) tgt: Vec<usize>,
    pub(crate) score: f32,
    pub(crate) flags: Flags,
    /// The numbers that differ, when `number_mismatch` is set.
    pub(crate) numbers: Option<Box<NumberDiff>>,
}

impl Bead {
    /// Source indices (consecutive, possibly empty).
    pub fn src(&self) -> &[usize] {
        &self.src
    }
    /// Target indices (consecutive, possibly empty).
    pub fn tgt(&self) -> &[usize] {
        &self.tgt
    }
    /// Confidence in `0..=1`: the bead's posterior probability among all paths in the
    /// band, lowered when the document pair shows no sign of being a translation or
    /// the bead's own evidence speaks against it.
    pub fn score(&self) -> f32 {
        self.score
    }
    /// Review flags.
    pub fn flags(&self) -> Flags {
        self.flags
    }
    /// The numbers of either side with no counterpart on the other (set exactly when
    /// the bead is flagged `number_mismatch`), so that a reviser sees which ones.
    pub fn number_diff(&self) -> Option<&NumberDiff> {
        self.numbers.as_deref()
    }
    /// The bead's shape.
    pub fn shape(&self) -> Shape {
        Shape::new(self.src.len() as u8, self.tgt.len() as u8)
    }
    /// The ladder line of this bead, with or without its score.
    pub fn ladder(&self, with_score: bool) -> String {
        ladder_line(&self.src, &self.tgt, with_score.then_some(self.score))
    }
}

/// Document-level summary of an alignment.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub(crate) src_coverage: f32,
    pub(crate) tgt_coverage: f32,
    pub(crate) shapes: BTreeMap<Shape, usize>,
    pub(crate) flagged: usize,
    pub(crate) mean_confidence: f32,
    pub(crate) relatedness: f32,
    pub(crate) verdict: Verdict,
}

impl Summary {
    /// Share of the source text (by length) in beads that have both sides and are not
    /// low-confidence.
    pub fn src_coverage(&self) -> f32 {
        self.src_coverage
    }
    /// Share of the target text (by length) in beads that have both sides and are not
    /// low-confidence.
    pub fn tgt_coverage(&self) -> f32 {
        self.tgt_coverage
    }
    /// Number of beads per shape.
    pub fn shape_counts(&self) -> &BTreeMap<Shape, usize> {
        &self.shapes
    }
    /// Number of beads with at least one flag.
    pub fn flagged(&self) -> usize {
        self.flagged
    }
    /// Mean bead confidence.
    pub fn mean_confidence(&self) -> f32 {
        self.mean_confidence
    }
    /// Evidence that the two documents translate each other at all, in `0..=1` (the
    /// length share of non-omission beads whose anchors and lexicon speak for them).
    pub fn relatedness(&self) -> f32 {
        self.relatedness
    }
    /// The document-level verdict. `Unrelated` when relatedness is low; `Aligned` when
    /// both coverages are high; else `PartlyAligned`. Coverage figures agree with it:
    /// an unrelated pair has low coverage because its beads are low-confidence.
    pub fn verdict(&self) -> Verdict {
        self.verdict
    }
}

/// The result of aligning two documents.
#[derive(Debug, Clone, PartialEq)]
pub struct Alignment {
    pub(crate) beads: Vec<Bead>,
    pub(crate) summary: Summary,
    pub(crate) budget_hit: bool,
}

impl Alignment {
    /// Beads in document order; they cover every unit of both sides exactly once.
    pub fn beads(&self) -> &[Bead] {
        &self.beads
    }
    /// The document summary.
    pub fn summary(&self) -> &Summary {
        &self.summary
    }
    /// Whether the cell budget stopped the band from widening (the path may then be
    /// worse than the best one; it is still a complete alignment).
    pub fn budget_hit(&self) -> bool {
        self.budget_hit
    }
    /// The alignment in ladder format, one bead per line.
    pub fn to_ladder(&self, with_score: bool) -> String {
        let mut s = String::new();
        for b in &self.beads {
            s.push_str(&b.ladder(with_score));
            s.push('\n');
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flag_names_follow_the_bits() {
        let mut f = Flags::default();
        assert!(f.names().is_empty() && !f.any());
        f.set(Flags::ADDITION);
        f.set(Flags::NUMBER_MISMATCH);
        assert_eq!(f.names(), ["number_mismatch", "addition"]);
        f.set(Flags::INCOMPLETE);
        assert_eq!(f.names(), ["number_mismatch", "addition", "incomplete"]);
        assert!(f.incomplete());
        assert!(f.addition() && f.empty_side() && !f.omission());
    }

    #[test]
    fn verdict_names() {
        assert_eq!(Verdict::Unrelated.name(), "unrelated");
        assert_eq!(Verdict::PartlyAligned.to_string(), "partly aligned");
    }
}
