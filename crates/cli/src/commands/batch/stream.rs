//! The record-stream mode (`--jsonl`): one JSON record per input line, one JSON result
//! per input line, in input order. The schemas are documented on the `batch` module.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Write};
use std::path::{Path, PathBuf};

use alinea_align::Bead;
use alinea_text::Lang;
use anyhow::{bail, Context, Result};
use serde::Serialize;
use serde_json::{Map, Value};

use super::lines::{Line, LineReader};
use super::ordered::{self, Emit, Sink};
use super::work::{message, resolve, side_names, Engines, Input, Pair};
use super::{progress, Job, Mode};

/// Runs a record stream from `path` (`-`: standard input) to standard output.
pub(super) fn run(job: &Job, path: &Path, summary_only: bool) -> Result<()> {
    let from_stdin = path.as_os_str() == "-";
    let name = if from_stdin {
        "<stdin>".to_string()
    } else {
        path.display().to_string()
    };
    let (input, base): (Box<dyn BufRead + Send>, PathBuf) = if from_stdin {
        (Box::new(BufReader::new(io::stdin())), PathBuf::new())
    } else {
        if path.is_dir() {
            bail!("{name}: is a directory; give a file of JSON records");
        }
        let file = File::open(path).with_context(|| format!("{name}: cannot open"))?;
        let base = path.parent().map(Path::to_path_buf).unwrap_or_default();
        (Box::new(BufReader::new(file)), base)
    };
    let limit = job.settings.max_bytes;
    let shown = name.clone();
    let read = move |emit: &mut Emit<'_, (u64, Line)>| -> Result<()> {
        let mut lines = LineReader::new(input, limit);
        let mut n = 0u64;
        while let Some(line) = lines
            .next_line()
            .with_context(|| format!("{shown}: cannot read the records"))?
        {
            n += 1;
            if !emit((n, line)) {
                break;
            }
        }
        Ok(())
    };
    let settings = job.settings.clone();
    let init = || Engines::new(&settings).map_err(|e| message(&e));
    let defaults = (job.src_lang, job.tgt_lang);
    let mode = job.settings.mode;
    let work = |engines: &mut Result<Engines, String>, (n, line): (u64, Line)| {
        answer(
            engines,
            n,
            &line,
            &base,
            mode,
            defaults,
            limit,
            summary_only,
        )
    };
    let mut sink = Results {
        out: io::BufWriter::new(io::stdout()),
        bar: progress(None, job.quiet),
        records: 0,
        failed: 0,
    };
    ordered::run(job.threads, job.window, read, init, work, &mut sink)?;
    sink.bar.finish_and_clear();
    if !job.quiet && sink.failed > 0 {
        eprintln!(
            "alinea: {} of {} records failed (see their `error` field)",
            sink.failed, sink.records
        );
    }
    Ok(())
}

/// The result line (without its line break) for input line `n`, and whether it is an error.
#[allow(clippy::too_many_arguments)]
fn answer(
    engines: &Result<Engines, String>,
    n: u64,
    line: &Line,
    base: &Path,
    mode: Mode,
    defaults: (Option<Lang>, Option<Lang>),
    limit: u64,
    summary_only: bool,
) -> (String, bool) {
    let (id, pair) = match line {
        Line::TooLong(len) => (
            None,
            Err(format!(
                "record of {len} bytes is longer than the limit of {limit} (--max-bytes)"
            )),
        ),
        Line::Bytes(b) => parse_record(b, base, mode, defaults),
    };
    let fail = |e: &str| {
        let r = ErrorResult {
            id: id.as_deref(),
            line: n,
            error: e,
        };
        (to_line(&r), true)
    };
    let pair = match pair {
        Ok(p) => p,
        Err(e) => return fail(&e),
    };
    let engines = match engines {
        Ok(e) => e,
        Err(e) => return fail(e),
    };
    match mode {
        Mode::Align => match engines.align(&pair) {
            Ok((src, tgt, alignment)) => {
                let s = alignment.summary();
                let r = AlignResult {
                    id: id.as_deref(),
                    line: n,
                    error: None,
                    src_lang: src.lang.code(),
                    tgt_lang: tgt.lang.code(),
                    src_sentences: src.sentences.len(),
                    tgt_sentences: tgt.sentences.len(),
                    bead_count: alignment.beads().len(),
                    flagged: s.flagged(),
                    src_coverage: round(s.src_coverage()),
                    tgt_coverage: round(s.tgt_coverage()),
                    mean_confidence: round(s.mean_confidence()),
                    relatedness: round(s.relatedness()),
                    budget_hit: alignment.budget_hit(),
                    beads: (!summary_only)
                        .then(|| alignment.beads().iter().map(BeadResult::from).collect()),
                };
                (to_line(&r), false)
            }
            Err(e) => fail(&message(&e)),
        },
        Mode::Diff => match engines.diff(&pair) {
            Ok(d) => {
                let r = DiffResult {
                    id: id.as_deref(),
                    line: n,
                    error: None,
                    summary: &d.summary,
                    changes: (!summary_only).then_some(d.changes.as_slice()),
                };
                (to_line(&r), false)
            }
            Err(e) => fail(&message(&e)),
        },
    }
}

