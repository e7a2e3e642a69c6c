//! Bytes → decode → Document (parse, languages, sentences) and the text functions, with
//! the span invariants of `alinea_fuzz::check_document`.
#![no_main]

use alinea_fuzz::{check_document, check_text_functions, LANGS};
use alinea_text::{decode, Document};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(source) = decode("fuzz.txt", data) else {
        return;
    };
    let text = source.text();
    let mut doc = Document::parse(text);
    // The last byte picks the languages, so every paragraph can get a different one.
    let pick = usize::from(data.last().copied().unwrap_or(0));
    let langs: Vec<_> = (0..doc.paragraphs().len())
        .map(|i| LANGS[(pick + i * (pick % 5 + 1)) % LANGS.len()])
        .collect();
    doc.set_languages(&langs);
    doc.split_sentences();
    check_document(&doc);
    check_text_functions(text);
    // Splitting twice gives the same sentences.
    let first = doc.sentences().to_vec();
    doc.split_sentences();
    assert_eq!(first, doc.sentences());
});
