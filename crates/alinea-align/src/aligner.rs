//! The aligner: configuration, builder and the multi-pass pipeline.

use std::sync::Arc;

use alinea_text::Lang;
use rayon::prelude::*;

use crate::anchors::{extract, Counts, Interner, Rates};
use crate::band::Band;
use crate::confidence::{finalize, RawBead};
use crate::coverage::Coverage;
use crate::dp::{posteriors, posteriors_with, viterbi, CostTable, Path};
use crate::empties::{reconcile, slide};
use crate::error::AlignError;
use crate::length::LengthModel;
use crate::lexicon::Lexicon;
use crate::omission::split_unsupported;
use crate::prior;
use crate::result::Alignment;
use crate::scorer::{
    active_lexicon, bead_cost, bead_counts, bead_evidence, relax_empties, BeadScratch, Doc, Model,
    Prepared, Scorer, Window,
};
use crate::shapes::Shape;

/// Posterior above which a bead counts as confident (training material).
const CONFIDENT: f32 = 0.5;
/// Half-width of the band around the best path over which posteriors are summed.
const POSTERIOR_RADIUS: usize = 4;
/// The first pass searches this many times the band radius around the diagonal.
const FIRST_PASS_FACTOR: usize = 8;
/// The first pass's band is at least this wide.
const FIRST_PASS_MIN: usize = 64;
/// Lexicon rounds stop once a round changes fewer than this share of the beads.
const CONVERGED: f32 = 0.01;
/// A lexicon is trained only from at least this many confident `1-1` beads: fewer
/// give tables too noisy to score with (short documents keep length and anchors).
pub(crate) const MIN_LEX_PAIRS: usize = 25;
/// From this lexicon round on, the lexicon also learns from the confident `2-1` and
/// `1-2` beads (each side one bag of words) of a document that joins sentences often
/// ([`JOINED_SHARE`]). The round is reached only when the two before it, trained on
/// `1-1` beads alone, still moved at least 1 % of the beads: the `1-1` material is too
/// scarce or too unsettled (MAC's literary Chinese, where one sentence often renders
/// two). Using them in every round costs documents that converge early (textberg);
/// `2-2` and three-sentence beads dilute the tables too much (fewer deletions found on
/// MAC).
const JOINED_FROM_ROUND: usize = 3;
/// ... when at least this share of the confident beads are not `1-1`. Where joins are
/// rare, a confident `2-1` bead is as likely an omitted sentence glued to its
/// neighbour (1984 with a deleted target sentence in every twelfth bead: .13; clean
/// 1984 .06, MAC's documents .19–.56), and learning from it hides omissions.
const JOINED_SHARE: f32 = 0.15;
/// Offset used to pair a confident bead's source with an unrelated target.
const NEG_SHIFT: usize = 7;

/// Word links known before the document is read, in its word ids.
#[derive(Debug, Clone, Default)]
pub(crate) struct Seeds {
    /// The user dictionary: fixed links of strength 1.
    pub dict: Vec<(u32, u32)>,
    /// The built-in lexicon: weighted one-word training pairs (`prior.rs`).
    pub prior: Vec<(u32, u32, f32)>,
}

impl Seeds {
    /// Whether a lexicon can be trained from `pairs` confident pairs: enough of them,
    /// or a built-in lexicon to start from (with it, a short document learns what
    /// little its pairs add: MAC zh–en in documents of 15 beads, strict F1 .77 → .87,
    /// ECE .26 → .06).
    pub(crate) fn trains_on(&self, pairs: usize) -> bool {
        pairs >= MIN_LEX_PAIRS || !self.prior.is_empty()
    }
}

#[derive(Debug, Clone)]
pub(crate) struct Config {
    pub shapes: Vec<Shape>,
    pub radius: usize,
    pub full: bool,
    pub threads: usize,
    pub lexicon_rounds: usize,
    pub max_cells: usize,
    pub dictionary: Vec<(String, String)>,
    pub builtin_lexicon: bool,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            shapes: Shape::EXTENDED.to_vec(),
            radius: 6,
            full: false,
            threads: 0,
            lexicon_rounds: 3,
            max_cells: 40_000_000,
            dictionary: Vec::new(),
            builtin_lexicon: true,
        }
    }
}

