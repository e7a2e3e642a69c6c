//! Web pages in the encodings they still come in, written by the test with
//! `encoding_rs`'s encoders and read back: the charset comes from a byte-order mark, a
//! `<meta charset>` or a `<meta http-equiv="Content-Type">`.

mod common;

use alinea_formats::{extract, FormatError};
use encoding_rs::Encoding;

fn page(label: &str, meta: &str, body: &str) -> Vec<u8> {
    let encoding = Encoding::for_label(label.as_bytes()).unwrap();
    let html = format!(
        "<!DOCTYPE html><html><head>{meta}<title>t</title></head><body>{body}</body></html>"
    );
    let (bytes, _, unmappable) = encoding.encode(&html);
    assert!(!unmappable, "{label} cannot hold the test text");
    bytes.into_owned()
}

fn paras(bytes: &[u8]) -> Vec<String> {
    common::paras(&extract("page.html", bytes, 1 << 20).unwrap().unwrap().text)
}

#[test]
fn legacy_charsets_declared_in_meta_elements() {
    let ru = page(
        "windows-1251",
        "<meta charset=\"windows-1251\">",
        "<p>Генеральная Ассамблея,</p><ol><li>постановляет продолжить.</li></ol>",
    );
    assert_eq!(
        paras(&ru),
        ["Генеральная Ассамблея,", "1. постановляет продолжить."]
    );

    let ja = page(
        "shift_jis",
        r#"<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">"#,
        "<p>総会は、決議を想起し、</p>",
    );
    assert_eq!(paras(&ja), ["総会は、決議を想起し、"]);

    let zh = page("gbk", "<meta charset='GBK'>", "<p>大会，回顾其决议。</p>");
    assert_eq!(paras(&zh), ["大会，回顾其决议。"]);

    let ar = page(
        "windows-1256",
        r#"<META HTTP-EQUIV=content-type CONTENT="text/html;charset=windows-1256">"#,
        "<p>إن الجمعية العامة،</p>",
    );
    assert_eq!(paras(&ar), ["إن الجمعية العامة،"]);

    let fr = page(
        "iso-8859-1",
        "<meta charset=iso-8859-1>",
        "<p>L’Assemblée générale, réaffirmant…</p>",
    );
    // The label means windows-1252 to browsers, which has the typographic apostrophe.
    assert_eq!(paras(&fr), ["L’Assemblée générale, réaffirmant…"]);
}

#[test]
fn a_byte_order_mark_wins_over_the_declaration() {
    let mut bytes = vec![0xEF, 0xBB, 0xBF];
    bytes.extend_from_slice(
        "<html><head><meta charset=windows-1251></head><p>Ассамблея</p>".as_bytes(),
    );
    assert_eq!(paras(&bytes), ["Ассамблея"]);
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(
            "<html><p>Ассамблея</p>"
                .encode_utf16()
                .flat_map(u16::to_le_bytes),
        )
        .collect();
    assert_eq!(paras(&utf16), ["Ассамблея"]);
}

#[test]
fn unknown_or_wrong_charsets_are_refused_by_name() {
    let bad = b"<html><head><meta charset=\"klingon-8\"></head><p>x</p>";
    let err = extract("page.html", bad, 1 << 20).unwrap_err();
    assert!(matches!(err, FormatError::UnknownCharset { .. }), "{err}");
    assert!(err.to_string().starts_with("page.html: "), "{err}");
    assert!(err.to_string().contains("\"klingon-8\""), "{err}");

    // Shift_JIS declared, but a lead byte followed by a byte no second byte can be.
    let mut wrong = b"<html><head><meta charset=shift_jis></head><p>".to_vec();
    wrong.extend_from_slice(&[0x81, 0x20]);
    wrong.extend_from_slice(b"</p>");
    let err = extract("sjis.html", &wrong, 1 << 20).unwrap_err();
    assert!(matches!(err, FormatError::Undecodable { .. }), "{err}");
    assert!(
        err.to_string()
            .contains("sjis.html: the page declares the character encoding shift_jis"),
        "{err}"
    );

    // Declared nothing, not UTF-8: the plain-text reader's refusal, with the offset.
    let err = extract("undeclared.html", b"<html><p>caf\xe9</p>", 1 << 20).unwrap_err();
    assert!(err.to_string().contains("undeclared.html"), "{err}");
    assert!(err.to_string().contains("invalid UTF-8"), "{err}");
}
