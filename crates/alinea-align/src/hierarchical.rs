//! Two-level alignment: paragraphs first, then sentences inside aligned paragraphs.
//!
//! Paragraphs are aligned as units with the same engine (length, anchors, lexicon),
//! plus their labels (`14`, `a`, already digit-folded by the document model) as anchor
//! types. Numeric labels are decisive: on top of their log-likelihood ratio, a bead
//! pairing equal numbers gets a large bonus, a bead pairing only different numbers, or
//! joining two numbered paragraphs on one side, pays a large cost (see
//! `scorer::label_cost`). A paragraph whose number was lost (PDF damage) carries no
//! label and is free to join its neighbours. Each paragraph bead with both sides non-empty then becomes a window in
//! which sentences are aligned; the lexicon and match rates of the sentence level are
//! learned over all windows together. Sentences of omitted paragraphs become omission
//! beads. Sentence beads never cross a paragraph bead's boundary.

use alinea_text::{Document, Lang};

use crate::aligner::Aligner;
use crate::anchors::{extract, Features, Interner};
use crate::confidence::{finalize, RawBead};
use crate::result::Alignment;
use crate::scorer::{Doc, Window};

/// One paragraph for [`Aligner::align_hierarchical`]: its sentences and an optional
/// label.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ParaInput {
    /// The paragraph's sentences, in order.
    pub sentences: Vec<String>,
    /// The paragraph's label (`"14"`, `"a"`), digit-folded, without punctuation.
    pub label: Option<String>,
}

impl ParaInput {
    /// A paragraph without label.
    pub fn new<S: Into<String>>(sentences: impl IntoIterator<Item = S>) -> ParaInput {
        ParaInput {
            sentences: sentences.into_iter().map(Into::into).collect(),
            label: None,
        }
    }

    /// Sets the label.
    pub fn with_label(mut self, label: impl Into<String>) -> ParaInput {
        self.label = Some(label.into());
        self
    }

    /// Paragraph `index` of an analysed document: its sentences (or, when sentence
    /// splitting found none, its whole text as one unit) and its label. This is the one
    /// place a [`Document`] becomes alignment input, so the aligner, the cross-language
    /// comparison and every front end feed the engine the same units.
    ///
    /// # Panics
    ///
    /// When `index` is not a paragraph of `doc`.
    pub fn from_paragraph(doc: &Document, index: usize) -> ParaInput {
        let p = &doc.paragraphs()[index];
        let sentences: Vec<String> = if p.sentence_range().is_empty() {
            vec![p.text().to_string()]
        } else {
            doc.sentences()[p.sentence_range()]
                .iter()
                .map(|s| doc.sentence_text(s).to_string())
                .collect()
        };
        let input = ParaInput::new(sentences);
        match p.label() {
            Some(l) => input.with_label(l.value.clone()),
            None => input,
        }
    }
}

/// The result of a two-level alignment.
#[derive(Debug, Clone, PartialEq)]
pub struct HierarchicalAlignment {
    paragraphs: Alignment,
    sentences: Alignment,
}

impl HierarchicalAlignment {
    /// Paragraph beads (indices into the paragraph lists).
    pub fn paragraphs(&self) -> &Alignment {
        &self.paragraphs
    }
    /// Sentence beads (indices into the concatenated sentence list of each side).
    pub fn sentences(&self) -> &Alignment {
        &self.sentences
    }
}

fn sentences_of(paras: &[ParaInput]) -> (Vec<&str>, Vec<usize>) {
    let mut all = Vec::new();
    let mut start = vec![0];
    for p in paras {
        all.extend(p.sentences.iter().map(String::as_str));
        start.push(all.len());
    }
    (all, start)
}

fn paragraph_features(
    paras: &[ParaInput],
    sent_feats: &[Features],
    start: &[usize],
    keys: &mut Interner,
) -> Vec<Features> {
    paras
        .iter()
        .enumerate()
        .map(|(k, p)| {
            let mut f = Features::default();
            for s in &sent_feats[start[k]..start[k + 1]] {
                f.absorb(s);
            }
            if let Some(l) = &p.label {
                let l = l.trim().to_lowercase();
                let numeric = !l.is_empty() && l.chars().all(|c| c.is_ascii_digit());
                f.add_label(keys.id(&format!("\u{1}label:{l}")), numeric);
            }
            f
        })
        .collect()
}

