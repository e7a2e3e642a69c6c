//! Scores against gold sets, computed the way the project's reference scorers compute
//! them (`shared/tools/seg_score.py`), so figures can be checked with either.

use std::collections::HashSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::Instant;

use alinea_lang::Detector;

/// Why an evaluation could not run.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum EvalError {
    /// Prediction and gold hold different text.
    #[error("prediction and gold differ in content at character {at} (whitespace removed)")]
    ContentMismatch {
        /// First differing character.
        at: usize,
    },
    /// A gold file or folder cannot be read.
    #[error("{path}: cannot read: {source}")]
    Io {
        /// The path.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// No gold sets under a folder.
    #[error("{0}: no gold sets (folders with text.txt and gold.txt) found")]
    NoSets(PathBuf),
    /// A language-ID file has a malformed line.
    #[error("{name}: {source}")]
    Samples {
        /// The file.
        name: String,
        /// What is wrong.
        source: alinea_lang::LangError,
    },
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
) -> Result<BoundaryScore, EvalError> {
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
        return Err(EvalError::ContentMismatch { at });
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

/// The sets under `root`: `root` itself if it holds `text.txt`, else each subfolder that does.
///
/// # Errors
///
/// [`EvalError::Io`] and [`EvalError::NoSets`].
pub fn gold_sets(root: &Path) -> Result<Vec<(String, PathBuf)>, EvalError> {
    if root.join("text.txt").is_file() {
        let name = root
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        return Ok(vec![(name, root.to_path_buf())]);
    }
    let mut sets = Vec::new();
    let io = |source| EvalError::Io {
        path: root.to_path_buf(),
        source,
    };
    for entry in std::fs::read_dir(root).map_err(io)? {
        let path = entry.map_err(io)?.path();
        if path.join("text.txt").is_file() && path.join("gold.txt").is_file() {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            sets.push((name, path));
        }
    }
    if sets.is_empty() {
        return Err(EvalError::NoSets(root.to_path_buf()));
    }
    sets.sort();
    Ok(sets)
}

/// Language-identification accuracy of `detector` on a `lang<TAB>text[<TAB>kind]`
/// file's text, as a Markdown report (per language and kind, next to plain whatlang with
/// the same allow-list; see [`alinea_lang::eval`]) with the speed on one thread. `half`
/// selects the tuning (even) or held-out (odd) lines.
///
/// # Errors
///
/// [`EvalError::Samples`] for a malformed line.
pub fn langid(
    detector: &Detector,
    name: &str,
    text: &str,
    half: alinea_lang::eval::Half,
) -> Result<String, EvalError> {
    let samples = alinea_lang::eval::read_samples(text).map_err(|source| EvalError::Samples {
        name: name.to_string(),
        source,
    })?;
    let started = Instant::now();
    let report = alinea_lang::eval::evaluate(detector, &samples, half);
    let secs = started.elapsed().as_secs_f64();
    let mut r = report.to_markdown();
    let _ = writeln!(
        r,
        "\nspeed: {:.0} lines/s (one thread, alinea and the whatlang baseline together)",
        samples.len() as f64 / secs.max(1e-9)
    );
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
