//! The cost of a bead: length + prior + evidence.
//!
//! `cost = length + prior − EVIDENCE_WEIGHT · evidence`, where evidence is the
//! log-likelihood ratio of the bead's anchor and lexicon matches (see `anchors`). The
//! evidence decomposes into per-pair terms (matches between source unit `i` and target
//! unit `j`) and per-unit terms (a unit's unmatched tokens), so a band of pair scores is
//! computed once per pass, in parallel, and each bead sums at most 3 × 6 of them.

use ndarray::Array2;
use rayon::prelude::*;

use crate::anchors::{add_matches, Counts, Features, Rates, LEX, NTYPES};
use crate::band::Band;
use crate::length::LengthModel;
use crate::lexicon::{Lexicon, Scratch};
use crate::shapes::Shape;

/// Weight of the evidence against the length model.
const EVIDENCE_WEIGHT: f32 = 1.0;
/// Share of the length cost paid by omission beads (`0-1`, `1-0`).
const OMIT_LENGTH_FACTOR: f32 = 0.5;

/// Everything a pass needs to score beads.
#[derive(Debug, Clone)]
pub(crate) struct Model {
    pub length: LengthModel,
    pub rates: Rates,
    pub lexicon: Option<Lexicon>,
}

/// The document-level inputs: features of every unit of both sides.
pub(crate) struct Doc<'a> {
    pub src: &'a [Features],
    pub tgt: &'a [Features],
}

/// A window of the document: source units `s0..s1`, target units `t0..t1`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Window {
    pub s0: usize,
    pub s1: usize,
    pub t0: usize,
    pub t1: usize,
}

impl Window {
    pub(crate) fn n(&self) -> usize {
        self.s1 - self.s0
    }
    pub(crate) fn m(&self) -> usize {
        self.t1 - self.t0
    }
}

/// Pair scores for the unit pairs a band can touch.
struct PairTable {
    lo: Vec<usize>,
    hi: Vec<usize>,
    start: Vec<usize>,
    /// Per pair: match score, matched target-side tokens, matched source-side tokens.
    vals: Array2<f32>,
}

impl PairTable {
    /// Adds the parts of pairs `(i, j..j + b)` to `acc`.
    #[inline]
    fn add_row(&self, i: usize, j: usize, b: usize, acc: &mut [f32; 3]) {
        debug_assert!(
            j >= self.lo[i] && j + b <= self.hi[i],
            "pairs ({i}, {j}+{b}) outside table"
        );
        let r = self.start[i] + j - self.lo[i];
        let flat = self.vals.as_slice().expect("contiguous");
        for v in flat[r * 3..(r + b) * 3].chunks_exact(3) {
            acc[0] += v[0];
            acc[1] += v[1];
            acc[2] += v[2];
        }
    }
}

/// The evidence parts of one unit pair (see [`Rates::pair`]).
fn pair_parts(
    doc: &Doc<'_>,
    rates: &Rates,
    lex: Option<(&Lexicon, &Scratch)>,
    i: usize,
    j: usize,
) -> [f32; 3] {
    let (su, tu) = (&doc.src[i], &doc.tgt[j]);
    let mut mt = [0.0f32; NTYPES];
    add_matches(su, tu, &mut mt);
    let lm = match lex {
        Some((l, sc)) => l.matches(i, su, tu, sc),
        None => (0.0, 0.0),
    };
    rates.pair(&mt, lm)
}

/// Combines summed pair parts and unit terms into a bead's evidence. A token that can
/// find a match in any of `a` sentences of the other side matches by chance about `a`
/// times as often, so every matched token of a bead with `a` source sentences costs
/// `ln a` on the target side (and `ln b` on the source side).
fn combine(parts: [f32; 3], unary: f32, a: usize, b: usize) -> f32 {
    parts[0] + unary - (a as f32).ln() * parts[1] - (b as f32).ln() * parts[2]
}

/// Scores beads of one window under one model.
pub(crate) struct Scorer<'a> {
    model: &'a Model,
    pairs: PairTable,
    cum_len_s: Vec<f32>,
    cum_len_t: Vec<f32>,
    cum_un_s: Vec<f32>,
    cum_un_t: Vec<f32>,
    priors: Vec<f32>,
}

