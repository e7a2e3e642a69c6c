//! A translation lexicon induced from the documents themselves (after Moore 2002).
//!
//! The confident `1-1` beads of the previous pass (at least 25) are read as a small
//! parallel corpus. IBM Model 1 is trained in both directions (with a NULL word, a few
//! EM iterations from uniform, i.e. starting from normalized co-occurrence). A bead's
//! lexical score is Moore's log-likelihood ratio, in each direction: for every word
//! `w` of one side, `ln((t̄(w) + p(w)) / p(w))`, where `t̄(w)` is the mean over the other
//! side's words of `t(w|·)` and `p(w)` the word's background (unigram) probability in
//! its document. Rare words well explained weigh heavily, frequent words little,
//! unexplained words nothing; a bigger other side dilutes the mean (it had more
//! chances to explain `w` by luck). Unspaced scripts (Chinese, Japanese, Thai…) are tokenised by
//! character, which works better than guessing word boundaries.
//!
//! **Jackknife.** The document is cut into blocks by source position (at most
//! [`FOLDS`]); the table used for sentences of block `k` is trained only on pairs from
//! the other blocks, so a wrong bead cannot confirm itself in the next round. Without
//! this the zh–en tables reinforce their own mistakes and accuracy collapses
//! (METHODS.md). A long document uses fewer blocks rather than fewer pairs
//! ([`plan`]): each table still learns from half of the document or more, and every
//! confident pair counts.
//!
//! A user dictionary (`src<TAB>tgt` lines, single tokens) adds links of strength 1 to
//! every fold. A built-in lexicon (`prior.rs`) is softer: its links are one-word
//! training pairs that every fold learns from, weighed by EM against the document's own.

use rayon::prelude::*;

use crate::anchors::Features;

/// Most jackknife folds.
pub(crate) const FOLDS: usize = 5;
/// EM iterations of Model 1.
const ITERS: usize = 4;
/// Training work allowed per lexicon: pairs times the tables each pair trains (every
/// fold's but its own), which bounds training time on long documents. Up to 1,500
/// pairs train five folds; 3,000 three; 6,000 two; longer documents train two folds
/// on evenly spread pairs. Before, at most 1,200 pairs trained five folds, so the
/// 6,000 confident pairs of 1984 (ro–en) were cut to 1,200: using all of them (two
/// folds) raised its strict F1 .9834 → .9854 and the omissions / additions found as
/// empty-side beads .47 / .57 → .54 / .64; on its two halves as separate documents
/// (three folds each) .9839 → .9861 and .9786 → .9783, omissions .49 → .54 and
/// .46 → .51. Shorter documents (every other dev set) are unchanged. With the linear
/// pair numbering and the leaner EM below, a round on 1984 trains in about 95 ms
/// (60 ms for the 1,200 pairs before): about 5–8 % of the whole run, for 40 MB more
/// peak memory (BENCHMARKS.md, Translator QA).
const TRAIN_WORK: usize = 6000;

/// Folds and sampling step for `pairs` training pairs: as many folds as the work
/// budget allows (two to [`FOLDS`]), and every pair used unless two folds exceed it.
fn plan(pairs: usize) -> (usize, usize) {
    let folds = (TRAIN_WORK / pairs.max(1) + 1).clamp(2, FOLDS);
    let step = (pairs * (folds - 1)).div_ceil(TRAIN_WORK).max(1);
    (folds, step)
}
/// Translation probabilities below this are dropped.
const MIN_PROB: f32 = 0.02;
/// At most this many links are kept per word.
const MAX_LINKS: usize = 8;

/// Word-to-word links of one fold, by source word (compressed rows).
#[derive(Debug, Clone, Default)]
struct Links {
    start: Vec<u32>,
    tgt: Vec<u32>,
    strength: Vec<f32>,
}

