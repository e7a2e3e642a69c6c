//! The manifest mode: a TSV list of pairs in, one report file per document and one
//! summary line per document out.

use std::collections::hash_map::DefaultHasher;
use std::collections::HashMap;
use std::fs::File;
use std::hash::{Hash, Hasher};
use std::io::{self, BufRead, BufReader, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, Context, Result};

use super::lines::{Line, LineReader};
use super::ordered::{self, Emit, Sink};
use super::work::{message, resolve, Engines, Input, Pair};
use super::{progress, BatchArgs, BatchFormat, Job, Mode};
use crate::commands::align::write_report;
use crate::output::Output;

/// How many error messages are kept for the list at the end; beyond that only a count,
/// so a manifest of a million missing files cannot fill memory with messages.
const KEPT_ERRORS: usize = 100;

/// One manifest entry, as read.
struct Entry {
    /// 1-based line number.
    line: u64,
    /// The ID, or `-` when the line could not be parsed far enough to find one.
    id: String,
    /// The pair, or why the line is unusable.
    pair: Result<Pair, String>,
}

/// Figures of one aligned document.
struct AlignFigures {
    src_sentences: usize,
    tgt_sentences: usize,
    beads: usize,
    src_coverage: f32,
    tgt_coverage: f32,
    mean_confidence: f32,
    flagged: usize,
}

