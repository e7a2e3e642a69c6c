//! Output that behaves like every Unix tool's (issue #10, item 5): special files written
//! directly, symlinks kept, modes as a shell would give them, inputs never overwritten
//! under any name, closed pipes ending quietly, a killed batch resumable.

use std::fs;
use std::io::Read;
use std::os::unix::fs::{FileTypeExt, MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::util::{alinea, assert_clean_failure, data, stderr};

fn seed(name: &str) -> String {
    data(&format!("seeds/{name}")).display().to_string()
}

fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_alinea")
}

/// Runs a shell command line (for umask and descriptor redirections).
fn sh(script: &str) -> std::process::Output {
    Command::new("sh")
        .arg("-c")
        .arg(script)
        .output()
        .expect("sh runs")
}

#[test]
fn new_reports_get_0666_less_the_umask() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("s.txt");
    let o = sh(&format!(
        "umask 027; exec {} segment {} -o {}",
        bin(),
        seed("havana_2019_ru_en.txt"),
        out.display()
    ));
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        fs::metadata(&out).unwrap().permissions().mode() & 0o777,
        0o640
    );
}

#[test]
fn existing_reports_keep_their_mode_and_symlinks_stay_links() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("report.txt");
    fs::write(&target, "old").unwrap();
    fs::set_permissions(&target, fs::Permissions::from_mode(0o604)).unwrap();
    let link = dir.path().join("link.txt");
    std::os::unix::fs::symlink("report.txt", &link).unwrap();
    let o = alinea(&[
        "segment",
        &seed("havana_2019_ru_en.txt"),
        "-o",
        link.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(fs::symlink_metadata(&link)
        .unwrap()
        .file_type()
        .is_symlink());
    assert!(fs::read_to_string(&target).unwrap().contains("Гавана"));
    assert_eq!(
        fs::metadata(&target).unwrap().permissions().mode() & 0o777,
        0o604
    );
    let left: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(left.len(), 2, "no temporary file left behind");
}

#[test]
fn dev_null_stays_a_device() {
    let before = fs::metadata("/dev/null").unwrap();
    let o = alinea(&["segment", &seed("havana_2019_ru_en.txt"), "-o", "/dev/null"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let after = fs::symlink_metadata("/dev/null").unwrap();
    assert!(after.file_type().is_char_device());
    assert_eq!(before.rdev(), after.rdev());
}

#[test]
fn a_character_device_made_with_mknod_is_written_not_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let dev = dir.path().join("null");
    let made = Command::new("mknod")
        .arg(&dev)
        .args(["c", "1", "3"])
        .status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("skipped: mknod is not permitted here (needs root)");
        return;
    }
    let o = alinea(&[
        "segment",
        &seed("havana_2019_ru_en.txt"),
        "-o",
        dev.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(fs::symlink_metadata(&dev)
        .unwrap()
        .file_type()
        .is_char_device());
}

#[test]
fn a_fifo_reader_gets_the_report() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe");
    let made = Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("skipped: mkfifo is not available");
        return;
    }
    let path = fifo.clone();
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        fs::File::open(path)
            .unwrap()
            .read_to_string(&mut s)
            .unwrap();
        s
    });
    let o = alinea(&[
        "segment",
        &seed("havana_2019_ru_en.txt"),
        "-o",
        fifo.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let got = reader.join().unwrap();
    assert!(got.contains("Гавана"), "the reader got: {got:?}");
    assert!(fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo());
}

#[test]
fn dev_fd_is_written_directly() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("fd3.txt");
    let o = sh(&format!(
        "{} segment {} -o /dev/fd/3 3>{}",
        bin(),
        seed("havana_2019_ru_en.txt"),
        out.display()
    ));
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(fs::read_to_string(&out).unwrap().contains("Гавана"));
}

#[test]
fn inputs_are_refused_as_outputs_under_any_name() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.txt");
    fs::copy(seed("havana_2019_ru_en.txt"), &input).unwrap();
    let hard = dir.path().join("hard.txt");
    fs::hard_link(&input, &hard).unwrap();
    let soft = dir.path().join("soft.txt");
    std::os::unix::fs::symlink(&input, &soft).unwrap();
    let before = fs::read(&input).unwrap();
    for dest in [&input, &hard, &soft] {
        let o = alinea(&[
            "segment",
            input.to_str().unwrap(),
            "-o",
            dest.to_str().unwrap(),
        ]);
        assert_clean_failure(&o, &["over an input"]);
    }
    assert_eq!(fs::read(&input).unwrap(), before);
}

