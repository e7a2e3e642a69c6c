//! Whole-engine tests: every configuration must give a monotone, covering alignment;
//! banded = full search; 1 thread = 2 threads; edge cases; and the data-driven cases in
//! `data/align_cases/`.

use alinea_text::Lang;

use crate::{parse_ladder, Aligner, Alignment, ParaInput};

/// Deterministic linear congruential generator.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: u64) -> usize {
        (self.next() % n) as usize
    }
}

fn word(rng: &mut Rng) -> String {
    let len = 2 + rng.below(8);
    (0..len)
        .map(|_| (b'a' + rng.below(26) as u8) as char)
        .collect()
}

/// A synthetic parallel pair: source sentences over a random vocabulary, target
/// sentences that translate them word by word through a fixed mapping (with some noise),
/// sometimes split in two, merged or omitted. Returns the gold beads too.
pub(crate) type Gold = Vec<(Vec<usize>, Vec<usize>)>;

/// Features of a [`synthetic`] document pair, its gold `1-1` pairs and a lexicon
/// trained on them: what the unit tests of the scoring modules start from.
pub(crate) fn synthetic_trained(
    seed: u64,
    n: usize,
) -> (
    Vec<crate::anchors::Features>,
    Vec<crate::anchors::Features>,
    Gold,
    Gold,
    crate::lexicon::Lexicon,
) {
    let (s, t, gold) = synthetic(seed, n);
    let sr: Vec<&str> = s.iter().map(String::as_str).collect();
    let tr: Vec<&str> = t.iter().map(String::as_str).collect();
    let mut keys = crate::anchors::Interner::default();
    let (mut vs, mut vt) = (
        crate::anchors::Interner::default(),
        crate::anchors::Interner::default(),
    );
    let fs = crate::anchors::extract(&sr, &mut keys, &mut vs);
    let ft = crate::anchors::extract(&tr, &mut keys, &mut vt);
    let pairs: Gold = gold
        .iter()
        .filter(|(a, b)| a.len() == 1 && b.len() == 1)
        .cloned()
        .collect();
    let lexicon = crate::lexicon::Lexicon::train(&fs, &ft, &pairs, vs.len(), vt.len(), &[], &[]);
    (fs, ft, gold, pairs, lexicon)
}

pub(crate) fn synthetic(seed: u64, n: usize) -> (Vec<String>, Vec<String>, Gold) {
    let mut rng = Rng(seed);
    let vocab: Vec<String> = (0..400).map(|_| word(&mut rng)).collect();
    let trans = |w: &str| -> String { format!("{}o", w.chars().rev().collect::<String>()) };
    let sentence = |rng: &mut Rng| -> Vec<String> {
        let len = 4 + rng.below(20);
        let mut s: Vec<String> = (0..len).map(|_| vocab[rng.below(400)].clone()).collect();
        if rng.below(4) == 0 {
            s.push(format!("{}", 1900 + rng.below(120)));
        }
        s
    };
    let render = |ws: &[String]| -> String {
        let mut s = ws.join(" ");
        s.push('.');
        s
    };
    let translate = |rng: &mut Rng, ws: &[String]| -> Vec<String> {
        let mut out = Vec::new();
        for w in ws {
            if rng.below(10) == 0 {
                continue;
            }
            out.push(if w.chars().all(|c| c.is_ascii_digit()) {
                w.clone()
            } else {
                trans(w)
            });
            if rng.below(10) == 0 {
                out.push(vocab[rng.below(400)].to_uppercase());
            }
        }
        if out.is_empty() {
            out.push("zz".into());
        }
        out
    };
    let (mut src, mut tgt, mut gold) = (Vec::new(), Vec::new(), Vec::new());
    while src.len() < n {
        let r = rng.below(100);
        let (i, j) = (src.len(), tgt.len());
        if r < 8 {
            // 1-2
            let s = sentence(&mut rng);
            let t = translate(&mut rng, &s);
            let cut = (t.len() / 2).max(1);
            src.push(render(&s));
            tgt.push(render(&t[..cut]));
            tgt.push(render(if cut < t.len() { &t[cut..] } else { &t[..1] }));
            gold.push((vec![i], vec![j, j + 1]));
        } else if r < 13 {
            // 2-1
            let (a, b) = (sentence(&mut rng), sentence(&mut rng));
            let mut t = translate(&mut rng, &a);
            t.extend(translate(&mut rng, &b));
            src.push(render(&a));
            src.push(render(&b));
            tgt.push(render(&t));
            gold.push((vec![i, i + 1], vec![j]));
        } else if r < 15 {
            src.push(render(&sentence(&mut rng)));
            gold.push((vec![i], vec![]));
        } else {
            let s = sentence(&mut rng);
            let t = translate(&mut rng, &s);
            src.push(render(&s));
            tgt.push(render(&t));
            gold.push((vec![i], vec![j]));
        }
    }
    (src, tgt, gold)
}

