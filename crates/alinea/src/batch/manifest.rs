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
