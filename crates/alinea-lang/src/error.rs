//! Errors raised while configuring a detector.
//!
//! Detection itself never fails (an undecidable text yields `None`), so the only errors are
//! configuration mistakes, and those usually come from a user's flag or config file: they
//! are returned as values that name the offending input, never as panics.

use thiserror::Error;

/// A detector could not be built from the requested configuration.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum LangError {
    /// The allow-list names a language the underlying detector cannot recognise.
    #[error("language `{code}` is not supported by the language detector")]
    Unsupported {
        /// The ISO 639-1 code as requested.
        code: String,
    },
    /// The allow-list is empty, so no text could ever be assigned a language.
    #[error("the language allow-list is empty; name at least one language")]
    EmptyAllowList,
    /// A language list names a code that is not a two-letter ISO 639-1 code.
    #[error("`{code}` is not a language code: use two-letter ISO 639-1 codes such as en, fr, de, ru, zh, ar")]
    BadCode {
        /// The offending entry, as written.
        code: String,
    },
    /// A line of an evaluation file is not `lang<TAB>text[<TAB>sentence|short]`.
    #[error("evaluation file line {line}: expected `lang<TAB>text[<TAB>sentence|short]`")]
    BadSample {
        /// The 1-based line number.
        line: usize,
    },
}
