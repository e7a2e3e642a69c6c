//! `alinea diff` and `alinea history`: version comparison of two files, and the history of
//! a series, as JSON, Markdown, text or HTML. Versions in two different languages get a
//! cross-language comparison instead of a word diff, and say so.
//!
//! JSON is the `alinea-diff` data model pretty-printed: `{"comparison": "diff", "summary":
//! {...}, "changes": [{"kind", "old", "new", "old_label", "new_label", "renumbered",
//! "similarity", "edits": [{"op", "old_span", "new_span", "old_text", "new_text"}]}]}`;
//! a history is `{"versions", "files", "lineages", "transitions"}`; a cross-language
//! comparison is `{"comparison": "cross-language", "summary", "pairs",
//! "document_anchors_added", "document_anchors_removed"}`.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use alinea_align::Aligner;
use alinea_diff::{compare_across_languages, DiffError, Differ};
use alinea_report::{
    render_cross_html, render_cross_text, render_diff_docx, render_diff_html,
    render_diff_side_by_side, render_diff_text, render_history_html, render_history_text,
    CrossReport, DiffReport, HistoryReport, TextStyle,
};
use alinea_text::{Document, Lang};
use anyhow::{bail, Context, Result};

use crate::args::{DiffArgs, DiffFormat, HistoryArgs};
use crate::output::Output;
use crate::pipeline::{detector_for, Analyzer};

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

fn load(analyzer: &Analyzer, path: &Path) -> Result<(Document, Lang)> {
    let doc = analyzer.analyze_path(path)?;
    let lang = analyzer.main_language(&doc, &path.display().to_string())?;
    Ok((doc, lang))
}

/// Compares two versions of one text and writes the report.
pub fn run_diff(args: &DiffArgs, max_bytes: u64) -> Result<()> {
    let analyzer = Analyzer::new(detector_for(args.languages.as_deref())?, None, max_bytes);
    let (old, old_lang) = load(&analyzer, &args.old)?;
    let (new, new_lang) = load(&analyzer, &args.new)?;
    let names = (
        args.old.display().to_string(),
        args.new.display().to_string(),
    );
    let mut out = Output::create(args.output.as_deref(), &[&args.old, &args.new])?;
    if old_lang != new_lang {
        let aligner = Aligner::builder().build()?;
        let cross = compare_across_languages(&aligner, &old, old_lang, &new, new_lang)
            .with_context(|| format!("cannot compare {} with {}", names.0, names.1))?;
        let report = CrossReport {
            old_name: &names.0,
            new_name: &names.1,
            old: &old,
            new: &new,
            old_lang,
            new_lang,
            cross: &cross,
        };
        match args.format {
            DiffFormat::Json => write_json(out.writer(), &cross)?,
            DiffFormat::Html | DiffFormat::SideBySide => render_cross_html(&report, out.writer())?,
            DiffFormat::Docx => bail!(
                "--format docx needs two versions in one language ({} is {}, {} is {})",
                names.0,
                old_lang,
                names.1,
                new_lang
            ),
            f => render_cross_text(&report, text_style(f, args.output.as_deref()), out.writer())?,
        }
        return out.finish();
    }
    let diff = Differ::default()
        .diff(&old, &new)
        .map_err(|e| name_version(e, &[args.old.clone(), args.new.clone()]))?;
    let report = DiffReport {
        old_name: &names.0,
        new_name: &names.1,
        old: &old,
        new: &new,
        lang: Some(old_lang),
        diff: &diff,
    };
    match args.format {
        DiffFormat::Json => {
            let mut value = serde_json::to_value(&diff)?;
            if let Some(obj) = value.as_object_mut() {
                obj.insert("comparison".into(), "diff".into());
                obj.insert("old_lang".into(), old_lang.code().into());
                obj.insert("new_lang".into(), new_lang.code().into());
            }
            write_json(out.writer(), &value)?;
        }
        DiffFormat::Html => render_diff_html(&report, out.writer())?,
        DiffFormat::SideBySide => render_diff_side_by_side(&report, out.writer())?,
        DiffFormat::Docx => render_diff_docx(&report, out.writer())?,
        f => render_diff_text(&report, text_style(f, args.output.as_deref()), out.writer())?,
    }
    out.finish()
}

fn write_json(w: &mut dyn Write, value: &impl serde::Serialize) -> Result<()> {
    serde_json::to_writer_pretty(&mut *w, value)?;
    writeln!(w)?;
    Ok(())
}

/// Puts the file name on errors that name a version by its index.
fn name_version(e: DiffError, files: &[PathBuf]) -> anyhow::Error {
    match e {
        DiffError::EmptyVersion { index } => {
            anyhow::anyhow!(
                "{}: {e}",
                files
                    .get(index)
                    .map_or(String::new(), |p| p.display().to_string())
            )
        }
        other => other.into(),
    }
}

/// Follows every paragraph through a series of versions (oldest first) and writes the
/// history.
pub fn run_history(args: &HistoryArgs, max_bytes: u64) -> Result<()> {
    if args.files.len() < 2 {
        bail!(
            "a history needs at least two versions, got {}",
            args.files.len()
        );
    }
    let analyzer = Analyzer::new(detector_for(args.languages.as_deref())?, None, max_bytes);
    let mut docs = Vec::new();
    let mut langs = Vec::new();
    for f in &args.files {
        let (d, l) = load(&analyzer, f)?;
        docs.push(d);
        langs.push(l);
    }
    if let Some(k) = langs.iter().position(|l| *l != langs[0]) {
        bail!(
            "{}: is in {} while {} is in {}; a history compares versions in one language (use `alinea diff` for a cross-language comparison)",
            args.files[k].display(),
            langs[k],
            args.files[0].display(),
            langs[0]
        );
    }
    let (history, diffs) = Differ::default()
        .history_with_diffs(&docs)
        .map_err(|e| name_version(e, &args.files))?;
    let inputs: Vec<&Path> = args.files.iter().map(PathBuf::as_path).collect();
    let mut out = Output::create(args.output.as_deref(), &inputs)?;
    let names: Vec<String> = args.files.iter().map(|p| p.display().to_string()).collect();
    let report = HistoryReport {
        names: &names,
        docs: &docs,
        lang: Some(langs[0]),
        history: &history,
        diffs: &diffs,
    };
    match args.format {
        DiffFormat::Json => {
            let value = serde_json::json!({
                "versions": history.versions,
                "files": names,
                "lang": langs[0].code(),
                "lineages": history.lineages,
                "transitions": history.transitions,
            });
            write_json(out.writer(), &value)?;
        }
        DiffFormat::Html | DiffFormat::SideBySide => render_history_html(&report, out.writer())?,
        DiffFormat::Docx => bail!("--format docx is for `alinea diff` of two versions"),
        f => render_history_text(&report, text_style(f, args.output.as_deref()), out.writer())?,
    }
    out.finish()
}
