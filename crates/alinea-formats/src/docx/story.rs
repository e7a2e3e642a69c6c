//! The paragraphs of one WordprocessingML part (the body, the footnotes, the endnotes):
//! their current text, their list membership and style, and the notes they refer to.
//!
//! Current text means what Word shows with all changes accepted: runs inside `w:del` and
//! `w:moveFrom` are dropped (their text is in `w:delText` or `w:t`), `w:ins` and
//! `w:moveTo` are kept. Hidden runs (`w:vanish`) and the fallback copy of alternate
//! content (`mc:Fallback`, which repeats the text of a text box) are left out. Text boxes
//! hold paragraphs inside a paragraph; they come out as paragraphs of their own.

use std::collections::HashMap;

use quick_xml::events::Event;
use quick_xml::Reader;

use super::xml::{attr, on};

/// A note referred to from the text.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) enum NoteKind {
    Foot,
    End,
}

/// One paragraph as read.
#[derive(Clone, Debug, Default)]
pub(crate) struct Para {
    pub text: String,
    pub num_id: Option<String>,
    pub ilvl: Option<usize>,
    pub style: Option<String>,
    /// The note (footnote or endnote id) this paragraph belongs to, in a notes part.
    pub note: Option<String>,
}

/// Numbers given to notes in the order the text first refers to them, as Word numbers
/// them; the marker in the text and the note's own paragraph use the same number.
#[derive(Debug, Default)]
pub(crate) struct NoteNumbers {
    pub order: HashMap<NoteKind, Vec<String>>,
}

impl NoteNumbers {
    fn number(&mut self, kind: NoteKind, id: &str) -> usize {
        let list = self.order.entry(kind).or_default();
        match list.iter().position(|x| x == id) {
            Some(i) => i + 1,
            None => {
                list.push(id.to_string());
                list.len()
            }
        }
    }
}

/// Superscript digits, the form the structure layer recognises as a footnote marker.
pub(crate) fn superscript(n: usize) -> String {
    n.to_string()
        .chars()
        .map(|d| match d {
            '0' => '⁰',
            '1' => '¹',
            '2' => '²',
            '3' => '³',
            '4' => '⁴',
            '5' => '⁵',
            '6' => '⁶',
            '7' => '⁷',
            '8' => '⁸',
            _ => '⁹',
        })
        .collect()
}

#[derive(Default)]
struct State {
    stack: Vec<Para>,
    in_ppr: bool,
    in_numpr: bool,
    in_run: bool,
    in_rpr: bool,
    hidden: bool,
    in_text: bool,
    deleted: usize,
    fallback: usize,
    note: Option<String>,
    skip_note: bool,
}

/// Reads the paragraphs of a part. `notes` numbers the note references met on the way.
pub(crate) fn paragraphs(xml: &str, notes: &mut NoteNumbers) -> Result<Vec<Para>, String> {
    let mut reader = Reader::from_str(xml);
    let mut st = State::default();
    let mut out = Vec::new();
    loop {
        let event = reader
            .read_event()
            .map_err(|e| format!("XML error at byte {}: {e}", reader.buffer_position()))?;
        match event {
            // An empty `<w:p/>` is an empty paragraph: nothing to keep.
            Event::Empty(e) if e.local_name().as_ref() == b"p" => {}
            Event::Start(e) if e.local_name().as_ref() == b"p" => st.stack.push(Para {
                note: st.note.clone(),
                ..Para::default()
            }),
            Event::Start(e) => start(&mut st, &e, true, notes),
            Event::Empty(e) => start(&mut st, &e, false, notes),
            Event::End(e) => match e.local_name().as_ref() {
                b"p" => {
                    if let Some(p) = st.stack.pop() {
                        if !st.skip_note {
                            out.push(finish(p));
                        }
                    }
                }
                b"pPr" => st.in_ppr = false,
                b"numPr" => st.in_numpr = false,
                b"r" => {
                    st.in_run = false;
                    st.hidden = false;
                }
                b"rPr" => st.in_rpr = false,
                b"t" => st.in_text = false,
                b"del" | b"moveFrom" => st.deleted = st.deleted.saturating_sub(1),
                b"Fallback" => st.fallback = st.fallback.saturating_sub(1),
                b"footnote" | b"endnote" => {
                    st.note = None;
                    st.skip_note = false;
                }
                _ => {}
            },
            Event::Text(t) if st.in_text && visible(&st) => {
                let text = t
                    .unescape()
                    .map_err(|e| format!("XML error at byte {}: {e}", reader.buffer_position()))?;
                push(&mut st, &text);
            }
            Event::CData(t) if st.in_text && visible(&st) => {
                push(&mut st, &String::from_utf8_lossy(&t));
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}

fn visible(st: &State) -> bool {
    st.deleted == 0 && st.fallback == 0 && !st.hidden
}

fn push(st: &mut State, text: &str) {
    if let Some(p) = st.stack.last_mut() {
        p.text.push_str(text);
    }
}

fn start(
    st: &mut State,
    e: &quick_xml::events::BytesStart<'_>,
    is_start: bool,
    notes: &mut NoteNumbers,
) {
    match e.local_name().as_ref() {
        b"pPr" if is_start => st.in_ppr = true,
        b"numPr" if is_start && st.in_ppr => st.in_numpr = true,
        b"ilvl" if st.in_numpr => {
            if let Some(p) = st.stack.last_mut() {
                p.ilvl = attr(e, "val").and_then(|v| v.parse().ok());
            }
        }
        b"numId" if st.in_numpr => {
            if let Some(p) = st.stack.last_mut() {
                p.num_id = attr(e, "val");
            }
        }
        b"pStyle" if st.in_ppr => {
            if let Some(p) = st.stack.last_mut() {
                p.style = attr(e, "val");
            }
        }
        b"r" if is_start => {
            st.in_run = true;
            st.hidden = false;
        }
        b"rPr" if is_start && st.in_run => st.in_rpr = true,
        b"vanish" if st.in_rpr => st.hidden = on(e),
        b"t" if is_start && st.in_run => st.in_text = true,
        b"tab" | b"br" | b"cr" if st.in_run && !st.in_ppr && visible(st) => push(st, " "),
        b"noBreakHyphen" if st.in_run && visible(st) => push(st, "-"),
        b"del" | b"moveFrom" if is_start => st.deleted += 1,
        b"Fallback" if is_start => st.fallback += 1,
        b"footnoteReference" | b"endnoteReference" if visible(st) => {
            let kind = if e.local_name().as_ref() == b"footnoteReference" {
                NoteKind::Foot
            } else {
                NoteKind::End
            };
            if let Some(id) = attr(e, "id") {
                let n = notes.number(kind, &id);
                push(st, &superscript(n));
            }
        }
        b"footnote" | b"endnote" if is_start => {
            st.note = attr(e, "id");
            st.skip_note = attr(e, "type").is_some_and(|t| t != "normal");
        }
        _ => {}
    }
}

/// Folds the whitespace of a paragraph: line breaks and tabs inside it are spaces, and
/// the text must stay on one line for the reader downstream.
fn finish(mut p: Para) -> Para {
    let mut text = String::with_capacity(p.text.len());
    let mut space = false;
    for c in p.text.chars() {
        if c.is_whitespace() || c.is_control() {
            space = true;
        } else {
            if space && !text.is_empty() {
                text.push(' ');
            }
            space = false;
            text.push(c);
        }
    }
    p.text = text;
    p
}
