//! Aligns presplit files (one sentence per line) and writes ladder output.
//!
//! ```text
//! cargo run --release -p alinea-align --example align_eval -- SRC TGT SRC_LANG TGT_LANG [OUT]
//! cargo run --release -p alinea-align --example align_eval -- --set DIR OUT_DIR SRC_LANG TGT_LANG
//! ```
//!
//! With `--set`, a directory holding `docs/<id>/{src,tgt}.txt` is aligned per document
//! (`OUT_DIR/<id>.txt`); a directory with only `src.txt`/`tgt.txt` gives
//! `OUT_DIR/all.txt`. Options: `--threads N`, `--dict FILE`, `--rounds N`,
//! `--band N`, `--scores`. Timing goes to stderr.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use alinea_align::Aligner;
use alinea_text::Lang;

fn lines(p: &Path) -> Result<Vec<String>, String> {
    let t = fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()))?;
    Ok(t.lines().map(str::to_owned).collect())
}

fn run() -> Result<(), String> {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut opt = |name: &str| -> Option<String> {
        let k = args.iter().position(|a| a == name)?;
        args.remove(k);
        (k < args.len()).then(|| args.remove(k))
    };
    let threads: usize = opt("--threads")
        .map_or(Ok(0), |s| s.parse())
        .map_err(|e| format!("{e}"))?;
    let rounds: Option<usize> = opt("--rounds")
        .map(|s| s.parse())
        .transpose()
        .map_err(|e| format!("{e}"))?;
    let band: Option<usize> = opt("--band")
        .map(|s| s.parse())
        .transpose()
        .map_err(|e| format!("{e}"))?;
    let dict = opt("--dict");
    let scores = if let Some(k) = args.iter().position(|a| a == "--scores") {
        args.remove(k);
        true
    } else {
        false
    };
    let set = if let Some(k) = args.iter().position(|a| a == "--set") {
        args.remove(k);
        true
    } else {
        false
    };
    if args.len() < 4 {
        return Err("usage: align_eval [--set] SRC TGT|OUT_DIR SRC_LANG TGT_LANG [OUT]".into());
    }
    let lang = |s: &str| Lang::from_code(s).ok_or_else(|| format!("unknown language {s}"));
    let mut b = Aligner::builder();
    b.threads(threads);
    if let Some(r) = rounds {
        b.lexicon_rounds(r);
    }
    if let Some(r) = band {
        b.band(r);
    }
    if let Some(d) = dict {
        b.dictionary(&fs::read_to_string(&d).map_err(|e| format!("{d}: {e}"))?);
    }
    let aligner = b.build().map_err(|e| e.to_string())?;
    let (sl, tl) = (lang(&args[2])?, lang(&args[3])?);
    let mut jobs: Vec<(PathBuf, PathBuf, Option<PathBuf>)> = Vec::new();
    if set {
        let dir = PathBuf::from(&args[0]);
        let out = PathBuf::from(&args[1]);
        fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
        let docs = dir.join("docs");
        if docs.is_dir() {
            let mut ids: Vec<_> = fs::read_dir(&docs)
                .map_err(|e| e.to_string())?
                .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
                .collect();
            ids.sort();
            for id in ids {
                let d = docs.join(&id);
                jobs.push((
                    d.join("src.txt"),
                    d.join("tgt.txt"),
                    Some(out.join(format!("{id}.txt"))),
                ));
            }
        } else {
            jobs.push((
                dir.join("src.txt"),
                dir.join("tgt.txt"),
                Some(out.join("all.txt")),
            ));
        }
    } else {
        jobs.push((
            args[0].clone().into(),
            args[1].clone().into(),
            args.get(4).map(PathBuf::from),
        ));
    }
    let mut total = 0.0;
    for (s, t, out) in jobs {
        let (src, tgt) = (lines(&s)?, lines(&t)?);
        let t0 = Instant::now();
        let a = aligner.align(&src, &tgt, sl, tl);
        let dt = t0.elapsed().as_secs_f64();
        total += dt;
        let sm = a.summary();
        eprintln!(
            "{}: {}x{} sentences, {:.3} s, coverage {:.2}/{:.2}, confidence {:.2}, related {:.2}, flagged {}, budget hit {}",
            s.display(),
            src.len(),
            tgt.len(),
            dt,
            sm.src_coverage(),
            sm.tgt_coverage(),
            sm.mean_confidence(),
            sm.relatedness(),
            sm.flagged(),
            a.budget_hit()
        );
        let text = a.to_ladder(scores);
        match out {
            Some(o) => fs::write(&o, text).map_err(|e| format!("{}: {e}", o.display()))?,
            None => print!("{text}"),
        }
    }
    eprintln!("total align time {total:.3} s");
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}
