//! Alignment renderers.

use std::io::{self, Write};

use alinea_align::{Alignment, Bead, NumberRef};
use alinea_text::Lang;

use crate::escape::{escape_html, escape_html_marked, escape_xml};
use crate::page;

/// Output formats for an alignment.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum AlignFormat {
    /// `[i, j]:[k]:score` per bead.
    Ladder,
    /// `[i, j]:[k]:score:flag,flag` per bead: the ladder with each flagged bead's
    /// review flags as a fourth field (none on unflagged beads).
    LadderFlags,
    /// One JSON object per bead.
    Jsonl,
    /// Tab-separated sentence pairs.
    Tsv,
    /// TMX 1.4b.
    Tmx,
    /// A self-contained HTML page.
    Html,
}

/// What an alignment report shows: the two sides' sentences, their languages and names,
/// and the alignment.
pub struct AlignReport<'a> {
    /// Source document name (shown in HTML).
    pub src_name: &'a str,
    /// Target document name.
    pub tgt_name: &'a str,
    /// Source language.
    pub src_lang: Lang,
    /// Target language.
    pub tgt_lang: Lang,
    /// Source sentences.
    pub src: &'a [String],
    /// Target sentences.
    pub tgt: &'a [String],
    /// The alignment of `src` and `tgt`.
    pub alignment: &'a Alignment,
}

impl AlignReport<'_> {
    fn side_text(&self, idx: &[usize], sents: &[String], lang: Lang) -> String {
        let sep = if lang.is_unspaced() { "" } else { " " };
        idx.iter()
            .filter_map(|&i| sents.get(i).map(String::as_str))
            .collect::<Vec<_>>()
            .join(sep)
    }

    /// One side of a bead as HTML, the numbers in `marks` (a number mismatch) wrapped
    /// in `<mark>` so that a reviser sees which ones differ.
    fn side_html(
        &self,
        idx: &[usize],
        sents: &[String],
        lang: Lang,
        marks: &[NumberRef],
    ) -> String {
        let sep = if lang.is_unspaced() { "" } else { " " };
        let mut parts = Vec::with_capacity(idx.len());
        for &i in idx {
            let Some(text) = sents.get(i) else { continue };
            let here: Vec<(usize, usize)> = marks
                .iter()
                .filter(|m| m.unit == i)
                .map(|m| (m.start, m.end))
                .collect();
            let out = escape_html_marked(text, &here);
            parts.push(out);
        }
        parts.join(sep)
    }

    /// The sentences of a bead's two sides, joined as the language writes them.
    pub fn texts(&self, b: &Bead) -> (String, String) {
        (
            self.side_text(b.src(), self.src, self.src_lang),
            self.side_text(b.tgt(), self.tgt, self.tgt_lang),
        )
    }
}

/// Names of the flags set on a bead, in a fixed order.
pub fn flag_names(b: &Bead) -> Vec<&'static str> {
    b.flags().names()
}

/// Renders `report` in `format` to `w`.
pub fn render_alignment(
    report: &AlignReport<'_>,
    format: AlignFormat,
    w: &mut dyn Write,
) -> io::Result<()> {
    render(report, format, None, w).map(|_| ())
}

/// Renders `report` like [`render_alignment`], but the translation-memory formats
/// (TSV, TMX) leave out pairs whose score is below `min_score`: a reviser importing
/// pairs into a memory wants only those worth trusting. Returns how many pairs were
/// left out (always 0 for the other formats, which show every bead).
pub fn render_alignment_min_score(
    report: &AlignReport<'_>,
    format: AlignFormat,
    min_score: f32,
    w: &mut dyn Write,
) -> io::Result<usize> {
    render(report, format, Some(min_score), w)
}

/// Whether a pair is below the optional threshold.
fn too_weak(b: &Bead, min_score: Option<f32>) -> bool {
    min_score.is_some_and(|m| b.score() < m)
}

