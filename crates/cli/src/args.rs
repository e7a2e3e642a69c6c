//! Command-line arguments: what the user can type, mirrored one to one.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// alinea: segment, detect, align and compare multilingual documents.
#[derive(Debug, Parser)]
#[command(name = "alinea", version, about, propagate_version = true)]
#[command(
    after_help = "Exit status: 0 success, 1 failure (bad input, I/O error), 2 usage error.\n\nExamples:\n  alinea demo\n  alinea segment report.txt --format jsonl -o report.jsonl\n  alinea detect havana.txt\n  alinea align ru.txt en.txt --format tmx -o pair.tmx"
)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
    /// Print nothing but errors.
    #[arg(short, long, global = true)]
    pub quiet: bool,
    /// Print more about what is being done.
    #[arg(short, long, global = true, conflicts_with = "quiet")]
    pub verbose: bool,
    /// Refuse inputs larger than this many bytes.
    #[arg(long, global = true, default_value_t = alinea::text::read::DEFAULT_MAX_BYTES, value_name = "N")]
    pub max_bytes: u64,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Cut a document into paragraphs and sentences.
    #[command(
        after_help = "Examples:\n  alinea segment A_RES_75_240.txt\n  alinea segment report.txt --lang fr --format jsonl -o report.jsonl\n  cat doc.txt | alinea segment -"
    )]
    Segment(SegmentArgs),
    /// Tell which languages a document is written in.
    #[command(
        after_help = "Examples:\n  alinea detect havana.txt            # ru 1-129 0.99 / en 130-252 0.99\n  alinea detect --each-line lines.txt --languages en,fr,es,pt,ca"
    )]
    Detect(DetectArgs),
    /// Align two translations, sentence by sentence.
    #[command(
        after_help = "Examples:\n  alinea align ru.txt en.txt --format tmx -o pair.tmx\n  alinea align havana.txt --format html -o havana.html   # one file, two languages\n  alinea align src.txt tgt.txt --presplit --format ladder   # one sentence per line"
    )]
    Align(AlignArgs),
    /// Align or compare many document pairs listed in a manifest, in parallel.
    #[command(
        after_help = "Examples:\n  alinea batch align pairs.tsv --out results/\n  alinea batch align --jsonl - < records.jsonl > results.jsonl"
    )]
    Batch(crate::commands::batch::BatchArgs),
    /// Check an existing translation memory (TMX, XLIFF): numbers, untranslated, length, language, misaligned units.
    #[command(
        after_help = "Examples:\n  alinea check memory.tmx                  # flagged units as TSV, summary on stderr\n  alinea check project.xlf --format html -o check.html"
    )]
    Check(CheckArgs),
    /// Compare two versions of one text: paragraphs added, deleted, modified, moved, split, merged.
    #[command(
        after_help = "Examples:\n  alinea diff A-RES-71-28.txt A-RES-73-27.txt --format html -o changes.html\n  alinea diff old.txt new.txt --format json\n  alinea diff resolution_ar.txt draft_zh.txt   # different languages: cross-language comparison"
    )]
    Diff(DiffArgs),
    /// Follow every paragraph through a series of versions, oldest first.
    #[command(
        after_help = "Example:\n  alinea history A-RES-53-70.txt A-RES-71-28.txt A-RES-73-27.txt --format md"
    )]
    History(HistoryArgs),
    /// Score alinea against gold data.
    #[command(subcommand)]
    Eval(EvalCommand),
    /// Run the whole tool on the embedded demo corpus and write reports.
    #[command(after_help = "Example:\n  alinea demo --out ./alinea-demo")]
    Demo(DemoArgs),
}

impl Command {
    /// The subcommand's name, for messages.
    pub fn name(&self) -> &'static str {
        match self {
            Command::Segment(_) => "segment",
            Command::Detect(_) => "detect",
            Command::Align(_) => "align",
            Command::Diff(_) => "diff",
            Command::History(_) => "history",
            Command::Batch(_) => "batch",
            Command::Check(_) => "check",
            Command::Eval(_) => "eval",
            Command::Demo(_) => "demo",
        }
    }
}

