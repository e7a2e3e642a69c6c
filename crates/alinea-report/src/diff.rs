//! Version-comparison renderers: a diff of two versions, the history of a series, and a
//! cross-language comparison, as plain text (optionally coloured for a terminal),
//! Markdown or one HTML page.
//!
//! Text and Markdown write the summary, then every change that is not `unchanged`, with
//! the redline as `[-old-]{+new+}`. HTML shows the summary first, then each change with
//! `<del>` / `<ins>`; moved paragraphs link to their old place.

use std::io::{self, Write};

use alinea_diff::{paragraph_refs, Change, ChangeKind, CrossDiff, Diff, History, Summary};
use alinea_text::{Document, Lang};

use crate::escape::escape_html;
use crate::page;
use crate::redline::{fold_space, group_text, headline, pieces, Piece};

/// How text reports look.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum TextStyle {
    /// Plain text, redline as `[-old-]{+new+}`.
    Plain,
    /// Plain text with ANSI colours (for a terminal; the CLI honours `NO_COLOR`).
    Color,
    /// Markdown.
    Markdown,
}

/// A diff of two versions of one text, with what is needed to quote them.
pub struct DiffReport<'a> {
    /// Name of the old version.
    pub old_name: &'a str,
    /// Name of the new version.
    pub new_name: &'a str,
    /// The old version.
    pub old: &'a Document,
    /// The new version.
    pub new: &'a Document,
    /// The language of both (sets `lang` and `dir` in HTML).
    pub lang: Option<Lang>,
    /// The comparison.
    pub diff: &'a Diff,
}

/// The history of a series of versions.
pub struct HistoryReport<'a> {
    /// Names of the versions, oldest first.
    pub names: &'a [String],
    /// The versions.
    pub docs: &'a [Document],
    /// Their language.
    pub lang: Option<Lang>,
    /// The lineages and transitions.
    pub history: &'a History,
    /// The diff of each transition, in order.
    pub diffs: &'a [Diff],
}

/// A comparison of two versions in different languages.
pub struct CrossReport<'a> {
    /// Name of the old version.
    pub old_name: &'a str,
    /// Name of the new version.
    pub new_name: &'a str,
    /// The old version.
    pub old: &'a Document,
    /// The new version.
    pub new: &'a Document,
    /// Language of the old version.
    pub old_lang: Lang,
    /// Language of the new version.
    pub new_lang: Lang,
    /// The comparison.
    pub cross: &'a CrossDiff,
}

fn para_text(doc: &Document, ix: &[usize]) -> String {
    ix.iter()
        .map(|&i| doc.paragraphs()[i].text())
        .collect::<Vec<_>>()
        .join(" / ")
}

