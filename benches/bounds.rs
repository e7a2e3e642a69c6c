//! Resource bounds at full size: a 200 MB file with no newline through the text pipeline,
//! and 1,000,000 sentences aligned against 3. Peak heap bytes (counting allocator) are
//! printed beside criterion's times. The full sizes take minutes, so by default the bench
//! runs at one tenth of them; `ALINEA_BOUNDS_FULL=1 cargo bench --bench bounds` runs the
//! sizes BENCHMARKS.md reports.
// Tests and benches report to the console; the libraries never print.
#![allow(clippy::print_stdout, clippy::print_stderr)]
#![allow(unsafe_code)]

#[path = "../tests/alloc_counter.rs"]
mod alloc_counter;
#[path = "../tests/hostile_input.rs"]
mod hostile_input;

use std::hint::black_box;

use alinea::align::Aligner;
use alinea::text::{Document, Lang};
use alloc_counter::{peak_during, Counting};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use hostile_input::no_newline;

#[global_allocator]
static ALLOC: Counting = Counting;

fn scale() -> usize {
    if std::env::var_os("ALINEA_BOUNDS_FULL").is_some() {
        10
    } else {
        1
    }
}

#[allow(clippy::print_stderr)]
fn report(what: &str, input: usize, peak: usize) {
    eprintln!(
        "bounds: {what}: input {:.1} MB, peak heap {:.1} MB ({:.2} bytes per input byte or unit)",
        input as f64 / 1e6,
        peak as f64 / 1e6,
        peak as f64 / input.max(1) as f64
    );
}

fn text_bounds(c: &mut Criterion) {
    let size = 20_000_000 * scale();
    let text = no_newline(size);
    let (_, peak) = peak_during(|| {
        let mut d = Document::parse(text.clone());
        d.split_sentences();
        d.sentences().len()
    });
    report("no-newline text, parse + sentences", size, peak);
    let mut g = c.benchmark_group("bounds_text");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(size as u64));
    g.bench_with_input(BenchmarkId::new("no_newline", size), &text, |b, t| {
        b.iter(|| {
            let mut d = Document::parse(black_box(t.clone()));
            d.split_sentences();
            d.sentences().len()
        })
    });
    g.finish();
}

fn align_bounds(c: &mut Criterion) {
    let n = 100_000 * scale();
    let long: Vec<String> = (0..n)
        .map(|i| format!("Sentence number {i} says something."))
        .collect();
    let short: Vec<String> = ["One.", "Two.", "Three."].map(String::from).to_vec();
    let aligner = Aligner::builder().build().unwrap();
    let (_, peak) = peak_during(|| {
        aligner
            .align(&long, &short, Lang::EN, Lang::FR)
            .beads()
            .len()
    });
    report("sentences against 3, align (bytes per sentence)", n, peak);
    let mut g = c.benchmark_group("bounds_align");
    g.sample_size(10);
    g.throughput(Throughput::Elements(n as u64));
    g.bench_function(BenchmarkId::new("many_against_3", n), |b| {
        b.iter(|| {
            aligner
                .align(black_box(&long), black_box(&short), Lang::EN, Lang::FR)
                .beads()
                .len()
        })
    });
    g.finish();
}

criterion_group!(benches, text_bounds, align_bounds);
criterion_main!(benches);
