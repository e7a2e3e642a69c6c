//! Degenerate inputs: identical versions, empty versions, unrelated documents.

mod common;

use alinea_diff::{diff, history, ChangeKind, DiffError, Differ, Document};
use common::{check_invariants, load_fa};

#[test]
fn identical_files_are_all_unchanged() {
    let a = load_fa("A-RES-73-27");
    let b = load_fa("A-RES-73-27");
    let d = diff(&a, &b).unwrap();
    check_invariants(&d, &a, &b);
    assert_eq!(d.summary.unchanged, a.paragraphs().len());
    assert_eq!(d.summary.change_ratio, 0.0);
    assert!(!d.summary.unrelated_documents);
}

#[test]
fn rewrapped_respaced_and_refolded_text_is_unchanged() {
    let a = Document::parse(
        "1. Calls upon Member States to promote further at multilateral levels the consideration of existing threats.\n\n2. امنیت بین الملل ۱۲۳ كشور\n",
    );
    let b = Document::parse(
        "1. Calls upon Member States to promote further at multilateral levels the  consideration of existing threats.\n\n3. امنیت بینالملل 123 کشور\n",
    );
    let d = diff(&a, &b).unwrap();
    check_invariants(&d, &a, &b);
    assert_eq!(d.summary.unchanged, 2, "{d:#?}");
    assert_eq!(d.summary.renumbered, 1);
}

#[test]
fn a_hard_wrapped_copy_is_unchanged() {
    // The same resolution, hard-wrapped at about 70 characters as PDF text is.
    let a = load_fa("A-RES-71-199");
    let mut wrapped = String::new();
    for p in a.paragraphs() {
        let mut line = String::new();
        for w in p.text().split_whitespace() {
            if !line.is_empty() && line.chars().count() + w.chars().count() > 70 {
                wrapped.push_str(&line);
                wrapped.push('\n');
                line.clear();
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(w);
        }
        wrapped.push_str(&line);
        wrapped.push('\n');
    }
    let b = Document::parse(wrapped);
    let d = diff(&a, &b).unwrap();
    check_invariants(&d, &a, &b);
    let noisy: Vec<_> = d
        .changes
        .iter()
        .filter(|c| c.edits.iter().any(|e| e.op != alinea_diff::EditOp::Equal))
        .collect();
    assert!(noisy.is_empty(), "{noisy:#?}");
}

#[test]
fn an_empty_side_is_an_error() {
    let a = Document::parse("1. Some text.\n");
    let empty = Document::parse(" \n\t\n");
    assert_eq!(diff(&a, &empty), Err(DiffError::EmptyVersion { index: 1 }));
    assert_eq!(diff(&empty, &a), Err(DiffError::EmptyVersion { index: 0 }));
    assert_eq!(
        history(&[a.clone(), a, empty]).unwrap_err(),
        DiffError::EmptyVersion { index: 2 }
    );
    assert_eq!(history(&[]).unwrap_err(), DiffError::NoVersions);
    let msg = DiffError::EmptyVersion { index: 1 }.to_string();
    assert!(msg.contains("conversion failure"), "{msg}");
}

#[test]
fn bad_threshold_is_refused() {
    assert!(matches!(
        Differ::builder().similarity_threshold(1.5).build(),
        Err(DiffError::InvalidThreshold { .. })
    ));
    assert!(Differ::builder()
        .similarity_threshold(f64::NAN)
        .build()
        .is_err());
}

#[test]
fn unrelated_documents_are_flagged() {
    // Same language and genre, different agenda items.
    let a = load_fa("A-RES-73-187");
    let b = load_fa("A-HRC-RES-32-13");
    let d = diff(&a, &b).unwrap();
    check_invariants(&d, &a, &b);
    let touched = d.summary.added + d.summary.deleted;
    assert!(touched * 10 >= d.changes.len() * 8, "{:?}", d.summary);
    assert!(d.summary.unrelated_documents, "{:?}", d.summary);

    let en = Document::parse("1. The quick brown fox jumps over the lazy dog.\n\n2. Pack my box with five dozen liquor jugs.\n");
    let zh = Document::parse("一、信息和电信领域的发展。\n\n二、大会决定列入议程。\n");
    let d = diff(&en, &zh).unwrap();
    check_invariants(&d, &en, &zh);
    assert!(d.summary.unrelated_documents);
    assert_eq!(d.of_kind(ChangeKind::Added).count(), 2);
}
