//! Errors of the diff engine.

use thiserror::Error;

/// Why a comparison could not be made.
#[derive(Debug, Error, Clone, PartialEq)]
#[non_exhaustive]
pub enum DiffError {
    /// A version has no text at all (empty or whitespace only). Successive versions of a
    /// resolution are never empty, so this is a conversion failure upstream (a scanned PDF
    /// without a text layer, a wrong encoding), and reporting "everything deleted" would
    /// hide it.
    #[error(
        "version {index} has no text; a version with no text is a conversion failure \
         (check the PDF-to-text step)"
    )]
    EmptyVersion {
        /// 0-based position of the version: 0 = old and 1 = new for a pair, the index in
        /// the series for a history.
        index: usize,
    },
    /// A history needs at least one version.
    #[error("a history needs at least one version, got none")]
    NoVersions,
    /// The similarity threshold must lie in (0, 1].
    #[error("similarity threshold {value} is outside (0, 1]")]
    InvalidThreshold {
        /// The value given.
        value: f64,
    },
}
