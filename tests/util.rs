//! Helpers: paths to the embedded data and a runner for the built binary.

use std::path::PathBuf;
use std::process::{Command, Output};

/// A file under the repository's `data/`.
pub fn data(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("data")
        .join(rel)
}

/// Reads a file under `data/`.
pub fn read_data(rel: &str) -> String {
    std::fs::read_to_string(data(rel)).expect("data file")
}

/// Runs `alinea` with arguments.
pub fn alinea(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_alinea"))
        .args(args)
        .output()
        .expect("the alinea binary runs")
}

/// Standard error as text.
pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Standard output as text.
pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// Asserts a failure with a clear message: exit code 1, the message parts present,
/// and no panic or backtrace.
pub fn assert_clean_failure(o: &Output, parts: &[&str]) {
    let err = stderr(o);
    assert_eq!(o.status.code(), Some(1), "exit status; stderr: {err}");
    for p in parts {
        assert!(err.contains(p), "stderr lacks {p:?}: {err}");
    }
    assert!(!err.contains("panicked"), "panic: {err}");
    assert!(!err.contains("RUST_BACKTRACE"), "backtrace hint: {err}");
}
