//! Language runs: consecutive units of one document grouped by language.
//!
//! Judging each paragraph alone fails in two ways that smoothing repairs. Short or
//! uncertain units (a heading, a date line, a paragraph number) carry too little evidence,
//! so they take the language of their neighbours. And a confusable pair that the document
//! does not contain (a Russian paragraph read as Bulgarian inside a Russian text) is ruled
//! out by judging every unit a second time among the languages the document's confident
//! units actually use. Finally a small island between two runs of the same language is
//! absorbed, so that a file holding two languages splits into exactly two runs.

use std::ops::Range;

use alinea_text::Lang;

use crate::detector::{Detection, Detector};

/// Units with fewer letters than this are judged by their neighbours.
const MIN_RELIABLE_LETTERS: u32 = 12;
/// Units less confident than this are judged by their neighbours.
const MIN_RELIABLE_CONFIDENCE: f64 = 0.5;
/// A language needs this share of the document's confident letters to count as present.
const MIN_DOCUMENT_SHARE: f64 = 0.05;
/// A run with fewer letters than this between two runs of one language is absorbed.
const ISLAND_LETTERS: u32 = 120;

/// A maximal range of consecutive units in one language.
#[derive(Copy, Clone, Debug, PartialEq)]
pub struct Run {
    lang: Lang,
    start: usize,
    end: usize,
    confidence: f64,
}

impl Run {
    /// The language of the run.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Index of the first unit of the run.
    pub fn start(&self) -> usize {
        self.start
    }

    /// Index one past the last unit of the run.
    pub fn end(&self) -> usize {
        self.end
    }

    /// The unit indices of the run, `start..end`.
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// Letter-weighted mean confidence of the run's units in the run's language (a unit
    /// that was relabelled by smoothing counts as 0), between 0 and 1.
    pub fn confidence(&self) -> f64 {
        self.confidence
    }
}

/// One unit's evidence.
#[derive(Clone, Copy)]
struct Unit {
    detection: Option<Detection>,
    letters: u32,
}

impl Unit {
    fn reliable(&self) -> Option<Lang> {
        let d = self.detection?;
        (self.letters >= MIN_RELIABLE_LETTERS && d.confidence() >= MIN_RELIABLE_CONFIDENCE)
            .then_some(d.lang())
    }
}

/// Splits `units` into language runs (see the module docs).
///
/// The runs cover `0..units.len()` without gaps, in order, unless no unit holds a
/// recognisable language, in which case the result is empty.
pub(crate) fn detect_runs(detector: &Detector, units: &[&str]) -> Vec<Run> {
    let mut evidence: Vec<Unit> = units
        .iter()
        .map(|u| {
            let (detection, letters) = detector.analyse(u, None);
            Unit { detection, letters }
        })
        .collect();

    // Second opinion among the languages this document really uses.
    let present = document_languages(&evidence);
    if !present.is_empty() && present.len() < detector.languages().len() {
        for (unit, text) in evidence.iter_mut().zip(units) {
            if unit.detection.is_some_and(|d| !present.contains(&d.lang()))
                || unit.reliable().is_none()
            {
                unit.detection = detector.analyse(text, Some(&present)).0;
            }
        }
    }

    let labels = fill_from_neighbours(&evidence);
    let mut runs = group(&labels, &evidence);
    absorb_islands(&mut runs, &evidence);
    runs
}

/// Languages holding at least [`MIN_DOCUMENT_SHARE`] of the confident letters.
fn document_languages(units: &[Unit]) -> Vec<Lang> {
    let mut weight: Vec<(Lang, f64)> = Vec::new();
    for u in units {
        let (Some(lang), Some(d)) = (u.reliable(), u.detection) else {
            continue;
        };
        let w = f64::from(u.letters) * d.confidence();
        match weight.iter_mut().find(|(l, _)| *l == lang) {
            Some(e) => e.1 += w,
            None => weight.push((lang, w)),
        }
    }
    let total: f64 = weight.iter().map(|e| e.1).sum();
    weight
        .into_iter()
        .filter(|&(_, w)| w >= MIN_DOCUMENT_SHARE * total)
        .map(|(l, _)| l)
        .collect()
}

