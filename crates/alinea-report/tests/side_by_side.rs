//! The side-by-side page on two English versions written for the tests
//! (data/diff_cases): headers from the documents, moves linked both ways, unchanged runs
//! folded, each column its own version's text, and Markdown in the document's references.

use std::path::PathBuf;

use alinea_diff::{diff, Document};
use alinea_report::{render_diff_markdown, render_diff_side_by_side, DiffReport};
use alinea_text::Lang;

fn case(name: &str) -> Document {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../data/diff_cases")
        .join(name);
    Document::parse(std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display())))
}

fn render(f: fn(&DiffReport<'_>, &mut dyn std::io::Write) -> std::io::Result<()>) -> String {
    let (old, new) = (case("ict_en_old.txt"), case("ict_en_new.txt"));
    let d = diff(&old, &new).unwrap();
    let r = DiffReport {
        old_name: "2021.txt",
        new_name: "2022.txt",
        old: &old,
        new: &new,
        lang: Some(Lang::EN),
        diff: &d,
    };
    let mut out = Vec::new();
    f(&r, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

/// The text of the cells of one column, tags dropped and entities left as they are.
fn column(html: &str, class: &str) -> Vec<String> {
    let open = format!("<div class=\"cell {class}");
    html.split(&open)
        .skip(1)
        .map(|rest| {
            let body = &rest[rest.find('>').unwrap() + 1..rest.find("</div>").unwrap()];
            let mut text = String::new();
            let mut in_tag = false;
            for c in body.chars() {
                match c {
                    '<' => in_tag = true,
                    '>' => in_tag = false,
                    c if !in_tag => text.push(c),
                    _ => {}
                }
            }
            text
        })
        .collect()
}

#[test]
fn the_page_shows_both_versions_side_by_side() {
    let html = render(render_diff_side_by_side);
    // Headers come from the documents.
    assert!(html.contains(
        "<b>A/RES/76/99</b> · Resolution adopted by the General Assembly on 6 December 2021 · en"
    ));
    assert!(html.contains(
        "<b>A/RES/77/36</b> · Resolution adopted by the General Assembly on 7 December 2022 · en"
    ));
    // The moved paragraph links to where it stood, and that place links back.
    let back = html.find("href=\"#from").expect("a moved row links back");
    let n: String = html[back + 11..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    assert!(html.contains(&format!("id=\"from{n}\"")));
    assert!(html.contains(&format!("href=\"#r{n}\"")) && html.contains(&format!("id=\"r{n}\"")));
    // Unchanged paragraphs are folded.
    assert!(html.contains("<details class=\"fold\"><summary>"));
    // The old column never shows an insertion nor the new one a deletion, and the new
    // column holds the new dates only.
    let (old, new) = (column(&html, "old"), column(&html, "new"));
    assert_eq!(old.len(), new.len());
    assert!(!html
        .split("cell old")
        .skip(1)
        .any(|c| c[..c.find("</div>").unwrap()].contains("<ins>")));
    assert!(!html
        .split("cell new")
        .skip(1)
        .any(|c| c[..c.find("</div>").unwrap()].contains("<del>")));
    assert!(new.iter().any(|t| t.contains("on 7 December 2022")));
    assert!(!new.iter().any(|t| t.contains("2021")), "{new:?}");
    assert!(old
        .iter()
        .any(|t| t.contains("A/RES/76/99 of 6 December 2021")));
    // A one-column layout for narrow screens.
    assert!(html.contains("@media (max-width: 400px) { .sbs { grid-template-columns: 1fr; }"));
}

#[test]
fn markdown_names_paragraphs_by_their_references() {
    let md = render(render_diff_markdown);
    assert!(
        md.contains("### 7. moved OP 1 → OP 2: was after PP 3, now after OP 1"),
        "{md}"
    );
    assert!(md.contains("| 6 | renumbered | OP 2 | OP 1 |"), "{md}");
    assert!(md.contains("Seventy-~~sixth~~**seventh** session"), "{md}");
    assert!(md.contains("A/RES/~~76/99~~**77/36**"), "{md}");
    assert!(md.contains("in ~~2022~~**2023**;"), "{md}");
    assert!(!md.contains("old ¶"), "{md}");
}
