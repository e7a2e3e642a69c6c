//! The text pipeline every command starts with: read, rebuild paragraphs, find each
//! paragraph's language, split sentences.

use std::path::Path;

use alinea_lang::Detector;
use alinea_text::{read_path_limited, Document, Lang};
use anyhow::{Context, Result};

/// How to analyse inputs.
pub struct Analyzer {
    detector: Detector,
    forced: Option<Lang>,
    max_bytes: u64,
}

impl Analyzer {
    /// An analyser with the detector's allow-list; `forced` skips detection.
    pub fn new(detector: Detector, forced: Option<Lang>, max_bytes: u64) -> Analyzer {
        Analyzer {
            detector,
            forced,
            max_bytes,
        }
    }

    /// The detector in use.
    pub fn detector(&self) -> &Detector {
        &self.detector
    }

    /// Reads a file (or `-`) into text.
    pub fn read(&self, path: &Path) -> Result<String> {
        Ok(read_path_limited(path, self.max_bytes)?.into_text())
    }

    /// Reads and analyses a file.
    pub fn analyze_path(&self, path: &Path) -> Result<Document> {
        let text = self.read(path)?;
        Ok(self.analyze(text))
    }

    /// Analyses text already in memory.
    pub fn analyze(&self, text: String) -> Document {
        let mut doc = Document::parse(text);
        let langs = self.languages(&doc);
        doc.set_languages(&langs);
        doc.split_sentences();
        doc
    }

    /// Each paragraph's language: forced, or from smoothed language runs.
    pub fn languages(&self, doc: &Document) -> Vec<Option<Lang>> {
        if let Some(l) = self.forced {
            return vec![Some(l); doc.paragraphs().len()];
        }
        let units: Vec<&str> = doc.paragraphs().iter().map(|p| sample(p.text())).collect();
        let mut langs = vec![None; units.len()];
        for run in self.detector.detect_runs(&units) {
            for l in &mut langs[run.start()..run.end()] {
                *l = Some(run.lang());
            }
        }
        langs
    }
}

/// Languages a detector easily confuses with one another (same script, close kin).
fn same_family(a: Lang, b: Lang) -> bool {
    const FAMILIES: [&[&str]; 6] = [
        &["es", "pt", "ca", "gl", "it", "fr", "ro"],
        &["ru", "uk", "bg", "be", "sr", "mk"],
        &["fa", "ar", "ur", "ps"],
        &["zh", "ja"],
        &["da", "nb", "sv"],
        &["hr", "sr", "sl", "bs", "cs", "sk", "pl"],
    ];
    a == b
        || FAMILIES
            .iter()
            .any(|f| f.contains(&a.code()) && f.contains(&b.code()))
}

/// A sample of a whole document for document-level language checks: the first
/// paragraphs, up to about 8 KB.
fn document_sample(doc: &Document) -> String {
    let mut out = String::new();
    for p in doc.paragraphs() {
        if out.len() > 8192 {
            break;
        }
        out.push_str(sample(p.text()));
        out.push('\n');
    }
    out
}

impl Analyzer {
    /// The document's main language, checked against the allow-list: a document written
    /// in a language outside it is refused with a message naming the language, rather
    /// than labelled with the nearest allowed one.
    pub fn main_language(&self, doc: &Document, name: &str) -> Result<Lang> {
        let text = document_sample(doc);
        let allowed = self.detector.languages();
        let restricted = self.detector.detect(&text);
        if let Some(other) = alinea_lang::identify_unrestricted(&text) {
            // Refuse only when the unrestricted engine is sure and its answer is not a close
            // relative of the allow-listed guess: whatlang confuses Spanish with Catalan or
            // Persian with Urdu, but not German with English.
            let related = restricted.is_some_and(|d| same_family(d.lang(), other.lang()));
            if !allowed.contains(&other.lang()) && other.confidence() >= 0.9 && !related {
                let list: Vec<&str> = allowed.iter().map(|l| l.code()).collect();
                anyhow::bail!(
                    "{name}: written in a language outside the allowed list ({}); detected {} — add it with --languages if alinea should handle it",
                    list.join(", "),
                    other.lang()
                );
            }
        }
        if let Some(l) = self.forced {
            return Ok(l);
        }
        match restricted {
            Some(d) => Ok(d.lang()),
            None => anyhow::bail!("{name}: cannot tell which language it is written in (no letters of the allowed languages)"),
        }
    }
}

/// The part of a paragraph the detector reads: a few thousand bytes decide the language
/// as well as a whole book page would, and bound the cost of very long paragraphs.
pub fn sample(text: &str) -> &str {
    const LIMIT: usize = 4096;
    if text.len() <= LIMIT {
        return text;
    }
    let mut end = LIMIT;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Parses a comma-separated language list such as `en,fr,ru`.
pub fn parse_languages(list: &str) -> Result<Vec<Lang>> {
    list.split(',')
        .filter(|s| !s.trim().is_empty())
        .map(|code| {
            Lang::from_code(code).with_context(|| {
                format!("unknown language code {code:?}: use two-letter ISO 639-1 codes such as en, fr, ru, zh, ar, fa")
            })
        })
        .collect()
}

/// Builds a detector for `--languages` (default: alinea's seven), checking every code.
pub fn detector_for(languages: Option<&str>) -> Result<Detector> {
    let langs = match languages {
        Some(list) => parse_languages(list)?,
        None => Lang::DEFAULT_SET.to_vec(),
    };
    Detector::builder()
        .languages(&langs)
        .build()
        .context("cannot build the language detector")
}
