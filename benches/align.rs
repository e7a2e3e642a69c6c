//! Alignment benchmarks (criterion). Inputs are synthetic and deterministic, so the
//! suite needs no external data: pseudo-sentences over a random vocabulary, and
//! "translations" that map words through a fixed table with noise, splits (1-2), merges
//! (2-1) and omissions, so lengths correlate as in real translations.
//!
//! Groups: `align_scaling` (1k / 10k sentences, default settings), `align_threads`
//! (10k sentences, 1 vs 2 threads), `align_50k` (50k sentences, one lexicon round).
//! `align_memory` prints the peak heap (counting allocator) and one timing for 10k, 50k
//! and 100k sentences per side; `align_1984` aligns the real ro–en novel (6,480 × 6,705
//! sentences) when `ALINEA_1984_DIR` names the folder holding its src.txt and tgt.txt
//! (CI sets it from ../shared). `align_zh_en` aligns Chinese against English with the
//! built-in lexicon and without it (the baseline, same run): the sixteen-sentence story
//! of `data/story_zh_ja_en`, and MAC's chapter 001 (295 × 316 sentences) when
//! `ALINEA_MAC_DOC` names its folder (CI sets it from ../shared).
//! Run a subset with `cargo bench --bench align -- align_threads`.
// Tests and benches report to the console; the libraries never print.
#![allow(clippy::print_stdout, clippy::print_stderr)]
#![allow(unsafe_code)]

#[path = "../tests/alloc_counter.rs"]
mod alloc_counter;

use std::hint::black_box;
use std::time::Instant;

use alloc_counter::{peak_during, Counting};

#[global_allocator]
static ALLOC: Counting = Counting;

use alinea::align::Aligner;
use alinea::text::Lang;
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) % n) as usize
    }
}

/// A synthetic parallel pair of about `n` source sentences.
fn synthetic(seed: u64, n: usize) -> (Vec<String>, Vec<String>) {
    let mut rng = Rng(seed);
    let vocab: Vec<String> = (0..2000)
        .map(|_| {
            let len = 2 + rng.below(8);
            (0..len)
                .map(|_| (b'a' + rng.below(26) as u8) as char)
                .collect()
        })
        .collect();
    let (mut src, mut tgt) = (Vec::with_capacity(n), Vec::with_capacity(n));
    while src.len() < n {
        let len = 4 + rng.below(20);
        let words: Vec<&String> = (0..len).map(|_| &vocab[rng.below(2000)]).collect();
        let t: Vec<String> = words
            .iter()
            .filter(|_| rng.below(10) != 0)
            .map(|w| format!("{}o", w.chars().rev().collect::<String>()))
            .collect();
        let s = words
            .iter()
            .map(|w| w.as_str())
            .collect::<Vec<_>>()
            .join(" ")
            + ".";
        let t = if t.is_empty() {
            "zz".to_owned()
        } else {
            t.join(" ")
        };
        src.push(s);
        match rng.below(100) {
            0..=7 => {
                let cut = t.len() / 2;
                let cut = (0..=cut)
                    .rev()
                    .find(|&k| t.is_char_boundary(k))
                    .unwrap_or(0);
                tgt.push(format!("{}.", &t[..cut]));
                tgt.push(format!("{}.", &t[cut..]));
            }
            8..=9 => {}
            _ => tgt.push(t + "."),
        }
    }
    (src, tgt)
}

fn scaling(c: &mut Criterion) {
    let mut g = c.benchmark_group("align_scaling");
    g.sample_size(10);
    let aligner = Aligner::builder().build().expect("valid configuration");
    for n in [1_000usize, 10_000] {
        let (s, t) = synthetic(42, n);
        g.throughput(Throughput::Elements((s.len() + t.len()) as u64));
        g.bench_with_input(BenchmarkId::new("default", n), &(s, t), |b, (s, t)| {
            b.iter(|| black_box(aligner.align(black_box(s), black_box(t), Lang::EN, Lang::FR)))
        });
    }
    g.finish();
}

fn threads(c: &mut Criterion) {
    let mut g = c.benchmark_group("align_threads");
    g.sample_size(10);
    let (s, t) = synthetic(7, 10_000);
    g.throughput(Throughput::Elements((s.len() + t.len()) as u64));
    for th in [1usize, 2] {
        let aligner = Aligner::builder()
            .threads(th)
            .build()
            .expect("valid configuration");
        g.bench_with_input(BenchmarkId::new("threads", th), &th, |b, _| {
            b.iter(|| black_box(aligner.align(black_box(&s), black_box(&t), Lang::EN, Lang::FR)))
        });
    }
    g.finish();
}

