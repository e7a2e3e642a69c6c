//! Two versions from one input (split at the first 0xFF byte, else in the middle) →
//! `alinea_diff::diff`: every paragraph of both versions in exactly one change, kinds
//! consistent with their sides, edit spans on char boundaries inside the originals.
#![no_main]

use alinea_diff::{diff, DiffError, Document};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let cut = data
        .iter()
        .position(|&b| b == 0xFF)
        .unwrap_or(data.len() / 2);
    let old = Document::parse(String::from_utf8_lossy(&data[..cut]));
    let new = Document::parse(String::from_utf8_lossy(
        data.get(cut + 1..).unwrap_or_default(),
    ));
    let d = match diff(&old, &new) {
        Ok(d) => d,
        Err(DiffError::EmptyVersion { .. }) => {
            assert!(old.paragraphs().is_empty() || new.paragraphs().is_empty());
            return;
        }
        Err(e) => panic!("unexpected error {e}"),
    };
    if let Err(e) = alinea_diff::invariants::check_diff(&d, &old, &new) {
        panic!("invariant broken: {e}");
    }
});
