//! Character classes, digit folding and tokenisation of one sentence.
//!
//! This is the crate's only view of raw text. It folds every decimal digit system to
//! ASCII per character (`fold_digit`), because sentence alignment needs nothing more of
//! the normalized view that `alinea_text::normalize` builds for documents.

/// Folds a decimal digit of any script to its ASCII counterpart (the one table is
/// `alinea_text::normalize::ascii_digit`).
pub(crate) fn fold_digit(c: char) -> Option<char> {
    alinea_text::normalize::ascii_digit(c).map(|d| char::from(b'0' + d))
}

use alinea_text::script::is_unspaced as is_unspaced_char;

/// One token of a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Token {
    /// A word of letters (and possibly digits), lowercased.
    Word(String),
    /// A single character of an unspaced script.
    Char(char),
    /// A number with separators removed, digits folded to ASCII.
    Number(String),
    /// A punctuation mark that serves as an anchor (already mapped to its class).
    Punct(Punct),
    /// A document symbol such as `a/res/73/27` (lowercased).
    Symbol(String),
}

/// Punctuation classes that tend to survive translation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Punct {
    Question,
    Exclamation,
    Colon,
    Semicolon,
    Paren,
    Quote,
    Ellipsis,
    Dash,
}

impl Punct {
    pub(crate) const ALL: [Punct; 8] = [
        Punct::Question,
        Punct::Exclamation,
        Punct::Colon,
        Punct::Semicolon,
        Punct::Paren,
        Punct::Quote,
        Punct::Ellipsis,
        Punct::Dash,
    ];

    fn of(c: char) -> Option<Punct> {
        Some(match c {
            '?' | '？' | '؟' | '¿' => Punct::Question,
            '!' | '！' | '¡' => Punct::Exclamation,
            ':' | '：' => Punct::Colon,
            ';' | '；' | '؛' => Punct::Semicolon,
            '(' | '（' | '[' | '［' => Punct::Paren,
            '"' | '“' | '”' | '„' | '«' | '»' | '「' | '」' | '『' | '』' | '‘' | '’' | '‹'
            | '›' | '‚' => Punct::Quote,
            '…' => Punct::Ellipsis,
            '—' | '–' | '―' => Punct::Dash,
            _ => return None,
        })
    }
}

/// Splits a sentence into tokens. Runs of the same punctuation mark count once
/// (`……`, `——`, `...`); an apostrophe counts as a quote only when it does not follow a
/// letter (so `l'homme` and `don't` are not quotes).
pub(crate) fn tokenize(s: &str) -> Vec<Token> {
    let mut out = Vec::new();
    // Document symbols first: whitespace-separated chunks with a slash, a letter and a digit.
    for chunk in s.split_whitespace() {
        let chunk = chunk.trim_matches(|c: char| !c.is_alphanumeric());
        if chunk.contains('/')
            && chunk
                .chars()
                .any(|c| c.is_alphabetic() && !is_unspaced_char(c))
            && chunk.chars().any(|c| fold_digit(c).is_some())
        {
            let sym: String = chunk
                .chars()
                .map(|c| fold_digit(c).unwrap_or(c))
                .flat_map(char::to_lowercase)
                .collect();
            out.push(Token::Symbol(sym));
        }
    }
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    let mut prev_punct: Option<Punct> = None;
    let mut dots = 0usize;
    while i < chars.len() {
        let c = chars[i];
        if c == '.' {
            dots += 1;
            if dots == 3 && prev_punct != Some(Punct::Ellipsis) {
                out.push(Token::Punct(Punct::Ellipsis));
                prev_punct = Some(Punct::Ellipsis);
            }
            i += 1;
            continue;
        }
        if !(c.is_whitespace() && dots > 0) {
            dots = 0;
        }
        if fold_digit(c).is_some() {
            let mut num = String::new();
            while i < chars.len() {
                if let Some(d) = fold_digit(chars[i]) {
                    num.push(d);
                    i += 1;
                } else if matches!(chars[i], '.' | ',' | '\'' | '٫' | '٬')
                    && i + 1 < chars.len()
                    && fold_digit(chars[i + 1]).is_some()
                {
                    i += 1;
                } else {
                    break;
                }
            }
            // A number glued to letters (`3rd`, `A4`) is still a number.
            while i < chars.len() && chars[i].is_alphabetic() && !is_unspaced_char(chars[i]) {
                i += 1;
            }
            out.push(Token::Number(num));
            prev_punct = None;
            continue;
        }
        if is_unspaced_char(c) {
            out.push(Token::Char(c));
            prev_punct = None;
            i += 1;
            continue;
        }
        if c.is_alphabetic() {
            let mut w = String::new();
            while i < chars.len()
                && (chars[i].is_alphabetic() || chars[i].is_mark())
                && !is_unspaced_char(chars[i])
            {
                w.extend(chars[i].to_lowercase());
                i += 1;
            }
            out.push(Token::Word(w));
            prev_punct = None;
            continue;
        }
        let p = if c == '\'' {
            let after_letter = i > 0 && chars[i - 1].is_alphanumeric();
            (!after_letter).then_some(Punct::Quote)
        } else {
            Punct::of(c)
        };
        match p {
            Some(p) if prev_punct == Some(p) && p != Punct::Quote => {}
            Some(p) => {
                out.push(Token::Punct(p));
                prev_punct = Some(p);
            }
            None => {
                if !c.is_whitespace() {
                    prev_punct = None;
                }
            }
        }
        i += 1;
    }
    out
}

