//! `alinea demo`: the whole tool on the embedded corpus. Each job writes an HTML report
//! with its machine-readable companions, and `index.html` links them all.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use std::io::Write as _;

use alinea::report::{
    escape_html, render_alignment, render_cross_html, render_history_html, render_history_text,
    AlignFormat, TextStyle,
};
use alinea::{AlignedPair, Engine};
use anyhow::{Context, Result};

use crate::args::DemoArgs;
use crate::corpus::{DemoDoc, SEEDS, SERIES};

/// What one demo job produced, for the summary table and the index page.
pub struct Entry {
    /// What ran.
    pub title: String,
    /// Key figures, one line.
    pub figures: String,
    /// The HTML report's file name.
    pub html: String,
    /// Companion files (TMX, JSON…).
    pub extra: Vec<String>,
}

/// Runs the demo.
pub fn run(args: &DemoArgs, quiet: bool) -> Result<()> {
    let out = &args.out;
    fs::create_dir_all(out)
        .with_context(|| format!("{}: cannot create the demo folder", out.display()))?;
    let engine = Engine::builder().max_bytes(u64::MAX).build()?;
    type Job<'a> = Box<dyn Fn() -> Result<Entry> + 'a>;
    let jobs: Vec<(&str, Job)> = vec![
        (
            "aligning the Havana declaration (Russian–English, one file)",
            Box::new(|| havana(&engine, out)),
        ),
        (
            "aligning the 2013 GGE report (Arabic–Persian)",
            Box::new(|| gge(&engine, out)),
        ),
        (
            "history of the Persian series 53/70 → 71/28 → 73/27",
            Box::new(|| history(&engine, 0, "history_ict_security_fa", out)),
        ),
        (
            "history of the Persian series 68/167 → 69/166 → 71/199",
            Box::new(|| history(&engine, 1, "history_privacy_fa", out)),
        ),
        (
            "cross-language comparison of A/RES/75/240 (ar) with the 2022 draft (zh)",
            Box::new(|| cross(&engine, out)),
        ),
    ];
    let total = jobs.len();
    let mut entries = Vec::new();
    for (k, (what, job)) in jobs.iter().enumerate() {
        if !quiet {
            eprintln!("[{}/{}] {what}", k + 1, total);
        }
        entries.push(job()?);
    }
    write_index(out, &entries)?;
    if !quiet {
        let mut w = crate::output::stdout();
        writeln!(w, "{:<34} key figures", "report")?;
        for e in &entries {
            writeln!(w, "{:<34} {}", e.html, e.figures)?;
        }
        writeln!(
            w,
            "\nreports in {}: open {}",
            out.display(),
            out.join("index.html").display()
        )?;
        w.flush()?;
    }
    Ok(())
}

fn seed(name: &str) -> &'static str {
    SEEDS
        .iter()
        .find(|s| s.name.ends_with(name))
        .map_or("", |s| s.text)
}

fn write_alignment(
    out: &Path,
    stem: &str,
    pair: &AlignedPair,
) -> Result<(String, Vec<String>, String)> {
    let mut files = Vec::new();
    for (format, ext) in [
        (AlignFormat::Html, "html"),
        (AlignFormat::Tmx, "tmx"),
        (AlignFormat::Jsonl, "jsonl"),
    ] {
        let name = format!("{stem}.{ext}");
        let mut buf = Vec::new();
        render_alignment(&pair.report(), format, &mut buf)?;
        write_file(out, &name, buf)?;
        files.push(name);
    }
    let alignment = &pair.alignment;
    let s = alignment.summary();
    let one_one = alignment
        .beads()
        .iter()
        .filter(|b| b.src().len() == 1 && b.tgt().len() == 1)
        .count();
    // Sentences in beads with both sides, whatever their confidence; the summary's own
    // coverage counts only confident beads.
    let (mut paired_src, mut paired_tgt) = (0, 0);
    for b in alignment.beads() {
        if !b.src().is_empty() && !b.tgt().is_empty() {
            paired_src += b.src().len();
            paired_tgt += b.tgt().len();
        }
    }
    let figures = format!(
        "{} beads ({} 1-1); paired {}/{} and {}/{} sentences; confidently aligned {:.0}% / {:.0}% of the text; mean confidence {:.2}; {} flagged",
        alignment.beads().len(),
        one_one,
        paired_src,
        pair.src.sentences.len(),
        paired_tgt,
        pair.tgt.sentences.len(),
        100.0 * s.src_coverage(),
        100.0 * s.tgt_coverage(),
        s.mean_confidence(),
        s.flagged()
    );
    let html = files.remove(0);
    Ok((html, files, figures))
}

fn havana(engine: &Engine, out: &Path) -> Result<Entry> {
    let doc = engine.analyze_text(
        "Havana declaration 2019",
        seed("havana_2019_ru_en.txt").to_string(),
        None,
    );
    let pair = engine.align_mixed_document(&doc, None, None)?;
    let (html, extra, figures) = write_alignment(out, "havana_ru_en", &pair)?;
    Ok(Entry {
        title: "Havana declaration 2019: Russian ↔ English".into(),
        figures,
        html,
        extra,
    })
}

