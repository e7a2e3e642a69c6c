//! The detector: a word-frequency model, script cues and whatlang's trigram guess.
//!
//! # Why a combination
//!
//! whatlang's trigram profiles are good on long text in well-separated languages, but on a
//! line under forty characters a handful of trigrams decide, close relatives (nl/af,
//! cs/sk, ru/uk/bg, es/pt/ca) overlap, and with all 70 languages allowed it is slow (about
//! 15,000 lines/s). Outside CJK each allowed language therefore gets
//!
//! ```text
//! score(l) = log10 P(words | l) + 0.3 · cue letters(l) + [l is whatlang's pick] · (0.5 + 1.0 · confidence)
//!            (+ 0.5 for English on a Latin text without diacritics)
//! ```
//!
//! where `P(words | l)` comes from the word model ([`crate::wordmodel`], 33 languages; a
//! language it does not hold scores a flat −6 per word, so it can only win through
//! whatlang; capitalised words after the first, mostly names, weigh 0.6; web and e-mail
//! addresses are not words, and a text of addresses alone is only the English lean's
//! guess, with confidence 0). A language competes only for text in its own script. whatlang is asked only when its bonus could change the winner: on the dev
//! mix about one line in ten, mostly one- to three-word lines and scripts the model does
//! not cover. CJK text keeps its own evidence (kana, simplified and shinjitai characters).
//! Languages with hand-written cues are compared only within the text's dominant script,
//! so an English acronym never drags a Russian paragraph towards English.

use alinea_text::Lang;
use rayon::prelude::*;

use crate::backend::{self, Backend};
use crate::error::LangError;
use crate::known::{Known, Scores, Script};
use crate::runs::{self, Run};
use crate::{script, wordmodel};

// The word-model path (every script but CJK). Scores are log10 likelihoods of the text's
// words; all constants below were chosen on the even lines of the dev sets and confirmed
// on the odd lines (BENCHMARKS.md, "Every language").

/// How far below a language's rarest kept word an unknown word scores (log10 units): a
/// word missing from a 20,000-word list is rarer than the rarest listed one, by a margin.
const OOV_PENALTY: f32 = 1.5;
/// Per-word log10 likelihood of a language the word model does not hold (Estonian, Welsh,
/// Afrikaans, ...): about the frequency of a rare listed word, so such a language can only
/// win through whatlang's pick and only when the modelled languages explain the words
/// worse than that. Tried -4.5 to -7 on the tuning half; -7 lets all-unknown Korean text
/// tie with the modelled languages' floors.
const UNMODELLED_PER_WORD: f32 = -6.0;
/// Bonus of whatlang's pick in log10 units, regardless of and at full confidence.
const WORDS_WHATLANG_BASE: f32 = 0.5;
/// See [`WORDS_WHATLANG_BASE`].
const WORDS_WHATLANG_CONFIDENCE: f32 = 1.0;
/// Weight of the hand-written cue letters of [`crate::script`] (a `ї`, `ã` or `ے` is one
/// unit). The hand-written function-word lists that preceded the word model added 0.1
/// point on sentences at a fifth of the run time and were dropped.
const CUE_WEIGHT: f32 = 0.3;
/// English lean of a Latin text without any diacritic, in log10 units: English dev lines
/// are full of names, e-mail headers and dates, which otherwise go to whichever language
/// lists the name. 0.5 moved English from 93 to 97 % on the tuning half at a cost of 0.1
/// point on the other languages' short lines.
const ENGLISH_PLAIN_PRIOR: f32 = 0.5;

/// Builds a [`Detector`]; see [`Detector::builder`].
#[derive(Clone, Debug)]
pub struct DetectorBuilder {
    languages: Vec<Lang>,
}

impl Default for DetectorBuilder {
    /// Every language the detector knows ([`supported_languages`]): no closed list, so a
    /// German or Turkish text is called German or Turkish without any flag.
    fn default() -> Self {
        DetectorBuilder {
            languages: supported_languages(),
        }
    }
}

/// Every language the detector can recognise (whatlang's 70), in whatlang's order.
pub fn supported_languages() -> Vec<Lang> {
    backend::all_languages()
}