fn check_covering(a: &Alignment, n: usize, m: usize) {
    let (mut i, mut j) = (0, 0);
    for b in a.beads() {
        for &x in b.src() {
            assert_eq!(x, i, "source indices must be consecutive and in order");
            i += 1;
        }
        for &y in b.tgt() {
            assert_eq!(y, j, "target indices must be consecutive and in order");
            j += 1;
        }
        assert!(!(b.src().is_empty() && b.tgt().is_empty()));
        assert!((0.0..=1.0).contains(&b.score()));
    }
    assert_eq!((i, j), (n, m), "every sentence covered exactly once");
}

fn strict_f1(a: &Alignment, gold: &[(Vec<usize>, Vec<usize>)]) -> f64 {
    let pred: Vec<(Vec<usize>, Vec<usize>)> = a
        .beads()
        .iter()
        .map(|b| (b.src().to_vec(), b.tgt().to_vec()))
        .collect();
    let hits = pred.iter().filter(|b| gold.contains(b)).count() as f64;
    let p = hits / pred.len().max(1) as f64;
    let r = hits / gold.len().max(1) as f64;
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

#[test]
fn synthetic_pairs_align_well_and_cover() {
    let (s, t, gold) = synthetic(7, 150);
    let a = Aligner::builder()
        .build()
        .unwrap()
        .align(&s, &t, Lang::EN, Lang::FR);
    check_covering(&a, s.len(), t.len());
    let f1 = strict_f1(&a, &gold);
    assert!(f1 > 0.9, "strict F1 {f1}");
    assert!(a.summary().src_coverage() > 0.8, "{:?}", a.summary());
    assert!(!a.budget_hit());
}

#[test]
fn banded_equals_full_on_small_inputs() {
    for seed in 1..5 {
        let (s, t, _) = synthetic(seed, 40);
        let banded = Aligner::builder()
            .band(3)
            .build()
            .unwrap()
            .align(&s, &t, Lang::EN, Lang::FR);
        let full =
            Aligner::builder()
                .full_search(true)
                .build()
                .unwrap()
                .align(&s, &t, Lang::EN, Lang::FR);
        let b: Vec<_> = banded
            .beads()
            .iter()
            .map(|b| (b.src().to_vec(), b.tgt().to_vec()))
            .collect();
        let f: Vec<_> = full
            .beads()
            .iter()
            .map(|b| (b.src().to_vec(), b.tgt().to_vec()))
            .collect();
        assert_eq!(b, f, "seed {seed}");
    }
}

#[test]
fn one_thread_equals_two_threads() {
    let (s, t, _) = synthetic(11, 200);
    let one = Aligner::builder()
        .threads(1)
        .build()
        .unwrap()
        .align(&s, &t, Lang::EN, Lang::FR);
    let two = Aligner::builder()
        .threads(2)
        .build()
        .unwrap()
        .align(&s, &t, Lang::EN, Lang::FR);
    assert_eq!(one, two);
}

#[test]
fn empty_side_gives_all_omissions() {
    let s = ["One.", "Two."];
    let empty: [&str; 0] = [];
    let a = crate::align(&s, &empty, Lang::EN, Lang::FR);
    check_covering(&a, 2, 0);
    assert!(a.beads().iter().all(|b| b.flags().omission()));
    let b = crate::align(&empty, &empty, Lang::EN, Lang::FR);
    assert!(b.beads().is_empty());
    assert_eq!(b.summary().src_coverage(), 0.0);
}

#[test]
fn same_language_is_untranslated() {
    let (s, _, _) = synthetic(3, 30);
    let a = crate::align(&s, &s, Lang::EN, Lang::EN);
    check_covering(&a, s.len(), s.len());
    let pairs: Vec<_> = a.beads().iter().filter(|b| !b.flags().omission()).collect();
    assert!(pairs.iter().all(|b| b.flags().untranslated()));
    // Near-identical text is caught even when the languages are declared different.
    let b = crate::align(&s, &s, Lang::EN, Lang::FR);
    let flagged = b
        .beads()
        .iter()
        .filter(|b| b.flags().untranslated())
        .count();
    assert!(
        flagged * 10 >= b.beads().len() * 9,
        "{flagged} of {}",
        b.beads().len()
    );
}

#[test]
fn identical_names_are_kept_copied_sentences_are_untranslated() {
    let (mut s, mut t, _) = synthetic(11, 60);
    let names = "Nanga Parbat , Cho Oyu , Gasherbrum .".to_string();
    s.insert(10, names.clone());
    t.insert(10, names);
    t[30] = s[30].clone();
    let a = crate::align(&s, &t, Lang::EN, Lang::FR);
    let holding = |j: usize| a.beads().iter().find(|b| b.tgt().contains(&j)).unwrap();
    assert!(!holding(10).flags().untranslated(), "{:?}", holding(10));
    assert!(holding(30).flags().untranslated(), "{:?}", holding(30));
    // A copy the aligner cannot pair with its source (that source is gone) is still
    // untranslated text wherever it lands.
    let (s, mut t, _) = synthetic(12, 300);
    t[60] = s[250].clone();
    let a = crate::align(&s[..200], &t[..200], Lang::EN, Lang::FR);
    let holding = |j: usize| a.beads().iter().find(|b| b.tgt().contains(&j)).unwrap();
    assert!(holding(60).flags().untranslated(), "{:?}", holding(60));
}

#[test]
fn wildly_different_lengths() {
    let (s, t, _) = synthetic(5, 200);
    let short: Vec<String> = t.iter().take(5).cloned().collect();
    let a = crate::align(&s, &short, Lang::EN, Lang::FR);
    check_covering(&a, s.len(), 5);
    let b = crate::align(&short, &s, Lang::EN, Lang::FR);
    check_covering(&b, 5, s.len());
    let long = vec!["word ".repeat(2000)];
    let c = crate::align(&long, &t[..3], Lang::EN, Lang::FR);
    check_covering(&c, 1, 3);
}

#[test]
fn unrelated_documents_have_low_coverage_and_confidence() {
    let (s, _, _) = synthetic(21, 120);
    let (_, t, _) = synthetic(99, 120);
    let a = crate::align(&s, &t, Lang::EN, Lang::FR);
    check_covering(&a, s.len(), t.len());
    let sm = a.summary();
    assert!(sm.src_coverage() < 0.3, "{sm:?}");
    assert!(sm.mean_confidence() < 0.4, "{sm:?}");
    let (s2, t2, _) = synthetic(21, 120);
    let good = crate::align(&s2, &t2, Lang::EN, Lang::FR);
    assert!(good.summary().mean_confidence() > sm.mean_confidence() + 0.3);
}

#[test]
fn number_mismatch_and_length_flags() {
    let s = [
        "The meeting opened on 12 May 2020.",
        "It closed the next day.",
    ];
    let t = [
        "La séance s'est ouverte le 13 mai 2020.",
        "Elle a pris fin le lendemain.",
    ];
    let a = crate::align(&s, &t, Lang::EN, Lang::FR);
    assert!(a.beads()[0].flags().number_mismatch());
    assert!(!a.beads()[1].flags().number_mismatch());
}

#[test]
fn configuration_errors_are_typed() {
    use crate::{AlignError, Shape};
    let e = Aligner::builder()
        .beads(&[Shape::new(1, 1)])
        .build()
        .unwrap_err();
    assert!(matches!(e, AlignError::InvalidConfig { .. }));
    let e = Aligner::builder()
        .dictionary("ok\tbien\nbroken line\n")
        .build()
        .unwrap_err();
    assert!(matches!(e, AlignError::Dictionary { line: 2, .. }), "{e}");
    assert!(Aligner::builder().band(0).build().is_err());
    assert!(Aligner::builder()
        .beads(&Shape::CLASSIC)
        .dictionary("# c\nchat\tcat\n")
        .build()
        .is_ok());
}

#[test]
fn hierarchical_keeps_sentences_inside_paragraphs() {
    let (s, t, _) = synthetic(13, 60);
    // Paragraphs of 3 source sentences; target paragraphs cut at the same gold points.
    let (_, _, gold) = synthetic(13, 60);
    let mut sp = Vec::new();
    let mut tp = Vec::new();
    let mut cur_s = Vec::new();
    let mut cur_t = Vec::new();
    for (k, (gs, gt)) in gold.iter().enumerate() {
        cur_s.extend(gs.iter().map(|&i| s[i].clone()));
        cur_t.extend(gt.iter().map(|&j| t[j].clone()));
        if k % 4 == 3 || k + 1 == gold.len() {
            let label = (sp.len() + 1).to_string();
            sp.push(ParaInput::new(std::mem::take(&mut cur_s)).with_label(label.clone()));
            tp.push(ParaInput::new(std::mem::take(&mut cur_t)).with_label(label));
        }
    }
    let h = Aligner::builder()
        .build()
        .unwrap()
        .align_hierarchical(&sp, &tp, Lang::EN, Lang::FR);
    check_covering(h.paragraphs(), sp.len(), tp.len());
    check_covering(h.sentences(), s.len(), t.len());
    assert!(h
        .paragraphs()
        .beads()
        .iter()
        .all(|b| b.src().len() == 1 && b.tgt().len() == 1));
    assert!(strict_f1(h.sentences(), &gold) > 0.9);
}

#[test]
fn data_driven_cases() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/align_cases");
    let mut cases = 0;
    let configs = [
        Aligner::builder().build().unwrap(),
        Aligner::builder()
            .threads(1)
            .lexicon_rounds(0)
            .build()
            .unwrap(),
        Aligner::builder().full_search(true).build().unwrap(),
    ];
    for entry in std::fs::read_dir(&dir).expect("data/align_cases exists") {
        let path = entry.unwrap().path();
        if !path.is_dir() {
            continue;
        }
        let read = |f: &str| std::fs::read_to_string(path.join(f)).unwrap();
        let src: Vec<String> = read("src.txt").lines().map(str::to_owned).collect();
        let tgt: Vec<String> = read("tgt.txt").lines().map(str::to_owned).collect();
        let langs = read("langs");
        let mut codes = langs
            .split_whitespace()
            .map(|c| Lang::from_code(c).unwrap());
        let (sl, tl) = (codes.next().unwrap(), codes.next().unwrap());
        let gold = parse_ladder(&read("gold.txt")).unwrap();
        for (k, al) in configs.iter().enumerate() {
            let a = al.align(&src, &tgt, sl, tl);
            check_covering(&a, src.len(), tgt.len());
            let got: Vec<_> = a
                .beads()
                .iter()
                .map(|b| (b.src().to_vec(), b.tgt().to_vec()))
                .collect();
            let want: Vec<_> = gold
                .iter()
                .map(|b| (b.src.clone(), b.tgt.clone()))
                .collect();
            assert_eq!(got, want, "case {} with configuration {k}", path.display());
        }
        cases += 1;
    }
    assert!(cases >= 2);
}

