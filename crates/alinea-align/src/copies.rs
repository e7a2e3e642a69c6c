//! Whether a target identical to its source is untranslated text or rightly the same:
//! names, codes, dates and lists of them are kept in a translation, sentences of
//! common words are not. The document (or memory) itself tells which words are which:
//! the words its other units translate (their targets rarely repeat them) need
//! translating, those they repeat are names or codes.

use alinea_text::fxhash::FxHashMap as HashMap;
use alinea_text::fxhash::FxHashSet as HashSet;
use rayon::prelude::*;

/// An identical source and target count as untranslated only with at least this many
/// words that need translating (see [`Vocabulary`]; a character of an unspaced script
/// such as Chinese counts as a word), or one that the other units are seen to
/// translate (`Da.`, `Tovarăşe!`): names, codes, dates and one-word units are
/// legitimately the same in both languages. Chosen on ParIce en–is (the one word seen
/// translated: untranslated found .98 → 1.00 in `alinea check`, no clean unit more),
/// confirmed on the other sets.
const UNTRANSLATED_MIN_WORDS: usize = 2;
/// … and those words must be at least this share of the unit's words: a list of names
/// with one `und` in it is not an untranslated sentence.
const UNTRANSLATED_MIN_SHARE: f64 = 0.5;
/// A word needs translating when, in the other units whose source holds it, the target
/// holds it too less often than this (function words: almost never; names: almost
/// always) …
const COPY_RATE: f64 = 0.5;
/// … over at least this many other units (fewer tell nothing).
const COPY_MIN_UNITS: usize = 2;
/// A target text reads as the source language with at least this many words …
const SOURCE_TEXT_MIN_WORDS: usize = 3;
/// … of which at least this share are source words the document translates.
const SOURCE_TEXT_SHARE: f64 = 0.7;

/// The words of a text that hold a letter, lowercased; each character of an unspaced
/// script (Chinese, Japanese, Thai …) is a word.
pub fn word_tokens(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for w in text.split(|c: char| !c.is_alphanumeric() || alinea_text::script::is_unspaced(c)) {
        if w.chars().any(char::is_alphabetic) {
            out.push(w.to_lowercase());
        }
    }
    out.extend(
        text.chars()
            .filter(|&c| alinea_text::script::is_unspaced(c) && c.is_alphabetic())
            .map(String::from),
    );
    out
}

/// How the memory itself treats each source word: in how many units' sources it
/// occurs, and in how many of those the target holds it too. A word the targets
/// almost never repeat (`der`, `und`, `the`, a Chinese character in an English
/// memory) needs translating; one they usually repeat (a name, a code) does not. So
/// an identical pair is untranslated text only when it is made of words that the rest
/// of the memory translates.
#[derive(Debug, Clone, Default)]
pub struct Vocabulary {
    /// Per word: (units whose source holds it, units whose target holds it too).
    counts: HashMap<String, (usize, usize)>,
}

impl Vocabulary {
    /// The vocabulary of a memory or document: `(source, target)` per unit or bead.
    pub fn new(texts: &[(&str, &str)]) -> Vocabulary {
        let tokens: Vec<(Vec<String>, Vec<String>)> = texts
            .par_iter()
            .with_min_len(64)
            .map(|&(a, b)| (word_tokens(a), word_tokens(b)))
            .collect();
        let units: Vec<(Vec<&str>, Vec<&str>)> = tokens
            .iter()
            .map(|(a, b)| {
                (
                    a.iter().map(String::as_str).collect(),
                    b.iter().map(String::as_str).collect(),
                )
            })
            .collect();
        Vocabulary::of_words(&units)
    }

    /// The vocabulary of units given as their words ([`word_tokens`] of each side, in
    /// any order, repeats allowed): what [`Vocabulary::new`] reads from the texts, for
    /// a caller that has tokenised its sentences once already.
    pub fn of_words(units: &[(Vec<&str>, Vec<&str>)]) -> Vocabulary {
        // Per chunk of units, each source word once per unit with whether the
        // target holds it too; the chunks' counts are then added (sums, so the
        // result does not depend on the order or the thread count).
        let counted: HashMap<&str, (usize, usize)> = units
            .par_chunks(VOCABULARY_CHUNK)
            .map(|chunk| {
                let mut counts: HashMap<&str, (usize, usize)> = HashMap::default();
                let mut ws: Vec<&str> = Vec::new();
                for (a, b) in chunk {
                    ws.clear();
                    ws.extend_from_slice(a);
                    ws.sort_unstable();
                    ws.dedup();
                    let tw: HashSet<&str> = b.iter().copied().collect();
                    for &w in &ws {
                        let c = counts.entry(w).or_default();
                        c.0 += 1;
                        c.1 += usize::from(tw.contains(w));
                    }
                }
                counts
            })
            .reduce(HashMap::default, |x, y| {
                // Into the larger map.
                if x.len() < y.len() {
                    merge_counts(y, x)
                } else {
                    merge_counts(x, y)
                }
            });
        let counts = counted
            .into_iter()
            .map(|(w, c)| (w.to_owned(), c))
            .collect();
        Vocabulary { counts }
    }

