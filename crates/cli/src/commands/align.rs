//! `alinea align`: align two translations (two files, or one file holding both).

use std::path::{Path, PathBuf};

use alinea::report::{render_alignment, render_alignment_min_score, AlignFormat};
use alinea::Input;
use anyhow::{bail, Context, Result};

use crate::args::{AlignArgs, AlignFormatArg};
use crate::output::Output;
use crate::plan;

/// Runs the command.
pub fn run(args: &AlignArgs, max_bytes: u64, quiet: bool) -> Result<()> {
    let src_lang = plan::lang(args.pair.src_lang.as_deref())?;
    let tgt_lang = plan::lang(args.pair.tgt_lang.as_deref())?;
    let mut settings = plan::settings(&args.langs, max_bytes)?;
    if let Some(n) = args.threads.threads {
        settings.threads(n);
    }
    if let Some(dict) = &args.dict {
        let text = Input::path(dict).load(u64::MAX)?;
        settings.dictionary(dict.display().to_string(), text);
    }
    settings.builtin_lexicon(!args.lexicon.no_builtin_lexicon);
    let engine = settings.build()?;
    let pair = match args.files.as_slice() {
        [_] if args.presplit => bail!(alinea::Error::PresplitNeedsTwo),
        [one] => engine.align_mixed(&Input::path(one), src_lang, tgt_lang)?,
        [src, tgt] if args.presplit => {
            engine.align_presplit(&Input::path(src), &Input::path(tgt), src_lang, tgt_lang)?
        }
        [src, tgt] => engine.align(&Input::path(src), &Input::path(tgt), src_lang, tgt_lang)?,
        _ => bail!("give two files (source and target), or one file that holds both languages"),
    };
    for note in pair.notes() {
        eprintln!("alinea: note: {note}");
    }
    let inputs: Vec<&Path> = args.files.iter().map(PathBuf::as_path).collect();
    let mut out = Output::create(args.out.output.as_deref(), &inputs)?;
    let left_out = match args.min_score {
        Some(x) => render_alignment_min_score(&pair.report(), args.format.into(), x, out.writer()),
        None => render_alignment(&pair.report(), args.format.into(), out.writer()).map(|()| 0),
    }
    .context("cannot write the alignment")?;
    out.finish()?;
    if quiet {
        return Ok(());
    }
    let s = pair.alignment.summary();
    eprintln!(
        "alinea: {} ({:.0} % / {:.0} % of the text confidently aligned)",
        s.verdict().describe(),
        100.0 * s.src_coverage(),
        100.0 * s.tgt_coverage()
    );
    if let Some(x) = args.min_score {
        eprintln!("alinea: left out {left_out} pairs scoring below {x}");
    }
    Ok(())
}

impl From<AlignFormatArg> for AlignFormat {
    fn from(f: AlignFormatArg) -> AlignFormat {
        match f {
            AlignFormatArg::Ladder => AlignFormat::Ladder,
            AlignFormatArg::LadderFlags => AlignFormat::LadderFlags,
            AlignFormatArg::Jsonl => AlignFormat::Jsonl,
            AlignFormatArg::Tsv => AlignFormat::Tsv,
            AlignFormatArg::Tmx => AlignFormat::Tmx,
            AlignFormatArg::Html => AlignFormat::Html,
        }
    }
}
