//! Two versions from one input (split at the first 0xFF byte, else in the middle) →
//! `alinea_diff::diff`: every paragraph of both versions in exactly one change, kinds
//! consistent with their sides, edit spans on char boundaries inside the originals.
#![no_main]

use alinea_diff::{diff, ChangeKind, DiffError, Document, EditOp};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let cut = data
        .iter()
        .position(|&b| b == 0xFF)
        .unwrap_or(data.len() / 2);
    let old = Document::parse(String::from_utf8_lossy(&data[..cut]));
    let new = Document::parse(String::from_utf8_lossy(
        data.get(cut + 1..).unwrap_or_default(),
    ));
    let d = match diff(&old, &new) {
        Ok(d) => d,
        Err(DiffError::EmptyVersion { .. }) => {
            assert!(old.paragraphs().is_empty() || new.paragraphs().is_empty());
            return;
        }
        Err(e) => panic!("unexpected error {e}"),
    };
    let mut seen_old = vec![0u32; old.paragraphs().len()];
    let mut seen_new = vec![0u32; new.paragraphs().len()];
    for c in &d.changes {
        c.old.iter().for_each(|&i| seen_old[i] += 1);
        c.new.iter().for_each(|&j| seen_new[j] += 1);
        match c.kind {
            ChangeKind::Added => assert!(c.old.is_empty() && c.new.len() == 1, "{c:?}"),
            ChangeKind::Deleted => assert!(c.new.is_empty() && c.old.len() == 1, "{c:?}"),
            ChangeKind::Split => assert!(c.old.len() == 1 && c.new.len() >= 2, "{c:?}"),
            ChangeKind::Merged => assert!(c.old.len() >= 2 && c.new.len() == 1, "{c:?}"),
            _ => assert!(c.old.len() == 1 && c.new.len() == 1, "{c:?}"),
        }
        assert!(
            c.similarity.is_finite() && (0.0..=1.0).contains(&c.similarity),
            "{c:?}"
        );
        if c.kind == ChangeKind::Unchanged {
            assert!(c.edits.is_empty(), "{c:?}");
        }
        for e in &c.edits {
            for (span, text) in [(e.old_span, old.text()), (e.new_span, new.text())] {
                assert!(span.end <= text.len(), "{e:?}");
                assert!(
                    text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
                    "{e:?}"
                );
            }
            match e.op {
                EditOp::Insert => assert!(e.old_span.is_empty() && !e.new_text.is_empty(), "{e:?}"),
                EditOp::Delete => assert!(e.new_span.is_empty() && !e.old_text.is_empty(), "{e:?}"),
                _ => assert!(!e.old_text.is_empty() && !e.new_text.is_empty(), "{e:?}"),
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
    assert!(d.summary.change_ratio.is_finite());
});
