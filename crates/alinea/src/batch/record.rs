//! JSON record parsing for the record-stream mode (`alinea batch … --jsonl`): one
//! record per line in, a [`Pair`] (or the reason it is unusable) out, and [`Answers`],
//! which turns a record into its result line. The schema is documented on the binary's
//! `batch` command and in the README.

use std::path::{Path, PathBuf};

use alinea_report::json::error_record;
use alinea_text::Lang;
use serde_json::{Map, Value};

use super::lines::Line;
use super::{resolve, side_names, Mode, Pair, Worker};
use crate::input::Input;

/// How the records of one stream are answered: everything about a result line except
/// the worker that aligns. `alinea batch … --jsonl` and the Python package's
/// `alinea.batch` both answer through it, so a record gets byte for byte the same result
/// line from either.
#[derive(Debug, Clone)]
pub struct Answers {
    /// Align or diff.
    pub mode: Mode,
    /// The folder relative `*_path` fields are resolved against.
    pub base: PathBuf,
    /// Source and target languages for records that give none (`--src-lang`,
    /// `--tgt-lang`).
    pub defaults: (Option<Lang>, Option<Lang>),
    /// The `--max-bytes` limit, named in the message of a record that exceeds it.
    pub limit: u64,
    /// Keep beads, changes and pairs (not `--summary-only`).
    pub details: bool,
}

impl Answers {
    /// The result line (without `\n`) for input line `n`, and whether it is an error.
    /// `worker` is the message of its failure when it could not be built, which every
    /// usable record then gets as its error.
    pub fn answer(&self, worker: Result<&Worker, &str>, n: u64, line: &Line) -> (String, bool) {
        let (id, pair) = match line {
            Line::TooLong(len) => (
                None,
                Err(format!(
                    "record of {len} bytes is longer than the limit of {} (--max-bytes)",
                    self.limit
                )),
            ),
            Line::Bytes(b) => parse_record(b, &self.base, self.mode, self.defaults),
        };
        let result = pair.and_then(|pair| {
            let worker = worker.map_err(str::to_string)?;
            worker.run(&pair).map_err(|e| error_message(&e))
        });
        match result {
            Ok(outcome) => (
                outcome.record(id.as_deref(), n, self.details).to_string(),
                false,
            ),
            Err(e) => (error_record(id.as_deref(), n, &e).to_string(), true),
        }
    }
}

/// An error and its sources on one line, `: `-separated, each part once: library
/// errors often repeat their source in their own message (`a.txt: cannot read: No such
/// file`), and the whole chain would then say it twice.
pub fn error_message(e: &dyn std::error::Error) -> String {
    let mut msg = String::new();
    let mut cause = Some(e);
    while let Some(c) = cause {
        let part = c.to_string();
        if !msg.contains(&part) {
            if !msg.is_empty() {
                msg.push_str(": ");
            }
            msg.push_str(&part);
        }
        cause = c.source();
    }
    msg
}

/// Parses one record into its ID (when it can be found) and a pair.
pub fn parse_record(
    bytes: &[u8],
    base: &Path,
    mode: Mode,
    defaults: (Option<Lang>, Option<Lang>),
) -> (Option<String>, Result<Pair, String>) {
    if bytes.trim_ascii().is_empty() {
        return (None, Err("blank line; expected a JSON record".to_string()));
    }
    let mut map: Map<String, Value> = match serde_json::from_slice(bytes) {
        Ok(Value::Object(m)) => m,
        Ok(other) => {
            let kind = match other {
                Value::Array(_) => "an array",
                Value::String(_) => "a string",
                Value::Number(_) => "a number",
                Value::Bool(_) => "a boolean",
                _ => "null",
            };
            return (None, Err(format!("expected a JSON object, found {kind}")));
        }
        Err(e) => return (None, Err(format!("invalid JSON: {e}"))),
    };
    let id = match map.remove("id") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s),
        Some(Value::Number(n)) => Some(n.to_string()),
        Some(_) => return (None, Err("id must be a string or a number".to_string())),
    };
    let pair = (|| -> Result<Pair, String> {
        let (a, b) = side_names(mode);
        let a_input = take_side(&mut map, mode, a, base)?;
        let b_input = take_side(&mut map, mode, b, base)?;
        let (a_lang, b_lang) = match mode {
            Mode::Align => (
                take_lang(&mut map, "src_lang")?.or(defaults.0),
                take_lang(&mut map, "tgt_lang")?.or(defaults.1),
            ),
            Mode::Diff => (None, None),
        };
        Ok(Pair {
            a: a_input,
            b: b_input,
            a_lang,
            b_lang,
        })
    })();
    (id, pair)
}

