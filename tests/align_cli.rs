//! `alinea align` end to end: the seeds, every output format, and bad input.

use std::fs;

use crate::util::{alinea, assert_clean_failure, data, stderr, stdout};

fn temp() -> tempfile::TempDir {
    tempfile::tempdir().expect("temp dir")
}

fn beads(out: &str) -> Vec<serde_json::Value> {
    out.lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
        .collect()
}

#[test]
fn havana_declaration_aligns_paragraph_by_paragraph() {
    let o = alinea(&[
        "align",
        data("seeds/havana_2019_ru_en.txt").to_str().unwrap(),
        "--format",
        "jsonl",
    ]);
    assert_eq!(o.status.code(), Some(0));
    let b = beads(&stdout(&o));
    assert_eq!(
        b.len(),
        14,
        "heading, twelve body paragraphs, place and date"
    );
    for (k, bead) in b.iter().enumerate() {
        assert_eq!(bead["src"], serde_json::json!([k]), "bead {k}: {bead}");
        assert_eq!(bead["tgt"], serde_json::json!([k]), "bead {k}: {bead}");
    }
    assert!(b[0]["src_text"].as_str().unwrap().starts_with("ФОРУМА"));
    assert!(b[0]["tgt_text"]
        .as_str()
        .unwrap()
        .starts_with("FINAL DECLARATION"));
    assert!(b[13]["tgt_text"]
        .as_str()
        .unwrap()
        .contains("July 10, 2019"));
}

#[test]
fn presplit_indices_are_line_numbers_and_empty_lines_are_refused() {
    let dir = temp();
    let src = dir.path().join("src.txt");
    let tgt = dir.path().join("tgt.txt");
    fs::write(
        &src,
        "The first sentence is here.\nA second one follows it.\nAnd a third closes.\n",
    )
    .unwrap();
    fs::write(
        &tgt,
        "La première phrase est ici.\nUne deuxième la suit.\nEt une troisième conclut.\n",
    )
    .unwrap();
    let o = alinea(&[
        "align",
        src.to_str().unwrap(),
        tgt.to_str().unwrap(),
        "--presplit",
    ]);
    assert_eq!(o.status.code(), Some(0));
    let ladder: Vec<String> = stdout(&o)
        .lines()
        .map(|l| l.rsplit_once(':').unwrap().0.to_string())
        .collect();
    assert_eq!(ladder, ["[0]:[0]", "[1]:[1]", "[2]:[2]"]);

    fs::write(
        &tgt,
        "La première phrase est ici.\n\nEt une troisième conclut.\n",
    )
    .unwrap();
    let t = tgt.to_str().unwrap();
    let o = alinea(&["align", src.to_str().unwrap(), t, "--presplit"]);
    assert_clean_failure(&o, &[t, "line 2 is empty"]);
}

#[test]
fn an_empty_side_is_a_clear_error() {
    let dir = temp();
    let src = dir.path().join("src.txt");
    let tgt = dir.path().join("empty.txt");
    fs::write(&src, "Some text.").unwrap();
    fs::write(&tgt, "\n \n").unwrap();
    let t = tgt.to_str().unwrap();
    assert_clean_failure(
        &alinea(&["align", src.to_str().unwrap(), t]),
        &[t, "contains no text"],
    );
}

#[test]
fn one_file_with_one_language_is_a_clear_error() {
    let p = data("seeds/a_res_75_240_ar.txt");
    let p = p.to_str().unwrap();
    assert_clean_failure(&alinea(&["align", p]), &[p, "one language only"]);
}

#[test]
fn same_language_on_both_sides_is_flagged_untranslated() {
    let p = data("seeds/a_c1_77_l23_rev1_zh.txt");
    let p = p.to_str().unwrap();
    let o = alinea(&["align", p, p, "--format", "jsonl"]);
    assert_eq!(o.status.code(), Some(0));
    let b = beads(&stdout(&o));
    let untranslated = b
        .iter()
        .filter(|x| {
            x["flags"]
                .as_array()
                .unwrap()
                .iter()
                .any(|f| f == "untranslated")
        })
        .count();
    assert!(
        untranslated * 10 >= b.len() * 9,
        "{untranslated} of {}",
        b.len()
    );
}

