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

use crate::aligner::{estimate_rates, Aligner};
use crate::anchors::{extract, Features, Interner, Rates};
use crate::confidence::{finalize, stops_short, RawBead};
use crate::coverage::Coverage;
use crate::length::LengthModel;
use crate::lexicon::Lexicon;
use crate::result::Alignment;
use crate::scorer::{bead_cost, BeadScratch, Doc, Model, Prepared, Window};
use crate::truncation::{self, keep_start, CutFigures, Ending, Reach};
use crate::turns::TurnWeights;

/// The shares of its words a simulated cut target keeps: a lost end can be short or
/// long, so the memory's cut pairs are made at several lengths.
const CUT_SHARES: [f32; 3] = [0.35, 0.5, 0.65];

/// The source is cut in this many pieces to tell how far into it the target's
/// translations reach.
const REACH_PIECES: usize = 10;

/// Lexicon support (nats) of the first and the second half of a source.
type Halves = (f32, f32);
/// Per unit, a log-likelihood ratio of a damaged pair (none without a lexicon).
type Evidence = Vec<Option<f32>>;
/// Per unit, an evidence and its posterior log odds (the evidence plus the memory's
/// prior log odds).
type Posterior = Vec<Option<(f32, f32)>>;

/// What a memory check needs to know about one unit beyond its flags.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct UnitEvidence {
    /// The neighbouring unit (`i - 1` or `i + 1`) whose target fits this unit's source
    /// best, and by how much its cost is lower than that of the unit's own target (in
    /// the search's cost units, nats; negative when the own target fits better).
    pub neighbour: Option<(usize, f32)>,
    /// The neighbouring unit `j` whose target and this unit's exchanged fit both units
    /// best, and how much the two units' costs fall together when the targets are
    /// exchanged (nats; negative when each fits its own target better). Two swapped
    /// units both gain; a unit that merely shares a topic with its neighbour gains
    /// alone, and the neighbour loses what it gains.
    pub exchange: Option<(usize, f32)>,
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
    /// How much more the unit's length surprise, half support, lexical reach and ending
    /// (does the target still close the sentence its source closes?) look like those of
    /// the memory's own units with their targets cut short than like its clean units
    /// (log-likelihood ratio, nats; see the `truncation` module). `alinea check` flags
    /// a unit `incomplete` above 3 nats. `None` when the memory is too small for a
    /// lexicon.
    pub cut_evidence: Option<f32>,
    /// The same without the ending figure, for a target that stops early but still
    /// closes its sentence, with the coverage of the source's second half and how often
    /// the target's last word ends a target of the memory instead (see
    /// `truncation::closed_cut_evidence`). `alinea check` flags a unit `incomplete`
    /// above 6 nats.
    pub closed_cut_evidence: Option<f32>,
    /// The closed evidence plus the memory's own log odds of a cut target (the share
    /// of its units the mixture takes for cut): the posterior log odds. A memory with
    /// many targets cut short makes each of its short targets likelier cut. `alinea
    /// check` flags a unit `incomplete` above 3 nats.
    pub closed_cut_posterior: Option<f32>,
    /// The same figures read the other way round (the target's halves and reach given
    /// its source, against the memory's units with their *sources* cut short): how much
    /// the target looks like it runs on beyond its source, text added that the source
    /// lacks (see `added_evidence`). `None` when the memory is too small for a lexicon.
    pub added_evidence: Option<f32>,
    /// The added evidence plus the memory's own log odds of a target that runs on: the
    /// posterior log odds, as for [`UnitEvidence::closed_cut_posterior`]. `alinea
    /// check` flags a unit `addition` above 3 nats.
    pub added_posterior: Option<f32>,
    /// When the target has more sentences than the source: the coverage log-likelihood
    /// ratio (translated against unrelated, nats) of its first or last sentence,
    /// whichever is lower, against the source (see the `extra` module). A sentence run
    /// on from elsewhere finds its words' translations at the unrelated rate and scores
    /// below zero. `None` when the sentence counts match, the sentence has too few
    /// words the lexicon is sure of, or the memory's lexicon does not tell translations
    /// from unrelated pairs.
    pub extra_sentence: Option<f32>,
    /// Whether the source closes its sentence (a full stop, a question mark …) and the
    /// target ends with a word instead: text cut off.
    pub ends_open: bool,
    /// Whether the source ends with a question (or exclamation) mark that the target
    /// closes before its end, going on with a sentence that ends otherwise: the source's
    /// end stands inside the target, and what follows it is text the source lacks (see
    /// the `moved_mark` module).
    pub mark_moved_inward: bool,
    /// Whether the source stops at a comma or semicolon, its sentence left open, while
    /// the target closes a sentence before its end and goes on with another (see the
    /// `moved_mark` module): the target says more than its source segment.
    pub goes_on_after_open_end: bool,
    /// The word (or the comma before the closing mark) the target stops on that cannot
    /// end a sentence in its language (`the`, `zum`, `l'`: see
    /// [`alinea_text::dangling`]), when the source closes its sentence and does not
    /// stop so itself: the end of the target is missing, however it is closed.
    pub dangling: Option<&'static str>,
    /// The same read the other way round: the word the *source* stops on that cannot
    /// end a sentence, when the target closes its sentence and does not stop so: the
    /// source segment lost its end, and the target says more than it.
    pub source_dangling: Option<&'static str>,
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
            let seeds = self.seeds(&mut vs, &mut vt, (src_lang, tgt_lang));
            let dict = seeds.dict.as_slice();
            let doc = Doc { src: &fs, tgt: &ft };
            let n = fs.len();
            let lens_s: Vec<f32> = fs.iter().map(|f| f.len).collect();
            let lens_t: Vec<f32> = ft.iter().map(|f| f.len).collect();
            let pairs: Vec<(Vec<usize>, Vec<usize>)> = (0..n).map(|i| (vec![i], vec![i])).collect();
            let mut model = Model {
                length: LengthModel::estimate(&lens_s, &lens_t),
                rates: Rates::prior(),
                lexicon: (!dict.is_empty())
                    .then(|| Lexicon::from_dict(doc.src, doc.tgt, vs.len(), vt.len(), dict)),
            };
            let prep = Prepared::new(&doc);
            // The lexicon's source vocabulary: words first seen in the halves below
            // are unknown to it.
            let src_vocab = vs.len();
            let tgt_vocab = vt.len();
            let win = [Window {
                s0: 0,
                s1: n,
                t0: 0,
                t1: n,
            }];
            if seeds.trains_on(n) {
                model.lexicon = Some(Lexicon::train(
                    doc.src,
                    doc.tgt,
                    &pairs,
                    vs.len(),
                    vt.len(),
                    dict,
                    &seeds.prior,
                ));
            }
            model.rates = estimate_rates(&prep, &doc, model.lexicon.as_ref(), &win, &pairs);
            // Each unit a `1-1` bead: what coverage's rates are estimated on, and what
            // the review finalizes.
            let units_as_beads: Vec<RawBead> = (0..n)
                .map(|i| RawBead {
                    src: vec![i],
                    tgt: vec![i],
                    posterior: 1.0,
                })
                .collect();
            // A subtitle memory's turns of dialogue say which target a source fits too.
            let turns = TurnWeights::of(&prep, &units_as_beads);
            let mut sc = BeadScratch::new(&prep, model.lexicon.as_ref());
            let mut cost = |i: usize, j: usize| {
                bead_cost(&prep, &model, &[i], &[j], &mut sc) - turns.llr(&prep, i, j)
            };
            let own: Vec<f32> = (0..n).map(|i| cost(i, i)).collect();
            let rates: Option<Coverage<'_>> = model
                .lexicon
                .as_ref()
                .filter(|l| !l.is_empty())
                .and_then(|l| Coverage::estimate(&prep, l, &units_as_beads))
                .filter(|c| c.discriminates());
            let extra: Evidence = match rates.clone() {
                Some(mut cov) => crate::extra::extra_sentence_llr(
                    &src,
                    &tgt,
                    (src_lang, tgt_lang),
                    &prep,
                    &mut cov,
                    &mut keys,
                    &mut vt,
                    tgt_vocab,
                ),
                None => vec![None; n],
            };
            let (half_support, (cut_evidence, closed, added)): (
                Vec<Option<Halves>>,
                (Evidence, Posterior, Posterior),
            ) = match model.lexicon.as_ref() {
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
                    // The memory's targets as a lost end would leave them.
                    let short: Vec<&str> = tgt
                        .iter()
                        .flat_map(|t| CUT_SHARES.map(|k| keep_start(t, k)))
                        .collect();
                    let mut sf = extract(&short, &mut keys, &mut vt);
                    for f in &mut sf {
                        f.lex.retain(|&w| (w as usize) < tgt_vocab);
                    }
                    let parts: Vec<&str> =
                        src.iter().flat_map(|s| pieces(s, REACH_PIECES)).collect();
                    let mut pf = extract(&parts, &mut keys, &mut vs);
                    for f in &mut pf {
                        f.lex.retain(|&w| (w as usize) < src_vocab);
                    }
                    let ends = EndingWords::of(&ft);
                    let mut present = lex.tgt_scratch();
                    let mut best = lex.src_scratch();
                    let mut figures = |i: usize, t: &crate::anchors::Features, text: &str| {
                        present.clear();
                        present.mark(&t.lex);
                        let (mut counted, mut last) = (0, None);
                        for (k, p) in pf[REACH_PIECES * i..REACH_PIECES * (i + 1)]
                            .iter()
                            .enumerate()
                        {
                            let (c, found) = lex.src_coverage(
                                lex.fold_of(i),
                                &p.lex,
                                &present,
                                crate::coverage::RULE,
                            );
                            counted += c;
                            if found > 0 {
                                last = Some(k);
                            }
                        }
                        // The second half apart from the first (as the aligner counts
                        // a sentence apart from its bead): a word the first half shares
                        // is not counted, and a target word the first half translates
                        // is not there to be found (`de`, `la` of a cut target).
                        let tail = rates.as_ref().and_then(|c| {
                            let (head, rest) = (&hf[2 * i].lex, &hf[2 * i + 1].lex);
                            lex.claim_tgt(
                                lex.fold_of(i),
                                head,
                                crate::coverage::RULE.found,
                                &mut present,
                            );
                            let own: Vec<u32> =
                                rest.iter().copied().filter(|w| !head.contains(w)).collect();
                            c.llr_counted(lex.src_coverage(
                                lex.fold_of(i),
                                &own,
                                &present,
                                crate::coverage::RULE,
                            ))
                        });
                        best.clear();
                        lex.add_tgt(lex.fold_of(i), t, &mut best);
                        let l = t.lex.len() as f32;
                        let score = |f: &crate::anchors::Features| lex.score_src(&best, &f.lex, l);
                        CutFigures {
                            delta: model.length.delta(fs[i].len, t.len),
                            halves: (score(&hf[2 * i]), score(&hf[2 * i + 1])),
                            reach: match last {
                                Some(k) => Reach::Piece(k),
                                None if counted > 0 => Reach::Nothing,
                                None => Reach::Unknown,
                            },
                            ending: Ending::of(src[i], text),
                            tail,
                            last_word: t.seq.last().map(|&w| ends.ratio(w, &ft[i].seq)),
                        }
                    };
                    let real: Vec<CutFigures> =
                        (0..n).map(|i| figures(i, &ft[i], tgt[i])).collect();
                    let simulated: Vec<CutFigures> = (0..n)
                        .flat_map(|i| (0..CUT_SHARES.len()).map(move |k| (i, k)))
                        .filter(|&(i, k)| sf[i * CUT_SHARES.len() + k].len < ft[i].len)
                        .map(|(i, k)| {
                            let at = i * CUT_SHARES.len() + k;
                            figures(i, &sf[at], short[at])
                        })
                        .collect();
                    let evidence = truncation::cut_evidence(&real, &simulated);
                    let closed = truncation::closed_cut_evidence(&real, &simulated);
                    let added = added_evidence(&fs, &ft, lex, &model.length, rates.as_ref());
                    let with_odds = |(llr, odds): (Vec<f32>, f32)| -> Posterior {
                        llr.into_iter().map(|l| Some((l, l + odds))).collect()
                    };
                    (
                        real.iter().map(|f| Some(f.halves)).collect(),
                        (
                            evidence.into_iter().map(Some).collect(),
                            with_odds(closed),
                            with_odds(added),
                        ),
                    )
                }
                _ => (vec![None; n], (vec![None; n], vec![None; n], vec![None; n])),
            };
            let units = (0..n)
                .map(|i| {
                    let neighbour = [i.checked_sub(1), (i + 1 < n).then_some(i + 1)]
                        .into_iter()
                        .flatten()
                        .map(|j| (j, own[i] - cost(i, j)))
                        .max_by(|a, b| a.1.total_cmp(&b.1));
                    // Exchanging the targets of two neighbours: what both units gain.
                    let exchange = [i.checked_sub(1), (i + 1 < n).then_some(i + 1)]
                        .into_iter()
                        .flatten()
                        .map(|j| (j, own[i] + own[j] - cost(i, j) - cost(j, i)))
                        .max_by(|a, b| a.1.total_cmp(&b.1));
                    // Values, not digit strings: the same comparison as the flag.
                    let numbers =
                        crate::numbers::compare(&[(i, src[i])], src_lang, &[(i, tgt[i])], tgt_lang);
                    UnitEvidence {
                        neighbour,
                        exchange,
                        length_delta: model.length.delta(fs[i].len, ft[i].len),
                        src_only_numbers: numbers.src_only.len(),
                        tgt_only_numbers: numbers.tgt_only.len(),
                        half_support: half_support[i],
                        cut_evidence: cut_evidence[i],
                        closed_cut_evidence: closed[i].map(|e| e.0),
                        closed_cut_posterior: closed[i].map(|e| e.1),
                        added_evidence: added[i].map(|e| e.0),
                        added_posterior: added[i].map(|e| e.1),
                        extra_sentence: extra[i],
                        ends_open: Ending::of(src[i], tgt[i]) == Ending::Lost,
                        mark_moved_inward: crate::moved_mark::mark_moved_inward(src[i], tgt[i]),
                        goes_on_after_open_end: crate::moved_mark::goes_on_after_open_end(
                            src[i], tgt[i],
                        ),
                        dangling: stops_short(src[i], src_lang, tgt[i], tgt_lang),
                        // The same with the sides exchanged.
                        source_dangling: stops_short(tgt[i], tgt_lang, src[i], src_lang),
                    }
                })
                .collect();
            let alignment = finalize(
                &doc,
                &src,
                &tgt,
                &model,
                units_as_beads,
                (src_lang, tgt_lang),
                false,
            );
            Review { alignment, units }
        })
    }
}

