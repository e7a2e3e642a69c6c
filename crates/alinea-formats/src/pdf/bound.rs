//! PDF streams decoded within a budget of bytes, as the parts of a DOCX package are
//! (`crate::zipped`): a Flate stream of a few kilobytes can inflate to gigabytes, and
//! `lopdf` inflates every stream it touches to the end, in memory. So alinea decodes
//! each compressed stream itself, reading at most the bytes left in the budget (the
//! `--max-bytes` limit, shared by all the streams of the file, since the sizes a PDF
//! declares can lie), and hands `lopdf` the decoded bytes; what would go over the
//! budget is never inflated past it.
//!
//! Streams reach `lopdf` in three ways, and each is bounded here:
//! - cross-reference streams, which `lopdf` decodes while it reads the file's
//!   structure, before anything else sees them: they are found in the raw bytes
//!   (`/XRef`) and inflated once against the budget before the file is loaded
//!   ([`xref_streams_fit`]);
//! - every other object of a plain file, through the load filter `lopdf` calls as it
//!   reads each object (before it unpacks an object stream): [`load`]; the streams
//!   whose data it reads after the filter has run are decoded after loading
//!   ([`decode_all`]);
//! - the objects of an encrypted file, which `lopdf` would load without that filter,
//!   decrypting them and unpacking every object stream to the end: `lopdf` is kept from
//!   seeing that the file is encrypted and loads it as stored, and alinea decrypts the
//!   objects, decodes every stream against the budget, and only then unpacks the
//!   object streams (`encrypted`).
//!
//! Images hold no text: their data is dropped without being decoded (`pdf-extract`
//! would otherwise inflate an image drawn with `Do` and read it as page content).
//!
//! The budget lives in a thread-local because `lopdf`'s load filter is a plain `fn`;
//! `lopdf` is built without its `rayon` feature, so the filter runs on the thread that
//! loads the file (the oversized-stream tests would fail otherwise).

use std::borrow::Cow;
use std::cell::Cell;
use std::io::{self, Read, Write};

use pdf_extract::{Dictionary, Document, LoadOptions, Object, ObjectId, Stream};

mod encrypted;

thread_local! {
    /// The bytes left to decode on this thread, and whether a stream went over.
    static BUDGET: Cell<Option<(u64, bool)>> = const { Cell::new(None) };
}

/// How many Flate layers of a cross-reference stream are looked into.
const XREF_LAYERS: usize = 4;

/// How far after `/XRef` a cross-reference stream's data may start (the rest of its
/// dictionary).
const XREF_DICT_REACH: usize = 4096;

/// Loads a PDF, decoding every compressed stream within `left` bytes (less what it
/// uses), decrypted if it is encrypted and the empty password opens it (one that does
/// not comes back still encrypted). `Ok(None)`: a stream unpacks to more than is left.
pub(crate) fn load(bytes: &[u8], left: &mut u64) -> Result<Option<Document>, pdf_extract::Error> {
    let names = encrypted::encrypt_names(bytes);
    if !names.is_empty() {
        return encrypted::load(bytes, &names, left);
    }
    /// Clears the budget however loading ends (a panic included).
    struct Clear;
    impl Drop for Clear {
        fn drop(&mut self) {
            BUDGET.with(|b| b.set(None));
        }
    }
    BUDGET.with(|b| b.set(Some((*left, false))));
    let _clear = Clear;
    let options = LoadOptions {
        filter: Some(on_load),
        ..LoadOptions::default()
    };
    let doc = Document::load_mem_with_options(bytes, options);
    let (rest, over) = BUDGET.with(Cell::get).unwrap_or((0, true));
    *left = rest;
    if over {
        return Ok(None);
    }
    doc.map(Some)
}

/// `lopdf`'s load filter: decodes a stream within the budget; once a stream has gone
/// over, drops every further stream, so that nothing is inflated any more.
fn on_load(id: ObjectId, object: &mut Object) -> Option<(ObjectId, Object)> {
    if let Object::Stream(stream) = object {
        let (mut left, over) = BUDGET.with(Cell::get)?;
        if over || !decode(stream, &mut left) {
            BUDGET.with(|b| b.set(Some((0, true))));
            return None;
        }
        BUDGET.with(|b| b.set(Some((left, false))));
    }
    // lopdf goes on with `object` for top-level objects and keeps the returned copy for
    // the objects of an object stream.
    Some((id, object.clone()))
}

