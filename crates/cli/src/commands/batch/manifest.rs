//! The manifest mode: a TSV list of pairs in, one report file per document and one
//! summary line per document out.

use std::fs::File;
use std::io::{self, BufRead, BufReader, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

use alinea::batch::manifest::{count_entries, done_line, read_entries, Entry, ReadSettings};
use alinea::batch::ordered::{self, Emit, Sink};
use alinea::batch::{Outcome as Done, Pair, Worker};
use alinea::report::json::write_pretty;
use alinea::report::render_alignment;
use anyhow::{bail, Context, Result};

use super::{message, progress, BatchArgs, BatchFormat, Job};
use crate::output::{stdout, Output, Stdout};

/// How many error messages are kept for the list at the end; beyond that only a count,
/// so a manifest of a million missing files cannot fill memory with messages.
const KEPT_ERRORS: usize = 100;

/// What happened to one document.
enum Outcome {
    Done(String),
    Skipped(PathBuf),
    Failed(String),
}

/// Runs a manifest.
pub(super) fn run(job: &Job, args: &BatchArgs, format: BatchFormat) -> Result<()> {
    let started = Instant::now();
    let manifest = args.manifest.clone();
    let from_stdin = manifest.as_os_str() == "-";
    let shown = if from_stdin {
        "<stdin>".to_string()
    } else {
        manifest.display().to_string()
    };
    let (input, base): (Box<dyn BufRead + Send>, PathBuf) = if from_stdin {
        (Box::new(BufReader::new(io::stdin())), PathBuf::new())
    } else {
        let file = open(&manifest)?;
        let base = manifest.parent().map(Path::to_path_buf).unwrap_or_default();
        (Box::new(BufReader::new(file)), base)
    };
    if let Some(out) = &args.out {
        std::fs::create_dir_all(out)
            .with_context(|| format!("{}: cannot create the output folder", out.display()))?;
    }
    // A first pass counts the documents for the progress bar (cheap next to the work,
    // and only when a bar is shown).
    let total = if from_stdin || job.quiet || !io::stderr().is_terminal() {
        None
    } else {
        let limit = job.settings.max_bytes_limit();
        let lines = BufReader::new(open(&manifest)?);
        Some(
            count_entries(lines, limit)
                .with_context(|| format!("{shown}: cannot read the manifest"))?,
        )
    };
    let bar = progress(total, job.quiet);

    let mode = job.mode;
    let settings = ReadSettings {
        name: shown.clone(),
        base,
        mode,
        langs: (job.src_lang, job.tgt_lang),
        unique_ids: args.out.is_some(),
        limit: job.settings.max_bytes_limit(),
    };
    let read = move |emit: &mut Emit<'_, Entry>| -> Result<()> {
        read_entries(input, &settings, emit)
            .with_context(|| format!("{}: cannot read the manifest", settings.name))
    };

    if let Some(out) = &args.out {
        remove_stale_partials(out);
    }
    let init = || Worker::new(&job.settings, job.mode).map_err(|e| message(&e.into()));
    let out_dir = args.out.clone();
    let force = args.force;
    let work = |engines: &mut Result<Worker, String>, entry: Entry| -> (Entry, Outcome) {
        let outcome = match (&entry.pair, engines.as_ref()) {
            (Err(e), _) => Outcome::Failed(e.clone()),
            (Ok(_), Err(e)) => Outcome::Failed(e.clone()),
            (Ok(pair), Ok(engines)) => {
                let dest = out_dir
                    .as_ref()
                    .map(|d| d.join(format!("{}.{}", entry.id, format.extension())));
                match dest {
                    Some(d) if !force && d.exists() => Outcome::Skipped(d),
                    dest => process(engines, &entry.id, pair, dest.as_deref(), format)
                        .unwrap_or_else(|e| {
                            Outcome::Failed(format!("{shown}:{}: {}", entry.line, message(&e)))
                        }),
                }
            }
        };
        (entry, outcome)
    };

    let mut sink = Summaries {
        out: stdout(),
        bar: bar.clone(),
        done: 0,
        skipped: 0,
        failed: 0,
        errors: Vec::new(),
    };
    ordered::run(job.threads, job.window, read, init, work, &mut sink)?;
    bar.finish_and_clear();

    let total = sink.done + sink.skipped + sink.failed;
    if !job.quiet {
        let secs = started.elapsed().as_secs_f64();
        eprintln!(
            "alinea: batch {}: {} done, {} skipped, {} failed ({total} documents in {secs:.1} s, {:.1} documents/s)",
            mode.name(),
            sink.done,
            sink.skipped,
            sink.failed,
            total as f64 / secs.max(1e-9),
        );
    }
    if sink.failed > 0 {
        eprintln!("alinea: failed documents:");
        for (id, e) in &sink.errors {
            eprintln!("  [{id}] {e}");
        }
        if sink.failed > sink.errors.len() {
            eprintln!(
                "  … and {} more (every failure has an `error` line on standard output)",
                sink.failed - sink.errors.len()
            );
        }
        bail!("{} of {total} documents failed", sink.failed);
    }
    Ok(())
}