/// Parses a comma-separated list of ISO 639-1 codes such as `en,fr,ru` (spaces and empty
/// entries ignored, duplicates kept once), checking each against [`supported_languages`]
/// so a user's typo fails at once instead of silently never matching.
///
/// # Errors
///
/// [`LangError::BadCode`] for an entry that is not two letters, [`LangError::Unsupported`]
/// for a well-formed code the detector does not know (`xx`, `gl`), and
/// [`LangError::EmptyAllowList`] when the list names nothing.
pub fn parse_languages(list: &str) -> Result<Vec<Lang>, LangError> {
    let mut out: Vec<Lang> = Vec::new();
    for entry in list.split(',').map(str::trim).filter(|e| !e.is_empty()) {
        let lang = Lang::from_code(entry).ok_or_else(|| LangError::BadCode {
            code: entry.to_string(),
        })?;
        if backend::to_whatlang(lang).is_none() {
            return Err(LangError::Unsupported {
                code: lang.code().to_string(),
            });
        }
        if !out.contains(&lang) {
            out.push(lang);
        }
    }
    if out.is_empty() {
        return Err(LangError::EmptyAllowList);
    }
    Ok(out)
}

impl DetectorBuilder {
    /// Restricts detection to these languages (the allow-list).
    ///
    /// Default: every supported language. A narrow list is faster and more accurate on
    /// short lines, so name the languages a corpus can contain when they are known.
    /// Duplicates are ignored.
    pub fn languages(&mut self, languages: &[Lang]) -> &mut Self {
        self.languages.clear();
        for &l in languages {
            if !self.languages.contains(&l) {
                self.languages.push(l);
            }
        }
        self
    }

    /// Checks the allow-list and builds the detector.
    ///
    /// # Errors
    ///
    /// [`LangError::EmptyAllowList`] for an empty list, [`LangError::Unsupported`] (naming the
    /// code) for a language the underlying detector cannot recognise, such as `gl`.
    pub fn build(&self) -> Result<Detector, LangError> {
        if self.languages.is_empty() {
            return Err(LangError::EmptyAllowList);
        }
        let mut wl = Vec::with_capacity(self.languages.len());
        for &l in &self.languages {
            let w = backend::to_whatlang(l).ok_or_else(|| LangError::Unsupported {
                code: l.code().to_string(),
            })?;
            wl.push(w);
        }
        let allowed = self
            .languages
            .iter()
            .map(|&l| (l, Known::from_lang(l)))
            .collect();
        // The header only: the model's table is decoded when a text is first scored.
        let model = wordmodel::header();
        let cands: Vec<Cand> = self
            .languages
            .iter()
            .map(|&lang| Cand {
                lang,
                known: Known::from_lang(lang),
                model: model.langs().iter().position(|&m| m == lang),
            })
            .collect();
        // A language competes only for text in its own script: the one its hand-written
        // evidence names, or else the one its word list is written in. Without that, a
        // Latin line of names no list holds went to Hebrew, whose rarest listed word is
        // commoner than the Latin languages' (a higher floor).
        let script_of = |c: &Cand| {
            c.known
                .map(Known::script)
                .or_else(|| c.model.map(|i| model.script(i)))
        };
        let by_script = Script::ALL.map(|script| {
            cands
                .iter()
                .filter(|c| script_of(c).is_none_or(|s| s == script))
                .copied()
                .collect()
        });
        Ok(Detector {
            allowed,
            by_script,
            backend: Backend::new(wl),
        })
    }
}

/// The language of one text, with a confidence.
#[derive(Copy, Clone, Debug, PartialEq)]
pub struct Detection {
    lang: Lang,
    confidence: f64,
}

impl Detection {
    /// The detected language (always one of the detector's allow-list).
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// How sure the detector is, from 0 (a coin toss) to 1 (no competitor came close).
    ///
    /// It grows with the margin between the best and the second-best language, so a short
    /// heading that only whatlang could judge scores low even when the guess is right.
    pub fn confidence(&self) -> f64 {
        self.confidence
    }
}

/// A reusable language detector restricted to an allow-list.
///
/// Cheap to share across threads (`Sync`); build it once and reuse it.
pub struct Detector {
    /// The allow-list, each language with its hand-written evidence if it has any.
    allowed: Vec<(Lang, Option<Known>)>,
    /// The candidates for a text of each script ([`Script::index`]), in allow-list order:
    /// built once, so judging a line allocates nothing.
    by_script: [Vec<Cand>; Script::COUNT],
    backend: Backend,
}

