//! TMX 1.1–1.4: `<header srclang>`, then `<tu>` units holding one `<tuv xml:lang>` per
//! language, each with its `<seg>`. A unit's source is the variant in the unit's (or the
//! header's) source language; its target is the variant in the memory's target
//! language, the language other than the source that most variants are in (a TMX may
//! hold more than two languages; one pair is checked).

use std::collections::HashMap;

use quick_xml::events::{BytesStart, Event};

use super::inline::segment_text;
use super::{attr, local, Memory, MemoryError, MemoryFormat, Parser, Unit};

const VERSIONS: &[&str] = &["1.1", "1.2", "1.3", "1.4", "1.4a", "1.4b"];

/// One `<tu>` as read: its id, its own source language, its variants.
struct Tu {
    id: String,
    srclang: Option<String>,
    variants: Vec<(Option<String>, String)>,
}

/// Reads the content of `<tmx>`, whose start was just read.
pub(crate) fn read(p: &mut Parser<'_>, root: &BytesStart<'_>) -> Result<Memory, MemoryError> {
    if let Some(v) = attr(root, "version") {
        if !VERSIONS.contains(&v.trim()) {
            return Err(MemoryError::UnknownVersion {
                name: p.name().to_string(),
                format: "TMX",
                version: v,
            });
        }
    }
    let mut srclang: Option<String> = None;
    let mut tus: Vec<Tu> = Vec::new();
    while p.depth() > 0 {
        match p.next()? {
            Event::Start(e) | Event::Empty(e) if local(&e) == "header" => {
                srclang = attr(&e, "srclang").filter(|l| declared(l));
                // A `<header>` with content (props, notes) is not needed.
                if p.depth() == 2 {
                    p.skip()?;
                }
            }
            Event::Start(e) if local(&e) == "tu" => {
                let ordinal = tus.len() + 1;
                tus.push(read_tu(p, &e, ordinal)?);
            }
            _ => {}
        }
    }
    resolve(p.name(), srclang, tus)
}

/// A language attribute that names a language (`*all*` says "any").
fn declared(lang: &str) -> bool {
    !lang.trim().is_empty() && !lang.trim().starts_with('*')
}

/// Reads one `<tu>` whose start was just read.
fn read_tu(p: &mut Parser<'_>, tu: &BytesStart<'_>, ordinal: usize) -> Result<Tu, MemoryError> {
    let mut out = Tu {
        id: attr(tu, "tuid")
            .filter(|v| !v.trim().is_empty())
            .unwrap_or_else(|| ordinal.to_string()),
        srclang: attr(tu, "srclang").filter(|l| declared(l)),
        variants: Vec::new(),
    };
    let tu_depth = p.depth();
    let mut lang: Option<String> = None;
    let mut seg: Option<String> = None;
    while p.depth() >= tu_depth {
        match p.next()? {
            Event::Start(e) => match local(&e).as_str() {
                "tuv" if p.depth() == tu_depth + 1 => {
                    lang = attr(&e, "lang");
                    seg = None;
                }
                "seg" if p.depth() == tu_depth + 2 => seg = Some(segment_text(p)?),
                _ => p.skip()?,
            },
            Event::End(e) if local_end(&e) == "tuv" && p.depth() == tu_depth => {
                out.variants
                    .push((lang.take(), seg.take().unwrap_or_default()));
            }
            _ => {}
        }
    }
    Ok(out)
}

fn local_end(e: &quick_xml::events::BytesEnd<'_>) -> String {
    String::from_utf8_lossy(e.local_name().as_ref()).into_owned()
}

/// The primary language subtag, lowercased (`en-US` → `en`).
fn primary(lang: &str) -> String {
    lang.split(['-', '_'])
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

fn same(a: &Option<String>, b: &str) -> bool {
    a.as_deref().is_some_and(|a| primary(a) == primary(b))
}

/// Picks each unit's source and target variant.
fn resolve(name: &str, srclang: Option<String>, tus: Vec<Tu>) -> Result<Memory, MemoryError> {
    // Without a declared source language the first variant of each unit is its source.
    let source_of = |tu: &Tu| -> Option<usize> {
        match tu.srclang.as_ref().or(srclang.as_ref()) {
            Some(l) => tu.variants.iter().position(|(v, _)| same(v, l)),
            None => (!tu.variants.is_empty()).then_some(0),
        }
    };
    // The target language: the commonest other language, first met on ties.
    let mut counts: HashMap<String, (usize, usize)> = HashMap::new();
    for tu in &tus {
        let Some(s) = source_of(tu) else { continue };
        for (k, (l, _)) in tu.variants.iter().enumerate() {
            if let (true, Some(l)) = (k != s, l) {
                let n = counts.len();
                counts.entry(primary(l)).or_insert((0, n)).0 += 1;
            }
        }
    }
    let target = counts
        .iter()
        .max_by_key(|(_, &(c, first))| (c, std::cmp::Reverse(first)))
        .map(|(l, _)| l.clone());
    let mut units = Vec::with_capacity(tus.len());
    let mut tgt_lang: Option<String> = None;
    let mut src_seen: Option<String> = srclang.clone();
    for tu in tus {
        let Some(s) = source_of(&tu) else {
            return Err(MemoryError::NoSource {
                name: name.to_string(),
                unit: tu.id,
                what: if tu.variants.is_empty() {
                    "no <tuv>"
                } else {
                    "no <tuv> in the source language"
                },
            });
        };
        if src_seen.is_none() {
            src_seen = tu.variants[s].0.clone();
        }
        let t: Option<usize> = target
            .as_ref()
            .and_then(|tl| (0..tu.variants.len()).find(|&k| k != s && same(&tu.variants[k].0, tl)));
        if let (None, Some(k)) = (&tgt_lang, t) {
            tgt_lang.clone_from(&tu.variants[k].0);
        }
        let mut variants = tu.variants;
        let target_text = t.map(|k| std::mem::take(&mut variants[k].1));
        units.push(Unit {
            id: tu.id,
            source: std::mem::take(&mut variants[s].1),
            target: target_text,
        });
    }
    Ok(Memory {
        format: MemoryFormat::Tmx,
        src_lang: src_seen,
        tgt_lang,
        units,
    })
}
