//! Invariant checks shared by the fuzz targets. Each check panics (so libFuzzer records a
//! crash) when an invariant of the public API breaks.
//!
//! The same invariants are property-tested in `crates/alinea-text/tests/properties.rs` and
//! `crates/alinea-align/tests/properties.rs`; keep the two in step.

use alinea_align::{parse_ladder, Alignment};
use alinea_text::{normalize::Normalized, Document, Lang, Span};

/// Languages the targets pick from: the default set, two more, and unknown.
pub const LANGS: [Option<Lang>; 11] = [
    None,
    Some(Lang::EN),
    Some(Lang::FR),
    Some(Lang::ES),
    Some(Lang::RU),
    Some(Lang::ZH),
    Some(Lang::AR),
    Some(Lang::FA),
    Some(Lang::DE),
    Some(Lang::UR),
    Some(Lang::JA),
];

/// Characters that end a physical line (`alinea_text::lines::split_lines`).
pub fn is_line_end(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\x0c' | '\u{2028}' | '\u{2029}')
}

fn boundary(text: &str, span: Span, what: &str) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what} {span:?} outside text of {} bytes",
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what} {span:?} not on char boundaries"
    );
}

/// Whether `joined` is `orig` with every line-break run of `orig` (a maximal run of
/// whitespace and soft hyphens that holds a line end) replaced by a possibly empty run of
/// whitespace and soft hyphens: what `reflow` does when it joins wrapped lines (one space
/// or nothing; whatever stood before a dropped line-end soft hyphen is kept).
pub fn matches_modulo_breaks(orig: &str, joined: &str) -> bool {
    let o: Vec<char> = orig.chars().collect();
    let j: Vec<char> = joined.chars().collect();
    let (mut i, mut k) = (0, 0);
    while i < o.len() {
        let run_end = o[i..]
            .iter()
            .position(|&c| !(c.is_whitespace() || c == '\u{AD}'))
            .map_or(o.len(), |p| i + p);
        if run_end > i && o[i..run_end].iter().any(|&c| is_line_end(c)) {
            i = run_end;
            while k < j.len() && (j[k].is_whitespace() || j[k] == '\u{AD}') {
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

/// Checks a document after `Document::parse`, `set_languages` and `split_sentences`.
pub fn check_document(doc: &Document) {
    let text = doc.text();
    let paras = doc.paragraphs();
    let mut prev_end = 0;
    let mut next_sentence = 0;
    for (pi, p) in paras.iter().enumerate() {
        let span = p.span();
        boundary(text, span, "paragraph");
        assert!(
            span.start >= prev_end,
            "paragraph {pi} overlaps the one before"
        );
        assert!(
            text[prev_end..span.start].chars().all(char::is_whitespace),
            "non-whitespace dropped before paragraph {pi}: {:?}",
            &text[prev_end..span.start]
        );
        prev_end = span.end;
        assert!(
            matches_modulo_breaks(&text[span.range()], p.text()),
            "paragraph {pi} text {:?} does not rejoin {:?}",
            p.text(),
            &text[span.range()]
        );
        assert!(p.text().is_char_boundary(p.text().len() - p.body().len()));
        if let Some(l) = p.label() {
            boundary(p.text(), l.span, "label");
        }
        // Sentences of this paragraph.
        let range = p.sentence_range();
        assert_eq!(range.start, next_sentence, "paragraph {pi} sentence range");
        next_sentence = range.end;
        let mut cursor = span.start;
        for si in range {
            let s = &doc.sentences()[si];
            assert_eq!(s.para(), pi);
            let ss = s.span();
            boundary(text, ss, "sentence");
            assert!(
                span.contains(&ss),
                "sentence {si} {ss:?} outside paragraph {span:?}"
            );
            assert!(ss.start >= cursor, "sentence {si} out of order");
            assert!(
                text[cursor..ss.start]
                    .chars()
                    .all(|c| c.is_whitespace() || c == '\u{AD}'),
                "non-whitespace dropped before sentence {si}: {:?}",
                &text[cursor..ss.start]
            );
            cursor = ss.end;
            let local = s.local();
            assert!(local.start < local.end && local.end <= p.text().len());
            let st = doc.sentence_text(s);
            assert_eq!(st, st.trim(), "sentence {si} not trimmed");
            assert!(
                matches_modulo_breaks(&text[ss.range()], st),
                "sentence {si} {st:?} does not map to {:?}",
                &text[ss.range()]
            );
        }
        assert!(
            text[cursor..span.end]
                .chars()
                .all(|c| c.is_whitespace() || c == '\u{AD}'),
            "non-whitespace dropped at the end of paragraph {pi}"
        );
        check_normalized(&p.normalized_body(), p.text().len());
    }
    assert_eq!(next_sentence, doc.sentences().len());
    assert!(text[prev_end..].chars().all(char::is_whitespace));
}

/// Checks a normalized view of a text of `orig_len` bytes: the map is monotone, inside
/// the original, and its last entry is the original's end.
pub fn check_normalized(n: &Normalized, orig_len: usize) {
    let len = n.as_str().len();
    let mut last = 0;
    for i in 0..=len {
        let o = n.to_original(i);
        assert!(o >= last, "normalized map goes back at {i}");
        assert!(o <= orig_len, "normalized map past the original at {i}");
        last = o;
    }
    assert_eq!(n.to_original(len), orig_len);
    if len > 0 {
        let s = n.span_to_original(0, len);
        assert!(s.end <= orig_len);
    }
}

/// Checks the text-level functions on a whole text.
pub fn check_text_functions(text: &str) {
    let n = alinea_text::normalize::normalize(text);
    check_normalized(&n, text.len());
    let mut prev = 0;
    for s in alinea_text::symbols::find_symbols(text) {
        boundary(text, s.span, "symbol");
        assert!(s.span.start >= prev, "symbols out of order");
        prev = s.span.end;
    }
    let mut prev = 0;
    for t in alinea_text::token::tokens(text, 0) {
        boundary(text, t.span, "token");
        assert!(
            !t.span.is_empty() && t.span.start >= prev,
            "tokens out of order"
        );
        prev = t.span.end;
    }
}

/// Checks that beads are monotone, non-empty, and cover `0..n_src` and `0..n_tgt` exactly
/// once each, and that the ladder rendering reads back.
pub fn check_alignment(a: &Alignment, n_src: usize, n_tgt: usize) {
    let (mut s, mut t) = (0, 0);
    for b in a.beads() {
        assert!(!(b.src().is_empty() && b.tgt().is_empty()), "empty bead");
        for &i in b.src() {
            assert_eq!(i, s, "source sentences not covered in order");
            s += 1;
        }
        for &j in b.tgt() {
            assert_eq!(j, t, "target sentences not covered in order");
            t += 1;
        }
        let score = b.score();
        assert!(
            score.is_finite() && (-1e-4..=1.0 + 1e-4).contains(&score),
            "score {score}"
        );
    }
    assert_eq!((s, t), (n_src, n_tgt), "beads do not cover both sides");
    let back = parse_ladder(&a.to_ladder(false)).expect("ladder reads back");
    assert_eq!(back.len(), a.beads().len());
    for (l, b) in back.iter().zip(a.beads()) {
        assert_eq!((&l.src[..], &l.tgt[..]), (b.src(), b.tgt()));
    }
}
