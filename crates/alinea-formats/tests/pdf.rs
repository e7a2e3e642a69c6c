//! PDFs written by the test (`pdf_writer`), read back: paragraphs rebuilt from the
//! lines' geometry, labels kept, page numbers dropped; and damaged, encrypted and
//! oversized PDFs refused with a message that names the file.

mod common;
mod pdf_writer;
#[cfg(feature = "pdf")]
mod sealed_writer;

use alinea_formats::{extract, FormatError};

#[cfg(feature = "pdf")]
#[test]
fn paragraphs_and_labels_come_back_page_numbers_do_not() {
    use alinea_formats::Format;
    let out = extract("res.pdf", &pdf_writer::resolution(), 1 << 20)
        .unwrap()
        .unwrap();
    assert_eq!(out.format, Format::Pdf);
    assert_eq!(
        common::paras(&out.text),
        [
            "The General Assembly,",
            "Recalling its earlier resolutions on the subject of information and telecommunications in the context of international security,",
            "1. Calls upon Member States to promote further the consideration of existing and potential threats in the field of information security.",
            "2. Decides to include in the provisional agenda of its next session the item entitled \"Developments in the field of information and telecommunications in the context of international security\".",
        ]
    );
}

#[cfg(feature = "pdf")]
#[test]
fn truncated_encrypted_and_oversized_pdfs_are_refused_by_name() {
    let good = pdf_writer::resolution();
    let err = extract("cut.pdf", &good[..good.len() / 2], 1 << 20).unwrap_err();
    assert!(matches!(err, FormatError::Corrupt { .. }), "{err}");
    assert!(err.to_string().starts_with("cut.pdf: "), "{err}");
    assert!(err.to_string().contains("cut short"), "{err}");

    // A standard security handler whose user password is not empty: the check value
    // /U cannot match the empty password.
    let encrypt = "<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 \
        /O <0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef> \
        /U <fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210> >>";
    let locked = pdf_writer::pdf_with(&[vec![(72.0, 700.0, "Secret text.")]], Some(encrypt));
    let err = extract("locked.pdf", &locked, 1 << 20).unwrap_err();
    assert!(matches!(err, FormatError::Encrypted { .. }), "{err}");
    assert!(
        err.to_string()
            .contains("locked.pdf: the document is password-protected"),
        "{err}"
    );

    let err = extract("big.pdf", &good, 100).unwrap_err();
    assert!(
        matches!(err, FormatError::TooLarge { limit: 100, .. }),
        "{err}"
    );
    assert!(err.to_string().starts_with("big.pdf: "), "{err}");

    let mut garbage = b"%PDF-1.7\n".to_vec();
    garbage.extend_from_slice(&[0x5a; 300]);
    garbage.extend_from_slice(b"\n%%EOF\n");
    let err = extract("junk.pdf", &garbage, 1 << 20).unwrap_err();
    assert!(matches!(err, FormatError::Corrupt { .. }), "{err}");
    assert!(
        err.to_string()
            .contains("junk.pdf: cannot read this PDF file"),
        "{err}"
    );
}

#[cfg(feature = "pdf")]
/// A page whose content stream makes the parser panic (`cm` takes six operands), after
/// a line of good text.
fn panicking_pdf() -> Vec<u8> {
    pdf_writer::pdf_of_streams(
        &[(
            String::new(),
            b"BT /F1 12 Tf 72 700 Td (Good text.) Tj ET\n1 0 cm\n".to_vec(),
        )],
        None,
    )
}

#[cfg(feature = "pdf")]
/// A page of one line whose Flate-compressed content stream inflates to `size` bytes
/// (the line, then spaces): a few kilobytes on disk.
fn deflated_pdf(size: usize) -> Vec<u8> {
    use std::io::Write;
    let mut content = b"BT /F1 12 Tf 72 700 Td (Packed text.) Tj ET\n".to_vec();
    content.resize(size, b' ');
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    z.write_all(&content).unwrap();
    pdf_writer::pdf_of_streams(
        &[("/Filter /FlateDecode".to_string(), z.finish().unwrap())],
        None,
    )
}

#[cfg(feature = "pdf")]
#[test]
fn a_parser_panic_is_a_damaged_file_error() {
    let err = extract("bad.pdf", &panicking_pdf(), 1 << 20).unwrap_err();
    assert!(matches!(err, FormatError::Corrupt { .. }), "{err}");
    assert!(
        err.to_string()
            .starts_with("bad.pdf: cannot read this PDF file"),
        "{err}"
    );
}