/// Builds an [`Aligner`]. Every setter states its default.
#[derive(Debug, Clone, Default)]
pub struct AlignerBuilder {
    cfg: Config,
    dict_text: Option<String>,
}

impl AlignerBuilder {
    /// Bead shapes the search may use. Default: [`Shape::EXTENDED`] (19 shapes). The
    /// set must contain `1-1`, `1-0` and `0-1` (so that a path always exists) and no
    /// side may exceed 8 sentences.
    pub fn beads(&mut self, shapes: &[Shape]) -> &mut Self {
        self.cfg.shapes = shapes.to_vec();
        self
    }

    /// Half-width of the search band around the previous pass, in target sentences.
    /// Default: 6. The first pass uses `max(8 × this, 64)` around the diagonal; any pass
    /// whose path comes near the band's edge is repeated with a doubled band.
    pub fn band(&mut self, radius: usize) -> &mut Self {
        self.cfg.radius = radius;
        self
    }

    /// Search every cell (`O(n·m)` time and memory) instead of a band. Default: false.
    /// Meant for tests and short documents.
    pub fn full_search(&mut self, yes: bool) -> &mut Self {
        self.cfg.full = yes;
        self
    }

    /// Number of threads; 0 uses rayon's global pool. Default: 0. Results do not
    /// depend on it.
    pub fn threads(&mut self, n: usize) -> &mut Self {
        self.cfg.threads = n;
        self
    }

    /// Rounds of lexicon induction (train on confident beads, realign). Default: 3, at
    /// most: rounds stop once one moves fewer than 1 % of the beads. 0 aligns with
    /// length and anchors only.
    pub fn lexicon_rounds(&mut self, n: usize) -> &mut Self {
        self.cfg.lexicon_rounds = n;
        self
    }

    /// Largest band, in cells, that widening may reach. Default: 40 million. When the
    /// budget stops a widening, [`Alignment::budget_hit`] says so.
    pub fn cell_budget(&mut self, cells: usize) -> &mut Self {
        self.cfg.max_cells = cells;
        self
    }

    /// A user dictionary: one `source<TAB>target` entry per line, single tokens
    /// (lowercased when used; `#` starts a comment line). Default: none.
    pub fn dictionary(&mut self, text: &str) -> &mut Self {
        self.dict_text = Some(text.to_owned());
        self
    }

    /// Use the built-in lexicon of the language pair, where alinea has one (Chinese or
    /// Japanese with English: Chinese characters, from CC-CEDICT), as training data for
    /// the lexicon induced from the document. Default: true.
    pub fn builtin_lexicon(&mut self, yes: bool) -> &mut Self {
        self.cfg.builtin_lexicon = yes;
        self
    }

    /// Checks the configuration and builds the aligner.
    ///
    /// # Errors
    /// [`AlignError::InvalidConfig`], [`AlignError::Dictionary`] or
    /// [`AlignError::ThreadPool`].
    pub fn build(&self) -> Result<Aligner, AlignError> {
        let mut cfg = self.cfg.clone();
        let bad = |r: &str| {
            Err(AlignError::InvalidConfig {
                reason: r.to_owned(),
            })
        };
        for need in [Shape::new(1, 1), Shape::new(1, 0), Shape::new(0, 1)] {
            if !cfg.shapes.contains(&need) {
                return bad(&format!("bead shapes must include {need}"));
            }
        }
        if cfg
            .shapes
            .iter()
            .any(|s| s.src > 8 || s.tgt > 8 || (s.src == 0 && s.tgt == 0))
        {
            return bad("bead shapes must have 1 to 8 sentences per side (0-0 is not a bead)");
        }
        cfg.shapes.sort();
        cfg.shapes.dedup();
        // Keep 1-1 first: ties go to the first shape.
        cfg.shapes
            .sort_by_key(|s| (*s != Shape::new(1, 1), s.src + s.tgt, *s));
        if cfg.radius == 0 && !cfg.full {
            return bad("band radius must be at least 1");
        }
        if let Some(text) = &self.dict_text {
            for (n, line) in text.lines().enumerate() {
                let l = line.trim();
                if l.is_empty() || l.starts_with('#') {
                    continue;
                }
                let mut parts = l.split('\t');
                match (parts.next(), parts.next(), parts.next()) {
                    (Some(a), Some(b), None) if !a.trim().is_empty() && !b.trim().is_empty() => cfg
                        .dictionary
                        .push((a.trim().to_lowercase(), b.trim().to_lowercase())),
                    _ => {
                        return Err(AlignError::Dictionary {
                            line: n + 1,
                            reason: "expected `source<TAB>target`".into(),
                        })
                    }
                }
            }
        }
        let pool = if cfg.threads > 0 {
            let p = rayon::ThreadPoolBuilder::new()
                .num_threads(cfg.threads)
                .build()
                .map_err(|e| AlignError::ThreadPool {
                    threads: cfg.threads,
                    reason: e.to_string(),
                })?;
            Some(Arc::new(p))
        } else {
            None
        };
        Ok(Aligner { cfg, pool })
    }
}

