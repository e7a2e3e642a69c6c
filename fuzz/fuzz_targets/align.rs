//! Two documents from one input (split at the first 0xFF byte, else in the middle),
//! sentences one per line or from `Document`, then `Aligner::align` and
//! `align_hierarchical`: beads monotone and covering both sides exactly once.
#![no_main]

use std::sync::OnceLock;

use alinea_align::{Aligner, ParaInput};
use alinea_fuzz::check_alignment;
use alinea_text::{Document, Lang};
use libfuzzer_sys::fuzz_target;

/// Bounds the work per input: the aligner is near-linear, but libFuzzer runs thousands
/// of inputs a second and long inputs only slow it down.
const MAX_SENTENCES: usize = 120;

const PAIRS: [(Lang, Lang); 6] = [
    (Lang::EN, Lang::FR),
    (Lang::EN, Lang::ZH),
    (Lang::AR, Lang::FA),
    (Lang::RU, Lang::EN),
    (Lang::FA, Lang::FA),
    (Lang::ES, Lang::AR),
];

fn aligner() -> &'static Aligner {
    static A: OnceLock<Aligner> = OnceLock::new();
    A.get_or_init(|| {
        Aligner::builder()
            .threads(1)
            .build()
            .expect("default aligner")
    })
}

fn paras(text: &str) -> Vec<ParaInput> {
    let mut doc = Document::parse(text);
    doc.split_sentences();
    doc.paragraphs()
        .iter()
        .map(|p| {
            let sents = doc.sentences()[p.sentence_range()]
                .iter()
                .map(|s| doc.sentence_text(s).to_owned());
            let para = ParaInput::new(sents);
            match p.label() {
                Some(l) => para.with_label(l.value.clone()),
                None => para,
            }
        })
        .collect()
}

fn flat(paras: &[ParaInput]) -> Vec<String> {
    paras.iter().flat_map(|p| p.sentences.clone()).collect()
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, data)) = data.split_first() else {
        return;
    };
    let cut = data
        .iter()
        .position(|&b| b == 0xFF)
        .unwrap_or(data.len() / 2);
    let a = String::from_utf8_lossy(&data[..cut]);
    let b = String::from_utf8_lossy(data.get(cut + 1..).unwrap_or_default());
    let (sl, tl) = PAIRS[usize::from(mode) % PAIRS.len()];
    if mode & 0x80 == 0 {
        // One sentence per line.
        let src: Vec<&str> = a.lines().take(MAX_SENTENCES).collect();
        let tgt: Vec<&str> = b.lines().take(MAX_SENTENCES).collect();
        let al = aligner().align(&src, &tgt, sl, tl);
        check_alignment(&al, src.len(), tgt.len());
    } else {
        let (ps, pt) = (paras(&a), paras(&b));
        let (fs, ft) = (flat(&ps), flat(&pt));
        if fs.len() > MAX_SENTENCES || ft.len() > MAX_SENTENCES {
            return;
        }
        let al = aligner().align(&fs, &ft, sl, tl);
        check_alignment(&al, fs.len(), ft.len());
        let h = aligner().align_hierarchical(&ps, &pt, sl, tl);
        if let Err(e) = alinea_align::invariants::check_hierarchical(&h, &ps, &pt) {
            panic!("invariant broken: {e}");
        }
    }
});
