//! Machine-readable shapes: every JSON and JSON Lines document alinea writes is built
//! here, so `alinea diff --format json`, a `batch diff` record and the Python package give
//! the same fields for the same pair (see the crate docs for each shape).
//!
//! # Comparison JSON
//!
//! A same-language diff: `{"comparison": "diff", "old_lang", "new_lang", "summary",
//! "changes": [{"kind", "old", "new", "old_label", "new_label", "renumbered",
//! "similarity", "edits": [...]}]}`. A cross-language comparison: `{"comparison":
//! "cross-language", "summary", "pairs", "document_anchors_added",
//! "document_anchors_removed"}`. A history: `{"versions", "files", "lang", "lineages",
//! "transitions"}`.
//!
//! # Segment JSON Lines
//!
//! One object per sentence: `para`, `sent` (global sentence index), `start`, `end` (byte
//! offsets into the decoded input), `text`, `lang`, `label`, `kind`, `part`.
//!
//! # Detect JSON Lines
//!
//! `alinea detect --format jsonl`: one object per language run, `lang`, `first_line`,
//! `last_line` (1-based, inclusive), `confidence`; with `--each-line`, one object per
//! input line, `line`, `lang` (`und` where unsure), `confidence`.
//!
//! # Batch records
//!
//! One object per input record: `id` (string or `null`), `line` (1-based line of the
//! record), `error` (`null` on success). An alignment adds `src_lang`, `tgt_lang`,
//! `src_sentences`, `tgt_sentences`, `bead_count`, `flagged`, `src_coverage`,
//! `tgt_coverage`, `mean_confidence`, `relatedness`, `budget_hit`, `verdict` (`aligned`,
//! `partly_aligned`, `unrelated`) and `beads` (each bead
//! exactly as a line of `alinea align --format jsonl`, with `numbers` on a bead flagged
//! `number_mismatch`, see [`bead_json`]); a comparison adds the fields of
//! the comparison JSON above.

use std::io::{self, Write};

use alinea_align::{Alignment, Bead};
use alinea_diff::{CrossDiff, Diff, History};
use alinea_text::{Document, Lang};
use serde_json::{json, Map, Value};

use crate::align::{flag_names, AlignReport};

/// Three decimals: scores and shares are estimates, and more digits only add noise to
/// diffs of outputs.
pub fn round3(x: f32) -> f64 {
    (f64::from(x) * 1000.0).round() / 1000.0
}

/// The JSON of a same-language diff.
pub fn diff_json(diff: &Diff, old_lang: Option<Lang>, new_lang: Option<Lang>) -> Value {
    let mut value = serde_json::to_value(diff).unwrap_or(Value::Null);
    if let Some(obj) = value.as_object_mut() {
        let mut out = Map::new();
        out.insert("comparison".into(), "diff".into());
        out.insert("old_lang".into(), lang_value(old_lang));
        out.insert("new_lang".into(), lang_value(new_lang));
        out.append(obj);
        return Value::Object(out);
    }
    value
}

/// The JSON of a cross-language comparison.
pub fn cross_json(cross: &CrossDiff) -> Value {
    serde_json::to_value(cross).unwrap_or(Value::Null)
}

/// The JSON of a series history.
pub fn history_json(history: &History, files: &[String], lang: Option<Lang>) -> Value {
    json!({
        "versions": history.versions,
        "files": files,
        "lang": lang_value(lang),
        "lineages": history.lineages,
        "transitions": history.transitions,
    })
}

fn lang_value(l: Option<Lang>) -> Value {
    l.map_or(Value::Null, |l| l.code().into())
}