fn counts(s: &Summary) -> String {
    ChangeKind::ALL
        .iter()
        .map(|&k| format!("{} {}", k.as_str(), s.count(k)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The reference lists of both documents, for headings that name a moved paragraph's
/// neighbours.
pub(crate) struct Refs {
    pub(crate) old: Vec<String>,
    pub(crate) new: Vec<String>,
}

impl Refs {
    pub(crate) fn of(old: &Document, new: &Document) -> Refs {
        Refs {
            old: paragraph_refs(old),
            new: paragraph_refs(new),
        }
    }

    pub(crate) fn head(&self, c: &Change) -> String {
        headline(c, &self.old, &self.new)
    }
}

fn text_redline(c: &Change, old: &Document, new: &Document, style: TextStyle) -> String {
    let (del_open, del_close, ins_open, ins_close) = match style {
        TextStyle::Color => ("\x1b[31m[-", "-]\x1b[0m", "\x1b[32m{+", "+}\x1b[0m"),
        _ => ("[-", "-]", "{+", "+}"),
    };
    let mut out = String::new();
    for p in pieces(c, old, new) {
        match p {
            Piece::Same(t) => out.push_str(&t),
            Piece::Del(t) => out.push_str(&format!("{del_open}{t}{del_close}")),
            Piece::Ins(t) => out.push_str(&format!("{ins_open}{t}{ins_close}")),
        }
    }
    out
}

fn write_summary_text(w: &mut dyn Write, s: &Summary, style: TextStyle) -> io::Result<()> {
    let bullet = if style == TextStyle::Markdown {
        "- "
    } else {
        "  "
    };
    writeln!(
        w,
        "{bullet}paragraphs: {} → {}",
        s.old_paragraphs, s.new_paragraphs
    )?;
    writeln!(w, "{bullet}{}; renumbered {}", counts(s), s.renumbered)?;
    writeln!(
        w,
        "{bullet}changed content: {:.0} %",
        s.change_ratio * 100.0
    )?;
    if s.unrelated_documents {
        writeln!(
            w,
            "{bullet}warning: almost nothing matches; these are probably not versions of one text"
        )?;
    }
    Ok(())
}

fn write_changes_text(
    w: &mut dyn Write,
    d: &Diff,
    old: &Document,
    new: &Document,
    style: TextStyle,
) -> io::Result<()> {
    let refs = Refs::of(old, new);
    for c in d
        .changes
        .iter()
        .filter(|c| c.kind != ChangeKind::Unchanged || c.renumbered)
    {
        let head = refs.head(c);
        let body = text_redline(c, old, new, style);
        if style == TextStyle::Markdown {
            writeln!(w, "### {head}\n\n{body}\n")?;
        } else {
            writeln!(w, "{head}\n    {body}\n")?;
        }
    }
    Ok(())
}

/// Renders a diff as text or Markdown. [`TextStyle::Markdown`] is
/// [`render_diff_markdown`](crate::render_diff_markdown); the text styles write the
/// wdiff notation `[-old-]{+new+}` (coloured with [`TextStyle::Color`]).
pub fn render_diff_text(r: &DiffReport<'_>, style: TextStyle, w: &mut dyn Write) -> io::Result<()> {
    if style == TextStyle::Markdown {
        return crate::markdown::render_diff_markdown(r, w);
    }
    writeln!(w, "changes from {} to {}", r.old_name, r.new_name)?;
    write_summary_text(w, &r.diff.summary, style)?;
    writeln!(w)?;
    write_changes_text(w, r.diff, r.old, r.new, style)
}

/// Renders a diff in the wdiff notation, never coloured: a heading per change in the
/// document's references, then its text with `[-deleted-]` and `{+inserted+}` in place
/// (the original text, nothing added between the runs).
pub fn render_diff_wdiff(r: &DiffReport<'_>, w: &mut dyn Write) -> io::Result<()> {
    render_diff_text(r, TextStyle::Plain, w)
}

/// Renders a history as text or Markdown: each transition, then the lineage table.
pub fn render_history_text(
    r: &HistoryReport<'_>,
    style: TextStyle,
    w: &mut dyn Write,
) -> io::Result<()> {
    let md = style == TextStyle::Markdown;
    if md {
        writeln!(w, "# History of {} versions\n", r.history.versions)?;
        writeln!(w, "| from | to | unchanged | modified | added | deleted | moved | split | merged | changed content |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|")?;
    } else {
        writeln!(w, "history of {} versions", r.history.versions)?;
    }
    for t in &r.history.transitions {
        let s = &t.summary;
        if md {
            writeln!(
                w,
                "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {:.0} % |",
                r.names[t.from],
                r.names[t.to],
                s.unchanged,
                s.modified,
                s.added,
                s.deleted,
                s.moved,
                s.split,
                s.merged,
                100.0 * s.change_ratio
            )?;
        }
    }
    for (t, d) in r.history.transitions.iter().zip(r.diffs) {
        if md {
            writeln!(w, "\n## `{}` → `{}`\n", r.names[t.from], r.names[t.to])?;
        } else {
            writeln!(w, "\n{} → {}", r.names[t.from], r.names[t.to])?;
        }
        if md {
            crate::markdown::summary_table(w, &t.summary)?;
            writeln!(w)?;
            crate::markdown::changes(w, d, &r.docs[t.from], &r.docs[t.to], 3)?;
        } else {
            write_summary_text(w, &t.summary, style)?;
            writeln!(w)?;
            write_changes_text(w, d, &r.docs[t.from], &r.docs[t.to], style)?;
        }
    }
    if md {
        writeln!(w, "## Lineages\n\n| first seen | modified in | moved in | dropped in | text |\n|---|---|---|---|---|")?;
    } else {
        writeln!(
            w,
            "\nlineages (first seen; modified in; moved in; dropped in; text)"
        )?;
    }
    for l in &r.history.lineages {
        let (first, modified, moved, dropped, text) = lineage_cells(r, l);
        if md {
            writeln!(
                w,
                "| {first} | {modified} | {moved} | {dropped} | {} |",
                text.replace('|', "\\|")
            )?;
        } else {
            writeln!(w, "{first}; {modified}; {moved}; {dropped}; {text}")?;
        }
    }
    Ok(())
}

fn lineage_cells(
    r: &HistoryReport<'_>,
    l: &alinea_diff::Lineage,
) -> (String, String, String, String, String) {
    let name = |v: usize| r.names.get(v).cloned().unwrap_or_else(|| v.to_string());
    let list = |v: &[usize]| {
        if v.is_empty() {
            "-".to_string()
        } else {
            v.iter().map(|&x| name(x)).collect::<Vec<_>>().join(", ")
        }
    };
    let first = l.paragraphs[l.first_seen].unwrap_or(0);
    let text: String = r.docs[l.first_seen].paragraphs()[first]
        .text()
        .chars()
        .take(90)
        .collect();
    (
        name(l.first_seen),
        list(&l.modified_in),
        list(&l.moved_in),
        l.dropped_in.map_or("-".to_string(), name),
        text,
    )
}

use crate::page::dir;

fn html_redline(c: &Change, old: &Document, new: &Document) -> String {
    let mut out = String::new();
    for p in pieces(c, old, new) {
        match p {
            Piece::Same(t) => out.push_str(&escape_html(&t)),
            Piece::Del(t) => out.push_str(&format!("<del>{}</del>", escape_html(&t))),
            Piece::Ins(t) => out.push_str(&format!("<ins>{}</ins>", escape_html(&t))),
        }
    }
    out
}

/// Writes the changes of one diff; `prefix` keeps element ids unique when several diffs
/// share a page.
fn html_changes(
    w: &mut dyn Write,
    d: &Diff,
    old: &Document,
    new: &Document,
    lang: Option<Lang>,
    prefix: &str,
) -> io::Result<()> {
    let refs = Refs::of(old, new);
    for (n, c) in d.changes.iter().enumerate() {
        let mut ids = String::new();
        for &i in &c.old {
            ids.push_str(&format!("<span id=\"{prefix}old-{i}\"></span>"));
        }
        for &j in &c.new {
            ids.push_str(&format!("<span id=\"{prefix}new-{j}\"></span>"));
        }
        if c.kind == ChangeKind::Unchanged && !c.renumbered {
            writeln!(w, "<details class=\"change kind-unchanged\">{ids}<summary>{}</summary><div{}>{}</div></details>", escape_html(&refs.head(c)), dir(lang), escape_html(&fold_space(group_text(new, &c.new))))?;
            continue;
        }
        let mut extra = String::new();
        if c.kind == ChangeKind::Moved {
            if let Some(&i) = c.old.first() {
                let target = if i == 0 {
                    "top".to_string()
                } else {
                    format!("{prefix}old-{}", i - 1)
                };
                extra = format!(
                    " <a href=\"#{target}\">old place: {}</a>",
                    escape_html(&if i == 0 {
                        "the start".to_string()
                    } else {
                        format!("after {}", refs.old[i - 1])
                    })
                );
            }
        }
        writeln!(
            w,
            "<section class=\"change kind-{}\" id=\"{prefix}c{n}\" tabindex=\"-1\" data-nav>{ids}<h3>{}{extra}</h3><div{}>{}</div></section>",
            c.kind.as_str(),
            escape_html(&refs.head(c)),
            dir(lang),
            html_redline(c, old, new)
        )?;
    }
    Ok(())
}

fn summary_figures(s: &Summary) -> Vec<(&'static str, String, &'static str)> {
    vec![
        (
            "paragraphs before → after",
            format!("{} → {}", s.old_paragraphs, s.new_paragraphs),
            "paragraphs",
        ),
        ("unchanged", s.unchanged.to_string(), "count-unchanged"),
        ("modified", s.modified.to_string(), "count-modified"),
        ("added", s.added.to_string(), "count-added"),
        ("deleted", s.deleted.to_string(), "count-deleted"),
        ("moved", s.moved.to_string(), "count-moved"),
        ("split", s.split.to_string(), "count-split"),
        ("merged", s.merged.to_string(), "count-merged"),
        ("renumbered", s.renumbered.to_string(), "count-renumbered"),
        (
            "changed content",
            format!("{:.0} %", 100.0 * s.change_ratio),
            "change-ratio",
        ),
    ]
}

const LEGEND: &str = "<p class=\"legend\"><del>deleted words</del> <ins>inserted words</ins> <span class=\"tag\">unchanged paragraphs are folded; renumbering alone is not a change</span></p>";

/// Renders a diff as one HTML page.
pub fn render_diff_html(r: &DiffReport<'_>, w: &mut dyn Write) -> io::Result<()> {
    page::open(w, &format!("alinea diff: {} → {}", r.old_name, r.new_name))?;
    writeln!(
        w,
        "<h1 id=\"top\">Changes: {} → {}</h1>",
        escape_html(r.old_name),
        escape_html(r.new_name)
    )?;
    if r.diff.summary.unrelated_documents {
        writeln!(w, "<p class=\"banner warning\">Almost nothing matches: these are probably not versions of one text.</p>")?;
    }
    page::summary(w, &summary_figures(&r.diff.summary))?;
    writeln!(w, "{LEGEND}")?;
    page::nav_hint(w, "change")?;
    html_changes(w, r.diff, r.old, r.new, r.lang, "")?;
    page::close(w)
}

/// Renders a history as one HTML page: transitions table, lineages, then each diff.
pub fn render_history_html(r: &HistoryReport<'_>, w: &mut dyn Write) -> io::Result<()> {
    page::open(
        w,
        &format!("alinea history: {} versions", r.history.versions),
    )?;
    writeln!(
        w,
        "<h1 id=\"top\">History of {} versions</h1>",
        r.history.versions
    )?;
    page::summary(
        w,
        &[
            ("versions", r.history.versions.to_string(), "versions"),
            (
                "paragraph lineages",
                r.history.lineages.len().to_string(),
                "lineages",
            ),
            (
                "transitions with content changes",
                r.history
                    .transitions
                    .iter()
                    .filter(|t| t.summary.change_ratio > 0.0)
                    .count()
                    .to_string(),
                "changed-transitions",
            ),
        ],
    )?;
    writeln!(w, "<h2>Transitions</h2>\n<table id=\"transitions\"><thead><tr><th>from → to</th><th>unchanged</th><th>modified</th><th>added</th><th>deleted</th><th>moved</th><th>split / merged</th><th>renumbered</th><th>changed content</th></tr></thead><tbody>")?;
    for (k, t) in r.history.transitions.iter().enumerate() {
        let s = &t.summary;
        writeln!(w, "<tr><td><a href=\"#t{k}\">{} → {}</a></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{} / {}</td><td>{}</td><td>{:.0} %</td></tr>", escape_html(&r.names[t.from]), escape_html(&r.names[t.to]), s.unchanged, s.modified, s.added, s.deleted, s.moved, s.split, s.merged, s.renumbered, 100.0 * s.change_ratio)?;
    }
    writeln!(w, "</tbody></table>")?;
    writeln!(w, "<h2>Paragraph lineages</h2>\n<table id=\"lineage-table\"><thead><tr><th>first seen</th><th>modified in</th><th>moved in</th><th>dropped in</th><th style=\"width:45%\">text (as first seen)</th></tr></thead><tbody>")?;
    for l in &r.history.lineages {
        let (first, modified, moved, dropped, text) = lineage_cells(r, l);
        writeln!(
            w,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td{}>{}</td></tr>",
            escape_html(&first),
            escape_html(&modified),
            escape_html(&moved),
            escape_html(&dropped),
            dir(r.lang),
            escape_html(&text)
        )?;
    }
    writeln!(w, "</tbody></table>\n{LEGEND}")?;
    page::nav_hint(w, "change")?;
    for (k, (t, d)) in r.history.transitions.iter().zip(r.diffs).enumerate() {
        writeln!(
            w,
            "<h2 id=\"t{k}\">{} → {}</h2>",
            escape_html(&r.names[t.from]),
            escape_html(&r.names[t.to])
        )?;
        html_changes(
            w,
            d,
            &r.docs[t.from],
            &r.docs[t.to],
            r.lang,
            &format!("t{k}-"),
        )?;
    }
    page::close(w)
}

fn anchor_list(a: &alinea_diff::Anchors) -> String {
    let mut parts = Vec::new();
    for (label, set) in [
        ("resolutions", &a.resolutions),
        ("symbols", &a.symbols),
        ("years", &a.years),
        ("numbers", &a.numbers),
    ] {
        if !set.is_empty() {
            parts.push(format!(
                "{label}: {}",
                set.iter().cloned().collect::<Vec<_>>().join(", ")
            ));
        }
    }
    parts.join("; ")
}

/// Renders a cross-language comparison as text or Markdown.
pub fn render_cross_text(
    r: &CrossReport<'_>,
    style: TextStyle,
    w: &mut dyn Write,
) -> io::Result<()> {
    let md = style == TextStyle::Markdown;
    let s = &r.cross.summary;
    let title = format!(
        "Cross-language comparison (not a word diff): {} ({}) → {} ({})",
        r.old_name, r.old_lang, r.new_name, r.new_lang
    );
    if md {
        writeln!(w, "# {title}\n")?;
    } else {
        writeln!(w, "{title}")?;
    }
    let b = if md { "- " } else { "  " };
    writeln!(w, "{b}paragraphs: {} → {}; paired groups {}; old only {}; new only {}; groups with anchor changes {}; mean confidence {:.2}; pairings not trusted (under {:.1}) {}", s.old_paragraphs, s.new_paragraphs, s.paired, s.old_only, s.new_only, s.anchor_changes, s.mean_confidence, alinea_diff::TRUSTED_CONFIDENCE, s.untrusted)?;
    writeln!(
        w,
        "{b}anchors added in the new version: {}",
        or_none(anchor_list(&r.cross.document_anchors_added))
    )?;
    writeln!(
        w,
        "{b}anchors gone from the old version: {}",
        or_none(anchor_list(&r.cross.document_anchors_removed))
    )?;
    writeln!(w)?;
    let refs = Refs::of(r.old, r.new);
    let name = |all: &[String], ix: &[usize]| {
        ix.iter()
            .map(|&i| all[i].as_str())
            .collect::<Vec<_>>()
            .join(" + ")
    };
    for p in &r.cross.pairs {
        let doubt = if p.untrusted {
            format!(
                " (the aligner's pairing, confidence {:.2}, is under {:.1} and not trusted)",
                p.confidence,
                alinea_diff::TRUSTED_CONFIDENCE
            )
        } else {
            String::new()
        };
        let head = match (p.old.is_empty(), p.new.is_empty()) {
            (true, _) => format!(
                "new {}: no counterpart in the old version{doubt}",
                name(&refs.new, &p.new)
            ),
            (_, true) => format!(
                "old {}: no counterpart in the new version{doubt}",
                name(&refs.old, &p.old)
            ),
            _ => {
                let (a, d) = (
                    anchor_list(&p.anchors_added),
                    anchor_list(&p.anchors_removed),
                );
                if a.is_empty() && d.is_empty() {
                    continue;
                }
                format!(
                    "old {} ↔ new {} (confidence {:.2}): added {}; removed {}",
                    name(&refs.old, &p.old),
                    name(&refs.new, &p.new),
                    p.confidence,
                    or_none(a),
                    or_none(d)
                )
            }
        };
        if md {
            writeln!(w, "- {}", crate::markdown::escape_markdown(&head))?;
        } else {
            writeln!(w, "{head}")?;
        }
    }
    Ok(())
}

fn or_none(s: String) -> String {
    if s.is_empty() {
        "none".to_string()
    } else {
        s
    }
}

/// Renders a cross-language comparison as one HTML page.
pub fn render_cross_html(r: &CrossReport<'_>, w: &mut dyn Write) -> io::Result<()> {
    let s = &r.cross.summary;
    page::open(
        w,
        &format!(
            "alinea cross-language comparison: {} → {}",
            r.old_name, r.new_name
        ),
    )?;
    writeln!(
        w,
        "<h1 id=\"top\">{} ({}) → {} ({})</h1>",
        escape_html(r.old_name),
        r.old_lang,
        escape_html(r.new_name),
        r.new_lang
    )?;
    writeln!(w, "<p class=\"banner\" id=\"comparison-kind\">Cross-language comparison: the versions are in different languages, so they are aligned paragraph by paragraph and compared by their anchors (resolution numbers, document symbols, years, numbers), not word by word.</p>")?;
    page::summary(
        w,
        &[
            (
                "paragraphs before → after",
                format!("{} → {}", s.old_paragraphs, s.new_paragraphs),
                "paragraphs",
            ),
            ("paired groups", s.paired.to_string(), "paired"),
            ("old only", s.old_only.to_string(), "old-only"),
            ("new only", s.new_only.to_string(), "new-only"),
            (
                "groups with anchor changes",
                s.anchor_changes.to_string(),
                "anchor-changes",
            ),
            (
                "mean confidence",
                format!("{:.2}", s.mean_confidence),
                "confidence",
            ),
        ],
    )?;
    writeln!(
        w,
        "<p id=\"document-anchors\"><b>Anchors added:</b> {}<br><b>Anchors removed:</b> {}</p>",
        escape_html(&or_none(anchor_list(&r.cross.document_anchors_added))),
        escape_html(&or_none(anchor_list(&r.cross.document_anchors_removed)))
    )?;
    page::nav_hint(w, "highlighted row")?;
    writeln!(
        w,
        "<table><thead><tr><th{}>{}</th><th{}>{}</th><th>anchors</th></tr></thead><tbody>",
        dir(Some(r.old_lang)),
        r.old_lang,
        dir(Some(r.new_lang)),
        r.new_lang
    )?;
    for (k, p) in r.cross.pairs.iter().enumerate() {
        let (a, d) = (
            anchor_list(&p.anchors_added),
            anchor_list(&p.anchors_removed),
        );
        let lonely = p.old.is_empty() || p.new.is_empty();
        let flagged = lonely || !a.is_empty() || !d.is_empty();
        let attrs = if flagged {
            " class=\"flagged\" tabindex=\"-1\" data-nav"
        } else {
            ""
        };
        let mut notes = String::new();
        if p.old.is_empty() {
            notes.push_str("<span class=\"flag\">new only</span>");
        }
        if p.new.is_empty() {
            notes.push_str("<span class=\"flag\">old only</span>");
        }
        if p.untrusted {
            notes.push_str(&format!(
                "<div class=\"tag\">pairing not trusted (confidence {:.2})</div>",
                p.confidence
            ));
        }
        if !a.is_empty() {
            notes.push_str(&format!("<div><ins>+ {}</ins></div>", escape_html(&a)));
        }
        if !d.is_empty() {
            notes.push_str(&format!("<div><del>− {}</del></div>", escape_html(&d)));
        }
        if !lonely {
            notes.push_str(&format!(
                "<div class=\"tag\">confidence {:.2}</div>",
                p.confidence
            ));
        }
        writeln!(
            w,
            "<tr id=\"p{k}\"{attrs}><td{}>{}</td><td{}>{}</td><td>{notes}</td></tr>",
            dir(Some(r.old_lang)),
            escape_html(&para_text(r.old, &p.old)),
            dir(Some(r.new_lang)),
            escape_html(&para_text(r.new, &p.new))
        )?;
    }
    writeln!(w, "</tbody></table>")?;
    page::close(w)
}
