//! Accuracy of the detector on `lang<TAB>text[<TAB>kind]` files, next to plain whatlang.
//!
//! ```text
//! cargo run --release -p alinea-lang --example langid_eval -- [--half all|even|odd] [--languages en,fr] FILE...
//! ```
//!
//! Without `--languages` every supported language is allowed. `--misses` also prints each
//! wrong line as `gold -> answer: text` (the lines of the chosen half only). Gold languages outside the
//! allow-list are skipped. The logic lives in [`alinea_lang::eval`].
#![allow(clippy::print_stdout)]

use alinea_lang::eval::{self, Half};
use alinea_lang::Detector;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut half = Half::All;
    let mut langs = None;
    let mut misses = false;
    let mut files = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--half" => {
                half = match args.next().as_deref() {
                    Some("even") => Half::Even,
                    Some("odd") => Half::Odd,
                    _ => Half::All,
                }
            }
            "--languages" => {
                langs = Some(alinea_lang::parse_languages(
                    &args.next().unwrap_or_default(),
                )?)
            }
            "--misses" => misses = true,
            _ => files.push(a),
        }
    }
    let mut b = Detector::builder();
    if let Some(l) = &langs {
        b.languages(l);
    }
    let detector = b.build()?;
    let mut samples = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).map_err(|e| format!("{f}: {e}"))?;
        samples.extend(eval::read_samples(&text)?);
    }
    let report = eval::evaluate(&detector, &samples, half);
    if misses {
        let allowed = detector.languages();
        for (i, s) in samples.iter().enumerate() {
            if !half.keeps(i) || !allowed.contains(&s.gold) {
                continue;
            }
            let got = detector.detect(&s.text).map(|d| d.lang());
            if got != Some(s.gold) {
                let name = got.map_or_else(|| "und".to_string(), |l| l.to_string());
                println!("{} -> {name} [{}]: {}", s.gold, s.kind.name(), s.text);
            }
        }
    }
    println!("{}", report.to_markdown());
    let mut conf: Vec<_> = report.confusions.iter().collect();
    conf.sort_by_key(|c| std::cmp::Reverse(*c.1));
    for ((g, p), n) in &conf {
        println!("  {g} -> {p}: {n}");
    }
    Ok(())
}