/// An allowed language with what the detector holds for it.
#[derive(Copy, Clone, Debug)]
struct Cand {
    lang: Lang,
    /// Its hand-written evidence, if any.
    known: Option<Known>,
    /// Its index in the word model, if the model holds it.
    model: Option<usize>,
}

/// At most this many languages are allowed (whatlang's 70), the length of the per-line
/// score arrays.
const MAX_LANGS: usize = 70;

impl std::fmt::Debug for Detector {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let langs: Vec<Lang> = self.allowed.iter().map(|&(l, _)| l).collect();
        f.debug_struct("Detector")
            .field("languages", &langs)
            .finish()
    }
}

impl Detector {
    /// A builder allowing every supported language.
    pub fn builder() -> DetectorBuilder {
        DetectorBuilder::default()
    }

    /// The allow-list, in the order given to the builder.
    pub fn languages(&self) -> Vec<Lang> {
        self.allowed.iter().map(|&(l, _)| l).collect()
    }

    /// Detects the language of `text`.
    ///
    /// Returns `None` when the text has no letters (numbers, dates, punctuation) or when its
    /// script belongs to none of the allowed languages.
    pub fn detect(&self, text: &str) -> Option<Detection> {
        self.analyse(text, None).0
    }

    /// Splits the consecutive units (paragraphs or lines) of one document into language
    /// runs.
    ///
    /// Short or uncertain units (headings, dates, numbers) take the language of their
    /// neighbours, units are judged again among the languages the document's confident
    /// units use, and small islands between two runs of one language are absorbed, so a
    /// file holding two languages yields exactly two runs. The runs cover
    /// `0..units.len()` in order; the result is empty when no unit has a recognisable
    /// language.
    pub fn detect_runs(&self, units: &[&str]) -> Vec<Run> {
        runs::detect_runs(self, units)
    }

    /// The language of each unit after smoothing (see [`Detector::detect_runs`]): one entry
    /// per unit, `None` only when no unit of the document has a recognisable language.
    pub fn detect_units(&self, units: &[&str]) -> Vec<Option<Lang>> {
        let mut out = vec![None; units.len()];
        for run in self.detect_runs(units) {
            out[run.range()].fill(Some(run.lang()));
        }
        out
    }

    /// Detects `text`, optionally among a subset of the allow-list, and counts its letters.
    pub(crate) fn analyse(&self, text: &str, among: Option<&[Lang]>) -> (Option<Detection>, u32) {
        let scan = script::scan(text);
        let letters = scan.letters;
        (self.decide(text, &scan, among), letters)
    }

    fn decide(&self, text: &str, scan: &script::Scan, among: Option<&[Lang]>) -> Option<Detection> {
        let dominant = scan.dominant()?;
        // Candidates: allowed languages written in the dominant script, plus allowed
        // languages this crate has no evidence for (whatlang alone judges those).
        let all = &self.by_script[dominant.index()];
        let narrowed: Vec<Cand>;
        let cands: &[Cand] = match among {
            None => all,
            Some(a) => {
                narrowed = all
                    .iter()
                    .filter(|c| a.contains(&c.lang))
                    .copied()
                    .collect();
                &narrowed
            }
        };
        if cands.is_empty() {
            return None;
        }
        let any_unknown = cands.iter().any(|c| c.known.is_none());
        if cands.len() == 1 && !any_unknown {
            // The allow-list leaves a single language in this script: the script decides.
            let confidence = (f64::from(scan.letters) / 4.0).min(1.0);
            return Some(Detection {
                lang: cands[0].lang,
                confidence,
            });
        }

        if dominant != Script::Cjk {
            return self.decide_with_words(text, scan, dominant, cands);
        }
        // CJK: kana and character-set evidence, whatlang for languages without any.
        let mut ev: Scores = scan.cues;
        cjk_evidence(scan, &mut ev);
        let scored: Vec<(Lang, f32)> = cands
            .iter()
            .map(|c| (c.lang, c.known.map_or(0.0, |k| ev[k as usize])))
            .collect();

        // Balance: when whatlang picks a language without CJK evidence (Korean text with
        // Hanja), the kana and character-set counts must not outvote it.
        // The pick stands only when whatlang read the text in the same script as the scan
        // did: a Japanese line quoting a Latin name must not become Danish.
        if any_unknown {
            if let Some((wl, conf, Script::Cjk)) = self.backend.guess_with_script(text) {
                if Known::from_lang(wl).is_none() && cands.iter().any(|c| c.lang == wl) {
                    return Some(Detection {
                        lang: wl,
                        confidence: conf,
                    });
                }
            }
        }
        // Stable choice on ties: the first allowed language wins, as listed by the caller.
        let mut best = 0;
        for (i, &(_, s)) in scored.iter().enumerate() {
            if s > scored[best].1 {
                best = i;
            }
        }
        let (b1, b2) = top_two(&scored);
        if b1 <= 0.0 {
            // Nothing spoke for any candidate (an unknown script, a bare name in a script
            // several allowed languages share, and whatlang declined).
            return None;
        }
        let margin = f64::from(b1 - b2);
        Some(Detection {
            lang: scored[best].0,
            confidence: 1.0 - (-margin / 2.0).exp(),
        })
    }

