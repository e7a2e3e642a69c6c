//! `alinea segment`: paragraphs and sentences with their spans, labels and languages.

use std::io::Write;

use alinea_text::Document;
use anyhow::Result;
use serde_json::json;

use crate::args::{SegmentArgs, SegmentFormat};
use crate::output::Output;
use crate::pipeline::{detector_for, parse_languages, Analyzer};

/// Runs the command.
pub fn run(args: &SegmentArgs, max_bytes: u64) -> Result<()> {
    let forced = match &args.lang {
        Some(code) => parse_languages(code)?.first().copied(),
        None => None,
    };
    let analyzer = Analyzer::new(detector_for(args.languages.as_deref())?, forced, max_bytes);
    let doc = analyzer.analyze_path(&args.file)?;
    let mut out = Output::create(args.output.as_deref(), &[&args.file])?;
    match args.format {
        SegmentFormat::Text => write_text(&doc, out.writer())?,
        SegmentFormat::Jsonl => write_jsonl(&doc, out.writer())?,
    }
    out.finish()
}

/// One sentence per line, a blank line between paragraphs.
pub fn write_text(doc: &Document, w: &mut dyn Write) -> Result<()> {
    let mut first = true;
    for p in doc.paragraphs() {
        if p.sentence_range().is_empty() {
            continue;
        }
        if !first {
            writeln!(w)?;
        }
        first = false;
        for s in &doc.sentences()[p.sentence_range()] {
            writeln!(w, "{}", one_line(doc.sentence_text(s)))?;
        }
    }
    Ok(())
}

/// One JSON object per sentence. Fields: `para`, `sent` (global sentence index), `start`,
/// `end` (byte offsets into the decoded input), `text`, `lang`, `label`, `kind`, `part`.
pub fn write_jsonl(doc: &Document, w: &mut dyn Write) -> Result<()> {
    for (i, s) in doc.sentences().iter().enumerate() {
        let p = &doc.paragraphs()[s.para()];
        let obj = json!({
            "para": s.para(),
            "sent": i,
            "start": s.span().start,
            "end": s.span().end,
            "text": doc.sentence_text(s),
            "lang": p.lang().map(|l| l.code().to_string()),
            "label": p.label().map(|l| l.value.clone()),
            "kind": p.kind().as_str(),
            "part": p.part().map(|x| x.as_str()),
        });
        writeln!(w, "{obj}")?;
    }
    Ok(())
}

/// Sentences keep their inner spacing, but a line break inside one would break the
/// one-sentence-per-line format.
fn one_line(s: &str) -> std::borrow::Cow<'_, str> {
    if s.contains(['\n', '\r']) {
        s.replace(['\n', '\r'], " ").into()
    } else {
        s.into()
    }
}
