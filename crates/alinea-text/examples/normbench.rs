//! Normalization throughput on the bench texts.
#![allow(clippy::print_stderr)]
fn main() {
    for lang in ["fa", "ru", "zh", "en"] {
        let t = std::fs::read_to_string(format!("data/bench/segment/{lang}.text.txt")).unwrap();
        let s = std::time::Instant::now();
        for _ in 0..10 {
            std::hint::black_box(alinea_text::normalize::normalize(&t));
        }
        let secs = s.elapsed().as_secs_f64();
        let s2 = std::time::Instant::now();
        let mut n = 0;
        for _ in 0..10 {
            for c in t.chars() {
                n += c.to_lowercase().count();
            }
        }
        let lower = s2.elapsed().as_secs_f64();
        let s3 = std::time::Instant::now();
        for _ in 0..10 {
            for c in t.chars() {
                n += usize::from(matches!(
                    unicode_normalization::is_nfkc_quick(std::iter::once(c)),
                    unicode_normalization::IsNormalized::Yes
                ));
            }
        }
        let quick = s3.elapsed().as_secs_f64();
        eprintln!("{lang}: normalize {:.1} MB/s; lowercase-only {:.1} MB/s; nfkc-quick-only {:.1} MB/s ({n})", t.len() as f64 * 10.0 / 1e6 / secs, t.len() as f64 * 10.0 / 1e6 / lower, t.len() as f64 * 10.0 / 1e6 / quick);
    }
}