/// A configured, reusable aligner.
#[derive(Debug, Clone)]
pub struct Aligner {
    cfg: Config,
    pool: Option<Arc<rayon::ThreadPool>>,
}

/// Output of the pipeline on a set of windows.
pub(crate) struct Outcome {
    pub beads: Vec<RawBead>,
    pub model: Model,
    pub budget_hit: bool,
}

struct WindowPath {
    path: Path,
    /// Shape of each bead of `path`.
    shapes: Vec<Shape>,
    post: Vec<f32>,
    /// The search's cost table (none for the first pass), kept until the path is
    /// known to be the last one: only the last path's posteriors under the shape prior
    /// it shows ([`WindowPath::doc_posteriors`]) are read, and computing them for every
    /// pass cost about 4 % of the time on 1984. About 0.6 kB per sentence.
    table: Option<CostTable>,
}

impl WindowPath {
    /// Posteriors of the path's beads under the shape prior this path shows (see
    /// [`doc_prior_offsets`]): what the confidence reads. Zero without a table.
    fn doc_posteriors(&self) -> Vec<f32> {
        match &self.table {
            Some(t) => {
                let offsets = doc_prior_offsets(&t.shapes, &self.path.beads);
                posteriors_with(t, &self.path, POSTERIOR_RADIUS, &offsets)
            }
            None => vec![0.0; self.path.beads.len()],
        }
    }
}

impl Aligner {
    /// A builder with default settings.
    pub fn builder() -> AlignerBuilder {
        AlignerBuilder::default()
    }

    pub(crate) fn install<R: Send>(&self, f: impl FnOnce() -> R + Send) -> R {
        match &self.pool {
            Some(p) => p.install(f),
            None => f(),
        }
    }

    /// Aligns two documents given as sentences.
    ///
    /// Every sentence of both sides ends up in exactly one bead, in order. An empty side
    /// is not an error: the other side's sentences all become omission beads.
    pub fn align<S: AsRef<str> + Sync>(
        &self,
        src: &[S],
        tgt: &[S],
        src_lang: Lang,
        tgt_lang: Lang,
    ) -> Alignment {
        let src: Vec<&str> = src.iter().map(|s| s.as_ref()).collect();
        let tgt: Vec<&str> = tgt.iter().map(|s| s.as_ref()).collect();
        self.install(|| {
            let mut keys = Interner::default();
            let (mut vs, mut vt) = (Interner::default(), Interner::default());
            let fs = extract(&src, &mut keys, &mut vs);
            let ft = extract(&tgt, &mut keys, &mut vt);
            let seeds = self.seeds(&mut vs, &mut vt, (src_lang, tgt_lang));
            let doc = Doc { src: &fs, tgt: &ft };
            let win = Window {
                s0: 0,
                s1: fs.len(),
                t0: 0,
                t1: ft.len(),
            };
            let out = self.run(&doc, &[win], vs.len(), vt.len(), &seeds);
            finalize(
                &doc,
                &src,
                &tgt,
                &out.model,
                out.beads,
                (src_lang, tgt_lang),
                out.budget_hit,
            )
        })
    }

