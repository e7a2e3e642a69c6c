//! `alinea demo`: the whole tool on the embedded corpus, with reports written to a folder.

use std::fmt::Write as _;
use std::fs;

use anyhow::{Context, Result};

use crate::args::DemoArgs;
use crate::commands::{detect::runs_by_line, segment::write_jsonl};
use crate::corpus::SEEDS;
use crate::pipeline::{detector_for, Analyzer};

/// Runs the demo.
pub fn run(args: &DemoArgs, quiet: bool) -> Result<()> {
    fs::create_dir_all(&args.out)
        .with_context(|| format!("{}: cannot create the demo folder", args.out.display()))?;
    let analyzer = Analyzer::new(detector_for(None)?, None, u64::MAX);
    let mut table = String::new();
    writeln!(
        table,
        "{:<34} {:>6} {:>6} {:>6}  languages (lines)",
        "document", "paras", "sents", "labels"
    )?;
    for seed in &SEEDS {
        if !quiet {
            eprintln!("alinea demo: segmenting {}", seed.name);
        }
        let doc = analyzer.analyze(seed.text.to_string());
        let runs = runs_by_line(analyzer.detector(), &doc);
        let labels = doc
            .paragraphs()
            .iter()
            .filter(|p| p.label().is_some())
            .count();
        let stem = seed
            .name
            .trim_start_matches("seeds/")
            .trim_end_matches(".txt");
        let path = args.out.join(format!("{stem}.segments.jsonl"));
        let mut buf = Vec::new();
        write_jsonl(&doc, &mut buf)?;
        fs::write(&path, buf).with_context(|| format!("{}: cannot write", path.display()))?;
        let langs: Vec<String> = runs
            .iter()
            .map(|r| format!("{} {}-{}", r.0, r.1, r.2))
            .collect();
        writeln!(
            table,
            "{:<34} {:>6} {:>6} {:>6}  {}",
            stem,
            doc.paragraphs().len(),
            doc.sentences().len(),
            labels,
            langs.join(", ")
        )?;
    }
    print!("{table}");
    if !quiet {
        println!("\nreports written to {}", args.out.display());
    }
    Ok(())
}
