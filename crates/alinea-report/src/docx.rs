//! Word tracked changes: a `.docx` of the new version whose revisions turn the old text
//! into the new, paragraph by paragraph, so an analyst can open it in Word or LibreOffice
//! and accept or reject each change.
//!
//! - Kept words are plain runs; deleted words are `w:del` runs and inserted words `w:ins`
//!   runs, author `alinea`, dated, taken from the same redline pieces as every other
//!   renderer.
//! - An added paragraph has its paragraph mark inserted, a deleted one its mark deleted,
//!   so "accept all" gives exactly the new version's paragraphs and "reject all" the
//!   old one's.
//! - A split or merge is the old paragraphs deleted and the new ones inserted (Word has
//!   no revision for moving a paragraph break with words around it).
//! - A moved paragraph is deleted where it stood and inserted where it now stands, each
//!   with a comment naming the other place.
//! - Arabic and Persian paragraphs are marked right-to-left.
//!
//! The package is built with `zip` (stored entries) and the XML with `quick-xml`'s
//! writer, so every name and text is escaped by the XML layer, never pasted into a
//! template.

use std::io::{self, Cursor, Write};
use std::time::{SystemTime, UNIX_EPOCH};

use alinea_diff::{Change, ChangeKind};
use alinea_text::Document;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use quick_xml::Writer;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

use crate::diff::{DiffReport, Refs};
use crate::redline::{fold_space, pieces, Piece};

/// The revision author Word shows for every change.
pub const AUTHOR: &str = "alinea";

const W_NS: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// What a paragraph of the output is, as a revision.
#[derive(Copy, Clone, PartialEq)]
enum Mark {
    Plain,
    Inserted,
    Deleted,
}

/// One paragraph of the output: its pieces, its mark, and an optional comment.
struct Para {
    pieces: Vec<Piece>,
    mark: Mark,
    comment: Option<String>,
}

fn to_io(e: impl std::fmt::Display) -> io::Error {
    io::Error::other(e.to_string())
}

/// Drops the characters XML 1.0 forbids (PDF extraction leaves some behind).
fn xml_safe(s: &str) -> String {
    s.chars()
        .filter(|&c| c == '\t' || c == '\n' || c == '\r' || c >= ' ')
        .filter(|&c| c != '\u{FFFE}' && c != '\u{FFFF}')
        .collect()
}

/// Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
fn civil(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// The current time as the ISO 8601 form revisions carry (`2026-12-01T21:05:00Z`).
pub fn revision_date_now() -> String {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    let (y, m, d) = civil(secs.div_euclid(86_400));
    let t = secs.rem_euclid(86_400);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        t / 3600,
        t / 60 % 60,
        t % 60
    )
}

fn whole(doc: &Document, i: usize) -> String {
    let s = doc.paragraphs()[i].span();
    fold_space(&doc.text()[s.start..s.end])
}

/// The output paragraphs, in the new version's order, with deleted and moved-away
/// paragraphs where they stood in the old one.
fn paragraphs(r: &DiffReport<'_>, refs: &Refs) -> Vec<Para> {
    let changes = &r.diff.changes;
    let moved_after = crate::redline::moved_after(r.diff, r.old.paragraphs().len());
    let names = |all: &[String], ix: &[usize]| {
        ix.iter()
            .map(|&i| all[i].as_str())
            .collect::<Vec<_>>()
            .join(" + ")
    };
    let mut out = Vec::new();
    for (n, here) in moved_after.iter().enumerate() {
        for &m in here {
            let c = &changes[m];
            out.push(Para {
                pieces: vec![Piece::Del(whole(r.old, c.old[0]))],
                mark: Mark::Deleted,
                comment: Some(format!(
                    "alinea: moved from here ({}) to {} of the new version",
                    names(&refs.old, &c.old),
                    names(&refs.new, &c.new)
                )),
            });
        }
        let Some(c) = changes.get(n) else { break };
        push_change(r, refs, c, &mut out, &names);
    }
    out
}