/// The sixteen-sentence story of `data/story_zh_ja_en`, one sentence per line.
fn story(file: &str) -> Vec<String> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../data/story_zh_ja_en")
        .join(file);
    let text = std::fs::read_to_string(&path).expect("data/story_zh_ja_en exists");
    text.lines().map(str::to_owned).collect()
}

fn pairs_of(a: &Alignment) -> Vec<(Vec<usize>, Vec<usize>)> {
    a.beads()
        .iter()
        .map(|b| (b.src().to_vec(), b.tgt().to_vec()))
        .collect()
}

#[test]
fn builtin_lexicon_aligns_a_short_chinese_english_text() {
    let (zh, en) = (story("zh.txt"), story("en.txt"));
    let with = Aligner::builder().build().unwrap();
    let a = with.align(&zh, &en, Lang::ZH, Lang::EN);
    let diagonal: Vec<_> = (0..16).map(|i| (vec![i], vec![i])).collect();
    assert_eq!(pairs_of(&a), diagonal);
    assert_eq!(a.summary().verdict(), crate::Verdict::Aligned);
    assert!(a
        .beads()
        .iter()
        .all(|b| b.score() >= 0.9 && !b.flags().any()));
    // Too short to learn a lexicon from: without the built-in one, nothing says that
    // these are translations.
    let without = Aligner::builder().builtin_lexicon(false).build().unwrap();
    let b = without.align(&zh, &en, Lang::ZH, Lang::EN);
    assert_ne!(b.summary().verdict(), crate::Verdict::Aligned);
    assert!(
        b.summary().mean_confidence() < 0.5,
        "{}",
        b.summary().mean_confidence()
    );
}

