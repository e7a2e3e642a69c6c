//! Manifest parsing for the manifest mode (`alinea batch align pairs.tsv --out DIR`):
//! one `SRC<TAB>TGT[<TAB>ID]` line per pair; blank lines and `#` comments skipped;
//! relative paths against the manifest's folder; IDs name output files.

use std::path::Path;

use super::lines::Line;
use super::{resolve, Mode, Pair};
use crate::input::Input;

/// One manifest entry, as read.
#[derive(Debug)]
pub struct Entry {
    /// 1-based line number.
    pub line: u64,
    /// The ID, or `-` when the line could not be parsed far enough to find one.
    pub id: String,
    /// The pair, or why the line is unusable.
    pub pair: Result<Pair, String>,
}

/// Whether a line counts as an entry (neither blank nor a comment), for progress totals.
pub fn is_entry(line: &Line) -> bool {
    match line {
        Line::Bytes(b) => {
            let t = b.trim_ascii();
            !(t.is_empty() || t.starts_with(b"#"))
        }
        Line::TooLong(_) => true,
    }
}

/// Parses one manifest line; `None` for blank and comment lines. Errors carry no
/// location yet (the caller adds `manifest:line:`).
pub fn parse_line(line: &Line, n: u64, base: &Path, mode: Mode) -> Option<Entry> {
    let fail = |id: &str, e: String| {
        Some(Entry {
            line: n,
            id: id.to_string(),
            pair: Err(e),
        })
    };
    let bytes = match line {
        Line::TooLong(len) => {
            return fail(
                "-",
                format!("line of {len} bytes is too long (--max-bytes); is this a manifest?"),
            )
        }
        Line::Bytes(b) => b,
    };
    let Ok(text) = std::str::from_utf8(bytes) else {
        return fail("-", "not UTF-8 text".to_string());
    };
    let t = text.trim();
    if t.is_empty() || t.starts_with('#') {
        return None;
    }
    let fields: Vec<&str> = text.split('\t').map(str::trim).collect();
    let (a_name, b_name) = match mode {
        Mode::Align => ("SRC", "TGT"),
        Mode::Diff => ("OLD", "NEW"),
    };
    let expected = format!("expected {a_name}<TAB>{b_name}[<TAB>ID]");
    let (a, b, id) = match fields.as_slice() {
        [a, b] => (*a, *b, None),
        [a, b, id] => (*a, *b, Some(*id)),
        [_] => {
            return fail(
                "-",
                format!("{expected}, found one field (are the fields separated by tabs?)"),
            )
        }
        more => return fail("-", format!("{expected}, found {} fields", more.len())),
    };
    let id_shown = id.unwrap_or("-");
    if a.is_empty() || b.is_empty() {
        let which = if a.is_empty() { a_name } else { b_name };
        return fail(id_shown, format!("{expected}: {which} is empty"));
    }
    let id = match id {
        Some(id) => id.to_string(),
        None => {
            let stem = Path::new(a)
                .file_stem()
                .map_or_else(|| "doc".into(), |s| s.to_string_lossy().into_owned());
            format!("{stem}-{n}")
        }
    };
    if let Err(e) = check_id(&id) {
        return fail(id_shown, e);
    }
    Some(Entry {
        line: n,
        id,
        pair: Ok(Pair {
            a: Input::Path(resolve(base, a)),
            b: Input::Path(resolve(base, b)),
            a_lang: None,
            b_lang: None,
        }),
    })
}

/// IDs become file names: refuse what would escape the output folder or hide the file.
fn check_id(id: &str) -> Result<(), String> {
    if id.is_empty() {
        return Err("the ID is empty".to_string());
    }
    if id.contains(['/', '\\', '\0']) || id.starts_with('.') {
        return Err(format!(
            "ID {id:?} cannot be a file name (no `/`, `\\`, or leading `.`)"
        ));
    }
    Ok(())
}

