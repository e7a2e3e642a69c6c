//! Dynamic programming over beads inside a [`Band`].
//!
//! Bead costs are computed first, in parallel over rows of the band (each row of start
//! cells is an independent slice of the table, so the result does not depend on the
//! number of threads), then the recursions run sequentially over the table: Viterbi for
//! the best path, and forward–backward (log-sum-exp) for bead posteriors.

use ndarray::{Array1, Array2};
use rayon::prelude::*;

use crate::band::Band;
use crate::shapes::Shape;

/// Bead costs for every cell of a band: `costs[[cell, k]]` is the cost of the bead of
/// shape `shapes[k]` that *starts* at `cell`, or infinity when its end is not in the band.
/// Cells are the band's cells in row-major order, so the matrix is `cells × K`, never
/// `n × m`: memory is O(n · band).
pub(crate) struct CostTable {
    pub band: Band,
    pub shapes: Vec<Shape>,
    pub costs: Array2<f32>,
}

impl CostTable {
    /// Computes the table row by row in parallel on the current rayon pool:
    /// `fill(scratch, i0, row)` sets the costs of the start cells of row `i0`, laid out
    /// as `row[(j0 - lo) * K + k]` where `lo` is the row's first column; entries it does
    /// not set stay infinite.
    pub(crate) fn fill<S, I, F>(band: Band, shapes: &[Shape], init: I, fill: F) -> CostTable
    where
        I: Fn() -> S + Sync + Send,
        F: Fn(&mut S, usize, &mut [f32]) + Sync + Send,
    {
        let k = shapes.len();
        let mut costs = Array2::from_elem((band.cells(), k), f32::INFINITY);
        {
            let mut rows: Vec<(usize, &mut [f32])> = Vec::with_capacity(band.rows() + 1);
            // A freshly built array is in standard (row-major, contiguous) layout.
            let mut rest = costs.as_slice_mut().expect("a new ndarray is contiguous");
            for i in 0..=band.rows() {
                let (lo, hi) = band.range(i);
                let (row, tail) = rest.split_at_mut((hi - lo) * k);
                rows.push((i, row));
                rest = tail;
            }
            rows.into_par_iter()
                .with_min_len(8)
                .for_each_init(init, |s, (i, row)| fill(s, i, row));
        }
        CostTable {
            band,
            shapes: shapes.to_vec(),
            costs,
        }
    }

    /// Computes the table from a cost function of the bead starting at `(i0, j0)`.
    #[cfg(test)]
    pub(crate) fn compute<F>(band: Band, shapes: &[Shape], cost: F) -> CostTable
    where
        F: Fn(usize, usize, Shape) -> f32 + Sync,
    {
        let b2 = band.clone();
        let k = shapes.len();
        CostTable::fill(
            band,
            shapes,
            || (),
            |_, i, row| {
                let (lo, hi) = b2.range(i);
                for j in lo..hi {
                    for (x, s) in shapes.iter().enumerate() {
                        let (a, b) = (s.src as usize, s.tgt as usize);
                        if i + a <= b2.rows() && b2.index(i + a, j + b).is_some() {
                            row[(j - lo) * k + x] = cost(i, j, *s);
                        }
                    }
                }
            },
        )
    }

    /// Cost of the bead of shape index `k` starting at flat cell `c`.
    #[inline]
    fn at(&self, c: usize, k: usize) -> f32 {
        self.costs[[c, k]]
    }
}

/// The best path through a cost table.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Path {
    /// Cells visited, from `(0, 0)` to `(n, m)`.
    pub cells: Vec<(usize, usize)>,
    /// Shape index of each bead (`cells.len() - 1` of them).
    pub beads: Vec<usize>,
    /// Total cost.
    pub cost: f64,
}

