//! The engine: one configured detector, aligner and differ, reused for every document,
//! with the document-level calls every front end makes.

use std::panic::{catch_unwind, AssertUnwindSafe};

use alinea_align::{Aligner, Alignment};
use alinea_diff::{compare_across_languages, CrossDiff, Diff, DiffError, Differ, History};
use alinea_lang::Detector;
use alinea_report::{AlignReport, CrossReport, DiffReport, HistoryReport};
use alinea_text::{Document, Lang};
use serde_json::Value;

use crate::error::{Error, Result};
use crate::input::Input;
use crate::policy;
use crate::side::Side;

/// Settings of an [`Engine`]. Every setter's doc names its default.
#[derive(Debug, Clone)]
pub struct EngineBuilder {
    languages: Option<Vec<Lang>>,
    max_bytes: u64,
    threads: Option<usize>,
    dictionary: Option<(String, String)>,
    builtin_lexicon: bool,
}

impl Default for EngineBuilder {
    fn default() -> EngineBuilder {
        EngineBuilder {
            languages: None,
            max_bytes: alinea_text::read::DEFAULT_MAX_BYTES,
            threads: None,
            dictionary: None,
            builtin_lexicon: true,
        }
    }
}

impl EngineBuilder {
    /// Languages the detector may choose from. Default: every language the detector
    /// knows (no closed list; a document in a language it does not know is `und`).
    pub fn languages(&mut self, langs: &[Lang]) -> &mut Self {
        self.languages = Some(langs.to_vec());
        self
    }

    /// Inputs larger than this many bytes are refused. Default:
    /// [`alinea_text::read::DEFAULT_MAX_BYTES`].
    pub fn max_bytes(&mut self, n: u64) -> &mut Self {
        self.max_bytes = n;
        self
    }

    /// Threads of the alignment search; `0` runs on the calling rayon pool (a batch
    /// worker's own). Default: all cores.
    pub fn threads(&mut self, n: usize) -> &mut Self {
        self.threads = Some(n);
        self
    }

    /// A user dictionary, `source<TAB>target` per line, and its name for messages.
    /// Default: none (the lexicon is learned from the documents).
    pub fn dictionary(&mut self, name: impl Into<String>, text: impl Into<String>) -> &mut Self {
        self.dictionary = Some((name.into(), text.into()));
        self
    }

    /// Whether the aligner may start from a built-in lexicon of the language pair
    /// (Chinese or Japanese with English, from CC-CEDICT). Default: true.
    pub fn builtin_lexicon(&mut self, yes: bool) -> &mut Self {
        self.builtin_lexicon = yes;
        self
    }

    /// The limit set with [`EngineBuilder::max_bytes`].
    pub fn max_bytes_limit(&self) -> u64 {
        self.max_bytes
    }

    /// Builds the engine.
    ///
    /// # Errors
    ///
    /// [`Error::Lang`] for an empty language list, [`Error::Dictionary`] for a dictionary
    /// that cannot be parsed, [`Error::Align`] when the thread pool cannot be built.
    pub fn build(&self) -> Result<Engine> {
        let mut detector = Detector::builder();
        if let Some(langs) = &self.languages {
            detector.languages(langs);
        }
        let detector = detector.build()?;
        let mut b = Aligner::builder();
        if let Some(n) = self.threads {
            b.threads(n);
        }
        if let Some((_, text)) = &self.dictionary {
            b.dictionary(text);
        }
        b.builtin_lexicon(self.builtin_lexicon);
        let aligner = b.build().map_err(|source| match &self.dictionary {
            Some((name, _)) => Error::Dictionary {
                name: name.clone(),
                source,
            },
            None => Error::Align(source),
        })?;
        Ok(Engine {
            detector,
            aligner,
            differ: Differ::default(),
            max_bytes: self.max_bytes,
        })
    }
}

/// A document read and analysed: paragraphs, structure, languages, sentences.
#[derive(Debug, Clone)]
pub struct Analyzed {
    name: String,
    doc: Document,
}

impl Analyzed {
    /// The name shown in reports.
    pub fn name(&self) -> &str {
        &self.name
    }
    /// The document model.
    pub fn document(&self) -> &Document {
        &self.doc
    }
}

/// A language run of a document in line numbers, as `alinea detect` prints it.
#[derive(Debug, Clone, PartialEq)]
pub struct LineRun {
    /// The run's language.
    pub lang: Lang,
    /// First line, 1-based.
    pub first_line: usize,
    /// Last line, 1-based, inclusive.
    pub last_line: usize,
    /// The detector's confidence, 0–1.
    pub confidence: f64,
}

