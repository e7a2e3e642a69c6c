//! Moves among repeated paragraphs: a long Persian text laid out as the book of seed 004
//! lays out its resolutions (each preceded by the same header block, a distribution line
//! as page furniture), with paragraphs moved by the `fixtures/moves.rs` generator. Only
//! the paragraphs that really moved may be reported `moved`; every repeated header line
//! must stay `unchanged`, paired with its own copy.

#[path = "fixtures/moves.rs"]
mod moves;

use std::path::PathBuf;

use alinea_diff::{diff, ChangeKind, Document};
use moves::move_paragraphs;

/// The book's header block before each resolution, and its page furniture.
const HEADER: [&str; 4] = ["ترجمه سند", "زبان: انگلیسی", "توزیع: عمومی", "مجمع عمومی"];
const FURNITURE: &str = "توزیع: عمومی";

/// The Persian texts of `data/` (A/68/98 and the resolution series), one after the
/// other, each with the header block, and the distribution line after every 8th
/// paragraph.
fn book() -> String {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data");
    let mut files = vec![root.join("seeds/a_68_98_fa.txt")];
    let mut series: Vec<PathBuf> = std::fs::read_dir(root.join("resolutions/fa"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    series.sort();
    files.extend(series);
    let mut paras: Vec<String> = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        paras.extend(HEADER.iter().map(|s| s.to_string()));
        let doc = Document::parse(text);
        for (k, p) in doc.paragraphs().iter().enumerate() {
            paras.push(p.text().to_string());
            if k % 8 == 7 {
                paras.push(FURNITURE.to_string());
            }
        }
    }
    paras.join("\n\n") + "\n"
}

#[test]
fn only_the_moved_paragraphs_are_moved() {
    let text = book();
    let old = Document::parse(text.as_str());
    let furniture = old
        .paragraphs()
        .iter()
        .filter(|p| p.text() == FURNITURE)
        .count();
    assert!(
        furniture > 60,
        "the fixture repeats its boilerplate ({furniture})"
    );
    for seed in 0..4 {
        let m = move_paragraphs(&text, 68, seed);
        let new = Document::parse(m.new.as_str());
        let d = diff(&old, &new).unwrap();
        let mut moved: Vec<usize> = d.of_kind(ChangeKind::Moved).map(|c| c.old[0]).collect();
        moved.sort_unstable();
        assert_eq!(moved, m.moved, "seed {seed}");
        for c in &d.changes {
            assert!(
                matches!(c.kind, ChangeKind::Unchanged | ChangeKind::Moved),
                "seed {seed}: {c:?}"
            );
            assert_eq!(c.new, [m.new_of_old[c.old[0]]], "seed {seed}: {c:?}");
        }
    }
}
