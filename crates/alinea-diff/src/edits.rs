//! The word redline: the high layer of the diff, expanding one link into word edits.
//!
//! The token diff itself is the `similar` crate's (Patience, which keeps rewritten
//! clauses together better than plain Myers on prose, with a deadline so a pathological
//! paragraph cannot stall a batch). What this module adds is the clean-up that makes a
//! redline readable:
//! - a change whose two sides are the same letters once spaces are removed ("بین الملل"
//!   against "بینالملل") is not a change;
//! - an equal run of one or two short tokens between two changes ("of the", "و") is folded
//!   into one replacement, so a rewritten clause reads as a single `[-old-]{+new+}`.

use std::borrow::Cow;
use std::ops::Range;
use std::time::{Duration, Instant};

use alinea_text::Span;
use similar::{capture_diff_slices_deadline, Algorithm, DiffTag};

use crate::model::{Edit, EditOp};
use crate::tokens::is_short;
use crate::units::Unit;

/// How long one paragraph's token diff may take before `similar` falls back to a coarser
/// answer (still correct, just less minimal).
const DEADLINE: Duration = Duration::from_millis(200);

/// One side of a redline: the atoms of one or more consecutive paragraphs.
///
/// An atom is a word token (or a few tokens whose original bytes overlap) together with
/// the bytes that follow it up to the next atom, so the atoms of a side tile its
/// paragraphs exactly: whitespace, line breaks and anything normalization dropped belong
/// to the atom before them, and the first atom of a paragraph starts where the paragraph
/// starts. A leading label is an atom of its own, keyed apart from any word.
struct Side<'a> {
    text: &'a str,
    /// Comparison keys (normalized token text; labels prefixed with a NUL). Borrowed from
    /// the normalized view except for labels and the rare joined tokens, so a redline
    /// allocates little.
    words: Vec<Cow<'a, str>>,
    /// Where each atom starts in the original; atom `k` ends where `k + 1` starts.
    starts: Vec<usize>,
    /// End of the last paragraph of the side.
    end: usize,
}

impl<'a> Side<'a> {
    fn new(text: &'a str, units: &[&'a Unit]) -> Side<'a> {
        let mut side = Side {
            text,
            words: Vec::new(),
            starts: Vec::new(),
            end: units.last().map_or(0, |u| u.span.end),
        };
        for u in units {
            let first = side.starts.len();
            if u.leading_label {
                let value = u.label.as_deref().unwrap_or_default();
                side.words.push(Cow::Owned(format!("\0label:{value}")));
                side.starts.push(u.span.start);
            }
            for (t, tok) in u.tokens().iter().enumerate() {
                let at = if side.starts.len() == first {
                    u.span.start
                } else {
                    tok.span.start
                };
                match side.starts.last() {
                    // A token whose bytes start inside the previous atom (normalization
                    // expanded one original character into several tokens) joins it.
                    Some(&prev) if side.starts.len() > first && at <= prev => {
                        let last = side.words.len() - 1;
                        side.words[last].to_mut().push_str(u.token_str(t));
                    }
                    _ => {
                        side.words.push(Cow::Borrowed(u.token_str(t)));
                        side.starts.push(at.min(u.span.end));
                    }
                }
            }
            if side.starts.len() == first {
                // Nothing to compare (normalization left no token): the paragraph is one
                // atom, so the tiling still covers it.
                side.words.push(Cow::Borrowed(""));
                side.starts.push(u.span.start);
            }
        }
        side
    }

    fn atom_end(&self, k: usize) -> usize {
        self.starts.get(k + 1).copied().unwrap_or(self.end)
    }

    fn span(&self, r: &Range<usize>) -> Span {
        if r.is_empty() {
            let at = self.starts.get(r.start).copied().unwrap_or(self.end);
            return Span::new(at, at);
        }
        Span::new(self.starts[r.start], self.atom_end(r.end - 1))
    }

    /// The original bytes of an atom range, exactly.
    fn quote(&self, r: &Range<usize>) -> String {
        let s = self.span(r);
        self.text[s.start..s.end].to_string()
    }

    fn joined(&self, r: &Range<usize>) -> String {
        self.words[r.clone()].concat()
    }
}

