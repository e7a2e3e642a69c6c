//! Invariants of the document model, checked by the property tests on generated text and
//! by the fuzz targets on arbitrary input (one copy, so the two can never disagree about
//! what "correct" means). Each check returns the first violation as a message.
//!
//! The invariants :
//!
//! 1. Paragraph spans are in order, non-overlapping and on char boundaries, and the text
//!    outside them is whitespace only.
//! 2. Sentence spans are in order, non-overlapping, on char boundaries and each inside its
//!    own paragraph's span; inside a paragraph the text outside its sentences is
//!    whitespace and soft hyphens (U+00AD) only. Together with (1): the gaps and the
//!    sentence spans, concatenated, give back the input exactly, and the only
//!    non-whitespace characters outside every sentence are soft hyphens, which reflow
//!    drops at a line end (`reflow::build` cuts trailing U+00AD, spaces and tabs from a
//!    line ending in a soft hyphen when another line follows).
//! 3. A sentence's text (from the paragraph's joined text) equals its original slice,
//!    character for character, except that each *line-break run* of the original (a
//!    maximal run of whitespace and U+00AD holding a line end: LF, CR, FF, U+2028,
//!    U+2029) stands for a possibly empty run of whitespace and U+00AD in the joined text
//!    (one space or nothing, plus whatever stood before a dropped soft hyphen).
//! 4. Sentences are trimmed and non-empty; each paragraph's sentence range follows the
//!    previous one's.
//! 5. The normalized view's byte map is monotone, stays inside the text it maps into
//!    (the whole text, or a paragraph's joined text for `normalized_body`) and ends at
//!    that text's end; mapped on through the paragraph it stays inside the paragraph's
//!    span.
//! 6. Spans of labels, symbols and tokens are on char boundaries inside their text.

use crate::normalize::{normalize, Normalized};
use crate::symbols::find_symbols;
use crate::token::tokens;
use crate::{Document, Span};

/// Returns an error message when a condition fails.
macro_rules! ensure {
    ($c:expr) => {
        if !$c {
            return Err(format!("check failed: {}", stringify!($c)));
        }
    };
    ($c:expr, $($fmt:tt)+) => {
        if !$c {
            return Err(format!($($fmt)+));
        }
    };
}

/// Returns an error message when two values differ.
macro_rules! ensure_eq {
    ($a:expr, $b:expr $(,)?) => {{
        let (a, b) = (&$a, &$b);
        if a != b {
            return Err(format!("{} != {}: {:?} vs {:?}", stringify!($a), stringify!($b), a, b));
        }
    }};
    ($a:expr, $b:expr, $($fmt:tt)+) => {{
        let (a, b) = (&$a, &$b);
        if a != b {
            return Err(format!("{:?} vs {:?}: {}", a, b, format!($($fmt)+)));
        }
    }};
}

/// A line end of any convention (LF, CR, FF, U+2028, U+2029).
pub fn is_line_end(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\x0c' | '\u{2028}' | '\u{2029}')
}

fn gap_char(c: char) -> bool {
    c.is_whitespace() || c == '\u{AD}'
}

/// Invariant 3: `joined` is `orig` with each line-break run replaced by a run of
/// whitespace and soft hyphens.
pub fn matches_modulo_breaks(orig: &str, joined: &str) -> bool {
    let o: Vec<char> = orig.chars().collect();
    let j: Vec<char> = joined.chars().collect();
    let (mut i, mut k) = (0, 0);
    while i < o.len() {
        let run_end = o[i..]
            .iter()
            .position(|&c| !gap_char(c))
            .map_or(o.len(), |p| i + p);
        if o[i..run_end].iter().any(|&c| is_line_end(c)) {
            i = run_end;
            while k < j.len() && gap_char(j[k]) {
                k += 1;
            }
            continue;
        }
        if k >= j.len() || o[i] != j[k] {
            return false;
        }
        i += 1;
        k += 1;
    }
    k == j.len()
}

