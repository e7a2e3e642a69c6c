//! Sentence boundaries inside one paragraph.
//!
//! The candidate boundaries are UAX #29's: a run of terminal characters (STerm, ATerm, plus
//! `…`), the closing quotes and brackets right after it, then whitespace. Each candidate is
//! then judged by rules that UAX #29 lacks and that decide most errors in practice:
//! abbreviations per language (`rules`), initials, decimals and paragraph labels
//! (`word`), the lowercase-continues cue (off in a paragraph without capitals: a
//! lowercased corpus has no case to read), ideographic stops that need no space, and
//! quote parity for the ambiguous ASCII `"`.
//!
//! The scan is our own rather than a filter over `unicode-segmentation`'s sentence
//! iterator: the iterator evaluates the full UAX #29 state machine on every character,
//! which alone runs below alinea's throughput budget, whereas candidates are rare and the
//! bytes between them are skipped without decoding (`chars::lead_may_be_term`).

mod chars;
mod enumeration;
mod korean;
mod rules;
mod web;
mod word;

use chars::Term;

use crate::{Lang, Span};

/// How far past a stop to look for the first letter of what follows (`. 5 of` → `o`).
/// UAX #29 looks without bound; a bound keeps the scan linear on adversarial input, and
/// real continuations reach a letter within a few characters.
const LOOKAHEAD_BYTES: usize = 48;

/// Splits one paragraph's text into sentences.
///
/// `text` is one paragraph whose line wraps were already joined; any whitespace (spaces,
/// tabs, NBSP, a stray newline) counts alike, because a line break inside a paragraph says
/// nothing about sentences once wraps are joined. `lang` selects the abbreviation table;
/// `None` (language unknown) consults every table.
///
/// Returned spans are byte ranges into `text`, in order, non-overlapping, trimmed of
/// surrounding whitespace and never empty, together covering every non-whitespace
/// character; whitespace-only text gives no sentence. Closing quotes and brackets after a
/// stop stay with the sentence they close; a paragraph label (`1.`, `(a)`) stays with the
/// sentence it introduces.
pub fn split_sentences(text: &str, lang: Option<Lang>) -> Vec<Span> {
    let tables = rules::tables_for(lang);
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut sent_start = 0;
    // ASCII `"` seen in the current sentence: odd means a quote is open, so the next `"`
    // after a stop closes it.
    let mut quotes = 0usize;
    // Open CJK title marks and corner quotes (`《…》`, `「…」`): a stop inside them belongs
    // to the title or quotation (`《摔跤吧！爸爸》好吗？`) unless a closer follows it.
    let mut brackets = 0usize;
    // Whether the paragraph is written without capitals; read once, when first asked.
    let mut caseless = None;
    let mut pos = 0;
    while pos < bytes.len() {
        let b = bytes[pos];
        if !chars::may_matter(b) {
            // No stop, quote, `;` or bracket starts here: skip to the next byte that may,
            // a block of bytes at a time where they are sparse.
            pos = crate::bytescan::find(bytes, pos + 1, chars::may_matter);
            continue;
        }
        if b == b'"' {
            quotes += 1;
        }
        let greek_question = b == b';' && chars::greek_before(text, pos);
        if !chars::may_be_term(bytes, pos) && !greek_question {
            pos += utf8_len(b);
            continue;
        }
        let c = next_char(text, pos);
        if chars::is_cjk_open(c) {
            brackets += 1;
        } else if chars::is_cjk_close(c) {
            brackets = brackets.saturating_sub(1);
        }
        let kind = if greek_question {
            Some(Term::Strong)
        } else {
            chars::term(c)
        };
        let Some(kind) = kind else {
            pos += c.len_utf8();
            continue;
        };
        let stop = Stop::scan(text, pos, kind, &mut quotes);
        brackets = brackets.saturating_sub(stop.cjk_closed);
        if stop.next >= bytes.len() {
            break;
        }
        let inside = brackets > 0 && stop.cjk_closed == 0;
        if !inside && stop.is_boundary(text, sent_start, tables, &mut caseless) {
            push_trimmed(&mut out, text, sent_start, stop.end);
            sent_start = stop.next;
            quotes = 0;
            brackets = 0;
        }
        pos = stop.next;
    }
    push_trimmed(&mut out, text, sent_start, text.len());
    enumeration::split_items(text, &mut out);
    korean::split_unpunctuated(text, &mut out);
    web::split_units(text, lang, tables, &mut out);
    out
}

