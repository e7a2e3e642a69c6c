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
//! - Every old paragraph without a kept counterpart is placed so that the old
//!   paragraphs, read alone, are in the old order (see [`paragraphs`]), whatever moved.
//! - Word-level revisions inside kept paragraphs are dated a few minutes before the
//!   paragraph-level ones, alternating between neighbours, so LibreOffice does not
//!   combine revisions across a paragraph mark (see [`word_dates`]).
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
    iso_date(secs, "Z")
}

/// Seconds since 1970-01-01 as `YYYY-MM-DDTHH:MM:SS` followed by `suffix` (`Z`, an offset).
fn iso_date(secs: i64, suffix: &str) -> String {
    let (y, m, d) = civil(secs.div_euclid(86_400));
    let t = secs.rem_euclid(86_400);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}{suffix}",
        t / 3600,
        t / 60 % 60,
        t % 60
    )
}

fn whole(doc: &Document, i: usize) -> String {
    let s = doc.paragraphs()[i].span();
    fold_space(&doc.text()[s.start..s.end])
}

/// Whether a change is written as one kept paragraph (its old and new text in one
/// paragraph, word revisions inside): an unchanged or reworded paragraph in order.
fn is_kept(c: &Change) -> bool {
    !matches!(
        c.kind,
        ChangeKind::Added
            | ChangeKind::Deleted
            | ChangeKind::Split
            | ChangeKind::Merged
            | ChangeKind::Moved
    )
}

