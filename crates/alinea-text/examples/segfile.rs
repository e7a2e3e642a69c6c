//! Segments a file into sentences and prints one per line: a quick way to score the
//! text layer with the reference scorer without building the whole binary.
//!
//! `segfile FILE [LANG|-] [uax]`: `-` (or no LANG) leaves the language unknown; `uax`
//! prints UAX #29 sentences (`unicode-segmentation`) per paragraph instead, the baseline.
#![allow(clippy::print_stdout)]

use std::io::Write;

use unicode_segmentation::UnicodeSegmentation;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: segfile FILE [LANG|-] [uax]");
    let lang = args
        .next()
        .filter(|l| l != "-")
        .map(|l| alinea_text::Lang::from_code(&l).expect("a two-letter language code"));
    let uax = args.next().is_some_and(|m| m == "uax");
    let src = alinea_text::read_path(std::path::Path::new(&path)).expect("readable file");
    let mut doc = alinea_text::Document::parse(src.into_text());
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    if uax {
        for p in doc.paragraphs() {
            for s in p.text().split_sentence_bounds() {
                let s = s.trim();
                if !s.is_empty() {
                    writeln!(out, "{s}").expect("writable stdout");
                }
            }
        }
        return;
    }
    let langs = vec![lang; doc.paragraphs().len()];
    doc.set_languages(&langs);
    doc.split_sentences();
    for s in doc.sentences() {
        writeln!(out, "{}", doc.sentence_text(s)).expect("writable stdout");
    }
}