/// Two translations aligned.
#[derive(Debug, Clone)]
pub struct AlignedPair {
    /// The source side.
    pub src: Side,
    /// The target side.
    pub tgt: Side,
    /// Sentence beads.
    pub alignment: Alignment,
}

impl AlignedPair {
    /// What a user should know about the inputs (an `und` language, and why).
    pub fn notes(&self) -> Vec<&str> {
        [&self.src.note, &self.tgt.note]
            .into_iter()
            .flatten()
            .map(String::as_str)
            .collect()
    }
}

impl AlignedPair {
    /// What every alignment renderer takes.
    pub fn report(&self) -> AlignReport<'_> {
        AlignReport {
            src_name: &self.src.name,
            tgt_name: &self.tgt.name,
            src_lang: self.src.lang,
            tgt_lang: self.tgt.lang,
            src: &self.src.sentences,
            tgt: &self.tgt.sentences,
            alignment: &self.alignment,
        }
    }
}

/// What a comparison of two versions found.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)] // One per comparison; boxing buys nothing.
pub enum Comparison {
    /// Same language: paragraph fates and word redlines.
    Diff(Diff),
    /// Different languages: aligned paragraphs and anchor changes.
    CrossLanguage(CrossDiff),
}

/// Two versions compared.
#[derive(Debug, Clone)]
pub struct Compared {
    /// The older version.
    pub old: Analyzed,
    /// The newer version.
    pub new: Analyzed,
    /// The older version's language.
    pub old_lang: Lang,
    /// The newer version's language.
    pub new_lang: Lang,
    /// The result.
    pub comparison: Comparison,
}

impl Compared {
    /// The comparison JSON (see [`alinea_report::json`]).
    pub fn to_json(&self) -> Value {
        match &self.comparison {
            Comparison::Diff(d) => {
                alinea_report::json::diff_json(d, Some(self.old_lang), Some(self.new_lang))
            }
            Comparison::CrossLanguage(c) => alinea_report::json::cross_json(c),
        }
    }

    /// The renderer input of a same-language diff.
    pub fn diff_report(&self) -> Option<DiffReport<'_>> {
        match &self.comparison {
            Comparison::Diff(diff) => Some(DiffReport {
                old_name: &self.old.name,
                new_name: &self.new.name,
                old: &self.old.doc,
                new: &self.new.doc,
                lang: Some(self.old_lang),
                diff,
            }),
            Comparison::CrossLanguage(_) => None,
        }
    }

    /// The renderer input of a cross-language comparison.
    pub fn cross_report(&self) -> Option<CrossReport<'_>> {
        match &self.comparison {
            Comparison::CrossLanguage(cross) => Some(CrossReport {
                old_name: &self.old.name,
                new_name: &self.new.name,
                old: &self.old.doc,
                new: &self.new.doc,
                old_lang: self.old_lang,
                new_lang: self.new_lang,
                cross,
            }),
            Comparison::Diff(_) => None,
        }
    }
}

/// A series of versions followed through.
#[derive(Debug, Clone)]
pub struct SeriesHistory {
    /// Their common language.
    pub lang: Lang,
    /// Every paragraph's lineage.
    pub history: History,
    /// The diff of each consecutive pair.
    pub diffs: Vec<Diff>,
    names: Vec<String>,
    docs: Vec<Document>,
}

impl SeriesHistory {
    /// The versions' names.
    pub fn names(&self) -> &[String] {
        &self.names
    }

    /// The versions' documents, oldest first.
    pub fn documents(&self) -> &[Document] {
        &self.docs
    }

    /// The history JSON (see [`alinea_report::json`]).
    pub fn to_json(&self) -> Value {
        alinea_report::json::history_json(&self.history, &self.names, Some(self.lang))
    }

    /// What the history renderers take.
    pub fn report(&self) -> HistoryReport<'_> {
        HistoryReport {
            names: &self.names,
            docs: &self.docs,
            lang: Some(self.lang),
            history: &self.history,
            diffs: &self.diffs,
        }
    }
}

/// The configured engines. Build once with [`Engine::builder`], reuse for every document;
/// `Engine` is `Sync`, so threads may share one.
#[derive(Debug)]
pub struct Engine {
    detector: Detector,
    aligner: Aligner,
    differ: Differ,
    max_bytes: u64,
}