/// Found by the `pdf` fuzz target: a string whose codes map to control characters
/// (NUL, a line feed) gave text with a NUL in it; controls are dropped, line breaks
/// and tabs inside a glyph are spaces, so the text stays one paragraph per line.
#[cfg(feature = "pdf")]
#[test]
fn control_characters_in_strings_do_not_reach_the_text() {
    let pdf = pdf_writer::pdf_of_streams(
        &[(
            String::new(),
            b"BT /F1 12 Tf 72 700 Td (Gen\x00eva) Tj ET\nBT /F1 12 Tf 72 686 Td (is\ncity\tof\x01peace.) Tj ET\n".to_vec(),
        )],
        None,
    );
    let out = extract("ctl.pdf", &pdf, 1 << 20).unwrap().unwrap();
    assert!(
        !out.text.contains(|c: char| c.is_control() && c != '\n'),
        "{:?}",
        out.text
    );
    let paras = common::paras(&out.text);
    assert_eq!(paras.len(), 1, "{paras:?}");
    let words: Vec<&str> = paras[0].split_whitespace().collect();
    assert_eq!(words.concat(), "Genevaiscityofpeace.", "{paras:?}");
}

#[cfg(feature = "pdf")]
#[test]
fn compressed_streams_are_bounded_by_their_unpacked_size() {
    const SIZE: usize = 3 << 20;
    let pdf = deflated_pdf(SIZE);
    assert!(pdf.len() < 10_000, "{}", pdf.len());
    let err = extract("bomb.pdf", &pdf, 1 << 20).unwrap_err();
    assert!(
        matches!(err, FormatError::TooLarge { limit, .. } if limit == 1 << 20),
        "{err}"
    );
    assert!(
        err.to_string()
            .starts_with("bomb.pdf: a compressed stream unpacks to more than"),
        "{err}"
    );
    // Within the limit the same file reads.
    let out = extract("bomb.pdf", &pdf, SIZE as u64).unwrap().unwrap();
    assert_eq!(common::paras(&out.text), ["Packed text."]);
    let err = extract("bomb.pdf", &pdf, SIZE as u64 - 1).unwrap_err();
    assert!(matches!(err, FormatError::TooLarge { .. }), "{err}");
}

#[cfg(not(feature = "pdf"))]
#[test]
fn without_the_feature_a_pdf_is_refused_with_the_way_to_read_it() {
    let err = extract("res.pdf", &pdf_writer::resolution(), 1 << 20).unwrap_err();
    assert!(matches!(err, FormatError::NoPdfSupport { .. }), "{err}");
    assert!(err.to_string().contains("res.pdf: this is a PDF"), "{err}");
    assert!(
        err.to_string().contains("rebuild with --features pdf"),
        "{err}"
    );
}

/// An encrypted PDF that restricts only editing (owner password, empty user password)
/// opens as every viewer opens it, its page tree in an object stream included, with
/// either cipher; its streams count against the limit as an unencrypted file's do.
#[cfg(feature = "pdf")]
#[test]
fn encrypted_pdfs_with_object_streams_open_within_the_limit() {
    use sealed_writer::{escaped, sealed_pdf, Cipher};
    for cipher in [Cipher::Rc4, Cipher::Aes] {
        let pdf = sealed_pdf("Sealed text.", 0, cipher);
        for pdf in [escaped(&pdf), pdf] {
            let out = extract("sealed.pdf", &pdf, 1 << 20).unwrap().unwrap();
            assert_eq!(common::paras(&out.text), ["Sealed text."], "{cipher:?}");
        }

        // 100 kB of padding in the object stream: read within 200 kB, refused within 50.
        let pdf = sealed_pdf("Sealed text.", 100_000, cipher);
        let out = extract("sealed.pdf", &pdf, 200_000).unwrap().unwrap();
        assert_eq!(common::paras(&out.text), ["Sealed text."], "{cipher:?}");
        let err = extract("sealed.pdf", &pdf, 50_000).unwrap_err();
        assert!(
            matches!(err, FormatError::TooLarge { limit: 50_000, .. }),
            "{cipher:?}: {err}"
        );
    }
}

/// A plain file whose page text mentions the `/Encrypt` name reads as it is written.
#[cfg(feature = "pdf")]
#[test]
fn a_plain_pdf_that_mentions_the_encrypt_name_reads_unchanged() {
    let pdf = pdf_writer::pdf_of_streams(
        &[(
            String::new(),
            b"BT /F1 12 Tf 72 700 Td (The trailer holds /Encrypt 6 0 R.) Tj ET\n".to_vec(),
        )],
        None,
    );
    let out = extract("plain.pdf", &pdf, 1 << 20).unwrap().unwrap();
    assert_eq!(
        common::paras(&out.text),
        ["The trailer holds /Encrypt 6 0 R."]
    );
}