/// Decodes every stream of a loaded document that is still compressed. `false`: one
/// unpacks to more than `left`.
pub(crate) fn decode_all(doc: &mut Document, left: &mut u64) -> bool {
    doc.objects.values_mut().all(|o| match o {
        Object::Stream(s) => decode(s, left),
        _ => true,
    })
}

/// Replaces a stream's data by its decoded bytes when they fit in `left` (and takes
/// them from it). Filters `lopdf` cannot decode either are left for it to fail on, once
/// the ones before them were found to fit. `false`: the data unpacks to more than
/// `left`.
fn decode(stream: &mut Stream, left: &mut u64) -> bool {
    if stream.dict.get(b"Subtype").and_then(Object::as_name).ok() == Some(b"Image") {
        stream.set_plain_content(Vec::new());
        return true;
    }
    let Ok(filters) = stream.filters() else {
        return true;
    };
    let filters: Vec<Vec<u8>> = filters.into_iter().map(<[u8]>::to_vec).collect();
    let early_change = stream
        .dict
        .get(b"DecodeParms")
        .and_then(Object::as_dict)
        .and_then(|p| p.get(b"EarlyChange"))
        .and_then(Object::as_i64)
        .map_or(true, |v| v != 0);
    let mut data: Cow<'_, [u8]> = Cow::Borrowed(&stream.content);
    for filter in &filters {
        let out = match filter.as_slice() {
            b"FlateDecode" => inflate(&data, *left),
            b"LZWDecode" => unlzw(&data, early_change, *left),
            b"ASCII85Decode" => un85(&data, *left),
            // Not decodable (images, or an unknown filter): lopdf gives up here too.
            _ => return true,
        };
        match out {
            Some(out) => data = Cow::Owned(out),
            None => return false,
        }
    }
    let data = data.into_owned();
    *left -= data.len() as u64;
    if stream.dict.has(b"DecodeParms") {
        // Predictors undo themselves in lopdf, and make the data smaller: the size just
        // counted bounds what lopdf decodes now.
        if stream.decompress().is_err() {
            stream.set_plain_content(data);
        }
    } else {
        stream.set_plain_content(data);
    }
    true
}

/// Inflates zlib data as `lopdf` does (falling back to raw deflate after the two header
/// bytes when the zlib wrapper is broken, and keeping what came out before an error);
/// `None` past `cap` bytes.
fn inflate(input: &[u8], cap: u64) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    if input.is_empty() {
        return Some(out);
    }
    let zlib = flate2::read::ZlibDecoder::new(input)
        .take(cap.saturating_add(1))
        .read_to_end(&mut out);
    if zlib.is_err() && out.is_empty() && input.len() > 2 {
        let _ = flate2::read::DeflateDecoder::new(&input[2..])
            .take(cap.saturating_add(1))
            .read_to_end(&mut out);
    }
    (out.len() as u64 <= cap).then_some(out)
}

/// LZW as `lopdf` decodes it; `None` past `cap` bytes.
fn unlzw(input: &[u8], early_change: bool, cap: u64) -> Option<Vec<u8>> {
    use weezl::{decode::Decoder, BitOrder};
    let mut decoder = if early_change {
        Decoder::with_tiff_size_switch(BitOrder::Msb, 8)
    } else {
        Decoder::new(BitOrder::Msb, 8)
    };
    let mut out = Capped {
        data: Vec::new(),
        cap,
        over: false,
    };
    let _ = decoder.into_stream(&mut out).decode_all(input);
    (!out.over).then_some(out.data)
}

/// ASCII85 gives at most four bytes for each byte in (`z`), so lopdf's decoder is
/// bounded by the input; `None` past `cap` bytes.
fn un85(input: &[u8], cap: u64) -> Option<Vec<u8>> {
    let mut dict = Dictionary::new();
    dict.set("Filter", "ASCII85Decode");
    let out = Stream::new(dict, input.to_vec())
        .decompressed_content()
        .unwrap_or_default();
    (out.len() as u64 <= cap).then_some(out)
}

/// A writer that refuses to grow past `cap` bytes.
struct Capped {
    data: Vec<u8>,
    cap: u64,
    over: bool,
}

