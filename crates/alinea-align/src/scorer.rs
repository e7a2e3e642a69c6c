//! The cost of a bead: length + prior − evidence.
//!
//! `cost = length + prior − EVIDENCE_WEIGHT · evidence`, where evidence is the
//! log-likelihood ratio of the bead's anchor and lexicon matches (see `anchors`),
//! computed *per bead*, not summed over its sentence pairs:
//! - anchors: the bead's source sentences and target sentences are two multisets of
//!   anchor codes; a code found `s` times on one side and `t` times on the other matches
//!   `min(s, t)` tokens on each side. An anchor repeated in neighbouring sentences is
//!   therefore counted once, and does not pull extra sentences into the bead.
//! - lexicon: the IBM Model 1 log-likelihood ratio of the bead's target words given its
//!   source words, and of its source words given its target words (`mt`, `ms`; see
//!   `lexicon`), each weighted `LEX_WEIGHT`.
//!
//! A matched anchor could have found a partner by chance in any of the `a` sentences of
//! the other side, so every matched target-side anchor of a bead with `a` source
//! sentences costs `CHANCE_WEIGHT · ln a` (and every source-side anchor
//! `CHANCE_WEIGHT · ln b`).
//!
//! The search scores all beads of a band row by row: for a start row `i0` the source
//! sentences of the bead are added one by one (their anchor counts and lexicon links
//! into dense arrays), then, for each start column, target sentences are added one by
//! one and the matches are updated incrementally. Source words explained by target
//! spans come from a per-column table computed beforehand. [`bead_evidence`] computes
//! the same quantity directly for one bead.

use alinea_text::fxhash::FxHashMap;

use rayon::prelude::*;

use crate::anchors::{Counts, Features, Rates, LABEL, LEX, NTYPES};
use crate::band::Band;
use crate::dp::CostTable;
use crate::length::LengthModel;
use crate::lexicon::{Lexicon, MaxVec};
use crate::shapes::Shape;

/// Weight of the evidence against the length model.
const EVIDENCE_WEIGHT: f32 = 1.0;
/// Weight of each direction's lexical log-likelihood ratio.
const LEX_WEIGHT: f32 = 0.5;
/// Weight of the `ln a` chance cost of a matched anchor.
const CHANCE_WEIGHT: f32 = 0.75;
/// Share of the length cost paid by omission beads (`0-1`, `1-0`).
const OMIT_LENGTH_FACTOR: f32 = 0.5;
/// A `1-1` bead whose target repeats its source ([`Prepared::copies`]) costs its shape's
/// prior less this, whatever its length and anchors say (unless they say more): a
/// sentence left untranslated is its original's counterpart, but its length is the
/// original's, not a translation's (a Chinese sentence copied into English text is a
/// third of the length its translation would have), and a lexicon between two
/// languages has no entry for a word and itself. Without this the search glues the copy
/// to a neighbour's translation where the length fits. A larger bead that holds a copy
/// and its source with other sentences costs this much more: the copy's counterpart is
/// its source alone, and the neighbour's translation belongs elsewhere.
const COPY_EVIDENCE: f32 = 10.0;

/// Bonus for each numeric paragraph label found on both sides of a bead.
const LABEL_BONUS: f32 = 20.0;
/// Cost of a bead with numeric labels on both sides but none in common.
const LABEL_CONFLICT: f32 = 20.0;
/// Cost of each numeric label beyond the first on one side of a bead.
const LABEL_EXTRA: f32 = 10.0;

/// Extra cost of a paired bead from its numeric paragraph labels (paragraph level
/// only: sentences have none), on top of their log-likelihood evidence: `ns`, `nt`
/// labelled units on each side, `matched` labels found on both sides. Equal numbers
/// are decisive; a bead pairing different numbers, or joining two numbered
/// paragraphs, pays for it.
#[inline]
pub(crate) fn label_cost(ns: f32, nt: f32, matched: f32) -> f32 {
    let mut c = -LABEL_BONUS * matched + LABEL_EXTRA * ((ns - 1.0).max(0.0) + (nt - 1.0).max(0.0));
    if ns > 0.0 && nt > 0.0 && matched == 0.0 {
        c += LABEL_CONFLICT;
    }
    c
}

/// Everything a pass needs to score beads.
#[derive(Debug, Clone)]
pub(crate) struct Model {
    pub length: LengthModel,
    pub rates: Rates,
    pub lexicon: Option<Lexicon>,
}

impl Model {
    /// The lexicon, when it has links and its matches carry evidence.
    pub(crate) fn active_lexicon(&self) -> Option<&Lexicon> {
        active_lexicon(self.lexicon.as_ref(), &self.rates)
    }
}

/// [`Model::active_lexicon`] from the two fields it reads, for a caller that holds the
/// lexicon while it changes the length model.
pub(crate) fn active_lexicon<'a>(
    lexicon: Option<&'a Lexicon>,
    rates: &Rates,
) -> Option<&'a Lexicon> {
    lexicon.filter(|l| !l.is_empty() && rates.hit[LEX] > 0.0)
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

/// Anchor lists of one side with dense code ids, flattened, and cumulative lengths.
struct Side {
    off: Vec<u32>,
    code: Vec<u32>,
    count: Vec<u16>,
    cum_len: Vec<f32>,
    /// Cumulative number of numeric paragraph labels.
    cum_lab: Vec<f32>,
}

impl Side {
    #[inline]
    fn anchors(&self, i: usize) -> (&[u32], &[u16]) {
        let (a, b) = (self.off[i] as usize, self.off[i + 1] as usize);
        (&self.code[a..b], &self.count[a..b])
    }
}