impl Links {
    fn of(&self, s: u32) -> (&[u32], &[f32]) {
        let s = s as usize;
        if s + 1 >= self.start.len() {
            return (&[], &[]);
        }
        let (a, b) = (self.start[s] as usize, self.start[s + 1] as usize);
        (&self.tgt[a..b], &self.strength[a..b])
    }

    /// Tables by source word and by target word.
    fn both(n_src: usize, n_tgt: usize, triples: Vec<(u32, u32, f32)>) -> (Links, Links) {
        let fwd = Links::from_triples(n_src, triples);
        let mut t2 = Vec::with_capacity(fwd.tgt.len());
        for s in 0..n_src {
            let (a, b) = (fwd.start[s] as usize, fwd.start[s + 1] as usize);
            for k in a..b {
                t2.push((fwd.tgt[k], s as u32, fwd.strength[k]));
            }
        }
        let rev = Links::from_triples_all(n_tgt, t2);
        (fwd, rev)
    }

    fn from_triples_all(n: usize, triples: Vec<(u32, u32, f32)>) -> Links {
        Links::build(n, triples, usize::MAX)
    }

    fn from_triples(n_src: usize, triples: Vec<(u32, u32, f32)>) -> Links {
        Links::build(n_src, triples, MAX_LINKS)
    }

    fn build(n_src: usize, mut triples: Vec<(u32, u32, f32)>, max: usize) -> Links {
        // Strongest first within each source word, then truncate.
        triples.sort_by(|a, b| a.0.cmp(&b.0).then(b.2.total_cmp(&a.2)).then(a.1.cmp(&b.1)));
        let mut links = Links {
            start: Vec::with_capacity(n_src + 1),
            ..Default::default()
        };
        let mut k = 0;
        for s in 0..n_src as u32 {
            links.start.push(links.tgt.len() as u32);
            let mut taken = 0;
            while k < triples.len() && triples[k].0 == s {
                if taken < max {
                    links.tgt.push(triples[k].1);
                    links.strength.push(triples[k].2);
                    taken += 1;
                }
                k += 1;
            }
        }
        links.start.push(links.tgt.len() as u32);
        links
    }
}

/// A jackknifed translation lexicon over the two lexical vocabularies.
#[derive(Debug, Clone, Default)]
pub(crate) struct Lexicon {
    /// Links by source word, one table per fold.
    folds: Vec<Links>,
    /// The same links by target word.
    rev: Vec<Links>,
    n_units: usize,
    src_vocab: usize,
    tgt_vocab: usize,
    /// `1 / p(w)` for every target word (background unigram probability `p`).
    w_tgt: Vec<f32>,
    /// The same for every source word.
    w_src: Vec<f32>,
}

/// `1 / p(w)` per word of a vocabulary, `p(w)` the share of the side's word tokens
/// (types per unit) that are `w`, add-one smoothed.
fn inv_unigram(units: &[Features], vocab: usize) -> Vec<f32> {
    let mut df = vec![1.0f32; vocab];
    let mut total = vocab as f32;
    for f in units {
        for &w in &f.lex {
            df[w as usize] += 1.0;
        }
        total += f.lex.len() as f32;
    }
    df.iter().map(|&d| total / d).collect()
}

/// Natural logarithm of a positive, finite `y` to about 1e-5 (exponent from the bits,
/// `atanh` series on the mantissa): the lexical score's inner loop is dominated by it.
#[inline]
fn fast_ln(y: f32) -> f32 {
    let bits = y.to_bits();
    let e = ((bits >> 23) & 0xff) as i32 - 127;
    let m = f32::from_bits((bits & 0x007f_ffff) | 0x3f80_0000);
    // m in [1, 2): ln m = 2 atanh(t), t = (m − 1) / (m + 1) ≤ 1/3.
    let t = (m - 1.0) / (m + 1.0);
    let t2 = t * t;
    let ln_m = 2.0 * t * (1.0 + t2 * (1.0 / 3.0 + t2 * (0.2 + t2 * (1.0 / 7.0 + t2 / 9.0))));
    e as f32 * std::f32::consts::LN_2 + ln_m
}

