//! `alinea eval`: scores against gold sets (the scoring itself is `alinea::eval`).

use std::fmt::Write as _;
use std::io::Write as _;
use std::time::Instant;

use alinea::eval::{gold_sets, score_boundaries};
use alinea::{Input, Lang};
use anyhow::{Context, Result};

use crate::args::LangFlags;
use crate::args::{EvalCommand, LangidEvalArgs, SegmentEvalArgs};
use crate::plan;

/// Runs the command and prints its report.
pub fn run(cmd: &EvalCommand, max_bytes: u64) -> Result<()> {
    let report = match cmd {
        EvalCommand::Segment(args) => segment(args, max_bytes)?,
        EvalCommand::Langid(args) => langid(args, max_bytes)?,
    };
    let mut out = crate::output::stdout();
    out.write_all(report.as_bytes())?;
    out.flush()?;
    Ok(())
}

fn segment(args: &SegmentEvalArgs, max_bytes: u64) -> Result<String> {
    let sets = gold_sets(&args.gold)?;
    let engine = plan::engine(&LangFlags { languages: None }, max_bytes)?;
    let mut report = String::new();
    writeln!(report, "| set | precision | recall | F1 | gold | pred |")?;
    writeln!(report, "|---|---:|---:|---:|---:|---:|")?;
    let (mut bytes, mut seconds) = (0usize, 0.0);
    for (name, dir) in sets {
        let lang = Lang::from_code(&name);
        let text = engine.read(&Input::path(dir.join("text.txt")))?;
        bytes += text.len();
        let started = Instant::now();
        let doc = engine.analyze_text(&name, text, lang);
        seconds += started.elapsed().as_secs_f64();
        let d = doc.document();
        let pred: Vec<&str> = d.sentences().iter().map(|s| d.sentence_text(s)).collect();
        let gold_path = dir.join("gold.txt");
        let gold_text = std::fs::read_to_string(&gold_path)
            .with_context(|| format!("{}: cannot read", gold_path.display()))?;
        let gold: Vec<&str> = gold_text.lines().filter(|l| !l.trim().is_empty()).collect();
        if let Some(out_dir) = &args.pred_dir {
            std::fs::create_dir_all(out_dir)
                .with_context(|| format!("{}: cannot create", out_dir.display()))?;
            let path = out_dir.join(format!("{name}.txt"));
            let mut body = pred.join("\n");
            body.push('\n');
            std::fs::write(&path, body)
                .with_context(|| format!("{}: cannot write", path.display()))?;
        }
        let s = score_boundaries(&gold, &pred).with_context(|| format!("set {name}"))?;
        writeln!(
            report,
            "| {name} | {:.4} | {:.4} | {:.4} | {} | {} |",
            s.precision(),
            s.recall(),
            s.f1(),
            s.gold,
            s.pred
        )?;
    }
    writeln!(
        report,
        "\nwhole pipeline (reflow, labels, sentences; language given): {:.1} MB/s over {} bytes",
        bytes as f64 / 1e6 / seconds.max(1e-9),
        bytes
    )?;
    Ok(report)
}

fn langid(args: &LangidEvalArgs, max_bytes: u64) -> Result<String> {
    let engine = plan::engine(&args.langs, max_bytes)?;
    let text = engine.read(&Input::path(&args.file))?;
    let half = match args.half.as_deref() {
        None | Some("all") => alinea::lang::eval::Half::All,
        Some("even") => alinea::lang::eval::Half::Even,
        Some("odd") => alinea::lang::eval::Half::Odd,
        Some(other) => anyhow::bail!("--half takes all, even or odd, not {other:?}"),
    };
    Ok(alinea::eval::langid(
        engine.detector(),
        &args.file.display().to_string(),
        &text,
        half,
    )?)
}