/// Per-document data shared by every pass.
pub(crate) struct Prepared<'a> {
    src_f: &'a [Features],
    tgt_f: &'a [Features],
    src: Side,
    tgt: Side,
    /// Anchor type of each dense code.
    code_type: Vec<u8>,
}

fn cumsum(it: impl Iterator<Item = f32>) -> Vec<f32> {
    let mut v = vec![0.0];
    let mut acc = 0.0f64;
    for x in it {
        acc += x as f64;
        v.push(acc as f32);
    }
    v
}

impl<'a> Prepared<'a> {
    pub(crate) fn new(doc: &Doc<'a>) -> Prepared<'a> {
        let mut dense: FxHashMap<u32, u32> = FxHashMap::default();
        let mut code_type = Vec::new();
        let mut side = |units: &[Features]| {
            let mut s = Side {
                off: vec![0],
                code: Vec::new(),
                count: Vec::new(),
                cum_len: cumsum(units.iter().map(|f| f.len)),
                cum_lab: cumsum(units.iter().map(|f| f.counts[LABEL] as f32)),
            };
            for f in units {
                for &(c, n) in &f.anchors {
                    let next = dense.len() as u32;
                    let d = *dense.entry(c).or_insert_with(|| {
                        code_type.push(Features::type_of(c) as u8);
                        next
                    });
                    s.code.push(d);
                    s.count.push(n);
                }
                s.off.push(s.code.len() as u32);
            }
            s
        };
        let src = side(doc.src);
        let tgt = side(doc.tgt);
        Prepared {
            src_f: doc.src,
            tgt_f: doc.tgt,
            src,
            tgt,
            code_type,
        }
    }

    fn n_codes(&self) -> usize {
        self.code_type.len()
    }

    /// Whether target unit `j` repeats source unit `i` ([`Features::whole`]).
    pub(crate) fn copies(&self, i: usize, j: usize) -> bool {
        self.src_f[i]
            .whole
            .is_some_and(|h| self.tgt_f[j].whole == Some(h))
    }

    /// Whether source unit `i` and target unit `j` open a turn of dialogue
    /// ([`Features::turn`]).
    pub(crate) fn turns(&self, i: usize, j: usize) -> (bool, bool) {
        (self.src_f[i].turn, self.tgt_f[j].turn)
    }

    /// The lexicon words of source unit `i`.
    pub(crate) fn src_words(&self, i: usize) -> &[u32] {
        &self.src_f[i].lex
    }

    /// The lexicon words of target unit `j`.
    pub(crate) fn tgt_words(&self, j: usize) -> &[u32] {
        &self.tgt_f[j].lex
    }

    /// Number of source and target units.
    pub(crate) fn sizes(&self) -> (usize, usize) {
        (self.src_f.len(), self.tgt_f.len())
    }

    /// Total length of the given source units.
    pub(crate) fn src_len(&self, ix: &[usize]) -> f32 {
        ix.iter().map(|&i| self.src_f[i].len).sum()
    }

    /// Total length of the given target units.
    pub(crate) fn tgt_len(&self, ix: &[usize]) -> f32 {
        ix.iter().map(|&j| self.tgt_f[j].len).sum()
    }
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

/// Source words explained by target spans: for start column `j0` and `b` target
/// sentences, prefix sums over source units `base[j0]..` of their soft counts.
#[derive(Default)]
struct RevTable {
    base: Vec<usize>,
    width: Vec<usize>,
    off: Vec<usize>,
    vals: Vec<f32>,
}

impl RevTable {
    #[inline]
    fn get(&self, j0: usize, b: usize, i0: usize, a: usize) -> f32 {
        let o = self.off[j0] + (b - 1) * self.width[j0];
        let x = i0 - self.base[j0];
        self.vals[o + x + a] - self.vals[o + x]
    }
}

/// Per-thread scratch of the row filler.
struct RowScratch {
    s_cnt: Vec<u16>,
    s_touched: Vec<u32>,
    t_cnt: Vec<u16>,
    t_touched: Vec<u32>,
    best: Option<MaxVec>,
    g: Vec<f32>,
    fl: Vec<(u32, u16)>,
    fl_off: Vec<u32>,
}

fn clear_counts(cnt: &mut [u16], touched: &mut Vec<u32>) {
    for &c in touched.iter() {
        cnt[c as usize] = 0;
    }
    touched.clear();
}

/// Scores the beads of one window under one model.
pub(crate) struct Scorer<'p> {
    prep: &'p Prepared<'p>,
    model: &'p Model,
    win: Window,
    lex: Option<&'p Lexicon>,
    /// `hit − miss` per dense anchor code, 0 for types that carry no evidence.
    code_w: Vec<f32>,
    un_s: Vec<f32>,
    un_t: Vec<f32>,
    shapes: Vec<Shape>,
    /// Per number of source sentences: (shape index, target sentences), by the latter.
    by_a: Vec<Vec<(usize, usize)>>,
    max_a: usize,
    priors: Vec<f32>,
    rev: RevTable,
}

impl<'p> Scorer<'p> {
    /// Prepares the scoring of beads of `win` (local coordinates) inside `band`.
    pub(crate) fn new(
        prep: &'p Prepared<'p>,
        model: &'p Model,
        win: Window,
        band: &Band,
        shapes: &[Shape],
    ) -> Scorer<'p> {
        let rates = &model.rates;
        let lex = model.active_lexicon();
        let code_w = prep
            .code_type
            .iter()
            .map(|&t| {
                let t = t as usize;
                if rates.hit[t] > 0.0 {
                    rates.hit[t] - rates.miss[t]
                } else {
                    0.0
                }
            })
            .collect();
        let max_a = shapes.iter().map(|s| s.src as usize).max().unwrap_or(1);
        let mut by_a = vec![Vec::new(); max_a + 1];
        for (k, s) in shapes.iter().enumerate() {
            by_a[s.src as usize].push((k, s.tgt as usize));
        }
        for v in &mut by_a {
            v.sort_by_key(|&(k, b)| (b, k));
        }
        let src = &prep.src_f[win.s0..win.s1];
        let tgt = &prep.tgt_f[win.t0..win.t1];
        let mut sc = Scorer {
            prep,
            model,
            win,
            lex,
            code_w,
            un_s: cumsum(src.iter().map(|f| rates.unary(f, 0.0))),
            un_t: cumsum(tgt.iter().map(|f| rates.unary(f, 0.0))),
            shapes: shapes.to_vec(),
            by_a,
            max_a,
            priors: shapes.iter().map(Shape::prior_cost).collect(),
            rev: RevTable::default(),
        };
        if let Some(l) = lex {
            sc.rev = sc.rev_table(l, band);
        }
        sc
    }