/// `--languages`: shared by every command that detects languages.
#[derive(Debug, Clone, Args)]
pub struct LangFlags {
    /// Languages the detector may choose from (comma-separated ISO 639-1 codes);
    /// default: every language it knows.
    #[arg(long, value_name = "LIST")]
    pub languages: Option<String>,
}

/// `--no-builtin-lexicon`: shared by the commands that align or check translations.
#[derive(Debug, Clone, Args)]
pub struct LexiconFlag {
    /// Learn the lexicon from the documents alone, without the built-in lexicon of the
    /// language pair (Chinese or Japanese with English, from CC-CEDICT).
    #[arg(long)]
    pub no_builtin_lexicon: bool,
}

/// `--src-lang` / `--tgt-lang`: shared by `align` and `batch`.
#[derive(Debug, Clone, Args)]
pub struct PairLangFlags {
    /// Source language (ISO 639-1); detected per document when absent.
    #[arg(long, value_name = "CODE")]
    pub src_lang: Option<String>,
    /// Target language (ISO 639-1); detected per document when absent.
    #[arg(long, value_name = "CODE")]
    pub tgt_lang: Option<String>,
}

/// `-o/--output`: shared by every command that writes one report.
#[derive(Debug, Clone, Args)]
pub struct OutputFlag {
    /// Output file (`-` or absent: standard output).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// `--threads`: shared by the commands that run in parallel.
#[derive(Debug, Clone, Args)]
pub struct ThreadsFlag {
    /// Worker threads (default: all cores).
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,
}

/// `alinea segment`.
#[derive(Debug, Args)]
pub struct SegmentArgs {
    /// The document (`-` reads standard input).
    pub file: PathBuf,
    /// The document's language (ISO 639-1); detected per paragraph when absent.
    #[arg(long, value_name = "CODE")]
    pub lang: Option<String>,
    #[command(flatten)]
    pub langs: LangFlags,
    /// Output format.
    #[arg(long, value_enum, default_value_t = SegmentFormat::Text)]
    pub format: SegmentFormat,
    #[command(flatten)]
    pub out: OutputFlag,
}

/// Output formats of `segment` and `detect`.
#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum SegmentFormat {
    /// One sentence (or run, or line) per line, a blank line between paragraphs.
    Text,
    /// One JSON object per sentence (or run, or line).
    Jsonl,
}

/// `alinea detect`.
#[derive(Debug, Args)]
pub struct DetectArgs {
    /// The document (`-` reads standard input).
    pub file: PathBuf,
    #[command(flatten)]
    pub langs: LangFlags,
    /// One language code and confidence per input line instead of runs (`und` where unsure).
    #[arg(long)]
    pub each_line: bool,
    /// Output format: `text` (`ru 1-129 0.99`, or `fr 0.93` per line) or `jsonl`.
    #[arg(long, value_enum, default_value_t = SegmentFormat::Text)]
    pub format: SegmentFormat,
    #[command(flatten)]
    pub out: OutputFlag,
}

/// `alinea eval …`.
#[derive(Debug, Subcommand)]
pub enum EvalCommand {
    /// Sentence-boundary P/R/F1 on gold folders holding text.txt and gold.txt.
    #[command(
        after_help = "Example:\n  alinea eval segment --gold ../shared/data/segment --pred-dir target/seg-pred"
    )]
    Segment(SegmentEvalArgs),
    /// Language-identification accuracy on a `lang<TAB>sentence` file.
    #[command(
        after_help = "Example:\n  alinea eval langid ../shared/data/langid/dev.tsv --languages en,fr,es,ru,zh,ar,fa,uk,bg,pt,ur,ja,ca"
    )]
    Langid(LangidEvalArgs),
}

/// `alinea eval segment`.
#[derive(Debug, Args)]
pub struct SegmentEvalArgs {
    /// A gold folder, or a folder of them (one per language, named by its code).
    #[arg(long)]
    pub gold: PathBuf,
    /// Also write each set's predicted sentences here, one per line, for external scorers.
    #[arg(long, value_name = "DIR")]
    pub pred_dir: Option<PathBuf>,
}

