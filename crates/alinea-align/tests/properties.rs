//! Property tests of the aligner on generated multilingual sentences (Latin, Cyrillic,
//! Arabic, Persian, CJK, mixed; numbers in three digit systems, document symbols, empty
//! and whitespace-only sentences), related (a noisy "translation" with splits, merges and
//! omissions) or unrelated:
//!
//! - beads are monotone, never `0-0`, and cover every sentence of both sides exactly once,
//!   in order; scores are finite and in `[0, 1]`; the ladder rendering reads back;
//! - the result does not depend on the thread count (`threads(1)` = `threads(2)`);
//! - on inputs smaller than the band, banded search finds the same beads as full search
//!   (scores equal to 1e-4);
//! - `align_hierarchical`: both levels cover their sides, and no sentence bead crosses a
//!   paragraph bead.
//!
//! The same invariants are fuzzed by `fuzz/fuzz_targets/align.rs`.

use std::sync::OnceLock;

use alinea_align::{invariants, Aligner, Alignment, ParaInput};
use alinea_text::Lang;
use proptest::prelude::*;
use proptest::sample::select;

fn aligner(threads: usize, full: bool) -> &'static Aligner {
    static A: [OnceLock<Aligner>; 4] = [
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
    ];
    A[(threads - 1) * 2 + usize::from(full)].get_or_init(|| {
        Aligner::builder()
            .threads(threads)
            .full_search(full)
            .build()
            .expect("aligner")
    })
}

fn check_alignment(a: &Alignment, n_src: usize, n_tgt: usize) -> Result<(), TestCaseError> {
    invariants::check_alignment(a, n_src, n_tgt).map_err(TestCaseError::fail)
}

// ---- generators ----

const WORDS: &[&str] = &[
    "the",
    "General",
    "Assembly",
    "résolution",
    "Décide",
    "États",
    "Naciones",
    "café",
    "e\u{301}te\u{301}",
    "Генеральная",
    "Ассамблея",
    "технологии",
    "ООН",
    "الجمعية",
    "العامة",
    "قرارها",
    "الأمم",
    "مُتَّحِدَة",
    "مجمع",
    "عمومی",
    "قطعنامه",
    "می\u{200c}گیرد",
    "گزارش",
    "大会",
    "决议",
    "联合国",
    "信息安全",
    "カタカナ",
    "👍🏽",
    "\u{200f}",
    "—",
    "(",
    ")",
    "«",
    "»",
    "\"",
    "?",
    "!",
    ":",
    ";",
    "…",
];
const NUMBERS: &[&str] = &[
    "14",
    "١٤",
    "۱۴",
    "１４",
    "2020",
    "٢٠٢٠",
    "۲۰۲۰",
    "75/240",
    "A/RES/75/240",
    "A/C.1/77/L.23/Rev.1",
    "3.5",
    "1998",
];
const PAIRS: &[(Lang, Lang)] = &[
    (Lang::EN, Lang::FR),
    (Lang::EN, Lang::ZH),
    (Lang::AR, Lang::FA),
    (Lang::RU, Lang::EN),
    (Lang::FA, Lang::FA),
    (Lang::ES, Lang::AR),
];

fn sentence() -> impl Strategy<Value = String> {
    prop_oneof![
        12 => prop::collection::vec(
            prop_oneof![5 => select(WORDS), 1 => select(NUMBERS)],
            1..12
        )
        .prop_map(|w| w.join(" ")),
        1 => select(&["", " ", "\t", "\u{a0}", ".", "1.", "(a)"][..]).prop_map(str::to_owned),
    ]
}

/// What happens to one source sentence in the "translation".
#[derive(Clone, Debug)]
enum Step {
    Keep,
    Drop,
    Split,
    MergeWithNext,
    Insert,
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        8 => Just(Step::Keep),
        1 => Just(Step::Drop),
        1 => Just(Step::Split),
        1 => Just(Step::MergeWithNext),
        1 => Just(Step::Insert),
    ]
}