    /// The user dictionary's and the built-in lexicon's links in this document's word
    /// ids (user dictionary words are added to the vocabularies).
    pub(crate) fn seeds(
        &self,
        vs: &mut Interner,
        vt: &mut Interner,
        (src_lang, tgt_lang): (Lang, Lang),
    ) -> Seeds {
        let prior = if self.cfg.builtin_lexicon {
            prior::links(src_lang, tgt_lang, vs, vt)
        } else {
            Vec::new()
        };
        let dict = self
            .cfg
            .dictionary
            .iter()
            .map(|(a, b)| (vs.id(a), vt.id(b)))
            .collect();
        Seeds { dict, prior }
    }

    /// The multi-pass pipeline over windows of a document.
    pub(crate) fn run(
        &self,
        doc: &Doc<'_>,
        windows: &[Window],
        src_vocab: usize,
        tgt_vocab: usize,
        seeds: &Seeds,
    ) -> Outcome {
        let dict = seeds.dict.as_slice();
        let lens_s: Vec<f32> = doc.src.iter().map(|f| f.len).collect();
        let lens_t: Vec<f32> = doc.tgt.iter().map(|f| f.len).collect();
        let length = LengthModel::estimate(&lens_s, &lens_t);
        let dict_lex = (!dict.is_empty())
            .then(|| Lexicon::from_dict(doc.src, doc.tgt, src_vocab, tgt_vocab, dict));
        let mut model = Model {
            length,
            rates: Rates::prior(),
            lexicon: dict_lex.clone(),
        };
        let prep = Prepared::new(doc);
        let mut budget_hit = false;
        // Pass 0: band around the diagonal.
        let mut paths: Vec<Option<WindowPath>> = windows
            .iter()
            .map(|w| self.pass(&prep, &model, *w, None, &mut budget_hit))
            .collect();
        // Pass 0b: every shape, still with prior rates, around the path of pass 0.
        paths = windows
            .iter()
            .zip(&paths)
            .map(|(w, p)| {
                let prev = p.as_ref().map(|p| p.path.cells.as_slice());
                self.pass(&prep, &model, *w, prev, &mut budget_hit)
            })
            .collect();
        // Then rounds that learn anchor rates and the lexicon from the previous pass's
        // confident beads (anchor rates alone when there are no lexicon rounds).
        let first = usize::from(self.cfg.lexicon_rounds > 0);
        for round in first..=self.cfg.lexicon_rounds {
            // This round's pass replaces the paths: their tables are not needed any more.
            for p in paths.iter_mut().flatten() {
                p.table = None;
            }
            let confident = confident_beads(windows, &paths);
            if round > 0 {
                let one_one = |s: &[usize], t: &[usize]| s.len() == 1 && t.len() == 1;
                let n_one_one = confident.iter().filter(|(s, t)| one_one(s, t)).count();
                let joins_often =
                    (confident.len() - n_one_one) as f32 >= JOINED_SHARE * confident.len() as f32;
                let with_joined = round >= JOINED_FROM_ROUND && joins_often;
                let joined = |s: &[usize], t: &[usize]| {
                    with_joined && s.len().min(t.len()) == 1 && s.len() + t.len() == 3
                };
                let pairs: Vec<(Vec<usize>, Vec<usize>)> = confident
                    .iter()
                    .filter(|(s, t)| one_one(s, t) || joined(s, t))
                    .cloned()
                    .collect();
                if seeds.trains_on(n_one_one) {
                    model.lexicon = Some(Lexicon::train(
                        doc.src,
                        doc.tgt,
                        &pairs,
                        src_vocab,
                        tgt_vocab,
                        dict,
                        &seeds.prior,
                    ));
                }
            }
            model.rates = estimate_rates(&prep, doc, model.lexicon.as_ref(), windows, &confident);
            let next: Vec<Option<WindowPath>> = windows
                .iter()
                .zip(&paths)
                .map(|(w, p)| {
                    let prev = p.as_ref().map(|p| p.path.cells.as_slice());
                    self.pass(&prep, &model, *w, prev, &mut budget_hit)
                })
                .collect();
            let changed = changed_share(&paths, &next);
            paths = next;
            // A lexicon round that moved almost no bead will not move many more.
            if round > 0 && changed < CONVERGED {
                break;
            }
        }
        // The learnt paths, in document indices, with their posteriors.
        let base: Vec<Vec<RawBead>> = windows
            .iter()
            .zip(&paths)
            .map(|(w, p)| raw_beads(w, p.as_ref()))
            .collect();
        // One more search with lenient empty beads, where the lexicon's coverage can tell a
        // translated sentence from an untranslated one; its new empty beads are kept
        // stretch by stretch unless coverage finds the sentence in its old partner.
        // (The lexicon is borrowed by field so that the length model can still change.)
        let active = active_lexicon(model.lexicon.as_ref(), &model.rates);
        let mut coverage = active.and_then(|l| {
            let all: Vec<RawBead> = base.iter().flatten().cloned().collect();
            Coverage::estimate(&prep, l, &all).filter(|c| c.discriminates())
        });
        if coverage.is_some() {
            // The lenient search, and refinement and splitting below, price empty beads
            // leniently.
            model.length.lenient_empties = true;
        }
        let mut beads = Vec::new();
        for (k, (w, p)) in windows.iter().zip(paths.iter_mut()).enumerate() {
            let chosen: Option<Vec<RawBead>> = match (p.as_mut(), coverage.as_mut()) {
                (None, _) => None,
                (Some(p), Some(cov)) => match self.lenient_path(&prep, &model, *w, p) {
                    Some(lp) => {
                        // The choice does not read posteriors, and they cost a
                        // forward–backward pass: only a window that keeps a lenient
                        // stretch computes them.
                        let start = (w.s0, w.t0);
                        let unscored = path_beads(w, &lp, None);
                        let kept = reconcile(&prep, cov, &base[k], &unscored, start);
                        if kept == base[k] {
                            Some(kept)
                        } else {
                            let scored = path_beads(w, &lp, Some(&lp.doc_posteriors()));
                            Some(reconcile(&prep, cov, &base[k], &scored, start))
                        }
                    }
                    None => Some(base[k].clone()),
                },
                (Some(_), None) => Some(base[k].clone()),
            };
            match chosen {
                Some(path) => {
                    // Refined per window: a merge never crosses a window's edge.
                    let refined = refine(&prep, &model, &self.cfg.shapes, path);
                    let mut split = split_unsupported(&prep, &model, refined);
                    // Where coverage reads the document, an empty bead may still stand
                    // on the wrong side of its neighbour.
                    if let Some(cov) = coverage.as_mut() {
                        slide(&prep, &model, cov, &mut split);
                    }
                    beads.extend(split);
                }
                None => {
                    beads.extend((w.s0..w.s1).map(|i| RawBead {
                        src: vec![i],
                        tgt: vec![],
                        posterior: 1.0,
                    }));
                    beads.extend((w.t0..w.t1).map(|j| RawBead {
                        src: vec![],
                        tgt: vec![j],
                        posterior: 1.0,
                    }));
                }
            }
        }
        Outcome {
            beads,
            model,
            budget_hit,
        }
    }