/// One bead as a JSON object, exactly as `alinea align --format jsonl` writes it.
///
/// A bead flagged `number_mismatch` also has `numbers`: `{"src_only": [...],
/// "tgt_only": [...]}`, the numbers (as written) of each side that the other side
/// does not have.
pub fn bead_json(report: &AlignReport<'_>, b: &Bead) -> Value {
    let (s, t) = report.texts(b);
    let mut v = json!({
        "src": b.src(),
        "tgt": b.tgt(),
        "src_text": s,
        "tgt_text": t,
        "score": round3(b.score()),
        "flags": flag_names(b),
        "shape": format!("{}-{}", b.src().len(), b.tgt().len()),
    });
    if let (Some(d), Value::Object(m)) = (b.number_diff(), &mut v) {
        m.insert("numbers".into(), numbers_json(d));
    }
    v
}

/// Writes `value` pretty-printed with a final line break.
pub fn write_pretty(w: &mut dyn Write, value: &Value) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *w, value)?;
    writeln!(w)
}

/// The sentences of `doc` as JSON objects, one per sentence (see the module docs): the
/// lines of `alinea segment --format jsonl` and the Python package's `Sentence`s.
pub fn segment_records(doc: &Document) -> impl Iterator<Item = Value> + '_ {
    doc.sentences().iter().enumerate().map(move |(i, s)| {
        let p = &doc.paragraphs()[s.para()];
        json!({
            "para": s.para(),
            "sent": i,
            "start": s.span().start,
            "end": s.span().end,
            "text": doc.sentence_text(s),
            "lang": p.lang().map(|l| l.code().to_string()),
            "label": p.label().map(|l| l.value.clone()),
            "kind": p.kind().as_str(),
            "part": p.part().map(|x| x.as_str()),
        })
    })
}

/// Writes the sentences of `doc` as JSON Lines (see the module docs).
pub fn write_segment_jsonl(doc: &Document, w: &mut dyn Write) -> io::Result<()> {
    for obj in segment_records(doc) {
        writeln!(w, "{obj}")?;
    }
    Ok(())
}

/// Writes the sentences of `doc` one per line, a blank line between paragraphs. A line
/// break inside a sentence becomes a space, so that line N is always one sentence.
pub fn write_segment_text(doc: &Document, w: &mut dyn Write) -> io::Result<()> {
    let mut first = true;
    for p in doc.paragraphs() {
        if p.sentence_range().is_empty() {
            continue;
        }
        if !first {
            writeln!(w)?;
        }
        first = false;
        for s in &doc.sentences()[p.sentence_range()] {
            let text = doc.sentence_text(s);
            if text.contains(['\n', '\r']) {
                writeln!(w, "{}", text.replace(['\n', '\r'], " "))?;
            } else {
                writeln!(w, "{text}")?;
            }
        }
    }
    Ok(())
}

/// Writes `alinea detect`'s language runs, `(lang, first_line, last_line, confidence)`
/// with 1-based inclusive lines: as text, `ru 1-129 0.99` per run, or as JSON Lines, one
/// `{"lang", "first_line", "last_line", "confidence"}` object per run.
pub fn write_detect_runs(
    runs: impl IntoIterator<Item = (Lang, usize, usize, f64)>,
    jsonl: bool,
    w: &mut dyn Write,
) -> io::Result<()> {
    for (lang, first, last, confidence) in runs {
        if jsonl {
            let v = json!({"lang": lang.code(), "first_line": first, "last_line": last,
                "confidence": round2(confidence)});
            writeln!(w, "{v}")?;
        } else {
            writeln!(w, "{lang} {first}-{last} {confidence:.2}")?;
        }
    }
    Ok(())
}

/// Writes `alinea detect --each-line`'s verdicts, `(lang, confidence)` per input line
/// (`und` where unsure): as text, `fr 0.93` per line, or as JSON Lines, one `{"line",
/// "lang", "confidence"}` object per line (`line` 1-based).
pub fn write_detect_lines(
    lines: impl IntoIterator<Item = (Lang, f64)>,
    jsonl: bool,
    w: &mut dyn Write,
) -> io::Result<()> {
    for (i, (lang, confidence)) in lines.into_iter().enumerate() {
        if jsonl {
            let v = json!({"line": i + 1, "lang": lang.code(), "confidence": round2(confidence)});
            writeln!(w, "{v}")?;
        } else {
            writeln!(w, "{lang} {confidence:.2}")?;
        }
    }
    Ok(())
}

