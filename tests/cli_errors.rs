//! Bad input gets a clear error naming the file and the problem, exit status 1, no panic,
//! and no output file left behind.

use std::fs;

use crate::util::{alinea, assert_clean_failure, stdout};

fn temp() -> tempfile::TempDir {
    tempfile::tempdir().expect("temp dir")
}

#[test]
fn missing_file() {
    for cmd in ["segment", "detect"] {
        let o = alinea(&[cmd, "/nonexistent/alinea-input.txt"]);
        assert_clean_failure(&o, &["/nonexistent/alinea-input.txt", "cannot read"]);
    }
}

#[test]
fn directory_instead_of_file() {
    let dir = temp();
    let d = dir.path().to_str().unwrap();
    for cmd in ["segment", "detect"] {
        assert_clean_failure(&alinea(&[cmd, d]), &[d, "is a directory"]);
    }
}

#[test]
fn empty_and_whitespace_only_files() {
    let dir = temp();
    for (name, bytes) in [("empty.txt", &b""[..]), ("blank.txt", &b"  \n\t\r\n "[..])] {
        let p = dir.path().join(name);
        fs::write(&p, bytes).unwrap();
        let p = p.to_str().unwrap();
        for cmd in ["segment", "detect"] {
            assert_clean_failure(&alinea(&[cmd, p]), &[p, "contains no text"]);
        }
    }
}

#[test]
fn invalid_utf8_reports_the_byte_offset() {
    let dir = temp();
    let p = dir.path().join("latin1.txt");
    fs::write(&p, b"Caf\xe9 au lait").unwrap();
    let p = p.to_str().unwrap();
    assert_clean_failure(
        &alinea(&["segment", p]),
        &[p, "invalid UTF-8", "byte offset 3"],
    );
}

