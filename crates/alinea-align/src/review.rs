//! Checking a pairing that already exists — the units of a translation memory — with
//! the aligner's own scorer and flags, instead of searching for a new one.
//!
//! Each unit becomes a `1-1` bead. The length model, the anchor match rates and the
//! translation lexicon are learned from the units themselves, as the aligner learns
//! them from its confident beads (the lexicon is jackknifed, so a unit is never scored
//! with translations learned from itself), and the beads then go through the same
//! review as an alignment's ([`Flags`](crate::Flags): numbers, length ratio,
//! untranslated). On top, each unit gets the figures a memory check decides on
//! ([`UnitEvidence`]): how much better its source fits a neighbouring unit's target than
//! its own (a memory built from a shifted alignment, or two swapped units), its length
//! surprise, and the numbers found on one side only.

use alinea_text::Lang;

use crate::aligner::{estimate_rates, Aligner, MIN_LEX_PAIRS};
use crate::anchors::{extract, Interner, Rates};
use crate::confidence::{finalize, RawBead};
use crate::length::LengthModel;
use crate::lexicon::Lexicon;
use crate::result::Alignment;
use crate::scorer::{bead_cost, BeadScratch, Doc, Model, Prepared, Window};

/// What a memory check needs to know about one unit beyond its flags.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct UnitEvidence {
    /// The neighbouring unit (`i - 1` or `i + 1`) whose target fits this unit's source
    /// best, and by how much its cost is lower than that of the unit's own target (in
    /// the search's cost units, nats; negative when the own target fits better).
    pub neighbour: Option<(usize, f32)>,
    /// The length surprise δ of the pair (standard deviations from the memory's usual
    /// ratio; negative when the target is short).
    pub length_delta: f32,
    /// Numbers and symbols of the source missing from the target …
    pub src_only_numbers: usize,
    /// … and of the target missing from the source (counted with multiplicity).
    pub tgt_only_numbers: usize,
    /// How well the target explains each half of the source under the memory's own
    /// translation lexicon (Moore's log-likelihood ratio of the half's words given the
    /// target, in nats): `(first half, second half)`. A target cut short explains the
    /// first half of its source and leaves the second without support, whatever the
    /// length ratio says. `None` when the memory is too small for a lexicon.
    pub half_support: Option<(f32, f32)>,
}

/// The review of an existing pairing: one `1-1` bead per unit, in order.
#[derive(Debug, Clone)]
pub struct Review {
    alignment: Alignment,
    units: Vec<UnitEvidence>,
}

impl Review {
    /// The units as beads (bead `i` is unit `i`), with scores, flags and the summary.
    pub fn alignment(&self) -> &Alignment {
        &self.alignment
    }

    /// The evidence on unit `i`.
    ///
    /// # Panics
    ///
    /// When `i` is not a unit.
    pub fn unit(&self, i: usize) -> &UnitEvidence {
        &self.units[i]
    }
}