fn push_change(
    r: &DiffReport<'_>,
    refs: &Refs,
    c: &Change,
    out: &mut Vec<Para>,
    names: &dyn Fn(&[String], &[usize]) -> String,
) {
    let para = |pieces, mark| Para {
        pieces,
        mark,
        comment: None,
    };
    match c.kind {
        ChangeKind::Added => out.push(para(
            vec![Piece::Ins(whole(r.new, c.new[0]))],
            Mark::Inserted,
        )),
        ChangeKind::Deleted => out.push(para(
            vec![Piece::Del(whole(r.old, c.old[0]))],
            Mark::Deleted,
        )),
        ChangeKind::Split | ChangeKind::Merged => {
            for &i in &c.old {
                out.push(para(vec![Piece::Del(whole(r.old, i))], Mark::Deleted));
            }
            for &j in &c.new {
                out.push(para(vec![Piece::Ins(whole(r.new, j))], Mark::Inserted));
            }
        }
        ChangeKind::Moved => out.push(Para {
            pieces: vec![Piece::Ins(whole(r.new, c.new[0]))],
            mark: Mark::Inserted,
            comment: Some(format!(
                "alinea: moved here ({}) from {} of the old version",
                names(&refs.new, &c.new),
                names(&refs.old, &c.old)
            )),
        }),
        _ => out.push(para(pieces(c, r.old, r.new), Mark::Plain)),
    }
}

struct Doc<'a> {
    date: &'a str,
    /// The date of word-level revisions inside kept paragraphs: [`word_date`].
    word_date: String,
    rtl: bool,
    next_id: usize,
}

impl Doc<'_> {
    fn id(&mut self) -> String {
        self.next_id += 1;
        self.next_id.to_string()
    }

    /// A revision element; `word` for a word-level change inside a kept paragraph.
    fn revision<'b>(&mut self, tag: &'b str, word: bool) -> BytesStart<'b> {
        let id = self.id();
        let mut e = BytesStart::new(tag);
        e.push_attribute(("w:id", id.as_str()));
        e.push_attribute(("w:author", AUTHOR));
        let date = if word {
            self.word_date.as_str()
        } else {
            self.date
        };
        e.push_attribute(("w:date", date));
        e
    }

    fn run<W: Write>(&self, w: &mut Writer<W>, text: &str, deleted: bool) -> io::Result<()> {
        w.write_event(Event::Start(BytesStart::new("w:r")))?;
        if self.rtl {
            w.write_event(Event::Start(BytesStart::new("w:rPr")))?;
            w.write_event(Event::Empty(BytesStart::new("w:rtl")))?;
            w.write_event(Event::End(BytesEnd::new("w:rPr")))?;
        }
        let tag = if deleted { "w:delText" } else { "w:t" };
        let mut t = BytesStart::new(tag);
        t.push_attribute(("xml:space", "preserve"));
        w.write_event(Event::Start(t))?;
        w.write_event(Event::Text(BytesText::new(&xml_safe(text))))?;
        w.write_event(Event::End(BytesEnd::new(tag)))?;
        w.write_event(Event::End(BytesEnd::new("w:r")))
    }

    fn paragraph<W: Write>(
        &mut self,
        w: &mut Writer<W>,
        p: &Para,
        comment: Option<usize>,
    ) -> io::Result<()> {
        w.write_event(Event::Start(BytesStart::new("w:p")))?;
        w.write_event(Event::Start(BytesStart::new("w:pPr")))?;
        if self.rtl {
            w.write_event(Event::Empty(BytesStart::new("w:bidi")))?;
        }
        if p.mark != Mark::Plain {
            w.write_event(Event::Start(BytesStart::new("w:rPr")))?;
            let tag = if p.mark == Mark::Inserted {
                "w:ins"
            } else {
                "w:del"
            };
            let e = self.revision(tag, false);
            w.write_event(Event::Empty(e))?;
            w.write_event(Event::End(BytesEnd::new("w:rPr")))?;
        }
        w.write_event(Event::End(BytesEnd::new("w:pPr")))?;
        let cid = comment.map(|c| c.to_string());
        if let Some(c) = &cid {
            let mut e = BytesStart::new("w:commentRangeStart");
            e.push_attribute(("w:id", c.as_str()));
            w.write_event(Event::Empty(e))?;
        }
        for piece in &p.pieces {
            match piece {
                Piece::Same(t) => self.run(w, t, false)?,
                Piece::Ins(t) => {
                    let e = self.revision("w:ins", p.mark == Mark::Plain);
                    w.write_event(Event::Start(e))?;
                    self.run(w, t, false)?;
                    w.write_event(Event::End(BytesEnd::new("w:ins")))?;
                }
                Piece::Del(t) => {
                    let e = self.revision("w:del", p.mark == Mark::Plain);
                    w.write_event(Event::Start(e))?;
                    self.run(w, t, true)?;
                    w.write_event(Event::End(BytesEnd::new("w:del")))?;
                }
            }
        }
        if let Some(c) = &cid {
            let mut e = BytesStart::new("w:commentRangeEnd");
            e.push_attribute(("w:id", c.as_str()));
            w.write_event(Event::Empty(e))?;
            w.write_event(Event::Start(BytesStart::new("w:r")))?;
            let mut e = BytesStart::new("w:commentReference");
            e.push_attribute(("w:id", c.as_str()));
            w.write_event(Event::Empty(e))?;
            w.write_event(Event::End(BytesEnd::new("w:r")))?;
        }
        w.write_event(Event::End(BytesEnd::new("w:p")))
    }
}