#[test]
fn builtin_lexicon_finds_a_left_out_sentence_both_ways() {
    for file in ["zh.txt", "zh_hant.txt"] {
        left_out_sentence_found(file);
    }
}

/// Simplified (`zh.txt`) or traditional (`zh_hant.txt`) Chinese against the English
/// without its seventh sentence, and the other way round.
fn left_out_sentence_found(file: &str) {
    let zh = story(file);
    let mut en = story("en.txt");
    // `He put down the fishing net and sat in the boat to wait.`
    en.remove(6);
    let al = Aligner::builder().build().unwrap();
    let shifted = |i: usize| if i < 6 { i } else { i - 1 };
    let a = al.align(&zh, &en, Lang::ZH, Lang::EN);
    let want: Vec<_> = (0..16)
        .map(|i| (vec![i], if i == 6 { vec![] } else { vec![shifted(i)] }))
        .collect();
    assert_eq!(pairs_of(&a), want, "{file}");
    assert!(a.beads()[6].flags().omission());
    // English to Chinese: the same sentence is an addition on the Chinese side.
    let b = al.align(&en, &zh, Lang::EN, Lang::ZH);
    let mirrored: Vec<_> = want.into_iter().map(|(s, t)| (t, s)).collect();
    assert_eq!(pairs_of(&b), mirrored);
    assert!(b.beads()[6].flags().addition());
}

