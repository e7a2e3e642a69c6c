//! Turns of dialogue: in subtitles and plays a new speaker's line opens with a dash
//! (`-Good morning.`, `– Já.`), and a translation keeps it.

/// Whether `s` opens with a hyphen or dash followed (after at most one space) by a
/// letter: the mark of a new speaker. A dash before a digit is a minus sign, and one
/// before other marks is no turn (`-- a`, `- `).
pub fn opens_turn(s: &str) -> bool {
    let t = s.trim_start();
    let Some(rest) = t.strip_prefix(['-', '–', '—']) else {
        return false;
    };
    let rest = rest.strip_prefix(' ').unwrap_or(rest);
    rest.chars().next().is_some_and(char::is_alphabetic)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dash_before_a_word_opens_a_turn_of_dialogue() {
        for s in ["-Good morning.", "- I ain't buying.", " – Já.", "—Yes?"] {
            assert!(opens_turn(s), "{s}");
        }
        for s in ["-5 degrees.", "Good - morning.", "-", "- ", "-- a", ""] {
            assert!(!opens_turn(s), "{s}");
        }
    }
}