/// A stand-in translation: the words reversed and each word's letters too, numbers and
/// symbols kept (so anchors match), digits sometimes in another system.
fn translate(s: &str) -> String {
    s.split(' ')
        .rev()
        .map(|w| {
            if w.chars().any(|c| c.is_numeric()) {
                w.to_owned()
            } else {
                w.chars().rev().collect()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A source side and a target side: related (a translation with edits) or unrelated.
fn sides() -> impl Strategy<Value = (Vec<String>, Vec<String>)> {
    let related = prop::collection::vec((sentence(), step(), sentence()), 0..14).prop_map(|v| {
        let src: Vec<String> = v.iter().map(|(s, _, _)| s.clone()).collect();
        let mut tgt = Vec::new();
        let mut carry: Option<String> = None;
        for (s, step, extra) in &v {
            let mut t = translate(s);
            if let Some(c) = carry.take() {
                t = format!("{c} {t}");
            }
            match step {
                Step::Keep => tgt.push(t),
                Step::Drop => {}
                Step::Split => {
                    let words: Vec<&str> = t.split(' ').collect();
                    let (a, b) = words.split_at(words.len() / 2);
                    tgt.push(a.join(" "));
                    tgt.push(b.join(" "));
                }
                Step::MergeWithNext => carry = Some(t),
                Step::Insert => {
                    tgt.push(t);
                    tgt.push(extra.clone());
                }
            }
        }
        tgt.extend(carry);
        (src, tgt)
    });
    let unrelated = (
        prop::collection::vec(sentence(), 0..10),
        prop::collection::vec(sentence(), 0..10),
    );
    prop_oneof![3 => related, 1 => unrelated]
}

/// Cuts a side into paragraphs of 1 to 3 sentences, some labelled.
fn paragraphs(sents: &[String], cuts: &[usize]) -> Vec<ParaInput> {
    let mut out = Vec::new();
    let mut i = 0;
    let mut k = 0;
    while i < sents.len() {
        let n = 1 + cuts.get(k).copied().unwrap_or(0) % 3;
        let end = (i + n).min(sents.len());
        let p = ParaInput::new(sents[i..end].iter().cloned());
        out.push(if k % 2 == 0 {
            p.with_label((k / 2 + 1).to_string())
        } else {
            p
        });
        i = end;
        k += 1;
    }
    out
}

fn check_hierarchical(
    ps: &[ParaInput],
    pt: &[ParaInput],
    pair: (Lang, Lang),
    threads: usize,
) -> Result<alinea_align::HierarchicalAlignment, TestCaseError> {
    let h = aligner(threads, false).align_hierarchical(ps, pt, pair.0, pair.1);
    invariants::check_hierarchical(&h, ps, pt).map_err(TestCaseError::fail)?;
    Ok(h)
}

/// `n` cases, or `PROPTEST_CASES` when set (for longer runs).
fn cases(n: u32) -> ProptestConfig {
    let n = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(n);
    ProptestConfig::with_cases(n)
}

proptest! {
    #![proptest_config(cases(64))]

    /// Coverage and monotony, the same for 1 and 2 threads.
    #[test]
    fn beads_cover_both_sides_whatever_the_threads(
        (src, tgt) in sides(),
        pair in select(PAIRS),
    ) {
        let one = aligner(1, false).align(&src, &tgt, pair.0, pair.1);
        check_alignment(&one, src.len(), tgt.len())?;
        let two = aligner(2, false).align(&src, &tgt, pair.0, pair.1);
        prop_assert_eq!(one, two, "1 thread and 2 threads differ");
    }

    /// Under 30 sentences a side the band covers every cell: banded search finds the
    /// same beads as full search. Scores may differ in the last bits (the posteriors sum
    /// over different cell sets).
    #[test]
    fn banded_equals_full_on_small_inputs((src, tgt) in sides(), pair in select(PAIRS)) {
        let banded = aligner(1, false).align(&src, &tgt, pair.0, pair.1);
        let full = aligner(1, true).align(&src, &tgt, pair.0, pair.1);
        check_alignment(&full, src.len(), tgt.len())?;
        prop_assert_eq!(banded.beads().len(), full.beads().len());
        for (b, f) in banded.beads().iter().zip(full.beads()) {
            prop_assert_eq!((b.src(), b.tgt()), (f.src(), f.tgt()), "banded and full differ");
            prop_assert!((b.score() - f.score()).abs() < 1e-4, "{:?} vs {:?}", b, f);
        }
    }

    /// Two-level alignment: both levels cover their sides, sentence beads stay inside
    /// paragraph beads, and threads do not matter.
    #[test]
    fn hierarchical_beads_nest(
        (src, tgt) in sides(),
        cuts in prop::collection::vec(0usize..3, 0..14),
        pair in select(PAIRS),
    ) {
        let ps = paragraphs(&src, &cuts);
        let pt = paragraphs(&tgt, &cuts[cuts.len() / 2..]);
        let one = check_hierarchical(&ps, &pt, pair, 1)?;
        let two = check_hierarchical(&ps, &pt, pair, 2)?;
        prop_assert_eq!(one, two, "1 thread and 2 threads differ");
    }
}

// ---- regression tests ----

/// Replays the fuzz seeds and saved findings of the `align` target (`fuzz/seeds/align/`)
/// the way the target reads them: byte 0 picks the pair (high bit: sentences from
/// `Document`, with paragraphs), then source, `0xFF` (else the middle), target. A crash
/// input copied there from `fuzz/artifacts/align/` becomes a regression test.
#[test]
fn fuzz_seeds_align() {
    use alinea_text::Document;
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/seeds/align");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return;
    };
    let paras = |text: &str| -> Vec<ParaInput> {
        let mut doc = Document::parse(text);
        doc.split_sentences();
        doc.paragraphs()
            .iter()
            .map(|p| {
                let s = doc.sentences()[p.sentence_range()]
                    .iter()
                    .map(|s| doc.sentence_text(s).to_owned());
                let para = ParaInput::new(s);
                match p.label() {
                    Some(l) => para.with_label(l.value.clone()),
                    None => para,
                }
            })
            .collect()
    };
    for entry in entries {
        let path = entry.expect("seed entry").path();
        let bytes = std::fs::read(&path).expect("seed");
        let Some((&mode, data)) = bytes.split_first() else {
            continue;
        };
        let cut = data
            .iter()
            .position(|&b| b == 0xFF)
            .unwrap_or(data.len() / 2);
        let a = String::from_utf8_lossy(&data[..cut]);
        let b = String::from_utf8_lossy(data.get(cut + 1..).unwrap_or_default());
        let pair = PAIRS[usize::from(mode) % PAIRS.len()];
        let result = if mode & 0x80 == 0 {
            let src: Vec<&str> = a.lines().collect();
            let tgt: Vec<&str> = b.lines().collect();
            let al = aligner(1, false).align(&src, &tgt, pair.0, pair.1);
            check_alignment(&al, src.len(), tgt.len())
        } else {
            check_hierarchical(&paras(&a), &paras(&b), pair, 1).map(|_| ())
        };
        if let Err(e) = result {
            panic!("{}: {e}", path.display());
        }
    }
}
