//! From the final path to reviewed beads: confidence, flags and the summary.

use std::collections::BTreeMap;

use rayon::prelude::*;

use alinea_text::dangling::{broken_off, dangling_end};
use alinea_text::Lang;

use crate::copies::{word_tokens, Vocabulary};
use crate::numbers;
use crate::result::{Alignment, Bead, Flags, Summary, Verdict};
use crate::scorer::{bead_evidence, BeadScratch, Doc, Model, Prepared};
use crate::truncation::Ending;

/// A bead before review: indices and its posterior probability.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct RawBead {
    pub src: Vec<usize>,
    pub tgt: Vec<usize>,
    pub posterior: f32,
}

/// |δ| above this flags an odd length ratio.
const LENGTH_OUTLIER: f32 = 3.0;
/// Share of evidence-backed text below which a document pair looks unrelated.
const RELATED_SHARE: f32 = 0.4;
/// A bead's probability of being right is its posterior times the probability that
/// the two documents are translations at all, read from their relatedness (the share
/// of paired text with evidence for it, over [`RELATED_SHARE`]) raised to this power.
/// Relatedness itself (the power 1) is too harsh on short related documents, whose
/// few anchors back little of their text: ParIce en–is cut into documents of 15 gold
/// beads, where a third of the beads stand in documents of relatedness .43–.90,
/// calibrates at ECE .065 with the power 1, .053 at .75, .037 at .5, .043 at .33 and
/// .040 at 0 (chosen there, the set the Platt constants were fitted on); held out,
/// 1984 ro–en cut the same way goes .019 → .014. Whole documents of textberg, 1984 and
/// MAC have relatedness 1 and do not move; ParIce's shortest ones do (whole-set ECE
/// .047 → .027). An unrelated pair (relatedness under [`UNRELATED_BELOW`]) keeps its
/// scores at most about .7 of the posterior, and its verdict.
const RELATEDNESS_POWER: f32 = 0.5;
/// Beads whose evidence is this far below zero lose half their confidence.
const EVIDENCE_SLACK: f32 = 4.0;
/// Similarity above which two sides count as the same text.
const SAME_TEXT: f64 = 0.85;

/// Platt scaling of raw bead scores, `σ(a · logit(s) + b + c · [not 1-1])`, times the
/// ceiling below, fitted (maximum likelihood) on the clean documents of ParIce en–is
/// (CC BY 4.0, Barkarson & Steingrímsson) and checked on textberg de–fr, MAC zh–en and
/// 1984 ro–en (BENCHMARKS.md). Raw posteriors are too sure of beads other than `1-1`,
/// which are exactly right less often than their posterior says on every set.
const PLATT_A: f32 = 0.727;
const PLATT_B: f32 = 1.386;
const PLATT_NOT_ONE_ONE: f32 = -1.876;
/// A bead next to a bead other than `1-1` shares a boundary with it that the two
/// translations placed differently; however strong its own evidence, where exactly
/// that boundary goes is open (on all four dev sets such beads are exactly right less
/// often: textberg .93 vs .99, MAC .976 vs .993, ParIce .984 vs 1.0, 1984 .988 vs .999
/// for `1-1` beads of posterior above .99). Its probability is capped at `1 − this`
/// (fitted with the Platt constants on ParIce).
const IRREGULAR_NEIGHBOUR: f32 = 0.05;

/// The calibrated probability that a bead with raw score `raw` is exactly right.
fn calibrate(raw: f32, one_one: bool, irregular_neighbour: bool) -> f32 {
    let s = raw.clamp(1e-4, 1.0 - 1e-4);
    let logit = (s / (1.0 - s)).ln();
    let shape = if one_one { 0.0 } else { PLATT_NOT_ONE_ONE };
    let ceiling = if irregular_neighbour {
        1.0 - IRREGULAR_NEIGHBOUR
    } else {
        1.0
    };
    ceiling * sigmoid(PLATT_A * logit + PLATT_B + shape)
}

fn sigmoid(x: f32) -> f32 {
    1.0 / (1.0 + (-x).exp())
}

fn words(s: &str) -> Vec<String> {
    let mut v: Vec<String> = s.split_whitespace().map(|w| w.to_lowercase()).collect();
    v.sort_unstable();
    v.dedup();
    v
}