/// Splits the sentences in `out` (spans of `text`) at the byte offsets `cuts` (sorted,
/// each the start of a new sentence); a cut at or before a sentence's start changes
/// nothing.
fn split_at(text: &str, out: &mut Vec<Span>, cuts: &[usize]) {
    let mut result = Vec::with_capacity(out.len() + cuts.len());
    let mut k = 0;
    for s in out.drain(..) {
        let mut start = s.start;
        while k < cuts.len() && cuts[k] <= start {
            k += 1;
        }
        while k < cuts.len() && cuts[k] < s.end {
            let end = start + text[start..cuts[k]].trim_end().len();
            if end > start {
                result.push(Span::new(start, end));
            }
            start = cuts[k];
            k += 1;
        }
        result.push(Span::new(start, s.end));
    }
    *out = result;
}

/// A candidate boundary: a run of stops with the closers after it.
#[derive(Debug)]
struct Stop {
    /// The strongest kind in the run (`?!` is strong, `...` is an ellipsis).
    kind: Term,
    /// Byte offset of the first terminal character.
    start: usize,
    /// One past the last terminal or closer: where the sentence would end.
    end: usize,
    /// First non-whitespace byte after `end` (or the text length).
    next: usize,
    /// Whether a closing quote or bracket was taken into the sentence.
    closed: bool,
    /// How many CJK title marks or corner quotes (`》`, `」`) the closers included.
    cjk_closed: usize,
}

impl Stop {
    /// Reads the stop run starting at `start` (a terminal of kind `first`), the closers
    /// after it, and the whitespace after those.
    fn scan(text: &str, mut start: usize, first: Term, quotes: &mut usize) -> Stop {
        let mut kind = first;
        let mut dots = usize::from(first == Term::Period);
        let mut p = start + next_char(text, start).len_utf8();
        let mut closed = false;
        let mut cjk_closed = 0;
        while let Some(c) = text[p..].chars().next() {
            if let Some(t) = chars::term(c) {
                if closed {
                    // `(...).`, `"Stop!".`: a stop after a closer is the one that counts.
                    kind = t;
                    dots = 0;
                    start = p;
                    closed = false;
                } else {
                    kind = stronger(kind, t);
                }
                dots += usize::from(t == Term::Period);
            } else if closes(text, p, c, *quotes, true) {
                closed = true;
                cjk_closed += usize::from(chars::is_cjk_close(c));
                *quotes += usize::from(c == '"');
            } else {
                break;
            }
            p += c.len_utf8();
        }
        if kind == Term::Period && dots >= 2 {
            kind = Term::Ellipsis;
        }
        // French and some Spanish typography put a space before the closing quote:
        // `« pièce. » Les`. A closer standing alone between spaces after a stop closes.
        let mut end = p;
        let mut next = skip_ws(text, end);
        while next > end && next < text.len() {
            let c = next_char(text, next);
            if closes(text, next, c, *quotes, false) {
                *quotes += usize::from(c == '"');
                closed = true;
                end = next + c.len_utf8();
                next = skip_ws(text, end);
            } else {
                break;
            }
        }
        Stop {
            kind,
            start,
            end,
            next,
            closed,
            cjk_closed,
        }
    }

