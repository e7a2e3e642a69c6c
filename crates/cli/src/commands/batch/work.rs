//! The work on one document pair, shared by the manifest and the stream modes: read or
//! take the two texts, then align them (as `alinea align` does) or compare them (as
//! `alinea diff` does).

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

use alinea_align::{Aligner, Alignment};
use alinea_diff::{Diff, Differ, Document};
use alinea_text::Lang;
use anyhow::{anyhow, bail, Context, Result};

use super::Mode;
use crate::commands::align::{align_sides, side_from_doc, Side};
use crate::pipeline::{detector_for, Analyzer};

/// One side of a pair: a file, or the text itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Input {
    /// A file (already resolved against the manifest's folder).
    Path(PathBuf),
    /// The text itself, named for messages (`src_text`).
    Text { name: &'static str, text: String },
}

impl Input {
    /// The name shown in reports and messages.
    pub(crate) fn name(&self) -> String {
        match self {
            Input::Path(p) => p.display().to_string(),
            Input::Text { name, .. } => (*name).to_string(),
        }
    }

    /// The file, if this side is one.
    pub(crate) fn path(&self) -> Option<&Path> {
        match self {
            Input::Path(p) => Some(p),
            Input::Text { .. } => None,
        }
    }

    /// Reads the text, with the same checks as a file given on the command line (size,
    /// encoding, binary data, empty text).
    fn load(&self, max_bytes: u64) -> Result<String> {
        match self {
            Input::Path(p) => Ok(alinea_text::read_path_limited(p, max_bytes)?.into_text()),
            Input::Text { name, text } => {
                if text.trim().is_empty() {
                    bail!("{name} is empty");
                }
                if text.len() as u64 > max_bytes {
                    bail!(
                        "{name}: {} bytes is more than the limit of {max_bytes} (--max-bytes)",
                        text.len()
                    );
                }
                Ok(alinea_text::read::decode(name, text.as_bytes())?.into_text())
            }
        }
    }
}

/// A document pair: source and target to align, or old and new versions to compare.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Pair {
    /// Source (or old version).
    pub a: Input,
    /// Target (or new version).
    pub b: Input,
    /// Source language, when given (align only).
    pub a_lang: Option<Lang>,
    /// Target language, when given (align only).
    pub b_lang: Option<Lang>,
}

/// Settings shared by every worker.
#[derive(Debug, Clone)]
pub(crate) struct Settings {
    /// Align or diff.
    pub mode: Mode,
    /// `--languages`.
    pub languages: Option<String>,
    /// `--max-bytes`.
    pub max_bytes: u64,
}

/// A worker's own engines, built on its thread and reused for every document.
pub(crate) struct Engines {
    analyzer: Analyzer,
    aligner: Aligner,
    /// A one-thread rayon pool whose thread is the worker's own (see [`Engines::new`]).
    _pool: rayon::ThreadPool,
    differ: Differ,
    mode: Mode,
    max_bytes: u64,
}

impl Engines {
    /// Builds the engines on the calling worker thread (the detector's language list was
    /// checked before any worker started, so this fails only when rayon refuses).
    ///
    /// The batch is parallel across documents, so each document runs on one thread: the
    /// worker thread itself becomes the only thread of a private rayon pool, and the
    /// engines' own `par_iter`s and `join`s run inline on it. This keeps `--threads` the
    /// real degree of parallelism, avoids a thread hand-off per document (measured: a
    /// hand-off to a one-thread pool tripled the system time on tiny records), and
    /// cannot deadlock: the pool holds no other work that a waiting join could steal.
    pub(crate) fn new(settings: &Settings) -> Result<Engines> {
        let detector = detector_for(settings.languages.as_deref())?;
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(1)
            .use_current_thread()
            .build()
            .context("cannot set up the worker's thread pool")?;
        // 0: the current pool, which is the one above.
        let aligner = Aligner::builder()
            .threads(0)
            .build()
            .context("cannot build the aligner")?;
        Ok(Engines {
            analyzer: Analyzer::new(detector, None, settings.max_bytes),
            aligner,
            _pool: pool,
            differ: Differ::default(),
            mode: settings.mode,
            max_bytes: settings.max_bytes,
        })
    }

    /// Whether these engines align or compare.
    pub(crate) fn mode(&self) -> Mode {
        self.mode
    }

    /// Aligns a pair.
    pub(crate) fn align(&self, pair: &Pair) -> Result<(Side, Side, Alignment)> {
        let src = self.side(&pair.a, pair.a_lang)?;
        let tgt = self.side(&pair.b, pair.b_lang)?;
        let alignment = guard(|| align_sides(&self.aligner, &src, &tgt))?;
        Ok((src, tgt, alignment))
    }

    /// Compares two versions.
    pub(crate) fn diff(&self, pair: &Pair) -> Result<Diff> {
        let old = Document::parse(pair.a.load(self.max_bytes)?);
        let new = Document::parse(pair.b.load(self.max_bytes)?);
        let d = guard(|| self.differ.diff(&old, &new))?;
        d.with_context(|| format!("cannot compare {} with {}", pair.a.name(), pair.b.name()))
    }

    /// Reads and analyses one side, as `alinea align` does for a file.
    fn side(&self, input: &Input, lang: Option<Lang>) -> Result<Side> {
        let name = input.name();
        let text = input.load(self.max_bytes)?;
        let doc = guard(|| self.analyzer.analyze(text))?;
        if doc.sentences().is_empty() {
            bail!("{name}: no sentences found");
        }
        side_from_doc(&self.analyzer, name, &doc, lang)
    }
}

/// Runs engine code, turning a panic into an error for this document alone: in a batch
/// of thousands, one document that trips a bug must not take the others down.
fn guard<T>(f: impl FnOnce() -> T) -> Result<T> {
    catch_unwind(AssertUnwindSafe(f)).map_err(|panic| {
        let msg = panic
            .downcast_ref::<&str>()
            .map(|s| (*s).to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".to_string());
        anyhow!("internal error (please report it): {msg}")
    })
}

/// An error and its causes on one line, each cause once: library errors often repeat
/// their source in their own message (`a.txt: cannot read: No such file`), and `{:#}`
/// would then say it twice.
pub(crate) fn message(e: &anyhow::Error) -> String {
    let mut msg = String::new();
    for cause in e.chain() {
        let part = cause.to_string();
        if msg.contains(&part) {
            continue;
        }
        if !msg.is_empty() {
            msg.push_str(": ");
        }
        msg.push_str(&part);
    }
    msg
}

/// Resolves a manifest path: absolute as is, relative against the manifest's folder.
pub(crate) fn resolve(base: &Path, path: &str) -> PathBuf {
    let p = Path::new(path);
    if p.is_absolute() {
        p.to_path_buf()
    } else {
        base.join(p)
    }
}

/// The field prefixes of the two sides in a mode (`src`/`tgt`, `old`/`new`).
pub(crate) fn side_names(mode: Mode) -> (&'static str, &'static str) {
    match mode {
        Mode::Align => ("src", "tgt"),
        Mode::Diff => ("old", "new"),
    }
}
