//! Writes a version of a text with paragraphs moved (the generator of
//! `tests/fixtures/moves.rs`) and scores the diff's moves against the truth.
//!
//! ```text
//! cargo run --release -p alinea-diff --example moves -- IN OUT [N] [SEED]
//! ```
//!
//! Used for the seed-004 measurement of BENCHMARKS.md (two 1.5 MB versions of the
//! Persian book with 68 moved paragraphs): `OUT` is the moved version, to time
//! `alinea diff IN OUT` against other tools.

// An evaluation program: its report is its output.
#![allow(clippy::print_stdout)]

#[path = "../tests/fixtures/moves.rs"]
mod fixture;

use alinea_diff::{diff, ChangeKind, Document};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, output, rest @ ..] = args.as_slice() else {
        return Err("usage: moves IN OUT [N] [SEED]".into());
    };
    let n: usize = rest.first().map_or(Ok(68), |s| s.parse())?;
    let seed: u64 = rest.get(1).map_or(Ok(1), |s| s.parse())?;
    let text = std::fs::read_to_string(input).map_err(|e| format!("{input}: {e}"))?;
    let m = fixture::move_paragraphs(&text, n, seed);
    std::fs::write(output, &m.new).map_err(|e| format!("{output}: {e}"))?;
    let (old, new) = (Document::parse(text), Document::parse(m.new.as_str()));
    let d = diff(&old, &new)?;
    let reported: Vec<usize> = d.of_kind(ChangeKind::Moved).map(|c| c.old[0]).collect();
    let right = reported.iter().filter(|i| m.moved.contains(i)).count();
    let misplaced = d
        .changes
        .iter()
        .filter(|c| c.old.len() == 1 && c.new.len() == 1 && c.new[0] != m.new_of_old[c.old[0]])
        .count();
    println!(
        "{} paragraphs, {} moved; reported {} moved ({} of them really moved); {} paired with another copy; other kinds: {}",
        old.paragraphs().len(),
        m.moved.len(),
        reported.len(),
        right,
        misplaced,
        d.changes
            .iter()
            .filter(|c| !matches!(c.kind, ChangeKind::Unchanged | ChangeKind::Moved))
            .count()
    );
    Ok(())
}
