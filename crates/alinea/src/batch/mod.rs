//! Many pairs at once: the parts of `alinea batch` that are not input and output. A
//! [`Worker`] per thread runs exactly the document-level calls of the single commands
//! ([`Engine::align`], [`Engine::compare`]), so a pair gives the same result through
//! `alinea align`, `alinea batch align` and the Python package. [`ordered::run`] is the
//! bounded, order-keeping parallel map both batch modes stream through.

pub mod lines;
pub mod manifest;
pub mod ordered;
pub mod record;

use std::path::{Path, PathBuf};

use alinea_text::Lang;
use serde_json::Value;

use crate::engine::{AlignedPair, Compared, Engine, EngineBuilder};
use crate::error::{Error, Result};
use crate::input::Input;

/// What a batch does to each pair.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Align a translation pair.
    Align,
    /// Compare an old and a new version.
    Diff,
}

impl Mode {
    /// `align` or `diff`.
    pub fn name(self) -> &'static str {
        match self {
            Mode::Align => "align",
            Mode::Diff => "diff",
        }
    }
}

/// A document pair: source and target to align, or old and new versions to compare.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pair {
    /// Source (or old version).
    pub a: Input,
    /// Target (or new version).
    pub b: Input,
    /// Source language, when given (align only).
    pub a_lang: Option<Lang>,
    /// Target language, when given (align only).
    pub b_lang: Option<Lang>,
}

/// What one pair came to.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)] // One per document in flight; boxing buys nothing.
pub enum Outcome {
    /// Aligned translations.
    Aligned(AlignedPair),
    /// Compared versions.
    Compared(Compared),
}

impl Outcome {
    /// The JSON record of this outcome (see [`alinea_report::json`]); `details` keeps
    /// beads, changes and pairs.
    pub fn record(&self, id: Option<&str>, line: u64, details: bool) -> Value {
        match self {
            Outcome::Aligned(a) => {
                alinea_report::json::align_record(id, line, &a.report(), details)
            }
            Outcome::Compared(c) => {
                alinea_report::json::compare_record(id, line, &c.to_json(), details)
            }
        }
    }
}

/// One batch worker's engines, built on its own thread and reused for every pair.
#[derive(Debug)]
pub struct Worker {
    engine: Engine,
    mode: Mode,
    /// A one-thread rayon pool whose thread is the worker's own (see [`Worker::new`]).
    _pool: rayon::ThreadPool,
}

impl Worker {
    /// Builds a worker on the calling thread.
    ///
    /// The batch is parallel across documents, so each document runs on one thread: the
    /// worker thread itself becomes the only thread of a private rayon pool, and the
    /// engines' own `par_iter`s and `join`s run inline on it. This keeps the batch's
    /// thread count the real degree of parallelism, avoids a thread hand-off per
    /// document (measured: a hand-off to a one-thread pool tripled the system time on
    /// tiny records), and cannot deadlock: the pool holds no other work that a waiting
    /// join could steal.
    ///
    /// # Errors
    ///
    /// [`Error::ThreadPool`] when rayon refuses, and the errors of
    /// [`EngineBuilder::build`].
    pub fn new(settings: &EngineBuilder, mode: Mode) -> Result<Worker> {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(1)
            .use_current_thread()
            .build()
            .map_err(|e| Error::ThreadPool(e.to_string()))?;
        // 0: the current pool, which is the one above.
        let engine = settings.clone().threads(0).build()?;
        Ok(Worker {
            engine,
            mode,
            _pool: pool,
        })
    }

    /// Whether this worker aligns or compares.
    pub fn mode(&self) -> Mode {
        self.mode
    }

    /// Aligns or compares one pair, as `alinea align` / `alinea diff` would.
    ///
    /// # Errors
    ///
    /// The errors of [`Engine::align`] or [`Engine::compare`].
    pub fn run(&self, pair: &Pair) -> Result<Outcome> {
        match self.mode {
            Mode::Align => self
                .engine
                .align(&pair.a, &pair.b, pair.a_lang, pair.b_lang)
                .map(Outcome::Aligned),
            Mode::Diff => self.engine.compare(&pair.a, &pair.b).map(Outcome::Compared),
        }
    }
}

/// Resolves a manifest or record path: absolute as is, relative against `base`.
pub fn resolve(base: &Path, path: &str) -> PathBuf {
    let p = Path::new(path);
    if p.is_absolute() {
        p.to_path_buf()
    } else {
        base.join(p)
    }
}

/// The field prefixes of the two sides in a mode (`src`/`tgt`, `old`/`new`).
pub fn side_names(mode: Mode) -> (&'static str, &'static str) {
    match mode {
        Mode::Align => ("src", "tgt"),
        Mode::Diff => ("old", "new"),
    }
}