    /// The table of source words explained by target spans, for every start column.
    fn rev_table(&self, lex: &Lexicon, band: &Band) -> RevTable {
        let (n, m) = (self.win.n(), self.win.m());
        let max_b = self
            .shapes
            .iter()
            .filter(|s| s.src > 0)
            .map(|s| s.tgt as usize)
            .max()
            .unwrap_or(0);
        let mut t = RevTable::default();
        // Rows whose start cells include column j: an interval, as both band edges
        // are monotone.
        let (mut r0, mut r1) = (0usize, 0usize);
        let mut total = 0;
        for j in 0..m {
            while r0 <= n && band.range(r0).1 <= j {
                r0 += 1;
            }
            while r1 < n && band.range(r1 + 1).0 <= j {
                r1 += 1;
            }
            let (b0, w) = if r0 <= r1 && r0 <= n {
                (r0, (r1 + self.max_a).min(n).saturating_sub(r0) + 1)
            } else {
                (0, 0)
            };
            t.base.push(b0);
            t.width.push(w);
            t.off.push(total);
            total += w * max_b;
        }
        t.vals = vec![0.0; total];
        let mut cols: Vec<(usize, &mut [f32])> = Vec::with_capacity(m);
        let mut rest = t.vals.as_mut_slice();
        for j in 0..m {
            let (col, tail) = rest.split_at_mut(t.width[j] * max_b);
            cols.push((j, col));
            rest = tail;
        }
        let (base, width) = (&t.base, &t.width);
        let (s0, t0) = (self.win.s0, self.win.t0);
        let prep = self.prep;
        cols.into_par_iter().with_min_len(8).for_each_init(
            || lex.src_scratch(),
            |best, (j0, col)| {
                let w = width[j0];
                if w == 0 {
                    return;
                }
                let (lo, hi) = (base[j0], base[j0] + w - 1);
                let bmax = max_b.min(m - j0);
                let mut i = lo;
                while i < hi {
                    // A run of source units of one fold.
                    let fold = lex.fold_of(s0 + i);
                    let mut e = i + 1;
                    while e < hi && lex.fold_of(s0 + e) == fold {
                        e += 1;
                    }
                    best.clear();
                    let mut lt = 0.0;
                    for b in 1..=bmax {
                        let u = &prep.tgt_f[t0 + j0 + b - 1];
                        lex.add_tgt(fold, u, best);
                        lt += u.lex.len() as f32;
                        let row = &mut col[(b - 1) * w..b * w];
                        for x in i..e {
                            row[x - lo + 1] = lex.score_src(best, &prep.src_f[s0 + x].lex, lt);
                        }
                    }
                    i = e;
                }
                for row in col.chunks_exact_mut(w) {
                    for x in 1..w {
                        row[x] += row[x - 1];
                    }
                }
            },
        );
        t
    }

    /// Scores every bead whose start and end cells are in `band`.
    pub(crate) fn table(&self, band: Band) -> CostTable {
        let n_codes = self.prep.n_codes();
        let b2 = band.clone();
        CostTable::fill(
            band,
            &self.shapes,
            || RowScratch {
                s_cnt: vec![0; n_codes],
                s_touched: Vec::new(),
                t_cnt: vec![0; n_codes],
                t_touched: Vec::new(),
                best: self.lex.map(|l| l.tgt_scratch()),
                g: Vec::new(),
                fl: Vec::new(),
                fl_off: Vec::new(),
            },
            |sc, i0, row| self.fill_row(&b2, sc, i0, row),
        )
    }