/// Per unit, the evidence that its target runs on beyond its source.
///
/// A target with text added is, seen from the target, a pair whose other side stops
/// early: its second half finds no support in the source, the source's translations
/// reach only part of the way into it, and it is long for its source. So this is the
/// cut-target evidence with the sides exchanged: the memory's units with their
/// *sources* cut to a share of their words stand for the damaged pairs, and its own
/// units (re-estimated by EM) for the clean ones. The ending is not read, as in
/// `truncation::closed_cut_evidence`: added text closes its sentence as well as the
/// original did. Its fifth figure is the coverage ratio of the target's second half
/// against the source, apart from its first half (`rates`: the memory's coverage
/// rates; without them, where coverage does not tell translations from unrelated
/// pairs, the figure is unknown for every unit and says nothing).
///
/// Halves, pieces and cut sources are taken from the words in text order
/// (`Features::seq`), not from the texts again: no second tokenisation of the memory.
fn added_evidence(
    fs: &[Features],
    ft: &[Features],
    lex: &Lexicon,
    length: &LengthModel,
    rates: Option<&Coverage<'_>>,
) -> (Vec<f32>, f32) {
    let set = |words: &[u32]| {
        let mut v = words.to_vec();
        v.sort_unstable();
        v.dedup();
        v
    };
    // The target's words split by position: halves, and pieces for the reach.
    let split = |seq: &[u32], k: usize| -> Vec<Vec<u32>> {
        (0..k)
            .map(|p| set(&seq[p * seq.len() / k..(p + 1) * seq.len() / k]))
            .collect()
    };
    let halves: Vec<Vec<Vec<u32>>> = ft.iter().map(|f| split(&f.seq, 2)).collect();
    let pieces: Vec<Vec<Vec<u32>>> = ft.iter().map(|f| split(&f.seq, REACH_PIECES)).collect();
    let mut present = lex.src_scratch();
    let mut best = lex.tgt_scratch();
    // Figures of unit `i` with the source words `words` (of `len` characters).
    let mut figures = |i: usize, words: &[u32], len: f32| {
        present.clear();
        present.mark(words);
        let (mut counted, mut last) = (0, None);
        for (k, p) in pieces[i].iter().enumerate() {
            let (c, found) = lex.tgt_coverage(lex.fold_of(i), p, &present, crate::coverage::RULE);
            counted += c;
            if found > 0 {
                last = Some(k);
            }
        }
        // The target's second half apart from its first, as in the cut evidence.
        let tail = rates.and_then(|c| {
            let (head, rest) = (&halves[i][0], &halves[i][1]);
            lex.claim_src(
                lex.fold_of(i),
                head,
                crate::coverage::RULE.found,
                &mut present,
            );
            let own: Vec<u32> = rest.iter().copied().filter(|w| !head.contains(w)).collect();
            c.llr_counted(lex.tgt_coverage(lex.fold_of(i), &own, &present, crate::coverage::RULE))
        });
        best.clear();
        lex.add_src_words(i, words, &mut best);
        let l = words.len() as f32;
        CutFigures {
            // Negative when the target is long for its source (the source "short").
            delta: -length.delta(len, ft[i].len),
            halves: (
                lex.score_tgt(&best, &halves[i][0], l),
                lex.score_tgt(&best, &halves[i][1], l),
            ),
            reach: match last {
                Some(k) => Reach::Piece(k),
                None if counted > 0 => Reach::Nothing,
                None => Reach::Unknown,
            },
            // Not read by the closed evidence.
            ending: Ending::Kept,
            tail,
            // The source is what the simulation cuts, and a real addition leaves it
            // whole: its last word would say "clean" of every added target.
            last_word: None,
        }
    };
    let real: Vec<CutFigures> = fs
        .iter()
        .enumerate()
        .map(|(i, f)| figures(i, &f.lex, f.len))
        .collect();
    let mut simulated = Vec::with_capacity(fs.len() * CUT_SHARES.len());
    for (i, f) in fs.iter().enumerate() {
        for share in CUT_SHARES {
            let keep = (f.seq.len() as f32 * share) as usize;
            if keep == 0 || keep >= f.seq.len() {
                continue;
            }
            // The characters kept, in proportion to the words kept.
            let len = f.len * keep as f32 / f.seq.len() as f32;
            simulated.push(figures(i, &set(&f.seq[..keep]), len));
        }
    }
    truncation::closed_cut_evidence(&real, &simulated)
}

