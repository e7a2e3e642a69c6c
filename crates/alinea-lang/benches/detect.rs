//! Lines per second of the detector, one thread, on the dev sets' mix.
//!
//! Reads the files named in `ALINEA_LANGID` (colon-separated `lang<TAB>text[<TAB>kind]`
//! files, e.g. the shared dev.tsv and dev-more.tsv); without it, the paragraphs shipped in
//! `data/langid/` cut into lines, so the bench runs on a fresh clone too.
//! Throughput is reported in elements (lines); `whatlang_alone` is plain whatlang with all
//! its languages on the same lines, the reference for a machine's load.

use alinea_lang::eval::read_samples;
use alinea_lang::{Detector, Lang};
use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};

fn lines() -> Vec<String> {
    if let Ok(files) = std::env::var("ALINEA_LANGID") {
        let mut out = Vec::new();
        for f in files.split(':') {
            let text = std::fs::read_to_string(f).expect("ALINEA_LANGID file");
            out.extend(
                read_samples(&text)
                    .expect("eval file")
                    .into_iter()
                    .map(|s| s.text),
            );
        }
        return out;
    }
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/langid");
    let mut out = Vec::new();
    for name in ["de.txt", "nl.txt", "tr.txt", "is.txt"] {
        let text = std::fs::read_to_string(format!("{dir}/{name}")).expect("data/langid");
        out.extend(text.lines().map(str::to_string));
    }
    out
}

fn bench(c: &mut Criterion) {
    let lines = lines();
    let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
    let mut group = c.benchmark_group("langid");
    group.throughput(Throughput::Elements(refs.len() as u64));
    let all = Detector::builder().build().expect("default detector");
    group.bench_function("all_languages", |b| {
        b.iter(|| black_box(all.detect_batch(black_box(&refs))))
    });
    let un = Detector::builder()
        .languages(&Lang::DEFAULT_SET)
        .build()
        .expect("UN detector");
    group.bench_function("un_seven", |b| {
        b.iter(|| black_box(un.detect_batch(black_box(&refs))))
    });
    // The reference point on the same lines and the same (possibly loaded) machine.
    let plain = whatlang::Detector::new();
    group.bench_function("whatlang_alone", |b| {
        b.iter(|| {
            for t in &refs {
                black_box(plain.detect(black_box(t)));
            }
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