/// The output paragraphs: the new version's paragraphs in the new order, and every old
/// paragraph that has no kept counterpart (deleted, moved away, split or merged) as a
/// deleted paragraph placed so that the old paragraphs, read alone, come in the old
/// order. Kept paragraphs are in order on both sides (matching keeps them in its
/// longest increasing run), so they are the fixed points; each old-only paragraph goes
/// in the stretch between the kept paragraphs around it in the old version:
///
/// - with its own change where that change falls in the stretch (a merge's deleted
///   parts right before the merged paragraph, a deletion where the diff placed it);
/// - a moved paragraph's old copy right after the old paragraph before it (also when
///   that one moved too: a run of moved paragraphs stays a run);
/// - anything else still pending when the stretch ends, in old order, right before the
///   kept paragraph that closes it. That is where a deletion lands that the diff placed
///   after the new position of a moved neighbour.
///
/// So "reject all" gives the old paragraphs in order, whatever the moves.
fn paragraphs(r: &DiffReport<'_>, refs: &Refs) -> Vec<Para> {
    let changes = &r.diff.changes;
    let names = |all: &[String], ix: &[usize]| {
        ix.iter()
            .map(|&i| all[i].as_str())
            .collect::<Vec<_>>()
            .join(" + ")
    };
    let mut change_of_old = vec![usize::MAX; r.old.paragraphs().len()];
    for (n, c) in changes.iter().enumerate() {
        for &i in &c.old {
            change_of_old[i] = n;
        }
    }
    // kept_before[i]: how many kept paragraphs the old version has before paragraph i.
    let mut kept_before = vec![0usize; change_of_old.len() + 1];
    for (i, &n) in change_of_old.iter().enumerate() {
        kept_before[i + 1] = kept_before[i] + usize::from(changes.get(n).is_some_and(is_kept));
    }
    let mut out = Vec::new();
    let mut next_old = 0;
    // Writes the old-only paragraph `next_old` as a deletion.
    let old_only = |out: &mut Vec<Para>, i: usize| {
        let moved = changes
            .get(change_of_old[i])
            .filter(|c| c.kind == ChangeKind::Moved);
        out.push(Para {
            pieces: vec![Piece::Del(whole(r.old, i))],
            mark: Mark::Deleted,
            comment: moved.map(|c| {
                format!(
                    "alinea: moved from here ({}) to {} of the new version",
                    names(&refs.old, &c.old),
                    names(&refs.new, &c.new)
                )
            }),
        });
    };
    // Writes every pending old paragraph before `until`.
    let flush = |out: &mut Vec<Para>, next_old: &mut usize, until: usize| {
        while *next_old < until {
            old_only(out, *next_old);
            *next_old += 1;
        }
    };
    // Writes the old copies of moved paragraphs that come next in the old version.
    let follow = |out: &mut Vec<Para>, next_old: &mut usize| {
        while changes
            .get(*change_of_old.get(*next_old).unwrap_or(&usize::MAX))
            .is_some_and(|c| c.kind == ChangeKind::Moved)
        {
            old_only(out, *next_old);
            *next_old += 1;
        }
    };
    follow(&mut out, &mut next_old);
    for c in changes {
        let first_old = c.old.first().copied();
        // The old side of this change is written here when it is still to be written and
        // no kept paragraph stands between it and the last old paragraph written (it is
        // in the current stretch); a moved paragraph's old copy is written by `follow`.
        let in_stretch = |i: usize| {
            // Kept paragraphs from the last one written up to this change's (itself not
            // counted when kept) must be none.
            let end = if is_kept(c) {
                i
            } else {
                c.old[c.old.len() - 1] + 1
            };
            i >= next_old && kept_before[next_old] == kept_before[end]
        };
        let writes_old = first_old.filter(|&i| c.kind != ChangeKind::Moved && in_stretch(i));
        if let Some(i) = writes_old {
            flush(&mut out, &mut next_old, i);
        }
        let para = |pieces, mark| Para {
            pieces,
            mark,
            comment: None,
        };
        if is_kept(c) {
            out.push(para(pieces(c, r.old, r.new), Mark::Plain));
        } else if writes_old.is_some() {
            flush(&mut out, &mut next_old, c.old[c.old.len() - 1] + 1);
        }
        match c.kind {
            ChangeKind::Added | ChangeKind::Split | ChangeKind::Merged => {
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
            _ => {}
        }
        if is_kept(c) {
            next_old = next_old.max(c.old[0] + 1);
        }
        follow(&mut out, &mut next_old);
    }
    flush(&mut out, &mut next_old, change_of_old.len());
    out
}

struct Doc<'a> {
    date: &'a str,
    /// The dates of word-level revisions inside kept paragraphs: [`word_dates`].
    word_dates: [String; 2],
    /// How many kept paragraphs have been written: picks the word date.
    kept: usize,
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
            self.word_dates[self.kept % 2].as_str()
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
        if p.mark == Mark::Plain {
            self.kept += 1;
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

/// Days from 1970-01-01 to a civil date (the inverse of [`civil`]).
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = i64::from((m + 9) % 12);
    let doy = (153 * mp + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// `date` (`YYYY-MM-DDTHH:MM:SS` and any suffix, such as `Z`) made `minutes` earlier;
/// a date not in that form is kept as it is.
fn minutes_earlier(date: &str, minutes: i64) -> String {
    let num = |r: std::ops::Range<usize>| date.get(r).and_then(|s| s.parse::<u32>().ok());
    let shape = date.len() >= 19
        && date.is_char_boundary(19)
        && [(4, b'-'), (7, b'-'), (10, b'T'), (13, b':'), (16, b':')]
            .iter()
            .all(|&(i, c)| date.as_bytes()[i] == c);
    let fields = (
        num(0..4),
        num(5..7),
        num(8..10),
        num(11..13),
        num(14..16),
        num(17..19),
    );
    let (Some(y), Some(mo), Some(d), Some(h), Some(mi), Some(s)) = fields else {
        return date.to_string();
    };
    if !shape || !(1..=12).contains(&mo) || !(1..=31).contains(&d) || h > 23 || mi > 59 || s > 60 {
        return date.to_string();
    }
    let secs = days_from_civil(i64::from(y), mo, d) * 86_400 + i64::from(h * 3600 + mi * 60 + s)
        - minutes * 60;
    iso_date(secs, &date[19..])
}

/// The dates of word-level revisions inside kept paragraphs: two and four minutes before
/// the paragraph-level ones, alternating from one kept paragraph to the next.
/// LibreOffice (7.4) combines adjacent insertions (or deletions) of one author made
/// within a minute of each other (one minute apart still combines, two do not) even
/// across the unrevised paragraph mark between them, and "reject all" then removes that
/// mark and joins two old paragraphs: a kept paragraph ending in inserted words followed
/// by an added paragraph, or by a kept paragraph that starts with inserted words (a list
/// whose items all gained a dash). With these dates no two revisions on either side of a
/// paragraph mark share a minute unless both are whole-paragraph revisions, whose
/// combining is harmless. Word keeps each revision apart anyway.
fn word_dates(date: &str) -> [String; 2] {
    [minutes_earlier(date, 2), minutes_earlier(date, 4)]
}

fn document_xml(r: &DiffReport<'_>, paras: &[Para], date: &str) -> io::Result<Vec<u8>> {
    let mut w = xml_writer()?;
    w.write_event(Event::Start(root("w:document", &[("xmlns:w", W_NS)])))?;
    w.write_event(Event::Start(BytesStart::new("w:body")))?;
    let mut doc = Doc {
        date,
        word_dates: word_dates(date),
        kept: 0,
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
    fn word_revisions_fall_in_other_minutes() {
        assert_eq!(
            word_dates("2026-12-01T21:05:09Z"),
            ["2026-12-01T21:03:09Z", "2026-12-01T21:01:09Z"]
        );
        assert_eq!(
            word_dates("2026-03-01T00:01:00Z"),
            ["2026-02-28T23:59:00Z", "2026-02-28T23:57:00Z"]
        );
        assert_eq!(
            minutes_earlier("2024-03-01T00:00:30+01:00", 1),
            "2024-02-29T23:59:30+01:00"
        );
        assert_eq!(word_dates("soon"), ["soon", "soon"]);
        assert_eq!(
            minutes_earlier("2026-13-01T00:00:00Z", 2),
            "2026-13-01T00:00:00Z"
        );
    }

    #[test]
    fn days_from_civil_inverts_civil() {
        for days in [-800_000, -1, 0, 11_016, 20_788, 60_000] {
            let (y, m, d) = civil(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
    }

    #[test]
    fn civil_dates() {
        assert_eq!(civil(0), (1970, 1, 1));
        assert_eq!(civil(20_788), (2026, 12, 1));
        assert_eq!(civil(11_016), (2000, 2, 29));
    }
}
