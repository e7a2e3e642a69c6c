//! Units of e-mail and web text that end without a stop.
//!
//! Web text (e-mail, forums, reviews) often ends a unit with no punctuation where its
//! layout used to show the break: a header field, a signature, a link on a line of its
//! own. Once the lines are joined with spaces the break is gone, but the conventions still
//! show in the tokens themselves, in any language:
//!
//! - a **link** (a URL, an e-mail address, an `<address>`, the `<< File: x >>` of an
//!   attachment) or an **emoticon** followed by a capitalised word or another link closes
//!   its unit: links and emoticons stand last in a clause, and running text does not
//!   capitalise the word after them;
//! - a **date-and-time stamp** (`08/16/2000 12:05 PM`, `12.03.2019 14:00:05`) after a
//!   sender's name is a header field of its own;
//! - a **greeting** (`Dear All,`, `Hi,`, `Good morning Debra -`) or a **closing**
//!   (`Regards,`, `Best regards,`) that opens a unit stands alone when a capital follows
//!   it. Only these formulae are words of a language; they are listed per language.

use super::rules::{self, Rules};
use crate::{Lang, Span};

/// Letter formulae of one language, lowercase: greetings may be followed by up to
/// [`GREETING_WORDS`] names before their comma, colon or dash; closings stand alone
/// before their comma.
struct Formulae {
    greetings: &'static [&'static str],
    closings: &'static [&'static str],
}

/// How many words (names, `All`, `team`) a greeting may carry before its mark.
const GREETING_WORDS: usize = 3;

/// Per-language greetings and closings, written from the letter conventions of each
/// language. Closings that are also ordinary sentence openers (`Merci, je …`, `Danke,
/// Sie …`) are left out where the language has no sentence-starter table to tell them
/// apart.
static FORMULAE: &[(Lang, Formulae)] = &[
    (
        Lang::EN,
        Formulae {
            greetings: &[
                "dear",
                "hi",
                "hello",
                "hey",
                "greetings",
                "good morning",
                "good afternoon",
                "good evening",
            ],
            closings: &[
                "regards",
                "best regards",
                "kind regards",
                "kindest regards",
                "warm regards",
                "warmest regards",
                "sincerely",
                "yours sincerely",
                "sincerely yours",
                "yours truly",
                "best wishes",
                "best",
                "cheers",
                "thanks",
                "many thanks",
                "thank you",
                "respectfully",
                "cordially",
            ],
        },
    ),
    (
        Lang::FR,
        Formulae {
            greetings: &[
                "bonjour", "bonsoir", "salut", "cher", "chère", "chers", "chères",
            ],
            closings: &[
                "cordialement",
                "bien cordialement",
                "bien à vous",
                "amicalement",
            ],
        },
    ),
    (
        Lang::ES,
        Formulae {
            greetings: &[
                "hola",
                "estimado",
                "estimada",
                "estimados",
                "querido",
                "querida",
                "buenos días",
                "buenas tardes",
            ],
            closings: &[
                "saludos",
                "un saludo",
                "atentamente",
                "cordialmente",
                "un abrazo",
            ],
        },
    ),
    (
        Lang::DE,
        Formulae {
            greetings: &[
                "hallo",
                "liebe",
                "lieber",
                "sehr geehrte",
                "sehr geehrter",
                "guten tag",
                "guten morgen",
            ],
            closings: &[
                "viele grüße",
                "liebe grüße",
                "beste grüße",
                "freundliche grüße",
                "mit freundlichen grüßen",
            ],
        },
    ),
    (
        Lang::IT,
        Formulae {
            greetings: &["ciao", "caro", "cara", "gentile", "buongiorno"],
            closings: &["cordiali saluti", "distinti saluti", "saluti", "un saluto"],
        },
    ),
    (
        Lang::PT,
        Formulae {
            greetings: &["olá", "prezado", "prezada", "caro", "cara", "bom dia"],
            closings: &["atenciosamente", "cumprimentos", "abraços", "um abraço"],
        },
    ),
    (
        Lang::NL,
        Formulae {
            greetings: &["hallo", "beste", "geachte", "goedemorgen"],
            closings: &[
                "met vriendelijke groet",
                "vriendelijke groeten",
                "groeten",
                "groetjes",
            ],
        },
    ),
    (
        Lang::RU,
        Formulae {
            greetings: &[
                "здравствуйте",
                "привет",
                "уважаемый",
                "уважаемая",
                "уважаемые",
            ],
            closings: &["с уважением", "всего доброго"],
        },
    ),
];

