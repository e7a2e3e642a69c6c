//! `alinea diff` and `alinea history`: version comparison of two files, and the history of
//! a series, as JSON, Markdown, text or HTML. The library decides between a diff and a
//! cross-language comparison; this renders what it found.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use alinea::report::json::write_pretty;
use alinea::report::{
    render_cross_html, render_cross_text, render_diff_docx, render_diff_html,
    render_diff_side_by_side, render_diff_text, render_history_html, render_history_text,
    TextStyle,
};
use alinea::{Comparison, Input};
use anyhow::{bail, Result};

use crate::args::{DiffArgs, DiffFormat, HistoryArgs};
use crate::output::Output;
use crate::plan;

/// Text style for `text` and `md`: colours only on a terminal, and never with `NO_COLOR`.
fn text_style(format: DiffFormat, output: Option<&Path>) -> TextStyle {
    match format {
        DiffFormat::Md => TextStyle::Markdown,
        DiffFormat::Wdiff => TextStyle::Plain,
        _ => {
            let to_stdout = output.is_none_or(|p| p.as_os_str() == "-");
            let colour = to_stdout
                && std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none();
            if colour {
                TextStyle::Color
            } else {
                TextStyle::Plain
            }
        }
    }
}

/// Compares two versions of one text and writes the report.
pub fn run_diff(args: &DiffArgs, max_bytes: u64) -> Result<()> {
    let engine = plan::engine(&args.langs, max_bytes)?;
    let compared = engine.compare(&Input::path(&args.old), &Input::path(&args.new))?;
    if args.format == DiffFormat::Docx && compared.diff_report().is_none() {
        bail!(
            "--format docx needs two versions in one language ({} is {}, {} is {})",
            compared.old.name(),
            compared.old_lang,
            compared.new.name(),
            compared.new_lang
        );
    }
    let output = args.out.output.as_deref();
    let mut out = Output::create(output, &[&args.old, &args.new])?;
    let w = out.writer();
    match (&compared.comparison, args.format) {
        (_, DiffFormat::Json) => write_pretty(w, &compared.to_json())?,
        (Comparison::Diff(_), f) => {
            let r = compared.diff_report().expect("a diff");
            match f {
                DiffFormat::Html => render_diff_html(&r, w)?,
                DiffFormat::SideBySide => render_diff_side_by_side(&r, w)?,
                DiffFormat::Docx => render_diff_docx(&r, w)?,
                f => render_diff_text(&r, text_style(f, output), w)?,
            }
        }
        (Comparison::CrossLanguage(_), f) => {
            let r = compared
                .cross_report()
                .expect("a cross-language comparison");
            match f {
                DiffFormat::Html | DiffFormat::SideBySide => render_cross_html(&r, w)?,
                f => render_cross_text(&r, text_style(f, output), w)?,
            }
        }
    }
    out.finish()
}

/// Follows every paragraph through a series of versions (oldest first) and writes the
/// history.
pub fn run_history(args: &HistoryArgs, max_bytes: u64) -> Result<()> {
    if args.format == DiffFormat::Docx {
        bail!("--format docx is for `alinea diff` of two versions");
    }
    let engine = plan::engine(&args.langs, max_bytes)?;
    let inputs: Vec<Input> = args.files.iter().map(Input::path).collect();
    let series = engine.history(&inputs)?;
    let paths: Vec<&Path> = args.files.iter().map(PathBuf::as_path).collect();
    let output = args.out.output.as_deref();
    let mut out = Output::create(output, &paths)?;
    let report = series.report();
    match args.format {
        DiffFormat::Json => write_pretty(out.writer(), &series.to_json())?,
        DiffFormat::Html | DiffFormat::SideBySide => render_history_html(&report, out.writer())?,
        f => render_history_text(&report, text_style(f, output), out.writer())?,
    }
    out.finish()
}
