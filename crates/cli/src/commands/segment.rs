//! `alinea segment`: paragraphs and sentences with their spans, labels and languages.

use alinea::report::json::{write_segment_jsonl, write_segment_text};
use alinea::Input;
use anyhow::Result;

use crate::args::{SegmentArgs, SegmentFormat};
use crate::output::Output;
use crate::plan;

/// Runs the command.
pub fn run(args: &SegmentArgs, max_bytes: u64) -> Result<()> {
    let lang = plan::lang(args.lang.as_deref())?;
    let engine = plan::engine(&args.langs, max_bytes)?;
    let doc = engine.analyze(&Input::path(&args.file), lang)?;
    let mut out = Output::create(args.out.output.as_deref(), &[&args.file])?;
    match args.format {
        SegmentFormat::Text => write_segment_text(doc.document(), out.writer())?,
        SegmentFormat::Jsonl => write_segment_jsonl(doc.document(), out.writer())?,
    }
    out.finish()
}
