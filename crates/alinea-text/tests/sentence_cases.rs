//! Data-driven sentence-splitter tests, a property test, and an ignored evaluation
//! harness against the shared gold sets.
//!
//! The case files live in `data/sentence_cases/<lang>.txt` (format in that folder's
//! README): they are the behaviour contract, kept as data so that adding a case needs no
//! Rust.

use std::fs;
use std::path::PathBuf;

use alinea_text::{split_sentences, Lang, Span};
use proptest::prelude::*;

fn cases_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data/sentence_cases")
}

/// One block of a case file: a paragraph and the sentences expected from it.
struct Case {
    line: usize,
    paragraph: String,
    expected: Vec<String>,
}

/// Parses a case file: blocks separated by blank lines; in each block the first line is
/// the paragraph and every further line one expected sentence. Lines starting with `#`
/// are comments. `\t` and `\u{a0}` escapes in a paragraph stand for a tab and an NBSP, so
/// that invisible whitespace stays visible in the file.
fn parse_cases(src: &str) -> Vec<Case> {
    let mut cases = Vec::new();
    let mut block: Vec<(usize, &str)> = Vec::new();
    let mut flush = |block: &mut Vec<(usize, &str)>| {
        if let Some(((line, para), rest)) = block.split_first() {
            cases.push(Case {
                line: *line,
                paragraph: unescape(para),
                expected: rest.iter().map(|(_, s)| unescape(s)).collect(),
            });
        }
        block.clear();
    };
    for (i, line) in src.lines().enumerate() {
        if line.starts_with('#') {
            continue;
        }
        if line.trim().is_empty() {
            flush(&mut block);
        } else {
            block.push((i + 1, line));
        }
    }
    flush(&mut block);
    cases
}

fn unescape(s: &str) -> String {
    s.replace("\\t", "\t").replace("\\u{a0}", "\u{a0}")
}

fn sentences<'a>(text: &'a str, spans: &[Span]) -> Vec<&'a str> {
    spans.iter().map(|s| &text[s.range()]).collect()
}

#[test]
fn case_files() {
    let mut files: Vec<_> = fs::read_dir(cases_dir())
        .expect("data/sentence_cases exists")
        .map(|e| e.expect("readable dir entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    let mut failures = Vec::new();
    let mut total = 0;
    for path in &files {
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        // `neutral.txt` holds cases for unknown language (`None`).
        let lang = if stem == "neutral" {
            None
        } else {
            Some(Lang::from_code(stem).expect("case file named by a language code"))
        };
        let src = fs::read_to_string(path).expect("readable case file");
        for case in parse_cases(&src) {
            total += 1;
            let got = sentences(&case.paragraph, &split_sentences(&case.paragraph, lang));
            if got != case.expected {
                failures.push(format!(
                    "{}:{}\n  expected: {:#?}\n  got:      {:#?}",
                    path.display(),
                    case.line,
                    case.expected,
                    got
                ));
            }
        }
    }
    assert!(files.len() >= 7, "expected a case file per language");
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        total,
        failures.join("\n")
    );
}

/// Checks the span invariants every caller relies on.
fn check_invariants(text: &str, spans: &[Span]) -> Result<(), TestCaseError> {
    let mut prev_end = 0;
    for s in spans {
        prop_assert!(
            s.start >= prev_end,
            "out of order or overlapping: {spans:?}"
        );
        prop_assert!(s.start < s.end, "empty span {s:?}");
        prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        let piece = &text[s.range()];
        prop_assert_eq!(piece, piece.trim(), "untrimmed span {:?}", s);
        prop_assert!(
            text[prev_end..s.start].chars().all(char::is_whitespace),
            "non-whitespace left out before {s:?}"
        );
        prev_end = s.end;
    }
    prop_assert!(text[prev_end..].chars().all(char::is_whitespace));
    Ok(())
}

fn lang_strategy() -> impl Strategy<Value = Option<Lang>> {
    prop_oneof![
        Just(None),
        Just(Some(Lang::EN)),
        Just(Some(Lang::FR)),
        Just(Some(Lang::ES)),
        Just(Some(Lang::RU)),
        Just(Some(Lang::ZH)),
        Just(Some(Lang::AR)),
        Just(Some(Lang::FA)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// Strings built from the characters the rules look at, in every script.
    #[test]
    fn spans_are_well_formed_on_mixed_scripts(
        text in "[a-zA-Zé.!?;:,()\\[\\]\"'«»“”’0-9 \t\u{a0}\n…。！？，；「」（）中文字а-яА-Ягтеابةيکگ؟،؛۱٢.-]{0,80}",
        lang in lang_strategy(),
    ) {
        check_invariants(&text, &split_sentences(&text, lang))?;
    }

    /// Fully arbitrary Unicode.
    #[test]
    fn spans_are_well_formed_on_any_text(text in "\\PC{0,60}", lang in lang_strategy()) {
        check_invariants(&text, &split_sentences(&text, lang))?;
    }
}

/// Development harness, not a test: splits the shared gold sets and writes one sentence
/// per line to `$SEG_OUT/<lang>.txt` (default: the system temp dir), then prints
/// throughput. Score with `python3 /work/shared/tools/seg_score.py gold.txt <lang>.txt`.
///
/// Run: `SEG_DATA=/work/shared/data/segment cargo test -p alinea-text --release
/// --test sentence_cases -- --ignored --nocapture seg_eval`
#[test]
#[ignore = "needs the shared gold data; a measuring tool, not a check"]
#[allow(clippy::print_stderr)] // reporting is the whole point of this harness
fn seg_eval() {
    use std::time::Instant;
    let data = PathBuf::from(
        std::env::var("SEG_DATA").unwrap_or_else(|_| "/work/shared/data/segment".into()),
    );
    let out = std::env::var("SEG_OUT").map_or_else(|_| std::env::temp_dir(), PathBuf::from);
    let mut all = Vec::new();
    for code in ["en", "fr", "es", "ru", "zh", "ar", "fa"] {
        let lang = Lang::from_code(code);
        let text = match fs::read_to_string(data.join(code).join("text.txt")) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("skip {code}: {e}");
                continue;
            }
        };
        let mut pred = String::new();
        for para in text.split("\n\n") {
            for s in sentences(para, &split_sentences(para, lang)) {
                pred.push_str(s);
                pred.push('\n');
            }
            pred.push('\n');
        }
        let path = out.join(format!("{code}.txt"));
        fs::write(&path, pred).expect("writable output");
        eprintln!("wrote {}", path.display());
        all.push((lang, text));
    }
    let bytes: usize = all.iter().map(|(_, t)| t.len()).sum();
    let rounds = 20;
    let start = Instant::now();
    let mut n = 0;
    for _ in 0..rounds {
        for (lang, text) in &all {
            for para in text.split("\n\n") {
                n += split_sentences(para, *lang).len();
            }
        }
    }
    let secs = start.elapsed().as_secs_f64();
    eprintln!(
        "{} sentences; {:.1} MB/s over {} bytes x {rounds}",
        n / rounds,
        (bytes * rounds) as f64 / secs / 1e6,
        bytes
    );
}
