//! Encrypted PDFs as a writer saves them when only editing is restricted: an owner
//! password, an empty user password, and (PDF 1.5) the page tree packed in an object
//! stream that a cross-reference stream points into. The streams are encrypted with
//! `lopdf`'s standard security handler, which alinea decrypts with too, so these files
//! test the bounding around decryption, not the cipher; the rest (dictionaries, object
//! stream, offsets) is written here, so that what goes in is known exactly. Apart from
//! `pdf_writer` because it needs `lopdf`, which the top-level tests that share
//! `pdf_writer` do not depend on.

use std::io::Write;

use pdf_extract::encryption::crypt_filters::{Aes128CryptFilter, CryptFilter};
use pdf_extract::encryption::encrypt_object;
use pdf_extract::{
    Dictionary, Document, EncryptionState, EncryptionVersion, Object, Permissions, Stream,
};

/// The cipher of the standard security handler.
#[derive(Clone, Copy, Debug)]
pub enum Cipher {
    /// RC4 with a 128-bit key (`/V 2 /R 3`).
    Rc4,
    /// AES-128 through a crypt filter (`/V 4 /R 4 /StmF /StdCF`).
    Aes,
}

const ID: &str = "00112233445566778899aabbccddeeff";

fn zlib(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

/// PDF syntax for the objects an encryption dictionary holds (strings in hex).
fn write_object(o: &Object) -> String {
    match o {
        Object::Null => "null".to_string(),
        Object::Boolean(b) => b.to_string(),
        Object::Integer(i) => i.to_string(),
        Object::Real(r) => r.to_string(),
        Object::Name(n) => format!("/{}", String::from_utf8_lossy(n)),
        Object::String(s, _) => format!(
            "<{}>",
            s.iter().map(|b| format!("{b:02x}")).collect::<String>()
        ),
        Object::Array(a) => format!(
            "[{}]",
            a.iter().map(write_object).collect::<Vec<_>>().join(" ")
        ),
        Object::Dictionary(d) => write_dict(d),
        Object::Reference((n, g)) => format!("{n} {g} R"),
        Object::Stream(_) => unreachable!("no stream inside a dictionary"),
    }
}

fn write_dict(d: &Dictionary) -> String {
    let entries: Vec<String> = d
        .iter()
        .map(|(k, v)| format!("/{} {}", String::from_utf8_lossy(k), write_object(v)))
        .collect();
    format!("<< {} >>", entries.join(" "))
}

/// The encryption parameters for the owner password `owner` and an empty user password.
fn state(cipher: Cipher) -> EncryptionState {
    let mut doc = Document::new();
    let id = Object::String(
        ID.as_bytes()
            .chunks(2)
            .map(|h| u8::from_str_radix(std::str::from_utf8(h).unwrap(), 16).unwrap())
            .collect(),
        pdf_extract::StringFormat::Hexadecimal,
    );
    doc.trailer.set("ID", Object::Array(vec![id.clone(), id]));
    let version = match cipher {
        Cipher::Rc4 => EncryptionVersion::V2 {
            document: &doc,
            owner_password: "owner",
            user_password: "",
            key_length: 128,
            permissions: Permissions::PRINTABLE,
        },
        Cipher::Aes => {
            let filter: std::sync::Arc<dyn CryptFilter> = std::sync::Arc::new(Aes128CryptFilter);
            EncryptionVersion::V4 {
                document: &doc,
                encrypt_metadata: true,
                crypt_filters: [(b"StdCF".to_vec(), filter)].into_iter().collect(),
                stream_filter: b"StdCF".to_vec(),
                string_filter: b"StdCF".to_vec(),
                owner_password: "owner",
                user_password: "",
                permissions: Permissions::PRINTABLE,
            }
        }
    };
    EncryptionState::try_from(version).unwrap()
}

/// A stream's bytes as stored: `plain` compressed with Flate, then encrypted as object
/// `id` (generation 0).
fn sealed_stream(state: &EncryptionState, id: u32, plain: &[u8]) -> Vec<u8> {
    let mut o = Object::Stream(Stream::new(Dictionary::new(), zlib(plain)));
    encrypt_object(state, (id, 0), &mut o).unwrap();
    match o {
        Object::Stream(s) => s.content,
        _ => unreachable!(),
    }
}

/// One page reading `text`, encrypted with `cipher` (owner password only). Objects 1–4
/// (catalog, pages, page, font) are packed in object stream 7, followed there by
/// `padding` spaces: the stream inflates to that much more than its objects, and,
/// spaces compressing a thousandfold, the file stays small.
pub fn sealed_pdf(text: &str, padding: usize, cipher: Cipher) -> Vec<u8> {
    let state = state(cipher);
    let packed = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>".to_string(),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".to_string(),
    ];
    let mut index = String::new();
    let mut body = String::new();
    for (i, o) in packed.iter().enumerate() {
        index.push_str(&format!("{} {} ", i + 1, body.len()));
        body.push_str(o);
        body.push('\n');
    }
    let mut objstm = format!("{index}{body}").into_bytes();
    objstm.resize(objstm.len() + padding, b' ');

    let content = format!("BT /F1 12 Tf 72 700 Td ({text}) Tj ET\n");
    let content = sealed_stream(&state, 5, content.as_bytes());
    let objstm = sealed_stream(&state, 7, &objstm);
    let encrypt = write_dict(&state.encode().unwrap());

    let mut out: Vec<u8> = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n".to_vec();
    let mut offsets = Vec::new();
    let mut stream_object = |out: &mut Vec<u8>, id: u32, dict: String, data: &[u8]| {
        offsets.push(out.len());
        out.extend_from_slice(
            format!("{id} 0 obj\n<< {dict} /Length {} >>\nstream\n", data.len()).as_bytes(),
        );
        out.extend_from_slice(data);
        out.extend_from_slice(b"\nendstream\nendobj\n");
    };
    stream_object(&mut out, 5, "/Filter /FlateDecode".to_string(), &content);
    let encrypt_at = out.len();
    out.extend_from_slice(format!("6 0 obj\n{encrypt}\nendobj\n").as_bytes());
    stream_object(
        &mut out,
        7,
        format!(
            "/Type /ObjStm /N 4 /First {} /Filter /FlateDecode",
            index.len()
        ),
        &objstm,
    );
    offsets.insert(1, encrypt_at);

    // Cross-reference stream, not encrypted: entries of 1 + 4 + 2 bytes.
    let xref_at = out.len();
    let mut entries = vec![0u8, 0, 0, 0, 0, 0xff, 0xff];
    for i in 0..4u16 {
        entries.extend_from_slice(&[2, 0, 0, 0, 7]);
        entries.extend_from_slice(&i.to_be_bytes());
    }
    for at in offsets.iter().copied().chain([xref_at]) {
        entries.push(1);
        entries.extend_from_slice(&(at as u32).to_be_bytes());
        entries.extend_from_slice(&[0, 0]);
    }
    out.extend_from_slice(
        format!(
            "8 0 obj\n<< /Type /XRef /Size 9 /W [1 4 2] /Root 1 0 R /Encrypt 6 0 R /ID [<{ID}> <{ID}>] /Length {} >>\nstream\n",
            entries.len()
        )
        .as_bytes(),
    );
    out.extend_from_slice(&entries);
    out.extend_from_slice(format!("\nendstream\nendobj\nstartxref\n{xref_at}\n%%EOF\n").as_bytes());
    out
}

/// The same file with its trailer's `/Encrypt` key spelt with an escape (`#45` is `E`):
/// the same name to a PDF reader. Only the trailer (the last object) grows, so no offset
/// moves.
pub fn escaped(pdf: &[u8]) -> Vec<u8> {
    let key = b"/Encrypt 6 0 R";
    let at = pdf.windows(key.len()).rposition(|w| w == key).unwrap();
    [&pdf[..at], b"/#45ncrypt", &pdf[at + 8..]].concat()
}
