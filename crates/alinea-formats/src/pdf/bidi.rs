//! Right-to-left lines back into logical order. A PDF places glyphs left to right as
//! they are seen; Arabic, Persian and Hebrew are read right to left, with numbers and
//! Latin words inside them still read left to right. This is the inverse of the
//! Unicode bidirectional algorithm's reordering for the common case (one paragraph
//! direction per line, no explicit embeddings), applied to glyph clusters so that a
//! ligature or a letter with its marks stays whole.

/// The direction class of a glyph cluster.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
enum Class {
    /// A right-to-left letter.
    R,
    /// A left-to-right letter.
    L,
    /// A digit: read left to right whatever the line's direction.
    D,
    /// Spaces and punctuation: they take the direction around them.
    N,
}

fn class(token: &str) -> Class {
    let mut seen = Class::N;
    for c in token.chars() {
        if is_rtl_letter(c) {
            return Class::R;
        }
        if c.is_ascii_digit() || matches!(c, '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}') {
            seen = Class::D;
        } else if c.is_alphabetic() && seen == Class::N {
            seen = Class::L;
        }
    }
    seen
}

pub(crate) fn is_rtl_letter(c: char) -> bool {
    matches!(c,
        '\u{0590}'..='\u{05FF}' | '\u{0600}'..='\u{065F}' | '\u{066A}'..='\u{06EF}'
        | '\u{06FA}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// Whether a line of these glyph clusters reads right to left: more right-to-left
/// letters than left-to-right ones.
pub(crate) fn is_rtl(visual: &[String]) -> bool {
    let classes: Vec<Class> = visual.iter().map(|t| class(t)).collect();
    let r = classes.iter().filter(|&&c| c == Class::R).count();
    let l = classes.iter().filter(|&&c| c == Class::L).count();
    r > l
}

/// The line's text in logical order, from its glyph clusters (and spaces) in visual
/// order, whitespace folded.
pub(crate) fn logical(visual: &[String]) -> String {
    let classes = word_classes(visual);
    let mut order: Vec<(usize, bool)> = Vec::with_capacity(visual.len());
    if !classes.contains(&Class::R) {
        order.extend((0..visual.len()).map(|i| (i, false)));
    } else if is_rtl(visual) {
        order = reverse_rtl(&classes, 0..visual.len());
    } else {
        // A left-to-right line with right-to-left phrases: each phrase (from its first
        // to its last right-to-left letter, no Latin word inside) is reversed in place.
        let mut i = 0;
        while i < visual.len() {
            if classes[i] != Class::R {
                order.push((i, false));
                i += 1;
                continue;
            }
            let mut end = i + 1;
            let mut last_r = i;
            while end < visual.len() && classes[end] != Class::L {
                if classes[end] == Class::R {
                    last_r = end;
                }
                end += 1;
            }
            order.extend(reverse_rtl(&classes, i..last_r + 1));
            i = last_r + 1;
        }
    }
    // A bracket in a right-to-left line is drawn mirrored, but its glyph still maps to
    // the character the text holds, so no character is mirrored back.
    let mut out = String::new();
    for (i, _) in order {
        out.push_str(&visual[i]);
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Each cluster's class as its word decides it (words end at spaces): a word with a
/// Latin letter reads left to right (`A/RES/75`, with its digits and slashes), as
/// does a number (`5,000`); in other words each cluster keeps its own class. Numbers
/// and Latin words stay apart: the space between them takes the line's direction.
fn word_classes(visual: &[String]) -> Vec<Class> {
    let own: Vec<Class> = visual.iter().map(|t| class(t)).collect();
    let mut out = own.clone();
    let mut start = 0;
    while start < visual.len() {
        if visual[start].trim().is_empty() {
            start += 1;
            continue;
        }
        let end = (start..visual.len())
            .find(|&k| visual[k].trim().is_empty())
            .unwrap_or(visual.len());
        let word = &own[start..end];
        if word.contains(&Class::L) {
            // From the first to the last letter or digit: brackets and stops around
            // the word take the line's direction.
            let strong = |c: &Class| matches!(c, Class::L | Class::D);
            if let (Some(a), Some(b)) =
                (word.iter().position(strong), word.iter().rposition(strong))
            {
                out[start + a..=start + b].fill(Class::L);
            }
        } else {
            // Each number in the word (`5,000`, `2013-2014`, the `1,4` of `و1,4`), from
            // its first digit to its last: `.1` is the label `1.` drawn right to left.
            let mut k = 0;
            while k < word.len() {
                if word[k] != Class::D {
                    k += 1;
                    continue;
                }
                let mut last = k;
                let mut j = k;
                while j < word.len() && word[j] != Class::R {
                    if word[j] == Class::D {
                        last = j;
                    }
                    j += 1;
                }
                out[start + k..=start + last].fill(Class::D);
                k = j;
            }
        }
        start = end;
    }
    out
}

/// The clusters of `range` reversed, with every left-to-right run inside (Latin words
/// and the spaces between them, or one number) turned back.
/// The flag marks clusters that were reversed.
fn reverse_rtl(classes: &[Class], range: std::ops::Range<usize>) -> Vec<(usize, bool)> {
    let rev: Vec<usize> = range.rev().collect();
    let mut out = Vec::with_capacity(rev.len());
    let mut k = 0;
    while k < rev.len() {
        let c = classes[rev[k]];
        if c == Class::L || c == Class::D {
            // The run, in reversed order: Latin words with the spaces between them, up
            // to the last before a right-to-left letter or a number; or one number.
            let mut end = k;
            let mut j = k;
            while j < rev.len() && classes[rev[j]] != Class::R {
                let cj = classes[rev[j]];
                if cj == Class::D && c == Class::L || cj == Class::L && c == Class::D {
                    break;
                }
                if cj == c {
                    end = j;
                } else if c == Class::D {
                    break;
                }
                j += 1;
            }
            out.extend(rev[k..=end].iter().rev().map(|&i| (i, false)));
            k = end + 1;
        } else {
            out.push((rev[k], true));
            k += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn visual(s: &str) -> Vec<String> {
        s.chars().map(String::from).collect()
    }

    #[test]
    fn left_to_right_lines_are_unchanged() {
        assert_eq!(logical(&visual("1. Decides  to act")), "1. Decides to act");
    }

    #[test]
    fn arabic_reversed_by_cluster_with_numbers_and_labels_kept() {
        // The visual order of «1. قرر في 2020 (A/RES/75)» in a right-to-left line: the
        // brackets are drawn mirrored, each glyph still standing for its own character.
        let mut v = visual(")A/RES/75( 2020 يف ررق .1");
        assert_eq!(logical(&v), "1. قرر في 2020 (A/RES/75)");
        // A lam-alef ligature is one glyph for two letters, kept in its own order.
        v = vec!["م".into(), "لا".into(), "س".into()];
        assert_eq!(logical(&v), "سلام");
    }

    #[test]
    fn an_arabic_phrase_inside_an_english_line() {
        assert_eq!(
            logical(&visual("The word مالس means peace.")),
            "The word سلام means peace."
        );
    }
}
