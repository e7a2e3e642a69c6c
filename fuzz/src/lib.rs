//! Invariant checks shared by the fuzz targets. The invariants themselves live in the
//! libraries (`alinea_text::invariants`, `alinea_align::invariants`), where the property
//! tests check them too; here each violation becomes a panic, so libFuzzer records a
//! crash.

use alinea_align::Alignment;
use alinea_text::{Document, Lang};

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

fn or_crash(r: Result<(), String>) {
    if let Err(e) = r {
        panic!("invariant broken: {e}");
    }
}

/// Checks a document after `Document::parse`, `set_languages` and `split_sentences`.
pub fn check_document(doc: &Document) {
    or_crash(alinea_text::invariants::check_document(doc));
}

/// Checks the text-level functions (normalized view, symbols, tokens) on a whole text.
pub fn check_text_functions(text: &str) {
    or_crash(alinea_text::invariants::check_text_functions(text));
}

/// Checks that beads are monotone, non-empty, cover both sides once, and read back.
pub fn check_alignment(a: &Alignment, n_src: usize, n_tgt: usize) {
    or_crash(alinea_align::invariants::check_alignment(a, n_src, n_tgt));
}
