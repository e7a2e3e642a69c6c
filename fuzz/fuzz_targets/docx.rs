//! Bytes → `alinea_formats::extract` (format by content, DOCX packages, HTML): never a
//! panic, and what comes out is text the rest of alinea can read (no NUL, and no
//! paragraph broken over lines).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // A small unpack limit keeps zip bombs cheap and exercises the refusal.
    if let Ok(Some(doc)) = alinea_formats::extract("fuzz.docx", data, 1 << 20) {
        assert!(!doc.text.contains('\0'), "NUL in the extracted text");
        assert!(!doc.text.trim().is_empty(), "empty text accepted");
    }
});