    /// Whether a unit's source is made of words that need translating: at least
    /// two of them (or one that other units translate), and half of the words
    /// the memory tells anything about. A word needs translating when the other units
    /// translate it (their targets rarely repeat it), or, when it occurs in no other
    /// unit's source, when it is written in lower case (a common word, not a name); a
    /// word the other units repeat is a name or a code, and a capitalized word seen
    /// nowhere else tells nothing.
    pub fn needs_translation(&self, source: &str, target: &str) -> bool {
        let tw: HashSet<String> = word_tokens(target).into_iter().collect();
        let (mut translate, mut copy, mut seen) = (0usize, 0usize, 0usize);
        for tok in source.split_whitespace() {
            let lower_form = tok
                .chars()
                .find(|c| c.is_alphabetic())
                .is_some_and(char::is_lowercase);
            for w in word_tokens(tok) {
                let (n, copied) = self.counts.get(w.as_str()).copied().unwrap_or((0, 0));
                // The unit's own occurrence is not evidence.
                let own_copy = usize::from(tw.contains(w.as_str()));
                let (n, copied) = (n.saturating_sub(1), copied.saturating_sub(own_copy));
                if n >= COPY_MIN_UNITS {
                    if (copied as f64) < COPY_RATE * n as f64 {
                        translate += 1;
                        seen += 1;
                    } else {
                        copy += 1;
                    }
                } else if lower_form {
                    translate += 1;
                }
            }
        }
        (translate >= UNTRANSLATED_MIN_WORDS || seen >= 1)
            && translate as f64 >= UNTRANSLATED_MIN_SHARE * (translate + copy) as f64
    }

    /// Whether a target-side text reads as the source language: at least three
    /// words, and 70 % of all of them words
    /// that the document's source side holds and its targets translate. A translation
    /// shares names and codes with its source (which the targets repeat, so they do
    /// not count) and, across related languages, a few words; a sentence left in the
    /// source language is made of them. Catches an untranslated sentence the aligner
    /// paired with the wrong source sentence, where no copy is seen.
    pub fn reads_as_source(&self, text: &str) -> bool {
        self.words_read_as_source(&word_tokens(text))
    }

    /// [`Vocabulary::reads_as_source`] of a text given as its [`word_tokens`].
    pub fn words_read_as_source(&self, words: &[String]) -> bool {
        if words.len() < SOURCE_TEXT_MIN_WORDS {
            return false;
        }
        let translated = words
            .iter()
            .filter(|w| {
                self.counts.get(w.as_str()).is_some_and(|&(n, copied)| {
                    n >= COPY_MIN_UNITS && (copied as f64) < COPY_RATE * n as f64
                })
            })
            .count();
        translated as f64 >= SOURCE_TEXT_SHARE * words.len() as f64
    }
}

/// Units per parallel task of [`Vocabulary::of_words`].
const VOCABULARY_CHUNK: usize = 256;

/// Adds the counts of `y` to those of `x`.
fn merge_counts<'a>(
    mut x: HashMap<&'a str, (usize, usize)>,
    y: HashMap<&'a str, (usize, usize)>,
) -> HashMap<&'a str, (usize, usize)> {
    for (w, (n, k)) in y {
        let c = x.entry(w).or_default();
        c.0 += n;
        c.1 += k;
    }
    x
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identical_names_and_dates_are_not_untranslated_copied_sentences_are() {
        // A memory where function words are translated and names are kept.
        let mut texts: Vec<(String, String)> = (0..6)
            .map(|k| {
                (
                    format!("Der Bergsteiger Hans {k} erreichte den Gipfel und kehrte zurück."),
                    format!("L'alpiniste Hans {k} atteignit le sommet et revint."),
                )
            })
            .collect();
        texts.push((
            "Nanga Parbat , Cho Oyu , Gasherbrum .".into(),
            "Nanga Parbat , Cho Oyu , Gasherbrum .".into(),
        ));
        texts.push(("1. 1950 :".into(), "1. 1950 :".into()));
        texts.push(("Gipfel !".into(), "Gipfel !".into()));
        texts.push(("Hans !".into(), "Hans !".into()));
        texts.push(("Everest !".into(), "Everest !".into()));
        let copy = "Der Bergsteiger erreichte den Gipfel und kehrte zurück.";
        texts.push((copy.into(), copy.into()));
        let pairs: Vec<(&str, &str)> = texts
            .iter()
            .map(|(a, b)| (a.as_str(), b.as_str()))
            .collect();
        let v = Vocabulary::new(&pairs);
        assert!(!v.needs_translation(pairs[6].0, pairs[6].1));
        assert!(!v.needs_translation(pairs[7].0, pairs[7].1));
        assert!(v.needs_translation(copy, copy));
        // One word is enough when the other units translate it, never when they
        // repeat it (a name) or it occurs nowhere else with a capital.
        assert!(v.needs_translation("Gipfel !", "Gipfel !"));
        assert!(!v.needs_translation("Hans !", "Hans !"));
        assert!(!v.needs_translation("Everest !", "Everest !"));
        // Lower-case words seen nowhere else are common words, not names.
        assert!(v.needs_translation("Courtesy of uncle Bjarni.", "Courtesy of uncle Bjarni."));
    }

    #[test]
    fn a_target_made_of_the_source_words_the_document_translates_reads_as_source() {
        let texts: Vec<(String, String)> = (0..8)
            .map(|k| {
                (
                    format!("Der Bergsteiger Hans {k} erreichte den Gipfel und kehrte zurück."),
                    format!("L'alpiniste Hans {k} atteignit le sommet et revint."),
                )
            })
            .collect();
        let pairs: Vec<(&str, &str)> = texts
            .iter()
            .map(|(a, b)| (a.as_str(), b.as_str()))
            .collect();
        let v = Vocabulary::new(&pairs);
        assert!(v.reads_as_source("Der Bergsteiger erreichte den Gipfel."));
        // A translation, a list of the names the targets repeat, too few words.
        assert!(!v.reads_as_source("L'alpiniste atteignit le sommet."));
        assert!(!v.reads_as_source("Hans, Hans et Hans."));
        assert!(!v.reads_as_source("Der Gipfel."));
    }
}
