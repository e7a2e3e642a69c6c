//! Cross-language comparison: two versions of a text in different languages (last year's
//! Arabic resolution against this year's Chinese draft) cannot be diffed word by word.
//! They are aligned paragraph by paragraph with the alignment engine instead, and what can
//! be compared across languages is compared: which paragraphs have no counterpart, and
//! which anchors — resolution numbers, document symbols, years, other numbers — appear or
//! disappear in each aligned pair and in the document as a whole.

use std::collections::BTreeSet;

use alinea_align::{Aligner, ParaInput};
use alinea_text::normalize::ascii_digit;
use alinea_text::symbols::{
    find_resolution_numbers_oriented, find_symbols, resolution_orientation, Orientation,
};
use alinea_text::{Document, Lang};

use crate::DiffError;

/// Below this alignment confidence a pairing is not trusted: it is reported as an old-only
/// and a new-only paragraph, and its anchor differences are not reported. On seed 001
/// against seed 002 (A/RES/75/240 in Arabic, the 2022 draft in Chinese) the pairings that
/// produced nonsense anchor changes ("agenda item 98" against a line reading "Chinese")
/// scored 0.03 to 0.43, the right ones above 0.5; 0.5 is also where the aligner's own
/// `low_confidence` flag starts to be raised by the reports.
pub const TRUSTED_CONFIDENCE: f64 = 0.5;

/// The anchors of a text, by kind. Values are normalized: resolution numbers as
/// `session/number` (Arabic texts print them reversed), symbols upper-case, digits ASCII.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Anchors {
    /// Resolution numbers such as `75/240`.
    pub resolutions: BTreeSet<String>,
    /// Document symbols such as `A/RES/75/240`.
    pub symbols: BTreeSet<String>,
    /// Years from 1945 to 2099.
    pub years: BTreeSet<String>,
    /// Other numbers.
    pub numbers: BTreeSet<String>,
}

impl Anchors {
    /// Extracts the anchors of `text`, reading resolution numbers in the text's own
    /// orientation.
    pub fn of(text: &str) -> Anchors {
        Anchors::of_oriented(text, resolution_orientation(text))
    }

    /// Extracts the anchors of `text`, a part of a document whose resolution-number
    /// orientation is known (a single paragraph may hold too few numbers to tell).
    pub fn of_oriented(text: &str, orientation: Orientation) -> Anchors {
        let mut a = Anchors::default();
        let mut covered = Vec::new();
        for (span, r) in find_resolution_numbers_oriented(text, orientation) {
            covered.push(span);
            a.resolutions.insert(r);
        }
        for s in find_symbols(text) {
            covered.push(s.span);
            a.symbols.insert(s.value);
        }
        let mut digits = String::new();
        let mut start = 0;
        let flush = |digits: &mut String, start: usize, end: usize, a: &mut Anchors| {
            if digits.is_empty() {
                return;
            }
            let inside = covered.iter().any(|s| s.start <= start && end <= s.end);
            if !inside {
                let v = digits.trim_start_matches('0');
                let v = if v.is_empty() { "0" } else { v };
                let is_year = v.len() == 4 && (1945..2100).contains(&v.parse::<u32>().unwrap_or(0));
                if is_year {
                    a.years.insert(v.to_string());
                } else {
                    a.numbers.insert(v.to_string());
                }
            }
            digits.clear();
        };
        for (i, c) in text.char_indices() {
            match ascii_digit(c) {
                Some(d) => {
                    if digits.is_empty() {
                        start = i;
                    }
                    digits.push(char::from(b'0' + d));
                }
                None => flush(&mut digits, start, i, &mut a),
            }
        }
        flush(&mut digits, start, text.len(), &mut a);
        a
    }

    fn diff(&self, newer: &Anchors) -> (Anchors, Anchors) {
        let minus = |x: &BTreeSet<String>, y: &BTreeSet<String>| x.difference(y).cloned().collect();
        (
            Anchors {
                resolutions: minus(&newer.resolutions, &self.resolutions),
                symbols: minus(&newer.symbols, &self.symbols),
                years: minus(&newer.years, &self.years),
                numbers: minus(&newer.numbers, &self.numbers),
            },
            Anchors {
                resolutions: minus(&self.resolutions, &newer.resolutions),
                symbols: minus(&self.symbols, &newer.symbols),
                years: minus(&self.years, &newer.years),
                numbers: minus(&self.numbers, &newer.numbers),
            },
        )
    }

