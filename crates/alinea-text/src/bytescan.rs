//! Finding the next byte of interest in a run of text.
//!
//! Several passes of the text layer (line breaks, sentence stops, Hangul, CJK, web-text
//! marks) look for bytes that are rare in running text. Testing the bytes a block at a
//! time with a test made of comparisons lets the compiler use vector instructions, so the
//! bytes between two hits cost a fraction of an instruction each instead of a branch each.

/// How many bytes are tested at once: two 16-byte vectors, the width every x86-64 and
/// AArch64 processor has.
const BLOCK: usize = 32;

/// How many bytes are tested one by one before blocks are.
const NEAR: usize = 4;

/// The first index at or after `from` whose byte satisfies `hit`, or `bytes.len()` when
/// none does. `hit` should be a few comparisons (no table lookup), so that the block test
/// vectorizes; it is called on every byte, so it must not depend on its position.
#[inline]
pub(crate) fn find(bytes: &[u8], from: usize, hit: impl Fn(u8) -> bool) -> usize {
    let mut i = from.min(bytes.len());
    // Where hits are dense (Arabic letters share lead bytes with stops) the next one is
    // often among the first few bytes: look at those one by one before testing blocks.
    let near = (i + NEAR).min(bytes.len());
    while i < near {
        if hit(bytes[i]) {
            return i;
        }
        i += 1;
    }
    while let Some(block) = bytes.get(i..i + BLOCK) {
        if block.iter().fold(false, |any, &b| any | hit(b)) {
            break;
        }
        i += BLOCK;
    }
    while i < bytes.len() && !hit(bytes[i]) {
        i += 1;
    }
    i
}

/// Whether any byte of `bytes` satisfies `hit` (see [`find`]).
#[inline]
pub(crate) fn any(bytes: &[u8], hit: impl Fn(u8) -> bool) -> bool {
    find(bytes, 0, hit) < bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_first_hit_in_or_after_a_block() {
        let mut b = vec![b'a'; 100];
        assert_eq!(find(&b, 0, |c| c == b'x'), 100);
        assert!(!any(&b, |c| c == b'x'));
        for at in [0, 5, 31, 32, 33, 63, 64, 70, 99] {
            b[at] = b'x';
            assert_eq!(find(&b, 0, |c| c == b'x'), at);
            assert_eq!(find(&b, at, |c| c == b'x'), at);
            assert_eq!(find(&b, at + 1, |c| c == b'x'), 100);
            assert!(any(&b, |c| c == b'x'));
            b[at] = b'a';
        }
        assert_eq!(find(&b, 500, |c| c == b'a'), 100);
    }
}
