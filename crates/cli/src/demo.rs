//! `alinea demo`: the whole tool on the embedded corpus. Each job writes an HTML report
//! with its machine-readable companions, and `index.html` links them all.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use alinea_align::Aligner;
use alinea_diff::{compare_across_languages, Differ};
use alinea_report::{
    escape_html, render_cross_html, render_history_html, render_history_text, AlignFormat,
    CrossReport, HistoryReport, TextStyle,
};
use alinea_text::Lang;
use anyhow::{Context, Result};

use crate::args::DemoArgs;
use crate::commands::align::{align_sides, side_from_doc, split_document, write_report, Side};
use crate::corpus::{DemoDoc, SEEDS, SERIES};
use crate::pipeline::{detector_for, Analyzer};

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
    let analyzer = Analyzer::new(detector_for(None)?, None, u64::MAX);
    let aligner = Aligner::builder().build()?;
    type Job<'a> = Box<dyn Fn() -> Result<Entry> + 'a>;
    let jobs: Vec<(&str, Job)> = vec![
        (
            "aligning the Havana declaration (Russian–English, one file)",
            Box::new(|| havana(&analyzer, &aligner, out)),
        ),
        (
            "aligning the 2013 GGE report (Arabic–Persian)",
            Box::new(|| gge(&analyzer, &aligner, out)),
        ),
        (
            "history of the Persian series 53/70 → 71/28 → 73/27",
            Box::new(|| history(&analyzer, 0, "history_ict_security_fa", out)),
        ),
        (
            "history of the Persian series 68/167 → 69/166 → 71/199",
            Box::new(|| history(&analyzer, 1, "history_privacy_fa", out)),
        ),
        (
            "cross-language comparison of A/RES/75/240 (ar) with the 2022 draft (zh)",
            Box::new(|| cross(&analyzer, &aligner, out)),
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
        println!("{:<34} key figures", "report");
        for e in &entries {
            println!("{:<34} {}", e.html, e.figures);
        }
        println!(
            "\nreports in {}: open {}",
            out.display(),
            out.join("index.html").display()
        );
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
    src: &Side,
    tgt: &Side,
    aligner: &Aligner,
) -> Result<(String, Vec<String>, String)> {
    let alignment = align_sides(aligner, src, tgt);
    let mut files = Vec::new();
    for (format, ext) in [
        (AlignFormat::Html, "html"),
        (AlignFormat::Tmx, "tmx"),
        (AlignFormat::Jsonl, "jsonl"),
    ] {
        let name = format!("{stem}.{ext}");
        let mut buf = Vec::new();
        write_report(src, tgt, &alignment, format, &mut buf)?;
        fs::write(out.join(&name), buf)
            .with_context(|| format!("{}: cannot write", out.join(&name).display()))?;
        files.push(name);
    }
    let s = alignment.summary();
    let one_one = s
        .shape_counts()
        .iter()
        .filter(|(k, _)| k.to_string() == "1-1")
        .map(|(_, v)| *v)
        .sum::<usize>();
    // Sentences in beads with both sides, whatever their confidence; the summary's own
    // coverage counts only confident beads.
    let paired = |side: fn(&alinea_align::Bead) -> &[usize],
                  other: fn(&alinea_align::Bead) -> &[usize]| {
        alignment
            .beads()
            .iter()
            .filter(|b| !other(b).is_empty())
            .map(|b| side(b).len())
            .sum::<usize>()
    };
    let figures = format!(
        "{} beads ({} 1-1); paired {}/{} and {}/{} sentences; confidently aligned {:.0}% / {:.0}% of the text; mean confidence {:.2}; {} flagged",
        alignment.beads().len(),
        one_one,
        paired(|b| b.src(), |b| b.tgt()),
        src.sentences.len(),
        paired(|b| b.tgt(), |b| b.src()),
        tgt.sentences.len(),
        100.0 * s.src_coverage(),
        100.0 * s.tgt_coverage(),
        s.mean_confidence(),
        s.flagged()
    );
    let html = files.remove(0);
    Ok((html, files, figures))
}

fn havana(analyzer: &Analyzer, aligner: &Aligner, out: &Path) -> Result<Entry> {
    let doc = analyzer.analyze(seed("havana_2019_ru_en.txt").to_string());
    let (src, tgt) = split_document(&doc, "Havana declaration 2019", None, None)?;
    let (html, extra, figures) = write_alignment(out, "havana_ru_en", &src, &tgt, aligner)?;
    Ok(Entry {
        title: "Havana declaration 2019: Russian ↔ English".into(),
        figures,
        html,
        extra,
    })
}

fn gge(analyzer: &Analyzer, aligner: &Aligner, out: &Path) -> Result<Entry> {
    let ar = analyzer.analyze(seed("a_68_98_ar.txt").to_string());
    let fa = analyzer.analyze(seed("a_68_98_fa.txt").to_string());
    let src = side_from_doc(analyzer, "A/68/98 (Arabic)".into(), &ar, None)?;
    let tgt = side_from_doc(analyzer, "A/68/98 (Persian)".into(), &fa, None)?;
    let (html, extra, figures) = write_alignment(out, "gge_2013_ar_fa", &src, &tgt, aligner)?;
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

fn history(analyzer: &Analyzer, which: usize, stem: &str, out: &Path) -> Result<Entry> {
    let (title, docs): (&str, &[DemoDoc]) = SERIES[which];
    let parsed: Vec<_> = docs
        .iter()
        .map(|d| analyzer.analyze(d.text.to_string()))
        .collect();
    let names: Vec<String> = docs.iter().map(|d| d.title.to_string()).collect();
    let (history, diffs) = Differ::default().history_with_diffs(&parsed)?;
    let report = HistoryReport {
        names: &names,
        docs: &parsed,
        lang: Some(Lang::FA),
        history: &history,
        diffs: &diffs,
    };
    let mut html = Vec::new();
    render_history_html(&report, &mut html)?;
    write_file(out, &format!("{stem}.html"), html)?;
    let mut md = Vec::new();
    render_history_text(&report, TextStyle::Markdown, &mut md)?;
    write_file(out, &format!("{stem}.md"), md)?;
    let json = serde_json::json!({
        "versions": history.versions,
        "files": names,
        "lineages": history.lineages,
        "transitions": history.transitions,
    });
    write_file(
        out,
        &format!("{stem}.json"),
        serde_json::to_vec_pretty(&json)?,
    )?;
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

fn cross(analyzer: &Analyzer, aligner: &Aligner, out: &Path) -> Result<Entry> {
    let old = analyzer.analyze(seed("a_res_75_240_ar.txt").to_string());
    let new = analyzer.analyze(seed("a_c1_77_l23_rev1_zh.txt").to_string());
    let cross = compare_across_languages(aligner, &old, Lang::AR, &new, Lang::ZH)?;
    let report = CrossReport {
        old_name: "A/RES/75/240 (2020, Arabic)",
        new_name: "A/C.1/77/L.23/Rev.1 (2022 draft, Chinese)",
        old: &old,
        new: &new,
        old_lang: Lang::AR,
        new_lang: Lang::ZH,
        cross: &cross,
    };
    let stem = "compare_75_240_ar_vs_77_draft_zh";
    let mut html = Vec::new();
    render_cross_html(&report, &mut html)?;
    write_file(out, &format!("{stem}.html"), html)?;
    write_file(
        out,
        &format!("{stem}.json"),
        serde_json::to_vec_pretty(&cross)?,
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
