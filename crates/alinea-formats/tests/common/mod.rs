//! A small DOCX writer for the tests: the documents are built here, part by part, so
//! what goes in is known exactly and no binary file is committed.
#![allow(dead_code)]

use std::io::Write;

use zip::write::SimpleFileOptions;
use zip::ZipWriter;

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// Escapes text for XML.
pub fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// A run of plain text.
pub fn run(text: &str) -> String {
    format!(
        r#"<w:r><w:t xml:space="preserve">{}</w:t></w:r>"#,
        esc(text)
    )
}

/// A plain paragraph.
pub fn para(text: &str) -> String {
    format!("<w:p>{}</w:p>", run(text))
}

/// A paragraph in list `num` at level `ilvl`.
pub fn numbered(num: u32, ilvl: u32, text: &str) -> String {
    format!(
        r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/></w:numPr></w:pPr>{}</w:p>"#,
        run(text)
    )
}

/// A paragraph made of raw inner XML (runs, changes, references).
pub fn raw(inner: &str) -> String {
    format!("<w:p>{inner}</w:p>")
}

/// A table, one row per inner vector, one paragraph per cell.
pub fn table(rows: &[&[&str]]) -> String {
    let mut s = String::from("<w:tbl>");
    for row in rows {
        s.push_str("<w:tr>");
        for cell in *row {
            s.push_str(&format!("<w:tc>{}</w:tc>", para(cell)));
        }
        s.push_str("</w:tr>");
    }
    s.push_str("</w:tbl>");
    s
}

/// One abstract list level: `(ilvl, fmt, text, start)`.
pub type Lvl<'a> = (u32, &'a str, &'a str, u32);

/// An abstract list: its id and levels `(ilvl, fmt, text, start)`.
pub type AbstractList = (u32, Vec<(u32, String, String, u32)>);
/// A list instance: `(numId, abstractId, [(ilvl, startOverride)])`.
pub type NumDef = (u32, u32, Vec<(u32, u32)>);

/// A document under construction.
#[derive(Default)]
pub struct Docx {
    pub body: Vec<String>,
    pub abstracts: Vec<AbstractList>,
    pub nums: Vec<NumDef>,
    pub footnotes: Vec<(u32, String)>,
    pub header: Option<String>,
}

impl Docx {
    pub fn new() -> Docx {
        Docx::default()
    }

    pub fn push(&mut self, xml: String) -> &mut Docx {
        self.body.push(xml);
        self
    }

    pub fn list(&mut self, abs: u32, levels: &[Lvl<'_>]) -> &mut Docx {
        self.abstracts.push((
            abs,
            levels
                .iter()
                .map(|(i, f, t, s)| (*i, f.to_string(), t.to_string(), *s))
                .collect(),
        ));
        self
    }

    pub fn num(&mut self, num: u32, abs: u32, overrides: &[(u32, u32)]) -> &mut Docx {
        self.nums.push((num, abs, overrides.to_vec()));
        self
    }

    pub fn footnote(&mut self, id: u32, text: &str) -> &mut Docx {
        self.footnotes.push((id, text.to_string()));
        self
    }

    fn numbering_xml(&self) -> String {
        let mut s = format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="{W}">"#
        );
        for (abs, levels) in &self.abstracts {
            s.push_str(&format!(r#"<w:abstractNum w:abstractNumId="{abs}">"#));
            for (i, fmt, text, start) in levels {
                s.push_str(&format!(
                    r#"<w:lvl w:ilvl="{i}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{}"/></w:lvl>"#,
                    esc(text)
                ));
            }
            s.push_str("</w:abstractNum>");
        }
        for (num, abs, overrides) in &self.nums {
            s.push_str(&format!(
                r#"<w:num w:numId="{num}"><w:abstractNumId w:val="{abs}"/>"#
            ));
            for (i, start) in overrides {
                s.push_str(&format!(
                    r#"<w:lvlOverride w:ilvl="{i}"><w:startOverride w:val="{start}"/></w:lvlOverride>"#
                ));
            }
            s.push_str("</w:num>");
        }
        s.push_str("</w:numbering>");
        s
    }

    fn document_xml(&self) -> String {
        format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>{}<w:sectPr/></w:body></w:document>"#,
            self.body.concat()
        )
    }

    fn footnotes_xml(&self) -> String {
        let mut s = format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><w:footnotes xmlns:w="{W}"><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:t>SEPARATOR</w:t></w:r></w:p></w:footnote>"#
        );
        for (id, text) in &self.footnotes {
            s.push_str(&format!(
                r#"<w:footnote w:id="{id}"><w:p><w:r><w:footnoteRef/></w:r>{}</w:p></w:footnote>"#,
                run(&format!(" {text}"))
            ));
        }
        s.push_str("</w:footnotes>");
        s
    }

    /// The package's bytes.
    pub fn build(&self) -> Vec<u8> {
        let mut parts: Vec<(&str, String)> = vec![
            ("[Content_Types].xml", r#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>"#.to_string()),
            ("word/document.xml", self.document_xml()),
        ];
        if !self.abstracts.is_empty() {
            parts.push(("word/numbering.xml", self.numbering_xml()));
        }
        if !self.footnotes.is_empty() {
            parts.push(("word/footnotes.xml", self.footnotes_xml()));
        }
        if let Some(h) = &self.header {
            parts.push((
                "word/header1.xml",
                format!(r#"<w:hdr xmlns:w="{W}">{}</w:hdr>"#, para(h)),
            ));
        }
        zip_parts(&parts)
    }
}

/// A zip of named text parts, deflated.
pub fn zip_parts(parts: &[(&str, String)]) -> Vec<u8> {
    let mut w = ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, body) in parts {
        w.start_file(*name, opts).unwrap();
        w.write_all(body.as_bytes()).unwrap();
    }
    w.finish().unwrap().into_inner()
}

/// The paragraphs of converted text (blank-line separated).
pub fn paras(text: &str) -> Vec<String> {
    text.split("\n\n")
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty())
        .collect()
}
