//! `alinea detect`: language runs of a document, or one language per line, each with the
//! detector's confidence.

use alinea::report::json::{write_detect_lines, write_detect_runs};
use alinea::Input;
use anyhow::Result;

use crate::args::{DetectArgs, SegmentFormat};
use crate::output::Output;
use crate::plan;

/// Runs the command.
pub fn run(args: &DetectArgs, max_bytes: u64) -> Result<()> {
    let engine = plan::engine(&args.langs, max_bytes)?;
    let input = Input::path(&args.file);
    let mut out = Output::create(args.out.output.as_deref(), &[&args.file])?;
    let jsonl = args.format == SegmentFormat::Jsonl;
    if args.each_line {
        let lines = engine.line_verdicts(&engine.read(&input)?);
        let rows = lines.iter().map(|l| (l.lang_or_und(), l.confidence));
        write_detect_lines(rows, jsonl, out.writer())?;
    } else {
        let runs = engine.language_runs(&engine.analyze(&input, None)?);
        let rows = runs
            .iter()
            .map(|r| (r.lang, r.first_line, r.last_line, r.confidence));
        write_detect_runs(rows, jsonl, out.writer())?;
    }
    out.finish()
}