    /// Whether this candidate ends the sentence that began at `sent_start`.
    fn is_boundary(
        &self,
        text: &str,
        sent_start: usize,
        tables: &[(Lang, rules::Rules)],
        caseless: &mut Option<bool>,
    ) -> bool {
        let n = next_char(text, self.next);
        // `etc., and`; and French `rire... !`, where the spaced stop that follows is the
        // one that ends the sentence.
        // `,,` is the typewriter form of the low opening quote `„` (Dutch, German print):
        // it opens the next sentence rather than continuing this one.
        let low_quote = text[self.next..].starts_with(",,");
        if (chars::is_continuation(n) && !low_quote) || chars::term(n).is_some() {
            return false;
        }
        if self.kind == Term::Ideographic {
            return true;
        }
        let spaced = self.next > self.end || self.closed;
        if !spaced {
            // `3.5`, `e.g.,`, `www.un.org`, `search?q=`, `Yahoo!Mail`: a stop glued to
            // a letter or digit of a spaced script is inside a word. A `?`/`!` glued to
            // Arabic or Han text is still a stop: those writers often omit the space.
            return self.kind == Term::Strong && chars::is_uncased_letter(n);
        }
        let found = first_alphanumeric(text, self.next);
        let first = found.map(|(_, c)| c);
        if let Some((at, c)) = found {
            if c.is_lowercase() {
                // `'This is great.' she said`, `"Stop!" he shouted`: a quotation closed
                // before a lowercase word is part of the sentence that goes on.
                if self.closed {
                    return false;
                }
                // Lowercase usually means the sentence goes on (`etc. and`, `Yahoo! and`).
                // Informal writers also start sentences in lowercase, which shows when the
                // next word is one that starts sentences (`… tonight. i think`), after a
                // stop that is not an abbreviation.
                // A paragraph without a single capital (a lowercased corpus, a chat
                // line) has no case to read: every next word may start a sentence.
                let without_case = *caseless.get_or_insert_with(|| is_caseless(text));
                let starter = without_case || rules::is_starter(tables, next_word(text, at));
                return starter
                    && match self.kind {
                        Term::Strong => true,
                        // A period set apart from its word (tokenized text: `the way .
                        // his`, `mr . charrington`) is read after that word.
                        Term::Period => word::is_plain_word(
                            text,
                            sent_start,
                            sent_start + text[sent_start..self.start].trim_end().len(),
                            tables,
                            without_case,
                        ),
                        Term::Ellipsis | Term::Ideographic => false,
                    };
            }
        }
        match self.kind {
            Term::Strong | Term::Ideographic => true,
            // `[…]`, `(...)` mark an omission; otherwise an ellipsis ends a sentence only
            // before a capital (in uncased scripts it is as often a pause as an end).
            Term::Ellipsis => {
                !matches!(text[..self.start].chars().next_back(), Some('(' | '['))
                    && first.is_some_and(char::is_uppercase)
            }
            // A closing bracket or quote after an abbreviation (`(par ex.) Ainsi`) ends the
            // aside, and a capital after it starts a sentence.
            Term::Period => {
                if self.closed {
                    return !is_list_label(text, self.start);
                }
                word::period_may_end(
                    text,
                    sent_start,
                    self.start,
                    tables,
                    found.map(|(at, _)| at),
                )
            }
        }
    }
}

/// Whether `text` is written in a cased script with its capitals taken out: it has
/// lowercase letters and no uppercase or titlecase one.
fn is_caseless(text: &str) -> bool {
    let mut lower = false;
    for c in text.chars() {
        if c.is_uppercase() {
            return false;
        }
        lower |= c.is_lowercase();
    }
    lower
}

/// Whether the period at `dot` is part of a list label `1.)`, `a.)`: one to three digits
/// or one letter, after whitespace or at the start, with `)` right after the period.
fn is_list_label(text: &str, dot: usize) -> bool {
    if text.as_bytes().get(dot + 1) != Some(&b')') {
        return false;
    }
    let head = &text[..dot];
    let tok = head.rsplit(char::is_whitespace).next().unwrap_or("");
    let n = tok.chars().count();
    (1..=3).contains(&n) && tok.chars().all(|c| c.is_ascii_digit())
        || n == 1 && tok.chars().all(char::is_alphabetic)
}

/// Whether the character `c` at `p` closes the sentence whose stop precedes it.
/// `attached`: `c` touches the stop run (no space between).
fn closes(text: &str, p: usize, c: char, quotes: usize, attached: bool) -> bool {
    let after = text[p + c.len_utf8()..].chars().next();
    let free =
        after.is_none_or(|a| a.is_whitespace() || chars::is_closer(a) || chars::term(a).is_some());
    match c {
        // Parity decides; a quote glued to the stop with space after it closes anyway.
        '"' if attached => quotes % 2 == 1 || free,
        // Spaced (`pollution. " Ce`): closes only an open quote, and only if it does not
        // touch the next word (`. "L'ambiguïté` opens one).
        '"' => quotes % 2 == 1 && free,
        // `''` is the typewriter closing double quote (Dutch and older English print).
        '\'' | '“' => attached && (free || after == Some('\'')),
        _ if chars::is_closer(c) => attached || free,
        _ => false,
    }
}

/// The stronger of two stop kinds, so that `?!` and `.?` count as `?`.
fn stronger(a: Term, b: Term) -> Term {
    fn rank(t: Term) -> u8 {
        match t {
            Term::Period => 0,
            Term::Ellipsis => 1,
            Term::Strong => 2,
            Term::Ideographic => 3,
        }
    }
    if rank(b) > rank(a) {
        b
    } else {
        a
    }
}

/// The first letter or digit at or after `from`, past opening quotes, brackets and dashes,
/// within [`LOOKAHEAD_BYTES`]. Unlike UAX #29 rule SB8 this does not look past digits for
/// a lowercase word: sentences starting with a number (`17 июля …`, `23 épreuves …`) are
/// common, and the `No. 5 of` cases SB8 exists for are the abbreviation table's job.
fn first_alphanumeric(text: &str, from: usize) -> Option<(usize, char)> {
    text[from..]
        .char_indices()
        .take_while(|(i, _)| *i < LOOKAHEAD_BYTES)
        .find(|(_, c)| c.is_alphanumeric())
        .map(|(i, c)| (from + i, c))
}