/// Every subcommand and output format, its standard output closed before it writes a
/// byte: exit 0 and no error on standard error.
#[test]
fn a_closed_pipe_ends_every_subcommand_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let (ar, zh, havana) = (
        seed("a_res_75_240_ar.txt"),
        seed("a_c1_77_l23_rev1_zh.txt"),
        seed("havana_2019_ru_en.txt"),
    );
    let fa = |n: &str| {
        data(&format!("resolutions/fa/A-RES-{n}.txt"))
            .display()
            .to_string()
    };
    let (old, new) = (fa("71-28"), fa("73-27"));
    let manifest = dir.path().join("pairs.tsv");
    fs::write(&manifest, format!("{old}\t{new}\tx\n")).unwrap();
    let records = dir.path().join("records.jsonl");
    fs::write(
        &records,
        "{\"old_text\": \"a\", \"new_text\": \"b\"}\n".repeat(50),
    )
    .unwrap();
    let gold = dir.path().join("gold");
    fs::create_dir(&gold).unwrap();
    fs::write(gold.join("text.txt"), "One. Two.\n").unwrap();
    fs::write(gold.join("gold.txt"), "One.\nTwo.\n").unwrap();
    let demo = dir.path().join("demo");
    let mut cases: Vec<Vec<String>> = Vec::new();
    for f in ["text", "jsonl"] {
        cases.push(vec![
            "segment".into(),
            havana.clone(),
            "--format".into(),
            f.into(),
        ]);
    }
    cases.push(vec!["detect".into(), havana.clone()]);
    cases.push(vec!["detect".into(), "--each-line".into(), havana.clone()]);
    for f in ["ladder", "jsonl", "tsv", "tmx", "html"] {
        cases.push(vec![
            "align".into(),
            havana.clone(),
            "--format".into(),
            f.into(),
        ]);
    }
    for f in ["json", "md", "text", "html"] {
        cases.push(vec![
            "diff".into(),
            old.clone(),
            new.clone(),
            "--format".into(),
            f.into(),
        ]);
        cases.push(vec![
            "diff".into(),
            ar.clone(),
            zh.clone(),
            "--format".into(),
            f.into(),
        ]);
        cases.push(vec![
            "history".into(),
            old.clone(),
            new.clone(),
            "--format".into(),
            f.into(),
        ]);
    }
    let m = manifest.display().to_string();
    let r = records.display().to_string();
    cases.push(vec!["batch".into(), "diff".into(), m]);
    cases.push(vec!["batch".into(), "diff".into(), "--jsonl".into(), r]);
    cases.push(vec![
        "eval".into(),
        "segment".into(),
        "--gold".into(),
        gold.display().to_string(),
    ]);
    cases.push(vec![
        "demo".into(),
        "--out".into(),
        demo.display().to_string(),
    ]);
    for args in cases {
        let mut child = Command::new(bin())
            .args(&args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take()); // Closed before the program writes anything.
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
        // Progress messages (the demo's) may stand on stderr; errors may not.
        let err = stderr(&out);
        assert!(
            !err.contains("error") && !err.contains("panicked"),
            "{args:?}: {err}"
        );
    }
}

fn report_files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut v: Vec<(String, Vec<u8>)> = fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            (
                e.file_name().to_string_lossy().into_owned(),
                fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    v.sort();
    v
}

/// A batch killed with SIGKILL and run again ends with exactly the reports of a run that
/// was never interrupted, and no leftover temporary files.
#[test]
fn a_batch_killed_with_sigkill_completes_when_run_again() {
    let dir = tempfile::tempdir().unwrap();
    let (ar, fa) = (seed("a_68_98_ar.txt"), seed("a_68_98_fa.txt"));
    let manifest = dir.path().join("pairs.tsv");
    let lines: String = (0..8).map(|i| format!("{ar}\t{fa}\tgge{i}\n")).collect();
    fs::write(&manifest, lines).unwrap();
    let run = |out: &PathBuf| {
        Command::new(bin())
            .args([
                "batch",
                "align",
                manifest.to_str().unwrap(),
                "--threads",
                "1",
            ])
            .arg("--out")
            .arg(out)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap()
    };
    let clean = dir.path().join("clean");
    assert!(run(&clean).wait().unwrap().success());

    let killed = dir.path().join("killed");
    let mut child = run(&killed);
    let deadline = Instant::now() + Duration::from_secs(120);
    while Instant::now() < deadline
        && fs::read_dir(&killed).map_or(0, |d| {
            d.flatten()
                .filter(|e| e.file_name().to_string_lossy().starts_with("gge"))
                .count()
        }) < 1
    {
        std::thread::sleep(Duration::from_millis(5));
    }
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    let done_before = report_files(&killed).len();
    assert!(run(&killed).wait().unwrap().success());
    assert_eq!(report_files(&killed), report_files(&clean));
    assert!(
        done_before < 9,
        "the first run was interrupted ({done_before} files)"
    );
}