impl Aligner {
    /// Aligns two documents given as paragraphs of sentences: paragraph beads first,
    /// then sentence beads inside each paragraph bead.
    pub fn align_hierarchical(
        &self,
        src: &[ParaInput],
        tgt: &[ParaInput],
        src_lang: Lang,
        tgt_lang: Lang,
    ) -> HierarchicalAlignment {
        self.install(|| {
            let (ss, s_start) = sentences_of(src);
            let (ts, t_start) = sentences_of(tgt);
            let mut keys = Interner::default();
            let (mut vs, mut vt) = (Interner::default(), Interner::default());
            let fs = extract(&ss, &mut keys, &mut vs);
            let ft = extract(&ts, &mut keys, &mut vt);
            let seeds = self.seeds(&mut vs, &mut vt, (src_lang, tgt_lang));
            let ps = paragraph_features(src, &fs, &s_start, &mut keys);
            let pt = paragraph_features(tgt, &ft, &t_start, &mut keys);

            // Paragraph level.
            let pdoc = Doc { src: &ps, tgt: &pt };
            let pwin = Window {
                s0: 0,
                s1: ps.len(),
                t0: 0,
                t1: pt.len(),
            };
            let pout = self.run(&pdoc, &[pwin], vs.len(), vt.len(), &seeds);
            let ptext_s: Vec<String> = src.iter().map(|p| p.sentences.join(" ")).collect();
            let ptext_t: Vec<String> = tgt.iter().map(|p| p.sentences.join(" ")).collect();
            let pts: Vec<&str> = ptext_s.iter().map(String::as_str).collect();
            let ptt: Vec<&str> = ptext_t.iter().map(String::as_str).collect();
            let window_of = |b: &RawBead| Window {
                s0: s_start[b.src[0]],
                s1: s_start[b.src[b.src.len() - 1] + 1],
                t0: t_start[b.tgt[0]],
                t1: t_start[b.tgt[b.tgt.len() - 1] + 1],
            };
            let is_pair = |b: &RawBead| !b.src.is_empty() && !b.tgt.is_empty();
            let windows: Vec<Window> = pout
                .beads
                .iter()
                .filter(|b| is_pair(b))
                .map(window_of)
                .collect();
            let paragraphs_raw = pout.beads.clone();
            let paragraphs = finalize(
                &pdoc,
                &pts,
                &ptt,
                &pout.model,
                pout.beads,
                (src_lang, tgt_lang),
                pout.budget_hit,
            );

            // Sentence level inside paragraph beads.
            let sdoc = Doc { src: &fs, tgt: &ft };
            let sout = self.run(&sdoc, &windows, vs.len(), vt.len(), &seeds);
            // Walk the paragraph beads in order, taking each window's sentence beads or
            // turning an omitted paragraph's sentences into omission beads.
            let mut inner = sout.beads.into_iter().peekable();
            let mut beads = Vec::new();
            for pb in &paragraphs_raw {
                if is_pair(pb) {
                    let w = window_of(pb);
                    let mut left = w.n() + w.m();
                    while left > 0 {
                        let Some(b) = inner.next() else { break };
                        left -= b.src.len() + b.tgt.len();
                        beads.push(b);
                    }
                } else {
                    for &p in &pb.src {
                        beads.extend((s_start[p]..s_start[p + 1]).map(|i| RawBead {
                            src: vec![i],
                            tgt: vec![],
                            posterior: pb.posterior,
                        }));
                    }
                    for &p in &pb.tgt {
                        beads.extend((t_start[p]..t_start[p + 1]).map(|j| RawBead {
                            src: vec![],
                            tgt: vec![j],
                            posterior: pb.posterior,
                        }));
                    }
                }
            }
            let sentences = finalize(
                &sdoc,
                &ss,
                &ts,
                &sout.model,
                beads,
                (src_lang, tgt_lang),
                sout.budget_hit || paragraphs.budget_hit(),
            );
            HierarchicalAlignment {
                paragraphs,
                sentences,
            }
        })
    }
}
