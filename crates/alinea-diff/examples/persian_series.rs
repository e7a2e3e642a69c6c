//! Prints the diff summaries of the Persian resolution series in `data/resolutions/fa`
//! and a quick timing of each pair (`cargo run --release -p alinea-diff --example
//! persian_series [-- --verbose]`).

#![allow(clippy::print_stdout)]

use std::path::PathBuf;
use std::time::Instant;

use alinea_diff::{diff, ChangeKind, Document};

const PAIRS: [(&str, &str); 5] = [
    ("A-RES-68-167", "A-RES-69-166"),
    ("A-RES-69-166", "A-RES-71-199"),
    ("A-RES-53-70", "A-RES-71-28"),
    ("A-RES-71-28", "A-RES-73-27"),
    ("A-HRC-RES-26-13", "A-HRC-RES-32-13"),
];

fn load(name: &str) -> Document {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data/resolutions/fa");
    let text = std::fs::read_to_string(dir.join(format!("{name}.txt"))).expect("data file");
    Document::parse(text)
}

fn main() {
    normalize_cost();
    let verbose = std::env::args().any(|a| a == "--verbose");
    for (a, b) in PAIRS {
        let (old, new) = (load(a), load(b));
        let d = diff(&old, &new).expect("diff");
        let t = Instant::now();
        let runs = 50;
        for _ in 0..runs {
            std::hint::black_box(diff(&old, &new).expect("diff"));
        }
        let per = t.elapsed() / runs;
        let s = &d.summary;
        println!(
            "{a} -> {b}: paras {}->{} | unchanged {} modified {} added {} deleted {} moved {} split {} merged {} | renumbered {} | change ratio {:.2} | unrelated {} | {:?}/diff",
            s.old_paragraphs, s.new_paragraphs, s.unchanged, s.modified, s.added, s.deleted, s.moved, s.split, s.merged, s.renumbered, s.change_ratio, s.unrelated_documents, per
        );
        if verbose {
            for c in &d.changes {
                if c.kind == ChangeKind::Unchanged {
                    continue;
                }
                let show = |doc: &Document, ix: &[usize]| -> String {
                    ix.iter()
                        .map(|&i| {
                            doc.paragraphs()[i]
                                .text()
                                .chars()
                                .take(70)
                                .collect::<String>()
                        })
                        .collect::<Vec<_>>()
                        .join(" | ")
                };
                println!(
                    "  {:?} {:?}->{:?} sim {:.2}\n     OLD {}\n     NEW {}",
                    c.kind,
                    c.old,
                    c.new,
                    c.similarity,
                    show(&old, &c.old),
                    show(&new, &c.new)
                );
            }
        }
    }
}

#[allow(dead_code)]
fn normalize_cost() {
    let doc = load("A-RES-73-27");
    let t = Instant::now();
    for _ in 0..50 {
        for p in doc.paragraphs() {
            std::hint::black_box(p.normalized_body());
        }
    }
    println!("normalize 73/27: {:?}", t.elapsed() / 50);
}