/// Log-likelihood ratio of `words` given the other side of the bead, whose `l` words'
/// translation probabilities are summed in `best`: `Σ ln((t̄(w) + p(w)) / p(w))`, where
/// `t̄(w) = S(w) / l` is Model 1's mean translation probability and `p(w)` the
/// background probability (`w` holds `1 / p`). The background share also stands in
/// for Model 1's NULL word, so an unexplained word scores 0 and a rare well-explained
/// one scores high.
#[inline]
fn llr(best: &MaxVec, words: &[u32], l: f32, w: &[f32]) -> f32 {
    let inv_l = 1.0 / l.max(1.0);
    let mut acc = 0.0;
    for &x in words {
        let v = best.v[x as usize];
        if v > 0.0 {
            acc += fast_ln(1.0 + v * inv_l * w[x as usize]);
        }
    }
    acc
}

/// Per token of `seq`, the term [`llr`] adds for it.
fn token_scores(best: &MaxVec, seq: &[u32], l: f32, w: &[f32], out: &mut Vec<f32>) {
    let inv_l = 1.0 / l.max(1.0);
    out.clear();
    out.extend(seq.iter().map(|&x| {
        let v = best.v[x as usize];
        if v > 0.0 {
            fast_ln(1.0 + v * inv_l * w[x as usize])
        } else {
            0.0
        }
    }));
}

/// A dense array of sums over a vocabulary that remembers which entries it touched,
/// so that clearing costs only what was set.
#[derive(Clone)]
pub(crate) struct MaxVec {
    v: Vec<f32>,
    touched: Vec<u32>,
}

impl MaxVec {
    pub(crate) fn new(n: usize) -> MaxVec {
        MaxVec {
            v: vec![0.0; n],
            touched: Vec::new(),
        }
    }

    pub(crate) fn clear(&mut self) {
        for &w in &self.touched {
            self.v[w as usize] = 0.0;
        }
        self.touched.clear();
    }

    /// Whether entry `w` was set since the last clear.
    #[inline]
    pub(crate) fn has(&self, w: u32) -> bool {
        self.v[w as usize] != 0.0
    }

    /// Marks every word of `words` (value 1).
    pub(crate) fn mark(&mut self, words: &[u32]) {
        for &w in words {
            self.add(w, 1.0);
        }
    }

    /// Unmarks entry `w` (it stays listed for the next clear).
    #[inline]
    pub(crate) fn unmark(&mut self, w: u32) {
        self.v[w as usize] = 0.0;
    }

    #[inline]
    fn add(&mut self, w: u32, l: f32) {
        let b = &mut self.v[w as usize];
        if *b == 0.0 {
            self.touched.push(w);
        }
        *b += l;
    }
}

impl Lexicon {
    /// The fold of source unit `i`.
    pub(crate) fn fold_of(&self, i: usize) -> usize {
        if self.folds.len() <= 1 {
            0
        } else {
            (i * self.folds.len() / self.n_units.max(1)).min(self.folds.len() - 1)
        }
    }

    /// Whether the lexicon has any link.
    pub(crate) fn is_empty(&self) -> bool {
        self.folds.iter().all(|f| f.tgt.is_empty())
    }