    /// The decision for a text outside CJK: word-model likelihoods, cue letters, and
    /// whatlang's pick when it can change the outcome (see the module docs).
    fn decide_with_words(
        &self,
        text: &str,
        scan: &script::Scan,
        dominant: Script,
        cands: &[Cand],
    ) -> Option<Detection> {
        let cues = &scan.cues;
        let mut sums = [0.0f32; 64];
        let n = wordmodel::score(text, MAX_WORDS, OOV_PENALTY, &mut sums);
        if n == 0.0 {
            // Every lettered token is a web or e-mail address (`www.example.co.uk`): the
            // text holds no word of any language, and whatlang's trigrams on it are noise
            // (they said Tagalog, Zulu, Romanian). Only the English lean of plain Latin
            // text can speak, and it is a guess: confidence 0, so `detect --each-line`
            // prints `und` and the runs give the line its neighbours' language.
            let plain = dominant == Script::Latin && scan.latin_marked == 0;
            return cands
                .iter()
                .find(|c| plain && c.lang == Lang::EN)
                .map(|c| Detection {
                    lang: c.lang,
                    confidence: 0.0,
                });
        }
        let unmodelled = n * UNMODELLED_PER_WORD;
        let mut scores = [f32::NEG_INFINITY; MAX_LANGS];
        let scores = &mut scores[..cands.len()];
        for (s, c) in scores.iter_mut().zip(cands) {
            let hand = c.known.map_or(0.0, |k| CUE_WEIGHT * cues[k as usize]);
            *s = c.model.map_or(unmodelled, |i| sums[i]) + hand;
        }
        if dominant == Script::Latin && scan.latin_marked == 0 {
            // Names, addresses, file names and dates in Latin letters without a single
            // diacritic are most often English (see `ENGLISH_PLAIN_PRIOR`).
            if let Some(i) = cands.iter().position(|c| c.lang == Lang::EN) {
                scores[i] += ENGLISH_PLAIN_PRIOR;
            }
        }
        let bonus_max = WORDS_WHATLANG_BASE + WORDS_WHATLANG_CONFIDENCE;
        let (b1, b2) = top_two_of(scores);
        let top_unmodelled = scores
            .iter()
            .zip(cands)
            .any(|(&s, c)| c.model.is_none() && s >= b1);
        let mut whatlang_spoke = None;
        if top_unmodelled || b1 - b2 <= bonus_max {
            if let Some((wl, conf, wscript)) = self.backend.guess_with_script(text) {
                // Hangul counts as CJK for whatlang's script but as `Other` in the scan.
                let fits = wscript == dominant
                    || (dominant == Script::Other
                        && !matches!(wscript, Script::Latin | Script::Cyrillic | Script::Arabic));
                if fits {
                    if let Some(i) = cands.iter().position(|c| c.lang == wl) {
                        scores[i] += WORDS_WHATLANG_BASE + WORDS_WHATLANG_CONFIDENCE * conf as f32;
                        whatlang_spoke = Some(wl);
                    }
                }
            }
        }
        // An unmodelled language has no evidence of its own beyond whatlang's pick: the
        // others must not win a tie by their place in the list.
        for (s, c) in scores.iter_mut().zip(cands) {
            if c.model.is_none() && Some(c.lang) != whatlang_spoke {
                *s = f32::NEG_INFINITY;
            }
        }
        let mut best = 0;
        for (i, &s) in scores.iter().enumerate() {
            if s > scores[best] {
                best = i;
            }
        }
        let (b1, b2) = top_two_of(scores);
        let margin = if b2.is_finite() {
            f64::from(b1 - b2)
        } else {
            4.0
        };
        Some(Detection {
            lang: cands[best].lang,
            confidence: 1.0 - 10f64.powf(-margin.max(0.0)),
        })
    }

