//! The facade's error: everything a document-level call can refuse, each message naming
//! the input it is about.

use alinea_text::{Lang, PresplitError, ReadError};

/// Why a document-level call failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// An input could not be read or decoded (names the file and, where it applies, the
    /// byte offset).
    #[error(transparent)]
    Read(#[from] ReadError),
    /// A document (DOCX, HTML) could not be converted, or its format is not read (legacy
    /// `.doc`, OpenDocument, PDF): names the file and says what to do.
    #[error(transparent)]
    Format(#[from] alinea_formats::FormatError),
    /// A translation memory could not be read (not XML, not TMX/XLIFF, truncated, a unit
    /// without source, an unknown version): names the file.
    #[error(transparent)]
    Memory(#[from] alinea_formats::MemoryError),
    /// A translation memory with no unit that has both a source and a target.
    #[error("{name}: no unit has both a source and a target text; nothing to check")]
    EmptyMemory {
        /// The input's name.
        name: String,
    },
    /// A translation memory declares a language alinea does not know.
    #[error("{name}: declares the language {code:?}, which alinea does not know (ISO 639-1 codes such as en, fr, en-US are expected)")]
    MemoryLanguage {
        /// The input's name.
        name: String,
        /// The code as declared.
        code: String,
    },
    /// A text given in memory is empty or whitespace only.
    #[error("{name} is empty")]
    EmptyText {
        /// The input's name.
        name: String,
    },
    /// A text given in memory is larger than the limit.
    #[error("{name}: {len} bytes is more than the limit of {limit} (--max-bytes)")]
    TooLarge {
        /// The input's name.
        name: String,
        /// Its size.
        len: u64,
        /// The limit.
        limit: u64,
    },
    /// A presplit input is not one sentence per line.
    #[error("{name}: {source}")]
    Presplit {
        /// The input's name.
        name: String,
        /// What is wrong.
        source: PresplitError,
    },
    /// A language code the tool cannot use.
    #[error("unknown language code {code:?}: use two-letter ISO 639-1 codes such as en, fr, ru, zh, ar, fa")]
    UnknownLanguageCode {
        /// The code as given.
        code: String,
    },
    /// A document is written in a language outside the allow-list.
    #[error("{name}: written in a language outside the allowed list ({allowed}); detected {detected} — add it with --languages if alinea should handle it")]
    OutsideAllowList {
        /// The input's name.
        name: String,
        /// The allow-list, comma-separated.
        allowed: String,
        /// What the unrestricted detector found.
        detected: Lang,
    },
    /// No language could be told.
    #[error("{name}: cannot tell which language it is written in (no letters of the allowed languages); give it with --src-lang / --tgt-lang")]
    UnknownLanguage {
        /// The input's name.
        name: String,
    },
    /// A file meant to hold two languages holds one.
    #[error("{name}: holds one language only ({found}); give two files to align")]
    OneLanguage {
        /// The input's name.
        name: String,
        /// The language found, or `none`.
        found: String,
    },
    /// One of the two languages of a mixed file has no text.
    #[error("{name}: no text in {a} or in {b}")]
    MissingSide {
        /// The input's name.
        name: String,
        /// First language.
        a: Lang,
        /// Second language.
        b: Lang,
    },
    /// A document has no sentence to align.
    #[error("{name}: no sentences found")]
    NoSentences {
        /// The input's name.
        name: String,
    },
    /// `--presplit` with one file.
    #[error("--presplit needs two files, one sentence per line each")]
    PresplitNeedsTwo,
    /// A history of fewer than two versions.
    #[error("a history needs at least two versions, got {0}")]
    TooFewVersions(usize),
    /// A history whose versions are in different languages.
    #[error("{name}: is in {lang} while {first} is in {first_lang}; a history compares versions in one language (use `alinea diff` for a cross-language comparison)")]
    MixedHistory {
        /// The odd version.
        name: String,
        /// Its language.
        lang: Lang,
        /// The first version.
        first: String,
        /// The first version's language.
        first_lang: Lang,
    },
    /// A comparison failed on one version (names it).
    #[error("{name}: {source}")]
    Version {
        /// The version's name.
        name: String,
        /// What is wrong.
        source: alinea_diff::DiffError,
    },
    /// A comparison setting or engine failure.
    #[error(transparent)]
    Diff(#[from] alinea_diff::DiffError),
    /// The aligner could not be built (bad dictionary, threads).
    #[error(transparent)]
    Align(#[from] alinea_align::AlignError),
    /// The detector could not be built.
    #[error(transparent)]
    Lang(#[from] alinea_lang::LangError),
    /// A dictionary file could not be used.
    #[error("{name}: cannot use this dictionary: {source}")]
    Dictionary {
        /// The dictionary's name.
        name: String,
        /// What is wrong.
        source: alinea_align::AlignError,
    },
    /// A thread pool could not be set up.
    #[error("cannot set up the thread pool: {0}")]
    ThreadPool(String),
    /// The engine hit a bug on this input (a panic caught at the document boundary, so
    /// one bad document in a batch does not stop the others).
    #[error("internal error (please report it): {0}")]
    Internal(String),
}

/// The facade's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
