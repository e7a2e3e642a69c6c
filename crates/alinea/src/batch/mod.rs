//! Many pairs at once: the parts of `alinea batch` that are not input and output. A
//! [`Worker`] per thread runs exactly the document-level calls of the single commands
//! ([`Engine::align`], [`Engine::compare`]), so a pair gives the same result through
//! `alinea align`, `alinea batch align` and the Python package. [`ordered::run`] is the
//! bounded, order-keeping parallel map both batch modes stream through.
//!
//! Two ways in:
//!
//! * **Manifest** (`alinea batch align pairs.tsv --out results/`): a TSV file, one pair per
//!   line, `SRC<TAB>TGT[<TAB>ID]` (for diff `OLD<TAB>NEW[<TAB>ID]`). Blank lines and lines
//!   starting with `#` are skipped; relative paths are relative to the manifest's folder.
//!   Without an ID the document is called `<source file stem>-<line number>`. IDs name the
//!   output files (`results/<ID>.<format>`), so they may not contain `/` or `\` nor start
//!   with `.`. One summary line per document goes to standard output, in manifest order:
//!   `ID<TAB>ok|skipped|error<TAB>…`. Failed documents are listed again on standard error at
//!   the end, and the exit status is 1 if any failed.
//! * **Record stream** (`alinea batch align --jsonl - < records.jsonl`): one JSON record
//!   per input line in, exactly one JSON result per input line out, in input order. This is
//!   the mode for Spark (`RDD.pipe`) and other drivers. Bad records are answered in line
//!   and the stream goes on; the exit status is 0 unless the stream itself fails (standard
//!   input unreadable, standard output closed).
//!
//! # Record schema (`--jsonl`)
//!
//! ```text
//! align: {"id": "doc-1", "src_text" | "src_path": "…", "tgt_text" | "tgt_path": "…",
//!         "src_lang": "en", "tgt_lang": "fr"}
//! diff:  {"id": "doc-1", "old_text" | "old_path": "…", "new_text" | "new_path": "…"}
//! ```
//!
//! * `id`: optional; a string or a number (returned as a string). Echoed in the result.
//! * each side is given exactly once, either as the text itself (`*_text`) or as a file
//!   (`*_path`, relative to the record file's folder, or to the working directory when
//!   records come from standard input).
//! * `src_lang`, `tgt_lang`: optional ISO 639-1 codes; detected per side when absent
//!   (override `--src-lang`/`--tgt-lang`). Ignored by diff.
//! * other fields are ignored, so drivers may pass their own columns through.
//!
//! # Result schema (`--jsonl`)
//!
//! Every result has `id` (string or `null` when the record has none or could not be
//! parsed), `line` (1-based line number in the input stream) and `error` (`null` on
//! success, else a message). A failed record has only these three fields. On success:
//!
//! ```text
//! align: "src_lang", "tgt_lang"            codes used (given or detected)
//!        "src_sentences", "tgt_sentences"  sentence counts
//!        "bead_count", "flagged"           beads, beads with at least one flag
//!        "src_coverage", "tgt_coverage"    share of text in confident two-sided beads, 0–1
//!        "mean_confidence", "relatedness"  0–1 (see alinea_align::Summary)
//!        "budget_hit"                      the search hit its cell budget
//!        "beads": [{"src": [0], "tgt": [0, 1], "score": 0.97, "flags": ["length_ratio"]}]
//!        (each bead exactly as a line of `alinea align --format jsonl`)
//! diff:  exactly the JSON of `alinea diff --format json` for the pair: "comparison"
//!        ("diff" or "cross-language", decided as `alinea diff` decides it), "summary",
//!        and "changes" (a diff) or "pairs" and "document_anchors_*" (cross-language)
//! ```
//!
//! `beads`/`changes`/`pairs` are left out with `--summary-only`. Scores and shares are rounded to
//! three decimals, as in `alinea align --format jsonl`. Flag names: `number_mismatch`,
//! `length_ratio`, `omission`, `addition`, `incomplete`, `untranslated`, `low_confidence`. A record is bad when its
//! line is not a JSON object, a side is missing or given twice, a file cannot be read, a
//! text is empty, or a language cannot be told; blank lines are answered with an error
//! too, so that output line N always answers input line N.
//!
//! # Memory
//!
//! Both modes stream: a reader thread feeds a window of at most `--window` documents
//! (default four per thread) to the workers, and results leave in input order as soon as
//! they are ready. Nothing is kept per document afterwards except, for a manifest, a hash
//! of each ID (to refuse duplicates that would overwrite each other's output) and the
//! first hundred error messages.

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
