//! Errors of the alignment crate.

use thiserror::Error;

/// What can go wrong when configuring an aligner or reading alignment files.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum AlignError {
    /// A builder setting is invalid.
    #[error("invalid aligner configuration: {reason}")]
    InvalidConfig {
        /// What is wrong.
        reason: String,
    },
    /// A line of a user dictionary is malformed.
    #[error("dictionary line {line}: {reason}")]
    Dictionary {
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        reason: String,
    },
    /// The thread pool could not be built.
    #[error("cannot build a thread pool of {threads} threads: {reason}")]
    ThreadPool {
        /// Requested number of threads.
        threads: usize,
        /// The underlying error.
        reason: String,
    },
    /// A ladder line (`[i, j]:[k]`) could not be parsed.
    #[error("ladder line {line}: {reason}: {text:?}")]
    Ladder {
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        reason: String,
        /// The offending text.
        text: String,
    },
}
