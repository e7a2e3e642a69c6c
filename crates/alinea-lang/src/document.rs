//! The language of a whole document: the policy the facade's `detect` and `align` share.
//!
//! A document gets a language only when the evidence is good: a text written in a
//! language the models do not know must come out `und` (with a note saying why), never as
//! the nearest known language, because a wrong `xml:lang` poisons a translation memory
//! silently while `und` is honest and asks the user for `--src-lang`.
//!
//! whatlang's confidence is relative (best against second best), so an Icelandic page is
//! called Welsh "with confidence 1". The absolute check used here is the alphabet: letters
//! that no supported language writes (Icelandic þ and ð, Maltese ħ, Sami ŋ) recurring in a
//! document show a language outside the models.

use alinea_text::Lang;

use crate::detector::Detector;

/// Below this confidence a document's language is reported as `und`.
///
/// whatlang-level confidence on a few hundred characters of one clear language is near 1;
/// values under one half come from headings-only files, names and mixed text.
pub const MIN_DOCUMENT_CONFIDENCE: f64 = 0.5;

/// Below this confidence a single line (`detect --each-line`) is reported as `und`.
///
/// Chosen on the even lines of the dev sets: under 0.2 the detector was wrong on 37 lines
/// and right on 19 (odd lines: 23 and 15), mostly bare names, dates and e-mail headers.
pub const MIN_LINE_CONFIDENCE: f64 = 0.2;

/// Share of letters outside every supported alphabet above which a text is `und`.
const FOREIGN_LETTER_SHARE: f64 = 0.002;

/// The language policy's answer for one document.
#[derive(Clone, Debug, PartialEq)]
pub struct DocLang {
    /// The language to use, or `None` for `und`.
    pub lang: Option<Lang>,
    /// The detector's confidence in its best guess (0 when there was none).
    pub confidence: f64,
    /// Why the answer is `und` (or what else a user should know), for display.
    pub note: Option<String>,
}

impl DocLang {
    /// The code to write in outputs: the language's code or `und`.
    pub fn code(&self) -> &str {
        self.lang.as_ref().map_or("und", |l| l.code())
    }
}

/// Latin letters that no language of the detector's model writes, so their recurrence
/// means a language the model does not know.
fn is_unmodelled_letter(c: char) -> bool {
    matches!(
        c,
        'þ' | 'Þ' | 'ð' | 'Ð' | 'ħ' | 'Ħ' | 'ŋ' | 'Ŋ' | 'ŧ' | 'Ŧ' | 'ĸ' | 'ƿ' | 'Ƿ'
    )
}

/// Letters of `text`, and how many of them no supported language writes.
fn letter_counts(text: &str) -> (usize, usize) {
    let mut letters = 0;
    let mut foreign = 0;
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        foreign += usize::from(is_unmodelled_letter(c));
    }
    (letters, foreign)
}

/// Whether `text` shows letters of a language outside the model (see the module doc).
pub(crate) fn has_unmodelled_letters(text: &str) -> bool {
    let (letters, foreign) = letter_counts(text);
    foreign > 0 && foreign as f64 >= FOREIGN_LETTER_SHARE * letters as f64
}

impl Detector {
    /// The language of a document from a sample of its text (a few thousand bytes of its
    /// body paragraphs suffice), or `und` with a note when the evidence is weak or points
    /// to a language the models do not know.
    pub fn document_language(&self, sample: &str) -> DocLang {
        let (letters, _) = letter_counts(sample);
        if letters == 0 {
            return und(0.0, "no letters to judge");
        }
        if has_unmodelled_letters(sample) {
            return und(
                0.0,
                "written with letters no supported language uses (a language the detector does not know); give its code with --src-lang/--tgt-lang",
            );
        }
        match self.detect(sample) {
            None => und(0.0, "no letters of an allowed language"),
            Some(d) if d.confidence() < MIN_DOCUMENT_CONFIDENCE => DocLang {
                lang: None,
                confidence: d.confidence(),
                note: Some(format!(
                    "evidence too weak (best guess {} at confidence {:.2})",
                    d.lang(),
                    d.confidence()
                )),
            },
            Some(d) => DocLang {
                lang: Some(d.lang()),
                confidence: d.confidence(),
                note: None,
            },
        }
    }
}

/// One line's language under the `--each-line` policy, with the detector's confidence.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LineLang {
    /// The language, or `None` (`und`) when the detector cannot tell or is unsure.
    pub lang: Option<Lang>,
    /// The detector's confidence in its best guess, 0–1 (0 when there was none or the
    /// line shows letters no supported language writes).
    pub confidence: f64,
}

impl LineLang {
    /// The language to write in outputs: the line's language or [`Lang::UND`].
    pub fn lang_or_und(&self) -> Lang {
        self.lang.unwrap_or(Lang::UND)
    }
}