fn gge(engine: &Engine, out: &Path) -> Result<Entry> {
    let ar = engine.analyze_text("A/68/98 (Arabic)", seed("a_68_98_ar.txt").to_string(), None);
    let fa = engine.analyze_text(
        "A/68/98 (Persian)",
        seed("a_68_98_fa.txt").to_string(),
        None,
    );
    let pair = engine.align_documents(&ar, &fa, None, None)?;
    let (html, extra, figures) = write_alignment(out, "gge_2013_ar_fa", &pair)?;
    Ok(Entry {
        title: "A/68/98 (2013 GGE report): Arabic ↔ Persian".into(),
        figures,
        html,
        extra,
    })
}

fn write_file(out: &Path, name: &str, bytes: Vec<u8>) -> Result<()> {
    let path = out.join(name);
    fs::write(&path, bytes).with_context(|| format!("{}: cannot write", path.display()))
}

fn history(engine: &Engine, which: usize, stem: &str, out: &Path) -> Result<Entry> {
    let (title, docs): (&str, &[DemoDoc]) = SERIES[which];
    let parsed: Vec<_> = docs
        .iter()
        .map(|d| engine.analyze_text(d.title, d.text.to_string(), None))
        .collect();
    let series = engine.history_documents(parsed)?;
    let report = series.report();
    let mut html = Vec::new();
    render_history_html(&report, &mut html)?;
    write_file(out, &format!("{stem}.html"), html)?;
    let mut md = Vec::new();
    render_history_text(&report, TextStyle::Markdown, &mut md)?;
    write_file(out, &format!("{stem}.md"), md)?;
    write_file(
        out,
        &format!("{stem}.json"),
        serde_json::to_vec_pretty(&series.to_json())?,
    )?;
    let history = &series.history;
    let per: Vec<String> = history
        .transitions
        .iter()
        .map(|t| {
            format!(
                "+{} −{} ~{}",
                t.summary.added, t.summary.deleted, t.summary.modified
            )
        })
        .collect();
    Ok(Entry {
        title: format!("History: {title}"),
        figures: format!(
            "{} lineages; per transition (added, deleted, modified): {}",
            history.lineages.len(),
            per.join(" | ")
        ),
        html: format!("{stem}.html"),
        extra: vec![format!("{stem}.md"), format!("{stem}.json")],
    })
}

fn cross(engine: &Engine, out: &Path) -> Result<Entry> {
    let old = engine.analyze_text(
        "A/RES/75/240 (2020, Arabic)",
        seed("a_res_75_240_ar.txt").to_string(),
        None,
    );
    let new = engine.analyze_text(
        "A/C.1/77/L.23/Rev.1 (2022 draft, Chinese)",
        seed("a_c1_77_l23_rev1_zh.txt").to_string(),
        None,
    );
    let compared = engine.compare_documents(old, new)?;
    let report = compared
        .cross_report()
        .context("the Arabic and Chinese seeds should get a cross-language comparison")?;
    let cross = report.cross;
    let stem = "compare_75_240_ar_vs_77_draft_zh";
    let mut html = Vec::new();
    render_cross_html(&report, &mut html)?;
    write_file(out, &format!("{stem}.html"), html)?;
    write_file(
        out,
        &format!("{stem}.json"),
        serde_json::to_vec_pretty(&compared.to_json())?,
    )?;
    let added: Vec<String> = cross
        .document_anchors_added
        .resolutions
        .iter()
        .cloned()
        .collect();
    let pair_added: std::collections::BTreeSet<String> = cross
        .pairs
        .iter()
        .flat_map(|p| p.anchors_added.resolutions.iter().cloned())
        .collect();
    let s = &cross.summary;
    Ok(Entry {
        title: "Cross-language comparison: A/RES/75/240 (ar) → 2022 draft (zh)".into(),
        figures: format!(
            "{} paired, {} old only, {} new only; resolutions newly cited in aligned paragraphs: {}{}",
            s.paired,
            s.old_only,
            s.new_only,
            pair_added.into_iter().collect::<Vec<_>>().join(", "),
            if added.is_empty() { String::new() } else { format!(" (new to the document: {})", added.join(", ")) }
        ),
        html: format!("{stem}.html"),
        extra: vec![format!("{stem}.json")],
    })
}

fn write_index(out: &Path, entries: &[Entry]) -> Result<()> {
    let mut h = String::new();
    h.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>alinea demo</title>\n");
    h.push_str("<style>body{font:15px/1.5 system-ui,sans-serif;max-width:900px;margin:0 auto;padding:1rem;color:#1f2328}li{margin:.6rem 0}.fig{color:#59636e;font-size:.9rem}a{color:#0969da}</style>\n</head>\n<body>\n");
    h.push_str("<h1>alinea demo</h1>\n<p>Reports produced by <code>alinea demo</code> from the embedded corpus (UN documents in Russian, English, Arabic, Chinese and Persian, as extracted from PDFs).</p>\n<ul id=\"reports\">\n");
    for e in entries {
        let _ = write!(
            h,
            "<li><a href=\"{}\">{}</a><div class=\"fig\">{}",
            escape_html(&e.html),
            escape_html(&e.title),
            escape_html(&e.figures)
        );
        for x in &e.extra {
            let _ = write!(h, " · <a href=\"{0}\">{0}</a>", escape_html(x));
        }
        h.push_str("</div></li>\n");
    }
    h.push_str("</ul>\n</body>\n</html>\n");
    fs::write(out.join("index.html"), h)
        .with_context(|| format!("{}: cannot write", out.join("index.html").display()))
}