    fn fill_row(&self, band: &Band, sc: &mut RowScratch, i0: usize, row: &mut [f32]) {
        let (n, m) = (self.win.n(), self.win.m());
        let (s0, t0) = (self.win.s0, self.win.t0);
        let nk = self.shapes.len();
        let (lo, hi) = band.range(i0);
        let length = &self.model.length;
        let cls = &self.prep.src.cum_len;
        let clt = &self.prep.tgt.cum_len;
        // 0-b omissions.
        for &(k, b) in &self.by_a[0] {
            for j0 in lo..hi {
                if j0 + b <= m && band.index(i0, j0 + b).is_some() {
                    let lt = clt[t0 + j0 + b] - clt[t0 + j0];
                    row[(j0 - lo) * nk + k] =
                        length.empty_cost(0.0, lt, OMIT_LENGTH_FACTOR) + self.priors[k];
                }
            }
        }
        clear_counts(&mut sc.s_cnt, &mut sc.s_touched);
        if let Some(b) = sc.best.as_mut() {
            b.clear();
        }
        let mut lsw = 0.0f32;
        for a in 1..=self.max_a {
            if i0 + a > n {
                break;
            }
            let gi = s0 + i0 + a - 1;
            let (codes, counts) = self.prep.src.anchors(gi);
            for (&c, &k) in codes.iter().zip(counts) {
                let x = &mut sc.s_cnt[c as usize];
                if *x == 0 {
                    sc.s_touched.push(c);
                }
                *x = x.saturating_add(k);
            }
            if let (Some(l), Some(best)) = (self.lex, sc.best.as_mut()) {
                l.add_src(gi, &self.prep.src_f[gi], best);
                lsw += self.prep.src_f[gi].lex.len() as f32;
            }
            let shapes = &self.by_a[a];
            let Some(&(_, maxb)) = shapes.last() else {
                continue;
            };
            let (lo1, hi1) = band.range(i0 + a);
            let ja = lo.max(lo1.saturating_sub(maxb));
            let jb = hi.min(hi1);
            if ja >= jb {
                continue;
            }
            let ls = cls[s0 + i0 + a] - cls[s0 + i0];
            let un_s = self.un_s[i0 + a] - self.un_s[i0];
            let gend = (jb - 1 + maxb).min(m);
            if let (Some(l), Some(best)) = (self.lex, sc.best.as_ref()) {
                sc.g.clear();
                sc.g.push(0.0);
                let mut acc = 0.0f32;
                for j in ja..gend {
                    acc += l.score_tgt(best, &self.prep.tgt_f[t0 + j].lex, lsw);
                    sc.g.push(acc);
                }
            }
            // The anchors of the target units ja..gend that the source side has: the
            // only ones that can match (usually none or a few per unit).
            sc.fl.clear();
            sc.fl_off.clear();
            sc.fl_off.push(0);
            for j in ja..gend {
                let (codes, counts) = self.prep.tgt.anchors(t0 + j);
                for (&c, &cnt) in codes.iter().zip(counts) {
                    if sc.s_cnt[c as usize] > 0 {
                        sc.fl.push((c, cnt));
                    }
                }
                sc.fl_off.push(sc.fl.len() as u32);
            }
            // The source span's whole-text hashes: a target unit that repeats one of
            // them is a copy ([`COPY_EVIDENCE`]).
            let span = &self.prep.src_f[s0 + i0..s0 + i0 + a];
            for j0 in ja..jb {
                clear_counts(&mut sc.t_cnt, &mut sc.t_touched);
                let (mut pair, mut side, mut lab) = (0.0f32, 0.0f32, 0.0f32);
                let mut added = 0;
                let mut copied = false;
                let base = (j0 - lo) * nk;
                for &(k, b) in shapes {
                    let je = j0 + b;
                    if je > m || je >= hi1 {
                        break;
                    }
                    while added < b {
                        let u = j0 + added - ja;
                        let (f0, f1) = (sc.fl_off[u] as usize, sc.fl_off[u + 1] as usize);
                        for &(c, cnt) in &sc.fl[f0..f1] {
                            let ci = c as usize;
                            let s = sc.s_cnt[ci];
                            let old = sc.t_cnt[ci];
                            if old == 0 {
                                sc.t_touched.push(c);
                            }
                            let new = old.saturating_add(cnt);
                            sc.t_cnt[ci] = new;
                            if s > old {
                                let inc = (s.min(new) - old) as f32;
                                let w = self.code_w[ci];
                                pair += 2.0 * inc * w;
                                if w > 0.0 {
                                    side += inc;
                                }
                                if self.prep.code_type[ci] as usize == LABEL {
                                    lab += inc;
                                }
                            }
                        }
                        copied = copied
                            || self.prep.tgt_f[t0 + j0 + added]
                                .whole
                                .is_some_and(|h| span.iter().any(|f| f.whole == Some(h)));
                        added += 1;
                    }
                    if je < lo1 {
                        continue;
                    }
                    let cost = if b == 0 {
                        length.empty_cost(ls, 0.0, OMIT_LENGTH_FACTOR) + self.priors[k]
                    } else {
                        let lt = clt[t0 + je] - clt[t0 + j0];
                        let mut ev = pair + un_s + self.un_t[je] - self.un_t[j0];
                        let (ct, cs) = (side, side);
                        if self.lex.is_some() {
                            let mt = sc.g[je - ja] - sc.g[j0 - ja];
                            let ms = self.rev.get(j0, b, i0, a);
                            ev += (mt + ms) * LEX_WEIGHT;
                        }
                        ev -= CHANCE_WEIGHT * (LN[a] * ct + LN[b] * cs);
                        let tl = &self.prep.tgt.cum_lab;
                        let sl = &self.prep.src.cum_lab;
                        let lc = if sl[s0 + i0 + a] > sl[s0 + i0] || tl[t0 + je] > tl[t0 + j0] {
                            label_cost(
                                sl[s0 + i0 + a] - sl[s0 + i0],
                                tl[t0 + je] - tl[t0 + j0],
                                lab,
                            )
                        } else {
                            0.0
                        };
                        let cost = length.cost(ls, lt) + self.priors[k] - EVIDENCE_WEIGHT * ev + lc;
                        with_copy(cost, self.priors[k], copied, a + b)
                    };
                    row[base + k] = cost;
                }
            }
        }
    }
}

