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

/// One side of a redline: the tokens of one or more consecutive paragraphs.
struct Side<'a> {
    text: &'a str,
    words: Vec<&'a str>,
    spans: Vec<Span>,
    /// Which paragraph (position in the group) each token came from.
    owner: Vec<usize>,
    /// Insertion point when the side has no token at all.
    start: usize,
}

impl<'a> Side<'a> {
    fn new(text: &'a str, units: &[&'a Unit]) -> Side<'a> {
        let mut side = Side {
            text,
            words: Vec::new(),
            spans: Vec::new(),
            owner: Vec::new(),
            start: units.first().map_or(0, |u| u.start),
        };
        for (k, u) in units.iter().enumerate() {
            for (t, tok) in u.tokens.iter().enumerate() {
                side.words.push(u.token_str(t));
                side.spans.push(tok.span);
                side.owner.push(k);
            }
        }
        side
    }

    fn span(&self, r: &Range<usize>) -> Span {
        if r.is_empty() {
            let at = if r.start < self.spans.len() {
                self.spans[r.start].start
            } else {
                self.spans.last().map_or(self.start, |s| s.end)
            };
            return Span::new(at, at);
        }
        Span::new(self.spans[r.start].start, self.spans[r.end - 1].end)
    }

    /// The original text of a token range, whitespace folded; a range over several
    /// paragraphs is quoted piece by piece so the labels between them stay out.
    fn quote(&self, r: &Range<usize>) -> String {
        let mut out = String::new();
        let mut k = r.start;
        while k < r.end {
            let owner = self.owner[k];
            let mut e = k;
            while e + 1 < r.end && self.owner[e + 1] == owner {
                e += 1;
            }
            let piece = &self.text[self.spans[k].start..self.spans[e].end];
            for w in piece.split_whitespace() {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(w);
            }
            k = e + 1;
        }
        out
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
    for op in ops {
        let (tag, o, n) = op.as_tag_tuple();
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