/// Viterbi search. Ties go to the shape listed first, so results are deterministic.
pub(crate) fn viterbi(t: &CostTable) -> Path {
    let band = &t.band;
    let cells = band.cells();
    let mut score = Array1::from_elem(cells, f64::INFINITY);
    let mut back = Array1::from_elem(cells, u8::MAX);
    score[0] = 0.0;
    for i in 0..=band.rows() {
        let (lo, hi) = band.range(i);
        for j in lo..hi {
            let c = band.row_start(i) + j - lo;
            if c == 0 {
                continue;
            }
            let mut best = f64::INFINITY;
            let mut arg = u8::MAX;
            for (k, s) in t.shapes.iter().enumerate() {
                let (a, b) = (s.src as usize, s.tgt as usize);
                if a > i || b > j {
                    continue;
                }
                let Some(p) = band.index(i - a, j - b) else {
                    continue;
                };
                let bc = t.at(p, k);
                if !bc.is_finite() {
                    continue;
                }
                let v = score[p] + bc as f64;
                if v < best {
                    best = v;
                    arg = k as u8;
                }
            }
            score[c] = best;
            back[c] = arg;
        }
    }
    let (n, m) = (band.rows(), band.cols());
    let mut cells_out = vec![(n, m)];
    let mut beads = Vec::new();
    let (mut i, mut j) = (n, m);
    let end = band.index(n, m).expect("corner in band");
    let total = score[end];
    while i > 0 || j > 0 {
        let c = band.index(i, j).expect("path stays in band");
        let k = back[c] as usize;
        assert!(
            k < t.shapes.len(),
            "no path to ({i}, {j}): band is disconnected"
        );
        let s = t.shapes[k];
        i -= s.src as usize;
        j -= s.tgt as usize;
        beads.push(k);
        cells_out.push((i, j));
    }
    cells_out.reverse();
    beads.reverse();
    Path {
        cells: cells_out,
        beads,
        cost: total,
    }
}

/// `ln Σ exp(x)` over the terms, `-∞` for none. Terms more than 30 below the largest
/// change the sum by less than 1e-13 and are skipped.
fn log_sum(terms: &[f64]) -> f64 {
    let max = terms.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    if max == f64::NEG_INFINITY {
        return max;
    }
    let mut sum = 0.0;
    for &x in terms {
        let d = x - max;
        if d > -30.0 {
            sum += d.exp();
        }
    }
    max + sum.ln()
}

/// Posterior probability of each bead of `path`, from forward–backward sums over the
/// paths that stay within `radius` target sentences of `path` (and inside the table's
/// band), with costs read as negative log probabilities. Paths farther away carry
/// negligible mass once the search has converged, and the narrow band makes this
/// cheap.
pub(crate) fn posteriors(t: &CostTable, path: &Path, radius: usize) -> Vec<f32> {
    posteriors_with(t, path, radius, &vec![0.0; t.shapes.len()])
}

/// [`posteriors`] with `offset[k]` added to the cost of every bead of shape `k` (a
/// different shape prior than the table's).
pub(crate) fn posteriors_with(
    t: &CostTable,
    path: &Path,
    radius: usize,
    offset: &[f32],
) -> Vec<f32> {
    let tb = &t.band;
    let (n, m) = (tb.rows(), tb.cols());
    let band = Band::around_path(n, m, &path.cells, radius);
    let (fwd, bwd) = rayon::join(|| forward(t, &band, offset), || backward(t, &band, offset));
    let end = band.index(n, m).expect("corner in band");
    let z = fwd[end];
    path.beads
        .iter()
        .enumerate()
        .map(|(b, &k)| {
            let (i0, j0) = path.cells[b];
            let (i1, j1) = path.cells[b + 1];
            let c0 = band.index(i0, j0).expect("in band");
            let c1 = band.index(i1, j1).expect("in band");
            let ct = tb.index(i0, j0).expect("in table");
            let lp = fwd[c0] - (t.at(ct, k) + offset[k]) as f64 + bwd[c1] - z;
            lp.exp().clamp(0.0, 1.0) as f32
        })
        .collect()
}