    /// Trains the lexicon on `pairs` of (source units, target units), each side read as
    /// one bag of words; `dict` holds extra links (source word id, target word id) from
    /// a user dictionary, `prior` weighted one-word pairs (source word, target word,
    /// weight) from a built-in lexicon that every fold trains on.
    pub(crate) fn train(
        src: &[Features],
        tgt: &[Features],
        pairs: &[(Vec<usize>, Vec<usize>)],
        src_vocab: usize,
        tgt_vocab: usize,
        dict: &[(u32, u32)],
        prior: &[(u32, u32, f32)],
    ) -> Lexicon {
        let n_units = src.len();
        let null_s = src_vocab as u32;
        let null_t = tgt_vocab as u32;
        // Number every co-occurring (s, t) pair, NULLs included, once. The rows of
        // all matrices (one per source word of a pair) are grouped by source word
        // (a counting sort); within a group, each target word gets the next id the
        // first time it is seen. Linear in the number of cells.
        let (folds, step) = plan(pairs.len());
        let mut mats: Vec<Mat> = Vec::with_capacity(pairs.len().div_ceil(step));
        let mut words_t: Vec<u32> = Vec::new();
        // (source word, matrix, row) of every row.
        let mut rows: Vec<(u32, u32, u32)> = Vec::new();
        let mut n_cells = 0usize;
        let bag = |units: &[Features], ix: &[usize]| -> Vec<u32> {
            let mut v: Vec<u32> = ix
                .iter()
                .flat_map(|&k| units[k].lex.iter().copied())
                .collect();
            v.sort_unstable();
            v.dedup();
            v
        };
        for (is, js) in pairs.iter().step_by(step) {
            let (ws, wt) = (bag(src, is), bag(tgt, js));
            if ws.is_empty() || wt.is_empty() {
                continue;
            }
            let (ls, lt) = (ws.len(), wt.len());
            let k = mats.len() as u32;
            for (x, &s) in ws.iter().chain([&null_s]).enumerate() {
                rows.push((s, k, x as u32));
            }
            let t_off = words_t.len();
            words_t.extend(wt.iter().chain([&null_t]));
            let i = is[0];
            let fold = (i * folds).checked_div(n_units).unwrap_or(0).min(folds - 1);
            mats.push(Mat {
                ls,
                lt,
                off: n_cells,
                t_off,
                fold,
                weight: 1.0,
            });
            n_cells += (ls + 1) * (lt + 1);
        }
        // The built-in lexicon's pairs: one word each side (and the NULLs), in no fold,
        // so that every fold's table learns from them, each counting its weight.
        for &(s, t, weight) in prior {
            let k = mats.len() as u32;
            rows.push((s, k, 0));
            rows.push((null_s, k, 1));
            let t_off = words_t.len();
            words_t.extend([t, null_t]);
            mats.push(Mat {
                ls: 1,
                lt: 1,
                off: n_cells,
                t_off,
                fold: usize::MAX,
                weight,
            });
            n_cells += 4;
        }
        let mut start = vec![0u32; src_vocab + 2];
        for &(s, _, _) in &rows {
            start[s as usize + 1] += 1;
        }
        for k in 1..start.len() {
            start[k] += start[k - 1];
        }
        let mut fill = start.clone();
        let mut by_s = vec![(0u32, 0u32); rows.len()];
        for &(s, k, x) in &rows {
            let f = &mut fill[s as usize];
            by_s[*f as usize] = (k, x);
            *f += 1;
        }
        drop(rows);
        let mut cell_id = vec![0u32; n_cells];
        let mut pid_s: Vec<u32> = Vec::new();
        let mut pid_t: Vec<u32> = Vec::new();
        let mut stamp = vec![u32::MAX; tgt_vocab + 1];
        let mut id_of = vec![0u32; tgt_vocab + 1];
        for s in 0..=src_vocab {
            let (a, b) = (start[s] as usize, start[s + 1] as usize);
            for &(k, x) in &by_s[a..b] {
                let m = &mats[k as usize];
                let w = m.lt + 1;
                let row = &mut cell_id[m.off + x as usize * w..m.off + (x as usize + 1) * w];
                for (c, &t) in row.iter_mut().zip(&words_t[m.t_off..m.t_off + w]) {
                    if stamp[t as usize] != s as u32 {
                        stamp[t as usize] = s as u32;
                        id_of[t as usize] = pid_s.len() as u32;
                        pid_s.push(s as u32);
                        pid_t.push(t);
                    }
                    *c = id_of[t as usize];
                }
            }
        }
        let nid = pid_s.len();
        let tables: Vec<(Links, Links)> = (0..folds)
            .into_par_iter()
            .map(|f| {
                let train: Vec<&Mat> = mats.iter().filter(|m| m.fold != f).collect();
                let (fwd, bwd) = em(
                    &train,
                    &cell_id,
                    &pid_s,
                    &pid_t,
                    src_vocab + 1,
                    tgt_vocab + 1,
                );
                let mut tf: Vec<(u32, u32, f32)> = Vec::new();
                let mut tb: Vec<(u32, u32, f32)> = Vec::new();
                for id in 0..nid {
                    let (s, t) = (pid_s[id], pid_t[id]);
                    if s == null_s || t == null_t {
                        continue;
                    }
                    if fwd[id] >= MIN_PROB {
                        tf.push((s, t, fwd[id]));
                    }
                    if bwd[id] >= MIN_PROB {
                        tb.push((t, s, bwd[id]));
                    }
                }
                for &(s, t) in dict {
                    tf.push((s, t, 1.0));
                    tb.push((t, s, 1.0));
                }
                (
                    Links::from_triples(src_vocab, tf),
                    Links::from_triples(tgt_vocab, tb),
                )
            })
            .collect();
        let (folds, rev) = tables.into_iter().unzip();
        Lexicon {
            folds,
            rev,
            n_units,
            src_vocab,
            tgt_vocab,
            w_tgt: inv_unigram(tgt, tgt_vocab),
            w_src: inv_unigram(src, src_vocab),
        }
    }

