//! XLIFF 1.0–1.2 (`<file source-language target-language>`, `<trans-unit>` with
//! `<source>` and `<target>`) and XLIFF 2.0–2.2 (`<xliff srcLang trgLang>`, `<unit>`
//! holding `<segment>`s). Alternative translations (`<alt-trans>`), the segmented copy
//! of the source (`<seg-source>`), notes and original data are not units and are
//! skipped. In XLIFF 2 every segment is a unit of its own (id `unit/segment` when a unit
//! has several), as translation memories store them.

use quick_xml::events::{BytesStart, Event};

use super::inline::segment_text;
use super::{attr, local, Memory, MemoryError, MemoryFormat, Parser, Unit};

/// Reads the content of `<xliff>`, whose start was just read.
pub(crate) fn read(p: &mut Parser<'_>, root: &BytesStart<'_>) -> Result<Memory, MemoryError> {
    let version = attr(root, "version");
    let ns = attr(root, "xmlns").unwrap_or_default();
    let two = match version.as_deref().map(str::trim) {
        Some("1.0" | "1.1" | "1.2") => false,
        Some("2.0" | "2.1" | "2.2") => true,
        None if ns.contains(":document:2.") => true,
        None if ns.contains(":document:1.") => false,
        other => {
            return Err(MemoryError::UnknownVersion {
                name: p.name().to_string(),
                format: "XLIFF",
                version: other.unwrap_or("(none)").to_string(),
            })
        }
    };
    let mut memory = Memory {
        format: if two {
            MemoryFormat::Xliff2
        } else {
            MemoryFormat::Xliff1
        },
        src_lang: None,
        tgt_lang: None,
        units: Vec::new(),
    };
    if two {
        memory.src_lang = attr(root, "srcLang");
        memory.tgt_lang = attr(root, "trgLang");
    }
    while p.depth() > 0 {
        let Event::Start(e) = p.next()? else { continue };
        match (two, local(&e).as_str()) {
            (false, "file") => {
                if memory.src_lang.is_none() {
                    memory.src_lang = attr(&e, "source-language");
                }
                if memory.tgt_lang.is_none() {
                    memory.tgt_lang = attr(&e, "target-language");
                }
            }
            (_, "file" | "group" | "body") => {}
            (false, "trans-unit") => {
                let ordinal = memory.units.len() + 1;
                memory.units.push(trans_unit(p, &e, ordinal)?);
            }
            (true, "unit") => {
                let ordinal = memory.units.len() + 1;
                unit2(p, &e, ordinal, &mut memory.units)?;
            }
            // Headers, skeletons, binary units, tool data: no translatable units.
            _ => p.skip()?,
        }
    }
    Ok(memory)
}

/// An XLIFF 1.2 `<trans-unit>` whose start was just read.
fn trans_unit(p: &mut Parser<'_>, e: &BytesStart<'_>, ordinal: usize) -> Result<Unit, MemoryError> {
    let id = attr(e, "id")
        .filter(|v| !v.trim().is_empty())
        .unwrap_or_else(|| ordinal.to_string());
    let depth = p.depth();
    let (mut source, mut target) = (None, None);
    while p.depth() >= depth {
        let Event::Start(c) = p.next()? else { continue };
        match local(&c).as_str() {
            "source" if p.depth() == depth + 1 => source = Some(segment_text(p)?),
            "target" if p.depth() == depth + 1 => target = Some(segment_text(p)?),
            _ => p.skip()?,
        }
    }
    let source = source.ok_or_else(|| MemoryError::NoSource {
        name: p.name().to_string(),
        unit: id.clone(),
        what: "no <source>",
    })?;
    Ok(Unit { id, source, target })
}

/// An XLIFF 2 `<unit>` whose start was just read: one unit per segment.
fn unit2(
    p: &mut Parser<'_>,
    e: &BytesStart<'_>,
    ordinal: usize,
    out: &mut Vec<Unit>,
) -> Result<(), MemoryError> {
    let id = attr(e, "id")
        .filter(|v| !v.trim().is_empty())
        .unwrap_or_else(|| ordinal.to_string());
    let depth = p.depth();
    let mut segments: Vec<(Option<String>, Option<String>, Option<String>)> = Vec::new();
    while p.depth() >= depth {
        let Event::Start(c) = p.next()? else { continue };
        if local(&c) != "segment" || p.depth() != depth + 1 {
            p.skip()?;
            continue;
        }
        let seg_id = attr(&c, "id");
        let (mut source, mut target) = (None, None);
        while p.depth() > depth {
            let Event::Start(x) = p.next()? else { continue };
            match local(&x).as_str() {
                "source" if p.depth() == depth + 2 => source = Some(segment_text(p)?),
                "target" if p.depth() == depth + 2 => target = Some(segment_text(p)?),
                _ => p.skip()?,
            }
        }
        segments.push((seg_id, source, target));
    }
    if segments.is_empty() {
        return Err(MemoryError::NoSource {
            name: p.name().to_string(),
            unit: id,
            what: "no <segment>",
        });
    }
    let several = segments.len() > 1;
    for (k, (seg_id, source, target)) in segments.into_iter().enumerate() {
        let unit = if several {
            format!(
                "{id}/{}",
                seg_id
                    .filter(|v| !v.trim().is_empty())
                    .unwrap_or_else(|| (k + 1).to_string())
            )
        } else {
            id.clone()
        };
        let Some(source) = source else {
            return Err(MemoryError::NoSource {
                name: p.name().to_string(),
                unit,
                what: "a <segment> without <source>",
            });
        };
        out.push(Unit {
            id: unit,
            source,
            target,
        });
    }
    Ok(())
}