    /// The path of a window's last search redone with lenient empty beads, from that
    /// search's own table (taken from `p`: the learnt beads are read before).
    fn lenient_path(
        &self,
        prep: &Prepared<'_>,
        model: &Model,
        win: Window,
        p: &mut WindowPath,
    ) -> Option<WindowPath> {
        let mut table = p.table.take()?;
        relax_empties(prep, model, win, &mut table);
        let path = viterbi(&table);
        let shapes = path.beads.iter().map(|&k| table.shapes[k]).collect();
        Some(WindowPath {
            post: Vec::new(),
            path,
            shapes,
            table: Some(table),
        })
    }

    /// One search over one window: around `prev` if given, else around the diagonal;
    /// widened while the path touches the band's edge and the budget allows.
    fn pass(
        &self,
        prep: &Prepared<'_>,
        model: &Model,
        win: Window,
        prev: Option<&[(usize, usize)]>,
        budget_hit: &mut bool,
    ) -> Option<WindowPath> {
        let (n, m) = (win.n(), win.m());
        if n == 0 || m == 0 {
            return None;
        }
        let mut radius = if prev.is_some() {
            self.cfg.radius
        } else {
            (FIRST_PASS_FACTOR * self.cfg.radius).max(FIRST_PASS_MIN)
        };
        // The first pass only has to find the region of the path and confident beads:
        // the small shapes (at most three sentences) do.
        let shapes: Vec<Shape> = if prev.is_some() {
            self.cfg.shapes.clone()
        } else {
            self.cfg
                .shapes
                .iter()
                .copied()
                .filter(|s| s.src + s.tgt <= 3)
                .collect()
        };
        loop {
            let band = if self.cfg.full {
                Band::full(n, m)
            } else {
                match prev {
                    Some(p) => Band::around_path(n, m, p, radius),
                    None => Band::diagonal(n, m, radius),
                }
            };
            let full_width = (0..=n).all(|i| band.range(i) == (0, m + 1));
            let scorer = Scorer::new(prep, model, win, &band, &shapes);
            let table = scorer.table(band);
            let path = viterbi(&table);
            let margin = 2;
            if !full_width && table.band.touches_edge(&path.cells, margin) {
                let bigger = table.band.cells().saturating_mul(2);
                if bigger <= self.cfg.max_cells {
                    radius *= 2;
                    continue;
                }
                *budget_hit = true;
            }
            // The first pass only places the band of the next one.
            let (post, table) = if prev.is_some() {
                (posteriors(&table, &path, POSTERIOR_RADIUS), Some(table))
            } else {
                (vec![0.0; path.beads.len()], None)
            };
            let shapes = path.beads.iter().map(|&k| shapes[k]).collect();
            return Some(WindowPath {
                path,
                shapes,
                post,
                table,
            });
        }
    }
}

