//! The file's layout decides the reflow: one-paragraph-per-line files keep their
//! paragraphs, hard-wrapped PDF text rebuilds as it always has, and column headers stand
//! alone in either layout.

use std::fs;
use std::path::PathBuf;

use alinea_text::reflow::paragraphs;

fn data() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data")
}

/// One paragraph per line in → the same paragraphs out, for every Persian resolution.
#[test]
fn one_paragraph_per_line_resolutions_round_trip() {
    let mut n = 0;
    for entry in fs::read_dir(data().join("resolutions/fa")).expect("data/resolutions/fa") {
        let path = entry.expect("dir entry").path();
        if path.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        let text = fs::read_to_string(&path).expect("readable");
        let lines: Vec<&str> = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        let paras: Vec<String> = paragraphs(&text).into_iter().map(|p| p.text).collect();
        assert_eq!(paras, lines, "{}", path.display());
        n += 1;
    }
    assert!(n >= 10, "expected the Persian resolution files, found {n}");
}

/// Wrapped PDF text: the paragraph counts these seeds had before layout detection.
#[test]
fn wrapped_seeds_rebuild_as_before() {
    for (file, want) in [
        ("a_68_98_ar.txt", 267),
        ("a_68_98_fa.txt", 122),
        ("a_c1_77_l23_rev1_zh.txt", 30),
        ("a_res_75_240_ar.txt", 40),
        ("havana_2019_ru_en.txt", 28),
    ] {
        let text = fs::read_to_string(data().join("seeds").join(file)).expect("seed");
        assert_eq!(paragraphs(&text).len(), want, "{file}");
    }
}

/// Preambular paragraphs of similar length, one per line, ending in a comma and opening
/// with `با`: uncased script, so no capital tells a new paragraph; the lengths cluster, so
/// only their being longer than any page margin shows that the lines are not wrapped.
#[test]
fn clustered_long_lines_are_paragraphs() {
    let clause = "با یادآوری قطعنامه‌های پیشین خود درباره همکاری بین‌المللی در زمینه فناوری اطلاعات و ارتباطات و نقش سازمان ملل متحد در گفتگو";
    let text: String = (0..8)
        .map(|i| format!("{clause} {i} {clause} {clause}،\n"))
        .collect();
    let paras = paragraphs(&text);
    assert_eq!(paras.len(), 8);
    assert!(paras
        .iter()
        .all(|p| p.text.starts_with("با") && p.text.ends_with('،')));
}

/// A header in columns stands alone in wrapped text and in one-per-line text.
#[test]
fn column_headers_are_their_own_lines() {
    let body = "The General Assembly, recalling its earlier resolutions on the\n\
                subject and the report of the Secretary-General on the matter,\n\
                noting with concern that the use of information technologies may\n\
                be contrary to the maintenance of international peace and security\n\
                and welcoming the work of the open-ended working group established\n\
                in accordance with its resolution on developments in the field of\n\
                information and telecommunications in the context of security.\n";
    let wrapped = format!("United Nations   A/RES/76/99\n{body}");
    let paras = paragraphs(&wrapped);
    assert_eq!(paras[0].text, "United Nations   A/RES/76/99");
    assert_eq!(paras.len(), 2, "{paras:#?}");
    let per_line = "United Nations\tA/RES/76/99\nGeneral Assembly\tDistr.: General 6 December 2021\nSeventy-sixth session\n";
    let paras = paragraphs(per_line);
    assert_eq!(paras.len(), 3, "{paras:#?}");
    // A wide gap between ordinary words is not a column header.
    let t = format!("The General Assembly,   recalling its earlier resolutions on the\n{body}");
    assert_eq!(paragraphs(&t).len(), 1);
}