/// Gives every unit a language: its own if reliable, else its neighbours'.
///
/// Between two different neighbours an unreliable unit keeps its own guess if that guess
/// is one of them, and otherwise joins the following unit, because headings and labels
/// precede the text they belong to.
fn fill_from_neighbours(units: &[Unit]) -> Vec<Option<Lang>> {
    let reliable: Vec<Option<Lang>> = units.iter().map(Unit::reliable).collect();
    if reliable.iter().all(Option::is_none) {
        // No unit is conclusive: trust whatever each unit says, neighbours filling gaps.
        let own: Vec<Option<Lang>> = units
            .iter()
            .map(|u| u.detection.map(|d| d.lang()))
            .collect();
        return fill_gaps(&own, &own);
    }
    fill_gaps(
        &reliable,
        &units
            .iter()
            .map(|u| u.detection.map(|d| d.lang()))
            .collect::<Vec<_>>(),
    )
}

/// Fills the `None`s of `labels` from the nearest labelled units on either side.
fn fill_gaps(labels: &[Option<Lang>], own: &[Option<Lang>]) -> Vec<Option<Lang>> {
    let n = labels.len();
    let mut prev = vec![None; n];
    let mut next = vec![None; n];
    let mut last = None;
    for i in 0..n {
        if labels[i].is_some() {
            last = labels[i];
        }
        prev[i] = last;
    }
    last = None;
    for i in (0..n).rev() {
        if labels[i].is_some() {
            last = labels[i];
        }
        next[i] = last;
    }
    (0..n)
        .map(|i| {
            labels[i].or(match (prev[i], next[i]) {
                (Some(p), Some(q)) if p == q => Some(p),
                (Some(p), Some(q)) => Some(if own[i] == Some(p) { p } else { q }),
                (p, q) => p.or(q),
            })
        })
        .collect()
}

/// Groups consecutive equal labels into runs.
fn group(labels: &[Option<Lang>], units: &[Unit]) -> Vec<Run> {
    let mut runs: Vec<Run> = Vec::new();
    for (i, label) in labels.iter().enumerate() {
        let Some(lang) = *label else { continue };
        match runs.last_mut() {
            Some(r) if r.lang == lang && r.end == i => r.end = i + 1,
            _ => runs.push(Run {
                lang,
                start: i,
                end: i + 1,
                confidence: 0.0,
            }),
        }
    }
    for r in &mut runs {
        r.confidence = run_confidence(r, units);
    }
    runs
}

fn letters(run: &Run, units: &[Unit]) -> u32 {
    units[run.range()].iter().map(|u| u.letters).sum()
}

fn run_confidence(run: &Run, units: &[Unit]) -> f64 {
    let mut sum = 0.0;
    let mut weight = 0.0;
    for u in &units[run.range()] {
        let w = f64::from(u.letters);
        weight += w;
        if let Some(d) = u.detection.filter(|d| d.lang() == run.lang) {
            sum += w * d.confidence();
        }
    }
    if weight > 0.0 {
        sum / weight
    } else {
        0.0
    }
}

