//! The document's own names for its paragraphs, so a change report says "OP 3" or
//! "PP 5" the way delegates and analysts cite a resolution, not "¶ 13" (a position that
//! shifts with every added title line).
//!
//! Rules, in order:
//! - after an annex heading (`Annex`, `Annexe`, `Anexo`, `Приложение`, `المرفق`, `附件`,
//!   `پیوست`; a short line), paragraphs are `annex ¶ 12`, by their number label when they
//!   have one and by their place in the annex otherwise;
//! - in the operative part, a numbered paragraph is `OP 3`, a lettered or roman sub-item
//!   `OP 3 (a)` (the number of the operative paragraph above it);
//! - in the preamble, paragraphs are unnumbered in the document itself and are counted:
//!   the fifth is `PP 5` (a sub-item `PP 5 (a)`), the usual citation in UN practice;
//! - outside a resolution's parts, a numbered paragraph is `para 3` and a lettered one
//!   `(a)`;
//! - anything else is named by its 1-based position in the document, `¶ 12`.

use alinea_text::{Document, LabelKind, ParaKind, Part};

/// Headings that open an annex, lowercased, in the languages alinea reads.
const ANNEX_WORDS: &[&str] = &[
    "annex",
    "annexe",
    "anexo",
    "приложение",
    "المرفق",
    "مرفق",
    "附件",
    "پیوست",
];

/// An annex heading is a short line: a title, not a sentence that mentions an annex.
const ANNEX_HEADING_MAX_CHARS: usize = 40;

fn is_annex_heading(text: &str) -> bool {
    let t = text.trim().to_lowercase();
    t.chars().count() <= ANNEX_HEADING_MAX_CHARS && ANNEX_WORDS.iter().any(|w| t.starts_with(w))
}

/// One reference per paragraph of `doc`, in order (see the module rules).
pub fn paragraph_refs(doc: &Document) -> Vec<String> {
    let mut out = Vec::with_capacity(doc.paragraphs().len());
    let mut in_annex = false;
    let mut annex_count = 0usize;
    let mut preamble_count = 0usize;
    let mut last_op: Option<String> = None;
    let mut last_pp: Option<usize> = None;
    for (pos, p) in doc.paragraphs().iter().enumerate() {
        let label = p.label();
        let numbered = label.filter(|l| l.kind == LabelKind::Number);
        let sub = label.filter(|l| l.kind != LabelKind::Number);
        if !in_annex && p.kind() == ParaKind::Heading && is_annex_heading(p.text()) {
            in_annex = true;
            out.push(format!("¶ {}", pos + 1));
            continue;
        }
        let name = if in_annex {
            annex_count += 1;
            match numbered {
                Some(l) => format!("annex ¶ {}", l.value),
                None => format!("annex ¶ {annex_count}"),
            }
        } else {
            match (p.part(), numbered, sub) {
                (Some(Part::Operative), Some(l), _) => {
                    last_op = Some(l.value.clone());
                    format!("OP {}", l.value)
                }
                (Some(Part::Operative), None, Some(l)) => match &last_op {
                    Some(op) => format!("OP {op} ({})", l.value),
                    None => format!("({})", l.value),
                },
                (Some(Part::Preamble), _, Some(l)) if last_pp.is_some() => {
                    format!("PP {} ({})", last_pp.unwrap_or_default(), l.value)
                }
                (Some(Part::Preamble), _, _) => {
                    preamble_count += 1;
                    last_pp = Some(preamble_count);
                    format!("PP {preamble_count}")
                }
                (_, Some(l), _) => format!("para {}", l.value),
                (_, None, Some(l)) => format!("({})", l.value),
                _ => format!("¶ {}", pos + 1),
            }
        };
        out.push(name);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const RESOLUTION: &str = "The General Assembly,\n\n\
        Recalling its resolution 76/19 of 6 December 2021 on the subject at hand,\n\n\
        Noting with concern the growing use of these technologies by many actors,\n\n\
        1. Calls upon Member States to cooperate in this field.\n\n\
        2. Requests the Secretary-General:\n\n\
        (a) To submit a report on the matter;\n\n\
        (b) To convene a meeting of experts;\n\n\
        3. Decides to remain seized of the matter.\n\n\
        Annex\n\n\
        1. The first paragraph of the annex text.\n\n\
        Some unnumbered closing paragraph of the annex.\n";

    #[test]
    fn resolution_paragraphs_get_their_citations() {
        let refs = paragraph_refs(&Document::parse(RESOLUTION));
        assert_eq!(
            refs,
            [
                "¶ 1",
                "PP 1",
                "PP 2",
                "OP 1",
                "OP 2",
                "OP 2 (a)",
                "OP 2 (b)",
                "OP 3",
                "¶ 9",
                "annex ¶ 1",
                "annex ¶ 2"
            ]
        );
    }

    #[test]
    fn plain_text_falls_back_to_labels_and_positions() {
        let refs = paragraph_refs(&Document::parse(
            "A title line\n\n3. A numbered paragraph of text here.\n\n(c) A lettered one.\n\nJust text, with no label at all.\n",
        ));
        assert_eq!(refs, ["¶ 1", "para 3", "(c)", "¶ 4"]);
    }
}