impl Write for Capped {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if (self.data.len() + buf.len()) as u64 > self.cap {
            self.over = true;
            return Err(io::Error::other("over the limit"));
        }
        self.data.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Whether every cross-reference stream of the file inflates within `left` bytes
/// (`lopdf` decodes them while reading the file's structure, before any filter runs).
/// Each is found by its `/XRef` type and inflated, layer by layer, from the data after
/// the next `stream` keyword; data that is not zlib is left to the parser.
pub(crate) fn xref_streams_fit(bytes: &[u8], left: u64) -> bool {
    let mut from = 0;
    while let Some(at) = find(&bytes[from..], b"/XRef") {
        let start = from + at + 5;
        from = start;
        let reach = &bytes[start..bytes.len().min(start + XREF_DICT_REACH)];
        let Some(s) = find(reach, b"stream") else {
            continue;
        };
        let mut data = &bytes[start + s + 6..];
        if data.starts_with(b"\r") {
            data = &data[1..];
        }
        if data.starts_with(b"\n") {
            data = &data[1..];
        }
        let mut layer: Cow<'_, [u8]> = Cow::Borrowed(data);
        for _ in 0..XREF_LAYERS {
            if !is_zlib(&layer) {
                break;
            }
            match inflate(&layer, left) {
                Some(out) => layer = Cow::Owned(out),
                None => return false,
            }
        }
    }
    true
}

/// A zlib header: deflate with a window of at most 32 KiB, and the check bits right.
fn is_zlib(data: &[u8]) -> bool {
    data.len() >= 2
        && data[0] & 0x0F == 8
        && data[0] >> 4 <= 7
        && (u16::from(data[0]) << 8 | u16::from(data[1])) % 31 == 0
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn zlib(data: &[u8]) -> Vec<u8> {
        let mut e = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
        e.write_all(data).unwrap();
        e.finish().unwrap()
    }

    #[test]
    fn inflation_stops_at_the_cap() {
        let packed = zlib(&vec![b'a'; 100_000]);
        assert_eq!(inflate(&packed, 100_000).map(|v| v.len()), Some(100_000));
        assert_eq!(inflate(&packed, 99_999), None);
    }

    #[test]
    fn nested_flate_is_bounded_at_each_layer_and_images_are_dropped() {
        let inner = zlib(&vec![b'a'; 50_000]);
        let outer = zlib(&inner);
        let mut dict = Dictionary::new();
        dict.set(
            "Filter",
            Object::Array(vec![
                Object::Name(b"FlateDecode".to_vec()),
                Object::Name(b"FlateDecode".to_vec()),
            ]),
        );
        let mut s = Stream::new(dict.clone(), outer.clone());
        let mut left = 60_000;
        assert!(decode(&mut s, &mut left));
        assert_eq!((s.content.len(), left), (50_000, 10_000));
        let mut s = Stream::new(dict.clone(), outer);
        assert!(!decode(&mut s, &mut 49_999));

        dict.set("Subtype", "Image");
        let mut s = Stream::new(dict, zlib(&vec![0; 1 << 20]));
        let mut left = 10;
        assert!(decode(&mut s, &mut left));
        assert!(s.content.is_empty() && left == 10);
    }

    #[test]
    fn lzw_is_bounded() {
        let mut enc = weezl::encode::Encoder::with_tiff_size_switch(weezl::BitOrder::Msb, 8);
        let packed = enc.encode(&vec![b'a'; 20_000]).unwrap();
        assert_eq!(unlzw(&packed, true, 20_000).map(|v| v.len()), Some(20_000));
        assert_eq!(unlzw(&packed, true, 19_999), None);
    }

    #[test]
    fn a_cross_reference_stream_that_inflates_past_the_limit_is_found() {
        let mut file =
            b"%PDF-1.5\n9 0 obj\n<< /Type /XRef /Filter /FlateDecode /Length 10 >>\nstream\n"
                .to_vec();
        file.extend_from_slice(&zlib(&vec![0; 200_000]));
        file.extend_from_slice(b"\nendstream\nendobj\n");
        assert!(!xref_streams_fit(&file, 100_000));
        assert!(xref_streams_fit(&file, 200_000));
        assert!(is_zlib(&zlib(b"x")) && !is_zlib(b"BT /F1"));
    }
}