impl Engine {
    /// The settings, with their defaults.
    pub fn builder() -> EngineBuilder {
        EngineBuilder::default()
    }

    /// The language detector in use.
    pub fn detector(&self) -> &Detector {
        &self.detector
    }

    /// The aligner in use.
    pub(crate) fn aligner(&self) -> &Aligner {
        &self.aligner
    }

    /// The input size limit.
    pub fn max_bytes(&self) -> u64 {
        self.max_bytes
    }

    /// Reads an input's text with the engine's size limit.
    ///
    /// # Errors
    ///
    /// See [`Input::load`].
    pub fn read(&self, input: &Input) -> Result<String> {
        input.load(self.max_bytes)
    }

    /// Reads and analyses a document; `lang` gives every paragraph that language instead
    /// of detecting it.
    ///
    /// # Errors
    ///
    /// See [`Input::load`].
    pub fn analyze(&self, input: &Input, lang: Option<Lang>) -> Result<Analyzed> {
        let text = self.read(input)?;
        Ok(self.analyze_text(input.name(), text, lang))
    }

    /// Analyses text already in memory (no size or encoding checks).
    pub fn analyze_text(
        &self,
        name: impl Into<String>,
        text: String,
        lang: Option<Lang>,
    ) -> Analyzed {
        let mut doc = Document::parse(text);
        let langs = match lang {
            Some(l) => vec![Some(l); doc.paragraphs().len()],
            None => policy::paragraph_languages(&self.detector, &doc),
        };
        doc.set_languages(&langs);
        doc.split_sentences();
        Analyzed {
            name: name.into(),
            doc,
        }
    }

    /// Reads one version of a comparison: as [`Engine::analyze`], but the paragraphs'
    /// languages come from one detection per document on a sample (a diff reads only
    /// the document's language; bilingual documents still get per-paragraph languages),
    /// and sentences are not split (diffs and cross-language comparisons work on
    /// paragraphs and words).
    fn analyze_version(&self, input: &Input) -> Result<Analyzed> {
        let text = self.read(input)?;
        let mut doc = Document::parse(text);
        doc.set_languages(&policy::sampled_paragraph_languages(&self.detector, &doc));
        Ok(Analyzed {
            name: input.name(),
            doc,
        })
    }

    /// Reads a presplit input: one sentence per line, line numbers as sentence indices.
    ///
    /// # Errors
    ///
    /// [`Error::Presplit`] for an empty line, and see [`Input::load`].
    pub fn analyze_presplit(&self, input: &Input) -> Result<Analyzed> {
        let mut a = self.read_presplit(input)?;
        let langs = policy::paragraph_languages(&self.detector, &a.doc);
        a.doc.set_languages(&langs);
        Ok(a)
    }

    /// A presplit input without its lines' languages, for a side whose language is
    /// given: detecting every line of a 6,500-line book would be thrown away.
    fn read_presplit(&self, input: &Input) -> Result<Analyzed> {
        let name = input.name();
        let text = self.read(input)?;
        let doc = Document::presplit(text).map_err(|source| Error::Presplit {
            name: name.clone(),
            source,
        })?;
        Ok(Analyzed { name, doc })
    }

    /// The one language that speaks for a whole document: its dominant language, after
    /// checking that the document is not written in a language outside the allow-list.
    ///
    /// # Errors
    ///
    /// [`Error::OutsideAllowList`] naming the language found, [`Error::UnknownLanguage`]
    /// when no language can be told.
    pub fn document_language(&self, a: &Analyzed) -> Result<Lang> {
        Ok(self.document_language_verdict(a)?.0)
    }

    /// The document's language with the note that explains an `und` (see
    /// [`Engine::document_language`]): [`Lang::UND`] when the models cannot tell or do not
    /// know the language, never the nearest known one.
    ///
    /// # Errors
    ///
    /// [`Error::OutsideAllowList`] naming the language found.
    pub fn document_language_verdict(&self, a: &Analyzed) -> Result<(Lang, Option<String>)> {
        let text = policy::document_sample(&a.doc);
        policy::check_allowed(&self.detector, &text, &a.name)?;
        let verdict = self.detector.document_language(&text);
        let Some(whole) = verdict.lang else {
            let why = verdict.note.unwrap_or_else(|| "cannot tell".to_string());
            let note = format!(
                "{}: language undetermined ({why}); labelled und — give it with --src-lang / --tgt-lang",
                a.name
            );
            return Ok((Lang::UND, Some(note)));
        };
        Ok((policy::dominant_language(&a.doc).unwrap_or(whole), None))
    }

