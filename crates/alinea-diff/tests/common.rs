//! Helpers shared by the integration tests.

#![allow(dead_code)]

use std::path::PathBuf;

use alinea_diff::{Diff, Document};

/// Loads `data/resolutions/fa/<name>.txt`.
pub fn load_fa(name: &str) -> Document {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../data/resolutions/fa")
        .join(format!("{name}.txt"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    Document::parse(text)
}

/// The invariants every diff must keep (`alinea_diff::invariants::check_diff`).
pub fn check_invariants(d: &Diff, old: &Document, new: &Document) {
    if let Err(e) = alinea_diff::invariants::check_diff(d, old, new) {
        panic!("{e}");
    }
}
