//! Bytes → `alinea_formats::extract` on PDFs (the seeds all start `%PDF-`): never a
//! panic that escapes, a hang or unbounded memory, whatever the parser makes of
//! damaged structure, fonts, compressed streams and page content; what comes out is
//! text the rest of alinea can read.
#![no_main]

use libfuzzer_sys::fuzz_target;

/// The unpack limit: small, so that compressed streams hit the bound cheaply.
const LIMIT: u64 = 1 << 20;

fuzz_target!(|data: &[u8]| {
    if let Ok(Some(doc)) = alinea_formats::extract("fuzz.pdf", data, LIMIT) {
        assert!(!doc.text.contains('\0'), "NUL in the extracted text");
        assert!(!doc.text.trim().is_empty(), "empty text accepted");
        assert!(doc.text.len() as u64 <= LIMIT, "text past the limit");
    }
});
