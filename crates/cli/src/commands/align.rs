//! `alinea align`: align two translations (two files, or one file holding both).

use std::path::{Path, PathBuf};

use alinea_align::{Aligner, Alignment, ParaInput};
use alinea_report::{render_alignment, AlignFormat, AlignReport};
use alinea_text::{Document, Lang};
use anyhow::{bail, Context, Result};

use crate::args::{AlignArgs, AlignFormatArg};
use crate::output::Output;
use crate::pipeline::{detector_for, parse_languages, Analyzer};

/// One side of an alignment: its sentences and language.
pub struct Side {
    /// Name shown in reports.
    pub name: String,
    /// Sentences, in order.
    pub sentences: Vec<String>,
    /// Language.
    pub lang: Lang,
    /// Its paragraphs (sentences and labels), for the two-level alignment; empty for
    /// presplit input, which is aligned sentence by sentence.
    pub paras: Vec<ParaInput>,
}

impl Side {
    fn from_doc<F: Fn(usize) -> bool>(name: String, doc: &Document, lang: Lang, keep: F) -> Side {
        let mut sentences = Vec::new();
        let mut paras = Vec::new();
        for (i, p) in doc.paragraphs().iter().enumerate() {
            if !keep(i) || p.sentence_range().is_empty() {
                continue;
            }
            let texts: Vec<String> = doc.sentences()[p.sentence_range()]
                .iter()
                .map(|s| doc.sentence_text(s).to_string())
                .collect();
            sentences.extend(texts.iter().cloned());
            let mut para = ParaInput::new(texts);
            if let Some(l) = p.label() {
                para = para.with_label(l.value.clone());
            }
            paras.push(para);
        }
        Side {
            name,
            sentences,
            lang,
            paras,
        }
    }
}

/// Aligns two sides: paragraphs first, then sentences inside aligned paragraphs, when both
/// sides have paragraphs; sentence by sentence otherwise (presplit input).
pub fn align_sides(aligner: &Aligner, src: &Side, tgt: &Side) -> Alignment {
    if src.paras.is_empty() || tgt.paras.is_empty() {
        aligner.align(&src.sentences, &tgt.sentences, src.lang, tgt.lang)
    } else {
        aligner
            .align_hierarchical(&src.paras, &tgt.paras, src.lang, tgt.lang)
            .sentences()
            .clone()
    }
}

/// Runs the command.
pub fn run(args: &AlignArgs, max_bytes: u64) -> Result<()> {
    let (src, tgt) = load_sides(args, max_bytes)?;
    let aligner = build_aligner(args)?;
    let alignment = align_sides(&aligner, &src, &tgt);
    let inputs: Vec<&Path> = args.files.iter().map(PathBuf::as_path).collect();
    let mut out = Output::create(args.output.as_deref(), &inputs)?;
    write_report(&src, &tgt, &alignment, args.format.into(), out.writer())?;
    out.finish()
}

/// Renders an alignment of two sides.
pub fn write_report(
    src: &Side,
    tgt: &Side,
    alignment: &Alignment,
    format: AlignFormat,
    w: &mut dyn std::io::Write,
) -> Result<()> {
    let report = AlignReport {
        src_name: &src.name,
        tgt_name: &tgt.name,
        src_lang: src.lang,
        tgt_lang: tgt.lang,
        src: &src.sentences,
        tgt: &tgt.sentences,
        alignment,
    };
    render_alignment(&report, format, w).context("cannot write the alignment")
}

fn build_aligner(args: &AlignArgs) -> Result<Aligner> {
    let mut b = Aligner::builder();
    if let Some(n) = args.threads {
        b.threads(n);
    }
    if let Some(dict) = &args.dict {
        let text = alinea_text::read_path(dict)?.into_text();
        b.dictionary(&text);
    }
    b.build().with_context(|| match &args.dict {
        Some(d) => format!("{}: cannot use this dictionary", d.display()),
        None => "cannot build the aligner".to_string(),
    })
}

fn forced(code: &Option<String>) -> Result<Option<Lang>> {
    Ok(match code {
        Some(c) => parse_languages(c)?.first().copied(),
        None => None,
    })
}

/// Reads the two sides from the arguments.
pub fn load_sides(args: &AlignArgs, max_bytes: u64) -> Result<(Side, Side)> {
    let detector = detector_for(args.languages.as_deref())?;
    let analyzer = Analyzer::new(detector, None, max_bytes);
    let src_lang = forced(&args.src_lang)?;
    let tgt_lang = forced(&args.tgt_lang)?;
    match args.files.as_slice() {
        [one] => {
            if args.presplit {
                bail!("--presplit needs two files, one sentence per line each");
            }
            split_by_language(&analyzer, one, src_lang, tgt_lang)
        }
        [src, tgt] => Ok((
            side(&analyzer, src, src_lang, args.presplit)?,
            side(&analyzer, tgt, tgt_lang, args.presplit)?,
        )),
        _ => bail!("give two files (source and target), or one file that holds both languages"),
    }
}