/// Absorbs small runs sandwiched between two runs of one language, smallest first, and
/// merges the result; runs then cover every unit, leading and trailing ones included.
fn absorb_islands(runs: &mut Vec<Run>, units: &[Unit]) {
    loop {
        let candidate = (1..runs.len().saturating_sub(1))
            .filter(|&i| runs[i - 1].lang == runs[i + 1].lang)
            .map(|i| (letters(&runs[i], units), i))
            .filter(|&(l, _)| l < ISLAND_LETTERS)
            .min();
        let Some((_, i)) = candidate else { break };
        let next = runs.remove(i + 1);
        runs.remove(i);
        runs[i - 1].end = next.end;
        runs[i - 1].confidence = run_confidence(&runs[i - 1], units);
    }
    // Units without any language before the first or after the last run join them.
    if let Some(first) = runs.first_mut() {
        first.start = 0;
    }
    if let Some(last) = runs.last_mut() {
        last.end = units.len();
    }
    for r in runs.iter_mut() {
        r.confidence = run_confidence(r, units);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn detector(langs: &[Lang]) -> Detector {
        Detector::builder().languages(langs).build().unwrap()
    }

    /// The turn of seed 000 (Havana 2019 declaration), Russian then English, one unit per
    /// non-blank line as extracted from the PDF.
    const HAVANA: &str = "\
ФОРУМА ПО ВОПРОСАМ ПРИМЕНЕНИЯ ИНФОРМАЦИОННО-
КОММУНИКАЦИОННЫХ ТЕХНОЛОГИЙ В МИРНЫХ ЦЕЛЯХ
ГАВАНА, КУБА, 8-10  ИЮЛЯ 2019 Г.
Информационно-коммуникационные технологии должны применяться в
мирных целях на всеобщее благо человечества и для содействия устойчивому
развитию всех стран вне зависимости от уровня их научно-технологического
развития.
Совместное сотрудничество государств в определении и применении мер
для обеспечения безопасности в сфере использования информационно-
коммуникационных технологий является основополагающим условием
сохранения международного мира, безопасности и стабильности.
Гавана, 10 июля 2019 года
FINAL DECLARATION OF THE INTERNATIONAL FORUM FOR
THE USE OF INFORMATION AND COMMUNICATIONS TECHNOLOGIES
WITH PEACEFUL PURPOSES, LA HABANA, CUBA, JULY 8-10, 2019.
The information and communication technologies should be used in a peaceful
manner for the common good of humanity and to promote the sustainable
development of all countries, whatever their level of scientific and technological
development.
1.
Havana, July 10, 2019";

    #[test]
    fn two_language_document_gives_two_runs() {
        let units: Vec<&str> = HAVANA.lines().filter(|l| !l.trim().is_empty()).collect();
        let runs = detect_runs(&detector(&Lang::DEFAULT_SET), &units);
        let summary: Vec<(Lang, Range<usize>)> =
            runs.iter().map(|r| (r.lang(), r.range())).collect();
        assert_eq!(
            summary,
            vec![(Lang::RU, 0..12), (Lang::EN, 12..units.len())]
        );
        assert!(runs.iter().all(|r| r.confidence() > 0.5), "{runs:?}");
    }

    #[test]
    fn short_units_take_their_neighbours_language() {
        let units = [
            "Les États membres ont adopté la résolution sans vote.",
            "2019",
            "Annexe",
            "Le Secrétaire général présente son rapport à l'Assemblée générale.",
        ];
        let runs = detect_runs(&detector(&Lang::DEFAULT_SET), &units);
        assert_eq!(runs.len(), 1, "{runs:?}");
        assert_eq!((runs[0].lang(), runs[0].range()), (Lang::FR, 0..4));
    }

    #[test]
    fn leading_and_trailing_numbers_join_the_runs() {
        let units = ["12.", "The General Assembly adopted the resolution.", "—"];
        let runs = detect_runs(&detector(&Lang::DEFAULT_SET), &units);
        assert_eq!(runs.len(), 1);
        assert_eq!(runs[0].range(), 0..3);
    }

    #[test]
    fn nothing_recognisable_gives_no_runs() {
        let runs = detect_runs(&detector(&Lang::DEFAULT_SET), &["1.", "2019", ""]);
        assert!(runs.is_empty());
        assert!(detect_runs(&detector(&Lang::DEFAULT_SET), &[]).is_empty());
    }

    #[test]
    fn a_long_quotation_keeps_its_own_run() {
        let units = [
            "Генеральная Ассамблея приняла резолюцию о развитии в области информатизации.",
            "The General Assembly adopted the resolution on developments in the field of information and telecommunications in the context of international security, without a vote, and decided to include the item in the provisional agenda of its next session.",
            "Государства-члены подчеркнули важность международного сотрудничества в этой области.",
        ];
        let runs = detect_runs(&detector(&Lang::DEFAULT_SET), &units);
        let langs: Vec<Lang> = runs.iter().map(Run::lang).collect();
        assert_eq!(langs, vec![Lang::RU, Lang::EN, Lang::RU]);
    }
}