fn render(
    report: &AlignReport<'_>,
    format: AlignFormat,
    min_score: Option<f32>,
    w: &mut dyn Write,
) -> io::Result<usize> {
    let mut left_out = 0;
    match format {
        AlignFormat::Ladder => {
            for b in report.alignment.beads() {
                writeln!(w, "{}", b.ladder(true))?;
            }
        }
        AlignFormat::LadderFlags => {
            for b in report.alignment.beads() {
                match flag_names(b).join(",") {
                    f if f.is_empty() => writeln!(w, "{}", b.ladder(true))?,
                    f => writeln!(w, "{}:{f}", b.ladder(true))?,
                }
            }
        }
        AlignFormat::Jsonl => {
            for b in report.alignment.beads() {
                writeln!(w, "{}", crate::json::bead_json(report, b))?;
            }
        }
        AlignFormat::Tsv => {
            let clean = |s: &str| s.replace(['\t', '\n', '\r'], " ");
            // A header row, so that spreadsheets and csv readers name the columns.
            writeln!(w, "{}\t{}\tscore\tflags", report.src_lang, report.tgt_lang)?;
            for b in report.alignment.beads() {
                if too_weak(b, min_score) {
                    left_out += 1;
                    continue;
                }
                let (s, t) = report.texts(b);
                writeln!(
                    w,
                    "{}\t{}\t{:.3}\t{}",
                    clean(&s),
                    clean(&t),
                    b.score(),
                    flag_names(b).join(",")
                )?;
            }
        }
        AlignFormat::Tmx => left_out = render_tmx(report, min_score, w)?,
        AlignFormat::Html => render_html(report, w)?,
    }
    Ok(left_out)
}