    /// A lexicon made of the user dictionary alone.
    pub(crate) fn from_dict(
        src: &[Features],
        tgt: &[Features],
        src_vocab: usize,
        tgt_vocab: usize,
        dict: &[(u32, u32)],
    ) -> Lexicon {
        let triples = dict.iter().map(|&(s, t)| (s, t, 1.0)).collect();
        let (f, r) = Links::both(src_vocab, tgt_vocab, triples);
        Lexicon {
            folds: vec![f],
            rev: vec![r],
            n_units: src.len(),
            src_vocab,
            tgt_vocab,
            w_tgt: inv_unigram(tgt, tgt_vocab),
            w_src: inv_unigram(src, src_vocab),
        }
    }

    /// Log-likelihood ratio of target words `words` given the source side summed in
    /// `best` ([`Self::add_src`]) with `l` source words.
    #[inline]
    pub(crate) fn score_tgt(&self, best: &MaxVec, words: &[u32], l: f32) -> f32 {
        llr(best, words, l, &self.w_tgt)
    }

    /// Log-likelihood ratio of source words given the target side summed in `best`
    /// ([`Self::add_tgt`]) with `l` target words.
    #[inline]
    pub(crate) fn score_src(&self, best: &MaxVec, words: &[u32], l: f32) -> f32 {
        llr(best, words, l, &self.w_src)
    }

    /// Per target token of `seq` (text order), its log-likelihood ratio given the
    /// source side summed in `best` with `l` source words (0 for a word not linked).
    pub(crate) fn tgt_token_scores(&self, best: &MaxVec, seq: &[u32], l: f32, out: &mut Vec<f32>) {
        token_scores(best, seq, l, &self.w_tgt, out);
    }

    /// [`Self::tgt_token_scores`] for source tokens given a target side.
    pub(crate) fn src_token_scores(&self, best: &MaxVec, seq: &[u32], l: f32, out: &mut Vec<f32>) {
        token_scores(best, seq, l, &self.w_src, out);
    }

    /// Scratch over the target vocabulary (for [`Self::add_src`]).
    pub(crate) fn tgt_scratch(&self) -> MaxVec {
        MaxVec::new(self.tgt_vocab)
    }

    /// Scratch over the source vocabulary (for [`Self::add_tgt`]).
    pub(crate) fn src_scratch(&self) -> MaxVec {
        MaxVec::new(self.src_vocab)
    }