/// Whether two texts are (nearly) the same: most words shared, then a character-level
/// check on the beginning of the texts.
fn near_identical(a: &str, b: &str) -> bool {
    let (wa, wb) = (words(a), words(b));
    if wa.is_empty() || wb.is_empty() {
        return false;
    }
    let shared = wa.iter().filter(|w| wb.binary_search(w).is_ok()).count();
    if (shared as f32) < 0.5 * wa.len().max(wb.len()) as f32 {
        return false;
    }
    let ca: String = a.chars().take(600).flat_map(char::to_lowercase).collect();
    let cb: String = b.chars().take(600).flat_map(char::to_lowercase).collect();
    strsim::normalized_levenshtein(&ca, &cb) >= SAME_TEXT
}

/// Whether a bead of more than two sentences holds a target sentence that repeats one
/// of its source sentences: the aligner glues an untranslated sentence to its
/// translated neighbour, and the whole bead then no longer looks identical.
fn copied_inside(src: &[&str], tgt: &[&str], si: &[usize], ti: &[usize]) -> Vec<(usize, usize)> {
    if si.len() + ti.len() <= 2 {
        return Vec::new();
    }
    ti.iter()
        .flat_map(|&j| si.iter().map(move |&i| (i, j)))
        .filter(|&(i, j)| near_identical(src[i], tgt[j]))
        .collect()
}

/// Why a bead looks untranslated, before the document says whether its words need
/// translating.
enum Copy {
    /// Both sides are declared in one language.
    SameLanguage,
    /// The target repeats the source.
    Whole,
    /// These `(source, target)` sentences of the bead repeat each other.
    Inside(Vec<(usize, usize)>),
}

/// Sets `untranslated` on the beads that hold untranslated text. A repeated source is
/// untranslated when it is made of words the rest of the document translates; names,
/// dates and lists of them are rightly the same. A target sentence made of such words
/// is untranslated wherever the aligner put it (with a wrong source sentence, or alone).
fn mark_untranslated(
    beads: &mut [Bead],
    copies: &[Option<Copy>],
    src_text: &[&str],
    tgt_text: &[&str],
    same_language: bool,
) {
    if same_language {
        // Every paired bead: nothing to learn from the vocabulary.
        for (b, copy) in beads.iter_mut().zip(copies) {
            if copy.is_some() {
                b.flags.set(Flags::UNTRANSLATED);
            }
        }
        return;
    }
    // Every sentence tokenised once: for the vocabulary of the paired beads, and
    // for reading each target sentence against it.
    let words = |texts: &[&str]| -> Vec<Vec<String>> {
        texts
            .par_iter()
            .with_min_len(64)
            .map(|t| word_tokens(t))
            .collect()
    };
    let (src_words, tgt_words) = (words(src_text), words(tgt_text));
    let units: Vec<(Vec<&str>, Vec<&str>)> = beads
        .iter()
        .filter(|b| !b.src.is_empty() && !b.tgt.is_empty())
        .map(|b| {
            (
                side_words(&b.src, &src_words),
                side_words(&b.tgt, &tgt_words),
            )
        })
        .collect();
    let vocabulary = Vocabulary::of_words(&units);
    let untranslated: Vec<bool> = beads
        .par_iter()
        .zip(copies.par_iter())
        .with_min_len(64)
        .map(|(b, copy)| match copy {
            None => b
                .tgt
                .iter()
                .any(|&j| vocabulary.words_read_as_source(&tgt_words[j])),
            Some(Copy::SameLanguage) => true,
            Some(Copy::Whole) => {
                vocabulary.needs_translation(&join(src_text, &b.src), &join(tgt_text, &b.tgt))
            }
            Some(Copy::Inside(pairs)) => pairs
                .iter()
                .any(|&(i, j)| vocabulary.needs_translation(src_text[i], tgt_text[j])),
        })
        .collect();
    for (b, u) in beads.iter_mut().zip(untranslated) {
        if u {
            b.flags.set(Flags::UNTRANSLATED);
        }
    }
}

/// The words of a bead's side: those of its sentences `ix`, in order.
fn side_words<'a>(ix: &[usize], words: &'a [Vec<String>]) -> Vec<&'a str> {
    ix.iter()
        .flat_map(|&k| words[k].iter().map(String::as_str))
        .collect()
}

fn join(texts: &[&str], ix: &[usize]) -> String {
    ix.iter().map(|&i| texts[i]).collect::<Vec<_>>().join(" ")
}

