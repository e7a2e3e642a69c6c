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
        if !c.edits.is_empty() {
            check_tiling(c, old, new);
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

/// The edits of a change tile its paragraphs on both sides: contiguous spans from the
/// first paragraph's start to the last one's end, each edit's text the original bytes at
/// its span.
pub fn check_tiling(c: &alinea_diff::Change, old: &Document, new: &Document) {
    for (ix, doc, old_side) in [(&c.old, old, true), (&c.new, new, false)] {
        let paras = doc.paragraphs();
        let start = paras[ix[0]].span().start;
        let end = paras[*ix.last().unwrap()].span().end;
        let mut at = start;
        let mut rebuilt = String::new();
        for e in &c.edits {
            let (span, text) = if old_side {
                (e.old_span, &e.old_text)
            } else {
                (e.new_span, &e.new_text)
            };
            assert_eq!(span.start, at, "gap or overlap before {e:?} in {c:?}");
            assert_eq!(&doc.text()[span.start..span.end], text.as_str(), "{e:?}");
            at = span.end;
            rebuilt.push_str(text);
        }
        assert_eq!(at, end, "the edits stop short of the end: {c:?}");
        assert_eq!(rebuilt, &doc.text()[start..end]);
    }
}
