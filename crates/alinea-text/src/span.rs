//! Byte spans into the original text.

use std::ops::Range;

/// A half-open byte range `[start, end)` into the original (decoded) text.
///
/// Every unit alinea produces carries one, so that reports can quote the user's own text
/// rather than the normalized matching view.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// Creates a span.
    ///
    /// # Panics
    ///
    /// Panics if `start > end`: that is a broken invariant in the caller, not bad input.
    pub fn new(start: usize, end: usize) -> Span {
        assert!(start <= end, "span start {start} is after its end {end}");
        Span { start, end }
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span is empty.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// As a `Range`, for slicing.
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// Whether `other` lies inside this span.
    pub fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}