/// Reusable scratch for [`bead_counts`] and [`bead_evidence`].
pub(crate) struct BeadScratch {
    s_cnt: Vec<u16>,
    s_touched: Vec<u32>,
    t_cnt: Vec<u16>,
    t_touched: Vec<u32>,
    best_t: Option<MaxVec>,
    best_s: Option<MaxVec>,
    /// Per-token scores of [`position_gain`].
    tok_rest: Vec<f32>,
    tok_cand: Vec<f32>,
}

impl BeadScratch {
    pub(crate) fn new(prep: &Prepared<'_>, lexicon: Option<&Lexicon>) -> BeadScratch {
        BeadScratch {
            s_cnt: vec![0; prep.n_codes()],
            s_touched: Vec::new(),
            t_cnt: vec![0; prep.n_codes()],
            t_touched: Vec::new(),
            best_t: lexicon.map(Lexicon::tgt_scratch),
            best_s: lexicon.map(Lexicon::src_scratch),
            tok_rest: Vec::new(),
            tok_cand: Vec::new(),
        }
    }
}

/// Matched tokens of the bead `srcs × tgts` per type (both sides counted; the
/// lexicon's soft counts under [`LEX`]) and the lexicon's (target, source) soft counts.
fn bead_matches(
    prep: &Prepared<'_>,
    lex: Option<&Lexicon>,
    srcs: &[usize],
    tgts: &[usize],
    sc: &mut BeadScratch,
) -> ([f32; NTYPES], f32, f32) {
    let mut out = [0.0f32; NTYPES];
    clear_counts(&mut sc.s_cnt, &mut sc.s_touched);
    for &i in srcs {
        let (codes, counts) = prep.src.anchors(i);
        for (&c, &k) in codes.iter().zip(counts) {
            let x = &mut sc.s_cnt[c as usize];
            if *x == 0 {
                sc.s_touched.push(c);
            }
            *x = x.saturating_add(k);
        }
    }
    clear_counts(&mut sc.t_cnt, &mut sc.t_touched);
    for &j in tgts {
        let (codes, counts) = prep.tgt.anchors(j);
        for (&c, &k) in codes.iter().zip(counts) {
            let x = &mut sc.t_cnt[c as usize];
            if *x == 0 {
                sc.t_touched.push(c);
            }
            *x = x.saturating_add(k);
        }
    }
    for &c in &sc.t_touched {
        let (s, t) = (sc.s_cnt[c as usize], sc.t_cnt[c as usize]);
        out[prep.code_type[c as usize] as usize] += 2.0 * s.min(t) as f32;
    }
    let (mut mt, mut ms) = (0.0, 0.0);
    if let (Some(l), Some(bt), Some(bs)) = (lex, sc.best_t.as_mut(), sc.best_s.as_mut()) {
        bt.clear();
        let mut ls = 0.0;
        for &i in srcs {
            l.add_src(i, &prep.src_f[i], bt);
            ls += prep.src_f[i].lex.len() as f32;
        }
        for &j in tgts {
            mt += l.score_tgt(bt, &prep.tgt_f[j].lex, ls);
        }
        let lt: f32 = tgts.iter().map(|&j| prep.tgt_f[j].lex.len() as f32).sum();
        let mut loaded = usize::MAX;
        for &i in srcs {
            let f = l.fold_of(i);
            if f != loaded {
                bs.clear();
                for &j in tgts {
                    l.add_tgt(f, &prep.tgt_f[j], bs);
                }
                loaded = f;
            }
            ms += l.score_src(bs, &prep.src_f[i].lex, lt);
        }
    }
    (out, mt, ms)
}

