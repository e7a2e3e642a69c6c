//! Word documents and web pages on the command line: built by the test (a DOCX writer
//! shared with alinea-formats' tests), read by every subcommand as their text would be,
//! and refused clearly when they cannot be read.

use std::fs;
use std::path::Path;

use crate::util::{alinea, assert_clean_failure, stdout};

#[path = "../crates/alinea-formats/tests/common/mod.rs"]
#[allow(dead_code, clippy::all)]
mod docx_writer;

use docx_writer::{numbered, para, Docx};

const OPERATIVE_EN: [&str; 3] = [
    "Takes note of the report of the Secretary-General on the Fund.",
    "Calls upon all Member States to contribute to the Fund.",
    "Decides to consider the question at its seventy-first session.",
];
const OPERATIVE_RU: [&str; 3] = [
    "Принимает к сведению доклад Генерального секретаря о Фонде.",
    "Призывает все государства-члены вносить взносы в Фонд.",
    "Постановляет рассмотреть этот вопрос на своей семьдесят первой сессии.",
];

fn resolution(preamble: &str, operative: &[&str]) -> Docx {
    let mut d = Docx::new();
    d.list(1, &[(0, "decimal", "%1.", 1)]).num(1, 1, &[]);
    d.push(para(preamble));
    for p in operative {
        d.push(numbered(1, 0, p));
    }
    d
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let p = dir.join(name);
    fs::write(&p, bytes).unwrap();
    p.to_str().unwrap().to_string()
}

fn labels(jsonl: &str) -> Vec<Option<String>> {
    let mut out: Vec<(u64, Option<String>)> = Vec::new();
    for line in jsonl.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let para = v["para"].as_u64().unwrap();
        if out.last().map(|(p, _)| *p) != Some(para) {
            out.push((para, v["label"].as_str().map(str::to_string)));
        }
    }
    out.into_iter().map(|(_, l)| l).collect()
}

#[test]
fn segment_docx_gives_word_numbering_as_labels_and_equals_its_text() {
    let dir = tempfile::tempdir().unwrap();
    let docx = write(
        dir.path(),
        "res.docx",
        &resolution("The General Assembly,", &OPERATIVE_EN).build(),
    );
    let text = format!(
        "The General Assembly,\n\n1. {}\n\n2. {}\n\n3. {}\n",
        OPERATIVE_EN[0], OPERATIVE_EN[1], OPERATIVE_EN[2]
    );
    let txt = write(dir.path(), "res.txt", text.as_bytes());
    let from_docx = alinea(&["segment", "--lang", "en", "--format", "jsonl", &docx]);
    assert_eq!(from_docx.status.code(), Some(0), "{from_docx:?}");
    let l = labels(&stdout(&from_docx));
    assert_eq!(
        l,
        [None, Some("1".into()), Some("2".into()), Some("3".into())]
    );
    let a = alinea(&["segment", "--lang", "en", &docx]);
    let b = alinea(&["segment", "--lang", "en", &txt]);
    assert_eq!(stdout(&a), stdout(&b));
}

#[test]
fn align_docx_with_html_and_diff_two_docx_like_their_text() {
    let dir = tempfile::tempdir().unwrap();
    let en = write(
        dir.path(),
        "en.docx",
        &resolution("The General Assembly,", &OPERATIVE_EN).build(),
    );
    let html = format!(
        "<!DOCTYPE html><html lang=ru><head><title>x</title></head><body><p>Генеральная Ассамблея,</p><ol><li>{}</li><li>{}</li><li>{}</li></ol></body></html>",
        OPERATIVE_RU[0], OPERATIVE_RU[1], OPERATIVE_RU[2]
    );
    let ru = write(dir.path(), "ru.html", html.as_bytes());
    let o = alinea(&["align", "--format", "tsv", &en, &ru]);
    assert_eq!(o.status.code(), Some(0), "{o:?}");
    let out = stdout(&o);
    assert!(
        out.starts_with("en\tru\tscore\tflags\n"),
        "a header row: {out}"
    );
    assert!(
        out.lines()
            .nth(1)
            .is_some_and(|l| l.starts_with("The General Assembly,\tГенеральная Ассамблея,\t")),
        "{out}"
    );
    for (i, (e, r)) in OPERATIVE_EN.iter().zip(OPERATIVE_RU).enumerate() {
        let n = i + 1;
        let pair = format!("{n}. {e}\t{n}. {r}\t");
        assert!(out.contains(&pair), "{pair} not paired: {out}");
    }
    // A second version: paragraph 2 changed, paragraph 3 deleted.
    let v2 = [
        OPERATIVE_EN[0],
        "Calls upon all Member States and observers to contribute.",
    ];
    let new = write(
        dir.path(),
        "v2.docx",
        &resolution("The General Assembly,", &v2).build(),
    );
    // The text as it reads after conversion: paragraphs two blank lines apart, so the
    // spans of the two diffs are the same too.
    let old_txt = format!(
        "The General Assembly,\n\n\n1. {}\n\n\n2. {}\n\n\n3. {}\n",
        OPERATIVE_EN[0], OPERATIVE_EN[1], OPERATIVE_EN[2]
    );
    let new_txt = format!(
        "The General Assembly,\n\n\n1. {}\n\n\n2. {}\n",
        v2[0], v2[1]
    );
    let old_t = write(dir.path(), "v1.txt", old_txt.as_bytes());
    let new_t = write(dir.path(), "v2.txt", new_txt.as_bytes());
    let d_docx = alinea(&["diff", "--format", "json", &en, &new]);
    let d_text = alinea(&["diff", "--format", "json", &old_t, &new_t]);
    assert_eq!(d_docx.status.code(), Some(0), "{d_docx:?}");
    let strip = |s: String| {
        s.replace(&en, "OLD")
            .replace(&old_t, "OLD")
            .replace(&new, "NEW")
            .replace(&new_t, "NEW")
    };
    assert_eq!(strip(stdout(&d_docx)), strip(stdout(&d_text)));
}

#[test]
fn unreadable_documents_fail_cleanly_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut doc = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    doc.resize(2048, 0);
    let p = write(dir.path(), "old.doc", &doc);
    assert_clean_failure(&alinea(&["segment", &p]), &[&p, "not supported", ".docx"]);
    let odt = docx_writer::zip_parts(&[(
        "mimetype",
        "application/vnd.oasis.opendocument.text".to_string(),
    )]);
    let p = write(dir.path(), "letter.odt", &odt);
    assert_clean_failure(&alinea(&["detect", &p]), &[&p, ".odt", "save it as .docx"]);
    let mut bomb = Docx::new();
    bomb.push(para(&"a".repeat(2 << 20)));
    let p = write(dir.path(), "bomb.docx", &bomb.build());
    assert_clean_failure(
        &alinea(&["--max-bytes", "100000", "segment", &p]),
        &[&p, "unpacks to more than", "--max-bytes"],
    );
    let good = resolution("The General Assembly,", &OPERATIVE_EN).build();
    let p = write(dir.path(), "cut.docx", &good[..good.len() / 3]);
    let ru = write(dir.path(), "ru.txt", OPERATIVE_RU.join("\n\n").as_bytes());
    assert_clean_failure(&alinea(&["align", &p, &ru]), &[&p, "damaged or truncated"]);
}
