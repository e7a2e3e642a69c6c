//! Small helpers over quick-xml shared by the readers of the package parts.

use quick_xml::events::BytesStart;

/// The value of the attribute whose local name is `local` (`w:val` → `val`), whatever
/// prefix the producer bound the namespace to.
pub(crate) fn attr(e: &BytesStart<'_>, local: &str) -> Option<String> {
    e.attributes().flatten().find_map(|a| {
        (a.key.local_name().as_ref() == local.as_bytes())
            .then(|| a.unescape_value().ok().map(|v| v.into_owned()))
            .flatten()
    })
}

/// Whether an on/off property (`<w:vanish/>`, `<w:isLgl w:val="0"/>`) is on.
pub(crate) fn on(e: &BytesStart<'_>) -> bool {
    !matches!(attr(e, "val").as_deref(), Some("0" | "false" | "off"))
}