    /// Detects each text in turn; the reference for [`Detector::detect_batch_parallel`].
    pub fn detect_batch(&self, texts: &[&str]) -> Vec<Option<Detection>> {
        texts.iter().map(|t| self.detect(t)).collect()
    }

    /// Detects each text on rayon's thread pool.
    ///
    /// Identical results to [`Detector::detect_batch`], in the same order: every text is
    /// judged on its own, so only the wall-clock time changes.
    pub fn detect_batch_parallel(&self, texts: &[&str]) -> Vec<Option<Detection>> {
        texts.par_iter().map(|t| self.detect(t)).collect()
    }
}

/// Kana decide Japanese against Chinese: Japanese prose is rarely without them, and
/// Chinese never uses them. Kanji-only lines fall back to the simplified-only and
/// shinjitai-only characters counted by [`script::scan`], with a slight lean to Chinese.
fn cjk_evidence(scan: &script::Scan, ev: &mut Scores) {
    let total = f64::from(scan.han + scan.kana).max(1.0);
    let ratio = f64::from(scan.kana) / total;
    if scan.kana > 0 {
        ev[Known::Ja as usize] += 2.0 + (20.0 * ratio) as f32;
    }
    ev[Known::Zh as usize] += 0.5;
}

/// The best and second-best of `scores` (the second is negative infinity with a single
/// entry).
fn top_two_of(scores: &[f32]) -> (f32, f32) {
    let mut b1 = f32::NEG_INFINITY;
    let mut b2 = f32::NEG_INFINITY;
    for &s in scores {
        if s > b1 {
            b2 = b1;
            b1 = s;
        } else if s > b2 {
            b2 = s;
        }
    }
    (b1, b2)
}

/// Words of one text the word model reads (a document sample needs no more).
const MAX_WORDS: usize = 200;

