//! Numbering that comes from a paragraph's style (`Heading 1` numbered through the
//! style's own `w:numPr`), following `w:basedOn`.

use std::collections::HashMap;

use quick_xml::events::Event;
use quick_xml::Reader;

use super::xml::attr;

#[derive(Clone, Debug, Default)]
struct Style {
    num_id: Option<String>,
    ilvl: Option<usize>,
    based_on: Option<String>,
}

/// The paragraph styles that carry numbering.
#[derive(Debug, Default)]
pub(crate) struct Styles {
    styles: HashMap<String, Style>,
}

impl Styles {
    /// Reads `styles.xml`, keeping what could be read before any fault.
    pub fn parse(xml: &str) -> Styles {
        let mut out = Styles::default();
        let mut reader = Reader::from_str(xml);
        let mut cur: Option<(String, Style)> = None;
        let mut in_numpr = false;
        loop {
            match reader.read_event() {
                Ok(Event::Start(e)) | Ok(Event::Empty(e)) => match e.local_name().as_ref() {
                    b"style" => cur = attr(&e, "styleId").map(|id| (id, Style::default())),
                    b"numPr" => in_numpr = true,
                    b"numId" if in_numpr => {
                        if let Some((_, s)) = &mut cur {
                            s.num_id = attr(&e, "val");
                        }
                    }
                    b"ilvl" if in_numpr => {
                        if let Some((_, s)) = &mut cur {
                            s.ilvl = attr(&e, "val").and_then(|v| v.parse().ok());
                        }
                    }
                    b"basedOn" => {
                        if let Some((_, s)) = &mut cur {
                            s.based_on = attr(&e, "val");
                        }
                    }
                    _ => {}
                },
                Ok(Event::End(e)) => match e.local_name().as_ref() {
                    b"style" => {
                        if let Some((id, s)) = cur.take() {
                            out.styles.insert(id, s);
                        }
                    }
                    b"numPr" => in_numpr = false,
                    _ => {}
                },
                Ok(Event::Eof) | Err(_) => break,
                Ok(_) => {}
            }
        }
        out
    }

    /// The list and level a paragraph of this style is numbered in, if any.
    pub fn numbering(&self, style: &str) -> Option<(String, usize)> {
        let mut id = style;
        // A bounded walk: style chains are short, and a cycle must not hang.
        for _ in 0..16 {
            let s = self.styles.get(id)?;
            if let Some(num) = &s.num_id {
                return Some((num.clone(), s.ilvl.unwrap_or(0)));
            }
            id = s.based_on.as_deref()?;
        }
        None
    }
}
