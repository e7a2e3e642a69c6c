//! Property tests of the document model on generated multilingual text: Latin, Cyrillic,
//! Arabic, Persian and CJK words, mixed, with paragraph labels (`1.`, `(a)`, `۱-`,
//! `١٤ -`), wrapped lines, blank lines, odd whitespace (tabs, NBSP, CR, CRLF, U+2028),
//! soft hyphens, combining marks, emoji and bidi controls.
//!
//! The invariants (`alinea_text::invariants`, which the fuzz targets check too):
//!
//! 1. Paragraph spans are in order, non-overlapping and on char boundaries, and the text
//!    outside them is whitespace only.
//! 2. Sentence spans are in order, non-overlapping, on char boundaries and each inside its
//!    own paragraph's span; inside a paragraph the text outside its sentences is
//!    whitespace and soft hyphens (U+00AD) only. Together with (1): the gaps and the
//!    sentence spans, concatenated, give back the input exactly, and the only
//!    non-whitespace characters outside every sentence are soft hyphens, which reflow
//!    drops at a line end (`reflow::build` cuts trailing U+00AD, spaces and tabs from a
//!    line ending in a soft hyphen when another line follows).
//! 3. A sentence's text (from the paragraph's joined text) equals its original slice,
//!    character for character, except that each *line-break run* of the original (a
//!    maximal run of whitespace and U+00AD holding a line end: LF, CR, FF, U+2028,
//!    U+2029) stands for a possibly empty run of whitespace and U+00AD in the joined text
//!    (one space or nothing, plus whatever stood before a dropped soft hyphen).
//! 4. Sentences are trimmed and non-empty; each paragraph's sentence range follows the
//!    previous one's.
//! 5. The normalized view's byte map is monotone, stays inside the text it maps into
//!    (the whole text, or a paragraph's joined text for `normalized_body`) and ends at
//!    that text's end; mapped on through the paragraph it stays inside the paragraph's
//!    span.
//! 6. Spans of labels, symbols and tokens are on char boundaries inside their text.

use alinea_text::invariants;
use alinea_text::{Document, Lang};
use proptest::prelude::*;
use proptest::sample::select;

const LANGS: [Option<Lang>; 9] = [
    None,
    Some(Lang::EN),
    Some(Lang::FR),
    Some(Lang::ES),
    Some(Lang::RU),
    Some(Lang::ZH),
    Some(Lang::AR),
    Some(Lang::FA),
    Some(Lang::JA),
];

fn parse_and_check(text: &str, langs: &[Option<Lang>]) -> Result<(), TestCaseError> {
    let mut doc = Document::parse(text);
    if !langs.is_empty() {
        let per_para: Vec<_> = (0..doc.paragraphs().len())
            .map(|i| langs[i % langs.len()])
            .collect();
        doc.set_languages(&per_para);
    }
    doc.split_sentences();
    invariants::check_document(&doc).map_err(TestCaseError::fail)?;
    invariants::check_text_functions(text).map_err(TestCaseError::fail)
}

// ---- generators ----

const LATIN: &[&str] = &[
    "the",
    "General",
    "Assembly",
    "résolution",
    "Décide",
    "États",
    "año",
    "Naciones",
    "señor",
    "U.S.",
    "e.g.",
    "No.",
    "Mr.",
    "self-",
    "defense",
    "A/RES/75/240",
    "53/70",
    "14",
    "3.5",
    "café",
    "naïve",
    "e\u{301}te\u{301}",
    "ﬁnal",
];
const CYRILLIC: &[&str] = &[
    "Генеральная",
    "Ассамблея",
    "технологии",
    "ИНФОРМАЦИОННО-",
    "КОММУНИКАЦИОННЫХ",
    "г.",
    "т.е.",
    "мирных",
    "целях",
    "ООН",
    "й",
    "ёлка",
];
const ARABIC: &[&str] = &[
    "الجمعية",
    "العامة",
    "إذ",
    "تشير",
    "قرارها",
    "١٤",
    "٢٠٢٠",
    "الأمم",
    "المتحدة",
    "مُتَّحِدَة",
    "ـــ",
    "كتاب",
];
const PERSIAN: &[&str] = &[
    "مجمع",
    "عمومی",
    "قطعنامه",
    "می\u{200c}گیرد",
    "۱۳۹۹",
    "گزارش",
    "کشورها",
    "پژوهش",
    "چند",
    "ي",
    "ك",
];
const CJK: &[&str] = &[
    "大会",
    "决议",
    "联合国",
    "信息",
    "安全",
    "第75/240号",
    "２０２０",
    "年",
    "の",
    "カタカナ",
];
const EXTRA: &[&str] = &[
    "👍🏽",
    "👨\u{200d}👩\u{200d}👧",
    "\u{200f}",
    "\u{202b}نص\u{202c}",
    "\u{2067}x\u{2069}",
    "\u{feff}",
    "(",
    ")",
    "«",
    "»",
    "“",
    "”",
    "\"",
    "—",
    "…",
    "*",
    "**",
];
const TERMS: &[&str] = &[
    ".", ".", ".", "?", "!", "؟", "。", "！", "？", "…", "...", ".)", ".»", ".”", ";", ":", "",
];
const LABELS: &[&str] = &[
    "1. ",
    "2. ",
    "14. ",
    "(a) ",
    "(b) ",
    "(iv) ",
    "۱- ",
    "۲. ",
    "١٤ - ",
    "(الف) ",
    "(а) ",
    "（a） ",
    "a) ",
    "- (b) ",
    "• ",
    "1. **",
    "",
];
/// Whitespace inside a line.
const SPACES: &[&str] = &[
    " ", " ", " ", " ", "  ", "\t", "\u{a0}", "\u{3000}", "\u{2009}",
];
/// Line ends, with what may precede them.
const BREAKS: &[&str] = &[
    "\n", "\n", "\n", "\r\n", "\r\n", "\r", "\u{2028}", " \n", "\t\r\n", "\u{a0}\n", "\u{ad}\n",
    "-\n", "\x0c",
];
/// Between paragraphs.
const PARA_SEPS: &[&str] = &[
    "\n",
    "\n\n",
    "\r\n\r\n",
    "\n \n",
    "\n\t\n\n",
    "\u{2029}",
    "\u{2028}\u{2028}",
    "\n\u{a0}\n",
];

fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => select(LATIN),
        3 => select(CYRILLIC),
        3 => select(ARABIC),
        3 => select(PERSIAN),
        2 => select(CJK),
        1 => select(EXTRA),
    ]
    .prop_map(str::to_owned)
}

/// A sentence: 1 to 8 words joined by odd spaces (or nothing, as in Chinese), then a stop.
fn sentence() -> impl Strategy<Value = String> {
    (
        prop::collection::vec((word(), select(SPACES), any::<bool>()), 1..8),
        select(TERMS),
    )
        .prop_map(|(words, term)| {
            let mut s = String::new();
            for (k, (w, sp, glue)) in words.iter().enumerate() {
                if k > 0 && !(*glue && w.chars().all(|c| c > '\u{2e80}')) {
                    s.push_str(sp);
                }
                s.push_str(w);
            }
            s.push_str(term);
            s
        })
}

/// A paragraph: an optional label, 1 to 6 sentences, wrapped at random points or, like
/// PDF text, at a fixed width (so that the reflow's wrapped-layout rules join lines).
fn paragraph() -> impl Strategy<Value = String> {
    (
        select(LABELS),
        prop::collection::vec(sentence(), 1..6),
        prop::collection::vec((any::<prop::sample::Index>(), select(BREAKS)), 1..4),
        select(&[" ", "  ", "", "", "", "\t"][..]),
        prop::option::of(12usize..60),
    )
        .prop_map(|(label, sents, wraps, indent, width)| {
            let body = sents.join(" ");
            let mut text = format!("{indent}{label}{body}");
            let spaces: Vec<usize> = text.match_indices(' ').map(|(i, _)| i).collect();
            if let Some(width) = width {
                // Break at the last space before each `width` characters.
                let mut out = String::new();
                let mut line_chars = 0;
                for (k, word) in text.split(' ').enumerate() {
                    let w = word.chars().count();
                    if k > 0 && line_chars > 0 && line_chars + 1 + w > width {
                        out.push_str(wraps[k % wraps.len()].1);
                        line_chars = 0;
                    } else if k > 0 {
                        out.push(' ');
                        line_chars += 1;
                    }
                    out.push_str(word);
                    line_chars += w;
                }
                return out;
            }
            // Otherwise wrap at spaces chosen by index.
            if !spaces.is_empty() {
                let mut cuts: Vec<usize> = wraps
                    .iter()
                    .map(|(ix, _)| spaces[ix.index(spaces.len())])
                    .collect();
                cuts.sort_unstable();
                cuts.dedup();
                for (cut, (_, br)) in cuts.iter().rev().zip(&wraps) {
                    text.replace_range(*cut..cut + 1, br);
                }
            }
            text
        })
}

fn document() -> impl Strategy<Value = String> {
    (
        select(&["", "", "\u{feff}", "\n", "  \n"][..]),
        prop::collection::vec((paragraph(), select(PARA_SEPS)), 0..6),
        select(&["", "\n", "\r\n", "  ", "\n\n"][..]),
    )
        .prop_map(|(head, paras, tail)| {
            let mut t = head.to_owned();
            for (k, (p, sep)) in paras.iter().enumerate() {
                if k > 0 {
                    t.push_str(sep);
                }
                t.push_str(p);
            }
            t.push_str(tail);
            t
        })
}

