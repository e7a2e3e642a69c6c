//! Generators of hostile input shared by `tests/bounds.rs` and `benches/bounds.rs`, so the
//! scaled-down test and the full-size bench measure the same shape of text.

/// About `bytes` bytes of mixed-script words with a full stop every 17 words and no
/// newline at all: one paragraph as long as the file.
pub fn no_newline(bytes: usize) -> String {
    let words = ["alpha", "информация", "مجمع", "信息", "beta", "gamma"];
    let mut s = String::with_capacity(bytes + 16);
    let mut k = 0;
    while s.len() < bytes {
        s.push_str(words[k % words.len()]);
        s.push(if k % 17 == 16 { '.' } else { ' ' });
        k += 1;
    }
    s
}