fn xml_writer() -> io::Result<Writer<Vec<u8>>> {
    let mut w = Writer::new(Vec::new());
    w.write_event(Event::Decl(BytesDecl::new(
        "1.0",
        Some("UTF-8"),
        Some("yes"),
    )))?;
    Ok(w)
}

fn root(name: &str, ns: &[(&str, &str)]) -> BytesStart<'static> {
    let mut e = BytesStart::new(name.to_string());
    for &(k, v) in ns {
        e.push_attribute((k, v));
    }
    e
}

/// `date` with its minute moved by two (down, or up from `:00` and `:01`), for the
/// word-level revisions of kept paragraphs. LibreOffice combines adjacent insertions (or
/// deletions) of one author made within a minute of each other (one minute apart still
/// combines, two do not), even across the unrevised paragraph mark
/// between a kept paragraph ending in inserted words and an added paragraph after it,
/// and then "reject all" removes that mark too and joins the two old paragraphs. Word
/// keeps each revision apart, so the shift changes nothing there. A date not in the
/// `YYYY-MM-DDTHH:MM...` form is kept as it is.
fn word_date(date: &str) -> String {
    let minute = date.get(14..16).and_then(|m| m.parse::<u8>().ok());
    match minute {
        Some(m) if date.as_bytes()[13] == b':' && m < 60 => {
            let moved = if m < 2 { m + 2 } else { m - 2 };
            format!("{}{moved:02}{}", &date[..14], &date[16..])
        }
        _ => date.to_string(),
    }
}

fn document_xml(r: &DiffReport<'_>, paras: &[Para], date: &str) -> io::Result<Vec<u8>> {
    let mut w = xml_writer()?;
    w.write_event(Event::Start(root("w:document", &[("xmlns:w", W_NS)])))?;
    w.write_event(Event::Start(BytesStart::new("w:body")))?;
    let mut doc = Doc {
        date,
        word_date: word_date(date),
        rtl: r.lang.is_some_and(|l| l.is_rtl()),
        next_id: 1000,
    };
    let mut comment = 0;
    for p in paras {
        let c = p.comment.as_ref().map(|_| {
            comment += 1;
            comment - 1
        });
        doc.paragraph(&mut w, p, c)?;
    }
    w.write_event(Event::End(BytesEnd::new("w:body")))?;
    w.write_event(Event::End(BytesEnd::new("w:document")))?;
    Ok(w.into_inner())
}

fn comments_xml(paras: &[Para], date: &str) -> io::Result<Vec<u8>> {
    let mut w = xml_writer()?;
    w.write_event(Event::Start(root("w:comments", &[("xmlns:w", W_NS)])))?;
    for (k, text) in paras.iter().filter_map(|p| p.comment.as_ref()).enumerate() {
        let id = k.to_string();
        let mut e = BytesStart::new("w:comment");
        e.push_attribute(("w:id", id.as_str()));
        e.push_attribute(("w:author", AUTHOR));
        e.push_attribute(("w:date", date));
        w.write_event(Event::Start(e))?;
        w.write_event(Event::Start(BytesStart::new("w:p")))?;
        w.write_event(Event::Start(BytesStart::new("w:r")))?;
        w.write_event(Event::Start(BytesStart::new("w:t")))?;
        w.write_event(Event::Text(BytesText::new(&xml_safe(text))))?;
        w.write_event(Event::End(BytesEnd::new("w:t")))?;
        w.write_event(Event::End(BytesEnd::new("w:r")))?;
        w.write_event(Event::End(BytesEnd::new("w:p")))?;
        w.write_event(Event::End(BytesEnd::new("w:comment")))?;
    }
    w.write_event(Event::End(BytesEnd::new("w:comments")))?;
    Ok(w.into_inner())
}