#[test]
fn unrelated_documents_get_low_confidence() {
    let ru = data("seeds/havana_2019_ru_en.txt");
    let zh = data("seeds/a_c1_77_l23_rev1_zh.txt");
    let dir = temp();
    // The Russian half of the declaration against an unrelated Chinese resolution.
    let text = fs::read_to_string(&ru).unwrap();
    let russian: String = text.lines().take(128).collect::<Vec<_>>().join("\n");
    let src = dir.path().join("ru.txt");
    fs::write(&src, russian).unwrap();
    let o = alinea(&[
        "align",
        src.to_str().unwrap(),
        zh.to_str().unwrap(),
        "--format",
        "jsonl",
    ]);
    assert_eq!(o.status.code(), Some(0));
    let b = beads(&stdout(&o));
    let confident = b
        .iter()
        .filter(|x| x["score"].as_f64().unwrap() >= 0.5)
        .count();
    assert!(
        confident * 5 <= b.len(),
        "{confident} confident beads of {} for unrelated texts",
        b.len()
    );
}

#[test]
fn wildly_different_lengths_leave_omissions() {
    let dir = temp();
    let src = dir.path().join("long.txt");
    let tgt = dir.path().join("short.txt");
    let long: Vec<String> = (1..=40)
        .map(|i| {
            format!("Paragraph number {i} talks about topic {i} at some length and then stops.")
        })
        .collect();
    fs::write(&src, long.join("\n")).unwrap();
    fs::write(
        &tgt,
        "Le paragraphe numéro 7 parle du sujet 7 assez longuement puis s'arrête.\n",
    )
    .unwrap();
    let o = alinea(&[
        "align",
        src.to_str().unwrap(),
        tgt.to_str().unwrap(),
        "--presplit",
        "--format",
        "jsonl",
    ]);
    assert_eq!(o.status.code(), Some(0));
    let b = beads(&stdout(&o));
    let omissions = b
        .iter()
        .filter(|x| {
            x["flags"]
                .as_array()
                .unwrap()
                .iter()
                .any(|f| f == "omission")
        })
        .count();
    assert!(omissions >= 30, "{omissions}");
    let pair = b
        .iter()
        .find(|x| x["tgt"] == serde_json::json!([0]))
        .expect("the target sentence is aligned");
    assert!(
        pair["src"]
            .as_array()
            .unwrap()
            .contains(&serde_json::json!(6)),
        "paired with paragraph 7: {pair}"
    );
    let covered: usize = b.iter().map(|x| x["src"].as_array().unwrap().len()).sum();
    assert_eq!(covered, 40, "every source sentence in exactly one bead");
}

#[test]
fn tmx_output_is_valid_and_written_atomically() {
    let dir = temp();
    let out = dir.path().join("pair.tmx");
    let o = alinea(&[
        "align",
        data("seeds/havana_2019_ru_en.txt").to_str().unwrap(),
        "--format",
        "tmx",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0));
    let tmx = fs::read_to_string(&out).unwrap();
    assert!(tmx.contains("srclang=\"ru\"") && tmx.contains("xml:lang=\"en\""));
    assert_eq!(tmx.matches("<tu ").count(), 14);
    assert_eq!(
        fs::read_dir(dir.path()).unwrap().count(),
        1,
        "no temporary file left"
    );
}

