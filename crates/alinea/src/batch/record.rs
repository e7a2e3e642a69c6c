//! JSON record parsing for the record-stream mode (`alinea batch … --jsonl`): one
//! record per line in, a [`Pair`] (or the reason it is unusable) out. The schema is
//! documented on the binary's `batch` command and in the README.

use std::path::Path;

use alinea_text::Lang;
use serde_json::{Map, Value};

use super::{resolve, side_names, Mode, Pair};
use crate::input::Input;

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
}