const PKG_REL: &str = "http://schemas.openxmlformats.org/package/2006/relationships";

fn relationships(rels: &[(&str, &str, &str)]) -> io::Result<Vec<u8>> {
    let mut w = xml_writer()?;
    w.write_event(Event::Start(root("Relationships", &[("xmlns", PKG_REL)])))?;
    for &(id, kind, target) in rels {
        let mut e = BytesStart::new("Relationship");
        e.push_attribute(("Id", id));
        e.push_attribute(("Type", kind));
        e.push_attribute(("Target", target));
        w.write_event(Event::Empty(e))?;
    }
    w.write_event(Event::End(BytesEnd::new("Relationships")))?;
    Ok(w.into_inner())
}

fn content_types() -> io::Result<Vec<u8>> {
    let mut w = xml_writer()?;
    w.write_event(Event::Start(root(
        "Types",
        &[(
            "xmlns",
            "http://schemas.openxmlformats.org/package/2006/content-types",
        )],
    )))?;
    for (ext, ty) in [
        (
            "rels",
            "application/vnd.openxmlformats-package.relationships+xml",
        ),
        ("xml", "application/xml"),
    ] {
        let mut e = BytesStart::new("Default");
        e.push_attribute(("Extension", ext));
        e.push_attribute(("ContentType", ty));
        w.write_event(Event::Empty(e))?;
    }
    for (part, ty) in [
        (
            "/word/document.xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        ),
        (
            "/word/comments.xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml",
        ),
    ] {
        let mut e = BytesStart::new("Override");
        e.push_attribute(("PartName", part));
        e.push_attribute(("ContentType", ty));
        w.write_event(Event::Empty(e))?;
    }
    w.write_event(Event::End(BytesEnd::new("Types")))?;
    Ok(w.into_inner())
}

/// Renders a diff as a Word document with tracked changes, revisions dated `date`
/// (ISO 8601, as [`revision_date_now`] gives).
pub fn render_diff_docx_dated(r: &DiffReport<'_>, date: &str, w: &mut dyn Write) -> io::Result<()> {
    let refs = Refs::of(r.old, r.new);
    let paras = paragraphs(r, &refs);
    let office = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    let parts: Vec<(&str, Vec<u8>)> = vec![
        ("[Content_Types].xml", content_types()?),
        (
            "_rels/.rels",
            relationships(&[(
                "rId1",
                &format!("{office}/officeDocument"),
                "word/document.xml",
            )])?,
        ),
        (
            "word/_rels/document.xml.rels",
            relationships(&[("rId1", &format!("{office}/comments"), "comments.xml")])?,
        ),
        ("word/document.xml", document_xml(r, &paras, date)?),
        ("word/comments.xml", comments_xml(&paras, date)?),
    ];
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(CompressionMethod::Stored);
    for (name, bytes) in parts {
        zip.start_file(name, options).map_err(to_io)?;
        zip.write_all(&bytes)?;
    }
    let bytes = zip.finish().map_err(to_io)?.into_inner();
    w.write_all(&bytes)
}

/// Renders a diff as a Word document with tracked changes dated now.
pub fn render_diff_docx(r: &DiffReport<'_>, w: &mut dyn Write) -> io::Result<()> {
    render_diff_docx_dated(r, &revision_date_now(), w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_revisions_fall_in_another_minute() {
        assert_eq!(word_date("2026-12-01T21:05:09Z"), "2026-12-01T21:03:09Z");
        assert_eq!(word_date("2026-12-01T21:01:00Z"), "2026-12-01T21:03:00Z");
        assert_eq!(word_date("soon"), "soon");
    }

    #[test]
    fn civil_dates() {
        assert_eq!(civil(0), (1970, 1, 1));
        assert_eq!(civil(20_788), (2026, 12, 1));
        assert_eq!(civil(11_016), (2000, 2, 29));
    }
}