trait IsMark {
    fn is_mark(&self) -> bool;
}

impl IsMark for char {
    /// Combining marks (Arabic harakat, Devanagari vowel signs, Latin combining
    /// accents) stay inside words.
    fn is_mark(&self) -> bool {
        matches!(*self as u32, 0x0300..=0x036F | 0x0610..=0x061A | 0x064B..=0x065F
            | 0x0670 | 0x06D6..=0x06ED | 0x0900..=0x0903 | 0x093A..=0x094F)
    }
}

/// Length of a sentence in characters, not counting whitespace.
pub(crate) fn char_len(s: &str) -> usize {
    s.chars().filter(|c| !c.is_whitespace()).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_digits_of_several_scripts() {
        assert_eq!(fold_digit('٣'), Some('3'));
        assert_eq!(fold_digit('۷'), Some('7'));
        assert_eq!(fold_digit('７'), Some('7'));
        assert_eq!(fold_digit('a'), None);
    }

    #[test]
    fn numbers_lose_separators() {
        let t = tokenize("In 1,000 cases and ١٢ more (3.5%).");
        assert!(t.contains(&Token::Number("1000".into())));
        assert!(t.contains(&Token::Number("12".into())));
        assert!(t.contains(&Token::Number("35".into())));
        assert!(t.contains(&Token::Punct(Punct::Paren)));
    }

    #[test]
    fn symbols_and_words() {
        let t = tokenize("Recalling resolution A/RES/73/27 of 5 December.");
        assert!(t.contains(&Token::Symbol("a/res/73/27".into())));
        assert!(t.contains(&Token::Word("recalling".into())));
    }

    #[test]
    fn cjk_by_character_and_fullwidth_punct() {
        let t = tokenize("他说：“好！”UN");
        assert_eq!(t[0], Token::Char('他'));
        assert!(t.contains(&Token::Punct(Punct::Colon)));
        assert!(t.contains(&Token::Punct(Punct::Exclamation)));
        assert!(t.contains(&Token::Word("un".into())));
        assert_eq!(
            t.iter()
                .filter(|x| **x == Token::Punct(Punct::Quote))
                .count(),
            2
        );
    }

    #[test]
    fn apostrophes_and_ellipses() {
        let t = tokenize("l'homme don't ... 'yes'");
        let quotes = t
            .iter()
            .filter(|x| **x == Token::Punct(Punct::Quote))
            .count();
        assert_eq!(quotes, 1);
        assert_eq!(
            t.iter()
                .filter(|x| **x == Token::Punct(Punct::Ellipsis))
                .count(),
            1
        );
    }

    #[test]
    fn char_len_ignores_spaces() {
        assert_eq!(char_len("a b  c"), 3);
        assert_eq!(char_len("中文"), 2);
    }
}
