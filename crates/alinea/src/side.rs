//! One side of an alignment: a document's sentences, paragraphs and language, in the
//! shape the aligner takes.

use alinea_align::ParaInput;
use alinea_text::{Document, Lang};

/// One side of an alignment.
#[derive(Debug, Clone)]
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
    /// Why the language is `und`, when it is.
    pub note: Option<String>,
}

impl Side {
    /// The paragraphs of `doc` that `keep` accepts and that have sentences.
    pub(crate) fn from_doc(
        name: String,
        doc: &Document,
        lang: Lang,
        keep: impl Fn(usize) -> bool,
    ) -> Side {
        let mut sentences = Vec::new();
        let mut paras = Vec::new();
        for (i, p) in doc.paragraphs().iter().enumerate() {
            if !keep(i) || p.sentence_range().is_empty() {
                continue;
            }
            let para = ParaInput::from_paragraph(doc, i);
            sentences.extend(para.sentences.iter().cloned());
            paras.push(para);
        }
        Side {
            name,
            sentences,
            lang,
            paras,
            note: None,
        }
    }
}
