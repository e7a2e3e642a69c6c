//! `alinea detect`: language runs of a document, or one language per line.

use alinea::Input;
use anyhow::Result;

use crate::args::DetectArgs;
use crate::output::Output;
use crate::plan;

/// Runs the command.
pub fn run(args: &DetectArgs, max_bytes: u64) -> Result<()> {
    let engine = plan::engine(&args.langs, max_bytes)?;
    let input = Input::path(&args.file);
    let mut out = Output::create(args.out.output.as_deref(), &[&args.file])?;
    if args.each_line {
        let text = engine.read(&input)?;
        for lang in engine.detect_lines(&text) {
            match lang {
                Some(l) => writeln!(out.writer(), "{l}")?,
                None => writeln!(out.writer(), "und")?,
            }
        }
    } else {
        let doc = engine.analyze(&input, None)?;
        for r in engine.language_runs(&doc) {
            writeln!(
                out.writer(),
                "{} {}-{} {:.2}",
                r.lang,
                r.first_line,
                r.last_line,
                r.confidence
            )?;
        }
    }
    out.finish()
}