fn large(c: &mut Criterion) {
    let mut g = c.benchmark_group("align_50k");
    g.sample_size(10);
    let (s, t) = synthetic(9, 50_000);
    g.throughput(Throughput::Elements((s.len() + t.len()) as u64));
    let aligner = Aligner::builder()
        .lexicon_rounds(1)
        .build()
        .expect("valid configuration");
    g.bench_function("one_lexicon_round", |b| {
        b.iter(|| black_box(aligner.align(black_box(&s), black_box(&t), Lang::EN, Lang::FR)))
    });
    g.finish();
}

#[allow(clippy::print_stderr)]
fn memory(c: &mut Criterion) {
    let aligner = Aligner::builder().build().expect("valid configuration");
    for n in [10_000usize, 50_000, 100_000] {
        let (s, t) = synthetic(11, n);
        let started = Instant::now();
        let (beads, peak) = peak_during(|| aligner.align(&s, &t, Lang::EN, Lang::FR).beads().len());
        eprintln!(
            "align_memory: {} × {} sentences: {beads} beads in {:.2} s, peak heap {:.0} MB ({:.0} bytes per sentence pair)",
            s.len(),
            t.len(),
            started.elapsed().as_secs_f64(),
            peak as f64 / 1e6,
            peak as f64 / (s.len() + t.len()) as f64
        );
    }
    // Criterion needs at least one measured function per group run.
    let (s, t) = synthetic(11, 1_000);
    c.bench_function("align_memory/1k_reference", |b| {
        b.iter(|| black_box(aligner.align(black_box(&s), black_box(&t), Lang::EN, Lang::FR)))
    });
}

fn novel_1984(c: &mut Criterion) {
    let Some(dir) = std::env::var_os("ALINEA_1984_DIR") else {
        return;
    };
    let dir = std::path::PathBuf::from(dir);
    let read = |f: &str| -> Vec<String> {
        std::fs::read_to_string(dir.join(f))
            .map(|t| t.lines().map(str::to_string).collect())
            .unwrap_or_default()
    };
    let (s, t) = (read("src.txt"), read("tgt.txt"));
    if s.is_empty() || t.is_empty() {
        return;
    }
    let mut g = c.benchmark_group("align_1984");
    g.sample_size(10);
    g.throughput(Throughput::Elements((s.len() + t.len()) as u64));
    for th in [1usize, 2] {
        let aligner = Aligner::builder()
            .threads(th)
            .build()
            .expect("valid configuration");
        g.bench_with_input(BenchmarkId::new("threads", th), &th, |b, _| {
            b.iter(|| black_box(aligner.align(black_box(&s), black_box(&t), Lang::RO, Lang::EN)))
        });
    }
    g.finish();
}

fn zh_en(c: &mut Criterion) {
    let lines = |p: std::path::PathBuf| -> Vec<String> {
        std::fs::read_to_string(p)
            .map(|t| t.lines().map(str::to_string).collect())
            .unwrap_or_default()
    };
    let story = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/story_zh_ja_en");
    let mut docs = vec![(
        "story",
        lines(story.join("zh.txt")),
        lines(story.join("en.txt")),
    )];
    if let Some(dir) = std::env::var_os("ALINEA_MAC_DOC") {
        let dir = std::path::PathBuf::from(dir);
        docs.push((
            "mac_001",
            lines(dir.join("src.txt")),
            lines(dir.join("tgt.txt")),
        ));
    }
    let mut g = c.benchmark_group("align_zh_en");
    g.sample_size(10);
    for (name, s, t) in &docs {
        if s.is_empty() || t.is_empty() {
            continue;
        }
        for builtin in [true, false] {
            let aligner = Aligner::builder()
                .builtin_lexicon(builtin)
                .build()
                .expect("valid configuration");
            let id = if builtin { "builtin" } else { "none" };
            g.bench_with_input(BenchmarkId::new(*name, id), &builtin, |b, _| {
                b.iter(|| black_box(aligner.align(black_box(s), black_box(t), Lang::ZH, Lang::EN)))
            });
        }
    }
    g.finish();
}

criterion_group!(benches, scaling, threads, large, memory, novel_1984, zh_en);
criterion_main!(benches);
