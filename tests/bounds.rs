//! Resource bounds on hostile shapes of input, scaled so the suite stays fast (the full
//! sizes run in `benches/bounds.rs`): memory must grow about linearly. Memory rather than
//! time is asserted, since it does not depend on the machine's load: a quadratic step
//! shows as a fourfold peak when the input doubles. One test runs the cases in turn, so
//! no other test's allocations blur the counts.
// Tests and benches report to the console; the libraries never print.
#![allow(clippy::print_stdout, clippy::print_stderr)]
#![allow(unsafe_code)]

mod alloc_counter;
mod hostile_input;

use alinea::align::Aligner;
use alinea::text::{Document, Lang};
use alloc_counter::{peak_during, Counting};
use hostile_input::no_newline;

#[global_allocator]
static ALLOC: Counting = Counting;

fn segment(text: String) -> (usize, usize) {
    let mut d = Document::parse(text);
    d.split_sentences();
    (d.paragraphs().len(), d.sentences().len())
}

/// Peak memory for input sizes n and 2n; the ratio must stay near 2 (linear).
fn ratio(f: impl Fn(usize) -> usize, n: usize) -> (usize, usize, f64) {
    let (_, small) = peak_during(|| f(n));
    let (_, large) = peak_during(|| f(2 * n));
    (small, large, large as f64 / small.max(1) as f64)
}

#[test]
fn memory_grows_linearly_on_hostile_input() {
    // A file with no newline at all (the full-size case is 200 MB).
    let (small, large, r) = ratio(|n| segment(no_newline(n)).1, 4 << 20);
    assert!(
        r < 2.6,
        "no-newline text: {small} → {large} bytes, ratio {r:.2}"
    );
    assert!(
        large < 12 * (8 << 20),
        "no-newline text: {large} bytes for 8 MB"
    );

    // One paragraph of 1 MB with no punctuation: one sentence, linear memory.
    let text: String = "word ".repeat(200_000);
    let ((paras, sents), peak) = peak_during(|| segment(text.clone()));
    assert_eq!((paras, sents), (1, 1));
    assert!(peak < 12 * text.len(), "1 MB paragraph: {peak} bytes");

    // 100,000 one-character lines.
    let lines = |n: usize| -> String {
        (0..n)
            .map(|i| if i % 2 == 0 { "a\n" } else { "ب\n" })
            .collect()
    };
    let (small, large, r) = ratio(|n| segment(lines(n)).0, 50_000);
    assert!(
        r < 2.6,
        "one-character lines: {small} → {large} bytes, ratio {r:.2}"
    );

    // Many sentences against three (the full-size case is 1,000,000 against 3): the
    // alignment band and the lexicon stay bounded per sentence.
    let aligner = Aligner::builder().threads(1).build().unwrap();
    let short = ["One.", "Two.", "Three."];
    let align = |n: usize| -> usize {
        let long: Vec<String> = (0..n)
            .map(|i| format!("Sentence number {i} says something."))
            .collect();
        let a = aligner.align(&long, &short.map(String::from), Lang::EN, Lang::FR);
        let covered: usize = a.beads().iter().map(|b| b.src().len()).sum();
        assert_eq!(covered, n, "every sentence in one bead");
        a.beads().len()
    };
    let (small, large, r) = ratio(align, 10_000);
    assert!(
        r < 2.6,
        "10k/20k sentences against 3: {small} → {large} bytes, ratio {r:.2}"
    );
}