/// Takes `<side>_text` or `<side>_path` out of a record.
fn take_side(
    map: &mut Map<String, Value>,
    mode: Mode,
    side: &'static str,
    base: &Path,
) -> Result<Input, String> {
    let text_key = match side {
        "src" => "src_text",
        "tgt" => "tgt_text",
        "old" => "old_text",
        _ => "new_text",
    };
    let path_key = format!("{side}_path");
    match (map.remove(text_key), map.remove(&path_key)) {
        (Some(_), Some(_)) => Err(format!("give {text_key} or {path_key}, not both")),
        (Some(Value::String(text)), None) => Ok(Input::Text {
            name: text_key.to_string(),
            text,
        }),
        (Some(_), None) => Err(format!("{text_key} must be a string")),
        (None, Some(Value::String(p))) if p.trim().is_empty() => {
            Err(format!("{path_key} is empty"))
        }
        (None, Some(Value::String(p))) => Ok(Input::Path(resolve(base, &p))),
        (None, Some(_)) => Err(format!("{path_key} must be a string")),
        (None, None) => {
            let (other_a, _) = side_names(match mode {
                Mode::Align => Mode::Diff,
                Mode::Diff => Mode::Align,
            });
            let hint = if map.contains_key(side) {
                format!(
                    " (\"{side}\" is ambiguous: {text_key} is the text itself, {path_key} a file)"
                )
            } else if map.contains_key(&format!("{other_a}_text"))
                || map.contains_key(&format!("{other_a}_path"))
            {
                format!(
                    " (this is `batch {}`; {other_a}_* fields are for `batch {}`)",
                    mode.name(),
                    if mode == Mode::Align { "diff" } else { "align" }
                )
            } else {
                String::new()
            };
            Err(format!("missing {text_key} or {path_key}{hint}"))
        }
    }
}

fn take_lang(map: &mut Map<String, Value>, key: &str) -> Result<Option<Lang>, String> {
    match map.remove(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(code)) => crate::policy::parse_language(&code)
            .map(Some)
            .map_err(|e| format!("{key}: {e}")),
        Some(_) => Err(format!("{key} must be a string")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn parse(s: &str, mode: Mode) -> (Option<String>, Result<Pair, String>) {
        parse_record(s.as_bytes(), Path::new("/base"), mode, (None, None))
    }

    #[test]
    fn texts_and_paths() {
        let (id, pair) = parse(
            r#"{"id": 7, "src_text": "Hello.", "tgt_path": "b.txt", "tgt_lang": "FR", "extra": 1}"#,
            Mode::Align,
        );
        assert_eq!(id.as_deref(), Some("7"));
        let pair = pair.unwrap();
        assert_eq!(pair.a, Input::text("src_text", "Hello."));
        assert_eq!(pair.b, Input::Path(PathBuf::from("/base/b.txt")));
        assert_eq!(pair.b_lang, Lang::from_code("fr"));
    }

    #[test]
    fn bad_records_say_why_and_keep_their_id() {
        let err = |s: &str, mode| parse(s, mode).1.unwrap_err();
        assert!(err("{oops", Mode::Align).starts_with("invalid JSON"));
        assert!(err("[1]", Mode::Align).contains("found an array"));
        assert!(err("  ", Mode::Align).contains("blank line"));
        let (id, e) = parse(r#"{"id": "x", "src": "a", "tgt_text": "b"}"#, Mode::Align);
        assert_eq!(id.as_deref(), Some("x"));
        assert!(e.unwrap_err().contains("\"src\" is ambiguous"));
        assert!(err(r#"{"old_text": "a", "new_text": "b"}"#, Mode::Align).contains("batch diff"));
        assert!(err(
            r#"{"src_text": "a", "src_path": "a", "tgt_text": "b"}"#,
            Mode::Align
        )
        .contains("not both"));
        assert!(err(
            r#"{"src_text": "a", "tgt_text": "b", "src_lang": "english"}"#,
            Mode::Align
        )
        .contains("unknown language code"));
        assert!(parse(r#"{"old_text": "a", "new_path": "b"}"#, Mode::Diff)
            .1
            .is_ok());
    }

    #[test]
    fn answers_carry_the_line_and_the_id() {
        let answers = Answers {
            mode: Mode::Align,
            base: PathBuf::from("/base"),
            defaults: (None, None),
            limit: 10,
            details: true,
        };
        let worker = Worker::new(&crate::Engine::builder(), Mode::Align).unwrap();
        let line = |s: &str| Line::Bytes(s.as_bytes().to_vec());
        let (out, failed) = answers.answer(Ok(&worker), 7, &line(r#"{"id": "a", "src": 1}"#));
        assert!(failed);
        assert!(
            out.starts_with(r#"{"id":"a","line":7,"error":"missing src_text"#),
            "{out}"
        );
        let (out, failed) = answers.answer(Ok(&worker), 3, &Line::TooLong(11));
        assert!(failed && out.contains("record of 11 bytes is longer than the limit of 10"));
        let (out, failed) = answers.answer(
            Err("no engine"),
            2,
            &line(r#"{"src_text": "A.", "tgt_text": "B."}"#),
        );
        assert!(failed);
        assert_eq!(out, r#"{"id":null,"line":2,"error":"no engine"}"#);
    }

    #[test]
    fn error_messages_say_each_cause_once() {
        #[derive(Debug)]
        struct Outer(std::io::Error);
        impl std::fmt::Display for Outer {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, "a.txt: cannot read: {}", self.0)
            }
        }
        impl std::error::Error for Outer {
            fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
                Some(&self.0)
            }
        }
        let e = Outer(std::io::Error::new(std::io::ErrorKind::NotFound, "gone"));
        assert_eq!(error_message(&e), "a.txt: cannot read: gone");
        let plain = std::io::Error::other("plain");
        assert_eq!(error_message(&plain), "plain");
    }
}