/// The best and second-best scores (the second is 0 with a single candidate).
fn top_two(scored: &[(Lang, f32)]) -> (f32, f32) {
    let mut b1 = f32::NEG_INFINITY;
    let mut b2 = f32::NEG_INFINITY;
    for &(_, s) in scored {
        if s > b1 {
            b2 = b1;
            b1 = s;
        } else if s > b2 {
            b2 = s;
        }
    }
    (b1, if b2.is_finite() { b2 } else { 0.0 })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang(code: &str) -> Lang {
        Lang::from_code(code).unwrap()
    }

    /// The 13 languages of the alinea dev set that whatlang supports.
    fn thirteen() -> Detector {
        let codes = "en fr es ru zh ar fa uk bg pt ur ja ca";
        let langs: Vec<Lang> = codes.split(' ').map(lang).collect();
        Detector::builder().languages(&langs).build().unwrap()
    }

    fn detects(d: &Detector, text: &str) -> Option<String> {
        d.detect(text).map(|x| x.lang().to_string())
    }

    fn assert_all(d: &Detector, cases: &[(&str, &str)]) {
        for (code, text) in cases {
            assert_eq!(detects(d, text).as_deref(), Some(*code), "{text}");
        }
    }

    #[test]
    fn builder_rejects_empty_and_unsupported_lists() {
        assert_eq!(
            Detector::builder().languages(&[]).build().unwrap_err(),
            LangError::EmptyAllowList
        );
        let err = Detector::builder()
            .languages(&[Lang::EN, lang("gl")])
            .build()
            .unwrap_err();
        assert_eq!(err, LangError::Unsupported { code: "gl".into() });
        assert!(err.to_string().contains("`gl`"));
    }

    #[test]
    fn builder_defaults_to_every_language() {
        let d = Detector::builder().build().unwrap();
        assert!(d.languages().len() <= MAX_LANGS);
        assert_eq!(d.languages().len(), whatlang::Lang::all().len());
        assert!(d.languages().contains(&Lang::from_code("tr").unwrap()));
        let d = Detector::builder()
            .languages(&[Lang::EN, Lang::EN, Lang::FR])
            .build()
            .unwrap();
        assert_eq!(d.languages(), vec![Lang::EN, Lang::FR]);
    }

    #[test]
    fn no_letters_or_no_allowed_script_gives_none() {
        let d = thirteen();
        assert_eq!(d.detect(""), None);
        assert_eq!(d.detect("12.05.2019 — 3/4"), None);
        // Greek is not in the allow-list, and whatlang must not sneak it in.
        assert_eq!(d.detect("Η Γενική Συνέλευση ενέκρινε το ψήφισμα."), None);
        // Only Russian among Cyrillic languages: the script decides.
        let ru_only = Detector::builder()
            .languages(&[Lang::EN, Lang::RU])
            .build()
            .unwrap();
        let det = ru_only.detect("Привет").unwrap();
        assert_eq!(det.lang(), Lang::RU);
        assert!(det.confidence() > 0.9);
    }

    #[test]
    fn east_slavic_and_bulgarian() {
        assert_all(
            &thirteen(),
            &[
                ("ru", "Это было очень давно, и никто уже не помнит."),
                ("uk", "Це було дуже давно, і ніхто вже не пам'ятає."),
                ("bg", "Това беше много отдавна и никой вече не помни."),
                ("ru", "Мы этого не знали."),
                ("uk", "Ми цього не знали."),
                ("bg", "Ние не знаехме това."),
            ],
        );
    }

    #[test]
    fn ibero_romance() {
        assert_all(
            &thirteen(),
            &[
                ("es", "Los niños juegan en la calle con sus amigos."),
                ("pt", "As crianças brincam na rua com os seus amigos."),
                ("ca", "Els nens juguen al carrer amb els seus amics."),
                ("es", "¿Dónde está el baño?"),
                ("pt", "Não sei."),
                ("ca", "La col·lecció és nostra."),
            ],
        );
    }

    #[test]
    fn arabic_persian_urdu() {
        assert_all(
            &thirteen(),
            &[
                (
                    "ar",
                    "قررت الجمعية العامة أن تدرج هذا البند في جدول أعمالها.",
                ),
                (
                    "fa",
                    "مجمع عمومی تصمیم گرفت این موضوع را در دستور کار خود قرار دهد.",
                ),
                (
                    "ur",
                    "جنرل اسمبلی نے یہ فیصلہ کیا ہے کہ یہ معاملہ ایجنڈے میں شامل کیا جائے۔",
                ),
                ("fa", "پس مشکل چیست؟"),
                ("ur", "وہ گھر گیا۔"),
            ],
        );
    }

    #[test]
    fn english_is_not_lost_to_romance_languages() {
        assert_all(
            &thirteen(),
            &[
                ("en", "Great job!"),
                ("en", "Thanks for the help."),
                (
                    "en",
                    "The General Assembly adopted the resolution without a vote.",
                ),
                ("fr", "L'Assemblée générale a adopté la résolution."),
            ],
        );
    }

    #[test]
    fn chinese_and_japanese() {
        assert_all(
            &thirteen(),
            &[
                ("zh", "大会通过了这项决议。"),
                ("ja", "総会はこの決議を採択した。"),
                ("zh", "Lucy在月光石上施咒，交给Katherine。"),
            ],
        );
    }

    #[test]
    fn short_lines_with_every_language_allowed() {
        // Two- and three-word lines, where whatlang alone guesses: the word model decides.
        let d = Detector::builder().build().unwrap();
        assert_all(
            &d,
            &[
                ("nl", "Het is niet"),
                ("de", "Das ist nicht"),
                ("tr", "Bugün hava güzel"),
                ("sv", "Tack så mycket"),
                ("da", "Det er ikke"),
                ("cs", "Děkuji moc"),
                ("fr", "Merci beaucoup"),
                ("es", "Muchas gracias"),
                ("en", "Thank you"),
                ("it", "Grazie mille"),
                ("pl", "Dziękuję bardzo"),
            ],
        );
        // A language the word model lacks is still found through whatlang.
        let et = d.detect("Tere hommikust, kuidas teil läheb täna?").unwrap();
        assert_eq!(et.lang().code(), "et");
    }

    #[test]
    fn a_language_competes_only_in_its_own_script() {
        // Words no list holds, in Latin letters: Hebrew and Arabic lists have the highest
        // floors, so without the script rule they took such lines.
        let d = Detector::builder().build().unwrap();
        for text in ["Qwzxv Bnmqrt Plokzu", "Vàlvules pqzrtk"] {
            let got = d.detect(text).unwrap().lang().to_string();
            assert!(
                !["he", "ar", "fa", "ur", "hi", "ru", "uk", "bg", "mk"].contains(&got.as_str()),
                "{text}: {got}"
            );
        }
    }

    #[test]
    fn addresses_alone_are_a_guess_without_confidence() {
        let d = Detector::builder().build().unwrap();
        let x = d
            .detect("[http://www.example.co.uk/news/item_42.html]")
            .unwrap();
        assert_eq!((x.lang(), x.confidence()), (Lang::EN, 0.0));
        let x = d.detect("jane.doe@example.org").unwrap();
        assert_eq!(x.confidence(), 0.0);
        // Without the English lean (a diacritic, or English not allowed) nothing speaks.
        assert_eq!(d.detect("http://www.exámple.es"), None);
        let fr = Detector::builder()
            .languages(&[Lang::FR, Lang::ES])
            .build()
            .unwrap();
        assert_eq!(fr.detect("www.example.com"), None);
        // An address beside words is skipped and the words decide.
        let x = d
            .detect("Écrivez-nous à contact@example.fr, merci beaucoup")
            .unwrap();
        assert_eq!(x.lang(), Lang::FR);
        assert!(x.confidence() > 0.5);
    }

    #[test]
    fn kanji_only_lines_use_shinjitai_simplified_forms_and_the_middle_dot() {
        assert_all(
            &thirteen(),
            &[
                // 団 is the Japanese form of 團; Chinese writes 团 (and 长 for 長).
                ("ja", "少年団長"),
                ("zh", "少年团长"),
                // The katakana middle dot joins the parts of Japanese names and lists.
                ("ja", "東京・大阪"),
                ("zh", "东京、大阪"),
            ],
        );
    }

    #[test]
    fn confidence_is_a_probability_like_score() {
        let d = thirteen();
        let long = d
            .detect("The General Assembly adopted the resolution without a vote.")
            .unwrap();
        assert!(long.confidence() > 0.9, "{long:?}");
        for text in ["ok", "Traci", "Прошу", "a"] {
            if let Some(x) = d.detect(text) {
                assert!((0.0..=1.0).contains(&x.confidence()), "{text}: {x:?}");
            }
        }
    }

    #[test]
    fn parallel_equals_sequential() {
        let d = thirteen();
        let texts = [
            "The General Assembly adopted the resolution.",
            "Генеральная Ассамблея приняла резолюцию.",
            "Генеральна Асамблея ухвалила резолюцію.",
            "Общото събрание прие резолюцията.",
            "La Asamblea General aprobó la resolución.",
            "A Assembleia Geral aprovou a resolução.",
            "L'Assemblea General va aprovar la resolució.",
            "مجمع عمومی قطعنامه را تصویب کرد.",
            "اعتمدت الجمعية العامة القرار.",
            "大会通过了决议。",
            "2019",
            "",
            "ok",
        ];
        let many: Vec<&str> = texts
            .iter()
            .cycle()
            .take(texts.len() * 50)
            .copied()
            .collect();
        let seq = d.detect_batch(&many);
        let par = d.detect_batch_parallel(&many);
        assert_eq!(seq, par);
        assert_eq!(seq.len(), many.len());
        assert_eq!(seq[0].unwrap().lang(), Lang::EN);
    }
}

/// The language of `text` among every language the detector engine knows (whatlang's
/// 70), not only an allow-list. An allow-listed detector always answers with an allowed
/// language; this is how callers notice a document written in none of them and refuse it
/// with a clear message instead of mislabelling it.
pub fn identify_unrestricted(text: &str) -> Option<Detection> {
    let info = whatlang::detect(text)?;
    let lang = crate::backend::from_whatlang(info.lang())?;
    Some(Detection {
        lang,
        confidence: info.confidence(),
    })
}

#[cfg(test)]
mod unrestricted_tests {
    use super::*;

    #[test]
    fn finds_languages_outside_any_allow_list() {
        let d = identify_unrestricted(
            "Die Generalversammlung beschließt, den Punkt in die vorläufige Tagesordnung ihrer nächsten Tagung aufzunehmen.",
        )
        .unwrap();
        assert_eq!(d.lang(), Lang::DE);
    }
}