/// `ln k` for small `k`.
const LN: [f32; 9] = [
    0.0,
    0.0,
    std::f32::consts::LN_2,
    1.098_612_3,
    1.386_294_4,
    1.609_438,
    1.791_759_5,
    1.945_910_1,
    2.079_441_5,
];

fn cumsum(it: impl Iterator<Item = f32>) -> Vec<f32> {
    let mut v = vec![0.0];
    let mut acc = 0.0f64;
    for x in it {
        acc += x as f64;
        v.push(acc as f32);
    }
    v
}

impl<'a> Scorer<'a> {
    /// Prepares pair scores for every unit pair that a bead in `band` (local
    /// coordinates of `win`) may contain. Runs in parallel over rows.
    pub(crate) fn new(
        doc: &'a Doc<'a>,
        model: &'a Model,
        win: Window,
        band: &Band,
        shapes: &[Shape],
    ) -> Scorer<'a> {
        let (n, m) = (win.n(), win.m());
        let max_a = shapes
            .iter()
            .map(|s| s.src as usize)
            .max()
            .unwrap_or(1)
            .max(1);
        let max_b = shapes
            .iter()
            .map(|s| s.tgt as usize)
            .max()
            .unwrap_or(1)
            .max(1);
        let mut lo = Vec::with_capacity(n);
        let mut hi = Vec::with_capacity(n);
        let mut start = Vec::with_capacity(n + 1);
        let mut acc = 0;
        for r in 0..n {
            let first = r.saturating_sub(max_a - 1);
            let l = (first..=r)
                .map(|x| band.range(x).0)
                .min()
                .unwrap_or(0)
                .min(m);
            let h = (first..=r).map(|x| band.range(x).1).max().unwrap_or(0);
            let h = (h + max_b - 1).min(m).max(l);
            start.push(acc);
            acc += h - l;
            lo.push(l);
            hi.push(h);
        }
        start.push(acc);
        let mut vals = Array2::<f32>::zeros((acc, 3));
        {
            let flat = vals.as_slice_mut().expect("contiguous");
            let mut rows: Vec<(usize, &mut [f32])> = Vec::with_capacity(n);
            let mut rest = flat;
            for r in 0..n {
                let (row, tail) = rest.split_at_mut((hi[r] - lo[r]) * 3);
                rows.push((r, row));
                rest = tail;
            }
            let lex = model.lexicon.as_ref().filter(|l| !l.is_empty());
            rows.into_par_iter().with_min_len(16).for_each_init(
                || lex.map(|l| l.scratch()),
                |scratch, (r, row)| {
                    let gi = win.s0 + r;
                    let su = &doc.src[gi];
                    if let (Some(l), Some(sc)) = (lex, scratch.as_mut()) {
                        l.load_row(gi, su, sc);
                    }
                    let lx = lex.zip(scratch.as_ref());
                    for (k, v) in row.chunks_exact_mut(3).enumerate() {
                        let gj = win.t0 + lo[r] + k;
                        v.copy_from_slice(&pair_parts(doc, &model.rates, lx, gi, gj));
                    }
                },
            );
        }
        let rates = &model.rates;
        let src = &doc.src[win.s0..win.s1];
        let tgt = &doc.tgt[win.t0..win.t1];
        Scorer {
            model,
            pairs: PairTable {
                lo,
                hi,
                start,
                vals,
            },
            cum_len_s: cumsum(src.iter().map(|f| f.len)),
            cum_len_t: cumsum(tgt.iter().map(|f| f.len)),
            cum_un_s: cumsum(src.iter().map(|f| rates.unary(f, lex_len(model, f)))),
            cum_un_t: cumsum(tgt.iter().map(|f| rates.unary(f, lex_len(model, f)))),
            priors: (0..256)
                .map(|k| Shape::new((k >> 4) as u8, (k & 15) as u8).prior_cost())
                .collect(),
        }
    }

    /// Log-likelihood ratio of the anchor and lexicon evidence of a bead starting at
    /// local cell `(i, j)` (0 for omissions).
    pub(crate) fn evidence(&self, i: usize, j: usize, s: Shape) -> f32 {
        if s.is_omission() {
            return 0.0;
        }
        let (a, b) = (s.src as usize, s.tgt as usize);
        let unary =
            self.cum_un_s[i + a] - self.cum_un_s[i] + self.cum_un_t[j + b] - self.cum_un_t[j];
        let mut parts = [0.0f32; 3];
        for x in i..i + a {
            self.pairs.add_row(x, j, b, &mut parts);
        }
        parts[0] + unary - LN[a] * parts[1] - LN[b] * parts[2]
    }

    /// Total cost of a bead starting at local cell `(i, j)`.
    pub(crate) fn cost(&self, i: usize, j: usize, s: Shape) -> f32 {
        let (a, b) = (s.src as usize, s.tgt as usize);
        let ls = self.cum_len_s[i + a] - self.cum_len_s[i];
        let lt = self.cum_len_t[j + b] - self.cum_len_t[j];
        let mut len = self.model.length.cost(ls, lt);
        if s.is_omission() {
            len *= OMIT_LENGTH_FACTOR;
        }
        len + self.priors[(a << 4) | b] - EVIDENCE_WEIGHT * self.evidence(i, j, s)
    }
}

