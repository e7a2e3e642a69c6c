//! Encrypted PDFs loaded within the budget. `lopdf` reads a file whose trailer has an
//! `/Encrypt` entry its own way: without the load filter, decrypting every object and
//! then unpacking every object stream, inflated to the end, in memory. So `lopdf` is
//! never shown that entry: every name in the file that `lopdf` would read as
//! `/Encrypt` is renamed, one byte changed in a copy of the file so that no offset
//! moves, and `lopdf` loads the copy as a plain file, through a filter that leaves each
//! stream as it is stored and keeps object streams packed. Then the renamed bytes are
//! put back in the streams that hold any, the entry back in the trailer, the objects
//! are decrypted with `lopdf`'s standard security handler (the empty user password, as
//! `lopdf` itself tries), every stream is decoded within the budget
//! ([`super::decode_all`]), and only then are the object streams unpacked, from their
//! decoded bytes.
//!
//! A name is renamed wherever it is (the scan cannot tell a trailer from a string);
//! outside streams, where the bytes are not put back, that changes at most a string of
//! a dictionary, which holds no page text (and in an encrypted file is ciphertext, in
//! which the eight bytes occur by chance once in 2^64).

use std::collections::{BTreeMap, BTreeSet};

use pdf_extract::encryption::decrypt_object;
use pdf_extract::xref::XrefEntry;
use pdf_extract::{Document, EncryptionState, LoadOptions, Object, ObjectId, ObjectStream};

/// The name whose entry makes `lopdf` decrypt and unpack by itself.
const ENCRYPT: &[u8] = b"Encrypt";

/// What the first byte of a renamed `/Encrypt` becomes: a regular character, so the
/// name keeps its length and ends where it ended.
const STAND_IN: u8 = b'Q';

/// The type an object stream carries while it is held packed (`lopdf` unpacks streams
/// of type `/ObjStm` as it loads them).
const HELD: &[u8] = b"AlineaHeldObjStm";

/// Where the file has a name that `lopdf` reads as `/Encrypt`: the offsets of their
/// slashes, in order. Empty for a file that is not encrypted.
pub(super) fn encrypt_names(bytes: &[u8]) -> Vec<usize> {
    (0..bytes.len())
        .filter(|&at| {
            bytes[at] == b'/'
                && name(&bytes[at + 1..])
                    .take(ENCRYPT.len() + 1)
                    .eq(ENCRYPT.iter().copied())
        })
        .collect()
}

/// The name that starts at `rest` (after its slash) as `lopdf`'s parser reads it: `#`
/// and two hex digits is one byte, any other regular character is itself, and the name
/// ends at the first byte that is neither.
fn name(rest: &[u8]) -> impl Iterator<Item = u8> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        let &c = rest.get(i)?;
        if c == b'#' {
            let h = rest
                .get(i + 1..i + 3)
                .filter(|h| h.iter().all(u8::is_ascii_hexdigit))?;
            i += 3;
            Some(hex(h[0]) << 4 | hex(h[1]))
        } else if is_regular(c) {
            i += 1;
            Some(c)
        } else {
            None
        }
    })
}

/// The value of a hex digit.
fn hex(d: u8) -> u8 {
    char::from(d).to_digit(16).map_or(0, |v| v as u8)
}

/// Neither white space nor a delimiter, as the PDF syntax (and `lopdf`) defines them.
fn is_regular(c: u8) -> bool {
    !b" \t\n\r\0\x0C()<>[]{}/%".contains(&c)
}

/// Loads an encrypted PDF (the `/Encrypt` names of `bytes` at `names`), decrypted and
/// with every compressed stream decoded within `left` bytes (less what it uses).
/// `Ok(None)`: a stream unpacks to more than is left. A file the empty password does
/// not open is returned as loaded, still encrypted, for the caller to refuse.
pub(super) fn load(
    bytes: &[u8],
    names: &[usize],
    left: &mut u64,
) -> Result<Option<Document>, pdf_extract::Error> {
    let mut renamed = bytes.to_vec();
    for &at in names {
        renamed[at + 1] = STAND_IN;
    }
    // As the renamed names read (`/Qncrypt`, or `/Q45ncrypt` for `/#45ncrypt`).
    let stand_ins: BTreeSet<Vec<u8>> = names
        .iter()
        .map(|&at| name(&renamed[at + 1..]).collect())
        .collect();
    let options = LoadOptions {
        filter: Some(hold),
        ..LoadOptions::default()
    };
    let mut doc = Document::load_mem_with_options(&renamed, options)?;
    put_back(&mut doc, bytes, &renamed, names);
    drop(renamed);
    if let Some(key) = stand_ins.iter().find(|k| doc.trailer.has(k)) {
        if let Some(value) = doc.trailer.remove(key) {
            doc.trailer.set(ENCRYPT, value);
        }
        if !decrypt(&mut doc) {
            return Ok(Some(doc));
        }
    }
    // Decrypted, or plain (a file that only mentions the name): the streams are still
    // as stored, and are decoded as the load filter of a plain file decodes them.
    if !super::decode_all(&mut doc, left) {
        return Ok(None);
    }
    unpack(&mut doc);
    Ok(Some(doc))
}

/// The load filter: keeps object streams packed (their type held) and every stream as
/// it is stored, since it is still encrypted.
fn hold(id: ObjectId, object: &mut Object) -> Option<(ObjectId, Object)> {
    if let Object::Stream(stream) = object {
        if stream.dict.has_type(b"ObjStm") {
            stream.dict.set("Type", Object::Name(HELD.to_vec()));
        }
    }
    Some((id, object.clone()))
}