    /// The document's language runs in line numbers, covering every line: a run reaches
    /// up to the line before the next run starts, so blank lines and page furniture
    /// between two languages belong to the first.
    pub fn language_runs(&self, a: &Analyzed) -> Vec<LineRun> {
        let doc = &a.doc;
        let units: Vec<&str> = doc
            .paragraphs()
            .iter()
            .map(|p| policy::sample(p.text()))
            .collect();
        let runs = self.detector.detect_runs(&units);
        let total_lines = doc.lines().len().max(1);
        let mut out = Vec::with_capacity(runs.len());
        for (k, run) in runs.iter().enumerate() {
            let first_line = if k == 0 {
                1
            } else {
                doc.paragraphs()[run.start()].lines().0
            };
            let last = match runs.get(k + 1) {
                Some(next) => doc.paragraphs()[next.start()].lines().0 - 1,
                None => total_lines,
            };
            // A run in a language the models do not know (Icelandic letters) is `und`,
            // never the nearest known language.
            let sample = policy::paragraphs_sample(&doc.paragraphs()[run.range()]);
            let lang = if self.detector.document_language(&sample).lang.is_some() {
                run.lang()
            } else {
                Lang::UND
            };
            out.push(LineRun {
                lang,
                first_line,
                last_line: last.max(first_line),
                confidence: run.confidence(),
            });
        }
        out
    }

    /// One language per line of `text`, in parallel: `None` (`und`) where the detector
    /// cannot tell or is unsure (see [`Detector::line_languages`]).
    pub fn detect_lines(&self, text: &str) -> Vec<Option<Lang>> {
        let lines: Vec<&str> = alinea_text::lines::split_lines(text)
            .iter()
            .map(|l| &text[l.span.range()])
            .collect();
        self.detector.line_languages(&lines)
    }

    /// [`Engine::detect_lines`] with each line's confidence, as `detect --each-line`
    /// prints it.
    pub fn line_verdicts(&self, text: &str) -> Vec<alinea_lang::LineLang> {
        let lines: Vec<&str> = alinea_text::lines::split_lines(text)
            .iter()
            .map(|l| &text[l.span.range()])
            .collect();
        self.detector.line_verdicts(&lines)
    }

    /// A document as one side of an alignment (its paragraphs and sentences), in `lang` or
    /// its own language.
    ///
    /// # Errors
    ///
    /// [`Error::NoSentences`], and the errors of [`Engine::document_language`].
    pub fn side(&self, a: &Analyzed, lang: Option<Lang>) -> Result<Side> {
        self.side_of(a, lang, false)
    }

    fn side_of(&self, a: &Analyzed, lang: Option<Lang>, presplit: bool) -> Result<Side> {
        if a.doc.sentences().is_empty() {
            return Err(Error::NoSentences {
                name: a.name.clone(),
            });
        }
        let (lang, note) = match lang {
            Some(l) => (l, None),
            None => self.document_language_verdict(a)?,
        };
        let mut side = Side::from_doc(a.name.clone(), &a.doc, lang, |_| true);
        side.note = note;
        if presplit {
            side.paras.clear();
        }
        Ok(side)
    }

    /// Aligns two sides: paragraphs first, then sentences inside aligned paragraphs,
    /// when both sides have paragraphs; sentence by sentence otherwise (presplit input).
    fn align_sides(&self, src: Side, tgt: Side) -> Result<AlignedPair> {
        let alignment = guard(|| {
            if src.paras.is_empty() || tgt.paras.is_empty() {
                self.aligner
                    .align(&src.sentences, &tgt.sentences, src.lang, tgt.lang)
            } else {
                self.aligner
                    .align_hierarchical(&src.paras, &tgt.paras, src.lang, tgt.lang)
                    .sentences()
                    .clone()
            }
        })?;
        Ok(AlignedPair {
            src,
            tgt,
            alignment,
        })
    }

    /// Reads, analyses and aligns two translations. A language left `None` is the
    /// document's own (see [`Engine::document_language`]).
    ///
    /// # Errors
    ///
    /// Reading errors, and the language errors of [`Engine::document_language`].
    pub fn align(
        &self,
        src: &Input,
        tgt: &Input,
        src_lang: Option<Lang>,
        tgt_lang: Option<Lang>,
    ) -> Result<AlignedPair> {
        let a = guard(|| self.analyze(src, None))??;
        let b = guard(|| self.analyze(tgt, None))??;
        self.align_documents(&a, &b, src_lang, tgt_lang)
    }

