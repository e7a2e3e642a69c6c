//! `alinea batch align|diff`: many document pairs at once, in parallel across documents.
//!
//! The modes, the manifest format and the record and result schemas are documented on
//! `alinea::batch`, where they are implemented.

mod manifest;
mod stream;

use std::io::IsTerminal;
use std::path::PathBuf;

use alinea::batch::Mode as LibMode;
use alinea::{EngineBuilder, Lang};
use anyhow::{bail, Result};
use clap::{Args, ValueEnum};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::args::{LangFlags, LexiconFlag, PairLangFlags, ThreadsFlag};
use crate::plan;

/// `alinea batch`.
#[derive(Debug, Args)]
#[command(
    after_help = "Manifest: one pair per line, SRC<TAB>TGT[<TAB>ID] (diff: OLD<TAB>NEW[<TAB>ID]); # comments.\nRecords (--jsonl): {\"id\":…, \"src_text\"|\"src_path\":…, \"tgt_text\"|\"tgt_path\":…, \"src_lang\"?, \"tgt_lang\"?}\n  (diff: old_text|old_path, new_text|new_path); one JSON result per input line, in order.\n\nExit status: 1 if any manifest document failed; with --jsonl errors are in the results.\n\nExamples:\n  alinea batch align pairs.tsv --out results/ --format tmx\n  alinea batch diff versions.tsv --out diffs/ --threads 4\n  alinea batch align --jsonl - < records.jsonl > results.jsonl"
)]
pub struct BatchArgs {
    /// `align` translations, or `diff` versions.
    #[arg(value_enum)]
    pub mode: Mode,
    /// The manifest (TSV), or with --jsonl the records file; `-` reads standard input.
    #[arg(value_name = "MANIFEST")]
    pub manifest: PathBuf,
    /// Read JSON records (one per line) and write one JSON result per line to standard
    /// output, in input order.
    #[arg(long)]
    pub jsonl: bool,
    /// Write one report per document here, named `<ID>.<format>`.
    #[arg(long, value_name = "DIR", conflicts_with = "jsonl")]
    pub out: Option<PathBuf>,
    /// Report format (align: jsonl, ladder, tsv, tmx, html; diff: json, jsonl).
    /// Default: jsonl for align, json for diff.
    #[arg(long, value_enum, conflicts_with = "jsonl")]
    pub format: Option<BatchFormat>,
    /// Rewrite reports that already exist (by default they are skipped).
    #[arg(long, conflicts_with = "jsonl")]
    pub force: bool,
    /// Documents processed at once (default: all cores; each document uses one thread).
    #[command(flatten)]
    pub threads: ThreadsFlag,
    /// Documents in flight at most, read but not yet written (default: 4 per thread).
    #[arg(long, value_name = "N")]
    pub window: Option<usize>,
    #[command(flatten)]
    pub pair: PairLangFlags,
    #[command(flatten)]
    pub langs: LangFlags,
    #[command(flatten)]
    pub lexicon: LexiconFlag,
    /// With --jsonl: leave the beads (align) or changes (diff) out of each result.
    #[arg(long, requires = "jsonl")]
    pub summary_only: bool,
}

/// What a batch does to each pair.
#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum Mode {
    /// Align a translation pair, sentence by sentence.
    Align,
    /// Compare an old and a new version of one text.
    Diff,
}

impl From<Mode> for LibMode {
    fn from(m: Mode) -> LibMode {
        match m {
            Mode::Align => LibMode::Align,
            Mode::Diff => LibMode::Diff,
        }
    }
}

/// Report formats of `batch`.
#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum BatchFormat {
    /// One JSON object per bead (align), or the diff on one line (diff).
    Jsonl,
    /// `[i, j]:[k]:score`, one bead per line (align).
    Ladder,
    /// Tab-separated sentence pairs (align).
    Tsv,
    /// TMX 1.4b translation memory (align).
    Tmx,
    /// A self-contained HTML page (align).
    Html,
    /// The diff as pretty-printed JSON, as `alinea diff --format json` (diff).
    Json,
}

impl BatchFormat {
    fn extension(self) -> &'static str {
        match self {
            BatchFormat::Jsonl => "jsonl",
            BatchFormat::Ladder => "ladder",
            BatchFormat::Tsv => "tsv",
            BatchFormat::Tmx => "tmx",
            BatchFormat::Html => "html",
            BatchFormat::Json => "json",
        }
    }
}

/// Runs the command.
pub fn run(args: &BatchArgs, max_bytes: u64, quiet: bool) -> Result<()> {
    // Check everything a user typed before reading any input.
    let mut settings = plan::settings(&args.langs, max_bytes)?;
    settings.builtin_lexicon(!args.lexicon.no_builtin_lexicon);
    let src_lang = plan::lang(args.pair.src_lang.as_deref())?;
    let tgt_lang = plan::lang(args.pair.tgt_lang.as_deref())?;
    if args.mode == Mode::Diff && (src_lang.is_some() || tgt_lang.is_some()) {
        bail!("--src-lang and --tgt-lang are for batch align; diff does not need languages");
    }
    let format = match (args.mode, args.format) {
        (Mode::Align, None) => BatchFormat::Jsonl,
        (Mode::Diff, None) => BatchFormat::Json,
        (Mode::Align, Some(BatchFormat::Json)) => {
            bail!("batch align writes jsonl, ladder, tsv, tmx or html; json is for batch diff")
        }
        (Mode::Diff, Some(f @ (BatchFormat::Json | BatchFormat::Jsonl))) => f,
        (Mode::Diff, Some(f)) => bail!(
            "batch diff writes json or jsonl; {} is for batch align",
            f.extension()
        ),
        (Mode::Align, Some(f)) => f,
    };
    let threads = match args.threads.threads {
        Some(0) => bail!("--threads must be at least 1"),
        Some(n) => n,
        None => std::thread::available_parallelism().map_or(1, |n| n.get()),
    };
    let window = match args.window {
        Some(0) => bail!("--window must be at least 1"),
        Some(n) => n,
        None => threads * 4,
    };
    let job = Job {
        settings,
        mode: args.mode.into(),
        src_lang,
        tgt_lang,
        threads,
        window,
        quiet,
    };
    if args.jsonl {
        stream::run(&job, &args.manifest, args.summary_only)
    } else {
        manifest::run(&job, args, format)
    }
}

/// What both modes need to know.
struct Job {
    settings: EngineBuilder,
    mode: LibMode,
    src_lang: Option<Lang>,
    tgt_lang: Option<Lang>,
    threads: usize,
    window: usize,
    quiet: bool,
}

/// An error and its causes on one line, each cause once: library errors often repeat
/// their source in their own message (`a.txt: cannot read: No such file`), and `{:#}`
/// would then say it twice.
fn message(e: &anyhow::Error) -> String {
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

/// A progress bar on standard error, drawn only when it is a terminal and not `--quiet`.
fn progress(total: Option<u64>, quiet: bool) -> ProgressBar {
    if quiet || !std::io::stderr().is_terminal() {
        return ProgressBar::with_draw_target(total, ProgressDrawTarget::hidden());
    }
    let bar = ProgressBar::with_draw_target(total, ProgressDrawTarget::stderr());
    let style = match total {
        Some(_) => ProgressStyle::with_template(
            "{spinner} [{elapsed_precise}] {wide_bar} {pos}/{len} documents, {per_sec}, eta {eta}",
        ),
        None => {
            ProgressStyle::with_template("{spinner} [{elapsed_precise}] {pos} documents, {per_sec}")
        }
    };
    if let Ok(style) = style {
        bar.set_style(style);
    }
    bar
}
