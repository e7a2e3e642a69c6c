//! The package's exceptions: `AlineaError` and, under it, `InputError` (the input cannot
//! be read or used) and `LanguageError` (a language code or a document's language). The
//! message is the CLI's message for the same failure, word for word.

use pyo3::create_exception;
use pyo3::exceptions::PyException;
use pyo3::PyErr;

create_exception!(
    _alinea,
    AlineaError,
    PyException,
    "Base of every error alinea raises; the message is the CLI's."
);
create_exception!(
    _alinea,
    InputError,
    AlineaError,
    "An input cannot be read or used: unreadable file, invalid encoding, binary data, empty text, too large, no sentences."
);
create_exception!(
    _alinea,
    LanguageError,
    AlineaError,
    "A language code is unknown, or a document's language cannot be told or is outside the allowed list."
);

/// The message the CLI prints for `e` (after `alinea: error: `): the error and each of
/// its sources, `: `-separated, as anyhow's `{:#}` writes the chain.
fn cli_message(e: &alinea::Error) -> String {
    let mut msg = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        msg.push_str(": ");
        msg.push_str(&s.to_string());
        source = s.source();
    }
    msg
}

/// The exception for `e`, carrying the CLI's message.
pub fn to_py_err(e: alinea::Error) -> PyErr {
    use alinea::Error as E;
    let msg = cli_message(&e);
    match e {
        E::Read(_)
        | E::EmptyText { .. }
        | E::TooLarge { .. }
        | E::Presplit { .. }
        | E::NoSentences { .. }
        | E::PresplitNeedsTwo
        | E::TooFewVersions(_)
        | E::Version { .. }
        | E::Dictionary { .. } => InputError::new_err(msg),
        E::UnknownLanguageCode { .. }
        | E::OutsideAllowList { .. }
        | E::UnknownLanguage { .. }
        | E::OneLanguage { .. }
        | E::MissingSide { .. }
        | E::MixedHistory { .. }
        | E::Lang(_) => LanguageError::new_err(msg),
        _ => AlineaError::new_err(msg),
    }
}