/// Two decimals, as the text output prints a detector's confidence.
fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// The head every batch record starts with.
fn record_head(id: Option<&str>, line: u64, error: Option<&str>) -> Map<String, Value> {
    let mut m = Map::new();
    m.insert("id".into(), id.map_or(Value::Null, Value::from));
    m.insert("line".into(), line.into());
    m.insert("error".into(), error.map_or(Value::Null, Value::from));
    m
}

/// A failed batch record: `id`, `line` and `error` only.
pub fn error_record(id: Option<&str>, line: u64, error: &str) -> Value {
    Value::Object(record_head(id, line, Some(error)))
}

/// A successful alignment record; `with_beads` adds the bead list.
pub fn align_record(
    id: Option<&str>,
    line: u64,
    report: &AlignReport<'_>,
    with_beads: bool,
) -> Value {
    let a: &Alignment = report.alignment;
    let s = a.summary();
    let mut m = record_head(id, line, None);
    let fields = json!({
        "src_lang": report.src_lang.code(),
        "tgt_lang": report.tgt_lang.code(),
        "src_sentences": report.src.len(),
        "tgt_sentences": report.tgt.len(),
        "bead_count": a.beads().len(),
        "flagged": s.flagged(),
        "src_coverage": round3(s.src_coverage()),
        "tgt_coverage": round3(s.tgt_coverage()),
        "mean_confidence": round3(s.mean_confidence()),
        "relatedness": round3(s.relatedness()),
        "budget_hit": a.budget_hit(),
        "verdict": s.verdict().name(),
    });
    if let Value::Object(mut f) = fields {
        m.append(&mut f);
    }
    if with_beads {
        let beads: Vec<Value> = a.beads().iter().map(|b| bead_json(report, b)).collect();
        m.insert("beads".into(), beads.into());
    }
    Value::Object(m)
}

/// A successful comparison record: the comparison JSON after the record head;
/// `with_details` keeps `changes` / `pairs`.
pub fn compare_record(
    id: Option<&str>,
    line: u64,
    comparison: &Value,
    with_details: bool,
) -> Value {
    let mut m = record_head(id, line, None);
    if let Value::Object(c) = comparison {
        for (k, v) in c {
            if !with_details && (k == "changes" || k == "pairs") {
                continue;
            }
            m.insert(k.clone(), v.clone());
        }
    }
    Value::Object(m)
}

/// One flagged unit of `alinea check` as a JSON Lines record: `id`, `src_text`,
/// `tgt_text`, `score` (3 decimals), `flags`, `notes`, and with `number_mismatch`
/// also `numbers` (as in [`bead_json`]).
pub fn checked_unit_json(u: &crate::CheckedUnit) -> Value {
    let mut v = json!({
        "id": u.id,
        "src_text": u.source,
        "tgt_text": u.target,
        "score": (f64::from(u.score) * 1000.0).round() / 1000.0,
        "flags": u.flags,
        "notes": u.notes,
    });
    if let (Some(d), Value::Object(m)) = (&u.numbers, &mut v) {
        m.insert("numbers".into(), numbers_json(d));
    }
    v
}

/// `{"src_only": [...], "tgt_only": [...]}`: the numbers (as written) of each side
/// that the other side does not have.
fn numbers_json(d: &alinea_align::NumberDiff) -> Value {
    let texts = |r: &[alinea_align::NumberRef]| -> Vec<String> {
        r.iter().map(|x| x.text.clone()).collect()
    };
    json!({"src_only": texts(&d.src_only), "tgt_only": texts(&d.tgt_only)})
}
