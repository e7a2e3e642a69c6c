//! A tiny PDF writer for the tests: pages of lines in Helvetica (a standard font, so
//! nothing is embedded), each line at a given height, and the byte offsets of the
//! cross-reference table computed, so the file is a well-formed PDF that any reader
//! opens. What goes in is known exactly and no binary file is committed.
#![allow(dead_code)]

/// One line of text: its left end and baseline (from the bottom, in points) and text
/// (Latin-1 only: Helvetica's standard encoding).
pub type PdfLine<'a> = (f64, f64, &'a str);

fn escape(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('(', "\\(")
        .replace(')', "\\)")
}

/// A PDF of `pages`, each a list of lines; `encrypt`, when given, is written as an
/// encryption dictionary that the trailer refers to.
pub fn pdf_with(pages: &[Vec<PdfLine<'_>>], encrypt: Option<&str>) -> Vec<u8> {
    let contents: Vec<Stream> = pages
        .iter()
        .map(|lines| {
            let mut content = String::new();
            for (x, y, text) in lines {
                content.push_str(&format!(
                    "BT /F1 12 Tf {x} {y} Td ({}) Tj ET\n",
                    escape(text)
                ));
            }
            (String::new(), content.into_bytes())
        })
        .collect();
    pdf_of_streams(&contents, encrypt)
}

/// A page's content stream as written: the entries of its dictionary besides
/// `/Length` (a `/Filter`, say) and its bytes as they are stored.
pub type Stream = (String, Vec<u8>);

/// A PDF whose pages have the content streams given, as they are (operators written by
/// the test, compressed or damaged ones), with font `/F1` (Helvetica) as resource.
pub fn pdf_of_streams(contents: &[Stream], encrypt: Option<&str>) -> Vec<u8> {
    let n = contents.len();
    // Objects: 1 catalog, 2 pages, 3 font, then per page: page, contents.
    let mut objects: Vec<Vec<u8>> = Vec::new();
    objects.push(b"<< /Type /Catalog /Pages 2 0 R >>".to_vec());
    let kids: Vec<String> = (0..n).map(|i| format!("{} 0 R", 4 + 2 * i)).collect();
    objects.push(format!("<< /Type /Pages /Kids [{}] /Count {n} >>", kids.join(" ")).into_bytes());
    objects.push(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
            .to_vec(),
    );
    for (i, (dict, content)) in contents.iter().enumerate() {
        objects.push(format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {} 0 R >>",
            5 + 2 * i
        ).into_bytes());
        let mut body = format!("<< /Length {} {dict} >>\nstream\n", content.len()).into_bytes();
        body.extend_from_slice(content);
        body.extend_from_slice(b"\nendstream");
        objects.push(body);
    }
    let mut trailer_extra = String::new();
    if let Some(dict) = encrypt {
        objects.push(dict.as_bytes().to_vec());
        trailer_extra = format!(
            "/Encrypt {} 0 R /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>]",
            objects.len()
        );
    }
    let mut out: Vec<u8> = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
        out.extend_from_slice(body);
        out.extend_from_slice(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for o in offsets {
        out.extend_from_slice(format!("{o:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R {trailer_extra} >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

/// A PDF of `pages`.
pub fn pdf(pages: &[Vec<PdfLine<'_>>]) -> Vec<u8> {
    pdf_with(pages, None)
}

/// A two-page resolution: a wrapped preamble paragraph, two numbered paragraphs (the
/// second going on over the page break), a page number at the foot of each page.
pub fn resolution() -> Vec<u8> {
    pdf(&[
        vec![
            (72.0, 760.0, "The General Assembly,"),
            (
                72.0,
                730.0,
                "Recalling its earlier resolutions on the subject of information and",
            ),
            (
                72.0,
                716.0,
                "telecommunications in the context of international security,",
            ),
            (
                72.0,
                700.0,
                "1. Calls upon Member States to promote further the consideration of",
            ),
            (
                72.0,
                686.0,
                "existing and potential threats in the field of information security.",
            ),
            (
                72.0,
                670.0,
                "2. Decides to include in the provisional agenda of its next session the",
            ),
            (
                72.0,
                656.0,
                "item entitled \"Developments in the field of information and",
            ),
            (297.0, 60.0, "1"),
        ],
        vec![
            (
                72.0,
                760.0,
                "telecommunications in the context of international security\".",
            ),
            (297.0, 60.0, "2"),
        ],
    ])
}
