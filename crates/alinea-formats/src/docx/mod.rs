//! DOCX (Office Open XML) in: the body's paragraphs with Word's numbering written out as
//! labels, then the footnotes and the endnotes, each a paragraph opening with its
//! superscript number. Tables come out row by row, one paragraph per cell paragraph, in
//! reading order. Headers and footers live in parts of their own and are not read.

mod numbering;
mod story;
mod styles;
pub(crate) mod xml;

use crate::zipped::{corrupt, Package};
use crate::{FormatError, PARAGRAPH_BREAK};
use numbering::Numbering;
use story::{paragraphs, superscript, NoteKind, NoteNumbers, Para};

const DOCUMENT: &str = "word/document.xml";

/// Converts a zip package: a DOCX to text, anything else to the error that says what it is.
pub(crate) fn extract(name: &str, bytes: &[u8], max_bytes: u64) -> Result<String, FormatError> {
    let mut pkg = Package::open(name, bytes, max_bytes)?;
    if !pkg.has(DOCUMENT) {
        return Err(other_package(name, &mut pkg));
    }
    let document = pkg.read(DOCUMENT)?.unwrap_or_default();
    let mut numbering = match pkg.read("word/numbering.xml")? {
        Some(xml) => Numbering::parse(&xml),
        None => Numbering::default(),
    };
    let styles = match pkg.read("word/styles.xml")? {
        Some(xml) => styles::Styles::parse(&xml),
        None => styles::Styles::default(),
    };
    let mut notes = NoteNumbers::default();
    let body =
        paragraphs(&document, &mut notes).map_err(|d| corrupt(name, format!("{DOCUMENT}: {d}")))?;
    let mut out: Vec<String> = Vec::new();
    for p in body {
        let numbered = p
            .num_id
            .clone()
            .map(|id| (id, p.ilvl.unwrap_or(0)))
            .or_else(|| p.style.as_deref().and_then(|s| styles.numbering(s)));
        let label = numbered.and_then(|(id, lvl)| numbering.next_label(&id, lvl));
        if p.text.is_empty() {
            continue;
        }
        out.push(match label {
            Some(l) => format!("{l} {}", p.text),
            None => p.text,
        });
    }
    for (kind, part) in [
        (NoteKind::Foot, "word/footnotes.xml"),
        (NoteKind::End, "word/endnotes.xml"),
    ] {
        let Some(order) = notes.order.get(&kind).cloned() else {
            continue;
        };
        let Some(xml) = pkg.read(part)? else {
            continue;
        };
        let mut ignored = NoteNumbers::default();
        let paras =
            paragraphs(&xml, &mut ignored).map_err(|d| corrupt(name, format!("{part}: {d}")))?;
        for (i, id) in order.iter().enumerate() {
            let mut first = true;
            for p in paras.iter().filter(|p| p.note.as_deref() == Some(id)) {
                if p.text.is_empty() {
                    continue;
                }
                out.push(note_text(p, first.then_some(i + 1)));
                first = false;
            }
        }
    }
    Ok(out.join(PARAGRAPH_BREAK) + "\n")
}

fn note_text(p: &Para, number: Option<usize>) -> String {
    match number {
        Some(n) => format!("{} {}", superscript(n), p.text),
        None => p.text.clone(),
    }
}

/// What a zip that is not a DOCX is, for the message.
fn other_package(name: &str, pkg: &mut Package<'_>) -> FormatError {
    let mimetype = pkg.read("mimetype").ok().flatten().unwrap_or_default();
    let (what, advice) = if mimetype.starts_with("application/vnd.oasis.opendocument.text") {
        (
            "an OpenDocument text (.odt)",
            "save it as .docx (File > Save As in LibreOffice) or as plain text",
        )
    } else if mimetype.starts_with("application/vnd.oasis.opendocument") {
        (
            "an OpenDocument file other than text",
            "export its text as .docx or plain text",
        )
    } else if pkg.has("xl/workbook.xml") {
        (
            "an Excel workbook (.xlsx)",
            "copy the text into a .docx or a text file",
        )
    } else if pkg.has("ppt/presentation.xml") {
        (
            "a PowerPoint presentation (.pptx)",
            "export its text as .docx or plain text",
        )
    } else if pkg.has("[Content_Types].xml") {
        (
            "an Office package without a Word document",
            "save the text as .docx or plain text",
        )
    } else {
        ("a zip archive", "unpack it and give the documents inside")
    };
    FormatError::Unsupported {
        name: name.to_string(),
        what,
        advice,
    }
}