/// Turns raw beads into reviewed beads and a summary.
pub(crate) fn finalize(
    doc: &Doc<'_>,
    src_text: &[&str],
    tgt_text: &[&str],
    model: &Model,
    raw: Vec<RawBead>,
    langs: (Lang, Lang),
    budget_hit: bool,
) -> Alignment {
    let same_language = langs.0 == langs.1;
    let prep = Prepared::new(doc);
    let evidence: Vec<f32> = raw
        .par_iter()
        .with_min_len(256)
        .map_init(
            || BeadScratch::new(&prep, model.lexicon.as_ref()),
            |sc, b| bead_evidence(&prep, model, &b.src, &b.tgt, sc),
        )
        .collect();
    let len_s = |ix: &[usize]| ix.iter().map(|&i| doc.src[i].len).sum::<f32>();
    let len_t = |ix: &[usize]| ix.iter().map(|&j| doc.tgt[j].len).sum::<f32>();
    // How much of the paired text has evidence for it.
    let (mut backed, mut paired) = (0.0f32, 0.0f32);
    for (b, &e) in raw.iter().zip(&evidence) {
        if !b.src.is_empty() && !b.tgt.is_empty() {
            let l = len_s(&b.src) + len_t(&b.tgt) / model.length.ratio;
            paired += l;
            if e > 0.0 {
                backed += l;
            }
        }
    }
    let share = if paired > 0.0 { backed / paired } else { 0.0 };
    let relatedness = (share / RELATED_SHARE).min(1.0);

    let review = |(b, &e): (RawBead, &f32)| {
        let mut flags = Flags::default();
        let mut numbers = None;
        let mut copy = None;
        let mut score = b.posterior;
        if b.tgt.is_empty() {
            flags.set(Flags::OMISSION);
        } else if b.src.is_empty() {
            flags.set(Flags::ADDITION);
        } else {
            score *= relatedness.powf(RELATEDNESS_POWER) * sigmoid(e + EVIDENCE_SLACK);
            let ss: Vec<(usize, &str)> = b.src.iter().map(|&i| (i, src_text[i])).collect();
            let ts: Vec<(usize, &str)> = b.tgt.iter().map(|&j| (j, tgt_text[j])).collect();
            let diff = numbers::compare(&ss, langs.0, &ts, langs.1);
            if !diff.is_empty() {
                flags.set(Flags::NUMBER_MISMATCH);
                numbers = Some(Box::new(diff));
            }
            if model.length.delta(len_s(&b.src), len_t(&b.tgt)).abs() > LENGTH_OUTLIER {
                flags.set(Flags::LENGTH_RATIO);
            }
            if let (Some(&i), Some(&j)) = (b.src.last(), b.tgt.last()) {
                if stops_short(src_text[i], langs.0, tgt_text[j], langs.1).is_some() {
                    flags.set(Flags::INCOMPLETE);
                }
            }
            copy = if same_language {
                Some(Copy::SameLanguage)
            } else if near_identical(&join(src_text, &b.src), &join(tgt_text, &b.tgt)) {
                Some(Copy::Whole)
            } else {
                let inside = copied_inside(src_text, tgt_text, &b.src, &b.tgt);
                (!inside.is_empty()).then_some(Copy::Inside(inside))
            };
        }
        let bead = Bead {
            src: b.src,
            tgt: b.tgt,
            score,
            flags,
            numbers,
        };
        (bead, copy)
    };
    let (mut beads, copies): (Vec<Bead>, Vec<Option<Copy>>) = raw
        .into_par_iter()
        .zip(evidence.par_iter())
        .with_min_len(64)
        .map(review)
        .unzip();
    mark_untranslated(&mut beads, &copies, src_text, tgt_text, same_language);
    // Calibrated once every bead's shape is known: the neighbours' shapes count.
    let irregular: Vec<bool> = beads
        .iter()
        .map(|b| b.src.len() != 1 || b.tgt.len() != 1)
        .collect();
    for (k, b) in beads.iter_mut().enumerate() {
        let next_to_irregular = (k > 0 && irregular[k - 1]) || irregular.get(k + 1) == Some(&true);
        b.score = calibrate(b.score, !irregular[k], next_to_irregular);
        if b.score < 0.5 {
            b.flags.set(Flags::LOW_CONFIDENCE);
        }
    }
    let summary = summarize(doc, &beads, relatedness);
    Alignment {
        beads,
        summary,
        budget_hit,
    }
}