/// The beads of a window's path, in global indices, with their posteriors.
fn raw_beads(w: &Window, p: Option<&WindowPath>) -> Vec<RawBead> {
    match p {
        Some(p) => path_beads(w, p, Some(&p.doc_posteriors())),
        None => Vec::new(),
    }
}

/// The beads of a window's path, in global indices, with these posteriors (zero
/// without).
fn path_beads(w: &Window, p: &WindowPath, post: Option<&[f32]>) -> Vec<RawBead> {
    p.shapes
        .iter()
        .enumerate()
        .map(|(b, &s)| {
            let (i0, j0) = p.path.cells[b];
            RawBead {
                src: (w.s0 + i0..w.s0 + i0 + s.src as usize).collect(),
                tgt: (w.t0 + j0..w.t0 + j0 + s.tgt as usize).collect(),
                posterior: post.map_or(0.0, |q| q[b]),
            }
        })
        .collect()
}

/// Pseudo-beads of the fixed shape prior mixed into a path's own shape counts.
const PRIOR_PSEUDO_BEADS: f32 = 10.0;

/// Cost offsets per shape that replace the fixed prior by the shape frequencies of the
/// window's own path (smoothed by [`PRIOR_PSEUDO_BEADS`] of the fixed prior), for the
/// posteriors the confidence reads. The fixed prior is tuned for finding the path; a
/// document whose translation often joins or splits sentences (textberg: 40 % of beads
/// not `1-1`) makes every `1-1` bead's boundaries less certain than it says, a regular
/// one (1984: 6 %) more. The path itself is not changed.
fn doc_prior_offsets(shapes: &[Shape], beads: &[usize]) -> Vec<f32> {
    let alpha = PRIOR_PSEUDO_BEADS;
    let pri: Vec<f32> = shapes.iter().map(|s| (-s.prior_cost()).exp()).collect();
    let z: f32 = pri.iter().sum();
    let mut counts = vec![0.0f32; shapes.len()];
    for &k in beads {
        counts[k] += 1.0;
    }
    let n = beads.len() as f32;
    let p: Vec<f32> = counts
        .iter()
        .zip(&pri)
        .map(|(c, q)| (c + alpha * q / z) / (n + alpha))
        .collect();
    let one = shapes
        .iter()
        .position(|s| *s == Shape::new(1, 1))
        .expect("1-1 is a shape");
    shapes
        .iter()
        .zip(&p)
        .map(|(s, &pk)| -(pk / p[one]).ln() - s.prior_cost())
        .collect()
}

/// Evidence each part of a split must have for the split to be supported.
const SPLIT_SUPPORT: f32 = 0.0;
/// A merge must lower the cost by at least this much.
const MERGE_MARGIN: f32 = 0.0;
/// Most beads of the path one merge may join.
const MERGE_SPAN: usize = 3;

