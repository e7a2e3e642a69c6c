//! `alinea._alinea`: the native half of the Python package. Each function takes plain
//! Python values, calls the library facade (`alinea::Engine`) with the GIL released, and
//! returns the JSON the CLI writes for the same call as plain Python values; the Python
//! half (`python/alinea/__init__.py`) wraps them in small dataclasses.

mod alignment;
mod batch;
mod convert;
mod error;
mod input;

use std::sync::OnceLock;

use alinea::report::json::segment_records;
use alinea::{Engine, Input, Lang};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};

use crate::alignment::NativeAlignment;
use crate::convert::{list_to_py, to_py};
use crate::error::{to_py_err, AlineaError, InputError, LanguageError};
use crate::input::to_input;

/// The engine with default settings, built once and shared by every thread (building
/// one means building the detector and the aligner's thread pool).
fn default_engine() -> PyResult<&'static Engine> {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    if let Some(e) = ENGINE.get() {
        return Ok(e);
    }
    let e = Engine::builder().build().map_err(to_py_err)?;
    Ok(ENGINE.get_or_init(|| e))
}

/// An engine: the shared default one, or one built for these settings.
#[allow(clippy::large_enum_variant)] // One per call, on the stack; boxing buys nothing.
enum EngineRef {
    Shared(&'static Engine),
    Own(Engine),
}

impl std::ops::Deref for EngineRef {
    type Target = Engine;
    fn deref(&self) -> &Engine {
        match self {
            EngineRef::Shared(e) => e,
            EngineRef::Own(e) => e,
        }
    }
}

/// The settings every call accepts (`languages`, `max_bytes`) and those of alignment
/// (`threads`, `dictionary`), checked as the CLI checks its flags.
fn engine(
    languages: Option<&str>,
    max_bytes: Option<u64>,
    threads: Option<usize>,
    dictionary: Option<&Bound<'_, PyAny>>,
) -> PyResult<EngineRef> {
    if languages.is_none() && max_bytes.is_none() && threads.is_none() && dictionary.is_none() {
        return Ok(EngineRef::Shared(default_engine()?));
    }
    let mut b = Engine::builder();
    if let Some(list) = languages {
        b.languages(&alinea::parse_languages(list).map_err(to_py_err)?);
    }
    if let Some(n) = max_bytes {
        b.max_bytes(n);
    }
    if let Some(n) = threads {
        b.threads(n);
    }
    if let Some(d) = dictionary {
        let input = to_input(d, "dictionary")?;
        let text = input.load(u64::MAX).map_err(to_py_err)?;
        b.dictionary(input.name(), text);
    }
    Ok(EngineRef::Own(b.build().map_err(to_py_err)?))
}

fn lang(code: Option<&str>) -> PyResult<Option<Lang>> {
    code.map(alinea::parse_language)
        .transpose()
        .map_err(to_py_err)
}

/// Sentences of a document as the dicts of `alinea segment --format jsonl`.
#[pyfunction]
#[pyo3(signature = (text, lang=None, languages=None, max_bytes=None))]
fn segment<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
    lang: Option<&str>,
    languages: Option<&str>,
    max_bytes: Option<u64>,
) -> PyResult<Bound<'py, PyList>> {
    let lang = self::lang(lang)?;
    let engine = engine(languages, max_bytes, None, None)?;
    let input = to_input(text, "text")?;
    let records = py.allow_threads(|| {
        engine
            .analyze(&input, lang)
            .map(|a| segment_records(a.document()).collect::<Vec<_>>())
    });
    list_to_py(py, records.map_err(to_py_err)?)
}

/// The document's language code, `und` when it cannot be told or is outside the allowed
/// list.
#[pyfunction]
#[pyo3(signature = (text, languages=None, max_bytes=None))]
fn detect(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    languages: Option<&str>,
    max_bytes: Option<u64>,
) -> PyResult<String> {
    let engine = engine(languages, max_bytes, None, None)?;
    let input = to_input(text, "text")?;
    let found = py.allow_threads(|| {
        let a = engine.analyze(&input, None)?;
        match engine.document_language(&a) {
            Ok(l) => Ok(l.code().to_string()),
            Err(alinea::Error::UnknownLanguage { .. } | alinea::Error::OutsideAllowList { .. }) => {
                Ok("und".to_string())
            }
            Err(e) => Err(e),
        }
    });
    found.map_err(to_py_err)
}

/// The document's language runs, as `alinea detect` prints them (`lang`, `first_line`,
/// `last_line`, `confidence`).
#[pyfunction]
#[pyo3(signature = (text, languages=None, max_bytes=None))]
fn detect_runs<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
    languages: Option<&str>,
    max_bytes: Option<u64>,
) -> PyResult<Bound<'py, PyList>> {
    let engine = engine(languages, max_bytes, None, None)?;
    let input = to_input(text, "text")?;
    let runs = py
        .allow_threads(|| {
            engine
                .analyze(&input, None)
                .map(|a| engine.language_runs(&a))
        })
        .map_err(to_py_err)?;
    list_to_py(
        py,
        runs.into_iter().map(|r| {
            serde_json::json!({
                "lang": r.lang.code(),
                "first_line": r.first_line,
                "last_line": r.last_line,
                "confidence": r.confidence,
            })
        }),
    )
}

