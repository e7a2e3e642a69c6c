//! `alinea diff` and `alinea history`: version comparison of two files, and the history of
//! a series, as JSON, Markdown or plain text.
//!
//! JSON is the library's own data model pretty-printed (fields documented in
//! `alinea_diff`'s `model` module): `{"summary": {...}, "changes": [{"kind", "old", "new",
//! "old_label", "new_label", "renumbered", "similarity", "edits": [{"op", "old_span",
//! "new_span", "old_text", "new_text"}]}]}`. A history is `{"versions", "files",
//! "lineages", "transitions"}`. Markdown and text show the summary, then every change that
//! is not `unchanged`, with the redline written `[-old-]{+new+}`.

use std::io::Write;
use std::path::{Path, PathBuf};

use alinea_diff::{Change, ChangeKind, Diff, Differ, Document, EditOp, History, Summary};
use anyhow::{bail, Context, Result};

use crate::output::Output;

/// The report formats of both commands.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
enum Format {
    Json,
    Markdown,
    Text,
}

fn parse_format(format: &str) -> Result<Format> {
    Ok(match format {
        "json" => Format::Json,
        "md" | "markdown" => Format::Markdown,
        "text" | "txt" => Format::Text,
        other => bail!("unknown format {other:?}; use json, md or text"),
    })
}

fn load(path: &Path, max_bytes: u64) -> Result<Document> {
    let text = alinea_text::read_path_limited(path, max_bytes)?.into_text();
    Ok(Document::parse(text))
}

/// Compares two versions of one text and writes the report.
pub fn run_diff(
    old: &Path,
    new: &Path,
    format: &str,
    output: Option<&Path>,
    max_bytes: u64,
) -> Result<()> {
    let format = parse_format(format)?;
    let a = load(old, max_bytes)?;
    let b = load(new, max_bytes)?;
    let d = Differ::default()
        .diff(&a, &b)
        .with_context(|| format!("cannot compare {} with {}", old.display(), new.display()))?;
    let mut out = Output::create(output, &[old, new])?;
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out.writer(), &d)?;
            writeln!(out.writer())?;
        }
        Format::Markdown | Format::Text => {
            let names = (old.display().to_string(), new.display().to_string());
            write_diff(out.writer(), &d, &a, &b, &names, format == Format::Markdown)?;
        }
    }
    out.finish()
}

/// Follows every paragraph through a series of versions (oldest first) and writes the
/// history.
pub fn run_history(
    files: &[PathBuf],
    format: &str,
    output: Option<&Path>,
    max_bytes: u64,
) -> Result<()> {
    let format = parse_format(format)?;
    if files.len() < 2 {
        bail!("a history needs at least two versions, got {}", files.len());
    }
    let docs = files
        .iter()
        .map(|p| load(p, max_bytes))
        .collect::<Result<Vec<_>>>()?;
    let (history, diffs) = Differ::default()
        .history_with_diffs(&docs)
        .map_err(|e| match e {
            alinea_diff::DiffError::EmptyVersion { index } => {
                anyhow::anyhow!("{}: {e}", files[index].display())
            }
            other => other.into(),
        })?;
    let inputs: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
    let mut out = Output::create(output, &inputs)?;
    let names: Vec<String> = files.iter().map(|p| p.display().to_string()).collect();
    match format {
        Format::Json => {
            let value = serde_json::json!({
                "versions": history.versions,
                "files": names,
                "lineages": history.lineages,
                "transitions": history.transitions,
            });
            serde_json::to_writer_pretty(&mut *out.writer(), &value)?;
            writeln!(out.writer())?;
        }
        Format::Markdown | Format::Text => write_history(
            out.writer(),
            &history,
            &diffs,
            &docs,
            &names,
            format == Format::Markdown,
        )?,
    }
    out.finish()
}

fn write_summary(w: &mut dyn Write, s: &Summary, md: bool) -> Result<()> {
    let counts: Vec<String> = ChangeKind::ALL
        .iter()
        .map(|&k| format!("{} {}", k.as_str(), s.count(k)))
        .collect();
    let bullet = if md { "- " } else { "" };
    writeln!(
        w,
        "{bullet}paragraphs: {} -> {}",
        s.old_paragraphs, s.new_paragraphs
    )?;
    writeln!(
        w,
        "{bullet}{}; renumbered {}",
        counts.join(", "),
        s.renumbered
    )?;
    writeln!(w, "{bullet}changed content: {:.0}%", s.change_ratio * 100.0)?;
    if s.unrelated_documents {
        writeln!(
            w,
            "{bullet}warning: almost nothing matches; these are probably not versions of one text"
        )?;
    }
    Ok(())
}

fn para_text(doc: &Document, ix: &[usize]) -> String {
    ix.iter()
        .map(|&i| doc.paragraphs()[i].text().to_string())
        .collect::<Vec<_>>()
        .join(" / ")
}