#[derive(Clone, Debug)]
struct Segment {
    equal: bool,
    old: Range<usize>,
    new: Range<usize>,
}

/// Word edits between the paragraphs `old` (of the text `old_text`) and `new`.
pub(crate) fn redline(old_text: &str, old: &[&Unit], new_text: &str, new: &[&Unit]) -> Vec<Edit> {
    let a = Side::new(old_text, old);
    let b = Side::new(new_text, new);
    let ops = capture_diff_slices_deadline(
        Algorithm::Patience,
        &a.words,
        &b.words,
        Some(Instant::now() + DEADLINE),
    );
    let mut segs: Vec<Segment> = Vec::new();
    // The ranges are rebuilt from the ops' lengths: `similar`'s Patience diff can report
    // a deletion at a new-side index past the equal run that follows it, which would
    // leave a hole in the tiling.
    let (mut oi, mut ni) = (0, 0);
    for op in ops {
        let (tag, o, n) = op.as_tag_tuple();
        let (o, n) = (oi..oi + o.len(), ni..ni + n.len());
        (oi, ni) = (o.end, n.end);
        push(&mut segs, tag == DiffTag::Equal, o, n);
    }
    // Spacing-only changes are equal text.
    let mut cleaned: Vec<Segment> = Vec::new();
    for s in segs {
        let equal = s.equal || (!s.old.is_empty() && a.joined(&s.old) == b.joined(&s.new));
        push(&mut cleaned, equal, s.old, s.new);
    }
    // Fold short equal runs sandwiched between changes.
    let mut folded: Vec<Segment> = Vec::new();
    let count = cleaned.len();
    for (k, s) in cleaned.into_iter().enumerate() {
        let sandwiched = s.equal
            && k > 0
            && k + 1 < count
            && s.old.len() <= 2
            && a.words[s.old.clone()].iter().all(|w| is_short(w));
        let equal = s.equal && !sandwiched;
        push(&mut folded, equal, s.old, s.new);
    }
    folded
        .into_iter()
        .map(|s| {
            let op = match (s.equal, s.old.is_empty(), s.new.is_empty()) {
                (true, _, _) => EditOp::Equal,
                (false, true, _) => EditOp::Insert,
                (false, _, true) => EditOp::Delete,
                (false, false, false) => EditOp::Replace,
            };
            Edit {
                op,
                old_span: a.span(&s.old),
                new_span: b.span(&s.new),
                old_text: a.quote(&s.old),
                new_text: b.quote(&s.new),
            }
        })
        .collect()
}

/// Appends a segment, merging it with the previous one when both are changes or both are
/// equal (adjacent ranges always touch, since segments come in diff order).
fn push(segs: &mut Vec<Segment>, equal: bool, old: Range<usize>, new: Range<usize>) {
    if old.is_empty() && new.is_empty() {
        return;
    }
    if let Some(last) = segs.last_mut() {
        if last.equal == equal {
            last.old.end = old.end;
            last.new.end = new.end;
            return;
        }
    }
    segs.push(Segment { equal, old, new });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::units::prepare;
    use alinea_text::Document;

    /// Found by the edit suite: the token diff once reported a deletion at a new-side
    /// index beyond the equal run after it, and the redline skipped a word.
    #[test]
    fn repeated_words_leave_no_hole_in_the_redline() {
        let old = Document::parse("4. x ارتباطات در امنیت چارچوب بینالمللی در دستور کار");
        let new = Document::parse("4. x در در امنیت چارچوب بینالمللی چارچوب دستور کار");
        let (a, b) = (prepare(&old), prepare(&new));
        let edits = redline(old.text(), &[&a[0]], new.text(), &[&b[0]]);
        let olds: String = edits.iter().map(|e| e.old_text.as_str()).collect();
        let news: String = edits.iter().map(|e| e.new_text.as_str()).collect();
        assert_eq!(olds, old.text().trim_end());
        assert_eq!(news, new.text().trim_end());
    }
}