/// The word (or mark) a target sentence stops on that no sentence ends on, while its
/// source closes its own, neither dangling nor broken off (see
/// [`alinea_text::dangling`]).
pub(crate) fn stops_short(
    src: &str,
    src_lang: Lang,
    tgt: &str,
    tgt_lang: Lang,
) -> Option<&'static str> {
    if Ending::of(src, tgt) == Ending::Open
        || broken_off(src)
        || dangling_end(src, src_lang).is_some()
    {
        return None;
    }
    dangling_end(tgt, tgt_lang)
}

/// Relatedness below this says the documents are not translations of each other.
const UNRELATED_BELOW: f32 = 0.5;
/// Both coverages at least this make a document pair `aligned`.
const ALIGNED_COVERAGE: f32 = 0.8;

/// The document verdict from relatedness and coverage (see [`Summary::verdict`]).
fn verdict(relatedness: f32, src_coverage: f32, tgt_coverage: f32) -> Verdict {
    if relatedness < UNRELATED_BELOW {
        Verdict::Unrelated
    } else if src_coverage.min(tgt_coverage) >= ALIGNED_COVERAGE {
        Verdict::Aligned
    } else {
        Verdict::PartlyAligned
    }
}

fn summarize(doc: &Doc<'_>, beads: &[Bead], relatedness: f32) -> Summary {
    let total_s: f32 = doc.src.iter().map(|f| f.len).sum();
    let total_t: f32 = doc.tgt.iter().map(|f| f.len).sum();
    let (mut cov_s, mut cov_t) = (0.0f32, 0.0f32);
    let mut shapes = BTreeMap::new();
    let mut flagged = 0;
    let mut conf = 0.0f32;
    for b in beads {
        *shapes.entry(b.shape()).or_insert(0) += 1;
        if b.flags.any() {
            flagged += 1;
        }
        conf += b.score;
        if !b.flags.empty_side() && !b.flags.low_confidence() {
            cov_s += b.src.iter().map(|&i| doc.src[i].len).sum::<f32>();
            cov_t += b.tgt.iter().map(|&j| doc.tgt[j].len).sum::<f32>();
        }
    }
    let ratio = |a: f32, b: f32| if b > 0.0 { (a / b).min(1.0) } else { 0.0 };
    let (src_coverage, tgt_coverage) = (ratio(cov_s, total_s), ratio(cov_t, total_t));
    Summary {
        src_coverage,
        tgt_coverage,
        verdict: verdict(relatedness, src_coverage, tgt_coverage),
        shapes,
        flagged,
        mean_confidence: if beads.is_empty() {
            0.0
        } else {
            conf / beads.len() as f32
        },
        relatedness,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verdict_follows_relatedness_then_coverage() {
        assert_eq!(verdict(0.3, 1.0, 1.0), Verdict::Unrelated);
        assert_eq!(verdict(1.0, 0.95, 0.9), Verdict::Aligned);
        assert_eq!(verdict(1.0, 0.95, 0.6), Verdict::PartlyAligned);
    }

    #[test]
    fn a_copied_sentence_inside_a_bead_is_found() {
        let src = ["他来了。", "The meeting is closed."];
        let tgt = ["He came.", "他来了。"];
        assert_eq!(copied_inside(&src, &tgt, &[0], &[0, 1]), [(0, 1)]);
        assert!(copied_inside(&src, &tgt, &[0], &[0]).is_empty());
        assert!(copied_inside(&src, &tgt, &[1], &[0, 1]).is_empty());
    }

    #[test]
    fn calibration_is_monotone_and_doubts_larger_beads() {
        assert!(calibrate(0.9, true, false) > calibrate(0.6, true, false));
        assert!(calibrate(0.9, false, false) < calibrate(0.9, true, false));
        assert!(calibrate(1.0, true, false) < 1.0 && calibrate(0.0, false, false) > 0.0);
        assert!(calibrate(1.0, true, true) <= 1.0 - IRREGULAR_NEIGHBOUR);
        assert!(calibrate(0.9, true, true) < calibrate(0.9, true, false));
    }

    #[test]
    fn near_identical_texts() {
        assert!(near_identical(
            "The cat sat on the mat.",
            "The cat sat on the mat!"
        ));
        assert!(!near_identical(
            "The cat sat on the mat.",
            "Le chat est assis."
        ));
    }
}
