//! The side-by-side diff page: the old version on the left, the new on the right, one
//! row per change with its paragraphs aligned, the way the UN's own comparison tool and
//! Word's "compare" present a revision.
//!
//! - Each column has a header with the document's symbol, its date line and its
//!   language, read from the document itself (the first symbol and the first short dated
//!   line near the top).
//! - The left cell of a row shows the old text with its deletions, the right cell the new
//!   text with its insertions: both are the redline pieces, so each cell is exactly its
//!   version's text.
//! - A moved paragraph has its row where it now stands and a placeholder row where it
//!   stood; each links to the other.
//! - Runs of unchanged paragraphs are folded into one `<details>` row.
//! - Under 400 px the two columns stack into one (old above new), so the page reads on a
//!   phone.

use std::io::{self, Write};

use alinea_diff::{Change, ChangeKind};
use alinea_text::symbols::find_symbols;
use alinea_text::Document;

use crate::diff::{DiffReport, Refs};
use crate::escape::escape_html;
use crate::page;
use crate::redline::{fold_space, group_text, pieces, Piece};

/// How far into a document its header (symbol, date) is looked for.
const HEADER_PARAGRAPHS: usize = 12;
/// A date line is short: "Resolution adopted by the General Assembly on 6 December 2021".
const DATE_LINE_MAX_CHARS: usize = 100;

