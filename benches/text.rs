//! Throughput of the text foundation: sentence splitting per language, language
//! identification per line, and the whole pipeline on a long real document.
//!
//! Inputs: the UD-derived texts in `data/bench/segment` (see data/README.md for sources
//! and licences). The seed-004 group needs the 1.5 MB Persian book, which is not
//! shipped: it runs when `ALINEA_SEED004` names it (CI sets it from ../shared/seeds).
// Tests and benches report to the console; the libraries never print.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::hint::black_box;
use std::path::PathBuf;

use alinea::text::{split_sentences, Document, Lang};
use alinea::Engine;
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

const LANGS: [&str; 7] = ["ar", "en", "es", "fa", "fr", "ru", "zh"];

fn data(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("data")
        .join(rel)
}

fn read(rel: &str) -> String {
    std::fs::read_to_string(data(rel)).expect("bench data under data/bench")
}

fn sentences(c: &mut Criterion) {
    let mut g = c.benchmark_group("split_sentences");
    for code in LANGS {
        let text = read(&format!("bench/segment/{code}.text.txt"));
        let lang = Lang::from_code(code);
        let paras: Vec<&str> = text.split("\n\n").collect();
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::new("rules", code), &paras, |b, paras| {
            b.iter(|| {
                let mut n = 0;
                for p in paras {
                    n += split_sentences(black_box(p), lang).len();
                }
                n
            })
        });
        // Baseline: plain whitespace tokenisation of the same text.
        g.bench_with_input(BenchmarkId::new("split_whitespace", code), &text, |b, t| {
            b.iter(|| black_box(t).split_whitespace().count())
        });
    }
    g.finish();
}

fn pipeline(c: &mut Criterion) {
    let mut g = c.benchmark_group("pipeline");
    g.sample_size(10);
    for code in ["en", "fa", "zh"] {
        let text = read(&format!("bench/segment/{code}.text.txt"));
        let engine = Engine::builder().max_bytes(u64::MAX).build().unwrap();
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::new("detect+segment", code), &text, |b, t| {
            b.iter(|| {
                engine
                    .analyze_text("bench", black_box(t.clone()), None)
                    .document()
                    .sentences()
                    .len()
            })
        });
        g.bench_with_input(BenchmarkId::new("reflow+structure", code), &text, |b, t| {
            b.iter(|| Document::parse(black_box(t.clone())).paragraphs().len())
        });
        // The text layer with the language given (issue 13's budget: ≥ 50 MB/s).
        let lang = Lang::from_code(code);
        g.bench_with_input(
            BenchmarkId::new("reflow+structure+sentences", code),
            &text,
            |b, t| {
                b.iter(|| {
                    let mut doc = Document::parse(black_box(t.clone()));
                    let langs = vec![lang; doc.paragraphs().len()];
                    doc.set_languages(&langs);
                    doc.split_sentences();
                    doc.sentences().len()
                })
            },
        );
    }
    if let Some(text) =
        std::env::var_os("ALINEA_SEED004").and_then(|p| std::fs::read_to_string(p).ok())
    {
        let engine = Engine::builder().max_bytes(u64::MAX).build().unwrap();
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(
            BenchmarkId::new("detect+segment", "seed004"),
            &text,
            |b, t| {
                b.iter(|| {
                    engine
                        .analyze_text("bench", black_box(t.clone()), None)
                        .document()
                        .sentences()
                        .len()
                })
            },
        );
    }
    g.finish();
}

fn langid(c: &mut Criterion) {
    let allowed = alinea::parse_languages("en,fr,es,ru,zh,ar,fa,uk,bg,pt,ur,ja,ca").unwrap();
    let detector = alinea::lang::Detector::builder()
        .languages(&allowed)
        .build()
        .unwrap();
    let mut lines = Vec::new();
    for code in LANGS {
        lines.extend(
            read(&format!("bench/segment/{code}.gold.txt"))
                .lines()
                .map(str::to_string),
        );
    }
    let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
    let mut g = c.benchmark_group("langid");
    g.sample_size(10);
    g.throughput(Throughput::Elements(refs.len() as u64));
    g.bench_function("detect_lines_1_thread", |b| {
        b.iter(|| {
            refs.iter()
                .filter(|l| detector.detect(black_box(l)).is_some())
                .count()
        })
    });
    g.bench_function("detect_lines_parallel", |b| {
        b.iter(|| detector.detect_batch_parallel(black_box(&refs)).len())
    });
    let whatlang_only = whatlang_baseline();
    g.bench_function("whatlang_baseline_1_thread", |b| {
        b.iter(|| refs.iter().filter(|l| whatlang_only(black_box(l))).count())
    });
    g.finish();
}

/// Plain whatlang with the same allow-list, as the baseline to beat.
fn whatlang_baseline() -> impl Fn(&str) -> bool {
    use whatlang::Lang as W;
    let allow = vec![
        W::Eng,
        W::Fra,
        W::Spa,
        W::Rus,
        W::Cmn,
        W::Ara,
        W::Pes,
        W::Ukr,
        W::Bul,
        W::Por,
        W::Urd,
        W::Jpn,
        W::Cat,
    ];
    let det = whatlang::Detector::with_allowlist(allow);
    move |s: &str| det.detect_lang(s).is_some()
}

criterion_group!(benches, sentences, langid, pipeline);
criterion_main!(benches);