    /// Aligns two analysed documents.
    ///
    /// # Errors
    ///
    /// As [`Engine::align`].
    pub fn align_documents(
        &self,
        src: &Analyzed,
        tgt: &Analyzed,
        src_lang: Option<Lang>,
        tgt_lang: Option<Lang>,
    ) -> Result<AlignedPair> {
        let s = self.side_of(src, src_lang, false)?;
        let t = self.side_of(tgt, tgt_lang, false)?;
        self.align_sides(s, t)
    }

    /// Aligns two presplit files (one sentence per line) sentence by sentence.
    ///
    /// # Errors
    ///
    /// As [`Engine::align`], and [`Error::Presplit`].
    pub fn align_presplit(
        &self,
        src: &Input,
        tgt: &Input,
        src_lang: Option<Lang>,
        tgt_lang: Option<Lang>,
    ) -> Result<AlignedPair> {
        // A side whose language is given needs no line languages; the verdict of one
        // that is not reads its dominant language from them.
        let read = |input: &Input, lang: Option<Lang>| match lang {
            Some(_) => self.read_presplit(input),
            None => self.analyze_presplit(input),
        };
        let s = self.side_of(&read(src, src_lang)?, src_lang, true)?;
        let t = self.side_of(&read(tgt, tgt_lang)?, tgt_lang, true)?;
        self.align_sides(s, t)
    }

    /// Reads one file holding two languages (seed 000) and aligns them.
    ///
    /// # Errors
    ///
    /// As [`Engine::align_mixed_document`].
    pub fn align_mixed(
        &self,
        input: &Input,
        src_lang: Option<Lang>,
        tgt_lang: Option<Lang>,
    ) -> Result<AlignedPair> {
        let a = self.analyze(input, None)?;
        self.align_mixed_document(&a, src_lang, tgt_lang)
    }

    /// Aligns the two languages of one document: the two with the most text become the
    /// sides, in order of first appearance unless languages are given.
    ///
    /// # Errors
    ///
    /// [`Error::OneLanguage`] when the document holds one language only,
    /// [`Error::MissingSide`] when a given language has no text.
    pub fn align_mixed_document(
        &self,
        a: &Analyzed,
        src: Option<Lang>,
        tgt: Option<Lang>,
    ) -> Result<AlignedPair> {
        let (doc, name) = (&a.doc, &a.name);
        let mut weight: Vec<(Lang, usize, usize)> = Vec::new(); // lang, bytes, first paragraph
        for (i, p) in doc.paragraphs().iter().enumerate() {
            let Some(l) = p.lang() else { continue };
            match weight.iter_mut().find(|(x, _, _)| *x == l) {
                Some(e) => e.1 += p.text().len(),
                None => weight.push((l, p.text().len(), i)),
            }
        }
        weight.sort_by_key(|w| std::cmp::Reverse(w.1));
        let (la, lb) = match (src, tgt) {
            (Some(s), Some(t)) => (s, t),
            _ => {
                if weight.len() < 2 {
                    return Err(Error::OneLanguage {
                        name: name.clone(),
                        found: weight
                            .first()
                            .map_or("none".to_string(), |w| w.0.to_string()),
                    });
                }
                let (mut x, mut y) = (weight[0], weight[1]);
                if y.2 < x.2 {
                    std::mem::swap(&mut x, &mut y);
                }
                (src.unwrap_or(x.0), tgt.unwrap_or(y.0))
            }
        };
        let keep = |lang: Lang| move |i: usize| doc.paragraphs()[i].lang() == Some(lang);
        let sa = Side::from_doc(format!("{name} [{la}]"), doc, la, keep(la));
        let sb = Side::from_doc(format!("{name} [{lb}]"), doc, lb, keep(lb));
        if sa.sentences.is_empty() || sb.sentences.is_empty() {
            return Err(Error::MissingSide {
                name: name.clone(),
                a: la,
                b: lb,
            });
        }
        self.align_sides(sa, sb)
    }

    /// Reads and compares two versions of one text. Versions in the same language get a
    /// diff (paragraph fates, word redlines); versions in different languages a
    /// cross-language comparison. This is the one place that decides which.
    ///
    /// # Errors
    ///
    /// Reading and language errors, and [`Error::Version`] naming an empty version.
    pub fn compare(&self, old: &Input, new: &Input) -> Result<Compared> {
        let old = guard(|| self.analyze_version(old))??;
        let new = guard(|| self.analyze_version(new))??;
        self.compare_documents(old, new)
    }