/// Paragraph beads of the 2013 GGE report, Arabic (seed 003) against its Persian
/// translation (seed 004, lines 1041–1273): every numbered Persian paragraph must sit in
/// a bead with the Arabic paragraph of the same number. Where PDF damage erased an Arabic
/// number, the unnumbered paragraph standing between numbers N-1 and N+1 is paragraph N.
#[test]
fn gge_report_numbered_paragraphs_pair_by_number() {
    use alinea::align::Aligner;
    let engine = alinea::Engine::builder().build().unwrap();
    let read = |name: &str| {
        let text = crate::util::read_data(&format!("seeds/a_68_98_{name}.txt"));
        engine.analyze_text(name, text, None)
    };
    let src = engine.side(&read("ar"), None).unwrap();
    let tgt = engine.side(&read("fa"), None).unwrap();
    let aligner = Aligner::builder().build().unwrap();
    let h = aligner.align_hierarchical(&src.paras, &tgt.paras, src.lang, tgt.lang);
    let number =
        |p: &alinea::align::ParaInput| p.label.as_deref().and_then(|l| l.parse::<u32>().ok());
    let mut checked = 0;
    let mut wrong = Vec::new();
    for bead in h.paragraphs().beads() {
        for &t in bead.tgt() {
            let Some(n) = number(&tgt.paras[t]) else {
                continue;
            };
            if !(1..=34).contains(&n) || checked >= 34 {
                continue;
            }
            checked += 1;
            let same_number = |s: usize| match number(&src.paras[s]) {
                Some(m) => m == n,
                None => {
                    let before = src.paras[..s].iter().rev().find_map(number);
                    let after = src.paras[s + 1..].iter().find_map(number);
                    before.is_some_and(|b| b < n) && after.is_some_and(|a| a > n)
                }
            };
            if !bead.src().iter().any(|&s| same_number(s)) {
                let got: Vec<_> = bead
                    .src()
                    .iter()
                    .map(|&s| src.paras[s].label.clone())
                    .collect();
                wrong.push((n, got));
            }
        }
    }
    assert!(
        checked >= 34,
        "the Persian report has numbered paragraphs 1–34 ({checked})"
    );
    assert!(
        wrong.is_empty(),
        "paragraphs paired with another number: {wrong:?}"
    );
}