/// Splits the sentences in `out` (spans of `text`) where a web-text unit ends without a
/// stop.
pub(super) fn split_units(
    text: &str,
    lang: Option<Lang>,
    tables: &[(Lang, Rules)],
    out: &mut Vec<Span>,
) {
    let mut cuts = Vec::new();
    for s in out.iter() {
        if may_hold_marks(&text[s.range()]) {
            token_cuts(text, *s, &mut cuts);
        }
    }
    // Only languages with letter formulae have greetings and closings to cut after.
    if FORMULAE
        .iter()
        .any(|(l, _)| lang.is_none_or(|lang| lang == *l))
    {
        for s in out.iter() {
            if let Some(at) = formula_cut(&text[s.range()], lang, tables) {
                cuts.push(s.start + at);
            }
        }
    }
    if cuts.is_empty() {
        return;
    }
    cuts.sort_unstable();
    cuts.dedup();
    super::split_at(text, out, &cuts);
}

/// Whether `text` may hold a link, emoticon, separator or time stamp: `www.`, an `@` or
/// `>`, a `:` or `;` before a mouth or `//`, a digit before `:`, or five repeated marks.
/// One pass over the bytes (a block at a time between marks), so that running text
/// without any of them is never tokenised.
fn may_hold_marks(text: &str) -> bool {
    let b = text.as_bytes();
    let mut run = 0usize;
    let mut from = 0;
    loop {
        let i = crate::bytescan::find(b, from, may_be_mark_byte);
        if i == b.len() {
            return false;
        }
        let c = b[i];
        if i > from || !is_mark_byte(c) {
            // A byte that is no mark breaks a run.
            run = 0;
        }
        from = i + 1;
        if !is_mark_byte(c) {
            continue;
        }
        match c {
            b'@' | b'>' => return true,
            b'.' => {
                if i >= 3 && b[i - 3..i].eq_ignore_ascii_case(b"www") {
                    return true;
                }
                run = 0;
            }
            b':' | b';' => {
                let next = b.get(i + 1).copied().unwrap_or(b' ');
                if matches!(next, b')' | b'(' | b'D' | b'P' | b'p' | b'-' | b'/')
                    || i > 0 && b[i - 1].is_ascii_digit()
                {
                    return true;
                }
                run = 0;
            }
            _ => {
                if i > 0 && b[i - 1] == c {
                    run += 1;
                    if run + 1 >= RULE_MARKS {
                        return true;
                    }
                } else {
                    run = 0;
                }
            }
        }
    }
}

/// A superset of [`is_mark_byte`] in three comparisons (`#` to `@`, `_`, `~`), so that
/// the search for it runs on whole blocks of bytes at once.
#[inline]
fn may_be_mark_byte(c: u8) -> bool {
    (c.wrapping_sub(b'#') <= b'@' - b'#') | (c == b'_') | (c == b'~')
}

/// The bytes [`may_hold_marks`] looks at: `@>:;_*=~#-.`.
#[inline]
fn is_mark_byte(c: u8) -> bool {
    (c == b'@')
        | (c == b'>')
        | (c == b':')
        | (c == b';')
        | (c == b'_')
        | (c == b'*')
        | (c == b'=')
        | (c == b'~')
        | (c == b'#')
        | (c == b'-')
        | (c == b'.')
}

/// A whitespace-delimited token: byte range in the text.
#[derive(Copy, Clone)]
struct Tok {
    start: usize,
    end: usize,
}

