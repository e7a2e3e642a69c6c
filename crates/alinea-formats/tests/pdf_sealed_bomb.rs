//! An encrypted PDF whose object stream is a Flate bomb is refused as oversized without
//! being inflated: the memory the reader takes stays near the limit, not near the
//! stream's unpacked size. Its own test binary, so that the allocation counter sees
//! this test alone.
#![cfg(feature = "pdf")]

mod sealed_writer;

// The workspace's counting allocator, shared with the memory tests and benches.
#[path = "../../../tests/alloc_counter.rs"]
mod alloc_counter;

#[global_allocator]
static ALLOCATOR: alloc_counter::Counting = alloc_counter::Counting;

#[test]
fn an_encrypted_object_stream_bomb_is_refused_without_being_inflated() {
    use alinea_formats::{extract, FormatError};
    use sealed_writer::{escaped, sealed_pdf, Cipher};
    const BOMB: usize = 64 << 20;
    const LIMIT: u64 = 1 << 20;
    let bomb = |cipher| sealed_pdf("Sealed text.", BOMB, cipher);
    // The trailer's key spelt with an escape is the same name: still found.
    let cases = [Cipher::Rc4, Cipher::Aes]
        .map(|c| (c, bomb(c)))
        .into_iter()
        .chain([(Cipher::Rc4, escaped(&bomb(Cipher::Rc4)))]);
    for (cipher, pdf) in cases {
        assert!(pdf.len() < 200_000, "{}", pdf.len());
        let (out, taken) = alloc_counter::peak_during(|| extract("bomb.pdf", &pdf, LIMIT));
        let err = match out {
            Err(e) => e,
            Ok(o) => panic!("{cipher:?}: read, {taken} bytes taken at once: {o:?}"),
        };
        assert!(
            matches!(err, FormatError::TooLarge { limit: LIMIT, .. }),
            "{cipher:?}: {err}"
        );
        assert!(
            err.to_string()
                .starts_with("bomb.pdf: a compressed stream unpacks to more than"),
            "{err}"
        );
        // The file, a copy of it, and what the limit lets through: far from 64 MiB.
        assert!(taken < 8 << 20, "{cipher:?}: {taken} bytes taken at once");
    }
}
