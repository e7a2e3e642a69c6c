//! The seed documents through the text pipeline: the checks of issue #2.

use alinea::text::{Document, LabelKind, Lang, ParaKind, Part};
use alinea::Engine;

use crate::util::read_data;

fn analyze(rel: &str) -> (Engine, Document) {
    let engine = Engine::builder().max_bytes(u64::MAX).build().unwrap();
    let doc = engine
        .analyze_text(rel, read_data(rel), None)
        .document()
        .clone();
    (engine, doc)
}

#[test]
fn havana_declaration_is_two_language_runs() {
    let (engine, doc) = analyze("seeds/havana_2019_ru_en.txt");
    let analyzed = engine.analyze_text("havana", read_data("seeds/havana_2019_ru_en.txt"), None);
    let runs = engine.language_runs(&analyzed);
    let runs: Vec<(&str, usize, usize)> = runs
        .iter()
        .map(|r| (r.lang.code(), r.first_line, r.last_line))
        .collect();
    assert_eq!(runs, [("ru", 1, 129), ("en", 130, doc.lines().len())]);
}

#[test]
fn havana_declaration_paragraphs_per_language() {
    let (_, doc) = analyze("seeds/havana_2019_ru_en.txt");
    for lang in [Lang::RU, Lang::EN] {
        let paras: Vec<_> = doc
            .paragraphs()
            .iter()
            .filter(|p| p.lang() == Some(lang))
            .collect();
        let body: Vec<_> = paras
            .iter()
            .filter(|p| p.kind() == ParaKind::Body)
            .collect();
        assert_eq!(
            body.len(),
            12,
            "{lang}: {:#?}",
            paras.iter().map(|p| p.text()).collect::<Vec<_>>()
        );
        for p in &body {
            assert_eq!(
                p.sentence_range().len(),
                1,
                "{lang}: one sentence per paragraph: {}",
                p.text()
            );
        }
        let headings: Vec<_> = paras
            .iter()
            .filter(|p| p.kind() == ParaKind::Heading)
            .collect();
        assert_eq!(
            headings.len(),
            2,
            "{lang}: the heading and the place-and-date line"
        );
        assert_eq!(paras.len(), 14);
    }
    let all: String = doc
        .paragraphs()
        .iter()
        .map(|p| p.text())
        .collect::<Vec<_>>()
        .join("\n");
    assert!(all.contains("ПРИМЕНЕНИЯ ИНФОРМАЦИОННО-КОММУНИКАЦИОННЫХ ТЕХНОЛОГИЙ"));
    assert!(all.contains("научно-технологического развития."));
    assert!(all.contains("the right to self-defense, it is unacceptable."));
    assert!(!all.contains("- "), "no hyphen left dangling at a join");
}

#[test]
fn gge_report_arabic_paragraph_numbers() {
    let (_, doc) = analyze("seeds/a_68_98_ar.txt");
    let numbered = |range: std::ops::Range<usize>| -> Vec<u32> {
        doc.paragraphs()
            .iter()
            .filter(|p| p.kind() == ParaKind::Body && range.contains(&p.lines().0))
            .filter_map(|p| {
                p.label()
                    .filter(|l| l.kind == LabelKind::Number)
                    .and_then(|l| l.number())
            })
            .collect()
    };
    // The damaged body (labels at the end of the first line) and the clean annex copy.
    let damaged = numbered(180..520);
    let clean = numbered(600..700);
    for n in 1..=34 {
        assert!(
            damaged.contains(&n) || clean.contains(&n),
            "paragraph {n} lost its label"
        );
    }
    assert!(damaged.len() >= 25, "{damaged:?}");
    assert!(
        damaged.windows(2).all(|w| w[0] < w[1]),
        "in order: {damaged:?}"
    );
    assert!(clean.windows(2).all(|w| w[0] < w[1]), "in order: {clean:?}");
}

fn operative_labels(doc: &Document) -> Vec<u32> {
    doc.paragraphs()
        .iter()
        .filter(|p| p.part() == Some(Part::Operative))
        .filter_map(|p| p.label().and_then(|l| l.number()))
        .collect()
}

#[test]
fn resolution_75_240_preamble_and_operative_part() {
    let (_, doc) = analyze("seeds/a_res_75_240_ar.txt");
    assert_eq!(operative_labels(&doc), [1, 2, 3, 4, 5]);
    let preamble = doc
        .paragraphs()
        .iter()
        .filter(|p| p.part() == Some(Part::Preamble))
        .count();
    assert!(preamble >= 20, "{preamble}");
    let footnotes = doc
        .paragraphs()
        .iter()
        .filter(|p| p.kind() == ParaKind::Footnote)
        .count();
    assert_eq!(footnotes, 2, "(1) A/70/174. and (2) A/68/98.");
    assert!(doc
        .paragraphs()
        .iter()
        .all(|p| p.lang() == Some(Lang::AR) || p.lang().is_none()));
}

#[test]
fn draft_77_preamble_and_operative_part() {
    let (_, doc) = analyze("seeds/a_c1_77_l23_rev1_zh.txt");
    assert_eq!(operative_labels(&doc), [1, 2, 3, 4, 5, 6, 7]);
    let preamble: Vec<_> = doc
        .paragraphs()
        .iter()
        .filter(|p| p.part() == Some(Part::Preamble))
        .collect();
    assert!(preamble.len() >= 8, "{}", preamble.len());
    assert!(preamble[0].text().starts_with("回顾其"));
    let footnotes = doc
        .paragraphs()
        .iter()
        .filter(|p| p.kind() == ParaKind::Footnote)
        .count();
    assert_eq!(footnotes, 3, "the reissue note and two references");
}

#[test]
fn every_sentence_maps_back_into_the_original() {
    for rel in [
        "seeds/havana_2019_ru_en.txt",
        "seeds/a_res_75_240_ar.txt",
        "seeds/a_c1_77_l23_rev1_zh.txt",
        "seeds/a_68_98_ar.txt",
        "seeds/a_68_98_fa.txt",
    ] {
        let (_, doc) = analyze(rel);
        let mut last = 0;
        for s in doc.sentences() {
            let span = s.span();
            assert!(span.start >= last, "{rel}: sentences in order");
            last = span.end;
            let orig = &doc.text()[span.range()];
            let strip = |t: &str| t.chars().filter(|c| !c.is_whitespace()).collect::<String>();
            assert_eq!(strip(orig), strip(doc.sentence_text(s)), "{rel}");
            assert!(doc.paragraphs()[s.para()].span().contains(&span));
        }
    }
}