/// How often each word ends a target of the memory, and how often it occurs: a text
/// cut off that keeps its final mark mostly ends with a word that rarely ends a
/// sentence (`og`, `the`, `de`).
struct EndingWords {
    last: std::collections::HashMap<u32, f32>,
    all: std::collections::HashMap<u32, f32>,
    /// The share of word tokens that end a target.
    base: f32,
}

impl EndingWords {
    fn of(targets: &[Features]) -> EndingWords {
        let (mut last, mut all) = (
            std::collections::HashMap::new(),
            std::collections::HashMap::new(),
        );
        let (mut ends, mut tokens) = (0.0f32, 0.0f32);
        for t in targets {
            for &w in &t.seq {
                *all.entry(w).or_insert(0.0) += 1.0;
            }
            if let Some(&w) = t.seq.last() {
                *last.entry(w).or_insert(0.0) += 1.0;
                ends += 1.0;
            }
            tokens += t.seq.len() as f32;
        }
        EndingWords {
            last,
            all,
            base: (ends + 1.0) / (tokens + 1.0),
        }
    }

    /// ln of how often `w` ends a target against how often any word does, leaving out
    /// the unit whose (whole) target is `own`, smoothed towards the base rate.
    fn ratio(&self, w: u32, own: &[u32]) -> f32 {
        const PRIOR: f32 = 2.0;
        let own_last = f32::from(u8::from(own.last() == Some(&w)));
        let own_all = own.iter().filter(|&&x| x == w).count() as f32;
        let last = self.last.get(&w).copied().unwrap_or(0.0) - own_last;
        let all = self.all.get(&w).copied().unwrap_or(0.0) - own_all;
        let r = (last.max(0.0) + PRIOR * self.base) / (all.max(0.0) + PRIOR);
        (r / self.base).ln()
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
    let at = nearest_space(text, mid);
    (&text[..at], &text[at..])
}

/// A text cut in `k` pieces at the spaces nearest `j / k` of its characters (at the
/// character itself when it has no space, as in Chinese); some pieces may be empty.
fn pieces(text: &str, k: usize) -> Vec<&str> {
    let text = text.trim();
    let starts: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    let mut cuts = vec![0usize];
    for j in 1..k {
        let at = match starts.get(j * starts.len() / k) {
            Some(&mid) => nearest_space(text, mid),
            None => text.len(),
        };
        let last = cuts[cuts.len() - 1];
        cuts.push(at.max(last));
    }
    cuts.push(text.len());
    cuts.windows(2).map(|w| &text[w[0]..w[1]]).collect()
}

/// The byte offset of the whitespace nearest byte `mid` of `text` (`mid` itself when
/// there is none).
fn nearest_space(text: &str, mid: usize) -> usize {
    let before = text[..mid].rfind(char::is_whitespace);
    let after = text[mid..].find(char::is_whitespace).map(|k| mid + k);
    match (before, after) {
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
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Targets that run on with another unit's text look like pairs whose source was
    /// cut; the memory's clean units do not.
    #[test]
    fn a_target_with_text_added_reads_like_a_cut_source() {
        let (s, t, gold) = crate::tests::synthetic(21, 400);
        let mut units: Vec<(String, String)> = gold
            .iter()
            .filter(|(a, b)| a.len() == 1 && b.len() == 1)
            .map(|(a, b)| (s[a[0]].clone(), t[b[0]].clone()))
            .collect();
        let n = units.len();
        assert!(n > 200, "{n}");
        let added: Vec<usize> = (5..n).step_by(20).collect();
        for &i in &added {
            let extra = units[(i + n / 2) % n].1.clone();
            units[i].1 = format!("{} {extra}", units[i].1);
        }
        let aligner = Aligner::builder().build().unwrap();
        let r = aligner.review(&units, Lang::EN, Lang::FR);
        let evidence = |i: usize| r.unit(i).added_evidence.expect("a lexicon");
        let found = added.iter().filter(|&&i| evidence(i) > 5.0).count();
        assert!(found * 10 >= added.len() * 7, "{found} of {}", added.len());
        let clean = (0..n).filter(|i| !added.contains(i));
        let false_alarms = clean.filter(|&i| evidence(i) > 5.0).count();
        assert!(false_alarms * 100 <= n, "{false_alarms} of {n}");
    }

    /// A sentence run on from another unit finds its words' translations at the
    /// unrelated rate; the second sentence of a unit whose source is one sentence
    /// translated as two finds them at the translated rate.
    #[test]
    fn an_extra_sentence_from_elsewhere_is_not_covered_by_the_source() {
        let (s, t, gold) = crate::tests::synthetic(23, 600);
        // The synthetic sentences are lower case: capitalized, a sentence splitter
        // sees where one ends and the next begins.
        let cap = |x: &str| {
            let mut c = x.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        };
        let mut units: Vec<(String, String)> = Vec::new();
        let mut split_in_two = Vec::new();
        for (a, b) in &gold {
            match (a.as_slice(), b.as_slice()) {
                ([i], [j]) => units.push((cap(&s[*i]), cap(&t[*j]))),
                ([i], [j, k]) => {
                    split_in_two.push(units.len());
                    units.push((cap(&s[*i]), format!("{} {}", cap(&t[*j]), cap(&t[*k]))));
                }
                _ => {}
            }
        }
        let n = units.len();
        let added: Vec<usize> = (3..n)
            .step_by(15)
            .filter(|i| !split_in_two.contains(i))
            .collect();
        for &i in &added {
            let extra = units[(i + n / 2) % n].1.clone();
            units[i].1 = format!("{} {extra}", units[i].1);
        }
        let r = Aligner::builder()
            .build()
            .unwrap()
            .review(&units, Lang::EN, Lang::FR);
        let low = |i: &usize| r.unit(*i).extra_sentence.is_some_and(|v| v < -3.0);
        let found = added.iter().filter(|i| low(i)).count();
        assert!(found * 10 >= added.len() * 8, "{found} of {}", added.len());
        let real = split_in_two.iter().filter(|i| !added.contains(i));
        let seen = real
            .clone()
            .filter(|i| r.unit(**i).extra_sentence.is_some())
            .count();
        assert!(
            seen * 2 >= split_in_two.len(),
            "{seen} of {} read",
            split_in_two.len()
        );
        assert_eq!(
            real.filter(|i| low(i)).count(),
            0,
            "a translated sentence flagged"
        );
        // One-sentence targets have nothing extra.
        assert!((0..n)
            .filter(|i| !added.contains(i) && !split_in_two.contains(i))
            .all(|i| r.unit(i).extra_sentence.is_none()));
    }

    /// A word that ends many targets scores above the base rate, one that never does
    /// below it; a unit's own target is left out of its counts.
    #[test]
    fn ending_words_are_counted_without_the_unit_itself() {
        let mut keys = Interner::default();
        let mut vt = Interner::default();
        let texts = [
            "we went home",
            "they came home",
            "she stayed home",
            "bread and butter",
            "salt and pepper",
            "fish and chips",
            "the end",
        ];
        let ft = extract(&texts, &mut keys, &mut vt);
        let ends = EndingWords::of(&ft);
        let mut id = |w: &str| vt.id(w);
        let (home, and, end) = (id("home"), id("and"), id("end"));
        // Beside the unit's own, `home` ends both targets it occurs in, `and` none.
        assert!(ends.ratio(home, &ft[0].seq) > 0.3);
        assert!(ends.ratio(and, &ft[3].seq) < -0.3);
        // Seen only in its own unit, `end` falls back to the base rate.
        assert!(ends.ratio(end, &ft[6].seq).abs() < 1e-6);
    }

    #[test]
    fn pieces_cut_at_spaces_or_characters_and_keep_the_text() {
        let p = pieces("aa bb cc dd ee ff gg hh ii jj", 5);
        assert_eq!(p.len(), 5);
        assert_eq!(p.concat(), "aa bb cc dd ee ff gg hh ii jj");
        assert_eq!(p[0], "aa bb");
        assert_eq!(pieces("一二三四", 2), ["一二", "三四"]);
        assert_eq!(pieces("ab", 4).concat(), "ab");
    }

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
        // Units 1 and 2 are swapped: both gain from the exchange, more than either alone.
        let exchange = |i: usize| r.unit(i).exchange.unwrap();
        assert_eq!((exchange(1).0, exchange(2).0), (2, 1));
        assert!(exchange(1).1 > gain(2).1, "{:?}", exchange(1));
        assert!(exchange(0).1 < 0.0 && exchange(4).1 < 0.0);
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
