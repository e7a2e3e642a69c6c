//! What an edge sentence of a `2-1` or `1-2` bead looks like when its counterpart was
//! left out, learned from the document itself.
//!
//! The fixed tests of [`crate::omission`] compare a candidate's figures with margins
//! chosen on two dev sets; a document with a weaker lexicon (literary Chinese read by
//! character) or a stronger one (a novel translated sentence by sentence) moves every
//! figure, and the margins do not move with it. The document can say what a left-out
//! counterpart looks like in it: two neighbouring confident `1-1` beads `(i, j)` and
//! `(i+1, j+1)` glued into `[i, i+1]:[j]` are exactly the `2-1` bead a deleted `j+1`
//! leaves behind, with this document's lexicon, length model and anchors; the same
//! with either edge and either side gives the four shapes. Those simulated candidates
//! are the *left out* sample; the document's own `2-1` / `1-2` candidates are a mixture
//! of true joins and left-out ones, and the true-join distribution is re-estimated from
//! them by EM, each weighted by how likely it is to be a true member (the scheme of
//! [`crate::truncation`]). A candidate's evidence is the log-likelihood ratio of its
//! figures under the two, read independently over binned figures (naive Bayes).
//!
//! The simulated counterpart is the neighbour's own translation, not text from far
//! away: a left-out sentence's neighbours share its topic, so its words are half
//! expected there, which is the hard case.

/// Bin edges of the figures, in the order of [`Figures`]: what the sentence adds to the
/// bead's evidence, its own evidence above chance, the length cost its removal saves,
/// its coverage log-likelihood ratio, and its [`crate::scorer::position_gain`].
const EDGES: [&[f32]; NFIG] = [
    &[-8.0, -4.0, -2.0, -1.0, 0.0, 1.0, 2.0, 4.0, 8.0, 16.0],
    &[-4.0, -2.0, -1.0, 0.0, 1.0, 2.0, 4.0, 8.0, 16.0],
    &[-2.0, -1.0, 0.0, 0.5, 1.0, 2.0, 4.0, 8.0],
    &[-6.0, -4.0, -2.0, -1.0, 0.0, 1.0, 2.0, 4.0, 6.0],
    &[-8.0, -4.0, -2.0, -1.0, 0.0, 1.0, 2.0, 4.0, 8.0],
];
/// Number of figures.
pub(crate) const NFIG: usize = 5;
/// Rounds of EM separating true joins from left-out sentences.
const EM_ROUNDS: usize = 10;
/// Add-half smoothing of every bin count.
const SMOOTH: f64 = 0.5;
/// Fewer simulated candidates than this (per side) and the document has too little to
/// learn from: no model.
pub(crate) const MIN_SIMULATED: usize = 40;
/// Fewer real candidates than this (per side): no model either (the mixture cannot be
/// estimated).
const MIN_REAL: usize = 10;

/// A candidate's figures; `None` where the figure is not defined (no counted word, a
/// sentence too short for its position to be read).
pub(crate) type Figures = [Option<f32>; NFIG];

fn bin(k: usize, x: Option<f32>) -> usize {
    let edges = EDGES[k];
    match x {
        None => edges.len() + 1,
        Some(x) => edges.iter().take_while(|&&e| x >= e).count(),
    }
}

/// Smoothed log frequencies of every figure's bins.
struct Histogram([Vec<f64>; NFIG]);

impl Histogram {
    fn of(sample: &[Figures], weights: &[f64]) -> Histogram {
        let mut h: [Vec<f64>; NFIG] = std::array::from_fn(|k| vec![SMOOTH; EDGES[k].len() + 2]);
        for (i, f) in sample.iter().enumerate() {
            let w = weights.get(i).copied().unwrap_or(1.0);
            for (k, x) in f.iter().enumerate() {
                h[k][bin(k, *x)] += w;
            }
        }
        for v in &mut h {
            let s: f64 = v.iter().sum();
            v.iter_mut().for_each(|x| *x = (*x / s).ln());
        }
        Histogram(h)
    }