impl Aligner {
    /// Reviews units that are already paired (`pairs[i]` = source and target of unit
    /// `i`): the flags of [`Aligner::align`] on each unit, and [`UnitEvidence`].
    pub fn review<S: AsRef<str> + Sync>(
        &self,
        pairs: &[(S, S)],
        src_lang: Lang,
        tgt_lang: Lang,
    ) -> Review {
        let src: Vec<&str> = pairs.iter().map(|p| p.0.as_ref()).collect();
        let tgt: Vec<&str> = pairs.iter().map(|p| p.1.as_ref()).collect();
        self.install(|| {
            let mut keys = Interner::default();
            let (mut vs, mut vt) = (Interner::default(), Interner::default());
            let fs = extract(&src, &mut keys, &mut vs);
            let ft = extract(&tgt, &mut keys, &mut vt);
            let dict = self.dictionary_ids(&mut vs, &mut vt);
            let doc = Doc { src: &fs, tgt: &ft };
            let n = fs.len();
            let lens_s: Vec<f32> = fs.iter().map(|f| f.len).collect();
            let lens_t: Vec<f32> = ft.iter().map(|f| f.len).collect();
            let pairs: Vec<(Vec<usize>, Vec<usize>)> = (0..n).map(|i| (vec![i], vec![i])).collect();
            let mut model = Model {
                length: LengthModel::estimate(&lens_s, &lens_t),
                rates: Rates::prior(),
                lexicon: (!dict.is_empty())
                    .then(|| Lexicon::from_dict(doc.src, doc.tgt, vs.len(), vt.len(), &dict)),
            };
            let prep = Prepared::new(&doc);
            // The lexicon's source vocabulary: words first seen in the halves below
            // are unknown to it.
            let src_vocab = vs.len();
            let win = [Window {
                s0: 0,
                s1: n,
                t0: 0,
                t1: n,
            }];
            if n >= MIN_LEX_PAIRS {
                model.lexicon = Some(Lexicon::train(
                    doc.src,
                    doc.tgt,
                    &pairs,
                    vs.len(),
                    vt.len(),
                    &dict,
                ));
            }
            model.rates = estimate_rates(&prep, &doc, model.lexicon.as_ref(), &win, &pairs);
            let mut sc = BeadScratch::new(&prep, model.lexicon.as_ref());
            let mut cost = |i: usize, j: usize| bead_cost(&prep, &model, &[i], &[j], &mut sc);
            let own: Vec<f32> = (0..n).map(|i| cost(i, i)).collect();
            let half_support: Vec<Option<(f32, f32)>> = match model.lexicon.as_ref() {
                Some(lex) if !lex.is_empty() => {
                    let cut: Vec<&str> = src
                        .iter()
                        .flat_map(|s| {
                            let (a, b) = halves(s);
                            [a, b]
                        })
                        .collect();
                    let mut hf = extract(&cut, &mut keys, &mut vs);
                    for f in &mut hf {
                        f.lex.retain(|&w| (w as usize) < src_vocab);
                    }
                    let mut best = lex.src_scratch();
                    (0..n)
                        .map(|i| {
                            best.clear();
                            lex.add_tgt(lex.fold_of(i), &ft[i], &mut best);
                            let l = ft[i].lex.len() as f32;
                            let score =
                                |f: &crate::anchors::Features| lex.score_src(&best, &f.lex, l);
                            Some((score(&hf[2 * i]), score(&hf[2 * i + 1])))
                        })
                        .collect()
                }
                _ => vec![None; n],
            };
            let units = (0..n)
                .map(|i| {
                    let neighbour = [i.checked_sub(1), (i + 1 < n).then_some(i + 1)]
                        .into_iter()
                        .flatten()
                        .map(|j| (j, own[i] - cost(i, j)))
                        .max_by(|a, b| a.1.total_cmp(&b.1));
                    // Values, not digit strings: the same comparison as the flag.
                    let numbers =
                        crate::numbers::compare(&[(i, src[i])], src_lang, &[(i, tgt[i])], tgt_lang);
                    UnitEvidence {
                        neighbour,
                        length_delta: model.length.delta(fs[i].len, ft[i].len),
                        src_only_numbers: numbers.src_only.len(),
                        tgt_only_numbers: numbers.tgt_only.len(),
                        half_support: half_support[i],
                    }
                })
                .collect();
            let raw = (0..n)
                .map(|i| RawBead {
                    src: vec![i],
                    tgt: vec![i],
                    posterior: 1.0,
                })
                .collect();
            let alignment = finalize(&doc, &src, &tgt, &model, raw, (src_lang, tgt_lang), false);
            Review { alignment, units }
        })
    }
}

/// A text cut in two at the space nearest its middle (by characters), or at its middle
/// character when it has no space (Chinese, Japanese).
fn halves(text: &str) -> (&str, &str) {
    let text = text.trim();
    let n = text.chars().count();
    let Some((mid, _)) = text.char_indices().nth(n / 2) else {
        return (text, "");
    };
    let before = text[..mid].rfind(char::is_whitespace);
    let after = text[mid..].find(char::is_whitespace).map(|k| mid + k);
    let at = match (before, after) {
        (Some(b), Some(a)) => {
            if mid - b <= a - mid {
                b
            } else {
                a
            }
        }
        (Some(b), None) => b,
        (None, Some(a)) => a,
        (None, None) => mid,
    };
    (&text[..at], &text[at..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn swapped_units_fit_their_neighbours_and_numbers_are_counted() {
        let en = [
            "The committee met on 14 March 2019 in Geneva.",
            "It adopted the report of its seventh session without a vote.",
            "The chair thanked the secretariat for its work on document A/73/27.",
            "Twelve members took part in the debate on agenda item 5.",
            "The next session will open on 3 October.",
        ];
        let fr = [
            "Le comité s'est réuni le 14 mars 2019 à Genève.",
            "Le président a remercié le secrétariat de son travail sur le document A/73/27.",
            "Il a adopté sans vote le rapport de sa septième session.",
            "Douze membres ont pris part au débat sur le point 6 de l'ordre du jour.",
            "La prochaine session s'ouvrira le 3 octobre.",
        ];
        let pairs: Vec<(&str, &str)> = en.iter().copied().zip(fr.iter().copied()).collect();
        let aligner = Aligner::builder().build().unwrap();
        let r = aligner.review(&pairs, Lang::EN, Lang::FR);
        assert_eq!(r.alignment().beads().len(), 5);
        let gain = |i: usize| r.unit(i).neighbour.unwrap();
        assert!(gain(0).1 < 0.0 && gain(4).1 < 0.0);
        assert_eq!(gain(2).0, 1);
        assert!(gain(2).1 > 4.0, "{:?}", gain(2));
        assert_eq!(r.unit(3).src_only_numbers, 1);
        assert_eq!(r.unit(3).tgt_only_numbers, 1);
        assert_eq!(r.unit(0).src_only_numbers + r.unit(0).tgt_only_numbers, 0);
        let flags: Vec<bool> = r
            .alignment()
            .beads()
            .iter()
            .map(|b| b.flags().number_mismatch())
            .collect();
        assert_eq!(flags, [false, true, true, true, false]);
    }
}
