//! Word tokens with spans, from Unicode word boundaries (UAX #29).
//!
//! UAX #29 already does what alignment and diffs need across the corpus's scripts: words
//! for spaced scripts (keeping `A/RES/75/240`-style numbers and `l'art` contractions
//! whole), one token per ideograph for Chinese and Japanese, and punctuation as separate
//! tokens. Whitespace is dropped.

use unicode_segmentation::UnicodeSegmentation;

use crate::Span;

/// What a token is made of.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum TokenKind {
    /// Letters (possibly with digits or marks).
    Word,
    /// Digits (any decimal system), possibly with separators.
    Number,
    /// Anything else that is not whitespace: punctuation, symbols.
    Punct,
}

/// A token: its span in the text it came from and its kind.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// Byte span in the tokenized text.
    pub span: Span,
    /// Word, number or punctuation.
    pub kind: TokenKind,
}

/// The byte ranges of the non-whitespace word-boundary segments of `text` (UAX #29), for
/// callers that do not need [`TokenKind`] and want to skip its character-class look-ups.
pub fn token_spans(text: &str) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    text.split_word_bound_indices()
        .filter(|(_, piece)| !piece.starts_with(char::is_whitespace))
        .map(|(start, piece)| start..start + piece.len())
}

/// Tokenizes `text` into words, numbers and punctuation; `base` is added to every span, so
/// tokens of a slice can point into a larger original.
pub fn tokens(text: &str, base: usize) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    for (start, piece) in text.split_word_bound_indices() {
        let mut chars = piece.chars();
        let Some(first) = chars.next() else { continue };
        if first.is_whitespace() {
            continue;
        }
        let kind = if piece.chars().any(char::is_alphabetic) {
            TokenKind::Word
        } else if piece.chars().any(|c| c.is_numeric()) {
            TokenKind::Number
        } else {
            TokenKind::Punct
        };
        out.push(Token {
            span: Span::new(base + start, base + start + piece.len()),
            kind,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(t: &str) -> Vec<&str> {
        tokens(t, 0).iter().map(|k| &t[k.span.range()]).collect()
    }

    #[test]
    fn words_numbers_and_ideographs() {
        assert_eq!(
            words("Recalling 53/70, l'art."),
            ["Recalling", "53", "/", "70", ",", "l'art", "."]
        );
        assert_eq!(words("大会，回顾"), ["大", "会", "，", "回", "顾"]);
        assert_eq!(words("قرار ٢٠١٣ الجمعية"), ["قرار", "٢٠١٣", "الجمعية"]);
        let t = tokens("  ab 12", 10);
        assert_eq!(t[0].span, Span::new(12, 14));
        assert_eq!(t[1].kind, TokenKind::Number);
    }
}