    fn log_p(&self, f: &Figures) -> f64 {
        f.iter()
            .enumerate()
            .map(|(k, x)| self.0[k][bin(k, *x)])
            .sum()
    }
}

/// The learned model of one side (source sentences left without target, or target
/// sentences without source).
pub(crate) struct SplitModel {
    left_out: Histogram,
    member: Histogram,
    /// The share of left-out sentences among the document's real candidates.
    share: f64,
}

impl SplitModel {
    /// Learns from the simulated left-out candidates and the document's real ones;
    /// `None` when either sample is too small.
    pub(crate) fn learn(simulated: &[Figures], real: &[Figures]) -> Option<SplitModel> {
        if simulated.len() < MIN_SIMULATED || real.len() < MIN_REAL {
            return None;
        }
        let left_out = Histogram::of(simulated, &[]);
        let (member, share) = crate::mixture::clean_component(
            real,
            EM_ROUNDS,
            |w| Histogram::of(real, w),
            |member, f| left_out.log_p(f) - member.log_p(f),
        );
        Some(SplitModel {
            left_out,
            member,
            share,
        })
    }

    /// Log-likelihood ratio (nats) of `f` under left-out sentences against true members.
    pub(crate) fn llr(&self, f: &Figures) -> f32 {
        (self.left_out.log_p(f) - self.member.log_p(f)) as f32
    }

    /// Log odds of a left-out sentence among the document's own candidates before
    /// their figures are read: the damaged share the mixture settled on (within
    /// `[1e-4, 0.5]`, so from about −9.2 to 0).
    pub(crate) fn prior_log_odds(&self) -> f32 {
        (self.share / (1.0 - self.share)).ln() as f32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fig(m: f32, c: Option<f32>) -> Figures {
        [Some(m), Some(m), Some(0.5), c, None]
    }

    #[test]
    fn separates_what_the_simulation_shows() {
        // Left out: adds nothing, its words not found. Members: add much, found.
        let simulated: Vec<Figures> = (0..100)
            .map(|k| fig(-1.0 - (k % 3) as f32, Some(-3.0)))
            .collect();
        let mut real: Vec<Figures> = (0..90)
            .map(|k| fig(5.0 + (k % 7) as f32, Some(3.0)))
            .collect();
        real.extend((0..10).map(|_| fig(-2.0, Some(-3.0))));
        let m = SplitModel::learn(&simulated, &real).expect("enough");
        assert!(m.llr(&fig(-2.0, Some(-3.0))) > 4.0);
        assert!(m.llr(&fig(6.0, Some(3.0))) < -4.0);
    }

    /// The share the mixture settles on says how much of the document was left out:
    /// with a fifth of its candidates like the simulated ones the prior odds are far
    /// higher than with none, and a candidate's posterior with them.
    #[test]
    fn a_document_that_leaves_much_out_has_higher_prior_odds() {
        let simulated: Vec<Figures> = (0..100)
            .map(|k| fig(-1.0 - (k % 3) as f32, Some(-3.0)))
            .collect();
        let members = |n: usize| -> Vec<Figures> {
            (0..n)
                .map(|k| fig(5.0 + (k % 7) as f32, Some(3.0)))
                .collect()
        };
        let clean = members(100);
        let mut damaged = members(80);
        damaged.extend((0..20).map(|k| fig(-1.0 - (k % 3) as f32, Some(-3.0))));
        let (c, d) = (
            SplitModel::learn(&simulated, &clean).expect("enough"),
            SplitModel::learn(&simulated, &damaged).expect("enough"),
        );
        assert!(c.prior_log_odds() < -4.0, "{}", c.prior_log_odds());
        assert!(
            (d.prior_log_odds() - (0.2f32 / 0.8).ln()).abs() < 0.5,
            "{}",
            d.prior_log_odds()
        );
    }

    #[test]
    fn too_little_is_no_model() {
        let few: Vec<Figures> = (0..5).map(|_| fig(0.0, None)).collect();
        assert!(SplitModel::learn(&few, &few).is_none());
    }
}
