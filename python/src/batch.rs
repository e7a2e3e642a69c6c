//! `alinea.batch`: records of `alinea batch … --jsonl` in, their result lines out, through
//! the same record parser, workers and ordered pipeline as the CLI's record stream
//! (`alinea::batch`), so a record gets byte for byte the line the CLI writes for it.
//! This is what a Spark or Ray executor runs instead of piping records through the
//! binary.

use std::path::PathBuf;

use alinea::batch::lines::Line;
use alinea::batch::ordered::{self, Emit, PipelineError, Sink};
use alinea::batch::record::{error_message, Answers};
use alinea::batch::{Mode, Worker};
use alinea::Engine;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyBytes;

use crate::error::{to_py_err, AlineaError};

/// Collects the result lines in input order.
struct Collect(Vec<String>);

impl Sink<(String, bool), Failure> for Collect {
    fn put(&mut self, (line, _failed): (String, bool)) -> Result<(), Failure> {
        self.0.push(line);
        Ok(())
    }

    fn idle(&mut self) -> Result<(), Failure> {
        Ok(())
    }
}

/// The pipeline itself failed (a thread could not start); records never fail it.
struct Failure(String);

impl From<PipelineError> for Failure {
    fn from(e: PipelineError) -> Failure {
        Failure(e.to_string())
    }
}

/// Answers records (raw lines, each with its line number) as `alinea batch MODE
/// --jsonl -` answers them: the result lines, in order.
#[pyfunction]
#[pyo3(signature = (records, mode, base_dir=None, summary_only=false, src_lang=None,
    tgt_lang=None, languages=None, max_bytes=None, threads=1))]
#[allow(clippy::too_many_arguments)] // The CLI's flags, one keyword each.
pub fn batch<'py>(
    py: Python<'py>,
    records: Vec<(Bound<'py, PyBytes>, u64)>,
    mode: &str,
    base_dir: Option<PathBuf>,
    summary_only: bool,
    src_lang: Option<&str>,
    tgt_lang: Option<&str>,
    languages: Option<&str>,
    max_bytes: Option<u64>,
    threads: usize,
) -> PyResult<Vec<String>> {
    let mode = match mode {
        "align" => Mode::Align,
        "diff" => Mode::Diff,
        other => {
            return Err(PyValueError::new_err(format!(
                "unknown mode {other:?}: use align or diff"
            )))
        }
    };
    if threads == 0 {
        return Err(PyValueError::new_err("threads must be at least 1"));
    }
    let lang = |code: Option<&str>| {
        code.map(alinea::parse_language)
            .transpose()
            .map_err(to_py_err)
    };
    let defaults = (lang(src_lang)?, lang(tgt_lang)?);
    if mode == Mode::Diff && (defaults.0.is_some() || defaults.1.is_some()) {
        return Err(PyValueError::new_err(
            "src_lang and tgt_lang are for align; diff does not need languages",
        ));
    }
    let mut settings = Engine::builder();
    if let Some(list) = languages {
        settings.languages(&alinea::parse_languages(list).map_err(to_py_err)?);
    }
    if let Some(n) = max_bytes {
        settings.max_bytes(n);
    }
    // Refuse unusable settings now, as the CLI does before reading any record.
    settings.build().map_err(to_py_err)?;
    let limit = settings.max_bytes_limit();
    let answers = Answers {
        mode,
        base: base_dir.unwrap_or_default(),
        defaults,
        limit,
        details: !summary_only,
    };
    let items: Vec<(u64, Line)> = records
        .into_iter()
        .map(|(bytes, n)| (n, Line::from_bytes(bytes.as_bytes().to_vec(), limit)))
        .collect();
    let window = threads * 4;
    let out = py.allow_threads(move || {
        let mut sink = Collect(Vec::with_capacity(items.len()));
        let read = move |emit: &mut Emit<'_, (u64, Line)>| -> Result<(), Failure> {
            for item in items {
                if !emit(item) {
                    break;
                }
            }
            Ok(())
        };
        let init = || Worker::new(&settings, mode).map_err(|e| error_message(&e));
        let work = |worker: &mut Result<Worker, String>, (n, line): (u64, Line)| {
            answers.answer(worker.as_ref().map_err(String::as_str), n, &line)
        };
        ordered::run(threads, window, read, init, work, &mut sink).map(|()| sink.0)
    });
    out.map_err(|Failure(msg)| AlineaError::new_err(msg))
}
