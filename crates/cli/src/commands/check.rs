//! `alinea check`: a translation memory's units through the QA flags.

use alinea::report::{check_summary, render_check, CheckFormat};
use alinea::Input;
use anyhow::{Context, Result};

use crate::args::{CheckArgs, CheckFormatArg};
use crate::output::Output;
use crate::plan;

/// Runs the command: the flagged units to the output, the summary to standard error.
pub fn run(args: &CheckArgs, max_bytes: u64, quiet: bool) -> Result<()> {
    let mut settings = plan::settings(&args.langs, max_bytes)?;
    settings.builtin_lexicon(!args.lexicon.no_builtin_lexicon);
    let engine = settings.build()?;
    let checked = engine.check(&Input::path(&args.file))?;
    let format = match args.format {
        CheckFormatArg::Tsv => CheckFormat::Tsv,
        CheckFormatArg::Jsonl => CheckFormat::Jsonl,
        CheckFormatArg::Html => CheckFormat::Html,
    };
    let mut out = Output::create(args.output.as_deref(), &[args.file.as_path()])?;
    render_check(&checked.report(), format, out.writer()).context("cannot write the report")?;
    out.finish()?;
    if !quiet {
        eprintln!("alinea: {}", check_summary(&checked.report()));
    }
    Ok(())
}