fn to_line(v: &impl Serialize) -> String {
    serde_json::to_string(v).unwrap_or_else(|e| {
        // Only non-finite floats could get here; say so rather than lose the line.
        format!(
            r#"{{"id":null,"line":null,"error":"internal error: cannot write the result: {e}"}}"#
        )
    })
}

/// Three decimals, as `alinea align --format jsonl` writes scores.
fn round(x: f32) -> f64 {
    (f64::from(x) * 1000.0).round() / 1000.0
}

/// Parses one record into its ID (when it can be found) and a pair.
fn parse_record(
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
            name: text_key,
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
        Some(Value::String(code)) => Lang::from_code(&code).map(Some).ok_or_else(|| {
            format!("{key}: unknown language code {code:?}; use ISO 639-1 codes such as en, fr, ru")
        }),
        Some(_) => Err(format!("{key} must be a string")),
    }
}

#[derive(Serialize)]
struct ErrorResult<'a> {
    id: Option<&'a str>,
    line: u64,
    error: &'a str,
}

#[derive(Serialize)]
struct AlignResult<'a> {
    id: Option<&'a str>,
    line: u64,
    error: Option<&'a str>,
    src_lang: &'a str,
    tgt_lang: &'a str,
    src_sentences: usize,
    tgt_sentences: usize,
    bead_count: usize,
    flagged: usize,
    src_coverage: f64,
    tgt_coverage: f64,
    mean_confidence: f64,
    relatedness: f64,
    budget_hit: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    beads: Option<Vec<BeadResult<'a>>>,
}

#[derive(Serialize)]
struct BeadResult<'a> {
    src: &'a [usize],
    tgt: &'a [usize],
    score: f64,
    flags: Vec<&'static str>,
}

impl<'a> From<&'a Bead> for BeadResult<'a> {
    fn from(b: &'a Bead) -> BeadResult<'a> {
        let f = b.flags();
        let flags = [
            (f.number_mismatch(), "number_mismatch"),
            (f.length_ratio(), "length_ratio"),
            (f.omission(), "omission"),
            (f.untranslated(), "untranslated"),
            (f.low_confidence(), "low_confidence"),
        ]
        .into_iter()
        .filter_map(|(on, name)| on.then_some(name))
        .collect();
        BeadResult {
            src: b.src(),
            tgt: b.tgt(),
            score: round(b.score()),
            flags,
        }
    }
}

#[derive(Serialize)]
struct DiffResult<'a> {
    id: Option<&'a str>,
    line: u64,
    error: Option<&'a str>,
    #[serde(flatten)]
    summary: &'a alinea_diff::Summary,
    #[serde(skip_serializing_if = "Option::is_none")]
    changes: Option<&'a [alinea_diff::Change]>,
}

/// Writes results to standard output, flushing whenever nothing else is ready.
struct Results {
    out: io::BufWriter<io::Stdout>,
    bar: indicatif::ProgressBar,
    records: usize,
    failed: usize,
}

impl Sink<(String, bool)> for Results {
    fn put(&mut self, (line, failed): (String, bool)) -> Result<()> {
        self.records += 1;
        self.failed += usize::from(failed);
        self.out.write_all(line.as_bytes())?;
        self.out.write_all(b"\n")?;
        self.bar.inc(1);
        Ok(())
    }

    fn idle(&mut self) -> Result<()> {
        self.out.flush()?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(
            pair.a,
            Input::Text {
                name: "src_text",
                text: "Hello.".into()
            }
        );
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