const STYLE: &str = r#"
.sbs { display: grid; grid-template-columns: 1fr 1fr; gap: 0 1rem; }
.sbs > .head { position: sticky; top: 0; background: #f6f8fa; padding: .4rem .5rem; border-bottom: 2px solid var(--line); font-size: .9rem; }
.sbs > .cell { padding: .4rem .5rem; border-bottom: 1px solid var(--line); min-width: 0; overflow-wrap: anywhere; }
.sbs > .cell .ref { display: block; font-size: .75rem; color: var(--muted); }
.sbs > .fold { grid-column: 1 / -1; border-bottom: 1px solid var(--line); padding: .3rem .5rem; }
.fold .sbs { margin-top: .3rem; color: var(--muted); }
.sbs > .kind-moved, .sbs > .kind-moved-from { background: #fbefff; }
.sbs > .kind-added, .sbs > .kind-deleted { background: #fffbe6; }
.empty { color: var(--muted); font-style: italic; }
@media (max-width: 400px) { .sbs { grid-template-columns: 1fr; } .sbs > .head.new { position: static; } }
"#;

/// The symbol and date line of a document, read from its first paragraphs.
fn header_facts(doc: &Document) -> (Option<String>, Option<String>) {
    let top = doc.paragraphs().iter().take(HEADER_PARAGRAPHS);
    let mut symbol = None;
    let mut date = None;
    for p in top {
        if symbol.is_none() {
            symbol = find_symbols(p.text()).into_iter().next().map(|s| s.value);
        }
        let t = p.text().trim();
        let has_year = t
            .as_bytes()
            .windows(4)
            .any(|w| w.iter().all(u8::is_ascii_digit) && (w[0] == b'1' || w[0] == b'2'));
        let year_other_digits = t.chars().filter(|c| c.is_numeric()).count() >= 4;
        if date.is_none()
            && (has_year || year_other_digits)
            && t.chars().count() <= DATE_LINE_MAX_CHARS
            && find_symbols(t).is_empty()
        {
            date = Some(t.to_string());
        }
    }
    (symbol, date)
}

use crate::page::dir;

/// One side of a change: its kept text with its own runs (deletions on the left,
/// insertions on the right).
fn side_html(ps: &[Piece], new: bool) -> String {
    let mut out = String::new();
    for p in ps {
        match (p, new) {
            (Piece::Same(t), _) => out.push_str(&escape_html(t)),
            (Piece::Del(t), false) => out.push_str(&format!("<del>{}</del>", escape_html(t))),
            (Piece::Ins(t), true) => out.push_str(&format!("<ins>{}</ins>", escape_html(t))),
            _ => {}
        }
    }
    out
}

fn names(all: &[String], ix: &[usize]) -> String {
    ix.iter()
        .map(|&i| all[i].as_str())
        .collect::<Vec<_>>()
        .join(" + ")
}

struct Ctx<'a> {
    r: &'a DiffReport<'a>,
    refs: Refs,
    attrs: String,
}

impl Ctx<'_> {
    fn row(&self, w: &mut dyn Write, n: usize, c: &Change) -> io::Result<()> {
        let ps = pieces(c, self.r.old, self.r.new);
        let kind = c.kind.as_str();
        let (mut left, mut right) = (String::new(), String::new());
        if c.old.is_empty() {
            left.push_str("<span class=\"empty\">(not in the old version)</span>");
        } else {
            left.push_str(&format!(
                "<span class=\"ref\">{}</span>{}",
                escape_html(&names(&self.refs.old, &c.old)),
                side_html(&ps, false)
            ));
        }
        if c.new.is_empty() {
            right.push_str("<span class=\"empty\">(not in the new version)</span>");
        } else {
            right.push_str(&format!(
                "<span class=\"ref\">{} · {kind}</span>{}",
                escape_html(&names(&self.refs.new, &c.new)),
                side_html(&ps, true)
            ));
        }
        if c.kind == ChangeKind::Moved {
            right.push_str(&format!(
                " <a href=\"#from{n}\" class=\"tag\">← where it stood</a>"
            ));
        }
        let nav = if c.kind == ChangeKind::Unchanged {
            ""
        } else {
            " tabindex=\"-1\" data-nav"
        };
        writeln!(
            w,
            "<div class=\"cell old kind-{kind}\" id=\"r{n}\"{}{nav}>{left}</div><div class=\"cell new kind-{kind}\"{}>{right}</div>",
            self.attrs, self.attrs
        )
    }

    /// The placeholder where a moved paragraph stood.
    fn moved_from(&self, w: &mut dyn Write, n: usize, c: &Change) -> io::Result<()> {
        writeln!(
            w,
            "<div class=\"cell old kind-moved-from\" id=\"from{n}\"{}><span class=\"ref\">{}</span><a href=\"#r{n}\">moved to new {} →</a></div><div class=\"cell new kind-moved-from\"></div>",
            self.attrs,
            escape_html(&names(&self.refs.old, &c.old)),
            escape_html(&names(&self.refs.new, &c.new))
        )
    }
}

/// Renders a diff as one HTML page with the two versions side by side.
pub fn render_diff_side_by_side(r: &DiffReport<'_>, w: &mut dyn Write) -> io::Result<()> {
    page::open(
        w,
        &format!("alinea side by side: {} → {}", r.old_name, r.new_name),
    )?;
    writeln!(w, "<style>{STYLE}</style>")?;
    writeln!(
        w,
        "<h1 id=\"top\">{} → {}</h1>",
        escape_html(r.old_name),
        escape_html(r.new_name)
    )?;
    if r.diff.summary.unrelated_documents {
        writeln!(w, "<p class=\"banner warning\">Almost nothing matches: these are probably not versions of one text.</p>")?;
    }
    let s = &r.diff.summary;
    writeln!(
        w,
        "<p class=\"legend\" id=\"counts\">{} → {} paragraphs: {} modified, {} added, {} deleted, {} moved, {} split, {} merged, {} renumbered. <del>deleted</del> <ins>inserted</ins></p>",
        s.old_paragraphs, s.new_paragraphs, s.modified, s.added, s.deleted, s.moved, s.split, s.merged, s.renumbered
    )?;
    page::nav_hint(w, "change")?;
    let ctx = Ctx {
        r,
        refs: Refs::of(r.old, r.new),
        attrs: dir(r.lang),
    };
    writeln!(w, "<div class=\"sbs\" id=\"side-by-side\">")?;
    for (class, name, doc) in [("old", r.old_name, r.old), ("new", r.new_name, r.new)] {
        let (symbol, date) = header_facts(doc);
        let lang = r
            .lang
            .map_or("language unknown".to_string(), |l| l.to_string());
        writeln!(
            w,
            "<div class=\"head {class}\"><b>{}</b> · {} · {}<br><span class=\"tag\">{}</span></div>",
            escape_html(symbol.as_deref().unwrap_or("no symbol")),
            escape_html(date.as_deref().unwrap_or("no date line")),
            escape_html(&lang),
            escape_html(name)
        )?;
    }
    // Where each moved change stood: after the change holding the old paragraph before it.
    let moved_after = crate::redline::moved_after(r.diff, s.old_paragraphs);
    let folded = |c: &Change| c.kind == ChangeKind::Unchanged && !c.renumbered;
    let changes = &r.diff.changes;
    let mut n = 0;
    while n <= changes.len() {
        for &m in &moved_after[n] {
            ctx.moved_from(w, m, &changes[m])?;
        }
        if n == changes.len() {
            break;
        }
        if folded(&changes[n]) {
            let start = n;
            while n < changes.len()
                && folded(&changes[n])
                && (n == start || moved_after[n].is_empty())
            {
                n += 1;
            }
            let run = &changes[start..n];
            let first = &ctx.refs.new[run[0].new[0]];
            let last = &ctx.refs.new[run[run.len() - 1].new[0]];
            writeln!(
                w,
                "<details class=\"fold\"><summary>{} unchanged paragraph{} ({}{})</summary><div class=\"sbs\">",
                run.len(),
                if run.len() == 1 { "" } else { "s" },
                escape_html(first),
                if run.len() > 1 { format!(" – {}", escape_html(last)) } else { String::new() }
            )?;
            for (k, c) in run.iter().enumerate() {
                let old_text = escape_html(&fold_space(group_text(r.old, &c.old)));
                let new_text = escape_html(&fold_space(group_text(r.new, &c.new)));
                writeln!(
                    w,
                    "<div class=\"cell old\" id=\"r{}\"{}>{old_text}</div><div class=\"cell new\"{}>{new_text}</div>",
                    start + k,
                    ctx.attrs,
                    ctx.attrs
                )?;
            }
            writeln!(w, "</div></details>")?;
            continue;
        }
        ctx.row(w, n, &changes[n])?;
        n += 1;
    }
    writeln!(w, "</div>")?;
    page::close(w)
}