/// Cuts inside the sentence `s` after links and emoticons and around time stamps.
fn token_cuts(text: &str, s: Span, cuts: &mut Vec<usize>) {
    let piece = &text[s.range()];
    let toks: Vec<Tok> = piece
        .split_whitespace()
        .map(|t| {
            let start = s.start + (t.as_ptr() as usize - piece.as_ptr() as usize);
            Tok {
                start,
                end: start + t.len(),
            }
        })
        .collect();
    let word = |i: usize| &text[toks[i].start..toks[i].end];
    let mut i = 0;
    while i < toks.len() {
        let t = word(i);
        if i + 1 < toks.len() && (is_link(t) || is_emoticon_end(t)) {
            let n = word(i + 1);
            // `<< File: 'http://a.org/x' >>`: the marker's close is not a new link.
            if starts_capital(n) || is_link(n) && n != ">>" {
                cuts.push(toks[i + 1].start);
            }
        }
        if is_rule(t) {
            if i > 0 {
                cuts.push(toks[i].start);
            }
            if i + 1 < toks.len() {
                cuts.push(toks[i + 1].start);
            }
        }
        if let Some(len) = stamp_at(&toks, i, text) {
            let last = i + len - 1;
            // A stamp after a sender's name (two words at least, the last not a
            // lowercase preposition or a field label) is a field of its own.
            let before = i >= 2 && {
                let p = word(i - 1);
                !p.starts_with(char::is_lowercase) && !p.ends_with([':', ',', ';', '(', '-', '–'])
            };
            if before {
                cuts.push(toks[i].start);
            }
            let machine = {
                let time = word(i + 1);
                len == 3 || time.len() > 5
            };
            if last + 1 < toks.len() && (before || i == 0 || machine) {
                cuts.push(toks[last + 1].start);
            }
            i = last + 1;
            continue;
        }
        i += 1;
    }
}

/// A link: a URL, an e-mail address, an address in angle brackets (`<a@b.org>`, `<>` where
/// a link was removed) or the close of an attachment marker (`<< File: a.doc >>`). A
/// token ending in a comma, semicolon or colon goes on, so it is no link end.
fn is_link(tok: &str) -> bool {
    if tok.ends_with([',', ';', ':']) {
        return false;
    }
    let t = tok.trim_end_matches(['.', '!', '?', ')', ']', '"', '\'']);
    let t = t.trim_start_matches(['(', '[', '"', '\'']);
    if t == ">>" || t.starts_with('<') && t.ends_with('>') {
        return true;
    }
    if t.contains('<') && t.ends_with('>') && t.contains('@') {
        return true;
    }
    let lower_starts = |p: &str| t.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p));
    if lower_starts("http://") || lower_starts("https://") || lower_starts("www.") {
        return t.len() > 7;
    }
    // name@domain.tld: letters or digits on both sides, a dot in the domain.
    match t.split_once('@') {
        Some((user, domain)) => {
            !user.is_empty()
                && user
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_alphanumeric() || c == '.')
                && domain.rsplit_once('.').is_some_and(|(host, tld)| {
                    !host.is_empty()
                        && tld.len() >= 2
                        && tld.chars().all(|c| c.is_ascii_alphabetic())
                })
        }
        None => false,
    }
}

/// A token ending in an emoticon: `:)`, `:-)`, `;-)`, `:D`, `:P` (also glued to the word
/// before, `family:)`).
fn is_emoticon_end(tok: &str) -> bool {
    let b = tok.as_bytes();
    let n = b.len();
    let mouth = |c: u8| matches!(c, b')' | b'(' | b'D' | b'P' | b'p');
    let eyes = |c: u8| matches!(c, b':' | b';');
    match n {
        0 | 1 => false,
        _ if n >= 3 && b[n - 2] == b'-' => eyes(b[n - 3]) && mouth(b[n - 1]),
        _ => {
            eyes(b[n - 2])
                && mouth(b[n - 1])
                && (n == 2 || !b[n - 3].is_ascii_digit() && b[n - 3] != b':')
        }
    }
}

