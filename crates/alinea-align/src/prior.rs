//! Built-in bilingual lexicons: a prior for the lexicon induced from each document.
//!
//! The induced lexicon (`lexicon.rs`) learns word links from the document's own
//! confident `1-1` beads. For Chinese–English it starts weakest: Chinese is read by
//! character, a literary translation rarely renders one sentence as one, and a chapter
//! gives only a few hundred confident pairs to learn thousands of characters from.
//! A dictionary knows what the document has to discover, so its links join the
//! training data as one-word pseudo-pairs (the way GIZA++ takes a dictionary): EM
//! weighs them against the document's own pairs instead of fixing their strength, and
//! a character's many dictionary senses share its probability. Fixed links of strength
//! 1 (the user dictionary's treatment) lowered MAC zh–en strict F1 from .8486 to
//! .67–.87 depending on the entries kept; as pseudo-pairs every variant raised it
//! (.8830 as shipped; BENCHMARKS.md, Sentence alignment).
//!
//! Japanese reads the same table: its content words are largely written in kanji,
//! Chinese characters with their Chinese meanings (網 net, 船 boat, 魚 fish), and kana
//! simply have no entry. (No Japanese gold set is at hand: a sixteen-sentence story of
//! our own aligns with it and not without; see the tests.)
//!
//! Only pairs whose two words both occur in the document are added, so the cost is
//! that of the document's own vocabulary. The table (`lexicons/zh-en.txt`) is derived
//! from CC-CEDICT (CC BY-SA 4.0) by `scripts/build_zh_en_lexicon.py`.

use std::collections::HashMap;
use std::sync::OnceLock;

use alinea_text::Lang;

use crate::anchors::Interner;

/// Chinese characters and their English glosses, one character per line:
/// `字<TAB>word word …`; `#` lines are comments.
const ZH_EN: &str = include_str!("../lexicons/zh-en.txt");

/// The parsed table: every character's glosses, space-separated.
fn zh_en() -> &'static HashMap<&'static str, &'static str> {
    static TABLE: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    TABLE.get_or_init(|| {
        ZH_EN
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once('\t'))
            .collect()
    })
}

/// The built-in lexicon's links between words of this document, as (source word id,
/// target word id, weight) of the two vocabularies; empty for a pair of languages no
/// table covers.
///
/// Each counts `1 / sqrt(links of its source word × links of its target word)`: a word
/// with many dictionary senses (or a gloss of many characters) shares one pair's worth
/// among them instead of outweighing the document's own evidence with each. With a
/// count of 1 each, the strong links (≥ 0.3) that coverage counts fell by half on MAC
/// (BENCHMARKS.md).
pub(crate) fn links(src: Lang, tgt: Lang, vs: &Interner, vt: &Interner) -> Vec<(u32, u32, f32)> {
    let (zh, en, zh_is_src) = match (src, tgt) {
        (Lang::ZH | Lang::JA, Lang::EN) => (vs, vt, true),
        (Lang::EN, Lang::ZH | Lang::JA) => (vt, vs, false),
        _ => return Vec::new(),
    };
    let table = zh_en();
    let mut out = Vec::new();
    for (word, c) in zh.iter() {
        let Some(glosses) = table.get(word) else {
            continue;
        };
        for e in glosses.split(' ').filter_map(|g| en.get(g)) {
            out.push(if zh_is_src { (c, e) } else { (e, c) });
        }
    }
    // The interner's map order is not fixed: sort so that training is deterministic.
    out.sort_unstable();
    let mut n_src = vec![0u32; vs.len()];
    let mut n_tgt = vec![0u32; vt.len()];
    for &(s, t) in &out {
        n_src[s as usize] += 1;
        n_tgt[t as usize] += 1;
    }
    out.into_iter()
        .map(|(s, t)| {
            let weight = 1.0 / ((n_src[s as usize] * n_tgt[t as usize]) as f32).sqrt();
            (s, t, weight)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vocab(words: &[&str]) -> Interner {
        let mut v = Interner::default();
        for w in words {
            v.id(w);
        }
        v
    }

    fn pairs(links: Vec<(u32, u32, f32)>) -> Vec<(u32, u32)> {
        links.into_iter().map(|(s, t, _)| (s, t)).collect()
    }

    #[test]
    fn links_only_words_of_the_document_in_either_direction() {
        let zh = vocab(&["走", "书", "我"]);
        let en = vocab(&["walk", "book", "table"]);
        let (walk, book) = (en.get("walk").unwrap(), en.get("book").unwrap());
        let (zou, shu) = (zh.get("走").unwrap(), zh.get("书").unwrap());
        let fwd: Vec<(u32, u32)> = pairs(links(Lang::ZH, Lang::EN, &zh, &en));
        assert!(fwd.contains(&(zou, walk)), "{fwd:?}");
        assert!(fwd.contains(&(shu, book)), "{fwd:?}");
        // `table` is not a gloss of these characters, `我` has no gloss here.
        let table = en.get("table").unwrap();
        assert!(fwd.iter().all(|&(_, e)| e != table), "{fwd:?}");
        let back = pairs(links(Lang::EN, Lang::ZH, &en, &zh));
        assert!(back.contains(&(walk, zou)), "{back:?}");
        assert_eq!(back.len(), fwd.len());
        assert!(links(Lang::DE, Lang::FR, &zh, &en).is_empty());
        assert_eq!(pairs(links(Lang::JA, Lang::EN, &zh, &en)), fwd);
    }

    #[test]
    fn traditional_characters_are_covered() {
        // 書 is the traditional form of 书.
        let zh = vocab(&["書"]);
        let en = vocab(&["book"]);
        assert_eq!(links(Lang::ZH, Lang::EN, &zh, &en), vec![(0, 0, 1.0)]);
    }
}