/// Forward log sums over `band` (cells outside the table's band are unreachable).
fn forward(t: &CostTable, band: &Band, offset: &[f32]) -> Vec<f64> {
    let tb = &t.band;
    let n = tb.rows();
    let mut fwd = vec![f64::NEG_INFINITY; band.cells()];
    fwd[0] = 0.0;
    let mut terms: Vec<f64> = Vec::with_capacity(t.shapes.len());
    for i in 0..=n {
        let (lo, hi) = band.range(i);
        for j in lo..hi {
            let c = band.row_start(i) + j - lo;
            if c == 0 {
                continue;
            }
            terms.clear();
            for (k, s) in t.shapes.iter().enumerate() {
                let (a, b) = (s.src as usize, s.tgt as usize);
                if a > i || b > j {
                    continue;
                }
                if let (Some(p), Some(pt)) = (band.index(i - a, j - b), tb.index(i - a, j - b)) {
                    let bc = t.at(pt, k) + offset[k];
                    if bc.is_finite() {
                        terms.push(fwd[p] - bc as f64);
                    }
                }
            }
            fwd[c] = log_sum(&terms);
        }
    }
    fwd
}

/// Backward log sums over `band`.
fn backward(t: &CostTable, band: &Band, offset: &[f32]) -> Vec<f64> {
    let tb = &t.band;
    let (n, m) = (tb.rows(), tb.cols());
    let mut bwd = vec![f64::NEG_INFINITY; band.cells()];
    let mut terms: Vec<f64> = Vec::with_capacity(t.shapes.len());
    let end = band.index(n, m).expect("corner in band");
    bwd[end] = 0.0;
    for i in (0..=n).rev() {
        let (lo, hi) = band.range(i);
        for j in (lo..hi).rev() {
            let c = band.row_start(i) + j - lo;
            if c == end {
                continue;
            }
            let Some(ct) = tb.index(i, j) else { continue };
            terms.clear();
            for (k, s) in t.shapes.iter().enumerate() {
                let (i2, j2) = (i + s.src as usize, j + s.tgt as usize);
                if i2 > n || j2 > m {
                    continue;
                }
                if let Some(c2) = band.index(i2, j2) {
                    let bc = t.at(ct, k) + offset[k];
                    if bc.is_finite() {
                        terms.push(bwd[c2] - bc as f64);
                    }
                }
            }
            bwd[c] = log_sum(&terms);
        }
    }
    bwd
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toy_cost(i: usize, j: usize, s: Shape) -> f32 {
        // Cheap diagonal, a little noise from the indices.
        let d = (i as f32 * 1.3 - j as f32).abs();
        d * 0.1 + s.prior_cost() + ((i * 7 + j * 3) % 5) as f32 * 0.05
    }

    #[test]
    fn banded_equals_full_when_path_is_inside() {
        let shapes = Shape::EXTENDED.to_vec();
        let full = CostTable::compute(Band::full(20, 26), &shapes, toy_cost);
        let pf = viterbi(&full);
        let banded = CostTable::compute(Band::around_path(20, 26, &pf.cells, 4), &shapes, toy_cost);
        let pb = viterbi(&banded);
        assert_eq!(pf.beads, pb.beads);
        assert_eq!(pf.cells, pb.cells);
        assert_eq!(pf.cost, pb.cost);
    }

    #[test]
    fn posteriors_are_probabilities() {
        let shapes = Shape::CLASSIC.to_vec();
        let t = CostTable::compute(Band::full(8, 8), &shapes, |_, _, s| s.prior_cost() * 3.0);
        let p = viterbi(&t);
        assert!(p.beads.iter().all(|&k| shapes[k] == Shape::new(1, 1)));
        let post = posteriors(&t, &p, 8);
        assert_eq!(post.len(), 8);
        assert!(post.iter().all(|&x| (0.0..=1.0).contains(&x) && x > 0.5));
    }

    #[test]
    fn empty_problem_has_no_beads() {
        let t = CostTable::compute(Band::full(0, 0), &Shape::CLASSIC, toy_cost);
        let p = viterbi(&t);
        assert!(p.beads.is_empty());
    }
}
