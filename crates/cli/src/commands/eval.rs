//! `alinea eval`: scores against gold sets, computed the way the project's reference
//! scorers compute them, so figures can be checked with either.

use std::collections::{BTreeMap, HashSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::Instant;

use alinea_text::Lang;
use anyhow::{bail, Context, Result};

use crate::args::{EvalCommand, LangidEvalArgs, SegmentEvalArgs};
use crate::pipeline::{detector_for, Analyzer};

/// Runs the command and returns its report.
pub fn run(cmd: &EvalCommand, max_bytes: u64) -> Result<String> {
    match cmd {
        EvalCommand::Segment(args) => segment(args, max_bytes),
        EvalCommand::Langid(args) => langid(args, max_bytes),
    }
}

/// Boundary precision, recall and F1 of one set.
#[derive(Copy, Clone, Debug, Default, PartialEq)]
pub struct BoundaryScore {
    /// Gold boundaries.
    pub gold: usize,
    /// Predicted boundaries.
    pub pred: usize,
    /// Shared boundaries.
    pub tp: usize,
}

impl BoundaryScore {
    /// Precision.
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.pred)
    }
    /// Recall.
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.gold)
    }
    /// Harmonic mean of both.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Scores predicted sentences against gold ones as `seg_score.py` does: whitespace is
/// removed, each sentence end is an offset in the remaining characters, the end of the
/// text is not counted. Fails when the two do not hold the same characters.
pub fn score_boundaries<S: AsRef<str>, T: AsRef<str>>(
    gold: &[S],
    pred: &[T],
) -> Result<BoundaryScore> {
    fn ends<S: AsRef<str>>(sents: &[S]) -> (Vec<usize>, String) {
        let mut all = String::new();
        let mut out = Vec::new();
        let mut n = 0;
        for s in sents {
            for c in s.as_ref().chars().filter(|c| !c.is_whitespace()) {
                all.push(c);
                n += 1;
            }
            out.push(n);
        }
        (out, all)
    }
    let (g, gall) = ends(gold);
    let (p, pall) = ends(pred);
    if gall != pall {
        let at = gall
            .chars()
            .zip(pall.chars())
            .take_while(|(a, b)| a == b)
            .count();
        bail!("prediction and gold differ in content at character {at} (whitespace removed)");
    }
    let total = gall.chars().count();
    let g: HashSet<usize> = g.into_iter().filter(|&e| e != total && e != 0).collect();
    let p: HashSet<usize> = p.into_iter().filter(|&e| e != total && e != 0).collect();
    Ok(BoundaryScore {
        gold: g.len(),
        pred: p.len(),
        tp: g.intersection(&p).count(),
    })
}

