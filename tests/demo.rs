//! `alinea demo` into a temporary folder: every report exists and holds what it should.

use std::fs;

use crate::util::{alinea, stdout};

#[test]
fn demo_writes_every_report() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("demo");
    let o = alinea(&["demo", "--out", out.to_str().unwrap()]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let summary = stdout(&o);
    assert!(summary.contains("index.html"), "{summary}");

    let index = fs::read_to_string(out.join("index.html")).unwrap();
    let mut pages = Vec::new();
    for part in index.split("href=\"").skip(1) {
        let file = &part[..part.find('"').unwrap()];
        assert!(
            out.join(file).is_file(),
            "the index links {file}, which exists"
        );
        pages.push(file.to_string());
    }
    assert_eq!(
        pages.iter().filter(|p| p.ends_with(".html")).count(),
        5,
        "{pages:?}"
    );

    for p in &pages {
        let text = fs::read_to_string(out.join(p)).unwrap();
        if p.ends_with(".html") {
            assert!(text.contains("id=\"summary\""), "{p}: a summary at the top");
            assert!(
                !text.contains("http://") && !text.contains("https://"),
                "{p}: self-contained"
            );
        } else if p.ends_with(".json") {
            serde_json::from_str::<serde_json::Value>(&text).unwrap_or_else(|e| panic!("{p}: {e}"));
        } else if p.ends_with(".jsonl") {
            for line in text.lines() {
                serde_json::from_str::<serde_json::Value>(line)
                    .unwrap_or_else(|e| panic!("{p}: {e}"));
            }
        } else if p.ends_with(".tmx") {
            assert!(
                text.starts_with("<?xml") && text.contains("<tmx version=\"1.4\">"),
                "{p}"
            );
        }
    }
    // Right-to-left content is marked as such.
    let gge = fs::read_to_string(out.join("gge_2013_ar_fa.html")).unwrap();
    assert!(gge.contains("lang=\"ar\" dir=\"rtl\"") && gge.contains("lang=\"fa\" dir=\"rtl\""));
    let cross = fs::read_to_string(out.join("compare_75_240_ar_vs_77_draft_zh.json")).unwrap();
    assert!(cross.contains("\"comparison\": \"cross-language\""));
}
