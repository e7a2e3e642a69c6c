//! Scoring a detector on a labelled file, next to plain whatlang.
//!
//! The evaluation files hold one `lang<TAB>text[<TAB>kind]` per line (`kind` is `sentence`,
//! the default, or `short`). Kept in the library so the binary's `eval langid` and the
//! example print the same figures. Constants are tuned on one half of a file and confirmed
//! on the other, so [`Half`] selects alternate lines.

use std::collections::BTreeMap;

use alinea_text::Lang;

use crate::backend;
use crate::detector::Detector;
use crate::error::LangError;

/// What a line of an evaluation file holds.
#[derive(Copy, Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// A full sentence.
    Sentence,
    /// The first one to three words of a sentence.
    Short,
}

impl Kind {
    /// The name used in evaluation files and reports.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Sentence => "sentence",
            Kind::Short => "short",
        }
    }
}

/// One labelled line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sample {
    /// The gold language.
    pub gold: Lang,
    /// The text to judge.
    pub text: String,
    /// Sentence or short line.
    pub kind: Kind,
}

/// Which lines of a file to score: tuning happens on one half, confirmation on the other.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Half {
    /// Every line.
    All,
    /// Lines 0, 2, 4, ... of the file (the tuning half).
    Even,
    /// Lines 1, 3, 5, ... (the held-out half).
    Odd,
}

impl Half {
    /// Whether the sample at `index` (0-based, blank lines not counted) is in this half.
    pub fn keeps(self, index: usize) -> bool {
        match self {
            Half::All => true,
            Half::Even => index % 2 == 0,
            Half::Odd => index % 2 == 1,
        }
    }
}

/// Reads an evaluation file's text; blank lines are skipped.
///
/// # Errors
///
/// [`LangError::BadSample`] naming the 1-based line when a line has no tab, a code that is
/// not two letters, or an unknown kind.
pub fn read_samples(text: &str) -> Result<Vec<Sample>, LangError> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let bad = || LangError::BadSample { line: i + 1 };
        let mut cols = line.split('\t');
        let gold = cols.next().and_then(Lang::from_code).ok_or_else(bad)?;
        let text = cols.next().ok_or_else(bad)?.to_string();
        let kind = match cols.next().map(str::trim) {
            None | Some("sentence") | Some("") => Kind::Sentence,
            Some("short") => Kind::Short,
            Some(_) => return Err(bad()),
        };
        out.push(Sample { gold, text, kind });
    }
    Ok(out)
}

/// Correct answers out of lines, for the detector and for plain whatlang.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// Lines scored.
    pub lines: usize,
    /// Lines the detector got right.
    pub correct: usize,
    /// Lines plain whatlang (same allow-list) got right.
    pub baseline: usize,
}

impl Tally {
    /// The detector's accuracy in percent.
    pub fn accuracy(&self) -> f64 {
        pct(self.correct, self.lines)
    }

    /// whatlang's accuracy in percent.
    pub fn baseline_accuracy(&self) -> f64 {
        pct(self.baseline, self.lines)
    }

    fn add(&mut self, ok: bool, base_ok: bool) {
        self.lines += 1;
        self.correct += usize::from(ok);
        self.baseline += usize::from(base_ok);
    }
}

fn pct(a: usize, b: usize) -> f64 {
    100.0 * a as f64 / b.max(1) as f64
}

/// Per-language, per-kind results of one evaluation.
#[derive(Clone, Debug, Default)]
pub struct Report {
    /// Results per (gold language, kind).
    pub cells: BTreeMap<(Lang, Kind), Tally>,
    /// Wrong answers as (gold, answer or `und`) with counts.
    pub confusions: BTreeMap<(Lang, String), usize>,
}

impl Report {
    /// The totals of one kind over all languages.
    pub fn total(&self, kind: Kind) -> Tally {
        let mut t = Tally::default();
        for (_, c) in self.cells.iter().filter(|((_, k), _)| *k == kind) {
            t.lines += c.lines;
            t.correct += c.correct;
            t.baseline += c.baseline;
        }
        t
    }

    /// The (language, kind) cells where the detector answers fewer lines right than plain
    /// whatlang: the "no language below whatlang alone" check.
    pub fn below_baseline(&self) -> Vec<(Lang, Kind)> {
        self.cells
            .iter()
            .filter(|(_, t)| t.correct < t.baseline)
            .map(|(k, _)| *k)
            .collect()
    }

