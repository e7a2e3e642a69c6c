//! Reports of `alinea check`: the flagged units of a translation memory as TSV (with a
//! header row), JSON Lines or one HTML page, and the one-line summary.

use std::io::{self, Write};

use alinea_align::NumberDiff;
use alinea_text::Lang;

use crate::escape::{escape_html, escape_html_marked};
use crate::page;

/// The output formats of a memory check.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum CheckFormat {
    /// `id<TAB>source<TAB>target<TAB>score<TAB>flags<TAB>notes`, with a header row.
    Tsv,
    /// One JSON object per flagged unit.
    Jsonl,
    /// A self-contained page, side by side.
    Html,
}

/// One unit of a memory with what the check found.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckedUnit {
    /// The unit's id in the file.
    pub id: String,
    /// Its source text.
    pub source: String,
    /// Its target text.
    pub target: String,
    /// Confidence that the pair is a right translation unit, 0–1.
    pub score: f32,
    /// Names of the flags raised (`number_mismatch`, `untranslated`, `length_ratio`,
    /// `incomplete`, `wrong_language`, `misaligned`, `addition`).
    pub flags: Vec<&'static str>,
    /// What each flag is about, for people (`target is in English`, `fits the target of
    /// unit 12 better`).
    pub notes: Vec<String>,
    /// With `number_mismatch`: the numbers of each side that the other lacks, as
    /// written and where (byte ranges into `source` and `target`; `unit` is 0).
    pub numbers: Option<NumberDiff>,
}

/// Everything a check report shows.
#[derive(Debug, Clone, Copy)]
pub struct CheckReport<'a> {
    /// The memory's name.
    pub name: &'a str,
    /// What it is (`TMX`, `XLIFF 1.2`).
    pub format: &'a str,
    /// Its source language.
    pub src_lang: Lang,
    /// Its target language.
    pub tgt_lang: Lang,
    /// Units in the file.
    pub units: usize,
    /// Units without a target (not checked).
    pub without_target: usize,
    /// Units per flag, every flag listed.
    pub counts: &'a [(&'static str, usize)],
    /// Every checked unit (flagged or not).
    pub checked: &'a [CheckedUnit],
}

impl CheckReport<'_> {
    fn flagged(&self) -> impl Iterator<Item = &CheckedUnit> {
        self.checked.iter().filter(|u| !u.flags.is_empty())
    }
}

/// The summary line: units, flagged units, units per flag.
pub fn check_summary(r: &CheckReport<'_>) -> String {
    let per_flag: Vec<String> = r.counts.iter().map(|(f, n)| format!("{f} {n}")).collect();
    let mut s = format!(
        "{} ({}, {} → {}): {} units, {} flagged ({})",
        r.name,
        r.format,
        r.src_lang,
        r.tgt_lang,
        r.units,
        r.flagged().count(),
        per_flag.join(", ")
    );
    if r.without_target > 0 {
        s.push_str(&format!(
            "; {} without a target, not checked",
            r.without_target
        ));
    }
    s
}

/// Writes the flagged units in `format`.
///
/// # Errors
///
/// Write errors.
pub fn render_check(r: &CheckReport<'_>, format: CheckFormat, w: &mut dyn Write) -> io::Result<()> {
    match format {
        CheckFormat::Tsv => {
            let clean = |s: &str| s.replace(['\t', '\n', '\r'], " ");
            writeln!(w, "id\t{}\t{}\tscore\tflags\tnotes", r.src_lang, r.tgt_lang)?;
            for u in r.flagged() {
                writeln!(
                    w,
                    "{}\t{}\t{}\t{:.3}\t{}\t{}",
                    clean(&u.id),
                    clean(&u.source),
                    clean(&u.target),
                    u.score,
                    u.flags.join(","),
                    clean(&u.notes.join("; "))
                )?;
            }
            Ok(())
        }
        CheckFormat::Jsonl => {
            for u in r.flagged() {
                let o = crate::json::checked_unit_json(u);
                writeln!(w, "{o}")?;
            }
            Ok(())
        }
        CheckFormat::Html => render_html(r, w),
    }
}