impl Detector {
    /// The language of each line on its own, in parallel, or `None` (`und`) where the
    /// detector cannot tell, is unsure (confidence below [`MIN_LINE_CONFIDENCE`]) or the
    /// line shows letters no supported language writes: the `--each-line` policy, which
    /// must not label an Icelandic line with the nearest known language.
    pub fn line_languages(&self, lines: &[&str]) -> Vec<Option<Lang>> {
        self.line_verdicts(lines)
            .into_iter()
            .map(|l| l.lang)
            .collect()
    }

    /// [`Detector::line_languages`] with each line's confidence, so that `detect
    /// --each-line` can say how sure it is, and why a line is `und`.
    pub fn line_verdicts(&self, lines: &[&str]) -> Vec<LineLang> {
        use rayon::prelude::*;
        lines
            .par_iter()
            .map(|line| {
                if has_unmodelled_letters(line) {
                    return LineLang {
                        lang: None,
                        confidence: 0.0,
                    };
                }
                match self.detect(line) {
                    None => LineLang {
                        lang: None,
                        confidence: 0.0,
                    },
                    Some(d) => LineLang {
                        lang: (d.confidence() >= MIN_LINE_CONFIDENCE).then(|| d.lang()),
                        confidence: d.confidence(),
                    },
                }
            })
            .collect()
    }
}

fn und(confidence: f64, note: &str) -> DocLang {
    DocLang {
        lang: None,
        confidence,
        note: Some(note.to_string()),
    }
}

/// Whether two languages are close relatives that the detector confuses (es/ca/gl/pt,
/// ru/uk/bg/be/sr/mk, fa/ar/ur, zh/ja, da/nb/sv, hr/sr/bs/sl, cs/sk, id/ms): callers use it
/// to accept a relative's label instead of refusing a document outright.
pub fn same_family(a: Lang, b: Lang) -> bool {
    const GROUPS: &[&[&str]] = &[
        &["es", "ca", "gl", "pt"],
        &["ru", "uk", "bg", "be", "sr", "mk"],
        &["fa", "ar", "ur"],
        &["zh", "ja"],
        &["da", "nb", "nn", "no", "sv"],
        &["hr", "sr", "bs", "sl"],
        &["cs", "sk"],
        &["id", "ms"],
    ];
    a == b
        || GROUPS
            .iter()
            .any(|g| g.contains(&a.code()) && g.contains(&b.code()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang(c: &str) -> Lang {
        Lang::from_code(c).unwrap()
    }

    #[test]
    fn families() {
        assert!(same_family(lang("es"), lang("gl")));
        assert!(same_family(lang("sr"), lang("mk")));
        assert!(same_family(lang("sr"), lang("hr")));
        assert!(!same_family(lang("de"), lang("en")));
        assert!(same_family(Lang::EN, Lang::EN));
    }

    #[test]
    fn no_letters_is_und_with_a_note() {
        let d = Detector::builder().build().unwrap();
        let r = d.document_language("12.05.2019 — 3/4");
        assert_eq!((r.lang, r.code()), (None, "und"));
        assert!(r.note.is_some());
    }

    #[test]
    fn clear_text_gets_its_language() {
        let d = Detector::builder().build().unwrap();
        let r = d.document_language(
            "The General Assembly decided to include the item in the provisional agenda of its next session.",
        );
        assert_eq!(r.lang, Some(Lang::EN));
        assert!(r.note.is_none());
    }

    #[test]
    fn lines_are_und_when_unsure_or_foreign() {
        let d = Detector::builder().build().unwrap();
        let got = d.line_languages(&[
            "Het is een mooie dag en ik ga naar de markt.",
            "Þetta er það sem við gerðum.",
            "2019",
        ]);
        assert_eq!(got, vec![Some(lang("nl")), None, None]);
    }

    #[test]
    fn line_verdicts_carry_the_confidence_of_their_language() {
        let d = Detector::builder().build().unwrap();
        let got = d.line_verdicts(&[
            "Het is een mooie dag en ik ga naar de markt.",
            "Þetta er það sem við gerðum.",
        ]);
        assert_eq!(got[0].lang, Some(lang("nl")));
        assert!(got[0].confidence >= MIN_LINE_CONFIDENCE);
        assert_eq!(got[1].lang_or_und(), Lang::UND);
        assert_eq!(got[1].confidence, 0.0);
    }

    #[test]
    fn unmodelled_letters_need_to_recur() {
        // One þ in a long English text (a quoted name) does not make it foreign.
        let mut text =
            "The saga was written down in the thirteenth century by an unknown author. ".repeat(10);
        text.push_str("Its hero is called Þórólfr.");
        assert!(!has_unmodelled_letters(&text));
        assert!(has_unmodelled_letters("Þetta er það sem við gerðum."));
    }
}