fn lex_len(model: &Model, f: &Features) -> f32 {
    if model.lexicon.as_ref().is_some_and(|l| !l.is_empty()) {
        f.lex.len() as f32
    } else {
        0.0
    }
}

/// Adds the matched and total evidence counts of the bead `srcs × tgts` to `out`.
pub(crate) fn bead_counts(
    doc: &Doc<'_>,
    lexicon: Option<&Lexicon>,
    srcs: &[usize],
    tgts: &[usize],
    out: &mut Counts,
) {
    let lex = lexicon.filter(|l| !l.is_empty());
    let mut scratch = lex.map(|l| l.scratch());
    for &i in srcs {
        let su = &doc.src[i];
        if let (Some(l), Some(sc)) = (lex, scratch.as_mut()) {
            l.load_row(i, su, sc);
        }
        for &j in tgts {
            let tu = &doc.tgt[j];
            let mut mt = [0.0f32; NTYPES];
            add_matches(su, tu, &mut mt);
            if let (Some(l), Some(sc)) = (lex, scratch.as_ref()) {
                let (a, b) = l.matches(i, su, tu, sc);
                mt[LEX] = a + b;
            }
            for (o, m) in out.matched.iter_mut().zip(mt) {
                *o += m;
            }
        }
    }
    for f in srcs
        .iter()
        .map(|&i| &doc.src[i])
        .chain(tgts.iter().map(|&j| &doc.tgt[j]))
    {
        for t in 0..NTYPES {
            out.total[t] += f.counts[t] as f32;
        }
        if lex.is_some() {
            out.total[LEX] += f.lex.len() as f32;
        }
    }
}

/// Whole-bead evidence under `model`, the same quantity the search used.
pub(crate) fn bead_evidence(doc: &Doc<'_>, model: &Model, srcs: &[usize], tgts: &[usize]) -> f32 {
    if srcs.is_empty() || tgts.is_empty() {
        return 0.0;
    }
    let lex = model.lexicon.as_ref().filter(|l| !l.is_empty());
    let mut scratch = lex.map(|l| l.scratch());
    let mut parts = [0.0f32; 3];
    for &i in srcs {
        if let (Some(l), Some(sc)) = (lex, scratch.as_mut()) {
            l.load_row(i, &doc.src[i], sc);
        }
        for &j in tgts {
            let p = pair_parts(doc, &model.rates, lex.zip(scratch.as_ref()), i, j);
            for k in 0..3 {
                parts[k] += p[k];
            }
        }
    }
    let unary: f32 = srcs
        .iter()
        .map(|&i| model.rates.unary(&doc.src[i], lex_len(model, &doc.src[i])))
        .sum::<f32>()
        + tgts
            .iter()
            .map(|&j| model.rates.unary(&doc.tgt[j], lex_len(model, &doc.tgt[j])))
            .sum::<f32>();
    combine(parts, unary, srcs.len(), tgts.len())
}