fn on_boundaries(text: &str, span: Span, what: &str) -> Result<(), String> {
    ensure!(
        span.end <= text.len()
            && text.is_char_boundary(span.start)
            && text.is_char_boundary(span.end),
        "{} {:?} not on char boundaries of a {}-byte text",
        what,
        span,
        text.len()
    );
    Ok(())
}

/// Invariant 5 for one view of a text of `len` bytes.
pub fn check_normalized(n: &Normalized, len: usize) -> Result<Vec<usize>, String> {
    let mut out = Vec::with_capacity(n.as_str().len() + 1);
    let mut last = 0;
    for i in 0..=n.as_str().len() {
        let o = n.to_original(i);
        ensure!(
            o >= last && o <= len,
            "map {} -> {} (prev {}, len {})",
            i,
            o,
            last,
            len
        );
        last = o;
        out.push(o);
    }
    ensure_eq!(last, len);
    Ok(out)
}

/// Invariants 1 to 6 on a parsed and split document.
pub fn check_document(doc: &Document) -> Result<(), String> {
    let text = doc.text();
    let mut prev_end = 0;
    let mut next_sentence = 0;
    for (pi, p) in doc.paragraphs().iter().enumerate() {
        let span = p.span();
        on_boundaries(text, span, "paragraph")?;
        ensure!(span.start >= prev_end, "paragraph {} overlaps", pi);
        ensure!(
            text[prev_end..span.start].chars().all(char::is_whitespace),
            "dropped before paragraph {}: {:?}",
            pi,
            &text[prev_end..span.start]
        );
        prev_end = span.end;
        ensure!(
            matches_modulo_breaks(&text[span.range()], p.text()),
            "paragraph {} joined {:?} from {:?}",
            pi,
            p.text(),
            &text[span.range()]
        );
        if let Some(l) = p.label() {
            on_boundaries(p.text(), l.span, "label")?;
        }
        let range = p.sentence_range();
        ensure_eq!(range.start, next_sentence);
        next_sentence = range.end;
        let mut cursor = span.start;
        for si in range {
            let s = &doc.sentences()[si];
            let ss = s.span();
            ensure_eq!(s.para(), pi);
            on_boundaries(text, ss, "sentence")?;
            ensure!(
                span.contains(&ss),
                "sentence {} {:?} outside {:?}",
                si,
                ss,
                span
            );
            ensure!(ss.start >= cursor, "sentence {} out of order", si);
            ensure!(
                text[cursor..ss.start].chars().all(gap_char),
                "dropped before sentence {}: {:?}",
                si,
                &text[cursor..ss.start]
            );
            cursor = ss.end;
            let st = doc.sentence_text(s);
            ensure!(
                !st.is_empty() && st == st.trim(),
                "sentence {} {:?}",
                si,
                st
            );
            ensure!(
                matches_modulo_breaks(&text[ss.range()], st),
                "sentence {} {:?} from {:?}",
                si,
                st,
                &text[ss.range()]
            );
        }
        ensure!(
            text[cursor..span.end].chars().all(gap_char),
            "dropped at the end of paragraph {}: {:?}",
            pi,
            &text[cursor..span.end]
        );
        for o in check_normalized(&p.normalized_body(), p.text().len())? {
            let back = p.span_of(o, o);
            ensure!(
                span.contains(&back),
                "normalized body maps outside paragraph"
            );
        }
    }
    ensure_eq!(next_sentence, doc.sentences().len());
    ensure!(text[prev_end..].chars().all(char::is_whitespace));
    Ok(())
}

/// Invariants 5 and 6 on the whole text.
pub fn check_text_functions(text: &str) -> Result<(), String> {
    check_normalized(&normalize(text), text.len())?;
    let mut prev = 0;
    for s in find_symbols(text) {
        on_boundaries(text, s.span, "symbol")?;
        ensure!(s.span.start >= prev);
        prev = s.span.end;
    }
    let mut prev = 0;
    for t in tokens(text, 0) {
        on_boundaries(text, t.span, "token")?;
        ensure!(!t.span.is_empty() && t.span.start >= prev);
        prev = t.span.end;
    }
    Ok(())
}
