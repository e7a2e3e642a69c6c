//! `alinea detect`: language runs of a document, or one language per line.

use std::io::Write;

use alinea_lang::Detector;
use alinea_text::Document;
use anyhow::Result;

use crate::args::DetectArgs;
use crate::output::Output;
use crate::pipeline::detector_for;

/// Runs the command.
pub fn run(args: &DetectArgs, max_bytes: u64) -> Result<()> {
    let detector = detector_for(args.languages.as_deref())?;
    let text = alinea_text::read_path_limited(&args.file, max_bytes)?.into_text();
    let mut out = Output::create(args.output.as_deref(), &[&args.file])?;
    if args.each_line {
        write_each_line(&detector, &text, out.writer())?;
    } else {
        let doc = Document::parse(text);
        for run in runs_by_line(&detector, &doc) {
            writeln!(out.writer(), "{} {}-{} {:.2}", run.0, run.1, run.2, run.3)?;
        }
    }
    out.finish()
}

/// Language runs as `(code, first line, last line, confidence)`, 1-based and covering
/// every line of the file: a run reaches up to the line before the next run starts, so
/// blank lines and page furniture between two languages belong to the first.
pub fn runs_by_line(detector: &Detector, doc: &Document) -> Vec<(String, usize, usize, f64)> {
    let units: Vec<&str> = doc
        .paragraphs()
        .iter()
        .map(|p| crate::pipeline::sample(p.text()))
        .collect();
    let runs = detector.detect_runs(&units);
    let total_lines = doc.lines().len().max(1);
    let mut out: Vec<(String, usize, usize, f64)> = Vec::new();
    for (k, run) in runs.iter().enumerate() {
        let start = if k == 0 {
            1
        } else {
            doc.paragraphs()[run.start()].lines().0
        };
        let end = match runs.get(k + 1) {
            Some(next) => doc.paragraphs()[next.start()].lines().0 - 1,
            None => total_lines,
        };
        out.push((
            run.lang().code().to_string(),
            start,
            end.max(start),
            run.confidence(),
        ));
    }
    out
}

/// Exactly one code per input line, `und` where the detector cannot tell.
fn write_each_line(detector: &Detector, text: &str, w: &mut dyn Write) -> Result<()> {
    let lines: Vec<&str> = alinea_text::lines::split_lines(text)
        .iter()
        .map(|l| &text[l.span.range()])
        .collect();
    for d in detector.detect_batch_parallel(&lines) {
        match d {
            Some(d) => writeln!(w, "{}", d.lang().code())?,
            None => writeln!(w, "und")?,
        }
    }
    Ok(())
}