/// Dense in the characters the rules look at: a few hundred of them in any order.
fn rule_soup() -> impl Strategy<Value = String> {
    const CHARS: &[char] = &[
        'a', 'b', 'A', 'B', 'é', 'е', 'Ж', 'ا', 'ی', 'ك', '中', '文', '1', '4', '۱', '١', '.', '.',
        '?', '!', '؟', '。', '…', '-', '‐', '(', ')', '（', '）', '"', '»', '«', '*', ',', '،',
        ';', ':', '/', ' ', ' ', ' ', '\t', '\u{a0}', '\n', '\n', '\r', '\u{2028}', '\u{2029}',
        '\x0c', '\u{ad}', '\u{ad}', '\u{301}', '\u{64e}', '\u{200c}', '\u{200f}', '\u{feff}',
        '\u{85}', '\x0b', '•', '¹', 'Ⅳ', 'ⅳ', 'ﷲ',
    ];
    prop::collection::vec(select(CHARS), 0..160).prop_map(|cs| cs.into_iter().collect())
}

fn langs() -> impl Strategy<Value = Vec<Option<Lang>>> {
    prop::collection::vec(select(&LANGS[..]), 0..4)
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
    #![proptest_config(cases(256))]

    /// Generated multilingual documents with labels, wraps and odd whitespace.
    #[test]
    fn documents_keep_their_spans(text in document(), langs in langs()) {
        parse_and_check(&text, &langs)?;
    }

    /// The characters the reflow, label and sentence rules look at, in any order.
    #[test]
    fn rule_soup_keeps_its_spans(text in rule_soup(), langs in langs()) {
        parse_and_check(&text, &langs)?;
    }

    /// Arbitrary printable Unicode with line breaks.
    #[test]
    fn any_text_keeps_its_spans(text in "(\\PC{0,30}[\n\r\u{2028}]{0,2}){0,5}", langs in langs()) {
        parse_and_check(&text, &langs)?;
    }

    /// What a text dangles on is the word it ends with (or a pause mark), whatever comes
    /// before; an English text ending on `the` dangles however it is closed.
    #[test]
    fn a_dangling_end_is_the_texts_own_last_word(
        prefix in "\\PC{0,40}",
        tail in select(vec!["the", "and", "zum", "în", "в", "l'", ",", "word"]),
        mark in select(vec!["", ".", " .", "!", "?»", "…", "—"]),
        lang in select(vec![Lang::EN, Lang::FR, Lang::DE, Lang::RU, Lang::RO, Lang::ZH]),
    ) {
        let text = format!("{prefix} {tail}{mark}");
        let found = alinea_text::dangling::dangling_end(&text, lang);
        if let Some(w) = found {
            prop_assert!(text.contains(w), "{text:?} {w:?}");
        }
        if lang == Lang::EN && tail == "the" && !matches!(mark, "…" | "—") {
            prop_assert_eq!(found, Some("the"), "{:?}", text);
        }
        if matches!(mark, "…" | "—") || tail == "word" {
            prop_assert!(found.is_none() || found == Some(","), "{text:?} {found:?}");
        }
    }
}

// ---- regression tests ----

/// Replays the fuzz seeds and saved findings of the `text` target (`fuzz/seeds/text/`)
/// through the same checks: a crash input copied there from `fuzz/artifacts/text/`
/// becomes a regression test. Languages are picked from the last byte, as the target does.
#[test]
fn fuzz_seeds_keep_their_spans() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/seeds/text");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return;
    };
    const FUZZ_LANGS: [Option<Lang>; 11] = [
        None,
        Some(Lang::EN),
        Some(Lang::FR),
        Some(Lang::ES),
        Some(Lang::RU),
        Some(Lang::ZH),
        Some(Lang::AR),
        Some(Lang::FA),
        Some(Lang::DE),
        Some(Lang::UR),
        Some(Lang::JA),
    ];
    for entry in entries {
        let path = entry.expect("seed entry").path();
        let bytes = std::fs::read(&path).expect("seed");
        let Ok(source) = alinea_text::decode("seed", &bytes) else {
            continue;
        };
        let pick = usize::from(bytes.last().copied().unwrap_or(0));
        let n = Document::parse(source.text()).paragraphs().len();
        let langs: Vec<_> = (0..n.max(1))
            .map(|i| FUZZ_LANGS[(pick + i * (pick % 5 + 1)) % FUZZ_LANGS.len()])
            .collect();
        if let Err(e) = parse_and_check(source.text(), &langs) {
            panic!("{}: {e}", path.display());
        }
    }
}
