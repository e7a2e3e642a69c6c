//! The README's examples are run: every fenced block whose lines start with `$ ` holds a
//! command and the output it must print, so the README cannot drift from what the tool
//! does. In the expected output, a line `…` stands for any number of lines; the other
//! lines must appear in order, each run of them contiguous.

use std::path::PathBuf;
use std::process::Command;

/// A command of the README and the output it shows.
struct Example {
    command: String,
    expected: Vec<String>,
}

fn examples(readme: &str) -> Vec<Example> {
    let mut out: Vec<Example> = Vec::new();
    let mut in_block = false;
    // Whether the last example was started in the block being read.
    let mut open = false;
    for line in readme.lines() {
        if line.starts_with("```") {
            in_block = !in_block;
            open = false;
            continue;
        }
        if !in_block {
            continue;
        }
        if let Some(cmd) = line.strip_prefix("$ ") {
            out.push(Example {
                command: cmd.to_string(),
                expected: Vec::new(),
            });
            open = true;
        } else if let Some(ex) = out.last_mut().filter(|_| open) {
            ex.expected.push(line.to_string());
        }
    }
    for ex in &mut out {
        while ex.expected.last().is_some_and(|l| l.trim().is_empty()) {
            ex.expected.pop();
        }
    }
    out
}

/// Whether `actual` holds the chunks of `expected` (split at `…` lines) in order.
fn matches(expected: &[String], actual: &[&str]) -> Result<(), String> {
    let mut at = 0;
    for chunk in expected.split(|l| l.trim() == "…") {
        let chunk: Vec<&str> = chunk.iter().map(String::as_str).collect();
        if chunk.is_empty() {
            continue;
        }
        let found = (at..=actual.len().saturating_sub(chunk.len()))
            .find(|&i| actual.get(i..i + chunk.len()) == Some(chunk.as_slice()));
        match found {
            Some(i) => at = i + chunk.len(),
            None => return Err(format!("lines not found in order:\n{}", chunk.join("\n"))),
        }
    }
    Ok(())
}

#[test]
fn readme_examples_print_what_the_readme_shows() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let examples = examples(&readme);
    assert!(examples.len() >= 4, "the README shows its examples");
    let scratch = tempfile::tempdir().unwrap();
    for ex in &examples {
        let words: Vec<&str> = ex.command.split_whitespace().collect();
        let (args, cwd) = match words.as_slice() {
            // The demo writes ./alinea-demo: run it in a scratch folder.
            ["cargo", "run", "--release", "--", rest @ ..] => (rest.to_vec(), scratch.path()),
            ["alinea", rest @ ..] => (rest.to_vec(), root.as_path()),
            _ => panic!(
                "README example is neither `alinea …` nor `cargo run`: {}",
                ex.command
            ),
        };
        let out = Command::new(env!("CARGO_BIN_EXE_alinea"))
            .args(&args)
            .current_dir(cwd)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}: {}",
            ex.command,
            String::from_utf8_lossy(&out.stderr)
        );
        let stdout = String::from_utf8_lossy(&out.stdout);
        let actual: Vec<&str> = stdout.lines().collect();
        if let Err(e) = matches(&ex.expected, &actual) {
            panic!(
                "README example `{}` is stale: {e}\n--- it prints:\n{stdout}",
                ex.command
            );
        }
    }
}

#[test]
fn the_matcher_can_fail() {
    let exp: Vec<String> = ["a", "…", "c"].iter().map(|s| s.to_string()).collect();
    assert!(matches(&exp, &["a", "b", "c"]).is_ok());
    assert!(matches(&exp, &["c", "a"]).is_err());
}