fn render_tmx(r: &AlignReport<'_>, min_score: Option<f32>, w: &mut dyn Write) -> io::Result<usize> {
    let mut left_out = 0;
    writeln!(w, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(w, r#"<tmx version="1.4">"#)?;
    writeln!(
        w,
        r#"  <header creationtool="alinea" creationtoolversion="{}" segtype="sentence" o-tmf="alinea" adminlang="en" srclang="{}" datatype="plaintext"/>"#,
        env!("CARGO_PKG_VERSION"),
        r.src_lang
    )?;
    writeln!(w, "  <body>")?;
    for (n, b) in r.alignment.beads().iter().enumerate() {
        if b.src().is_empty() || b.tgt().is_empty() {
            continue;
        }
        if too_weak(b, min_score) {
            left_out += 1;
            continue;
        }
        let (s, t) = r.texts(b);
        writeln!(w, r#"    <tu tuid="{}">"#, n + 1)?;
        writeln!(
            w,
            r#"      <prop type="x-alinea-score">{:.3}</prop>"#,
            b.score()
        )?;
        let flags = flag_names(b);
        if !flags.is_empty() {
            writeln!(
                w,
                r#"      <prop type="x-alinea-flags">{}</prop>"#,
                flags.join(" ")
            )?;
        }
        writeln!(
            w,
            r#"      <tuv xml:lang="{}"><seg>{}</seg></tuv>"#,
            r.src_lang,
            escape_xml(&s)
        )?;
        writeln!(
            w,
            r#"      <tuv xml:lang="{}"><seg>{}</seg></tuv>"#,
            r.tgt_lang,
            escape_xml(&t)
        )?;
        writeln!(w, "    </tu>")?;
    }
    writeln!(w, "  </body>")?;
    writeln!(w, "</tmx>")?;
    Ok(left_out)
}

/// Alignment-specific additions to the shared page style.
const ALIGN_STYLE: &str = "th.n, td.n { width: 4.5rem; color: var(--muted); font-size: .8rem; } \
th.s, td.s { width: 5rem; font-variant-numeric: tabular-nums; } \
th { position: sticky; top: 0; } mark { background: #ffd8b5; } \
@media (max-width: 700px) { th.n, td.n { display: none; } th.s, td.s { width: 3.2rem; font-size: .8rem; } th, td { padding: .3rem; hyphens: auto; } td.s .flag { display: block; font-size: .6rem; overflow-wrap: anywhere; } }";

/// Every flag a bead can carry, in the order of [`alinea_align::Flags::names`].
const FLAG_NAMES: [&str; 7] = [
    "number_mismatch",
    "length_ratio",
    "omission",
    "addition",
    "incomplete",
    "untranslated",
    "low_confidence",
];

/// Shows only the rows carrying the chosen flag (or any flag); without script every
/// row stays visible.
const FILTER_SCRIPT: &str = r#"
(function () {
  var sel = document.getElementById('flag-filter');
  var rows = Array.prototype.slice.call(document.querySelectorAll('tbody tr'));
  function apply() {
    var want = sel.value, shown = 0;
    rows.forEach(function (r) {
      var f = (r.getAttribute('data-flags') || '').split(' ');
      var ok = want === '' || (want === 'any' ? f[0] !== '' : f.indexOf(want) >= 0);
      r.hidden = !ok;
      if (ok) shown++;
    });
    document.getElementById('shown').textContent = want === '' ? '' : shown + ' of ' + rows.length + ' pairs';
  }
  sel.addEventListener('change', apply);
})();
"#;

fn render_html(r: &AlignReport<'_>, w: &mut dyn Write) -> io::Result<()> {
    let a = r.alignment;
    let s = a.summary();
    let dir = |l: Lang| if l.is_rtl() { "rtl" } else { "ltr" };
    page::open(
        w,
        &format!("alinea alignment: {} ↔ {}", r.src_name, r.tgt_name),
    )?;
    writeln!(w, "<style>{ALIGN_STYLE}</style>")?;
    writeln!(
        w,
        "<h1>Alignment: {} ({}) ↔ {} ({})</h1>",
        escape_html(r.src_name),
        r.src_lang,
        escape_html(r.tgt_name),
        r.tgt_lang
    )?;
    let shapes: Vec<String> = s
        .shape_counts()
        .iter()
        .map(|(k, v)| format!("{k}: {v}"))
        .collect();
    page::summary(
        w,
        &[
            ("verdict", s.verdict().describe().to_owned(), "verdict"),
            ("beads", a.beads().len().to_string(), "beads"),
            (
                "source aligned",
                format!("{:.1} %", 100.0 * s.src_coverage()),
                "src-coverage",
            ),
            (
                "target aligned",
                format!("{:.1} %", 100.0 * s.tgt_coverage()),
                "tgt-coverage",
            ),
            (
                "mean confidence",
                format!("{:.2}", s.mean_confidence()),
                "confidence",
            ),
            ("flagged beads", s.flagged().to_string(), "flagged"),
            ("bead shapes", shapes.join(", "), "shapes"),
        ],
    )?;
    writeln!(w, "<p class=\"legend\" id=\"confident\">A pair is <b>confidently aligned</b> when both sides have text and its score — the estimated probability that the pairing is exactly right, calibrated on held-out translations — is at least 0.5 (no <span class=\"flag\">low_confidence</span> flag). “Source aligned” and “target aligned” are the shares of each text, by length, in such pairs.</p>")?;
    writeln!(w, "<p class=\"filter\"><label for=\"flag-filter\">Show</label> <select id=\"flag-filter\"><option value=\"\">all pairs</option><option value=\"any\">flagged pairs</option>")?;
    for f in FLAG_NAMES {
        writeln!(w, "<option value=\"{f}\">{f}</option>")?;
    }
    writeln!(w, "</select> <span id=\"shown\"></span></p>")?;
    writeln!(w, "<p class=\"legend\"><span class=\"flag\">number_mismatch</span> numbers, dates or symbols differ (<mark>marked</mark> in the text) <span class=\"flag\">length_ratio</span> unusual length ratio <span class=\"flag\">omission</span> source text with no counterpart <span class=\"flag\">addition</span> target text with no counterpart <span class=\"flag\">incomplete</span> the target stops on a word no sentence ends on <span class=\"flag\">untranslated</span> same text or language on both sides <span class=\"flag\">low_confidence</span> doubtful pair</p>")?;
    page::nav_hint(w, "flagged pair")?;
    writeln!(w, "<table>\n<thead><tr><th class=\"n\">bead</th><th lang=\"{0}\" dir=\"{1}\">{0}</th><th lang=\"{2}\" dir=\"{3}\">{2}</th><th class=\"s\">score</th></tr></thead>\n<tbody>", r.src_lang, dir(r.src_lang), r.tgt_lang, dir(r.tgt_lang))?;
    for (n, b) in a.beads().iter().enumerate() {
        let (st, tt) = r.texts(b);
        let flags = flag_names(b);
        let class = if flags.is_empty() {
            String::new()
        } else {
            format!(
                " class=\"flagged\" tabindex=\"-1\" data-nav data-flags=\"{}\"",
                flags.join(" ")
            )
        };
        write!(
            w,
            "<tr id=\"b{n}\"{class}><td class=\"n\">{}</td>",
            escape_html(&b.ladder(false))
        )?;
        let (sh, th) = match b.number_diff() {
            Some(d) => (
                r.side_html(b.src(), r.src, r.src_lang, &d.src_only),
                r.side_html(b.tgt(), r.tgt, r.tgt_lang, &d.tgt_only),
            ),
            None => (escape_html(&st), escape_html(&tt)),
        };
        write!(
            w,
            "<td lang=\"{}\" dir=\"{}\">{sh}</td>",
            r.src_lang,
            dir(r.src_lang),
        )?;
        write!(
            w,
            "<td lang=\"{}\" dir=\"{}\">{th}</td>",
            r.tgt_lang,
            dir(r.tgt_lang),
        )?;
        write!(w, "<td class=\"s\">{:.2}", b.score())?;
        for f in flags {
            write!(w, " <span class=\"flag\">{f}</span>")?;
        }
        writeln!(w, "</td></tr>")?;
    }
    writeln!(w, "</tbody>\n</table>")?;
    writeln!(w, "<script>{FILTER_SCRIPT}</script>")?;
    page::close(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> (Vec<String>, Vec<String>, Alignment) {
        let src: Vec<String> = ["مرحبا بالعالم.", "الفقرة ٢٠١٣ & <b>.", "جملة ثالثة."]
            .map(String::from)
            .to_vec();
        let tgt: Vec<String> = ["سلام دنیا.", "بند ۲۰۱۳ & <b>.", "جمله سوم."]
            .map(String::from)
            .to_vec();
        let a = alinea_align::align(&src, &tgt, Lang::AR, Lang::FA);
        (src, tgt, a)
    }

    fn render(format: AlignFormat) -> String {
        let (src, tgt, a) = sample();
        let r = AlignReport {
            src_name: "a.txt",
            tgt_name: "b.txt",
            src_lang: Lang::AR,
            tgt_lang: Lang::FA,
            src: &src,
            tgt: &tgt,
            alignment: &a,
        };
        let mut out = Vec::new();
        render_alignment(&r, format, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn min_score_leaves_weak_pairs_out_of_tsv_and_tmx() {
        let (src, tgt, a) = sample();
        let r = AlignReport {
            src_name: "a.txt",
            tgt_name: "b.txt",
            src_lang: Lang::AR,
            tgt_lang: Lang::FA,
            src: &src,
            tgt: &tgt,
            alignment: &a,
        };
        let pairs = a.beads().len();
        let mut out = Vec::new();
        let left = render_alignment_min_score(&r, AlignFormat::Tsv, 1.01, &mut out).unwrap();
        assert_eq!(left, pairs, "no score reaches 1.01");
        assert_eq!(
            String::from_utf8(out).unwrap().lines().count(),
            1,
            "header only"
        );
        let mut out = Vec::new();
        let left = render_alignment_min_score(&r, AlignFormat::Tmx, 0.0, &mut out).unwrap();
        assert_eq!(left, 0);
        let mut out = Vec::new();
        assert_eq!(
            render_alignment_min_score(&r, AlignFormat::Jsonl, 1.01, &mut out).unwrap(),
            0,
            "JSONL shows every bead"
        );
        assert_eq!(String::from_utf8(out).unwrap().lines().count(), pairs);
    }

    #[test]
    fn a_number_mismatch_is_named_in_json_marked_in_html_and_kept_in_the_ladder() {
        let src: Vec<String> = ["Er kam 1957 an.", "Sie blieb zwei Tage."]
            .map(String::from)
            .to_vec();
        let tgt: Vec<String> = ["Il arriva en 1958.", "Elle resta 2 jours."]
            .map(String::from)
            .to_vec();
        let a = alinea_align::align(&src, &tgt, Lang::DE, Lang::FR);
        let r = AlignReport {
            src_name: "de.txt",
            tgt_name: "fr.txt",
            src_lang: Lang::DE,
            tgt_lang: Lang::FR,
            src: &src,
            tgt: &tgt,
            alignment: &a,
        };
        let out = |f| {
            let mut v = Vec::new();
            render_alignment(&r, f, &mut v).unwrap();
            String::from_utf8(v).unwrap()
        };
        let jsonl = out(AlignFormat::Jsonl);
        let first: serde_json::Value = serde_json::from_str(jsonl.lines().next().unwrap()).unwrap();
        assert_eq!(first["numbers"]["src_only"], serde_json::json!(["1957"]));
        assert_eq!(first["numbers"]["tgt_only"], serde_json::json!(["1958"]));
        let second: serde_json::Value =
            serde_json::from_str(jsonl.lines().nth(1).unwrap()).unwrap();
        assert!(second.get("numbers").is_none(), "zwei = 2: {second}");
        let html = out(AlignFormat::Html);
        assert!(html.contains("Er kam <mark>1957</mark> an."), "{html}");
        assert!(html.contains("Il arriva en <mark>1958</mark>."));
        assert!(html.contains("data-flags=\"number_mismatch"));
        assert!(html.contains("id=\"flag-filter\"") && html.contains("confidently aligned"));
        let ladder = out(AlignFormat::LadderFlags);
        assert!(
            ladder.lines().next().unwrap().contains(":number_mismatch"),
            "{ladder}"
        );
        assert!(!out(AlignFormat::Ladder).contains("number_mismatch"));
    }

    #[test]
    fn tmx_parses_back_with_languages_and_text() {
        let tmx = render(AlignFormat::Tmx);
        let doc = roxmltree::Document::parse(&tmx).expect("valid XML");
        let root = doc.root_element();
        assert_eq!(root.attribute("version"), Some("1.4"));
        let header = root.children().find(|n| n.has_tag_name("header")).unwrap();
        assert_eq!(header.attribute("srclang"), Some("ar"));
        let tuvs: Vec<_> = doc
            .descendants()
            .filter(|n| n.has_tag_name("tuv"))
            .collect();
        assert!(tuvs.len() >= 2 && tuvs.len() % 2 == 0);
        let xml_lang = |n: &roxmltree::Node| {
            n.attribute(("http://www.w3.org/XML/1998/namespace", "lang"))
                .map(str::to_string)
        };
        assert_eq!(xml_lang(&tuvs[0]).as_deref(), Some("ar"));
        assert_eq!(xml_lang(&tuvs[1]).as_deref(), Some("fa"));
        let segs: String = doc
            .descendants()
            .filter(|n| n.has_tag_name("seg"))
            .filter_map(|n| n.text())
            .collect();
        assert!(
            segs.contains("& <b>"),
            "escaped text comes back verbatim: {segs}"
        );
    }

    #[test]
    fn html_is_self_contained_and_right_to_left() {
        let html = render(AlignFormat::Html);
        assert!(html.contains("dir=\"rtl\""));
        assert!(html.contains("&amp; &lt;b&gt;"));
        assert!(
            !html.contains("http://") && !html.contains("https://"),
            "no external resources"
        );
        assert!(html.contains("id=\"summary\""));
    }

    #[test]
    fn ladder_jsonl_and_tsv() {
        let ladder = render(AlignFormat::Ladder);
        assert!(
            ladder.lines().next().unwrap().starts_with("[0]:[0]"),
            "{ladder}"
        );
        for line in render(AlignFormat::Jsonl).lines() {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            assert!(v["src"].is_array() && v["tgt"].is_array() && v["flags"].is_array());
            assert!(v["score"].as_f64().is_some());
        }
        let flagged = render(AlignFormat::LadderFlags);
        let a = sample().2;
        for (line, b) in flagged.lines().zip(a.beads()) {
            let back = &alinea_align::parse_ladder(line).unwrap()[0];
            assert_eq!(back.flags, b.flags().names(), "{line}");
        }
        let tsv = render(AlignFormat::Tsv);
        assert_eq!(tsv.lines().count(), 4, "a header row and one line per bead");
        assert!(tsv.starts_with("ar\tfa\tscore\tflags\n"), "{tsv}");
    }
}