/// Final refinement: the prior's splittable penalty presumes that the split is the
/// likelier explanation. A split whose parts do not each have positive evidence of
/// their own is no such explanation, so adjacent beads of the best path are merged
/// into a splittable bead when, without that penalty, it costs less than its parts.
fn refine(
    prep: &Prepared<'_>,
    model: &Model,
    shapes: &[Shape],
    beads: Vec<RawBead>,
) -> Vec<RawBead> {
    let scratch = || BeadScratch::new(prep, model.lexicon.as_ref());
    let costs: Vec<f32> = beads
        .par_iter()
        .with_min_len(REFINE_PER_TASK)
        .map_init(scratch, |sc, b| bead_cost(prep, model, &b.src, &b.tgt, sc))
        .collect();
    // The best merge starting at each bead depends on that bead and the next few
    // only, so all are found in parallel; the walk below takes them greedily.
    let best: Vec<Option<usize>> = (0..beads.len())
        .into_par_iter()
        .with_min_len(REFINE_PER_TASK)
        .map_init(scratch, |sc, i| {
            best_merge(prep, model, shapes, &beads, &costs, i, sc)
        })
        .collect();
    let mut out = Vec::with_capacity(beads.len());
    let mut i = 0;
    while i < beads.len() {
        match best[i] {
            Some(k) => {
                let parts = &beads[i..i + k];
                out.push(RawBead {
                    src: parts.iter().flat_map(|b| b.src.iter().copied()).collect(),
                    tgt: parts.iter().flat_map(|b| b.tgt.iter().copied()).collect(),
                    posterior: parts.iter().map(|b| b.posterior).fold(1.0, f32::min),
                });
                i += k;
            }
            None => {
                out.push(beads[i].clone());
                i += 1;
            }
        }
    }
    out
}

/// Beads per parallel task of [`refine`].
const REFINE_PER_TASK: usize = 128;

/// How many beads from `i` on [`refine`] merges into one (at least 2), if any.
fn best_merge(
    prep: &Prepared<'_>,
    model: &Model,
    shapes: &[Shape],
    beads: &[RawBead],
    costs: &[f32],
    i: usize,
    sc: &mut BeadScratch,
) -> Option<usize> {
    let contiguous = |v: &[usize]| v.windows(2).all(|w| w[1] == w[0] + 1);
    let mut best: Option<(usize, f32)> = None;
    for k in 2..=MERGE_SPAN.min(beads.len() - i) {
        let parts = &beads[i..i + k];
        let src: Vec<usize> = parts.iter().flat_map(|b| b.src.iter().copied()).collect();
        let tgt: Vec<usize> = parts.iter().flat_map(|b| b.tgt.iter().copied()).collect();
        let shape = Shape::new(src.len() as u8, tgt.len() as u8);
        if !shape.is_splittable()
            || !shapes.contains(&shape)
            || !contiguous(&src)
            || !contiguous(&tgt)
        {
            continue;
        }
        // Whether the parts support a split matters only for a merge that would pay.
        let merged = bead_cost(prep, model, &src, &tgt, sc) - shape.split_penalty();
        let gain = costs[i..i + k].iter().sum::<f32>() - merged;
        if gain <= MERGE_MARGIN || best.is_some_and(|(_, g)| gain <= g) {
            continue;
        }
        // The best split into two beads with both sides non-empty.
        let mut split: Option<(f32, usize, usize)> = None;
        for a in 1..src.len() {
            for b in 1..tgt.len() {
                let s1 = Shape::new(a as u8, b as u8);
                let s2 = Shape::new((src.len() - a) as u8, (tgt.len() - b) as u8);
                if !shapes.contains(&s1) || !shapes.contains(&s2) {
                    continue;
                }
                let c = bead_cost(prep, model, &src[..a], &tgt[..b], sc)
                    + bead_cost(prep, model, &src[a..], &tgt[b..], sc);
                if split.is_none_or(|(bc, _, _)| c < bc) {
                    split = Some((c, a, b));
                }
            }
        }
        let supported = split.is_some_and(|(_, a, b)| {
            bead_evidence(prep, model, &src[..a], &tgt[..b], sc) > SPLIT_SUPPORT
                && bead_evidence(prep, model, &src[a..], &tgt[b..], sc) > SPLIT_SUPPORT
        });
        if !supported {
            best = Some((k, gain));
        }
    }
    best.map(|(k, _)| k)
}

