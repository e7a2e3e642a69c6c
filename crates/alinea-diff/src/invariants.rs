//! Invariants every diff keeps, checked by the property tests on generated edit scripts
//! and by the fuzz target on arbitrary input (one copy, so the two cannot disagree).
//! Each check returns the first violation as a message.

use alinea_text::Document;

use crate::model::{Change, ChangeKind, Diff, EditOp};

macro_rules! ensure {
    ($c:expr, $($fmt:tt)+) => {
        if !$c {
            return Err(format!($($fmt)+));
        }
    };
}

/// Each paragraph of both versions in exactly one change, kinds consistent with their
/// sides, similarities in `[0, 1]`, edit spans on char boundaries inside the originals,
/// the edits of every change tiling its paragraphs ([`check_tiling`]), and summary counts
/// adding up to the changes.
///
/// # Errors
///
/// The first violation, as a message.
pub fn check_diff(d: &Diff, old: &Document, new: &Document) -> Result<(), String> {
    let mut seen_old = vec![0u32; old.paragraphs().len()];
    let mut seen_new = vec![0u32; new.paragraphs().len()];
    for c in &d.changes {
        for &i in &c.old {
            ensure!(
                i < seen_old.len(),
                "old paragraph {i} out of range in {c:?}"
            );
            seen_old[i] += 1;
        }
        for &j in &c.new {
            ensure!(
                j < seen_new.len(),
                "new paragraph {j} out of range in {c:?}"
            );
            seen_new[j] += 1;
        }
        let (o, n) = (c.old.len(), c.new.len());
        let sides_ok = match c.kind {
            ChangeKind::Added => o == 0 && n == 1,
            ChangeKind::Deleted => n == 0 && o == 1,
            ChangeKind::Split => o == 1 && n >= 2,
            ChangeKind::Merged => o >= 2 && n == 1,
            _ => o == 1 && n == 1,
        };
        ensure!(sides_ok, "sides do not fit the kind: {c:?}");
        ensure!(
            c.similarity.is_finite() && (0.0..=1.0).contains(&c.similarity),
            "similarity {} in {c:?}",
            c.similarity
        );
        if c.kind == ChangeKind::Unchanged {
            ensure!(
                c.edits.is_empty(),
                "an unchanged paragraph with edits: {c:?}"
            );
        }
        if c.kind == ChangeKind::Modified {
            ensure!(
                c.edits.iter().any(|e| e.op != EditOp::Equal),
                "a modified paragraph without a change: {c:?}"
            );
        }
        for e in &c.edits {
            for (span, text) in [(e.old_span, old.text()), (e.new_span, new.text())] {
                ensure!(
                    span.end <= text.len()
                        && text.is_char_boundary(span.start)
                        && text.is_char_boundary(span.end),
                    "edit span {span:?} off the text: {e:?}"
                );
            }
            let texts_ok = match e.op {
                EditOp::Insert => e.old_span.is_empty() && !e.new_text.is_empty(),
                EditOp::Delete => e.new_span.is_empty() && !e.old_text.is_empty(),
                _ => !e.old_text.is_empty() && !e.new_text.is_empty(),
            };
            ensure!(texts_ok, "edit text does not fit its op: {e:?}");
        }
        if !c.edits.is_empty() {
            check_tiling(c, old, new)?;
        }
    }
    ensure!(
        seen_old.iter().all(|&n| n == 1),
        "old coverage {seen_old:?}"
    );
    ensure!(
        seen_new.iter().all(|&n| n == 1),
        "new coverage {seen_new:?}"
    );
    let total: usize = ChangeKind::ALL.iter().map(|&k| d.summary.count(k)).sum();
    ensure!(
        total == d.changes.len(),
        "summary counts {total} changes of {}",
        d.changes.len()
    );
    ensure!(
        d.summary.change_ratio.is_finite(),
        "change ratio not finite"
    );
    Ok(())
}

/// The edits of a change tile its paragraphs on both sides: contiguous spans from the
/// first paragraph's start to the last one's end, each edit's text the original bytes at
/// its span, so a redline can rebuild either version exactly.
///
/// # Errors
///
/// The first gap, overlap or text that is not the original's.
pub fn check_tiling(c: &Change, old: &Document, new: &Document) -> Result<(), String> {
    for (ix, doc, old_side) in [(&c.old, old, true), (&c.new, new, false)] {
        let (Some(first), Some(last)) = (ix.first(), ix.last()) else {
            continue;
        };
        let paras = doc.paragraphs();
        let (start, end) = (paras[*first].span().start, paras[*last].span().end);
        let mut at = start;
        for e in &c.edits {
            let (span, text) = if old_side {
                (e.old_span, &e.old_text)
            } else {
                (e.new_span, &e.new_text)
            };
            ensure!(span.start == at, "gap or overlap before {e:?} in {c:?}");
            ensure!(
                doc.text().get(span.start..span.end) == Some(text.as_str()),
                "edit text is not the original's: {e:?}"
            );
            at = span.end;
        }
        ensure!(at == end, "the edits stop short of the end: {c:?}");
    }
    Ok(())
}