/// Issue #11: no closed list by default. A German–French pair aligns without flags, line
/// for line; an Icelandic side (a language the models do not know) is `und` in every
/// output format, with a note, or the code the user gives.
#[test]
fn german_french_aligns_and_icelandic_is_und_without_flags() {
    let f = |n: &str| {
        crate::util::data(&format!("langid/{n}.txt"))
            .display()
            .to_string()
    };
    let o = alinea(&["align", &f("de"), &f("fr"), "--format", "jsonl"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let beads: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(
        beads.len(),
        4,
        "four sentences a side, each with its translation: {beads:?}"
    );
    for (k, b) in beads.iter().enumerate() {
        assert_eq!(b["src"], serde_json::json!([k]));
        assert_eq!(b["tgt"], serde_json::json!([k]));
    }
    let tmx = alinea(&["align", &f("en"), &f("is"), "--format", "tmx"]);
    assert_eq!(tmx.status.code(), Some(0), "{}", stderr(&tmx));
    let text = stdout(&tmx);
    assert!(text.contains("xml:lang=\"und\""), "{text}");
    assert!(!text.contains("xml:lang=\"es\"") && !text.contains("xml:lang=\"cy\""));
    assert!(
        stderr(&tmx).contains("und"),
        "a note says why: {}",
        stderr(&tmx)
    );
    for format in ["jsonl", "tsv", "html", "ladder"] {
        let o = alinea(&["align", &f("en"), &f("is"), "--format", format]);
        assert_eq!(o.status.code(), Some(0), "{format}: {}", stderr(&o));
    }
    let html = stdout(&alinea(&["align", &f("en"), &f("is"), "--format", "html"]));
    assert!(
        html.contains("lang=\"und\"") || html.contains(">und<"),
        "html names und"
    );
    let given = alinea(&[
        "align",
        &f("en"),
        &f("is"),
        "--tgt-lang",
        "is",
        "--format",
        "tmx",
    ]);
    assert!(
        stdout(&given).contains("xml:lang=\"is\""),
        "{}",
        stdout(&given)
    );
}

/// German, Dutch and Turkish files detect as themselves with no language flag.
#[test]
fn german_dutch_turkish_detect_as_themselves() {
    for code in ["de", "nl", "tr", "fr"] {
        let f = crate::util::data(&format!("langid/{code}.txt"));
        let o = alinea(&["detect", f.to_str().unwrap()]);
        let out = stdout(&o);
        assert!(out.starts_with(&format!("{code} ")), "{code}: {out}");
    }
}

/// The reviser's first try (issue 12): ten English sentences, a French translation
/// that leaves the seventh out, no glossary. The left-out sentence must come out as a
/// `1-0` bead flagged `omission`, and the summary must not say everything is aligned.
#[test]
fn a_left_out_sentence_is_an_omission_without_a_glossary() {
    let src = data("align_cases/en_fr_omission/src.txt");
    let tgt = data("align_cases/en_fr_omission/tgt.txt");
    let o = alinea(&[
        "align",
        src.to_str().unwrap(),
        tgt.to_str().unwrap(),
        "--presplit",
        "--src-lang",
        "en",
        "--tgt-lang",
        "fr",
        "--format",
        "jsonl",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let b = beads(&stdout(&o));
    let lone: Vec<&serde_json::Value> = b
        .iter()
        .filter(|x| x["tgt"].as_array().unwrap().is_empty())
        .collect();
    assert_eq!(lone.len(), 1, "{b:?}");
    assert_eq!(lone[0]["src"], serde_json::json!([6]));
    assert_eq!(lone[0]["flags"], serde_json::json!(["omission"]));
    assert!(lone[0]["src_text"].as_str().unwrap().contains("bookseller"));
    for x in &b {
        let n = (
            x["src"].as_array().unwrap().len(),
            x["tgt"].as_array().unwrap().len(),
        );
        assert!(n == (1, 1) || n == (1, 0), "every other pair is 1-1: {x}");
    }
    assert!(!stderr(&o).contains("100 % / 100 %"), "{}", stderr(&o));
}

/// `detect` says how sure it is in both modes and both formats, and `und` when unsure:
/// the text and JSON Lines outputs carry the same languages and confidences.
#[test]
fn detect_prints_language_and_confidence_in_text_and_jsonl() {
    let f = |n: &str| {
        crate::util::data(&format!("langid/{n}.txt"))
            .display()
            .to_string()
    };
    let parse = |text: &str| -> Vec<serde_json::Value> {
        text.lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    };
    // Whole file: `de 1-3 1.00`, and the same run as one JSON object.
    let text = stdout(&alinea(&["detect", &f("de")]));
    let json = parse(&stdout(&alinea(&["detect", &f("de"), "--format", "jsonl"])));
    assert_eq!(text.lines().count(), json.len(), "{text}");
    for (line, obj) in text.lines().zip(&json) {
        let want = format!(
            "{} {}-{} {:.2}",
            obj["lang"].as_str().unwrap(),
            obj["first_line"],
            obj["last_line"],
            obj["confidence"].as_f64().unwrap()
        );
        assert_eq!(line, want);
    }
    assert_eq!(json[0]["lang"], "de");
    // Each line: German lines are German with their confidence; Icelandic ones `und`.
    for (code, want) in [("de", "de"), ("is", "und")] {
        let text = stdout(&alinea(&["detect", "--each-line", &f(code)]));
        let args = ["detect", "--each-line", &f(code), "--format", "jsonl"];
        let json = parse(&stdout(&alinea(&args)));
        assert_eq!(text.lines().count(), 3, "{text}");
        assert_eq!(json.len(), 3);
        for (k, (line, obj)) in text.lines().zip(&json).enumerate() {
            let (lang, conf) = line.split_once(' ').expect("code and confidence");
            assert_eq!(lang, want, "{code}: {text}");
            assert_eq!(obj["lang"], want);
            assert_eq!(obj["line"], k + 1);
            let c: f64 = conf.parse().unwrap();
            assert!((0.0..=1.0).contains(&c), "{line}");
            assert!((obj["confidence"].as_f64().unwrap() - c).abs() < 1e-9);
            if want == "und" {
                assert!(c < alinea::lang::MIN_LINE_CONFIDENCE || c == 0.0);
            } else {
                assert!(c >= alinea::lang::MIN_LINE_CONFIDENCE, "{line}");
            }
        }
    }
}

/// Issue #11: with no language flag, the German–French pair aligns exactly as it does
/// with `--src-lang de --tgt-lang fr`, in every output format.
#[test]
fn german_french_without_flags_equals_with_flags_in_every_format() {
    let f = |n: &str| {
        crate::util::data(&format!("langid/{n}.txt"))
            .display()
            .to_string()
    };
    let (de, fr) = (f("de"), f("fr"));
    for format in ["ladder", "jsonl", "tsv", "tmx", "html"] {
        let plain = alinea(&["align", &de, &fr, "--format", format]);
        let flagged = alinea(&[
            "align",
            &de,
            &fr,
            "--format",
            format,
            "--src-lang",
            "de",
            "--tgt-lang",
            "fr",
        ]);
        assert_eq!(plain.status.code(), Some(0), "{format}: {}", stderr(&plain));
        assert_eq!(stdout(&plain), stdout(&flagged), "{format}");
        assert!(
            stderr(&plain).contains("aligned (100 % / 100 %"),
            "{format}"
        );
    }
}

/// Issue #11: an Icelandic side (a language the models do not know) is `und` in every
/// output format that names languages, on either side, or the code given with
/// `--src-lang` / `--tgt-lang`; the formats without language fields (ladder, jsonl) name
/// none, so nothing in them can be mislabelled.
#[test]
fn icelandic_side_is_und_or_the_given_code_in_every_format() {
    let f = |n: &str| {
        crate::util::data(&format!("langid/{n}.txt"))
            .display()
            .to_string()
    };
    let (en, is) = (f("en"), f("is"));
    let run = |args: &[&str]| {
        let o = alinea(args);
        assert_eq!(o.status.code(), Some(0), "{args:?}: {}", stderr(&o));
        stdout(&o)
    };
    // The language codes an output names, in order, by its attribute (`xml:lang="…"`).
    let codes = |text: &str, attr: &str| -> Vec<String> {
        text.split(attr)
            .skip(1)
            .map(|rest| rest.split('"').next().unwrap().to_string())
            .collect()
    };
    for (given, want) in [(None, "und"), (Some("is"), "is")] {
        let mut args_en_is = vec!["align", en.as_str(), is.as_str()];
        let mut args_is_en = vec!["align", is.as_str(), en.as_str()];
        if let Some(code) = given {
            args_en_is.extend(["--tgt-lang", code]);
            args_is_en.extend(["--src-lang", code]);
        }
        let with = |args: &[&str], format: &'static str| {
            let mut a = args.to_vec();
            a.extend(["--format", format]);
            run(&a)
        };
        // TMX: each unit's English tuv is `en`, its Icelandic one `und` (or the code).
        let tmx = with(&args_en_is, "tmx");
        let tuvs = codes(&tmx, "xml:lang=\"");
        assert_eq!(tuvs.len(), 6, "{tmx}");
        for pair in tuvs.chunks(2) {
            assert_eq!(pair, ["en", want], "{tmx}");
        }
        let tmx = with(&args_is_en, "tmx");
        assert_eq!(codes(&tmx, "srclang=\""), [want], "{tmx}");
        for pair in codes(&tmx, "xml:lang=\"").chunks(2) {
            assert_eq!(pair, [want, "en"], "{tmx}");
        }
        // TSV: the header names the two columns' languages.
        let tsv = with(&args_en_is, "tsv");
        assert!(tsv.starts_with(&format!("en\t{want}\t")), "{tsv}");
        let tsv = with(&args_is_en, "tsv");
        assert!(tsv.starts_with(&format!("{want}\ten\t")), "{tsv}");
        // HTML: the Icelandic sentences carry `lang="und"` (or the code), never a guess.
        for args in [&args_en_is, &args_is_en] {
            let html = with(args, "html");
            let langs = codes(&html, " lang=\"");
            assert!(langs.iter().any(|l| l == want), "{want}: {langs:?}");
            assert!(langs.iter().all(|l| l == "en" || l == want), "{langs:?}");
        }
        // Ladder and JSON Lines name no language at all.
        let jsonl = with(&args_en_is, "jsonl");
        for line in jsonl.lines() {
            let bead: serde_json::Value = serde_json::from_str(line).unwrap();
            let keys: Vec<&String> = bead.as_object().unwrap().keys().collect();
            assert!(keys.iter().all(|k| !k.contains("lang")), "{keys:?}");
        }
        let ladder = with(&args_en_is, "ladder");
        assert!(ladder.lines().all(|l| l.starts_with('[')), "{ladder}");
    }
}

#[test]
fn the_builtin_chinese_english_lexicon_can_be_turned_off() {
    let zh = data("story_zh_ja_en/zh.txt");
    let en = data("story_zh_ja_en/en.txt");
    let run = |extra: &[&str]| {
        let mut args = vec![
            "align",
            zh.to_str().unwrap(),
            en.to_str().unwrap(),
            "--presplit",
            "--src-lang",
            "zh",
            "--tgt-lang",
            "en",
        ];
        args.extend_from_slice(extra);
        let o = alinea(&args);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        stderr(&o)
    };
    let on = run(&[]);
    assert!(on.contains("alinea: aligned (100 % / 100 %"), "{on}");
    let off = run(&["--no-builtin-lexicon"]);
    assert!(
        off.contains("do not look like translations"),
        "sixteen sentences are too few to learn a lexicon from: {off}"
    );
}