/// Share of the beads of `b` that are not beads of `a`.
fn changed_share(a: &[Option<WindowPath>], b: &[Option<WindowPath>]) -> f32 {
    let (mut changed, mut total) = (0usize, 0usize);
    for (pa, pb) in a.iter().zip(b) {
        let (Some(pa), Some(pb)) = (pa, pb) else {
            continue;
        };
        let old: std::collections::HashSet<((usize, usize), Shape)> = pa
            .path
            .cells
            .iter()
            .copied()
            .zip(pa.shapes.iter().copied())
            .collect();
        total += pb.shapes.len();
        changed += pb
            .path
            .cells
            .iter()
            .copied()
            .zip(pb.shapes.iter().copied())
            .filter(|x| !old.contains(x))
            .count();
    }
    if total == 0 {
        0.0
    } else {
        changed as f32 / total as f32
    }
}

/// Confident beads (posterior ≥ [`CONFIDENT`], both sides non-empty) in global indices.
fn confident_beads(
    windows: &[Window],
    paths: &[Option<WindowPath>],
) -> Vec<(Vec<usize>, Vec<usize>)> {
    let mut out = Vec::new();
    for (w, p) in windows.iter().zip(paths) {
        let Some(p) = p else { continue };
        for (b, &s) in p.shapes.iter().enumerate() {
            if s.is_omission() || p.post[b] < CONFIDENT {
                continue;
            }
            let (i0, j0) = p.path.cells[b];
            out.push((
                (w.s0 + i0..w.s0 + i0 + s.src as usize).collect(),
                (w.t0 + j0..w.t0 + j0 + s.tgt as usize).collect(),
            ));
        }
    }
    out
}

/// Match rates from confident beads against the same beads with the target shifted.
pub(crate) fn estimate_rates(
    prep: &Prepared<'_>,
    doc: &Doc<'_>,
    lexicon: Option<&Lexicon>,
    windows: &[Window],
    confident: &[(Vec<usize>, Vec<usize>)],
) -> Rates {
    // Counted in parallel over fixed chunks and summed in order, so the result does
    // not depend on the thread count.
    let parts: Vec<(Counts, Counts)> = confident
        .par_chunks(256)
        .map(|chunk| {
            let mut pos = Counts::default();
            let mut neg = Counts::default();
            let mut sc = BeadScratch::new(prep, lexicon);
            for (s, t) in chunk {
                bead_counts(prep, lexicon, s, t, &mut sc, &mut pos);
                let w = windows
                    .iter()
                    .find(|w| w.t0 <= t[0] && t[0] < w.t1)
                    .copied();
                let (t0, m) = match w {
                    Some(w) if w.m() > 2 * NEG_SHIFT => (w.t0, w.m()),
                    _ => (0, doc.tgt.len()),
                };
                if m <= 2 * NEG_SHIFT {
                    continue;
                }
                let shifted: Vec<usize> =
                    t.iter().map(|&j| t0 + (j - t0 + NEG_SHIFT) % m).collect();
                bead_counts(prep, lexicon, s, &shifted, &mut sc, &mut neg);
            }
            (pos, neg)
        })
        .collect();
    let mut pos = Counts::default();
    let mut neg = Counts::default();
    for (p, n) in &parts {
        pos.add(p);
        neg.add(n);
    }
    Rates::estimate(&pos, &neg)
}

/// Aligns two documents with default settings.
///
/// ```
/// use alinea_align::align;
/// use alinea_text::Lang;
/// let a = align(&["Hello.", "How are you?"], &["Bonjour.", "Comment allez-vous ?"], Lang::EN, Lang::FR);
/// assert_eq!(a.beads().len(), 2);
/// ```
pub fn align<S: AsRef<str> + Sync>(
    src: &[S],
    tgt: &[S],
    src_lang: Lang,
    tgt_lang: Lang,
) -> Alignment {
    Aligner::builder()
        .build()
        .expect("default configuration is valid")
        .align(src, tgt, src_lang, tgt_lang)
}
