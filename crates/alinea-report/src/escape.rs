//! Escaping for XML and HTML.

/// Escapes text for XML content and attribute values, dropping the control characters
/// XML 1.0 forbids (PDF extraction leaves some behind; one would make the file invalid).
pub fn escape_xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// Escapes text for HTML content and attribute values.
pub fn escape_html(s: &str) -> String {
    escape_xml(s)
}

/// `text` escaped for HTML with each byte range of `marks` inside `<mark>`: the numbers
/// a flag names, marked where they stand. Ranges out of order, overlapping an earlier
/// one, past the end or off a character boundary are left unmarked.
pub fn escape_html_marked(text: &str, marks: &[(usize, usize)]) -> String {
    let mut here = marks.to_vec();
    here.sort_unstable();
    let mut out = String::new();
    let mut at = 0;
    for (start, end) in here {
        let ok = start >= at && start < end && end <= text.len();
        if !ok || !text.is_char_boundary(start) || !text.is_char_boundary(end) {
            continue;
        }
        out.push_str(&escape_html(&text[at..start]));
        out.push_str("<mark>");
        out.push_str(&escape_html(&text[start..end]));
        out.push_str("</mark>");
        at = end;
    }
    out.push_str(&escape_html(&text[at..]));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marked_ranges_are_wrapped_and_bad_ones_skipped() {
        let t = "5 < 6 and 7";
        assert_eq!(
            escape_html_marked(t, &[(10, 11), (0, 1), (0, 3), (4, 99)]),
            "<mark>5</mark> &lt; 6 and <mark>7</mark>"
        );
        assert_eq!(escape_html_marked("é1", &[(1, 3)]), "é1");
        assert_eq!(escape_html_marked("é1", &[(2, 3)]), "é<mark>1</mark>");
    }

    #[test]
    fn escapes_markup_and_drops_controls() {
        assert_eq!(
            escape_xml("a<b & \"c\"\u{0}\u{7}"),
            "a&lt;b &amp; &quot;c&quot;"
        );
    }
}
