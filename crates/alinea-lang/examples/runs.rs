//! Prints the language runs of a text file, one unit per non-blank line.
//!
//! ```text
//! cargo run --release -p alinea-lang --example runs -- FILE [en,fr,...]
//! ```
#![allow(clippy::print_stdout)]

use alinea_lang::{Detector, Lang};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args.next().ok_or("usage: runs FILE [en,fr,...]")?;
    let mut builder = Detector::builder();
    if let Some(codes) = args.next() {
        let langs: Vec<Lang> = codes.split(',').filter_map(Lang::from_code).collect();
        builder.languages(&langs);
    }
    let detector = builder.build()?;
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
    // Keep the 1-based file line number of every unit, to report runs in file lines.
    let (numbers, units): (Vec<usize>, Vec<&str>) = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| (i + 1, l))
        .unzip();
    for run in detector.detect_runs(&units) {
        println!(
            "{}  units {}..{}  file lines {}-{}  confidence {:.2}",
            run.lang(),
            run.start(),
            run.end(),
            numbers[run.start()],
            numbers[run.end() - 1],
            run.confidence()
        );
    }
    Ok(())
}