#[test]
fn binary_data_is_refused() {
    let dir = temp();
    let p = dir.path().join("image.png");
    fs::write(&p, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR").unwrap();
    let p = p.to_str().unwrap();
    assert_clean_failure(&alinea(&["segment", p]), &[p, "binary"]);
}

#[test]
fn utf16_with_bom_is_accepted() {
    let dir = temp();
    let p = dir.path().join("utf16.txt");
    let mut bytes = vec![0xFF, 0xFE];
    for u in "Первое предложение. Второе предложение.\r\n".encode_utf16()
    {
        bytes.extend_from_slice(&u.to_le_bytes());
    }
    fs::write(&p, bytes).unwrap();
    let o = alinea(&["segment", p.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(stdout(&o), "Первое предложение.\nВторое предложение.\n");
}

#[test]
fn unknown_language_code_is_a_clear_error() {
    let dir = temp();
    let p = dir.path().join("a.txt");
    fs::write(&p, "Some text.").unwrap();
    let p = p.to_str().unwrap();
    assert_clean_failure(&alinea(&["detect", p, "--languages", "en,xyz"]), &["xyz"]);
}

#[test]
fn usage_errors_exit_with_two() {
    let o = alinea(&["segment", "x.txt", "--format", "pdf"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn failed_run_leaves_no_output_file() {
    let dir = temp();
    let bad = dir.path().join("bad.txt");
    fs::write(&bad, b"\xff\xfe\xfd").unwrap();
    let out = dir.path().join("out.jsonl");
    let o = alinea(&[
        "segment",
        bad.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(!out.exists());
    assert_eq!(
        fs::read_dir(dir.path()).unwrap().count(),
        1,
        "only the input remains"
    );
}

#[test]
fn output_over_an_input_is_refused() {
    let dir = temp();
    let p = dir.path().join("doc.txt");
    fs::write(&p, "One sentence. Two sentences.").unwrap();
    let s = p.to_str().unwrap();
    assert_clean_failure(&alinea(&["segment", s, "-o", s]), &["over an input"]);
    assert_eq!(
        fs::read_to_string(&p).unwrap(),
        "One sentence. Two sentences."
    );
}

#[test]
fn max_bytes_refuses_larger_input() {
    let dir = temp();
    let p = dir.path().join("big.txt");
    fs::write(&p, "A sentence that is longer than twenty bytes.").unwrap();
    let s = p.to_str().unwrap();
    assert_clean_failure(
        &alinea(&["--max-bytes", "20", "segment", s]),
        &[s, "more than the limit of 20 bytes", "--max-bytes"],
    );
}

#[test]
fn standard_input_is_read_with_a_dash() {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_alinea"))
        .args(["segment", "-", "--lang", "en"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"Mr. Smith arrived. He sat down.")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "Mr. Smith arrived.\nHe sat down.\n"
    );
}

#[test]
fn a_closed_pipe_ends_quietly() {
    use std::process::{Command, Stdio};
    let big: String = "Sentence number one is here. ".repeat(50_000);
    let dir = temp();
    let p = dir.path().join("long.txt");
    fs::write(&p, big).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_alinea"))
        .args(["segment", p.to_str().unwrap()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Read nothing and close the pipe: alinea must not panic or report an error.
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("panicked") && !err.contains("error"), "{err}");
}

/// The same bad inputs through every subcommand that reads documents: each error names
/// the file and the problem, exit status 1, no panic.
#[test]
fn every_subcommand_reports_bad_files_clearly() {
    let dir = temp();
    let good = dir.path().join("good.txt");
    fs::write(&good, "A first sentence here. A second sentence there.\n").unwrap();
    let good = good.to_str().unwrap().to_string();
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("empty.txt", b"".to_vec(), "contains no text"),
        ("blank.txt", b" \n\t \n".to_vec(), "contains no text"),
        ("latin1.txt", b"Caf\xe9".to_vec(), "invalid UTF-8"),
        (
            "binary.bin",
            b"\x7fELF\x02\x01\x01\x00\x00".to_vec(),
            "binary",
        ),
    ];
    let sub = dir.path().join("a-directory");
    fs::create_dir(&sub).unwrap();
    let mut files: Vec<(String, &str)> = vec![
        (
            dir.path().join("missing.txt").to_str().unwrap().to_string(),
            "cannot read",
        ),
        (sub.to_str().unwrap().to_string(), "is a directory"),
    ];
    for (name, bytes, msg) in &cases {
        let p = dir.path().join(name);
        fs::write(&p, bytes).unwrap();
        files.push((p.to_str().unwrap().to_string(), msg));
    }
    for (bad, msg) in &files {
        let runs: Vec<Vec<&str>> = vec![
            vec!["segment", bad],
            vec!["detect", bad],
            vec!["detect", "--each-line", bad],
            vec!["align", &good, bad],
            vec!["align", bad, "--presplit", &good],
            vec!["diff", &good, bad],
            vec!["history", bad, &good],
        ];
        for args in runs {
            let o = alinea(&args);
            let err = String::from_utf8_lossy(&o.stderr);
            assert_eq!(o.status.code(), Some(1), "{args:?}: {err}");
            assert!(
                err.contains(bad.as_str()) && err.contains(msg),
                "{args:?}: {err}"
            );
            assert!(!err.contains("panicked"), "{args:?}: {err}");
        }
    }
}

#[test]
fn unknown_formats_and_language_codes_are_usage_or_clear_errors() {
    let p = crate::util::data("seeds/a_res_75_240_ar.txt");
    let p = p.to_str().unwrap();
    for args in [
        vec!["align", p, p, "--format", "docx"],
        vec!["diff", p, p, "--format", "pdf"],
        vec!["segment", p, "--format", "xml"],
    ] {
        assert_eq!(alinea(&args).status.code(), Some(2), "{args:?}");
    }
    for args in [
        vec!["segment", p, "--lang", "arabic"],
        vec!["align", p, p, "--src-lang", "xx1"],
        vec!["diff", p, p, "--languages", "ar,zzz"],
    ] {
        let o = alinea(&args);
        assert_clean_failure(&o, &["language code"]);
    }
}

/// `--lang xx` and `--languages en,xx` are refused with a message naming the code
/// (issue #13: `segment` once accepted any two letters).
#[test]
fn unknown_language_codes_are_refused() {
    let f = crate::util::data("seeds/havana_2019_ru_en.txt");
    let f = f.to_str().unwrap();
    for args in [
        vec!["segment", f, "--lang", "xx"],
        vec!["segment", f, "--languages", "en,xx"],
        vec!["detect", f, "--languages", "xx"],
        vec!["align", f, "--src-lang", "xx"],
        vec!["diff", f, f, "--languages", "english"],
    ] {
        let o = crate::util::alinea(&args);
        crate::util::assert_clean_failure(&o, &["unknown language code"]);
    }
}

/// Options that do not fit the input are refused with a message saying why.
#[test]
fn misfit_options_are_refused() {
    let d = |p: &str| crate::util::data(p).display().to_string();
    let (ar, zh) = (
        d("seeds/a_res_75_240_ar.txt"),
        d("seeds/a_c1_77_l23_rev1_zh.txt"),
    );
    let o = crate::util::alinea(&["diff", &ar, &zh, "--format", "docx"]);
    crate::util::assert_clean_failure(&o, &["--format docx needs two versions in one language"]);
    let fa = d("resolutions/fa/A-RES-71-28.txt");
    let o = crate::util::alinea(&["history", &fa, &fa, "--format", "docx"]);
    crate::util::assert_clean_failure(&o, &["--format docx is for `alinea diff`"]);
    let tsv = d("langid/de.txt");
    let o = crate::util::alinea(&["eval", "langid", &tsv, "--half", "third"]);
    crate::util::assert_clean_failure(&o, &["--half takes all, even or odd"]);
}

/// Issue #11: every command that takes a language refuses a code alinea cannot use, with
/// a message naming it: a made-up code anywhere (`--lang`, `--src-lang`, `--tgt-lang`,
/// `--languages`, a batch record's `src_lang`), and in `--languages` a real code the
/// detector cannot recognise (Icelandic), which would otherwise never be chosen.
#[test]
fn every_command_refuses_language_codes_it_cannot_use() {
    let d = |p: &str| crate::util::data(p).display().to_string();
    let (de, fr) = (d("langid/de.txt"), d("langid/fr.txt"));
    let unknown = ["unknown language code \"qq\""];
    for args in [
        vec!["detect", "--each-line", &de, "--languages", "en,qq"],
        vec!["align", &de, &fr, "--tgt-lang", "qq"],
        vec!["align", &de, &fr, "--languages", "de,fr,qq"],
        vec!["history", &de, &de, "--languages", "qq"],
        vec!["eval", "langid", &de, "--languages", "qq"],
        vec!["batch", "align", "--jsonl", "-", "--languages", "qq"],
    ] {
        assert_clean_failure(&alinea(&args), &unknown);
    }
    let undetectable = ["language `is` is not supported by the language detector"];
    for args in [
        vec!["segment", &de, "--languages", "de,is"],
        vec!["detect", &de, "--languages", "is"],
        vec!["align", &de, &fr, "--languages", "de,fr,is"],
        vec!["diff", &de, &de, "--languages", "is"],
    ] {
        assert_clean_failure(&alinea(&args), &undetectable);
    }
    // A batch record's code is that record's error, naming the field (the stream goes on
    // and exits 0, as the README says).
    let dir = temp();
    let records = dir.path().join("r.jsonl");
    let record = serde_json::json!({"src_path": de, "tgt_path": fr, "src_lang": "qq"});
    fs::write(&records, format!("{record}\n")).unwrap();
    let o = alinea(&["batch", "align", "--jsonl", records.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0));
    assert!(
        stdout(&o).contains("src_lang: unknown language code \\\"qq\\\""),
        "{}",
        stdout(&o)
    );
}
