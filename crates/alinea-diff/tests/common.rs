//! Helpers shared by the integration tests.

#![allow(dead_code)]

use std::path::PathBuf;

use alinea_diff::{ChangeKind, Diff, Document, EditOp};

/// Loads `data/resolutions/fa/<name>.txt`.
pub fn load_fa(name: &str) -> Document {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../data/resolutions/fa")
        .join(format!("{name}.txt"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    Document::parse(text)
}

/// The invariants every diff must keep: each paragraph of both versions in exactly one
/// change, kinds consistent with the sides, spans inside the originals on char
/// boundaries.
pub fn check_invariants(d: &Diff, old: &Document, new: &Document) {
    let mut seen_old = vec![0; old.paragraphs().len()];
    let mut seen_new = vec![0; new.paragraphs().len()];
    for c in &d.changes {
        for &i in &c.old {
            seen_old[i] += 1;
        }
        for &j in &c.new {
            seen_new[j] += 1;
        }
        match c.kind {
            ChangeKind::Added => assert!(c.old.is_empty() && c.new.len() == 1, "{c:?}"),
            ChangeKind::Deleted => assert!(c.new.is_empty() && c.old.len() == 1, "{c:?}"),
            ChangeKind::Split => assert!(c.old.len() == 1 && c.new.len() >= 2, "{c:?}"),
            ChangeKind::Merged => assert!(c.old.len() >= 2 && c.new.len() == 1, "{c:?}"),
            _ => assert!(c.old.len() == 1 && c.new.len() == 1, "{c:?}"),
        }
        if c.kind == ChangeKind::Unchanged {
            assert!(c.edits.is_empty());
        }
        if c.kind == ChangeKind::Modified {
            assert!(c.edits.iter().any(|e| e.op != EditOp::Equal), "{c:?}");
        }
        for e in &c.edits {
            for (span, text) in [(e.old_span, old.text()), (e.new_span, new.text())] {
                assert!(span.end <= text.len());
                assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
            }
            match e.op {
                EditOp::Insert => assert!(e.old_span.is_empty() && !e.new_text.is_empty()),
                EditOp::Delete => assert!(e.new_span.is_empty() && !e.old_text.is_empty()),
                _ => assert!(!e.old_text.is_empty() && !e.new_text.is_empty()),
            }
        }
    }
    assert!(
        seen_old.iter().all(|&n| n == 1),
        "old coverage {seen_old:?}"
    );
    assert!(
        seen_new.iter().all(|&n| n == 1),
        "new coverage {seen_new:?}"
    );
    let total: usize = ChangeKind::ALL.iter().map(|&k| d.summary.count(k)).sum();
    assert_eq!(total, d.changes.len());
}