/// One language code per line (`und` where it cannot be told), as
/// `alinea detect --each-line` prints them.
#[pyfunction]
#[pyo3(signature = (text, languages=None, max_bytes=None))]
fn detect_lines(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    languages: Option<&str>,
    max_bytes: Option<u64>,
) -> PyResult<Vec<String>> {
    let engine = engine(languages, max_bytes, None, None)?;
    let input = to_input(text, "text")?;
    let langs = py
        .allow_threads(|| engine.read(&input).map(|t| engine.detect_lines(&t)))
        .map_err(to_py_err)?;
    Ok(langs
        .into_iter()
        .map(|l| l.map_or_else(|| "und".to_string(), |l| l.code().to_string()))
        .collect())
}

/// Aligns two translations (or, with `tgt=None`, the two languages of one document).
#[pyfunction]
#[pyo3(signature = (src, tgt=None, src_lang=None, tgt_lang=None, presplit=false,
    languages=None, max_bytes=None, threads=None, dictionary=None))]
#[allow(clippy::too_many_arguments)] // The CLI's flags, one keyword each.
fn align(
    py: Python<'_>,
    src: &Bound<'_, PyAny>,
    tgt: Option<&Bound<'_, PyAny>>,
    src_lang: Option<&str>,
    tgt_lang: Option<&str>,
    presplit: bool,
    languages: Option<&str>,
    max_bytes: Option<u64>,
    threads: Option<usize>,
    dictionary: Option<&Bound<'_, PyAny>>,
) -> PyResult<NativeAlignment> {
    let (sl, tl) = (lang(src_lang)?, lang(tgt_lang)?);
    let engine = engine(languages, max_bytes, threads, dictionary)?;
    let a = to_input(src, "src")?;
    let b = tgt.map(|t| to_input(t, "tgt")).transpose()?;
    let pair = py.allow_threads(|| match (&b, presplit) {
        (None, true) => Err(alinea::Error::PresplitNeedsTwo),
        (None, false) => engine.align_mixed(&a, sl, tl),
        (Some(b), true) => engine.align_presplit(&a, b, sl, tl),
        (Some(b), false) => engine.align(&a, b, sl, tl),
    });
    Ok(NativeAlignment {
        pair: pair.map_err(to_py_err)?,
    })
}

/// Compares two versions: exactly the JSON of `alinea diff --format json`.
#[pyfunction]
#[pyo3(signature = (old, new, languages=None, max_bytes=None))]
fn diff<'py>(
    py: Python<'py>,
    old: &Bound<'py, PyAny>,
    new: &Bound<'py, PyAny>,
    languages: Option<&str>,
    max_bytes: Option<u64>,
) -> PyResult<Bound<'py, PyDict>> {
    let engine = engine(languages, max_bytes, None, None)?;
    let (a, b) = (to_input(old, "old")?, to_input(new, "new")?);
    let json = py
        .allow_threads(|| engine.compare(&a, &b).map(|c| c.to_json()))
        .map_err(to_py_err)?;
    Ok(to_py(py, &json)?.downcast_into::<PyDict>()?)
}

/// Follows every paragraph through versions (oldest first): exactly the JSON of
/// `alinea history --format json`.
#[pyfunction]
#[pyo3(signature = (versions, languages=None, max_bytes=None))]
fn history<'py>(
    py: Python<'py>,
    versions: Vec<Bound<'py, PyAny>>,
    languages: Option<&str>,
    max_bytes: Option<u64>,
) -> PyResult<Bound<'py, PyDict>> {
    let engine = engine(languages, max_bytes, None, None)?;
    let inputs = versions
        .iter()
        .enumerate()
        .map(|(i, v)| to_input(v, &format!("version {}", i + 1)))
        .collect::<PyResult<Vec<Input>>>()?;
    let json = py
        .allow_threads(|| engine.history(&inputs).map(|h| h.to_json()))
        .map_err(to_py_err)?;
    Ok(to_py(py, &json)?.downcast_into::<PyDict>()?)
}

/// The native module.
#[pymodule]
fn _alinea(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("AlineaError", py.get_type::<AlineaError>())?;
    m.add("InputError", py.get_type::<InputError>())?;
    m.add("LanguageError", py.get_type::<LanguageError>())?;
    m.add_class::<NativeAlignment>()?;
    m.add_function(wrap_pyfunction!(segment, m)?)?;
    m.add_function(wrap_pyfunction!(detect, m)?)?;
    m.add_function(wrap_pyfunction!(detect_runs, m)?)?;
    m.add_function(wrap_pyfunction!(detect_lines, m)?)?;
    m.add_function(wrap_pyfunction!(align, m)?)?;
    m.add_function(wrap_pyfunction!(diff, m)?)?;
    m.add_function(wrap_pyfunction!(history, m)?)?;
    m.add_function(wrap_pyfunction!(batch::batch, m)?)?;
    // Whether this is an optimised build: timings of a debug build mean nothing.
    m.add("RELEASE", !cfg!(debug_assertions))?;
    Ok(())
}