fn side(analyzer: &Analyzer, path: &Path, lang: Option<Lang>, presplit: bool) -> Result<Side> {
    let name = path.display().to_string();
    if presplit {
        let text = analyzer.read(path)?;
        let doc = Document::presplit(text).with_context(|| name.clone())?;
        let mut side = side_from_doc(analyzer, name, &doc, lang)?;
        side.paras.clear();
        return Ok(side);
    }
    let doc = analyzer.analyze_path(path)?;
    side_from_doc(analyzer, name, &doc, lang)
}

/// A side from an analysed document; its language is `lang` or the document's dominant one.
pub fn side_from_doc(
    analyzer: &Analyzer,
    name: String,
    doc: &Document,
    lang: Option<Lang>,
) -> Result<Side> {
    if lang.is_none() {
        // Refuses a document in a language outside the allow-list, naming it.
        analyzer.main_language(doc, &name)?;
    }
    let lang = match lang {
        Some(l) => l,
        None => dominant_language(analyzer, doc).with_context(|| {
            format!("{name}: cannot tell its language; give it with --src-lang / --tgt-lang")
        })?,
    };
    Ok(Side::from_doc(name, doc, lang, |_| true))
}

/// The language covering most of the document's text.
fn dominant_language(analyzer: &Analyzer, doc: &Document) -> Option<Lang> {
    let langs = if doc.paragraphs().iter().all(|p| p.lang().is_none()) {
        analyzer.languages(doc)
    } else {
        doc.paragraphs().iter().map(|p| p.lang()).collect()
    };
    let mut weight: Vec<(Lang, usize)> = Vec::new();
    for (p, l) in doc.paragraphs().iter().zip(langs) {
        let Some(l) = l else { continue };
        match weight.iter_mut().find(|(x, _)| *x == l) {
            Some(e) => e.1 += p.text().len(),
            None => weight.push((l, p.text().len())),
        }
    }
    weight.into_iter().max_by_key(|e| e.1).map(|e| e.0)
}

/// One file holding two languages (seed 000): the two languages with the most text become
/// the sides, in order of first appearance unless languages are given.
fn split_by_language(
    analyzer: &Analyzer,
    path: &Path,
    src: Option<Lang>,
    tgt: Option<Lang>,
) -> Result<(Side, Side)> {
    let doc = analyzer.analyze_path(path)?;
    split_document(&doc, &path.display().to_string(), src, tgt)
}

/// Splits a two-language document into its two sides (see `split_by_language`).
pub fn split_document(
    doc: &Document,
    name: &str,
    src: Option<Lang>,
    tgt: Option<Lang>,
) -> Result<(Side, Side)> {
    let mut weight: Vec<(Lang, usize, usize)> = Vec::new(); // lang, bytes, first paragraph
    for (i, p) in doc.paragraphs().iter().enumerate() {
        let Some(l) = p.lang() else { continue };
        match weight.iter_mut().find(|(x, _, _)| *x == l) {
            Some(e) => e.1 += p.text().len(),
            None => weight.push((l, p.text().len(), i)),
        }
    }
    weight.sort_by_key(|w| std::cmp::Reverse(w.1));
    let (a, b) = match (src, tgt) {
        (Some(s), Some(t)) => (s, t),
        _ => {
            if weight.len() < 2 {
                let found = weight
                    .first()
                    .map_or("none".to_string(), |w| w.0.to_string());
                bail!("{name}: holds one language only ({found}); give two files to align");
            }
            let (mut x, mut y) = (weight[0], weight[1]);
            if y.2 < x.2 {
                std::mem::swap(&mut x, &mut y);
            }
            (src.unwrap_or(x.0), tgt.unwrap_or(y.0))
        }
    };
    let keep = |lang: Lang| move |i: usize| doc.paragraphs()[i].lang() == Some(lang);
    let sa = Side::from_doc(format!("{name} [{a}]"), doc, a, keep(a));
    let sb = Side::from_doc(format!("{name} [{b}]"), doc, b, keep(b));
    if sa.sentences.is_empty() || sb.sentences.is_empty() {
        bail!("{name}: no text in {a} or in {b}");
    }
    Ok((sa, sb))
}

impl From<AlignFormatArg> for AlignFormat {
    fn from(f: AlignFormatArg) -> AlignFormat {
        match f {
            AlignFormatArg::Ladder => AlignFormat::Ladder,
            AlignFormatArg::Jsonl => AlignFormat::Jsonl,
            AlignFormatArg::Tsv => AlignFormat::Tsv,
            AlignFormatArg::Tmx => AlignFormat::Tmx,
            AlignFormatArg::Html => AlignFormat::Html,
        }
    }
}