#[test]
fn japanese_kanji_read_through_the_chinese_character_lexicon() {
    // Japanese writes its content words largely in kanji, Chinese characters with
    // Chinese meanings (網 net, 船 boat, 魚 fish): the same table serves.
    let (ja, en) = (story("ja.txt"), story("en.txt"));
    let a = Aligner::builder()
        .build()
        .unwrap()
        .align(&ja, &en, Lang::JA, Lang::EN);
    let diagonal: Vec<_> = (0..16).map(|i| (vec![i], vec![i])).collect();
    assert_eq!(pairs_of(&a), diagonal);
    assert_eq!(a.summary().verdict(), crate::Verdict::Aligned);
    let b = Aligner::builder()
        .builtin_lexicon(false)
        .build()
        .unwrap()
        .align(&ja, &en, Lang::JA, Lang::EN);
    assert_ne!(b.summary().verdict(), crate::Verdict::Aligned);
}

/// A Chinese sentence left untranslated in the English text is a third of the length its
/// translation would have, and the lexicon has no entry for a character and itself: the
/// search glued it to a neighbour's translation. It repeats its source, so it stands
/// alone beside it, flagged, and its neighbours keep their own pairs.
#[test]
fn an_untranslated_chinese_sentence_stands_alone_beside_its_source() {
    let (zh, en) = (story("zh.txt"), story("en.txt"));
    let aligner = Aligner::builder().build().unwrap();
    for k in [2, 7, 12] {
        let mut damaged = en.clone();
        damaged[k] = zh[k].clone();
        let a = aligner.align(&zh, &damaged, Lang::ZH, Lang::EN);
        let diagonal: Vec<_> = (0..16).map(|i| (vec![i], vec![i])).collect();
        assert_eq!(pairs_of(&a), diagonal, "copy at {k}");
        let b = &a.beads()[k];
        assert!(b.flags().untranslated(), "copy at {k}: {:?}", b.flags());
    }
}