    /// Whether no anchor of any kind is present.
    pub fn is_empty(&self) -> bool {
        self.resolutions.is_empty()
            && self.symbols.is_empty()
            && self.years.is_empty()
            && self.numbers.is_empty()
    }
}

/// One aligned group of paragraphs across the two languages.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct CrossPair {
    /// Paragraph indices in the old version (empty: no counterpart there).
    pub old: Vec<usize>,
    /// Paragraph indices in the new version (empty: no counterpart there).
    pub new: Vec<usize>,
    /// Alignment confidence, 0–1. For the two halves of a pairing that was not trusted
    /// (see `untrusted`), the confidence of that rejected pairing.
    pub confidence: f64,
    /// The aligner did pair this side with the other side's paragraphs of the next or
    /// previous entry, but with a confidence under [`TRUSTED_CONFIDENCE`], so the pairing
    /// is shown as unpaired and no anchor change is drawn from it.
    pub untrusted: bool,
    /// Anchors present in the new paragraphs and not in the old ones.
    pub anchors_added: Anchors,
    /// Anchors present in the old paragraphs and not in the new ones.
    pub anchors_removed: Anchors,
}

/// Counts for a cross-language comparison.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct CrossSummary {
    /// Language of the old version.
    pub old_lang: String,
    /// Language of the new version.
    pub new_lang: String,
    /// Paragraphs of each version.
    pub old_paragraphs: usize,
    /// Paragraphs of the new version.
    pub new_paragraphs: usize,
    /// Aligned groups with both sides.
    pub paired: usize,
    /// Old paragraphs with no counterpart.
    pub old_only: usize,
    /// New paragraphs with no counterpart.
    pub new_only: usize,
    /// Aligned groups whose anchors changed.
    pub anchor_changes: usize,
    /// Pairings under [`TRUSTED_CONFIDENCE`], shown as unpaired (their paragraphs are
    /// counted in `old_only` and `new_only`).
    pub untrusted: usize,
    /// Mean alignment confidence of the paired groups.
    pub mean_confidence: f64,
}

/// The result of a cross-language comparison.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct CrossDiff {
    /// Always `"cross-language"`: reports must say plainly that this is not a word diff.
    pub comparison: &'static str,
    /// Counts.
    pub summary: CrossSummary,
    /// Every aligned group, in order; every paragraph of both versions is in exactly one.
    pub pairs: Vec<CrossPair>,
    /// Anchors of the whole new version absent from the old one.
    pub document_anchors_added: Anchors,
    /// Anchors of the whole old version absent from the new one.
    pub document_anchors_removed: Anchors,
}

fn para_inputs(doc: &Document) -> Vec<ParaInput> {
    (0..doc.paragraphs().len())
        .map(|i| ParaInput::from_paragraph(doc, i))
        .collect()
}

fn anchors_of(doc: &Document, idx: &[usize]) -> Anchors {
    let text: Vec<&str> = idx.iter().map(|&i| doc.paragraphs()[i].text()).collect();
    Anchors::of_oriented(&text.join("\n"), resolution_orientation(doc.text()))
}