/// Puts the renamed bytes back into the streams that hold any (a stream's data is as
/// `renamed` stores it until it is decrypted and decoded). A renamed byte is in the
/// object that starts last before it; if that is a stream, where its data starts is
/// found by reading the file as `lopdf` does, checked against the data loaded.
fn put_back(doc: &mut Document, bytes: &[u8], renamed: &[u8], names: &[usize]) {
    // `lopdf` counts offsets from the header, as it starts reading there.
    let base = bytes.windows(5).position(|w| w == b"%PDF-").unwrap_or(0);
    let mut starts: Vec<(usize, ObjectId)> = doc
        .reference_table
        .entries
        .iter()
        .filter_map(|(&n, e)| match *e {
            XrefEntry::Normal { offset, generation } => {
                Some((offset as usize + base, (n, generation)))
            }
            _ => None,
        })
        .collect();
    starts.sort_unstable();
    for &at in names {
        let byte = at + 1;
        let Some(&(from, id)) = starts[..starts.partition_point(|&(o, _)| o <= at)].last() else {
            continue;
        };
        let Some(Object::Stream(stream)) = doc.objects.get_mut(&id) else {
            continue;
        };
        if let Some(start) = data_start(renamed, from, byte, &stream.content) {
            stream.content[byte - start] = bytes[byte];
        }
    }
}

/// Where the data of the stream object that starts at `from` begins, if `byte` is in
/// it: after a `stream` keyword, spaces and an end of line, where the file reads as
/// `content`.
fn data_start(file: &[u8], from: usize, byte: usize, content: &[u8]) -> Option<usize> {
    (from..byte)
        .filter(|&k| file[k..].starts_with(b"stream"))
        .filter_map(|k| {
            let mut s = k + 6;
            while matches!(file.get(s), Some(b' ' | b'\t')) {
                s += 1;
            }
            match (file.get(s), file.get(s + 1)) {
                (Some(b'\r'), Some(b'\n')) => Some(s + 2),
                (Some(b'\r' | b'\n'), _) => Some(s + 1),
                _ => None,
            }
        })
        .find(|&s| {
            s <= byte && byte < s + content.len() && file.get(s..s + content.len()) == Some(content)
        })
}

/// Decrypts every object but the encryption dictionary with the empty user password,
/// and leaves the document as `lopdf` leaves a file it decrypted: no `/Encrypt` entry,
/// the parameters kept. `false`: the empty password does not open the file.
fn decrypt(doc: &mut Document) -> bool {
    let Ok(dict_id) = doc.trailer.get(ENCRYPT).and_then(Object::as_reference) else {
        return false;
    };
    if doc.authenticate_password("").is_err() {
        return false;
    }
    let Ok(state) = EncryptionState::decode(doc, "") else {
        return false;
    };
    for (&id, object) in doc.objects.iter_mut() {
        if id != dict_id {
            // As `lopdf` loads an encrypted file: an object that does not decrypt is
            // kept as it is.
            let _ = decrypt_object(&state, id, object);
        }
    }
    doc.trailer.remove(ENCRYPT);
    doc.objects.remove(&dict_id);
    doc.encryption_state = Some(state);
    true
}

/// Unpacks the held object streams, now decoded, as `lopdf` unpacks those of a plain
/// file: an object the cross-reference table places in another stream is left out, and
/// an object loaded on its own is kept over a packed one.
fn unpack(doc: &mut Document) {
    let containers: BTreeMap<u32, u32> = doc
        .reference_table
        .entries
        .iter()
        .filter_map(|(&n, e)| match e {
            XrefEntry::Compressed { container, .. } => Some((n, *container)),
            _ => None,
        })
        .collect();
    let mut packed = Vec::new();
    for (&(number, _), object) in doc.objects.iter_mut() {
        let Object::Stream(stream) = object else {
            continue;
        };
        if !stream.dict.has_type(HELD) {
            continue;
        }
        stream.dict.set("Type", Object::Name(b"ObjStm".to_vec()));
        if let Ok(objects) = ObjectStream::new(stream) {
            packed.extend(
                objects
                    .objects
                    .into_iter()
                    .filter(|((n, _), _)| containers.get(n).is_none_or(|&c| c == number)),
            );
        }
    }
    for (id, object) in packed {
        doc.objects.entry(id).or_insert(object);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_read_as_the_parser_reads_them() {
        let file = b"<< /Encrypt 6 0 R /EncryptMetadata false /#45ncr#79pt 1 /Encrypt#20 2 \
            /Encrypt#zz 3 /Encrypt/Encrypt>> (/Encrypt)";
        let at = encrypt_names(file);
        let found: Vec<&[u8]> = at.iter().map(|&a| &file[a..a + 8]).collect();
        assert_eq!(
            found,
            [
                &b"/Encrypt"[..],
                b"/#45ncr#",
                b"/Encrypt",
                b"/Encrypt",
                b"/Encrypt",
                b"/Encrypt"
            ]
        );
        // `/Encrypt#zz` ends before the `#` (not an escape): lopdf reads /Encrypt too.
        assert_eq!(name(b"Encrypt#zz").collect::<Vec<u8>>(), b"Encrypt");
        assert_eq!(name(b"Encrypt#20").collect::<Vec<u8>>(), b"Encrypt ");
        assert_eq!(name(b"Q45ncr#79pt 1").collect::<Vec<u8>>(), b"Q45ncrypt");
        assert!(encrypt_names(b"/Encrypted /encrypt").is_empty());
    }
}
