//! The length model (after Gale & Church 1993).
//!
//! A bead's source and target lengths (characters without whitespace) should be in a
//! fixed ratio `c`, estimated from the two documents themselves (total target length over
//! total source length), with a spread that grows with the square root of the length.
//! The bead's length cost is the surprise `-ln P(|δ| ≥ observed)` under a standard
//! normal, with `δ = (l_t / c - l_s) / sqrt(s² · (l_s + l_t / c) / 2)`.
//!
//! `s²` is chosen so that a sentence of average length has a relative spread of
//! [`REL_SPREAD`]; that makes the model free of units (characters of Chinese and of
//! English give the same costs once the ratio is applied) and free of fitted constants
//! per language pair.

/// Relative standard deviation of the length ratio for a sentence of average length.
pub(crate) const REL_SPREAD: f32 = 0.25;

/// Costs above this are clamped (they are "impossible" anyway, and finite costs keep
/// the posterior computation free of NaN).
pub(crate) const MAX_COST: f32 = 40.0;

/// Lenient length cost of an empty-side bead per average sentence length. Chosen on
/// textberg and 1984, confirmed on MAC and ParIce (BENCHMARKS.md, Translator QA).
pub(crate) const EMPTY_SLOPE: f32 = 0.5;
/// Fixed part of the lenient cost: a short sentence is not left alone for nothing.
pub(crate) const EMPTY_OFFSET: f32 = 2.0;

/// The length model of one document pair.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct LengthModel {
    /// Target length per source length unit.
    pub ratio: f32,
    /// Variance per unit of mean length.
    pub s2: f32,
    /// Whether empty-side beads pay the linear price of [`LengthModel::empty_cost`]
    /// (set for the one search after the lexicon rounds, see `empties`).
    pub lenient_empties: bool,
}

impl LengthModel {
    /// Estimates the model from the lengths of both sides.
    pub(crate) fn estimate(src: &[f32], tgt: &[f32]) -> LengthModel {
        let ls: f32 = src.iter().sum();
        let lt: f32 = tgt.iter().sum();
        let ratio = if ls > 0.0 && lt > 0.0 { lt / ls } else { 1.0 };
        let n = (src.len() + tgt.len()).max(1) as f32;
        let avg = ((ls + lt / ratio) / n).max(1.0);
        LengthModel {
            ratio,
            s2: REL_SPREAD * REL_SPREAD * avg,
            lenient_empties: false,
        }
    }

    /// The normalized length difference δ of a bead.
    pub(crate) fn delta(&self, ls: f32, lt: f32) -> f32 {
        let lt = lt / self.ratio;
        let mean = ((ls + lt) / 2.0).max(0.5);
        (lt - ls) / (self.s2 * mean).sqrt()
    }

    /// The length term of an empty-side bead (1-0 or 0-1) of these lengths: `factor`
    /// times the Gale–Church cost, or with [`LengthModel::lenient_empties`] at most
    /// `EMPTY_SLOPE · l / avg + EMPTY_OFFSET` for a sentence of `l` units.
    ///
    /// Gale–Church prices a length ratio of zero at about `δ²/2 = l / s²`, sixteen times the
    /// sentence's length in average sentences: a long dropped sentence costs so much that
    /// the search glues it to a neighbour, where the extra length is a small surprise.
    /// The lenient price lets the path offer it alone; whether that choice is kept is
    /// decided afterwards by the lexicon's coverage, which the length model cannot see.
    pub(crate) fn empty_cost(&self, ls: f32, lt: f32, factor: f32) -> f32 {
        let full = factor * self.cost(ls, lt);
        if !self.lenient_empties {
            return full;
        }
        let l = ls + lt / self.ratio;
        (EMPTY_SLOPE * l / self.avg() + EMPTY_OFFSET).min(full)
    }

    /// The average sentence length (source units) that `s2` was made from.
    fn avg(&self) -> f32 {
        self.s2 / (REL_SPREAD * REL_SPREAD)
    }

    /// Length cost of a bead with these total lengths.
    #[inline]
    pub(crate) fn cost(&self, ls: f32, lt: f32) -> f32 {
        tail_cost_fast(self.delta(ls, lt).abs())
    }
}

/// Steps per unit of |δ| in the table of [`tail_cost`].
const TABLE_STEPS: f32 = 64.0;
/// |δ| beyond which the cost is [`MAX_COST`].
const TABLE_MAX: f32 = 10.0;

fn table() -> &'static [f32] {
    static TABLE: std::sync::OnceLock<Vec<f32>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let n = (TABLE_MAX * TABLE_STEPS) as usize;
        (0..=n + 1)
            .map(|k| tail_cost(k as f32 / TABLE_STEPS))
            .collect()
    })
}

/// [`tail_cost`] by linear interpolation in a table (error below 1e-3).
#[inline]
pub(crate) fn tail_cost_fast(x: f32) -> f32 {
    // NaN falls through to the maximum too.
    if x.is_nan() || x >= TABLE_MAX {
        return MAX_COST;
    }
    let t = table();
    let f = x * TABLE_STEPS;
    let k = f as usize;
    let r = f - k as f32;
    t[k] + r * (t[k + 1] - t[k])
}

/// `-ln(2 (1 - Φ(x)))` for `x ≥ 0`, i.e. `-ln erfc(x / √2)`.
pub(crate) fn tail_cost(x: f32) -> f32 {
    let z = x as f64 / std::f64::consts::SQRT_2;
    // Numerical Recipes' erfc approximation (fractional error < 1.2e-7), in log form so
    // that large deviations do not underflow.
    let t = 1.0 / (1.0 + 0.5 * z);
    let poly = -z * z - 1.265_512_23
        + t * (1.000_023_68
            + t * (0.374_091_96
                + t * (0.096_784_18
                    + t * (-0.186_288_06
                        + t * (0.278_868_07
                            + t * (-1.135_203_98
                                + t * (1.488_515_87 + t * (-0.822_152_23 + t * 0.170_872_77))))))));
    let ln_erfc = t.ln() + poly;
    ((-ln_erfc) as f32).clamp(0.0, MAX_COST)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tail_cost_matches_known_values() {
        assert!(tail_cost(0.0).abs() < 1e-4);
        // P(|Z| >= 1.96) = 0.05
        assert!((tail_cost(1.96) - (-(0.05f32).ln())).abs() < 1e-3);
        assert!(tail_cost(100.0) <= MAX_COST);
        for k in 0..2000 {
            let x = k as f32 * 0.00731;
            assert!((tail_cost(x) - tail_cost_fast(x)).abs() < 2e-3, "{x}");
        }
        assert_eq!(tail_cost_fast(f32::NAN), MAX_COST);
    }

    #[test]
    fn ratio_from_the_pair_makes_units_irrelevant() {
        let m = LengthModel::estimate(&[10.0, 20.0, 30.0], &[40.0, 80.0, 120.0]);
        assert!((m.ratio - 4.0).abs() < 1e-6);
        assert!(m.cost(20.0, 80.0) < 1e-3);
        assert!(m.cost(20.0, 200.0) > 5.0);
    }
}
