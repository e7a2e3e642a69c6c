//! Version comparison (alinea-diff): a real pair of the Persian resolution series, two
//! synthetic ~1 MB versions, a scaling series, and a plain `similar` line diff of the
//! same inputs as the baseline (what a diff costs that knows nothing of paragraphs,
//! normalization, moves or word redlines).
//!
//! Inputs: `data/resolutions/fa` (see its README.md: extracted from seed 004, the Persian
//! book "سایبر و سازمان ملل متحد"); synthetic versions are generated here, deterministically.
//! Documents are parsed outside the timed closure: `alinea_text` has its own benches.
//!
//! Run a subset with `cargo bench --bench diff -- diff/real`.
// Tests and benches report to the console; the libraries never print.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::hint::black_box;
use std::path::PathBuf;

use alinea::diff::Differ;
use alinea::text::Document;
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use similar::{Algorithm, TextDiff};

fn fa(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("data/resolutions/fa")
        .join(format!("{name}.txt"));
    std::fs::read_to_string(path).expect("data/resolutions/fa")
}

/// Two versions of a synthetic resolution of about `bytes` bytes each: Persian-letter
/// words, numbered paragraphs; the new version rewords every 20th paragraph, deletes every
/// 50th, adds one every 50th and moves a block of five.
///
/// Paragraphs are separated by a blank line and numbered 1 to 999 over and over: the
/// paragraph reader takes at most three digits as a label (so that a year opening a line
/// is not one), and with one line per paragraph and numbers past 999 it joined the later
/// lines into paragraphs of several lines and read their numbers as text. Each size from
/// 512 KB on then measured another input (every renumbered paragraph `modified`, the
/// moved block inside joined paragraphs), which made 256 → 512 KB grow fourfold.
pub fn synthetic(bytes: usize) -> (String, String) {
    const LETTERS: &[char] = &[
        'ا', 'ب', 'پ', 'ت', 'ج', 'د', 'ر', 'ز', 'س', 'ش', 'ف', 'ق', 'ک', 'گ', 'ل', 'م', 'ن', 'و',
        'ه', 'ی',
    ];
    let mut x: u64 = 0x2545_f491_4f6c_dd1d;
    let mut rnd = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    let mut word = || {
        let n = 2 + (rnd() % 6) as usize;
        (0..n)
            .map(|_| LETTERS[(rnd() % LETTERS.len() as u64) as usize])
            .collect::<String>()
    };
    let mut old: Vec<Vec<String>> = Vec::new();
    let mut size = 0;
    while size < bytes {
        let p: Vec<String> = (0..30).map(|_| word()).collect();
        size += p.iter().map(|w| w.len() + 1).sum::<usize>() + 8;
        old.push(p);
    }
    let mut new: Vec<Vec<String>> = Vec::new();
    for (i, p) in old.iter().enumerate() {
        match i % 50 {
            7 => continue,
            23 => {
                new.push(p.clone());
                new.push((0..30).map(|_| word()).collect());
            }
            k if k % 20 == 3 => {
                let mut q = p.clone();
                q[10] = word();
                q[11] = word();
                new.push(q);
            }
            _ => new.push(p.clone()),
        }
    }
    if new.len() > 40 {
        let block: Vec<_> = new.drain(10..15).collect();
        let at = new.len() - 10;
        new.splice(at..at, block);
    }
    let render = |ps: &[Vec<String>]| -> String {
        ps.iter()
            .enumerate()
            .map(|(k, p)| format!("{}. {}.\n\n", k % 999 + 1, p.join(" ")))
            .collect()
    };
    (render(&old), render(&new))
}

fn real(c: &mut Criterion) {
    let mut g = c.benchmark_group("diff/real");
    let differ = Differ::default();
    for (a, b) in [
        ("A-RES-71-28", "A-RES-73-27"),
        ("A-RES-69-166", "A-RES-71-199"),
    ] {
        let (ta, tb) = (fa(a), fa(b));
        let (da, db) = (Document::parse(ta.as_str()), Document::parse(tb.as_str()));
        let id = format!("{a}->{b}");
        g.throughput(Throughput::Bytes((ta.len() + tb.len()) as u64));
        g.bench_with_input(
            BenchmarkId::new("alinea", &id),
            &(&da, &db),
            |bench, (x, y)| {
                bench.iter(|| black_box(differ.diff(black_box(x), black_box(y)).unwrap()))
            },
        );
        g.bench_with_input(
            BenchmarkId::new("similar_lines", &id),
            &(&ta, &tb),
            |bench, (x, y)| {
                bench.iter(|| {
                    let d = TextDiff::configure()
                        .algorithm(Algorithm::Patience)
                        .diff_lines(black_box(x.as_str()), black_box(y.as_str()));
                    black_box(d.ops().len())
                })
            },
        );
    }
    g.finish();
}

fn large(c: &mut Criterion) {
    let mut g = c.benchmark_group("diff/synthetic_1mb");
    g.sample_size(10);
    let differ = Differ::default();
    let (ta, tb) = synthetic(1 << 20);
    let (da, db) = (Document::parse(ta.as_str()), Document::parse(tb.as_str()));
    g.throughput(Throughput::Bytes((ta.len() + tb.len()) as u64));
    g.bench_function("alinea", |bench| {
        bench.iter(|| black_box(differ.diff(black_box(&da), black_box(&db)).unwrap()))
    });
    g.bench_function("similar_lines", |bench| {
        bench.iter(|| {
            let d = TextDiff::configure()
                .algorithm(Algorithm::Patience)
                .diff_lines(black_box(ta.as_str()), black_box(tb.as_str()));
            black_box(d.ops().len())
        })
    });
    g.finish();
}

fn scaling(c: &mut Criterion) {
    let mut g = c.benchmark_group("diff/scaling");
    g.sample_size(10);
    let differ = Differ::default();
    for kb in [64usize, 128, 256, 512, 1024, 2048, 4096] {
        let (ta, tb) = synthetic(kb << 10);
        let (da, db) = (Document::parse(ta.as_str()), Document::parse(tb.as_str()));
        g.throughput(Throughput::Bytes((ta.len() + tb.len()) as u64));
        g.bench_with_input(
            BenchmarkId::new("alinea", kb),
            &(&da, &db),
            |bench, (x, y)| {
                bench.iter(|| black_box(differ.diff(black_box(x), black_box(y)).unwrap()))
            },
        );
    }
    g.finish();
}

criterion_group!(benches, real, large, scaling);
criterion_main!(benches);
