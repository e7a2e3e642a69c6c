//! Files that cannot be read give an error that names the file and says why.

mod common;

use alinea_formats::{extract, FormatError};
use common::{para, zip_parts, Docx};

fn err(bytes: &[u8], max: u64) -> FormatError {
    extract("in/report.docx", bytes, max).unwrap_err()
}

fn assert_names_file(e: &FormatError) {
    assert!(e.to_string().starts_with("in/report.docx: "), "{e}");
}

#[test]
fn legacy_doc_is_refused_with_advice() {
    let mut doc = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    doc.resize(4096, 0);
    let e = err(&doc, 1 << 20);
    assert!(matches!(e, FormatError::Unsupported { .. }), "{e:?}");
    assert!(e.to_string().contains(".doc"), "{e}");
    assert!(e.to_string().contains("save it as .docx"), "{e}");
    assert_names_file(&e);
}

#[test]
fn encrypted_office_file_in_an_ole2_container() {
    let mut doc = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    doc.resize(512, 0);
    doc.extend(
        "EncryptedPackage"
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes()),
    );
    let e = err(&doc, 1 << 20);
    assert!(matches!(e, FormatError::Encrypted { .. }), "{e:?}");
    assert_names_file(&e);
}

#[test]
fn odt_is_refused_with_advice() {
    let odt = zip_parts(&[
        ("mimetype", "application/vnd.oasis.opendocument.text".into()),
        ("content.xml", "<office:document-content/>".into()),
    ]);
    let e = err(&odt, 1 << 20);
    assert!(e.to_string().contains("OpenDocument text (.odt)"), "{e}");
    assert!(e.to_string().contains(".docx"), "{e}");
    assert_names_file(&e);
}

#[test]
fn corrupt_and_truncated_zip() {
    let mut d = Docx::new();
    d.push(para(
        "Some text that is long enough to compress into something.",
    ));
    let good = d.build();
    let truncated = &good[..good.len() / 2];
    let e = err(truncated, 1 << 20);
    assert!(matches!(e, FormatError::Corrupt { .. }), "{e:?}");
    assert!(e.to_string().contains("damaged or truncated"), "{e}");
    assert_names_file(&e);
    // Damage inside the compressed data of the document part.
    let mut damaged = good.clone();
    let at = damaged
        .windows(17)
        .position(|w| w == b"word/document.xml")
        .unwrap()
        + 17;
    for b in &mut damaged[at..at + 40] {
        *b ^= 0x5A;
    }
    let e = err(&damaged, 1 << 20);
    assert!(matches!(e, FormatError::Corrupt { .. }), "{e:?}");
}

#[test]
fn encrypted_zip_entry() {
    let mut d = Docx::new();
    d.push(para("Secret"));
    let mut bytes = d.build();
    // Set the "encrypted" bit of every local and central header.
    for (sig, flag_at) in [(b"PK\x03\x04", 6), (b"PK\x01\x02", 8)] {
        let starts: Vec<usize> = bytes
            .windows(4)
            .enumerate()
            .filter(|(_, w)| *w == sig)
            .map(|(i, _)| i)
            .collect();
        for s in starts {
            bytes[s + flag_at] |= 1;
        }
    }
    let e = err(&bytes, 1 << 20);
    assert!(matches!(e, FormatError::Encrypted { .. }), "{e:?}");
    assert!(e.to_string().contains("password-protected"), "{e}");
    assert_names_file(&e);
}

#[test]
fn zip_bomb_is_bounded_by_the_unpacked_size() {
    let mut d = Docx::new();
    // 4 MB of one character compresses to a few kilobytes.
    d.push(para(&"a".repeat(4 << 20)));
    let bytes = d.build();
    assert!(bytes.len() < 64 << 10, "{}", bytes.len());
    let e = err(&bytes, 1 << 20);
    assert!(matches!(e, FormatError::TooLarge { .. }), "{e:?}");
    assert!(e.to_string().contains("--max-bytes"), "{e}");
    assert_names_file(&e);
    // The same package under a limit it fits in is read.
    assert!(extract("in/report.docx", &bytes, 8 << 20)
        .unwrap()
        .is_some());
}

#[test]
fn other_packages_pdf_rtf_and_empty_documents() {
    let xlsx = zip_parts(&[("xl/workbook.xml", "<workbook/>".into())]);
    assert!(err(&xlsx, 1 << 20).to_string().contains(".xlsx"));
    let plain_zip = zip_parts(&[("notes.txt", "hello".into())]);
    assert!(err(&plain_zip, 1 << 20).to_string().contains("zip archive"));
    let pdf = err(b"%PDF-1.4\n%\xE2\xE3\n1 0 obj", 1 << 20);
    // Read since issue 15; a fragment is refused as cut short, with or without the reader.
    assert!(pdf.to_string().contains("cut short"), "{pdf}");
    assert!(err(b"{\\rtf1\\ansi hello}", 1 << 20)
        .to_string()
        .contains("RTF"));
    let empty = Docx::new().build();
    let e = err(&empty, 1 << 20);
    assert!(matches!(e, FormatError::NoText { .. }), "{e:?}");
    assert_names_file(&e);
}