/// A separator rule drawn with one repeated mark (`_____`, `*****NOTICE*****`, `=====`):
/// what e-mail puts between a message and its signature or disclaimer, a unit of its own.
fn is_rule(tok: &str) -> bool {
    let b = tok.as_bytes();
    b.len() >= RULE_MARKS
        && b.windows(RULE_MARKS).any(|w| {
            matches!(w[0], b'_' | b'*' | b'=' | b'~' | b'#' | b'-') && w.iter().all(|&c| c == w[0])
        })
}

/// How many repeated marks make a separator rule (`----` may be a long dash, `-----` not).
const RULE_MARKS: usize = 5;

/// Whether the first letter or digit of `tok` (past opening quotes and brackets) is a
/// capital letter.
fn starts_capital(tok: &str) -> bool {
    tok.chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(char::is_uppercase)
}

/// The length in tokens of a date-and-time stamp starting at token `i`: a numeric date
/// (`08/16/2000`, `12.03.2019`, `2019-03-12`), a clock time (`12:05`, `06:03:48`) and an
/// optional `AM`/`PM`.
fn stamp_at(toks: &[Tok], i: usize, text: &str) -> Option<usize> {
    let w = |k: usize| toks.get(k).map(|t| &text[t.start..t.end]);
    let date = w(i)?.trim_end_matches(',');
    let time = w(i + 1)?;
    if !is_numeric_date(date) || !is_clock_time(time) {
        return None;
    }
    let meridiem = w(i + 2).is_some_and(|m| {
        matches!(
            m.trim_end_matches([',', '.']),
            "AM" | "PM" | "am" | "pm" | "a.m" | "p.m" | "A.M" | "P.M"
        )
    });
    Some(if meridiem { 3 } else { 2 })
}

/// Three groups of digits joined by one separator (`/`, `.` or `-`), the first of one to
/// four digits, the second of one or two, the last of two to four.
fn is_numeric_date(t: &str) -> bool {
    let sep = match t.bytes().find(|b| !b.is_ascii_digit()) {
        Some(s @ (b'/' | b'.' | b'-')) => s as char,
        _ => return false,
    };
    let parts: Vec<&str> = t.split(sep).collect();
    parts.len() == 3
        && parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit()))
        && (1..=4).contains(&parts[0].len())
        && (1..=2).contains(&parts[1].len())
        && (2..=4).contains(&parts[2].len())
}

/// `H:MM`, `HH:MM` or `HH:MM:SS`.
fn is_clock_time(t: &str) -> bool {
    let parts: Vec<&str> = t.split(':').collect();
    (2..=3).contains(&parts.len())
        && (1..=2).contains(&parts[0].len())
        && parts[1..].iter().all(|p| p.len() == 2)
        && parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit()))
}

/// Where the unit after a greeting or closing that opens `piece` starts, if one does and a
/// capital follows it.
fn formula_cut(piece: &str, lang: Option<Lang>, tables: &[(Lang, Rules)]) -> Option<usize> {
    let first = piece.chars().next()?;
    if !first.is_alphabetic() {
        return None;
    }
    // Every formula is written in lowercase; comparing first letters rules out nearly
    // every sentence before any phrase is compared.
    let first = first.to_lowercase().next()?;
    let opens = |p: &&&str| p.starts_with(first);
    for (l, f) in FORMULAE {
        if lang.is_some_and(|lang| lang != *l) {
            continue;
        }
        for g in f.greetings.iter().filter(opens) {
            if let Some(after) = starts_with_phrase(piece, g) {
                if let Some(at) = greeting_end(piece, after) {
                    // `Hi, John! How …`, `Здравствуйте, Анна!`: a name closed by its own
                    // mark is still part of the greeting.
                    let next = piece[at..].split_whitespace().next().unwrap_or("");
                    if starts_capital(next) && !next.ends_with(['!', ',']) {
                        return Some(at);
                    }
                }
            }
        }
        for c in f.closings.iter().filter(opens) {
            let Some(after) = starts_with_phrase(piece, c) else {
                continue;
            };
            let Some(rest) = piece[after..].strip_prefix(',') else {
                continue;
            };
            let at = piece.len() - rest.trim_start().len();
            if at == after + 1 || at >= piece.len() {
                continue;
            }
            // `Thanks, Sean` ends the message; `Thanks, I will` is one sentence.
            let next: String = piece[at..]
                .chars()
                .take_while(|c| c.is_alphabetic())
                .flat_map(char::to_lowercase)
                .collect();
            if starts_capital(&piece[at..]) && !rules::is_starter(tables, &next) {
                return Some(at);
            }
        }
    }
    None
}