fn redline(c: &Change) -> String {
    let mut out = String::new();
    for e in &c.edits {
        if !out.is_empty() {
            out.push(' ');
        }
        match e.op {
            EditOp::Equal => out.push_str(&e.new_text),
            EditOp::Insert => out.push_str(&format!("{{+{}+}}", e.new_text)),
            EditOp::Delete => out.push_str(&format!("[-{}-]", e.old_text)),
            _ => out.push_str(&format!("[-{}-]{{+{}+}}", e.old_text, e.new_text)),
        }
    }
    out
}

fn one_based(ix: &[usize]) -> String {
    ix.iter()
        .map(|i| (i + 1).to_string())
        .collect::<Vec<_>>()
        .join("+")
}

fn write_change(w: &mut dyn Write, c: &Change, a: &Document, b: &Document, md: bool) -> Result<()> {
    let place = match (c.old.is_empty(), c.new.is_empty()) {
        (true, _) => format!("new ¶{}", one_based(&c.new)),
        (_, true) => format!("old ¶{}", one_based(&c.old)),
        _ => format!("old ¶{} -> new ¶{}", one_based(&c.old), one_based(&c.new)),
    };
    let mut head = format!("{} ({place})", c.kind.as_str());
    if c.renumbered {
        let l = |x: &Option<String>| x.clone().unwrap_or_else(|| "-".into());
        head.push_str(&format!(
            ", renumbered {} -> {}",
            l(&c.old_label),
            l(&c.new_label)
        ));
    }
    if !c.old.is_empty() && !c.new.is_empty() {
        head.push_str(&format!(", similarity {:.2}", c.similarity));
    }
    let body = match c.kind {
        ChangeKind::Added => format!("{{+{}+}}", para_text(b, &c.new)),
        ChangeKind::Deleted => format!("[-{}-]", para_text(a, &c.old)),
        _ if c.edits.is_empty() => para_text(b, &c.new),
        _ => redline(c),
    };
    if md {
        writeln!(w, "### {head}\n\n{body}\n")?;
    } else {
        writeln!(w, "{head}\n    {body}\n")?;
    }
    Ok(())
}

fn write_diff(
    w: &mut dyn Write,
    d: &Diff,
    a: &Document,
    b: &Document,
    names: &(String, String),
    md: bool,
) -> Result<()> {
    if md {
        writeln!(w, "# Changes from `{}` to `{}`\n", names.0, names.1)?;
    } else {
        writeln!(w, "changes from {} to {}", names.0, names.1)?;
    }
    write_summary(w, &d.summary, md)?;
    writeln!(w)?;
    for c in d.changes.iter().filter(|c| c.kind != ChangeKind::Unchanged) {
        write_change(w, c, a, b, md)?;
    }
    Ok(())
}

fn write_history(
    w: &mut dyn Write,
    h: &History,
    diffs: &[Diff],
    docs: &[Document],
    names: &[String],
    md: bool,
) -> Result<()> {
    if md {
        writeln!(w, "# History of {} versions\n", h.versions)?;
    } else {
        writeln!(w, "history of {} versions", h.versions)?;
    }
    for (t, d) in h.transitions.iter().zip(diffs) {
        if md {
            writeln!(w, "## `{}` -> `{}`\n", names[t.from], names[t.to])?;
        } else {
            writeln!(w, "\n{} -> {}", names[t.from], names[t.to])?;
        }
        write_summary(w, &t.summary, md)?;
        writeln!(w)?;
        for c in d.changes.iter().filter(|c| c.kind != ChangeKind::Unchanged) {
            write_change(w, c, &docs[t.from], &docs[t.to], md)?;
        }
    }
    if md {
        writeln!(w, "## Lineages\n\n| first seen | dropped in | modified in | moved in | text |\n|---|---|---|---|---|")?;
    } else {
        writeln!(
            w,
            "\nlineages (first seen; dropped in; modified in; moved in; text)"
        )?;
    }
    let list = |v: &[usize]| v.iter().map(usize::to_string).collect::<Vec<_>>().join(" ");
    for l in &h.lineages {
        let first = l.paragraphs[l.first_seen].unwrap_or(0);
        let text: String = docs[l.first_seen].paragraphs()[first]
            .text()
            .chars()
            .take(60)
            .collect();
        let dropped = l.dropped_in.map_or("-".to_string(), |v| v.to_string());
        if md {
            writeln!(
                w,
                "| {} | {dropped} | {} | {} | {} |",
                l.first_seen,
                list(&l.modified_in),
                list(&l.moved_in),
                text.replace('|', "\\|")
            )?;
        } else {
            writeln!(
                w,
                "{}; {dropped}; {}; {}; {text}",
                l.first_seen,
                list(&l.modified_in),
                list(&l.moved_in)
            )?;
        }
    }
    Ok(())
}