/// Compares two versions in different languages.
///
/// # Errors
///
/// [`DiffError::EmptyVersion`] when either version has no paragraph.
pub fn compare_across_languages(
    aligner: &Aligner,
    old: &Document,
    old_lang: Lang,
    new: &Document,
    new_lang: Lang,
) -> Result<CrossDiff, DiffError> {
    for (index, d) in [(0, old), (1, new)] {
        if d.paragraphs().is_empty() {
            return Err(DiffError::EmptyVersion { index });
        }
    }
    let h = aligner.align_hierarchical(&para_inputs(old), &para_inputs(new), old_lang, new_lang);
    let mut pairs = Vec::new();
    let mut summary = CrossSummary {
        old_lang: old_lang.to_string(),
        new_lang: new_lang.to_string(),
        old_paragraphs: old.paragraphs().len(),
        new_paragraphs: new.paragraphs().len(),
        ..CrossSummary::default()
    };
    let mut confidence_sum = 0.0;
    for bead in h.paragraphs().beads() {
        let (o, n) = (bead.src().to_vec(), bead.tgt().to_vec());
        let confidence = f64::from(bead.score());
        let lonely = |old: Vec<usize>, new: Vec<usize>, untrusted: bool| CrossPair {
            old,
            new,
            confidence,
            untrusted,
            anchors_added: Anchors::default(),
            anchors_removed: Anchors::default(),
        };
        match (o.is_empty(), n.is_empty()) {
            (true, _) => {
                summary.new_only += n.len();
                pairs.push(lonely(o, n, false));
            }
            (_, true) => {
                summary.old_only += o.len();
                pairs.push(lonely(o, n, false));
            }
            _ if confidence < TRUSTED_CONFIDENCE => {
                summary.untrusted += 1;
                summary.old_only += o.len();
                summary.new_only += n.len();
                pairs.push(lonely(o, Vec::new(), true));
                pairs.push(lonely(Vec::new(), n, true));
            }
            _ => {
                let (added, removed) = anchors_of(old, &o).diff(&anchors_of(new, &n));
                summary.paired += 1;
                confidence_sum += confidence;
                if !added.is_empty() || !removed.is_empty() {
                    summary.anchor_changes += 1;
                }
                pairs.push(CrossPair {
                    old: o,
                    new: n,
                    confidence,
                    untrusted: false,
                    anchors_added: added,
                    anchors_removed: removed,
                });
            }
        }
    }
    summary.mean_confidence = if summary.paired > 0 {
        confidence_sum / summary.paired as f64
    } else {
        0.0
    };
    let all = |d: &Document| (0..d.paragraphs().len()).collect::<Vec<_>>();
    let (doc_added, doc_removed) = anchors_of(old, &all(old)).diff(&anchors_of(new, &all(new)));
    Ok(CrossDiff {
        comparison: "cross-language",
        summary,
        pairs,
        document_anchors_added: doc_added,
        document_anchors_removed: doc_removed,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anchors_fold_digits_and_reversed_resolution_numbers() {
        let a = Anchors::of("قراراتها 103/36 المؤرخ 9 كانون الأول/ديسمبر 1981 و ٢٠١٣ A/RES/75/240");
        assert!(a.resolutions.contains("36/103"));
        assert!(a.years.contains("1981") && a.years.contains("2013"));
        assert!(a.numbers.contains("9"));
        assert!(a.symbols.contains("A/RES/75/240"));
        assert!(
            !a.numbers.contains("240"),
            "numbers inside symbols are not counted twice"
        );
    }

    #[test]
    fn pairs_cover_every_paragraph_once() {
        let old = Document::parse(
            "1. Recalls resolution 74/29 of 2019.\n\n2. Decides to remain seized.\n",
        );
        let new = Document::parse("1. Rappelle les résolutions 74/29 de 2019 et 75/240 de 2020.\n\n2. Décide de rester saisie.\n\n3. Un paragraphe nouveau.\n");
        let aligner = Aligner::builder().build().unwrap();
        let d = compare_across_languages(&aligner, &old, Lang::EN, &new, Lang::FR).unwrap();
        let mut seen_old: Vec<usize> = d.pairs.iter().flat_map(|p| p.old.clone()).collect();
        let mut seen_new: Vec<usize> = d.pairs.iter().flat_map(|p| p.new.clone()).collect();
        seen_old.sort();
        seen_new.sort();
        assert_eq!(seen_old, [0, 1]);
        assert_eq!(seen_new, [0, 1, 2]);
        assert!(d.document_anchors_added.resolutions.contains("75/240"));
        assert_eq!(d.comparison, "cross-language");
        for p in &d.pairs {
            let reported = !p.anchors_added.is_empty() || !p.anchors_removed.is_empty();
            assert!(!reported || p.confidence >= TRUSTED_CONFIDENCE, "{p:?}");
        }
    }
}