/// Adds the matched and total evidence counts of the bead `srcs × tgts` to `out`
/// (when `lexicon` is given, its log-likelihood ratio under [`LEX`], with the bead's
/// word count as total).
pub(crate) fn bead_counts(
    prep: &Prepared<'_>,
    lexicon: Option<&Lexicon>,
    srcs: &[usize],
    tgts: &[usize],
    sc: &mut BeadScratch,
    out: &mut Counts,
) {
    let lex = lexicon.filter(|l| !l.is_empty());
    let (mut m, mt, ms) = bead_matches(prep, lex, srcs, tgts, sc);
    m[LEX] = mt + ms;
    for (o, x) in out.matched.iter_mut().zip(m) {
        *o += x;
    }
    for f in srcs
        .iter()
        .map(|&i| &prep.src_f[i])
        .chain(tgts.iter().map(|&j| &prep.tgt_f[j]))
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
pub(crate) fn bead_evidence(
    prep: &Prepared<'_>,
    model: &Model,
    srcs: &[usize],
    tgts: &[usize],
    sc: &mut BeadScratch,
) -> f32 {
    if srcs.is_empty() || tgts.is_empty() {
        return 0.0;
    }
    let rates = &model.rates;
    let lex = model.active_lexicon();
    let (m, mt, ms) = bead_matches(prep, lex, srcs, tgts, sc);
    let mut ev = 0.0;
    let mut side = 0.0;
    for (t, &x) in m.iter().enumerate() {
        if t != LEX && rates.hit[t] > 0.0 {
            ev += x * (rates.hit[t] - rates.miss[t]);
            side += x / 2.0;
        }
    }
    let (ct, cs) = (side, side);
    if lex.is_some() {
        ev += (mt + ms) * LEX_WEIGHT;
    }
    let unary: f32 = srcs
        .iter()
        .map(|&i| &prep.src_f[i])
        .chain(tgts.iter().map(|&j| &prep.tgt_f[j]))
        .map(|f| rates.unary(f, 0.0))
        .sum();
    let ns: f32 = srcs
        .iter()
        .map(|&i| prep.src_f[i].counts[LABEL] as f32)
        .sum();
    let nt: f32 = tgts
        .iter()
        .map(|&j| prep.tgt_f[j].counts[LABEL] as f32)
        .sum();
    let lc = if ns + nt > 0.0 {
        label_cost(ns, nt, m[LABEL] / 2.0) / EVIDENCE_WEIGHT
    } else {
        0.0
    };
    ev + unary
        - CHANCE_WEIGHT * ((srcs.len() as f32).ln() * ct + (tgts.len() as f32).ln() * cs)
        - lc
}

/// Where in the single sentence of a `2-1` (`1-2`) bead the two sentences of the other
/// side find their translations. `cand` (one of the pair, `rest` the other) holds the
/// share `f` of the pair's length, so its translation should fill about the last `f`
/// of `single`'s words when `cand` is last, the first `f` when it is first. Returns
/// what `cand`'s words explain of that stretch less what `rest`'s explain of it (each
/// token's lexical ratio, as [`Lexicon`] scores it); `None` for a sentence of under
/// four words. A sentence whose translation was left out explains nothing there, and
/// its neighbour, whose translation fills the whole sentence, explains much; in a true
/// join the neighbour's translation stops where the candidate's begins.
#[allow(clippy::too_many_arguments)]
pub(crate) fn position_gain(
    prep: &Prepared<'_>,
    lex: &Lexicon,
    src_side: bool,
    rest: usize,
    cand: usize,
    single: usize,
    cand_last: bool,
    sc: &mut BeadScratch,
) -> Option<f32> {
    let (Some(bt), Some(bs)) = (sc.best_t.as_mut(), sc.best_s.as_mut()) else {
        return None;
    };
    let (c, d) = (&mut sc.tok_rest, &mut sc.tok_cand);
    let f = if src_side {
        let seq = &prep.tgt_f[single].seq;
        for (unit, out) in [(rest, &mut *c), (cand, &mut *d)] {
            bt.clear();
            lex.add_src(unit, &prep.src_f[unit], bt);
            lex.tgt_token_scores(bt, seq, prep.src_f[unit].lex.len() as f32, out);
        }
        prep.src_len(&[cand]) / prep.src_len(&[rest, cand]).max(1.0)
    } else {
        let seq = &prep.src_f[single].seq;
        let fold = lex.fold_of(single);
        for (unit, out) in [(rest, &mut *c), (cand, &mut *d)] {
            bs.clear();
            lex.add_tgt(fold, &prep.tgt_f[unit], bs);
            lex.src_token_scores(bs, seq, prep.tgt_f[unit].lex.len() as f32, out);
        }
        prep.tgt_len(&[cand]) / prep.tgt_len(&[rest, cand]).max(1.0)
    };
    let n = c.len();
    if n < 4 {
        return None;
    }
    let r = ((f * n as f32).round() as usize).clamp(1, n - 1);
    let range = if cand_last { n - r..n } else { 0..r };
    Some(range.map(|k| d[k] - c[k]).sum())
}

/// Turns a table filled with Gale–Church prices for empty-side beads into the table
/// `model` prices now (with [`LengthModel::lenient_empties`]), in place.
///
/// An empty bead's cost is its length term plus the shape prior, with no evidence, so
/// only the length term changes: the lenient search after the lexicon rounds then costs
/// a Viterbi pass over the last table instead of a new one (the scorer's row fill is
/// the larger part of a search).
pub(crate) fn relax_empties(
    prep: &Prepared<'_>,
    model: &Model,
    win: Window,
    table: &mut CostTable,
) {
    let (cls, clt) = (&prep.src.cum_len, &prep.tgt.cum_len);
    let length = &model.length;
    for (k, s) in table.shapes.iter().enumerate() {
        if !s.is_omission() {
            continue;
        }
        let (a, b) = (s.src as usize, s.tgt as usize);
        for i0 in 0..=table.band.rows() {
            let (lo, hi) = table.band.range(i0);
            let start = table.band.row_start(i0);
            for j0 in lo..hi {
                let c = &mut table.costs[[start + j0 - lo, k]];
                // Finite entries are those whose end cell lies in the band and window.
                if !c.is_finite() {
                    continue;
                }
                let ls = cls[win.s0 + i0 + a] - cls[win.s0 + i0];
                let lt = clt[win.t0 + j0 + b] - clt[win.t0 + j0];
                let full = OMIT_LENGTH_FACTOR * length.cost(ls, lt);
                *c -= full - length.empty_cost(ls, lt, OMIT_LENGTH_FACTOR);
            }
        }
    }
}

/// Full cost of the bead `srcs × tgts` (global indices), as the search scores it.
pub(crate) fn bead_cost(
    prep: &Prepared<'_>,
    model: &Model,
    srcs: &[usize],
    tgts: &[usize],
    sc: &mut BeadScratch,
) -> f32 {
    let shape = Shape::new(srcs.len() as u8, tgts.len() as u8);
    let ls: f32 = srcs.iter().map(|&i| prep.src_f[i].len).sum();
    let lt: f32 = tgts.iter().map(|&j| prep.tgt_f[j].len).sum();
    let len = if shape.is_omission() {
        model.length.empty_cost(ls, lt, OMIT_LENGTH_FACTOR)
    } else {
        model.length.cost(ls, lt)
    };
    let cost =
        len + shape.prior_cost() - EVIDENCE_WEIGHT * bead_evidence(prep, model, srcs, tgts, sc);
    let copied = tgts
        .iter()
        .any(|&j| srcs.iter().any(|&i| prep.copies(i, j)));
    with_copy(cost, shape.prior_cost(), copied, srcs.len() + tgts.len())
}

/// A bead's cost given whether it holds a copy and its source ([`COPY_EVIDENCE`]): a
/// `1-1` copy costs at most its prior less the evidence, a larger bead holding one that
/// much more. The one rule for the search and [`bead_cost`].
#[inline]
fn with_copy(cost: f32, prior: f32, copied: bool, sentences: usize) -> f32 {
    match (copied, sentences) {
        (false, _) => cost,
        (true, 2) => cost.min(prior - COPY_EVIDENCE),
        (true, _) => cost + COPY_EVIDENCE,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::anchors::{extract, Interner, NUMBER};

    fn features(sents: &[&str], keys: &mut Interner, vocab: &mut Interner) -> Vec<Features> {
        extract(sents, keys, vocab)
    }

    #[test]
    fn equal_labels_are_decisive_and_conflicts_cost() {
        assert!(label_cost(1.0, 1.0, 1.0) <= -LABEL_BONUS);
        assert!(label_cost(1.0, 1.0, 0.0) >= LABEL_CONFLICT);
        assert!(label_cost(2.0, 1.0, 1.0) > label_cost(1.0, 1.0, 1.0));
        assert_eq!(
            label_cost(1.0, 0.0, 0.0),
            0.0,
            "a lost number is no conflict"
        );
    }

    #[test]
    fn a_repeated_anchor_matches_once() {
        let mut keys = Interner::default();
        let (mut vs, mut vt) = (Interner::default(), Interner::default());
        let fs = features(&["In 1957 we went there."], &mut keys, &mut vs);
        let ft = features(
            &["En 1957 nous y sommes allés.", "C'était en 1957."],
            &mut keys,
            &mut vt,
        );
        let doc = Doc { src: &fs, tgt: &ft };
        let prep = Prepared::new(&doc);
        let mut sc = BeadScratch::new(&prep, None);
        let (m, _, _) = bead_matches(&prep, None, &[0], &[0, 1], &mut sc);
        assert_eq!(m[NUMBER], 2.0, "one number on each side matched");
        let (m, _, _) = bead_matches(&prep, None, &[0], &[1], &mut sc);
        assert_eq!(m[NUMBER], 2.0);
    }

    /// Where a source sentence's words find their translations: beside a neighbour
    /// whose own translation fills the whole target (its translation left out), the
    /// stretch the length ratio gives it is explained by the neighbour, and its
    /// position gain is negative; in a true join (the two translations one after the
    /// other) it explains that stretch itself.
    #[test]
    fn an_omitted_sentence_explains_nothing_where_its_translation_should_stand() {
        let (fs, mut ft, _, pairs, lexicon) = crate::tests::synthetic_trained(11, 120);
        let consecutive: Vec<(usize, usize)> = pairs
            .windows(2)
            .filter(|w| w[1].0[0] == w[0].0[0] + 1 && w[1].1[0] == w[0].1[0] + 1)
            .map(|w| (w[0].0[0], w[0].1[0]))
            .collect();
        let base = ft.len();
        for &(_, j) in &consecutive {
            let mut joined = ft[j].clone();
            joined.absorb(&ft[j + 1]);
            ft.push(joined);
        }
        let doc = Doc { src: &fs, tgt: &ft };
        let prep = Prepared::new(&doc);
        let mut sc = BeadScratch::new(&prep, Some(&lexicon));
        let (mut right, mut n) = (0, 0);
        for (k, &(i, j)) in consecutive.iter().enumerate() {
            let gain = |single, sc: &mut BeadScratch| {
                position_gain(&prep, &lexicon, true, i, i + 1, single, true, sc)
            };
            let (Some(join), Some(omitted)) = (gain(base + k, &mut sc), gain(j, &mut sc)) else {
                continue;
            };
            n += 1;
            right += usize::from(join > 0.0 && omitted < 0.0);
            // The same from the start: the candidate first, its neighbour after it.
            let first = position_gain(&prep, &lexicon, true, i + 1, i, base + k, false, &mut sc);
            assert!(first.is_some());
        }
        assert!(n >= 20, "{n} pairs");
        assert!(right * 10 >= n * 8, "{right} of {n}");
    }

    /// Relaxing a table's empty beads gives the table a lenient search fills itself.
    #[test]
    fn relaxed_table_equals_lenient_table() {
        let (fs, ft, _, _, lexicon) = crate::tests::synthetic_trained(7, 60);
        let doc = Doc { src: &fs, tgt: &ft };
        let prep = Prepared::new(&doc);
        let lens = |f: &[Features]| f.iter().map(|x| x.len).collect::<Vec<_>>();
        let mut model = Model {
            length: LengthModel::estimate(&lens(&fs), &lens(&ft)),
            rates: Rates::prior(),
            lexicon: Some(lexicon),
        };
        let (n, m) = (fs.len(), ft.len());
        // A window that does not start at the document's start.
        let win = Window {
            s0: 5,
            s1: n,
            t0: 4,
            t1: m,
        };
        let band = Band::diagonal(win.n(), win.m(), 6);
        let shapes = Shape::EXTENDED.to_vec();
        let mut relaxed = Scorer::new(&prep, &model, win, &band, &shapes).table(band.clone());
        model.length.lenient_empties = true;
        let lenient = Scorer::new(&prep, &model, win, &band, &shapes).table(band.clone());
        let plain = relaxed.costs.clone();
        relax_empties(&prep, &model, win, &mut relaxed);
        let mut lowered = 0;
        for (k, s) in shapes.iter().enumerate() {
            for cell in 0..band.cells() {
                let (a, b) = (relaxed.costs[[cell, k]], lenient.costs[[cell, k]]);
                assert!(
                    a == b || (a - b).abs() <= 1e-4 * (1.0 + b.abs()),
                    "{s} at cell {cell}: {a} vs {b}"
                );
            }
            lowered += (0..band.cells())
                .filter(|&c| relaxed.costs[[c, k]] < plain[[c, k]] - 1.0)
                .count();
        }
        // Long sentences left alone are much cheaper than under Gale–Church.
        assert!(lowered >= 50, "{lowered}");
    }

    /// The incremental row filler gives the same costs as scoring each bead on its own.
    #[test]
    fn table_costs_equal_direct_bead_costs() {
        let (mut fs, mut ft, gold, _, lexicon) = crate::tests::synthetic_trained(5, 40);
        // Two targets that repeat a source sentence (untranslated copies), one of them
        // beside its source's own position.
        for (i, j, h) in [(6, 7, 42), (20, 19, 43)] {
            fs[i].whole = Some(h);
            ft[j].whole = Some(h);
        }
        let doc = Doc { src: &fs, tgt: &ft };
        let prep = Prepared::new(&doc);
        let mut sc = BeadScratch::new(&prep, Some(&lexicon));
        let (mut pos, mut neg) = (Counts::default(), Counts::default());
        for (a, b) in gold.iter().filter(|(a, b)| !a.is_empty() && !b.is_empty()) {
            bead_counts(&prep, Some(&lexicon), a, b, &mut sc, &mut pos);
            let shifted: Vec<usize> = b.iter().map(|&j| (j + 7) % ft.len()).collect();
            bead_counts(&prep, Some(&lexicon), a, &shifted, &mut sc, &mut neg);
        }
        let rates = Rates::estimate(&pos, &neg);
        assert!(rates.hit[LEX] > 0.0 && rates.hit[NUMBER] > 0.0);
        let lens = |f: &[Features]| f.iter().map(|x| x.len).collect::<Vec<_>>();
        let mut model = Model {
            length: LengthModel::estimate(&lens(&fs), &lens(&ft)),
            rates,
            lexicon: Some(lexicon),
        };
        let (n, m) = (fs.len(), ft.len());
        let win = Window {
            s0: 0,
            s1: n,
            t0: 0,
            t1: m,
        };
        let shapes = Shape::EXTENDED.to_vec();
        let (mut copy_pairs, mut copy_larger) = (0, 0);
        // Both prices of empty beads: Gale–Church's and the lenient one of the last search.
        for (lenient, band) in [false, true]
            .into_iter()
            .flat_map(|l| [(l, Band::full(n, m)), (l, Band::diagonal(n, m, 2))])
        {
            model.length.lenient_empties = lenient;
            let scorer = Scorer::new(&prep, &model, win, &band, &shapes);
            let table = scorer.table(band.clone());
            let mut checked = 0;
            for i0 in 0..=n {
                let (lo, hi) = band.range(i0);
                for j0 in lo..hi {
                    let cell = band.index(i0, j0).unwrap();
                    for (k, s) in shapes.iter().enumerate() {
                        let (a, b) = (s.src as usize, s.tgt as usize);
                        let got = table.costs[[cell, k]];
                        if i0 + a > n || band.index(i0 + a, j0 + b).is_none() {
                            assert!(got.is_infinite());
                            continue;
                        }
                        let srcs: Vec<usize> = (i0..i0 + a).collect();
                        let tgts: Vec<usize> = (j0..j0 + b).collect();
                        let ls = srcs.iter().map(|&i| fs[i].len).sum::<f32>();
                        let lt = tgts.iter().map(|&j| ft[j].len).sum::<f32>();
                        let len = if s.is_omission() {
                            model.length.empty_cost(ls, lt, OMIT_LENGTH_FACTOR)
                        } else {
                            model.length.cost(ls, lt)
                        };
                        let plain = len + s.prior_cost()
                            - EVIDENCE_WEIGHT * bead_evidence(&prep, &model, &srcs, &tgts, &mut sc);
                        let copy = tgts
                            .iter()
                            .any(|&j| srcs.iter().any(|&i| prep.copies(i, j)));
                        let want = match (copy, a + b) {
                            (false, _) => plain,
                            (true, 2) => {
                                copy_pairs += 1;
                                plain.min(s.prior_cost() - COPY_EVIDENCE)
                            }
                            (true, _) => {
                                copy_larger += 1;
                                plain + COPY_EVIDENCE
                            }
                        };
                        let direct = bead_cost(&prep, &model, &srcs, &tgts, &mut sc);
                        assert!(
                            (got - want).abs() <= 1e-3 * (1.0 + want.abs())
                                && (direct - want).abs() <= 1e-3 * (1.0 + want.abs()),
                            "bead {s} at ({i0}, {j0}): {got} vs {want} (direct {direct})"
                        );
                        checked += 1;
                    }
                }
            }
            assert!(checked > 100);
        }
        assert!(
            copy_pairs > 0 && copy_larger > 0,
            "{copy_pairs} {copy_larger}"
        );
    }
}