/// Settings of one manifest read: where relative paths start, the mode, the languages
/// given on the command line, and whether IDs must be unique (they name output files).
#[derive(Debug, Clone)]
pub struct ReadSettings {
    /// The manifest's name in messages.
    pub name: String,
    /// The folder relative paths start from.
    pub base: std::path::PathBuf,
    /// Align or diff.
    pub mode: Mode,
    /// Source and target languages for every pair (align only).
    pub langs: (Option<alinea_text::Lang>, Option<alinea_text::Lang>),
    /// Refuse an ID met before.
    pub unique_ids: bool,
    /// Longest line read (`--max-bytes`).
    pub limit: u64,
}

/// Reads a manifest, giving every entry to `emit` (until it returns `false`), with
/// errors located as `manifest:line:`, the languages set and repeated IDs refused.
///
/// # Errors
///
/// The read error of the manifest itself.
pub fn read_entries(
    input: impl std::io::BufRead,
    s: &ReadSettings,
    mut emit: impl FnMut(Entry) -> bool,
) -> std::io::Result<()> {
    use std::hash::{Hash, Hasher};
    let mut lines = super::lines::LineReader::new(input, s.limit);
    let mut seen: std::collections::HashMap<u64, u64> = std::collections::HashMap::new();
    let mut n = 0u64;
    let name = &s.name;
    while let Some(line) = lines.next_line()? {
        n += 1;
        let Some(mut entry) = parse_line(&line, n, &s.base, s.mode) else {
            continue;
        };
        entry.pair = entry.pair.map_err(|e| format!("{name}:{n}: {e}"));
        if let Ok(pair) = &mut entry.pair {
            (pair.a_lang, pair.b_lang) = s.langs;
            if s.unique_ids {
                let mut h = std::collections::hash_map::DefaultHasher::new();
                entry.id.hash(&mut h);
                if let Some(first) = seen.insert(h.finish(), n) {
                    entry.pair = Err(format!(
                        "{name}:{n}: duplicate ID {:?} (also on line {first}); IDs name the output files",
                        entry.id
                    ));
                }
            }
        }
        if !emit(entry) {
            break;
        }
    }
    Ok(())
}

/// The entries of a manifest (lines that are neither blank nor comments), for a
/// progress total.
///
/// # Errors
///
/// The read error of the manifest.
pub fn count_entries(input: impl std::io::BufRead, limit: u64) -> std::io::Result<u64> {
    let mut lines = super::lines::LineReader::new(input, limit);
    let mut n = 0;
    while let Some(line) = lines.next_line()? {
        n += u64::from(is_entry(&line));
    }
    Ok(n)
}

/// The summary line of a document done, as the manifest mode prints it:
/// `ID<TAB>ok<TAB>sentences=…<TAB>beads=…` for an alignment, `ID<TAB>ok<TAB>paragraphs=…`
/// and every other count of the comparison's summary for a comparison.
pub fn done_line(id: &str, done: &super::Outcome) -> String {
    match done {
        super::Outcome::Aligned(a) => {
            let s = a.alignment.summary();
            format!(
                "{id}\tok\tsentences={}/{}\tbeads={}\tcoverage={:.3}/{:.3}\tconfidence={:.3}\tflagged={}",
                a.src.sentences.len(),
                a.tgt.sentences.len(),
                a.alignment.beads().len(),
                s.src_coverage(),
                s.tgt_coverage(),
                s.mean_confidence(),
                s.flagged()
            )
        }
        super::Outcome::Compared(c) => summary_line(id, &c.to_json()["summary"]),
    }
}

/// Paragraph counts first, then every other count of the comparison's summary, in the
/// JSON's order (a diff and a cross-language comparison have different ones).
fn summary_line(id: &str, s: &serde_json::Value) -> String {
    let num = |k: &str| s[k].as_u64().unwrap_or(0);
    let mut line = format!(
        "{id}\tok\tparagraphs={}/{}",
        num("old_paragraphs"),
        num("new_paragraphs")
    );
    for (k, v) in s.as_object().into_iter().flatten() {
        if k.ends_with("_paragraphs") || k.ends_with("_lang") {
            continue;
        }
        if let Some(n) = v.as_u64() {
            line.push_str(&format!("\t{k}={n}"));
        } else if let Some(x) = v.as_f64() {
            line.push_str(&format!("\t{k}={x:.3}"));
        }
    }
    line
}