    /// Adds to `best`, for every target word, its translation probabilities `t(t|s)`
    /// from the words `s` of source unit `i` (under the table of `i`'s fold).
    pub(crate) fn add_src(&self, i: usize, unit: &Features, best: &mut MaxVec) {
        self.add_src_words(i, &unit.lex, best);
    }

    /// [`Self::add_src`] for some of the words of source unit `i` (unique ids).
    pub(crate) fn add_src_words(&self, i: usize, words: &[u32], best: &mut MaxVec) {
        let links = &self.folds[self.fold_of(i)];
        for &s in words {
            let (ts, ls) = links.of(s);
            for (&t, &l) in ts.iter().zip(ls) {
                best.add(t, l);
            }
        }
    }

    /// Of the source `words`, how many count under `rule` (rare, with a translation
    /// the lexicon is sure of), and how many of those find their links among the target
    /// words marked in `present` (under the table of `fold`).
    pub(crate) fn src_coverage(
        &self,
        fold: usize,
        words: &[u32],
        present: &MaxVec,
        rule: CoverageRule,
    ) -> (u32, u32) {
        coverage(&self.folds[fold], words, present, rule, &self.w_src)
    }

    /// Unmarks in `present` (target words) every translation of the source `words`
    /// linked at least `min` strongly under the table of `fold`: the target words these
    /// source words already explain.
    pub(crate) fn claim_tgt(&self, fold: usize, words: &[u32], min: f32, present: &mut MaxVec) {
        claim(&self.folds[fold], words, min, present);
    }

    /// [`Self::claim_tgt`] for target `words` in marked source words.
    pub(crate) fn claim_src(&self, fold: usize, words: &[u32], min: f32, present: &mut MaxVec) {
        claim(&self.rev[fold], words, min, present);
    }

    /// [`Self::src_coverage`] for target `words` against marked source words.
    pub(crate) fn tgt_coverage(
        &self,
        fold: usize,
        words: &[u32],
        present: &MaxVec,
        rule: CoverageRule,
    ) -> (u32, u32) {
        coverage(&self.rev[fold], words, present, rule, &self.w_tgt)
    }

    /// Adds to `best`, for every source word, its translation probabilities `t(s|t)`
    /// from the words of the target unit, under the table of `fold`.
    pub(crate) fn add_tgt(&self, fold: usize, unit: &Features, best: &mut MaxVec) {
        let links = &self.rev[fold];
        for &t in &unit.lex {
            let (ss, ls) = links.of(t);
            for (&s, &l) in ss.iter().zip(ls) {
                best.add(s, l);
            }
        }
    }
}

/// What makes a word count for coverage, and what makes it found.
#[derive(Debug, Clone, Copy)]
pub(crate) struct CoverageRule {
    /// The word's strongest link is at least this strong.
    pub sure: f32,
    /// The word is rarer than this share of its side's word tokens (frequent words
    /// find a translation anywhere).
    pub rare: f32,
    /// Found: its links to words present on the other side add up to this.
    pub found: f32,
}

fn claim(links: &Links, words: &[u32], min: f32, present: &mut MaxVec) {
    for &w in words {
        let (to, st) = links.of(w);
        for (&t, &x) in to.iter().zip(st) {
            if x >= min {
                present.unmark(t);
            }
        }
    }
}

fn coverage(
    links: &Links,
    words: &[u32],
    present: &MaxVec,
    rule: CoverageRule,
    inv_p: &[f32],
) -> (u32, u32) {
    let min_inv = 1.0 / rule.rare;
    let (mut n, mut k) = (0, 0);
    for &w in words {
        if inv_p[w as usize] < min_inv {
            continue;
        }
        let (to, st) = links.of(w);
        if !st.iter().any(|&x| x >= rule.sure) {
            continue;
        }
        n += 1;
        let got: f32 = to
            .iter()
            .zip(st)
            .filter(|&(&t, _)| present.has(t))
            .map(|(_, &x)| x)
            .sum();
        if got >= rule.found {
            k += 1;
        }
    }
    (n, k)
}

