//! Bytes → `alinea_formats::read_memory` (TMX, XLIFF 1.2 and 2): never a panic; every
//! unit read is one line of text with an id, and reading is deterministic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(memory) = alinea_formats::read_memory("fuzz.tmx", data, 1 << 20) else {
        return;
    };
    for u in &memory.units {
        assert!(!u.id.is_empty(), "unit without id");
        for t in std::iter::once(&u.source).chain(u.target.as_ref()) {
            assert!(
                !t.contains(['\n', '\r', '\t']),
                "unit text not folded: {t:?}"
            );
            assert_eq!(t.trim(), t, "unit text not trimmed");
        }
    }
    let again = alinea_formats::read_memory("fuzz.tmx", data, 1 << 20).ok();
    assert_eq!(again.as_ref(), Some(&memory));
});
