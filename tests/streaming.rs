//! `alinea batch align|diff --jsonl -`: one JSON record per input line in, exactly one
//! JSON result per input line out, in order, with bad records answered in line and
//! memory flat however long the stream.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use crate::util::data;

/// Runs `alinea` with `input` on standard input; returns status, stdout lines, stderr.
fn run_stream(args: &[&str], input: &str) -> (Option<i32>, Vec<Value>, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_alinea"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_string();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    let results = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
    (
        out.status.code(),
        results,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn case(name: &str, file: &str) -> String {
    data("align_cases")
        .join(name)
        .join(file)
        .display()
        .to_string()
}

#[test]
fn results_keep_input_order() {
    // Slow (whole files) and fast (one sentence) records interleaved, so later records
    // often finish first.
    let mut input = String::new();
    for i in 0..300 {
        let rec = if i % 10 == 0 {
            json!({"id": format!("r{i}"), "src_path": case("en_fr_notice", "src.txt"),
                   "tgt_path": case("en_fr_notice", "tgt.txt")})
        } else {
            json!({"id": format!("r{i}"), "src_text": format!("Item {i} was adopted."),
                   "tgt_text": format!("Le point {i} a été adopté."),
                   "src_lang": "en", "tgt_lang": "fr"})
        };
        input.push_str(&rec.to_string());
        input.push('\n');
    }
    let (code, results, err) = run_stream(
        &[
            "batch",
            "align",
            "--jsonl",
            "-",
            "--threads",
            "4",
            "--window",
            "8",
        ],
        &input,
    );
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(results.len(), 300);
    for (i, r) in results.iter().enumerate() {
        assert_eq!(r["id"], format!("r{i}"));
        assert_eq!(r["line"], i + 1);
        assert_eq!(r["error"], Value::Null, "{r}");
        assert!(r["bead_count"].as_u64().unwrap() >= 1, "{r}");
    }
    assert_eq!(results[0]["src_sentences"], 8);
    assert_eq!(results[1]["beads"][0]["src"], json!([0]));
    assert_eq!(results[1]["beads"][0]["tgt"], json!([0]));
    assert_eq!(results[0], {
        let mut r = results[10].clone();
        r["id"] = json!("r0");
        r["line"] = json!(1);
        r
    });
}

#[test]
fn bad_records_are_answered_in_line() {
    let tmp = tempfile::tempdir().unwrap();
    let input = [
        json!({"id": "ok", "src_text": "The Assembly met on 3 May 2020. It adopted the report.",
               "tgt_text": "L'Assemblée s'est réunie le 3 mai 2020. Elle a adopté le rapport.",
               "src_lang": "en", "tgt_lang": "fr"})
        .to_string(),
        "{not json".to_string(),
        String::new(),
        json!({"id": "no-tgt", "src_text": "Hello."}).to_string(),
        json!({"id": "empty", "src_text": "  ", "tgt_text": "Bonjour."}).to_string(),
        json!({"id": 42, "src_path": tmp.path().join("missing.txt"), "tgt_text": "x"}).to_string(),
        json!({"id": "both", "src_text": "a", "src_path": "a.txt", "tgt_text": "b"}).to_string(),
        json!({"id": "ambiguous", "src": "a", "tgt": "b"}).to_string(),
        "[1, 2]".to_string(),
        json!({"id": "lang", "src_text": "a", "tgt_text": "b", "src_lang": "english"}).to_string(),
        json!({"id": "last", "src_path": case("en_fr_merge", "src.txt"),
               "tgt_path": case("en_fr_merge", "tgt.txt")})
        .to_string(),
    ]
    .join("\n");
    let (code, r, err) = run_stream(&["batch", "align", "--jsonl", "-"], &input);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(r.len(), 11, "{r:?}");
    for (i, r) in r.iter().enumerate() {
        assert_eq!(r["line"], i + 1, "{r}");
    }
    let error = |i: usize| r[i]["error"].as_str().unwrap_or_else(|| panic!("{}", r[i]));
    assert_eq!(r[0]["error"], Value::Null);
    assert_eq!(r[0]["bead_count"], 2);
    assert_eq!(r[1]["id"], Value::Null);
    assert!(error(1).starts_with("invalid JSON"));
    assert!(error(2).contains("blank line"));
    assert_eq!(r[3]["id"], "no-tgt");
    assert!(error(3).contains("missing tgt_text or tgt_path"));
    assert!(error(4).contains("src_text is empty"));
    assert_eq!(r[5]["id"], "42");
    assert!(error(5).contains("missing.txt: cannot read"));
    assert!(error(6).contains("not both"));
    assert!(error(7).contains("ambiguous"));
    assert!(error(8).contains("expected a JSON object"));
    assert!(error(9).contains("unknown language code"));
    assert_eq!(r[10]["id"], "last");
    assert_eq!(r[10]["error"], Value::Null);
    // A failed record carries id, line and error only.
    assert_eq!(r[3].as_object().unwrap().len(), 3);
    assert!(err.contains("9 of 11 records failed"), "{err}");
}

#[test]
fn diff_records() {
    let input = [
        json!({"id": "d", "old_text": "1. Calls upon States to cooperate.\n\n2. Decides to remain seized.\n",
               "new_text": "1. Welcomes the report.\n\n2. Calls upon all States to cooperate.\n\n3. Decides to remain seized.\n"}),
        json!({"id": "wrong-mode", "src_text": "a", "tgt_text": "b"}),
    ]
    .map(|v| v.to_string())
    .join("\n");
    let (code, r, err) = run_stream(&["batch", "diff", "--jsonl", "-"], &input);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(r[0]["comparison"], "diff");
    assert_eq!(r[0]["summary"]["added"], 1);
    assert_eq!(r[0]["summary"]["unchanged"], 1);
    assert_eq!(r[0]["changes"].as_array().unwrap().len(), 3);
    assert!(r[1]["error"].as_str().unwrap().contains("batch align"));
    let (_, r, _) = run_stream(&["batch", "diff", "--jsonl", "-", "--summary-only"], &input);
    assert!(r[0].get("changes").is_none());
}

#[test]
fn closed_stdout_ends_the_stream_quietly() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_alinea"))
        .args(["batch", "diff", "--jsonl", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    for i in 0..200 {
        writeln!(
            stdin,
            r#"{{"id":{i},"old_text":"a {i}","new_text":"b {i}"}}"#
        )
        .unwrap();
    }
    stdin.flush().unwrap();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    out.read_line(&mut first).unwrap();
    assert!(first.starts_with(r#"{"id":"0""#), "{first}");
    drop(out);
    // Standard input stays open: the program must not wait for it.
    let deadline = Instant::now() + Duration::from_secs(20);
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        assert!(
            Instant::now() < deadline,
            "alinea kept running after its output closed"
        );
        std::thread::sleep(Duration::from_millis(20));
    };
    drop(stdin);
    assert_eq!(status.code(), Some(0));
}

/// Peak resident memory of a running process, in kB.
fn peak_rss_kb(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .expect("VmHWM in /proc/PID/status")
}

/// Streams `n` records generated on the fly through a pipe and returns the child's peak
/// resident memory (kB) after the first tenth of the results and after all of them;
/// checks every result's line number on the way. Standard input stays open until the
/// last result is read, so the process is still there to be measured.
fn peak_memory(args: &[&str], n: usize, record: fn(usize) -> String) -> (u64, u64, usize) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_alinea"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let pid = child.id();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let mut w = std::io::BufWriter::new(&mut stdin);
        for i in 0..n {
            writeln!(w, "{}", record(i)).unwrap();
        }
        w.flush().unwrap();
        drop(w);
        stdin
    });
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    let (mut early, mut errors) = (0, 0);
    for i in 0..n {
        line.clear();
        assert!(out.read_line(&mut line).unwrap() > 0, "stream ended at {i}");
        // A cheap check: parsing 100,000 results in a debug build would dominate the test.
        let expected = format!(",\"line\":{},\"error\":", i + 1);
        assert!(line.contains(&expected), "result {i}: {line}");
        errors += usize::from(!line.contains("\"error\":null"));
        if i + 1 == n / 10 {
            early = peak_rss_kb(pid);
        }
    }
    let late = peak_rss_kb(pid);
    drop(writer.join().unwrap());
    assert!(child.wait().unwrap().success());
    (early, late, errors)
}

/// 100,000 records through a pipe: the peak memory after 100,000 results is the peak
/// after 10,000, give or take allocator noise. One record in ten is a real comparison
/// (10,000 documents through the engines) and the others are cheap bad records, so the
/// test runs in seconds in a debug build; every record goes through the same reader,
/// window and writer. `memory_stays_flat_over_100k_aligned_records` is the heavy
/// variant, run in release by CI.
#[test]
fn memory_stays_flat_over_100k_records() {
    if !std::path::Path::new("/proc/self/status").exists() {
        eprintln!("skipped: no /proc on this system");
        return;
    }
    const N: usize = 100_000;
    let (early, late, errors) = peak_memory(
        &["batch", "diff", "--jsonl", "-", "--summary-only"],
        N,
        |i| {
            if i % 10 == 0 {
                format!(
                    r#"{{"id":{i},"old_text":"1. Decides to include item {i}.","new_text":"1. Decides to include item {}."}}"#,
                    i + 1
                )
            } else {
                format!(r#"{{"id":{i},"old_text":"Item {i}."}}"#)
            }
        },
    );
    assert_eq!(errors, N / 10 * 9);
    assert!(
        late <= early + 4 * 1024,
        "peak memory grew from {early} kB after {} records to {late} kB after {N}",
        N / 10
    );
}

/// 100,000 real alignments, with their beads. Too slow for a debug build (about 1 ms a
/// record); CI runs it in release:
/// `cargo test --release --test integration -- --ignored memory_stays_flat`.
#[test]
#[ignore = "100,000 alignments: minutes in a debug build; CI runs it with --release"]
fn memory_stays_flat_over_100k_aligned_records() {
    if !std::path::Path::new("/proc/self/status").exists() {
        eprintln!("skipped: no /proc on this system");
        return;
    }
    const N: usize = 100_000;
    let (early, late, errors) = peak_memory(&["batch", "align", "--jsonl", "-"], N, |i| {
        format!(
            r#"{{"id":{i},"src_text":"The Assembly met on {i} May. It adopted report {i}.","tgt_text":"L'Assemblée s'est réunie le {i} mai. Elle a adopté le rapport {i}.","src_lang":"en","tgt_lang":"fr"}}"#
        )
    });
    assert_eq!(errors, 0);
    assert!(
        late <= early + 4 * 1024,
        "peak memory grew from {early} kB after {} records to {late} kB after {N}",
        N / 10
    );
}
