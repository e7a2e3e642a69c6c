//! Bead shapes and their prior costs.
//!
//! A bead `a-b` joins `a` source and `b` target sentences. The prior is structured
//! rather than fitted: every sentence beyond the second in a bead multiplies its
//! probability by [`EXTRA`], omissions (`0-1`, `1-0`) have probability [`OMIT`], and a
//! bead that could be split into two beads with both sides non-empty (`2-2`, `2-3`, …)
//! pays a further factor [`SPLITTABLE`], because the split is the likelier explanation
//! unless the evidence says otherwise. Naive priors for many shapes hurt; this one lets
//! a `1-4` bead exist without inviting `2-2` beads everywhere.

use std::fmt;

/// Probability factor for each sentence beyond the second of a bead.
const EXTRA: f32 = 0.1;
/// Probability of an omission bead relative to a `1-1` bead.
const OMIT: f32 = 0.02;
/// Probability factor for beads that could be split into two non-empty beads.
const SPLITTABLE: f32 = 0.3;

/// A bead shape: `src` source sentences against `tgt` target sentences.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Shape {
    /// Number of source sentences.
    pub src: u8,
    /// Number of target sentences.
    pub tgt: u8,
}

impl Shape {
    /// A shape with `src` source and `tgt` target sentences.
    pub const fn new(src: u8, tgt: u8) -> Shape {
        Shape { src, tgt }
    }

    /// The eight classic shapes: 0-1, 1-0, 1-1, 1-2, 2-1, 2-2, 1-3, 3-1.
    pub const CLASSIC: [Shape; 8] = [
        Shape::new(1, 1),
        Shape::new(1, 0),
        Shape::new(0, 1),
        Shape::new(1, 2),
        Shape::new(2, 1),
        Shape::new(2, 2),
        Shape::new(1, 3),
        Shape::new(3, 1),
    ];

    /// The extended set of 19 shapes up to 1-6 / 6-1, 2-4 / 4-2 and 3-3 (the default).
    pub const EXTENDED: [Shape; 19] = [
        Shape::new(1, 1),
        Shape::new(1, 0),
        Shape::new(0, 1),
        Shape::new(1, 2),
        Shape::new(2, 1),
        Shape::new(2, 2),
        Shape::new(1, 3),
        Shape::new(3, 1),
        Shape::new(1, 4),
        Shape::new(4, 1),
        Shape::new(2, 3),
        Shape::new(3, 2),
        Shape::new(1, 5),
        Shape::new(5, 1),
        Shape::new(1, 6),
        Shape::new(6, 1),
        Shape::new(2, 4),
        Shape::new(4, 2),
        Shape::new(3, 3),
    ];

    /// Whether one side is empty.
    pub fn is_omission(&self) -> bool {
        self.src == 0 || self.tgt == 0
    }

    /// Whether the shape could be split into two beads with both sides non-empty.
    pub(crate) fn is_splittable(&self) -> bool {
        self.src >= 2 && self.tgt >= 2
    }

    /// The part of [`Shape::prior_cost`] paid for being splittable.
    pub(crate) fn split_penalty(&self) -> f32 {
        if self.is_splittable() {
            -SPLITTABLE.ln()
        } else {
            0.0
        }
    }

    /// Prior cost (negative log probability relative to `1-1`).
    pub(crate) fn prior_cost(&self) -> f32 {
        let n = (self.src + self.tgt) as i32;
        if self.is_omission() {
            return -(OMIT.ln());
        }
        let mut p = EXTRA.powi((n - 2).max(0));
        if self.src >= 2 && self.tgt >= 2 {
            p *= SPLITTABLE;
        }
        -p.ln()
    }
}

impl fmt::Display for Shape {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", self.src, self.tgt)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn priors_are_ordered() {
        let c = |a, b| Shape::new(a, b).prior_cost();
        assert_eq!(c(1, 1), 0.0);
        assert!(c(1, 2) < c(1, 3));
        assert!(c(1, 3) < c(2, 2), "a splittable bead pays extra");
        assert!((c(1, 2) - c(2, 1)).abs() < 1e-6);
        assert!(c(1, 0) > c(1, 2));
    }

    #[test]
    fn display() {
        assert_eq!(Shape::new(2, 1).to_string(), "2-1");
    }
}
