//! What every diff renderer prints: a change as a run of [`Piece`]s of the original text
//! (kept, deleted, inserted), and its heading in the document's own references.
//!
//! The pieces come straight from the edits, which tile the paragraphs on both sides (see
//! `alinea-diff`), so nothing is ever added between them: dropping the deletions from a
//! redline gives the new paragraphs' text and dropping the insertions gives the old, up to
//! [`fold_space`] (a redline is a display, so line breaks of hard-wrapped text read as one
//! space, and a line-end hyphen joins as the paragraph reader joins it).

use alinea_diff::{Change, ChangeKind, EditOp};
use alinea_text::Document;

/// A run of text in a redline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    /// Text in both versions.
    Same(String),
    /// Text only in the old version.
    Del(String),
    /// Text only in the new version.
    Ins(String),
}

impl Piece {
    /// The text of the piece, whatever its kind.
    pub fn text(&self) -> &str {
        match self {
            Piece::Same(t) | Piece::Del(t) | Piece::Ins(t) => t,
        }
    }
}

/// Folds each run of whitespace to one space, except that a run holding a line break
/// right after a hyphen disappears (`self-` + `defence` is one word: the rule the
/// paragraph reader applies to hard-wrapped lines), and a soft hyphen at a line end
/// disappears with the break.
pub fn fold_space(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_whitespace() || c == '\u{AD}' {
            let soft = c == '\u{AD}';
            let mut newline = c == '\n';
            let mut run_ws = !soft;
            while let Some(&n) = chars.peek() {
                if n.is_whitespace() {
                    newline |= n == '\n';
                    run_ws = true;
                    chars.next();
                } else {
                    break;
                }
            }
            if soft {
                if !newline {
                    out.push('\u{AD}');
                    if run_ws {
                        out.push(' ');
                    }
                }
                continue;
            }
            if !(newline && out.ends_with('-')) {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// The original text of consecutive paragraphs, from the first one's start to the last
/// one's end.
pub(crate) fn group_text<'a>(doc: &'a Document, ix: &[usize]) -> &'a str {
    match (ix.first(), ix.last()) {
        (Some(&a), Some(&b)) => {
            let p = doc.paragraphs();
            &doc.text()[p[a].span().start..p[b].span().end]
        }
        _ => "",
    }
}

/// Kept text, then the differing middle as a deletion and an insertion: used where two
/// texts count as the same but their bytes differ (digit systems, letter forms, a new
/// label on an otherwise unchanged paragraph). The middle is widened to whole words.
fn same_or_replace(old: &str, new: &str, out: &mut Vec<Piece>) {
    if old == new {
        out.push(Piece::Same(old.to_string()));
        return;
    }
    let (oc, nc): (Vec<char>, Vec<char>) = (old.chars().collect(), new.chars().collect());
    let mut pre = oc.iter().zip(&nc).take_while(|(a, b)| a == b).count();
    while pre > 0 && !oc[pre - 1].is_whitespace() {
        pre -= 1;
    }
    let max_suf = oc.len().min(nc.len()) - pre;
    let mut suf = oc
        .iter()
        .rev()
        .zip(nc.iter().rev())
        .take(max_suf)
        .take_while(|(a, b)| a == b)
        .count();
    while suf > 0 && !oc[oc.len() - suf].is_whitespace() {
        suf -= 1;
    }
    let s = |v: &[char]| v.iter().collect::<String>();
    push(out, Piece::Same(s(&oc[..pre])));
    push(out, Piece::Del(s(&oc[pre..oc.len() - suf])));
    push(out, Piece::Ins(s(&nc[pre..nc.len() - suf])));
    push(out, Piece::Same(s(&oc[oc.len() - suf..])));
}

fn push(out: &mut Vec<Piece>, p: Piece) {
    if p.text().is_empty() {
        return;
    }
    match (out.last_mut(), &p) {
        (Some(Piece::Same(a)), Piece::Same(b))
        | (Some(Piece::Del(a)), Piece::Del(b))
        | (Some(Piece::Ins(a)), Piece::Ins(b)) => a.push_str(b),
        _ => out.push(p),
    }
}

/// A replacement whose two sides both end in whitespace prints that whitespace once,
/// after it, as kept text: `[-76/99-]{+77/36+} ` rather than `[-76/99 -]{+77/36 +}`.
fn replace(old: &str, new: &str, out: &mut Vec<Piece>) {
    let (ot, nt) = (old.trim_end(), new.trim_end());
    if ot.len() < old.len() && nt.len() < new.len() {
        push(out, Piece::Del(ot.to_string()));
        push(out, Piece::Ins(nt.to_string()));
        push(out, Piece::Same(" ".to_string()));
    } else {
        push(out, Piece::Del(old.to_string()));
        push(out, Piece::Ins(new.to_string()));
    }
}

/// The redline of one change, whitespace folded with [`fold_space`].
pub fn pieces(c: &Change, old: &Document, new: &Document) -> Vec<Piece> {
    let mut out = Vec::new();
    let (o, n) = (
        fold_space(group_text(old, &c.old)),
        fold_space(group_text(new, &c.new)),
    );
    match c.kind {
        ChangeKind::Added => push(&mut out, Piece::Ins(n)),
        ChangeKind::Deleted => push(&mut out, Piece::Del(o)),
        _ if c.edits.is_empty() => same_or_replace(&o, &n, &mut out),
        _ => {
            for e in &c.edits {
                let (eo, en) = (fold_space(&e.old_text), fold_space(&e.new_text));
                match e.op {
                    EditOp::Insert => push(&mut out, Piece::Ins(en)),
                    EditOp::Delete => push(&mut out, Piece::Del(eo)),
                    EditOp::Equal => {
                        let mut part = Vec::new();
                        same_or_replace(&eo, &en, &mut part);
                        for p in part {
                            push(&mut out, p);
                        }
                    }
                    _ => replace(&eo, &en, &mut out),
                }
            }
        }
    }
    out
}

/// The text a redline gives once its deletions are dropped (`new == true`) or its
/// insertions (`new == false`).
pub fn rebuild(pieces: &[Piece], new: bool) -> String {
    pieces
        .iter()
        .filter(|p| match p {
            Piece::Same(_) => true,
            Piece::Ins(_) => new,
            Piece::Del(_) => !new,
        })
        .map(Piece::text)
        .collect()
}

fn refs(v: &[String]) -> String {
    v.join(" + ")
}

/// Where a paragraph stood: "after OP 7", or "at the start".
fn after(all: &[String], first: Option<&usize>) -> String {
    match first {
        Some(&0) | None => "at the start".to_string(),
        Some(&i) => format!("after {}", all[i - 1]),
    }
}

/// The heading of a change, in the document's own references on both sides: `modified
/// OP 3 → OP 2`, `deleted PP 5`, `moved OP 8: was after OP 7, now after OP 2`. The
/// reference lists of the whole documents (`alinea_diff::paragraph_refs`) name a moved
/// paragraph's neighbours.
pub fn headline(c: &Change, old_refs: &[String], new_refs: &[String]) -> String {
    let (o, n) = (refs(&c.old_refs), refs(&c.new_refs));
    let place = match (c.old.is_empty(), c.new.is_empty()) {
        (true, _) => n,
        (_, true) => o,
        _ if o == n => o,
        _ => format!("{o} → {n}"),
    };
    let mut head = if c.kind == ChangeKind::Unchanged && c.renumbered {
        format!("renumbered {place}")
    } else {
        format!("{} {place}", c.kind.as_str())
    };
    if c.kind == ChangeKind::Moved {
        head.push_str(&format!(
            ": was {}, now {}",
            after(old_refs, c.old.first()),
            after(new_refs, c.new.first())
        ));
    }
    if !c.old.is_empty() && !c.new.is_empty() && c.kind != ChangeKind::Unchanged {
        head.push_str(&format!(" (similarity {:.2})", c.similarity));
    }
    head
}

/// Where each moved change stood in the old version: `out[k]` lists the moved changes
/// whose old paragraph came right after change `k - 1` (`out[0]`: at the very start), in
/// old order. A paragraph that followed another moved one in the old version goes with
/// it (into its slot, after it), so a run of moved paragraphs stays a run where it stood.
/// The side-by-side page puts a moved paragraph's old copy there.
pub(crate) fn moved_after(diff: &alinea_diff::Diff, old_paragraphs: usize) -> Vec<Vec<usize>> {
    use alinea_diff::ChangeKind;
    let mut change_of_old = vec![usize::MAX; old_paragraphs];
    for (n, c) in diff.changes.iter().enumerate() {
        for &i in &c.old {
            change_of_old[i] = n;
        }
    }
    let mut out: Vec<Vec<usize>> = vec![Vec::new(); diff.changes.len() + 1];
    let mut slot_of = vec![0usize; diff.changes.len()];
    // In old order, so a moved paragraph's predecessor has its slot already.
    for (i, &n) in change_of_old.iter().enumerate() {
        let Some(c) = diff.changes.get(n) else {
            continue;
        };
        if c.kind != ChangeKind::Moved || c.old[0] != i {
            continue;
        }
        let before = i
            .checked_sub(1)
            .map(|p| change_of_old[p])
            .filter(|&b| b != usize::MAX);
        let slot = match before {
            Some(b) if diff.changes[b].kind == ChangeKind::Moved => slot_of[b],
            Some(b) => b + 1,
            None => 0,
        };
        slot_of[n] = slot;
        out[slot].push(n);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_joins_wrapped_lines_and_hyphenated_words() {
        assert_eq!(fold_space("a  b\n c"), "a b c");
        assert_eq!(fold_space("self-\n  defence"), "self-defence");
        assert_eq!(fold_space("a - b"), "a - b");
        assert_eq!(fold_space("infor\u{AD}\nmation"), "information");
    }

    #[test]
    fn same_bytes_or_a_word_level_replacement() {
        let mut out = Vec::new();
        same_or_replace("3. Decides to remain", "2. Decides to remain", &mut out);
        assert_eq!(
            out,
            [
                Piece::Del("3.".into()),
                Piece::Ins("2.".into()),
                Piece::Same(" Decides to remain".into())
            ]
        );
        assert_eq!(rebuild(&out, true), "2. Decides to remain");
        assert_eq!(rebuild(&out, false), "3. Decides to remain");
    }
}