fn open(path: &Path) -> Result<File> {
    if path.is_dir() {
        bail!("{}: is a directory; give a manifest file", path.display());
    }
    File::open(path).with_context(|| format!("{}: cannot open the manifest", path.display()))
}

/// Aligns or compares one pair and writes its report, with the renderers of the single
/// commands (`alinea align --format F`, `alinea diff --format json`).
fn process(
    worker: &Worker,
    id: &str,
    pair: &Pair,
    dest: Option<&Path>,
    format: BatchFormat,
) -> Result<Outcome> {
    let inputs: Vec<&Path> = [pair.a.as_path(), pair.b.as_path()]
        .into_iter()
        .flatten()
        .collect();
    let done = worker.run(pair)?;
    if let Some(dest) = dest {
        let mut out = Output::create(Some(dest), &inputs)?;
        match (&done, format) {
            (Done::Aligned(a), f) => render_alignment(&a.report(), align_format(f), out.writer())?,
            (Done::Compared(c), BatchFormat::Jsonl) => writeln!(out.writer(), "{}", c.to_json())?,
            (Done::Compared(c), _) => write_pretty(out.writer(), &c.to_json())?,
        }
        out.finish()?;
    }
    Ok(Outcome::Done(done_line(id, &done)))
}

/// A run killed with SIGKILL leaves its unfinished reports as `.alinea-*.partial` files
/// (nothing can clean up after SIGKILL); the next run over the same folder removes them.
fn remove_stale_partials(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let name = e.file_name();
        let name = name.to_string_lossy();
        if name.starts_with(".alinea-") && name.ends_with(".partial") {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

fn align_format(f: BatchFormat) -> alinea::report::AlignFormat {
    use alinea::report::AlignFormat;
    match f {
        BatchFormat::Ladder => AlignFormat::Ladder,
        BatchFormat::Tsv => AlignFormat::Tsv,
        BatchFormat::Tmx => AlignFormat::Tmx,
        BatchFormat::Html => AlignFormat::Html,
        BatchFormat::Jsonl | BatchFormat::Json => AlignFormat::Jsonl,
    }
}

/// Prints one summary line per document, in manifest order.
struct Summaries {
    out: io::BufWriter<Stdout>,
    bar: indicatif::ProgressBar,
    done: usize,
    skipped: usize,
    failed: usize,
    errors: Vec<(String, String)>,
}

impl Sink<(Entry, Outcome), anyhow::Error> for Summaries {
    fn put(&mut self, (entry, outcome): (Entry, Outcome)) -> Result<()> {
        let id = &entry.id;
        let line = match outcome {
            Outcome::Done(line) => {
                self.done += 1;
                line
            }
            Outcome::Skipped(dest) => {
                self.skipped += 1;
                format!(
                    "{id}\tskipped\t{} exists (--force rewrites it)",
                    dest.display()
                )
            }
            Outcome::Failed(e) => {
                self.failed += 1;
                let one_line = e.replace(['\n', '\t'], " ");
                if self.errors.len() < KEPT_ERRORS {
                    self.errors.push((id.clone(), one_line.clone()));
                }
                format!("{id}\terror\t{one_line}")
            }
        };
        let out = &mut self.out;
        self.bar
            .suspend(|| writeln!(out, "{line}"))
            .context("cannot write to standard output")?;
        self.bar.inc(1);
        Ok(())
    }

    fn idle(&mut self) -> Result<()> {
        let out = &mut self.out;
        self.bar
            .suspend(|| out.flush())
            .context("cannot write to standard output")
    }
}