fn render_html(r: &CheckReport<'_>, w: &mut dyn Write) -> io::Result<()> {
    page::open(w, &format!("alinea check: {}", r.name))?;
    writeln!(
        w,
        "<h1>Check: {} ({}, {} → {})</h1>",
        escape_html(r.name),
        escape_html(r.format),
        r.src_lang,
        r.tgt_lang
    )?;
    let mut figures = vec![
        ("units", r.units.to_string(), "units"),
        ("flagged", r.flagged().count().to_string(), "flagged"),
    ];
    for (f, n) in r.counts {
        figures.push((f, n.to_string(), f));
    }
    if r.without_target > 0 {
        figures.push((
            "without target",
            r.without_target.to_string(),
            "without-target",
        ));
    }
    page::summary(w, &figures)?;
    writeln!(w, "<p class=\"legend\"><span class=\"flag\">number_mismatch</span> numbers, dates or symbols differ <span class=\"flag\">untranslated</span> the target is the source text, or in the source language <span class=\"flag\">length_ratio</span> unusual length ratio (truncated or padded) <span class=\"flag\">incomplete</span> the end of the source has no counterpart in the target <span class=\"flag\">wrong_language</span> a side is not in the declared language <span class=\"flag\">misaligned</span> the source fits a neighbouring unit's target better than its own <span class=\"flag\">addition</span> the end of the target, or a sentence at one of its ends, has no counterpart in the source</p>")?;
    page::nav_hint(w, "flagged unit")?;
    writeln!(
        w,
        "<table>\n<thead><tr><th class=\"n\">unit</th><th{}>{}</th><th{}>{}</th><th class=\"s\">flags</th></tr></thead>\n<tbody>",
        page::dir(Some(r.src_lang)),
        r.src_lang,
        page::dir(Some(r.tgt_lang)),
        r.tgt_lang
    )?;
    for (n, u) in r.flagged().enumerate() {
        let marks = |side: fn(&NumberDiff) -> &[alinea_align::NumberRef]| -> Vec<(usize, usize)> {
            u.numbers
                .as_ref()
                .map(|d| side(d).iter().map(|m| (m.start, m.end)).collect())
                .unwrap_or_default()
        };
        write!(
            w,
            "<tr id=\"u{n}\" class=\"flagged\" tabindex=\"-1\" data-nav><td class=\"n\">{}</td><td{}>{}</td><td{}>{}</td><td class=\"s\">{:.2}",
            escape_html(&u.id),
            page::dir(Some(r.src_lang)),
            escape_html_marked(&u.source, &marks(|d| &d.src_only)),
            page::dir(Some(r.tgt_lang)),
            escape_html_marked(&u.target, &marks(|d| &d.tgt_only)),
            u.score
        )?;
        for f in &u.flags {
            write!(w, " <span class=\"flag\">{f}</span>")?;
        }
        for note in &u.notes {
            write!(w, "<br><small>{}</small>", escape_html(note))?;
        }
        writeln!(w, "</td></tr>")?;
    }
    writeln!(w, "</tbody>\n</table>")?;
    page::close(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn number(start: usize, text: &str) -> alinea_align::NumberRef {
        alinea_align::NumberRef {
            unit: 0,
            start,
            end: start + text.len(),
            text: text.into(),
        }
    }

    fn units() -> Vec<CheckedUnit> {
        vec![
            CheckedUnit {
                id: "1".into(),
                source: "It costs 5 euros.".into(),
                target: "Il coûte 6\teuros.".into(),
                score: 0.4,
                flags: vec!["number_mismatch"],
                notes: vec!["5 ≠ 6".into()],
                numbers: Some(NumberDiff {
                    src_only: vec![number(9, "5")],
                    tgt_only: vec![number(10, "6")],
                }),
            },
            CheckedUnit {
                id: "2".into(),
                source: "Fine.".into(),
                target: "Bien.".into(),
                score: 0.9,
                flags: vec![],
                notes: vec![],
                numbers: None,
            },
        ]
    }

    fn render(format: CheckFormat) -> String {
        let u = units();
        let counts = [("number_mismatch", 1), ("misaligned", 0)];
        let r = CheckReport {
            name: "m.tmx",
            format: "TMX",
            src_lang: Lang::EN,
            tgt_lang: Lang::AR,
            units: 3,
            without_target: 1,
            counts: &counts,
            checked: &u,
        };
        let mut out = Vec::new();
        render_check(&r, format, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn only_flagged_units_are_written() {
        let tsv = render(CheckFormat::Tsv);
        let lines: Vec<&str> = tsv.lines().collect();
        assert_eq!(lines[0], "id\ten\tar\tscore\tflags\tnotes");
        assert_eq!(
            lines[1],
            "1\tIt costs 5 euros.\tIl coûte 6 euros.\t0.400\tnumber_mismatch\t5 ≠ 6"
        );
        assert_eq!(lines.len(), 2);
        let jsonl = render(CheckFormat::Jsonl);
        let v: serde_json::Value = serde_json::from_str(jsonl.trim()).unwrap();
        assert_eq!(v["id"], "1");
        assert_eq!(v["flags"][0], "number_mismatch");
        assert_eq!(v["numbers"]["src_only"][0], "5");
        assert_eq!(v["numbers"]["tgt_only"][0], "6");
        let html = render(CheckFormat::Html);
        assert!(html.contains("It costs <mark>5</mark> euros."));
        assert!(html.contains("Il coûte <mark>6</mark>\teuros."));
        assert!(html.contains("dir=\"rtl\"") && html.contains("<b id=\"units\">3</b>"));
        assert!(!html.contains("Bien."));
    }
}
