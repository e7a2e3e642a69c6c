//! Runs the text layer (reflow, structure, sentences; language given) `N` times over a
//! file and prints the byte and sentence counts: a whole-process workload for timing or
//! instruction counting (`valgrind --tool=callgrind`) when the criterion bench cannot run
//! on an idle machine.
//!
//! `textlayer FILE LANG [N]`
#![allow(clippy::print_stdout)]

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: textlayer FILE LANG [N]");
    let lang = alinea_text::Lang::from_code(&args.next().expect("a language code"));
    let n: usize = args.next().map_or(1, |s| s.parse().expect("a count"));
    let text = std::fs::read_to_string(&path).expect("readable UTF-8 file");
    let mut sentences = 0;
    for _ in 0..n {
        let mut doc = alinea_text::Document::parse(std::hint::black_box(text.clone()));
        let langs = vec![lang; doc.paragraphs().len()];
        doc.set_languages(&langs);
        doc.split_sentences();
        sentences += doc.sentences().len();
    }
    println!("{} bytes x {n}, {sentences} sentences", text.len());
}