/// After a greeting phrase ending at `after`: up to [`GREETING_WORDS`] words, then `,`,
/// `:` or a free-standing dash; returns where the next word starts.
fn greeting_end(piece: &str, after: usize) -> Option<usize> {
    let mut p = after;
    for _ in 0..=GREETING_WORDS {
        let rest = &piece[p..];
        if let Some(r) = rest.strip_prefix([',', ':']) {
            let at = piece.len() - r.trim_start().len();
            return (at > p + 1 && at < piece.len()).then_some(at);
        }
        let trimmed = rest.trim_start();
        if trimmed.len() == rest.len() {
            return None;
        }
        if let Some(r) = trimmed.strip_prefix(['-', '–']) {
            let at = piece.len() - r.trim_start().len();
            return (r.starts_with(char::is_whitespace) && at < piece.len()).then_some(at);
        }
        let word_len = trimmed
            .find(|c: char| !c.is_alphabetic() && c != '\'' && c != '’')
            .unwrap_or(trimmed.len());
        if word_len == 0 {
            return None;
        }
        p = piece.len() - trimmed.len() + word_len;
    }
    None
}

/// If `piece` starts with `phrase` (lowercase) in any capitalisation, followed by a
/// non-letter, the byte offset after it.
fn starts_with_phrase(piece: &str, phrase: &str) -> Option<usize> {
    let n = phrase.len();
    if let Some(head) = piece
        .as_bytes()
        .get(..n)
        .filter(|h| phrase.is_ascii() && h.is_ascii())
    {
        // All ASCII: a character matches when it is the phrase's or lowercases to it.
        let same = head
            .iter()
            .zip(phrase.bytes())
            .all(|(&c, p)| c == p || c.to_ascii_lowercase() == p);
        let next = piece[n..].chars().next();
        return (same && !next.is_some_and(char::is_alphabetic)).then_some(n);
    }
    let mut it = piece.char_indices();
    for pc in phrase.chars() {
        let (_, c) = it.next()?;
        if c != pc && !c.to_lowercase().eq(std::iter::once(pc)) {
            return None;
        }
    }
    let end = it.next().map_or(piece.len(), |(i, _)| i);
    let next = piece[end..].chars().next();
    (!next.is_some_and(char::is_alphabetic)).then_some(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_and_emoticons() {
        assert!(is_link("http://www.un.org/en"));
        assert!(is_link("a.b@mail.example.com"));
        assert!(is_link("\"Ann\"<ann@example.org>"));
        assert!(is_link("<>") && is_link(">>"));
        assert!(!is_link("http://un.org,") && !is_link("@home") && !is_link("x@y"));
        assert!(is_emoticon_end(":-)") && is_emoticon_end("family:)") && is_emoticon_end(";)"));
        assert!(!is_emoticon_end("8)") && !is_emoticon_end("(a)") && !is_emoticon_end("10:P"));
    }

    #[test]
    fn stamps() {
        assert!(is_numeric_date("08/16/2000") && is_numeric_date("2019-03-12"));
        assert!(is_numeric_date("12.03.19") && !is_numeric_date("1.2") && !is_numeric_date("3/4"));
        assert!(is_clock_time("9:05") && is_clock_time("06:03:48") && !is_clock_time("123:4"));
    }

    #[test]
    fn phrases() {
        assert_eq!(
            starts_with_phrase("Best regards, Ann", "best regards"),
            Some(12)
        );
        assert_eq!(starts_with_phrase("Bestow", "best"), None);
        assert_eq!(greeting_end("Dear All, My", 4), Some(10));
        assert_eq!(greeting_end("Good Morning Debra - I", 12), Some(21));
        assert_eq!(greeting_end("Hi there how are you doing today", 2), None);
    }
}
