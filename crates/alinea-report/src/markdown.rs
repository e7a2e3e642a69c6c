//! The Markdown diff report: a summary table, a table of the changes, then each change
//! under its heading with the redline as `~~deleted~~` and `**inserted**` (GitHub-flavoured
//! Markdown, which word processors and most memo tools read when pasted).
//!
//! Text is backslash-escaped so that the document's own asterisks, brackets and pipes
//! print as themselves. Emphasis cannot open or close on a space, so whitespace at the
//! edge of a deleted or inserted run is written outside the markers; a Markdown reader
//! collapses it anyway.

use std::io::{self, Write};

use alinea_diff::{Change, ChangeKind, Summary};
use alinea_text::Document;

use crate::diff::{DiffReport, Refs};
use crate::redline::{pieces, Piece};

/// Escapes the characters Markdown would read as markup.
pub fn escape_markdown(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '~' | '[' | ']' | '<' | '>' | '|' | '#'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn wrap(out: &mut String, t: &str, mark: &str) {
    let core = t.trim();
    if core.is_empty() {
        out.push_str(if t.is_empty() { "" } else { " " });
        return;
    }
    let lead = &t[..t.len() - t.trim_start().len()];
    let trail = &t[t.trim_end().len()..];
    out.push_str(lead);
    out.push_str(mark);
    out.push_str(&escape_markdown(core));
    out.push_str(mark);
    out.push_str(trail);
}

/// The redline of one change in Markdown.
pub(crate) fn md_redline(c: &Change, old: &Document, new: &Document) -> String {
    let mut out = String::new();
    for p in pieces(c, old, new) {
        match p {
            Piece::Same(t) => out.push_str(&escape_markdown(&t)),
            Piece::Del(t) => wrap(&mut out, &t, "~~"),
            Piece::Ins(t) => wrap(&mut out, &t, "**"),
        }
    }
    out
}

/// The summary as a two-column table.
pub(crate) fn summary_table(w: &mut dyn Write, s: &Summary) -> io::Result<()> {
    writeln!(w, "| | paragraphs |\n|---|---:|")?;
    writeln!(
        w,
        "| in the old → new version | {} → {} |",
        s.old_paragraphs, s.new_paragraphs
    )?;
    for k in ChangeKind::ALL {
        writeln!(w, "| {} | {} |", k.as_str(), s.count(k))?;
    }
    writeln!(w, "| renumbered | {} |", s.renumbered)?;
    writeln!(w, "| changed content | {:.0} % |", 100.0 * s.change_ratio)?;
    if s.unrelated_documents {
        writeln!(
            w,
            "\n> **Warning:** almost nothing matches; these are probably not versions of one text."
        )?;
    }
    Ok(())
}

/// Each change that is not `unchanged`: a table of them, then one section each.
pub(crate) fn changes(
    w: &mut dyn Write,
    d: &alinea_diff::Diff,
    old: &Document,
    new: &Document,
    level: usize,
) -> io::Result<()> {
    let refs = Refs::of(old, new);
    let shown: Vec<&Change> = d
        .changes
        .iter()
        .filter(|c| c.kind != ChangeKind::Unchanged || c.renumbered)
        .collect();
    if shown.is_empty() {
        return writeln!(w, "No changes.\n");
    }
    let cell = |v: &[String]| {
        if v.is_empty() {
            "–".to_string()
        } else {
            escape_markdown(&v.join(" + "))
        }
    };
    writeln!(w, "| # | change | old | new |\n|---:|---|---|---|")?;
    for (n, c) in shown.iter().enumerate() {
        writeln!(
            w,
            "| {} | {} | {} | {} |",
            n + 1,
            if c.kind == ChangeKind::Unchanged {
                "renumbered"
            } else {
                c.kind.as_str()
            },
            cell(&c.old_refs),
            cell(&c.new_refs)
        )?;
    }
    writeln!(w)?;
    let hashes = "#".repeat(level);
    for (n, c) in shown.iter().enumerate() {
        writeln!(
            w,
            "{hashes} {}. {}\n\n{}\n",
            n + 1,
            escape_markdown(&refs.head(c)),
            md_redline(c, old, new)
        )?;
    }
    Ok(())
}

/// Renders a diff as Markdown: title, summary table, table of changes, then the redline
/// of each change (`~~deleted~~`, `**inserted**`) under a heading in the document's own
/// references.
pub fn render_diff_markdown(r: &DiffReport<'_>, w: &mut dyn Write) -> io::Result<()> {
    writeln!(
        w,
        "# Changes from {} to {}\n",
        escape_markdown(r.old_name),
        escape_markdown(r.new_name)
    )?;
    writeln!(w, "## Summary\n")?;
    summary_table(w, &r.diff.summary)?;
    writeln!(w, "\n## Changes\n")?;
    changes(w, r.diff, r.old, r.new, 3)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_the_text_is_escaped() {
        assert_eq!(escape_markdown("a*b [1] |x|"), "a\\*b \\[1\\] \\|x\\|");
    }

    #[test]
    fn whitespace_stays_outside_the_markers() {
        let mut out = String::new();
        wrap(&mut out, "new words ", "**");
        assert_eq!(out, "**new words** ");
    }
}