/// The run of letters starting at `at` (`i` in `i'm`, `the` in `the,`).
fn next_word(text: &str, at: usize) -> &str {
    let rest = &text[at..];
    let end = rest
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(rest.len());
    &rest[..end]
}

fn skip_ws(text: &str, from: usize) -> usize {
    let rest = &text[from..];
    from + (rest.len() - rest.trim_start().len())
}

fn push_trimmed(out: &mut Vec<Span>, text: &str, start: usize, end: usize) {
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let body = piece.trim();
    if !body.is_empty() {
        out.push(Span::new(start + lead, start + lead + body.len()));
    }
}

/// The character at byte `pos`, which must be a char boundary; `'\0'` at the end.
#[inline]
fn next_char(text: &str, pos: usize) -> char {
    text[pos..].chars().next().unwrap_or('\0')
}

/// Length of the UTF-8 sequence that starts with `b`.
#[inline]
fn utf8_len(b: u8) -> usize {
    match b {
        0..=0xBF => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str, lang: Option<Lang>) -> Vec<&str> {
        split_sentences(text, lang)
            .iter()
            .map(|s| &text[s.range()])
            .collect()
    }

    #[test]
    fn empty_and_blank() {
        assert!(split("", None).is_empty());
        assert!(split(" \t\u{a0}\n ", Some(Lang::EN)).is_empty());
    }

    #[test]
    fn basic_split_and_trim() {
        assert_eq!(
            split("  One. Two?  Three!  ", Some(Lang::EN)),
            ["One.", "Two?", "Three!"]
        );
    }

    #[test]
    fn closers_stay_with_their_sentence() {
        assert_eq!(
            split("He said \"Stop.\" Then he left.", Some(Lang::EN)),
            ["He said \"Stop.\"", "Then he left."]
        );
        assert_eq!(
            split("他说：“好。”我们走吧。", Some(Lang::ZH)),
            ["他说：“好。”", "我们走吧。"]
        );
    }

    #[test]
    fn ideographic_stop_needs_no_space_but_opening_quote_goes_forward() {
        assert_eq!(
            split("第一句。“第二句”很长。", Some(Lang::ZH)),
            ["第一句。", "“第二句”很长。"]
        );
    }

    #[test]
    fn decimals_and_lowercase_do_not_split() {
        assert_eq!(
            split("It rose 3.5 per cent. in 2020 it fell.", Some(Lang::EN)).len(),
            1
        );
    }

    /// A paragraph without a capital (a lowercased, tokenized corpus; a chat line) has
    /// no case to read: a stop after a plain word ends the sentence whatever follows,
    /// and the abbreviation tables are read without case (`mr` is `Mr`).
    #[test]
    fn without_capitals_a_stop_after_a_plain_word_ends_the_sentence() {
        assert_eq!(
            split(
                "he went slowly , resting on the way . his mother 's eyes were fixed on his face .",
                Some(Lang::EN)
            ),
            [
                "he went slowly , resting on the way .",
                "his mother 's eyes were fixed on his face ."
            ]
        );
        assert_eq!(
            split(
                "he talked with mr . charrington for a while . then he left .",
                Some(Lang::EN)
            ),
            [
                "he talked with mr . charrington for a while .",
                "then he left ."
            ]
        );
        assert_eq!(
            split(
                "where did you grow up? india? we moved a lot.",
                Some(Lang::EN)
            ),
            ["where did you grow up?", "india?", "we moved a lot."]
        );
        // A dotted abbreviation still goes on.
        assert_eq!(split("we met at 5 p.m. in paris.", Some(Lang::EN)).len(), 1);
        // One capital anywhere and case is read as usual: lowercase goes on.
        assert_eq!(
            split("It rose 3.5 per cent. in 2020 it fell.", Some(Lang::EN)).len(),
            1
        );
    }

    #[test]
    fn quote_parity_decides_spaced_ascii_quotes() {
        assert_eq!(
            split("Il a dit \"Non. \" Puis il est parti.", Some(Lang::FR)),
            ["Il a dit \"Non. \"", "Puis il est parti."]
        );
    }

    #[test]
    fn lookahead_is_bounded() {
        let text = format!("End. {}word", "1 ".repeat(100));
        assert_eq!(split(&text, Some(Lang::EN)).len(), 2);
    }
}