    /// Compares two analysed versions (see [`Engine::compare`]).
    ///
    /// # Errors
    ///
    /// As [`Engine::compare`].
    pub fn compare_documents(&self, old: Analyzed, new: Analyzed) -> Result<Compared> {
        let old_lang = self.document_language(&old)?;
        let new_lang = self.document_language(&new)?;
        let names = [old.name.clone(), new.name.clone()];
        // A few words are no evidence of a language change ("a 1" against "b 1" is not
        // Spanish against English): only documents long enough to tell get a
        // cross-language comparison.
        let telling = |a: &Analyzed| {
            a.doc
                .paragraphs()
                .iter()
                .flat_map(|p| p.text().chars())
                .filter(|c| c.is_alphabetic())
                .take(MIN_LETTERS_FOR_LANGUAGE)
                .count()
                >= MIN_LETTERS_FOR_LANGUAGE
        };
        let same = old_lang == new_lang || !telling(&old) || !telling(&new);
        let comparison = if same {
            Comparison::Diff(
                guard(|| self.differ.diff(&old.doc, &new.doc))?
                    .map_err(|e| name_version(e, &names))?,
            )
        } else {
            Comparison::CrossLanguage(
                guard(|| {
                    compare_across_languages(&self.aligner, &old.doc, old_lang, &new.doc, new_lang)
                })?
                .map_err(|e| name_version(e, &names))?,
            )
        };
        Ok(Compared {
            old,
            new,
            old_lang,
            new_lang,
            comparison,
        })
    }

    /// Reads a series of versions (oldest first) and follows every paragraph through it.
    ///
    /// # Errors
    ///
    /// [`Error::TooFewVersions`], [`Error::MixedHistory`] for versions in different
    /// languages, and the errors of [`Engine::compare`].
    pub fn history(&self, inputs: &[Input]) -> Result<SeriesHistory> {
        if inputs.len() < 2 {
            return Err(Error::TooFewVersions(inputs.len()));
        }
        let docs = inputs
            .iter()
            .map(|i| self.analyze_version(i))
            .collect::<Result<Vec<_>>>()?;
        self.history_documents(docs)
    }

    /// Follows every paragraph through analysed versions (see [`Engine::history`]).
    ///
    /// # Errors
    ///
    /// As [`Engine::history`].
    pub fn history_documents(&self, versions: Vec<Analyzed>) -> Result<SeriesHistory> {
        if versions.len() < 2 {
            return Err(Error::TooFewVersions(versions.len()));
        }
        let langs = versions
            .iter()
            .map(|v| self.document_language(v))
            .collect::<Result<Vec<_>>>()?;
        if let Some(k) = langs.iter().position(|l| *l != langs[0]) {
            return Err(Error::MixedHistory {
                name: versions[k].name.clone(),
                lang: langs[k],
                first: versions[0].name.clone(),
                first_lang: langs[0],
            });
        }
        let (names, docs): (Vec<String>, Vec<Document>) =
            versions.into_iter().map(|v| (v.name, v.doc)).unzip();
        let (history, diffs) = guard(|| self.differ.history_with_diffs(&docs))?
            .map_err(|e| name_version(e, &names))?;
        Ok(SeriesHistory {
            lang: langs[0],
            history,
            diffs,
            names,
            docs,
        })
    }
}

/// Letters a document needs before its language is trusted to differ from another's
/// (trigram detectors are unreliable on fewer than about twenty letters).
const MIN_LETTERS_FOR_LANGUAGE: usize = 20;

/// Puts the version's name on errors that name a version by its index.
fn name_version(e: DiffError, names: &[String]) -> Error {
    match e {
        DiffError::EmptyVersion { index } => Error::Version {
            name: names.get(index).cloned().unwrap_or_default(),
            source: e,
        },
        other => Error::Diff(other),
    }
}

/// Runs engine code, turning a panic into an error for this document alone: in a batch
/// of thousands, one document that trips a bug must not take the others down.
pub(crate) fn guard<T>(f: impl FnOnce() -> T) -> Result<T> {
    catch_unwind(AssertUnwindSafe(f)).map_err(|panic| {
        let msg = panic
            .downcast_ref::<&str>()
            .map(|s| (*s).to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".to_string());
        Error::Internal(msg)
    })
}