/// What happened to one document.
enum Outcome {
    Aligned(AlignFigures),
    Diffed(alinea_diff::Summary),
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
        Some(count_entries(&manifest, job.settings.max_bytes)?)
    };
    let bar = progress(total, job.quiet);

    let mode = job.settings.mode;
    let (src_lang, tgt_lang) = (job.src_lang, job.tgt_lang);
    let check_duplicates = args.out.is_some();
    let limit = job.settings.max_bytes;
    let name = shown.clone();
    let read = move |emit: &mut Emit<'_, Entry>| -> Result<()> {
        let mut lines = LineReader::new(input, limit);
        let mut seen: HashMap<u64, u64> = HashMap::new();
        let mut n = 0u64;
        while let Some(line) = lines
            .next_line()
            .with_context(|| format!("{name}: cannot read the manifest"))?
        {
            n += 1;
            let Some(mut entry) = parse_line(&line, n, &base, mode) else {
                continue;
            };
            entry.pair = entry.pair.map_err(|e| format!("{name}:{n}: {e}"));
            if let Ok(pair) = &mut entry.pair {
                pair.a_lang = src_lang;
                pair.b_lang = tgt_lang;
                if check_duplicates {
                    let mut h = DefaultHasher::new();
                    entry.id.hash(&mut h);
                    if let Some(first) = seen.insert(h.finish(), n) {
                        entry.pair = Err(format!(
                            "{name}:{n}: duplicate ID {:?} (also on line {first}); IDs name the output files",
                            entry.id
                        ));
                    }
                }
            }
            if !emit(entry) {
                break;
            }
        }
        Ok(())
    };

    let settings = job.settings.clone();
    let init = || Engines::new(&settings).map_err(|e| message(&e));
    let out_dir = args.out.clone();
    let force = args.force;
    let work = |engines: &mut Result<Engines, String>, entry: Entry| -> (Entry, Outcome) {
        let outcome = match (&entry.pair, engines.as_ref()) {
            (Err(e), _) => Outcome::Failed(e.clone()),
            (Ok(_), Err(e)) => Outcome::Failed(e.clone()),
            (Ok(pair), Ok(engines)) => {
                let dest = out_dir
                    .as_ref()
                    .map(|d| d.join(format!("{}.{}", entry.id, format.extension())));
                match dest {
                    Some(d) if !force && d.exists() => Outcome::Skipped(d),
                    dest => process(engines, pair, dest.as_deref(), format).unwrap_or_else(|e| {
                        Outcome::Failed(format!("{shown}:{}: {}", entry.line, message(&e)))
                    }),
                }
            }
        };
        (entry, outcome)
    };

    let mut sink = Summaries {
        out: io::BufWriter::new(io::stdout()),
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

/// Counts the entries of a manifest file (lines that are neither blank nor comments).
fn count_entries(path: &Path, limit: u64) -> Result<u64> {
    let mut lines = LineReader::new(BufReader::new(open(path)?), limit);
    let mut n = 0;
    while let Some(line) = lines
        .next_line()
        .with_context(|| format!("{}: cannot read the manifest", path.display()))?
    {
        if let Line::Bytes(b) = &line {
            let t = b.trim_ascii();
            if t.is_empty() || t.starts_with(b"#") {
                continue;
            }
        }
        n += 1;
    }
    Ok(n)
}

/// Parses one manifest line; `None` for blank and comment lines. Errors carry no
/// location yet (the caller adds `manifest:line:`).
fn parse_line(line: &Line, n: u64, base: &Path, mode: Mode) -> Option<Entry> {
    let fail = |id: &str, e: String| {
        Some(Entry {
            line: n,
            id: id.to_string(),
            pair: Err(e),
        })
    };
    let bytes = match line {
        Line::TooLong(len) => {
            return fail(
                "-",
                format!("line of {len} bytes is too long (--max-bytes); is this a manifest?"),
            )
        }
        Line::Bytes(b) => b,
    };
    let Ok(text) = std::str::from_utf8(bytes) else {
        return fail("-", "not UTF-8 text".to_string());
    };
    let t = text.trim();
    if t.is_empty() || t.starts_with('#') {
        return None;
    }
    let fields: Vec<&str> = text.split('\t').map(str::trim).collect();
    let (a_name, b_name) = match mode {
        Mode::Align => ("SRC", "TGT"),
        Mode::Diff => ("OLD", "NEW"),
    };
    let expected = format!("expected {a_name}<TAB>{b_name}[<TAB>ID]");
    let (a, b, id) = match fields.as_slice() {
        [a, b] => (*a, *b, None),
        [a, b, id] => (*a, *b, Some(*id)),
        [_] => {
            return fail(
                "-",
                format!("{expected}, found one field (are the fields separated by tabs?)"),
            )
        }
        more => return fail("-", format!("{expected}, found {} fields", more.len())),
    };
    let id_shown = id.unwrap_or("-");
    if a.is_empty() || b.is_empty() {
        let which = if a.is_empty() { a_name } else { b_name };
        return fail(id_shown, format!("{expected}: {which} is empty"));
    }
    let id = match id {
        Some(id) => id.to_string(),
        None => {
            let stem = Path::new(a)
                .file_stem()
                .map_or_else(|| "doc".into(), |s| s.to_string_lossy().into_owned());
            format!("{stem}-{n}")
        }
    };
    if let Err(e) = check_id(&id) {
        return fail(id_shown, e);
    }
    Some(Entry {
        line: n,
        id,
        pair: Ok(Pair {
            a: Input::Path(resolve(base, a)),
            b: Input::Path(resolve(base, b)),
            a_lang: None,
            b_lang: None,
        }),
    })
}

/// IDs become file names: refuse what would escape the output folder or hide the file.
fn check_id(id: &str) -> Result<(), String> {
    if id.is_empty() {
        return Err("the ID is empty".to_string());
    }
    if id.contains(['/', '\\', '\0']) || id.starts_with('.') {
        return Err(format!(
            "ID {id:?} cannot be a file name (no `/`, `\\`, or leading `.`)"
        ));
    }
    Ok(())
}

/// Aligns or compares one pair and writes its report.
fn process(
    engines: &Engines,
    pair: &Pair,
    dest: Option<&Path>,
    format: BatchFormat,
) -> Result<Outcome> {
    let inputs: Vec<&Path> = [pair.a.path(), pair.b.path()]
        .into_iter()
        .flatten()
        .collect();
    match engines_mode(engines, pair)? {
        Done::Aligned(src, tgt, alignment) => {
            if let Some(dest) = dest {
                let mut out = Output::create(Some(dest), &inputs)?;
                write_report(&src, &tgt, &alignment, align_format(format), out.writer())?;
                out.finish()?;
            }
            let s = alignment.summary();
            Ok(Outcome::Aligned(AlignFigures {
                src_sentences: src.sentences.len(),
                tgt_sentences: tgt.sentences.len(),
                beads: alignment.beads().len(),
                src_coverage: s.src_coverage(),
                tgt_coverage: s.tgt_coverage(),
                mean_confidence: s.mean_confidence(),
                flagged: s.flagged(),
            }))
        }
        Done::Diffed(diff) => {
            if let Some(dest) = dest {
                let mut out = Output::create(Some(dest), &inputs)?;
                if format == BatchFormat::Jsonl {
                    serde_json::to_writer(&mut *out.writer(), &diff)?;
                } else {
                    serde_json::to_writer_pretty(&mut *out.writer(), &diff)?;
                }
                writeln!(out.writer())?;
                out.finish()?;
            }
            Ok(Outcome::Diffed(diff.summary))
        }
    }
}

enum Done {
    Aligned(
        crate::commands::align::Side,
        crate::commands::align::Side,
        alinea_align::Alignment,
    ),
    Diffed(alinea_diff::Diff),
}

fn engines_mode(engines: &Engines, pair: &Pair) -> Result<Done> {
    Ok(match engines.mode() {
        Mode::Align => {
            let (s, t, a) = engines.align(pair)?;
            Done::Aligned(s, t, a)
        }
        Mode::Diff => Done::Diffed(engines.diff(pair)?),
    })
}

fn align_format(f: BatchFormat) -> alinea_report::AlignFormat {
    use alinea_report::AlignFormat;
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
    out: io::BufWriter<io::Stdout>,
    bar: indicatif::ProgressBar,
    done: usize,
    skipped: usize,
    failed: usize,
    errors: Vec<(String, String)>,
}

impl Sink<(Entry, Outcome)> for Summaries {
    fn put(&mut self, (entry, outcome): (Entry, Outcome)) -> Result<()> {
        let id = &entry.id;
        let line = match outcome {
            Outcome::Aligned(f) => {
                self.done += 1;
                format!(
                    "{id}\tok\tsentences={}/{}\tbeads={}\tcoverage={:.3}/{:.3}\tconfidence={:.3}\tflagged={}",
                    f.src_sentences,
                    f.tgt_sentences,
                    f.beads,
                    f.src_coverage,
                    f.tgt_coverage,
                    f.mean_confidence,
                    f.flagged
                )
            }
            Outcome::Diffed(s) => {
                self.done += 1;
                format!(
                    "{id}\tok\tparagraphs={}/{}\tunchanged={}\tmodified={}\tadded={}\tdeleted={}\tmoved={}\tsplit={}\tmerged={}\tchange_ratio={:.3}",
                    s.old_paragraphs,
                    s.new_paragraphs,
                    s.unchanged,
                    s.modified,
                    s.added,
                    s.deleted,
                    s.moved,
                    s.split,
                    s.merged,
                    s.change_ratio
                )
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