/// `alinea eval langid`.
#[derive(Debug, Args)]
pub struct LangidEvalArgs {
    /// The `lang<TAB>text[<TAB>sentence|short]` file.
    pub file: PathBuf,
    /// Score the even (tuning) or odd (held-out) lines only: `all`, `even` or `odd`.
    #[arg(long, value_name = "HALF")]
    pub half: Option<String>,
    #[command(flatten)]
    pub langs: LangFlags,
}

/// `alinea demo`.
#[derive(Debug, Args)]
pub struct DemoArgs {
    /// Where to write the reports.
    #[arg(long, default_value = "alinea-demo")]
    pub out: PathBuf,
}

/// `alinea align`.
#[derive(Debug, Args)]
pub struct AlignArgs {
    /// Source and target files, or one file holding both languages.
    #[arg(required = true, num_args = 1..=2, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    #[command(flatten)]
    pub pair: PairLangFlags,
    #[command(flatten)]
    pub langs: LangFlags,
    /// Inputs are already one sentence per line; indices are 0-based line numbers.
    #[arg(long)]
    pub presplit: bool,
    /// Output format.
    #[arg(long, value_enum, default_value_t = AlignFormatArg::Ladder)]
    pub format: AlignFormatArg,
    #[command(flatten)]
    pub out: OutputFlag,
    #[command(flatten)]
    pub threads: ThreadsFlag,
    /// Leave pairs scoring below X (0–1) out of TMX and TSV output, and say how many.
    #[arg(long, value_name = "X")]
    pub min_score: Option<f32>,
    /// A user dictionary, `source<TAB>target` per line.
    #[arg(long, value_name = "FILE")]
    pub dict: Option<PathBuf>,
    #[command(flatten)]
    pub lexicon: LexiconFlag,
}

/// Output formats of `align`.
#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum AlignFormatArg {
    /// `[i, j]:[k]:score`, one bead per line.
    Ladder,
    /// The ladder with each flagged bead's flags as a fourth field (`:omission`).
    LadderFlags,
    /// One JSON object per bead.
    Jsonl,
    /// Tab-separated sentence pairs.
    Tsv,
    /// TMX 1.4b translation memory.
    Tmx,
    /// A self-contained HTML page.
    Html,
}

/// `alinea check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The translation memory (TMX 1.4, XLIFF 1.2 or 2.0).
    pub file: PathBuf,
    /// Output format of the flagged units.
    #[arg(long, value_enum, default_value_t = CheckFormatArg::Tsv)]
    pub format: CheckFormatArg,
    /// Output file (`-` or absent: standard output).
    #[arg(short, long, visible_alias = "out", value_name = "FILE")]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub langs: LangFlags,
    #[command(flatten)]
    pub lexicon: LexiconFlag,
}

/// Output formats of `check`.
#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum CheckFormatArg {
    /// Tab-separated, with a header row.
    Tsv,
    /// One JSON object per flagged unit.
    Jsonl,
    /// A self-contained HTML page.
    Html,
}

/// `alinea diff`.
#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The older version.
    pub old: PathBuf,
    /// The newer version.
    pub new: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
    pub format: DiffFormat,
    #[command(flatten)]
    pub out: OutputFlag,
    #[command(flatten)]
    pub langs: LangFlags,
}

/// `alinea history`.
#[derive(Debug, Args)]
pub struct HistoryArgs {
    /// The versions, oldest first.
    #[arg(required = true, num_args = 2.., value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = DiffFormat::Md)]
    pub format: DiffFormat,
    #[command(flatten)]
    pub out: OutputFlag,
    #[command(flatten)]
    pub langs: LangFlags,
}

/// Output formats of `diff` and `history`.
#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    /// Stable JSON (documented in the README).
    Json,
    /// Markdown.
    Md,
    /// Plain text (coloured on a terminal unless NO_COLOR is set).
    Text,
    /// The wdiff notation `[-old-]{+new+}`, never coloured.
    Wdiff,
    /// One self-contained HTML page.
    Html,
    /// One HTML page with the two versions in two columns (diff only; other commands
    /// write their HTML page).
    SideBySide,
    /// A Word document of the new version with tracked changes (diff of one language
    /// only).
    Docx,
}
