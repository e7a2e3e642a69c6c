//! A target sentence that its source does not account for.
//!
//! Text added to a translation is most often a sentence of its own: a unit whose
//! target has more sentences than its source, and one of them, first or last, whose
//! words find their translations in the source no more often than in unrelated text.
//! Coverage ([`crate::coverage`]) reads that with the memory's own rates: the share of
//! a word's sure translations found in a true pair and in a pair made of unrelated
//! units, both estimated on the memory's units, so the same threshold means the same
//! odds in a memory whose lexicon is strong (a literal translation) and in one whose
//! lexicon is weak (literary Chinese read character by character), where the rates
//! lie close and the ratio stays small.

use alinea_text::{split_sentences, Lang};

use crate::anchors::{extract, Features, Interner};
use crate::coverage::Coverage;
use crate::scorer::Prepared;

/// A sentence with fewer counted words says too little either way (one word not found
/// is no evidence).
const MIN_COUNTED: u32 = 2;

/// Per unit, the least coverage log-likelihood ratio (translated against unrelated)
/// of its target's first or last sentence against its source, counted apart from the
/// rest of the target ([`Coverage::words_against_src_apart`]: a word of the source the
/// rest translates is the rest's, not the sentence's), when the target has
/// more sentences than the source; `None` otherwise, or when no such sentence has
/// [`MIN_COUNTED`] counted words.
#[allow(clippy::too_many_arguments)]
pub(crate) fn extra_sentence_llr(
    src: &[&str],
    tgt: &[&str],
    langs: (Lang, Lang),
    prep: &Prepared<'_>,
    cov: &mut Coverage<'_>,
    keys: &mut Interner,
    vt: &mut Interner,
    tgt_vocab: usize,
) -> Vec<Option<f32>> {
    // (unit, sentence text, the rest of the target) of every candidate sentence.
    let mut cands: Vec<(usize, &str, &str)> = Vec::new();
    for (i, (s, t)) in src.iter().zip(tgt).enumerate() {
        let ts = split_sentences(t, Some(langs.1));
        if ts.len() < 2 || ts.len() <= split_sentences(s, Some(langs.0)).len() {
            continue;
        }
        let (first, last) = (ts[0], ts[ts.len() - 1]);
        cands.push((i, &t[first.start..first.end], &t[first.end..]));
        cands.push((i, &t[last.start..last.end], &t[..last.start]));
    }
    let texts: Vec<&str> = cands.iter().flat_map(|c| [c.1, c.2]).collect();
    let mut feats: Vec<Features> = extract(&texts, keys, vt);
    for f in &mut feats {
        f.lex.retain(|&w| (w as usize) < tgt_vocab);
    }
    let mut out: Vec<Option<f32>> = vec![None; src.len()];
    for ((i, _, _), f) in cands.iter().zip(feats.chunks(2)) {
        // Apart from the rest of the target: `his` found in the source is the rest's
        // `his`, not the added sentence's.
        let (n, k) = cov.words_against_src_apart(prep, &f[0].lex, *i, &f[1].lex);
        if n < MIN_COUNTED {
            continue;
        }
        let v = cov.llr(n, k);
        let slot = &mut out[*i];
        *slot = Some(slot.map_or(v, |x| x.min(v)));
    }
    out
}