    /// A Markdown table: one row per language, sentence and short columns, each with the
    /// detector's accuracy next to plain whatlang's, then the totals.
    pub fn to_markdown(&self) -> String {
        let mut langs: Vec<Lang> = self.cells.keys().map(|(l, _)| *l).collect();
        langs.dedup();
        let cell = |t: Option<&Tally>| match t {
            Some(t) if t.lines > 0 => format!(
                "{:.1} | {:.1} | {}",
                t.accuracy(),
                t.baseline_accuracy(),
                t.lines
            ),
            _ => "– | – | 0".to_string(),
        };
        let mut out = String::from(
            "| lang | sentence % | whatlang % | lines | short % | whatlang % | lines |\n|---|---:|---:|---:|---:|---:|---:|\n",
        );
        for l in langs {
            out.push_str(&format!(
                "| {l} | {} | {} |\n",
                cell(self.cells.get(&(l, Kind::Sentence))),
                cell(self.cells.get(&(l, Kind::Short)))
            ));
        }
        out.push_str(&format!(
            "| **all** | {} | {} |\n",
            cell(Some(&self.total(Kind::Sentence))),
            cell(Some(&self.total(Kind::Short)))
        ));
        out
    }
}

/// Scores `detector` on the samples of `half`, skipping gold languages outside its
/// allow-list, with plain whatlang restricted to the same list as the baseline column.
pub fn evaluate(detector: &Detector, samples: &[Sample], half: Half) -> Report {
    let allowed = detector.languages();
    let baseline = backend::Backend::new(
        allowed
            .iter()
            .filter_map(|&l| backend::to_whatlang(l))
            .collect(),
    );
    let mut report = Report::default();
    for (i, s) in samples.iter().enumerate() {
        if !half.keeps(i) || !allowed.contains(&s.gold) {
            continue;
        }
        let got = detector.detect(&s.text).map(|d| d.lang());
        let base = baseline.guess(&s.text).map(|(l, _)| l);
        let ok = got == Some(s.gold);
        report
            .cells
            .entry((s.gold, s.kind))
            .or_default()
            .add(ok, base == Some(s.gold));
        if !ok {
            let name = got.map_or_else(|| "und".to_string(), |l| l.to_string());
            *report.confusions.entry((s.gold, name)).or_default() += 1;
        }
    }
    report
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_two_and_three_column_lines() {
        let s = read_samples("en\tHello there.\nfr\tBonjour\tshort\n\n").unwrap();
        assert_eq!(s.len(), 2);
        assert_eq!((s[0].gold, s[0].kind), (Lang::EN, Kind::Sentence));
        assert_eq!((s[1].gold, s[1].kind), (Lang::FR, Kind::Short));
        assert_eq!(
            read_samples("en\tok\nxyz\tbad").unwrap_err(),
            LangError::BadSample { line: 2 }
        );
        assert!(read_samples("en\tok\tword").is_err());
    }

    #[test]
    fn scores_per_language_and_kind() {
        let samples = read_samples(
            "en\tThe General Assembly adopted the resolution without a vote.\n\
             fr\tL'Assemblée générale a adopté la résolution sans vote.\n\
             gl\tIsto non se conta.\n",
        )
        .unwrap();
        let d = Detector::builder()
            .languages(&[Lang::EN, Lang::FR])
            .build()
            .unwrap();
        let r = evaluate(&d, &samples, Half::All);
        let t = r.total(Kind::Sentence);
        // Galician is outside the allow-list and skipped.
        assert_eq!((t.lines, t.correct, t.baseline), (2, 2, 2));
        assert!(r.to_markdown().contains("| en | 100.0 | 100.0 | 1 |"));
        assert!(r.below_baseline().is_empty());
        let mut worse = r.clone();
        worse.cells.insert(
            (Lang::DE, Kind::Short),
            Tally {
                lines: 2,
                correct: 0,
                baseline: 1,
            },
        );
        assert_eq!(worse.below_baseline(), vec![(Lang::DE, Kind::Short)]);
        let even = evaluate(&d, &samples, Half::Even);
        assert_eq!(even.total(Kind::Sentence).lines, 1);
    }
}