fn segment(args: &SegmentEvalArgs, max_bytes: u64) -> Result<String> {
    let sets = gold_sets(&args.gold)?;
    let mut report = String::new();
    writeln!(report, "| set | precision | recall | F1 | gold | pred |")?;
    writeln!(report, "|---|---:|---:|---:|---:|---:|")?;
    let mut bytes = 0usize;
    let mut seconds = 0.0;
    for (name, dir) in sets {
        let lang = Lang::from_code(&name);
        let analyzer = Analyzer::new(detector_for(None)?, lang, max_bytes);
        let text = analyzer.read(&dir.join("text.txt"))?;
        bytes += text.len();
        let started = Instant::now();
        let doc = analyzer.analyze(text);
        seconds += started.elapsed().as_secs_f64();
        let pred: Vec<&str> = doc
            .sentences()
            .iter()
            .map(|s| doc.sentence_text(s))
            .collect();
        let gold_text = std::fs::read_to_string(dir.join("gold.txt"))
            .with_context(|| format!("{}: cannot read", dir.join("gold.txt").display()))?;
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
        let score = score_boundaries(&gold, &pred).with_context(|| format!("set {name}"))?;
        writeln!(
            report,
            "| {name} | {:.4} | {:.4} | {:.4} | {} | {} |",
            score.precision(),
            score.recall(),
            score.f1(),
            score.gold,
            score.pred
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

/// The sets under `root`: `root` itself if it holds `text.txt`, else each subfolder that does.
fn gold_sets(root: &Path) -> Result<Vec<(String, PathBuf)>> {
    if root.join("text.txt").is_file() {
        let name = root
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        return Ok(vec![(name, root.to_path_buf())]);
    }
    let mut sets = Vec::new();
    for entry in std::fs::read_dir(root)
        .with_context(|| format!("{}: cannot read the gold folder", root.display()))?
    {
        let path = entry?.path();
        if path.join("text.txt").is_file() && path.join("gold.txt").is_file() {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            sets.push((name, path));
        }
    }
    if sets.is_empty() {
        bail!(
            "{}: no gold sets (folders with text.txt and gold.txt) found",
            root.display()
        );
    }
    sets.sort();
    Ok(sets)
}

fn langid(args: &LangidEvalArgs, max_bytes: u64) -> Result<String> {
    let detector = detector_for(args.languages.as_deref())?;
    let text = alinea_text::read_path_limited(&args.file, max_bytes)?.into_text();
    // Lines whose gold language is outside the allow-list cannot be right; they are
    // counted apart (the dev set keeps Galician as such a negative case).
    let allowed: Vec<String> = detector
        .languages()
        .iter()
        .map(|l| l.code().to_string())
        .collect();
    let mut rows = Vec::new();
    let mut outside = 0usize;
    for (n, line) in text.lines().enumerate() {
        let Some((code, sentence)) = line.split_once('\t') else {
            bail!(
                "{}: line {} has no tab: expected lang<TAB>sentence",
                args.file.display(),
                n + 1
            );
        };
        if allowed.iter().any(|a| a == code) {
            rows.push((code.to_string(), sentence));
        } else {
            outside += 1;
        }
    }
    let started = Instant::now();
    let predicted: Vec<String> = rows
        .iter()
        .map(|(_, s)| {
            detector
                .detect(s)
                .map_or("und".to_string(), |d| d.lang().code().to_string())
        })
        .collect();
    let secs = started.elapsed().as_secs_f64();
    let mut per: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let mut confusions: BTreeMap<(String, String), usize> = BTreeMap::new();
    let (mut ok, mut short, mut short_ok) = (0, 0, 0);
    for ((gold, sentence), pred) in rows.iter().zip(&predicted) {
        let hit = gold == pred;
        ok += usize::from(hit);
        let e = per.entry(gold.as_str()).or_default();
        e.0 += 1;
        e.1 += usize::from(hit);
        if sentence.chars().count() < 40 {
            short += 1;
            short_ok += usize::from(hit);
        }
        if !hit {
            *confusions.entry((gold.clone(), pred.clone())).or_default() += 1;
        }
    }
    let mut r = String::new();
    if outside > 0 {
        writeln!(
            r,
            "({outside} lines in languages outside the allow-list left out)"
        )?;
    }
    writeln!(
        r,
        "lines: {}  accuracy: {:.2} %  short (<40 chars): {:.2} % of {}",
        rows.len(),
        100.0 * ratio(ok, rows.len()),
        100.0 * ratio(short_ok, short),
        short
    )?;
    writeln!(
        r,
        "speed: {:.0} lines/s (one thread)",
        rows.len() as f64 / secs.max(1e-9)
    )?;
    writeln!(r, "\n| lang | lines | accuracy |\n|---|---:|---:|")?;
    for (lang, (n, k)) in &per {
        writeln!(r, "| {lang} | {n} | {:.1} % |", 100.0 * ratio(*k, *n))?;
    }
    let mut worst: Vec<_> = confusions.into_iter().collect();
    worst.sort_by_key(|w| std::cmp::Reverse(w.1));
    writeln!(r, "\nmost frequent confusions (gold → predicted):")?;
    for ((g, p), n) in worst.into_iter().take(10) {
        writeln!(r, "  {g} → {p}: {n}")?;
    }
    Ok(r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boundary_scoring_matches_the_reference_definition() {
        let gold = ["A b.", "C d.", "E."];
        let pred = ["A b. C d.", "E."];
        let s = score_boundaries(&gold, &pred).unwrap();
        assert_eq!((s.gold, s.pred, s.tp), (2, 1, 1));
        assert!((s.precision() - 1.0).abs() < 1e-9 && (s.recall() - 0.5).abs() < 1e-9);
        assert!(score_boundaries(&["ab"], &["ac"]).is_err());
    }
}
