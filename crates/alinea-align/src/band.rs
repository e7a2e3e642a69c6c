//! The search band: for each source prefix length `i` (row `0..=n`), the range of target
//! prefix lengths `j` the search may visit. Cells are stored row after row, so memory is
//! `O(n · band)` instead of `O(n · m)`.

/// A band of DP cells over an `n × m` problem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Band {
    n: usize,
    m: usize,
    lo: Vec<usize>,
    hi: Vec<usize>,
    start: Vec<usize>,
}

impl Band {
    fn from_ranges(n: usize, m: usize, mut lo: Vec<usize>, mut hi: Vec<usize>) -> Band {
        // Make both edges monotone so that every cell has predecessors in the band, and
        // make sure the corners are inside.
        lo[0] = 0;
        hi[n] = m + 1;
        for i in (0..n).rev() {
            lo[i] = lo[i].min(lo[i + 1]);
        }
        for i in 1..=n {
            hi[i] = hi[i].max(hi[i - 1]).min(m + 1);
        }
        for i in 0..=n {
            hi[i] = hi[i].max(lo[i] + 1).min(m + 1);
            lo[i] = lo[i].min(hi[i] - 1);
        }
        let mut start = Vec::with_capacity(n + 2);
        let mut acc = 0;
        for i in 0..=n {
            start.push(acc);
            acc += hi[i] - lo[i];
        }
        start.push(acc);
        Band {
            n,
            m,
            lo,
            hi,
            start,
        }
    }

    /// Every cell.
    pub(crate) fn full(n: usize, m: usize) -> Band {
        Band::from_ranges(n, m, vec![0; n + 1], vec![m + 1; n + 1])
    }

    /// Cells within `radius` of the straight line from `(0, 0)` to `(n, m)`.
    pub(crate) fn diagonal(n: usize, m: usize, radius: usize) -> Band {
        let mut lo = Vec::with_capacity(n + 1);
        let mut hi = Vec::with_capacity(n + 1);
        for i in 0..=n {
            let c = (i * m + n / 2).checked_div(n).unwrap_or(0);
            lo.push(c.saturating_sub(radius));
            hi.push((c + radius + 1).min(m + 1));
        }
        Band::from_ranges(n, m, lo, hi)
    }

    /// Cells within `radius` (in target sentences) of a monotone path of cells from
    /// `(0, 0)` to `(n, m)`; rows that the path jumps over get the span of the
    /// surrounding path cells.
    pub(crate) fn around_path(n: usize, m: usize, path: &[(usize, usize)], radius: usize) -> Band {
        let mut lo = vec![usize::MAX; n + 1];
        let mut hi = vec![0usize; n + 1];
        for w in path.windows(2) {
            let ((i0, j0), (i1, j1)) = (w[0], w[1]);
            for (l, h) in lo.iter_mut().zip(hi.iter_mut()).take(i1 + 1).skip(i0) {
                *l = (*l).min(j0);
                *h = (*h).max(j1);
            }
        }
        if path.len() == 1 {
            lo[path[0].0] = path[0].1;
            hi[path[0].0] = path[0].1;
        }
        for i in 0..=n {
            if lo[i] == usize::MAX {
                lo[i] = 0;
                hi[i] = m;
            }
            lo[i] = lo[i].saturating_sub(radius);
            hi[i] = (hi[i] + radius + 1).min(m + 1);
        }
        Band::from_ranges(n, m, lo, hi)
    }

    pub(crate) fn rows(&self) -> usize {
        self.n
    }

    pub(crate) fn cols(&self) -> usize {
        self.m
    }

    /// Number of cells.
    pub(crate) fn cells(&self) -> usize {
        self.start[self.n + 1]
    }

    /// Target range `[lo, hi)` of row `i`.
    pub(crate) fn range(&self, i: usize) -> (usize, usize) {
        (self.lo[i], self.hi[i])
    }

    /// First cell index of row `i`.
    pub(crate) fn row_start(&self, i: usize) -> usize {
        self.start[i]
    }

    /// Flat index of cell `(i, j)`, if it is in the band.
    #[inline]
    pub(crate) fn index(&self, i: usize, j: usize) -> Option<usize> {
        if j >= self.lo[i] && j < self.hi[i] {
            Some(self.start[i] + j - self.lo[i])
        } else {
            None
        }
    }

    /// Whether the path comes within `margin` cells of an edge that is not a border of
    /// the whole problem (then a wider band might find a better path).
    pub(crate) fn touches_edge(&self, path: &[(usize, usize)], margin: usize) -> bool {
        path.iter().any(|&(i, j)| {
            let (lo, hi) = self.range(i);
            (lo > 0 && j < lo + margin) || (hi <= self.m && j + margin >= hi)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_band_has_every_cell() {
        let b = Band::full(3, 4);
        assert_eq!(b.cells(), 4 * 5);
        assert_eq!(b.index(2, 3), Some(2 * 5 + 3));
    }

    #[test]
    fn diagonal_band_contains_corners() {
        let b = Band::diagonal(100, 50, 3);
        assert!(b.index(0, 0).is_some());
        assert!(b.index(100, 50).is_some());
        assert!(b.index(50, 25).is_some());
        assert!(b.index(50, 40).is_none());
        assert!(b.cells() < 101 * 8);
    }

    #[test]
    fn band_around_path_follows_it() {
        let path = vec![(0, 0), (1, 1), (3, 2), (4, 4)];
        let b = Band::around_path(4, 4, &path, 0);
        assert!(b.index(2, 1).is_some() && b.index(2, 2).is_some());
        assert!(b.index(1, 3).is_none());
        assert!(!b.touches_edge(&path, 0));
        assert!(b.touches_edge(&path, 2));
    }
}