/// The word pairs of one training pair of units: a `(ls + 1) × (lt + 1)` matrix of
/// pair ids (the last row and column are NULL) at `off` in the id array.
struct Mat {
    ls: usize,
    lt: usize,
    off: usize,
    /// Offset of the pair's target words (NULL last) in the flat word list.
    t_off: usize,
    fold: usize,
    /// What the pair counts for in EM: 1 for a pair of the document.
    weight: f32,
}

/// Model 1 EM in both directions at once (they share the pairs' cells). Forward: each
/// target word is generated by one of the source words or NULL, probabilities
/// normalized per source word (`cond_s`); backward swaps the roles. Returns the
/// forward and the backward probability of every cell id.
fn em(
    train: &[&Mat],
    cell_id: &[u32],
    cond_s: &[u32],
    cond_t: &[u32],
    ncond_s: usize,
    ncond_t: usize,
) -> (Vec<f32>, Vec<f32>) {
    let nid = cond_s.len();
    // Per cell, both directions' probabilities and counts side by side: the gather of
    // the probabilities and the scatter of the counts touch one cache line.
    let mut cells = vec![[1.0f32, 1.0, 0.0, 0.0]; nid];
    let mut totals_s = vec![0.0f32; ncond_s + 1];
    let mut totals_t = vec![0.0f32; ncond_t + 1];
    let mut local: Vec<[f32; 2]> = Vec::new();
    let mut col: Vec<f32> = Vec::new();
    let mut row: Vec<f32> = Vec::new();
    for iter in 0..ITERS {
        cells.iter_mut().for_each(|c| {
            c[2] = 0.0;
            c[3] = 0.0;
        });
        for m in train {
            let (ls, lt) = (m.ls, m.lt);
            let w = lt + 1;
            let mat = &cell_id[m.off..m.off + (ls + 1) * w];
            if iter == 0 {
                // From uniform: every column sums to ls + 1, every row to lt + 1.
                let (a, b) = (m.weight / (ls + 1) as f32, m.weight / (lt + 1) as f32);
                for (x, ids) in mat.chunks(w).enumerate() {
                    for (y, &id) in ids.iter().enumerate() {
                        let c = &mut cells[id as usize];
                        if y < lt {
                            c[2] += a;
                        }
                        if x < ls {
                            c[3] += b;
                        }
                    }
                }
                continue;
            }
            local.clear();
            local.extend(mat.iter().map(|&id| {
                let c = &cells[id as usize];
                [c[0], c[1]]
            }));
            // Forward: per target word (column), the sum over source words and NULL;
            // backward: per source word (row), the sum over target words and NULL.
            // Summed in the same order as one direction at a time would.
            col.clear();
            col.resize(lt, 0.0);
            row.clear();
            for x in 0..=ls {
                let r = &local[x * w..x * w + w];
                for (c, p) in col.iter_mut().zip(r) {
                    *c += p[0];
                }
                if x < ls {
                    row.push(m.weight / r.iter().map(|p| p[1]).sum::<f32>());
                }
            }
            // Reciprocals: one division per row and column, not per cell.
            col.iter_mut().for_each(|d| *d = m.weight / *d);
            for (x, (ids, ps)) in mat.chunks(w).zip(local.chunks(w)).enumerate() {
                // None on the NULL row (no backward count) and column (no forward).
                let r = row.get(x).copied();
                for (y, (&id, p)) in ids.iter().zip(ps).enumerate() {
                    let c = &mut cells[id as usize];
                    if let Some(&d) = col.get(y) {
                        c[2] += p[0] * d;
                    }
                    if let Some(d) = r {
                        c[3] += p[1] * d;
                    }
                }
            }
        }
        totals_s.iter_mut().for_each(|t| *t = 0.0);
        totals_t.iter_mut().for_each(|t| *t = 0.0);
        for (id, c) in cells.iter().enumerate() {
            totals_s[cond_s[id] as usize] += c[2];
            totals_t[cond_t[id] as usize] += c[3];
        }
        for (id, c) in cells.iter_mut().enumerate() {
            let (ts, tt) = (totals_s[cond_s[id] as usize], totals_t[cond_t[id] as usize]);
            c[0] = if ts > 0.0 { c[2] / ts } else { 0.0 };
            c[1] = if tt > 0.0 { c[3] / tt } else { 0.0 };
        }
    }
    cells.into_iter().map(|c| (c[0], c[1])).unzip()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::anchors::{extract, Interner};

    /// Short documents keep five folds and every pair; long ones trade folds for
    /// pairs, and the work never exceeds the budget by more than one pair's share.
    #[test]
    fn the_training_plan_keeps_pairs_before_folds() {
        assert_eq!(plan(30), (5, 1));
        assert_eq!(plan(1200), (5, 1));
        assert_eq!(plan(1500), (5, 1));
        assert_eq!(plan(3000), (3, 1));
        assert_eq!(plan(6000), (2, 1));
        assert_eq!(plan(12_000), (2, 2));
        for n in [1, 700, 1501, 2999, 4000, 6001, 25_000] {
            let (folds, step) = plan(n);
            assert!((2..=FOLDS).contains(&folds), "{n}");
            let used = n.div_ceil(step);
            assert!(
                used * (folds - 1) <= TRAIN_WORK + folds,
                "{n}: {used} × {folds}"
            );
        }
    }

    #[test]
    fn fast_ln_is_close() {
        for y in [1.0f32, 1.0001, 1.5, 2.0, 3.7, 100.0, 12345.6] {
            assert!((fast_ln(y) - y.ln()).abs() < 1e-4, "{y}");
        }
    }

    #[test]
    fn learns_word_pairs_from_parallel_sentences() {
        let mut src = Vec::new();
        let mut tgt = Vec::new();
        let words = [
            ("cat", "chat"),
            ("dog", "chien"),
            ("house", "maison"),
            ("red", "rouge"),
        ];
        for k in 0..60 {
            let (a, b) = words[k % 4];
            let (c, d) = words[(k / 4) % 4];
            src.push(format!("the {a} and the {c}"));
            tgt.push(format!("le {b} et le {d}"));
        }
        let mut keys = Interner::default();
        let (mut vs, mut vt) = (Interner::default(), Interner::default());
        let s: Vec<&str> = src.iter().map(|x| x.as_str()).collect();
        let t: Vec<&str> = tgt.iter().map(|x| x.as_str()).collect();
        let fs = extract(&s, &mut keys, &mut vs);
        let ft = extract(&t, &mut keys, &mut vt);
        let pairs: Vec<_> = (0..60).map(|i| (vec![i], vec![i])).collect();
        let lex = Lexicon::train(&fs, &ft, &pairs, vs.len(), vt.len(), &[], &[]);
        assert!(!lex.is_empty());
        let mut sc = lex.tgt_scratch();
        lex.add_src(3, &fs[3], &mut sc);
        let l = fs[3].lex.len() as f32;
        let own = lex.score_tgt(&sc, &ft[3].lex, l);
        let other = lex.score_tgt(&sc, &ft[5].lex, l);
        assert!(own > other, "{own} vs {other}");
        let cat = vs.get("cat").unwrap();
        let chat = vt.get("chat").unwrap();
        let (ts, _) = lex.folds[0].of(cat);
        assert!(ts.contains(&chat));
        let mut rs = lex.src_scratch();
        lex.add_tgt(lex.fold_of(3), &ft[3], &mut rs);
        let l = ft[3].lex.len() as f32;
        assert!(lex.score_src(&rs, &fs[3].lex, l) > lex.score_src(&rs, &fs[5].lex, l));
    }
}
