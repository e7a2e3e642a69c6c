//! The language policy: which languages a document's paragraphs are in, and which one
//! language speaks for a whole document. Every front end (commands, batch, demo, eval,
//! bindings) asks here, so `detect`, `align` and `diff` never disagree about a file.

use alinea_lang::Detector;
use alinea_text::{Document, Lang};

use crate::error::{Error, Result};

/// Parses a comma-separated list of ISO 639-1 codes (`en,fr,ru`), refusing unknown ones.
///
/// # Errors
///
/// [`Error::UnknownLanguageCode`] naming the first code alinea cannot use.
pub fn parse_languages(list: &str) -> Result<Vec<Lang>> {
    list.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(parse_language)
        .collect()
}

/// Parses one ISO 639-1 code.
///
/// # Errors
///
/// [`Error::UnknownLanguageCode`] when alinea does not know the code.
pub fn parse_language(code: &str) -> Result<Lang> {
    Lang::parse_known(code).map_err(|_| Error::UnknownLanguageCode {
        code: code.to_string(),
    })
}

/// The part of a paragraph the detector reads: a few thousand bytes decide the language
/// as well as a whole book page would, and bound the cost of very long paragraphs.
pub fn sample(text: &str) -> &str {
    cut(text, 4096)
}

/// At most the first `limit` bytes of `text`, on a character boundary.
fn cut(text: &str, limit: usize) -> &str {
    if text.len() <= limit {
        return text;
    }
    let mut end = limit;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// A sample of a whole document for document-level checks: the first paragraphs, up to
/// about 8 KB.
pub(crate) fn document_sample(doc: &Document) -> String {
    paragraphs_sample(doc.paragraphs())
}

/// The first of `paras`, up to about 8 KB, each cut by [`sample`]: what a document-level
/// language verdict reads, for a whole document or one language run of it.
pub(crate) fn paragraphs_sample(paras: &[alinea_text::Paragraph]) -> String {
    let mut out = String::new();
    for p in paras {
        if out.len() > 8192 {
            break;
        }
        out.push_str(sample(p.text()));
        out.push('\n');
    }
    out
}

/// Each paragraph's language, from the detector's smoothed runs over the paragraphs.
pub(crate) fn paragraph_languages(detector: &Detector, doc: &Document) -> Vec<Option<Lang>> {
    let units: Vec<&str> = doc.paragraphs().iter().map(|p| sample(p.text())).collect();
    let mut langs = vec![None; units.len()];
    for run in detector.detect_runs(&units) {
        for l in &mut langs[run.start()..run.end()] {
            *l = Some(run.lang());
        }
    }
    langs
}

/// How many paragraphs of a long document a comparison reads to tell its language,
/// and how much of each.
const VERSION_SAMPLE_PARAGRAPHS: usize = 48;
const VERSION_SAMPLE_BYTES: usize = 1024;

/// Each paragraph's language for a comparison (`diff`, `history`), detected once per
/// document: on the longest paragraph of each of [`VERSION_SAMPLE_PARAGRAPHS`] equal
/// stretches of the document. When the sample holds one language, every paragraph gets
/// it; a sample with two or more (a bilingual declaration, a translation with the
/// original after it) falls back to [`paragraph_languages`]. The diff itself does not
/// read paragraph languages, only the document's verdict; per-paragraph detection
/// of a 1.5 MB book was about 40 % of its diff.
pub(crate) fn sampled_paragraph_languages(
    detector: &Detector,
    doc: &Document,
) -> Vec<Option<Lang>> {
    let paras = doc.paragraphs();
    if paras.len() <= 2 * VERSION_SAMPLE_PARAGRAPHS {
        return paragraph_languages(detector, doc);
    }
    let stretch = paras.len().div_ceil(VERSION_SAMPLE_PARAGRAPHS);
    let picks: Vec<&str> = paras
        .chunks(stretch)
        .filter_map(|c| c.iter().max_by_key(|p| p.text().len()))
        .map(|p| cut(p.text(), VERSION_SAMPLE_BYTES))
        .collect();
    let runs = detector.detect_runs(&picks);
    match runs.first() {
        Some(first) if runs.iter().all(|r| r.lang() == first.lang()) => {
            vec![Some(first.lang()); paras.len()]
        }
        _ => paragraph_languages(detector, doc),
    }
}

/// Checks a document against the allow-list: a document written in a language outside
/// it is refused with a message naming the language, rather than labelled with the
/// nearest allowed one.
pub(crate) fn check_allowed(detector: &Detector, text: &str, name: &str) -> Result<()> {
    let allowed = detector.languages();
    let restricted = detector.detect(text);
    if let Some(other) = alinea_lang::identify_unrestricted(text) {
        // Refuse only when the unrestricted engine is sure and its answer is not a close
        // relative of the allow-listed guess: whatlang confuses Spanish with Catalan or
        // Persian with Urdu, but not German with English.
        let related = restricted.is_some_and(|d| alinea_lang::same_family(d.lang(), other.lang()));
        if !allowed.contains(&other.lang()) && other.confidence() >= 0.9 && !related {
            let list: Vec<&str> = allowed.iter().map(|l| l.code()).collect();
            return Err(Error::OutsideAllowList {
                name: name.to_string(),
                allowed: list.join(", "),
                detected: other.lang(),
            });
        }
    }
    Ok(())
}

/// The language covering most of the document's text (by bytes of its paragraphs).
pub(crate) fn dominant_language(doc: &Document) -> Option<Lang> {
    let mut weight: Vec<(Lang, usize)> = Vec::new();
    for p in doc.paragraphs() {
        let Some(l) = p.lang() else { continue };
        match weight.iter_mut().find(|(x, _)| *x == l) {
            Some(e) => e.1 += p.text().len(),
            None => weight.push((l, p.text().len())),
        }
    }
    weight.into_iter().max_by_key(|e| e.1).map(|e| e.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_checked() {
        assert_eq!(parse_languages("en, FR,,ru").unwrap().len(), 3);
        let err = parse_languages("en,english").unwrap_err();
        assert!(err.to_string().contains("\"english\""), "{err}");
        assert!(parse_language("xx").is_err(), "xx is no ISO 639-1 code");
    }

    #[test]
    fn samples_cut_on_char_boundaries() {
        let s = "й".repeat(5000);
        assert!(sample(&s).len() <= 4096 && s.starts_with(sample(&s)));
    }
}
