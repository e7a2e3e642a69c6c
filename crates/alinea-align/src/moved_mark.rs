//! Whether the question or exclamation that closes a source stands inside its target,
//! with a sentence after it.
//!
//! A translation keeps the kind of its sentences: a question stays a question, an
//! exclamation an exclamation, in every language (the terminal-punctuation check of
//! translation QA tools). When the source ends with `?` and its target closes a
//! question (`Hví komstu?`) and then goes on with a sentence that ends otherwise
//! (`… Formaður golfklúbbsins á Ísafirði.`), the question is where the source ends, and
//! what follows it is text the source does not have. A full stop says nothing of the
//! kind (translators split and join statements freely), so only question and
//! exclamation marks are read, each matched with its counterparts in other scripts
//! (`？` `؟`, `！`).
//!
//! A lower-case word after the mark continues the sentence (`"Who cares?" said
//! Julia.`), so it is no new sentence; in a text without capitals that cannot be told,
//! and nothing is read there.

use crate::truncation::closer;

/// The kind of closing mark that survives translation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Question,
    Exclamation,
}

fn kind(c: char) -> Option<Kind> {
    match c {
        '?' | '？' | '؟' | '⁇' => Some(Kind::Question),
        '!' | '！' | '‼' => Some(Kind::Exclamation),
        _ => None,
    }
}

/// The last character of `text` that is not a closer.
fn last(text: &str) -> Option<char> {
    text.trim_end_matches(closer).chars().next_back()
}

/// Whether a sentence closes `text`: its last mark (closers aside) is one that ends
/// sentences in some script.
fn closes(text: &str) -> bool {
    matches!(
        last(text),
        Some(
            '.' | '!'
                | '?'
                | '…'
                | '。'
                | '！'
                | '？'
                | '．'
                | '؟'
                | '۔'
                | '।'
                | '॥'
                | '։'
                | '።'
                | '။'
                | '។'
        )
    )
}

/// Whether `src` ends with a question (exclamation) mark and `tgt` closes a question
/// (exclamation) before its end, then a sentence that starts with a capital (or a letter
/// of a script without case) and closes with another mark.
pub(crate) fn mark_moved_inward(src: &str, tgt: &str) -> bool {
    let Some(k) = last(src).and_then(kind) else {
        return false;
    };
    if last(tgt).and_then(kind) == Some(k) || !closes(tgt) {
        return false;
    }
    new_sentence_after(tgt, |c| kind(c) == Some(k))
}

/// Whether `src` stops at a comma or semicolon (its sentence goes on in the next
/// segment) while `tgt` closes a sentence before its end and then goes on with another
/// that starts with a capital and closes too. A clause left open is translated as a
/// clause, at most closed as a sentence of its own; a whole sentence after it is text
/// the source segment does not have. Only the Latin comma and semicolon are read:
/// Chinese and Japanese (`，` `；`) and Arabic (`،`) join with them what English writes
/// as sentences of their own, so there a segment ending on one may be translated as
/// two sentences (MAC zh–en: `…闲了时带着小爷们出门就完了；` / `… That's all he ever does.`).
pub(crate) fn goes_on_after_open_end(src: &str, tgt: &str) -> bool {
    let open = matches!(last(src), Some(',' | ';'));
    open && closes(tgt) && new_sentence_after(tgt, |c| closes(c.encode_utf8(&mut [0; 4])))
}

/// Whether `text` has a mark that `is_end` accepts before its end, followed by space
/// and a word that starts with a capital (or a letter of a script without case, or a
/// digit), after any quotes, brackets or dialogue dash.
fn new_sentence_after(text: &str, is_end: impl Fn(char) -> bool) -> bool {
    let body = text.trim_end_matches(closer);
    body.char_indices().any(|(p, c)| {
        if !is_end(c) {
            return false;
        }
        let after = &body[p + c.len_utf8()..];
        let rest = after.trim_start_matches(|c: char| closer(c) || matches!(c, '-' | '–' | '—'));
        after.starts_with(char::is_whitespace)
            && rest
                .chars()
                .next()
                .is_some_and(|first| first.is_alphanumeric() && !first.is_lowercase())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Any text, any script: an answer, never a panic; and a target that ends as its
        /// source ends never reads as going on.
        #[test]
        fn any_text_is_read_and_a_kept_ending_is_never_moved(
            src in "\\PC{0,40}[?!？！؟.]?",
            tgt in "\\PC{0,60}",
        ) {
            let _ = mark_moved_inward(&src, &tgt);
            if let Some(c) = last(&src).filter(|&c| kind(c).is_some()) {
                let kept = format!("{} {}", tgt, c);
                prop_assert!(!mark_moved_inward(&src, &kept));
            }
        }
    }

    #[test]
    fn a_sentence_after_the_closing_question_is_text_the_source_lacks() {
        assert!(mark_moved_inward(
            "Why have you come?",
            "Hví komstu? Formaður golfklúbbsins á Ísafirði."
        ));
        assert!(mark_moved_inward(
            "You never do anything!",
            "Gerir aldrei neitt hérna! Í boði eru ökuferðir."
        ));
        // Counterparts in other scripts; a turn of dialogue after it.
        assert!(mark_moved_inward(
            "你叫什么名字？",
            "What's your name? - The boy went home."
        ));
        assert!(mark_moved_inward(
            "هل أتيت؟",
            "Did you come? Then we went home."
        ));
    }

    #[test]
    fn a_sentence_after_a_clause_the_source_leaves_open_is_text_it_lacks() {
        assert!(goes_on_after_open_end(
            "Nordic co-operation is one of the world’s most extensive forms of regional collaboration,",
            "Norræna samstarfið er eitt umfangsmesta svæðissamstarf í heimi. Ég ætla að kasta aftur."
        ));
        assert!(goes_on_after_open_end(
            "Its composition is prescribed by the Treaty;",
            "Sa composition est fixée par le traité. « Viens ici ! »"
        ));
        // The clause translated as a clause, or closed as one sentence.
        assert!(!goes_on_after_open_end(
            "Its composition is prescribed by the Treaty,",
            "Sa composition est fixée par le traité,"
        ));
        assert!(!goes_on_after_open_end(
            "Its composition is prescribed by the Treaty,",
            "Sa composition est fixée par le traité."
        ));
        // A lower-case word after a full stop (an abbreviation) starts no sentence.
        assert!(!goes_on_after_open_end(
            "Es gab viele Gipfel,",
            "Il y avait env. cinq sommets."
        ));
        // The source closes its sentence, or leaves it open with a Chinese comma.
        assert!(!goes_on_after_open_end(
            "He came.",
            "Il est venu. Il est reparti."
        ));
        assert!(!goes_on_after_open_end(
            "我们男的只管春秋两季地租子，闲了时带着小爷们出门就完了；",
            "My man collects the rents in spring and autumn. That's all he ever does."
        ));
    }

    #[test]
    fn the_mark_kept_at_the_end_or_a_continuation_is_not() {
        // The translation still ends with the question.
        assert!(!mark_moved_inward(
            "How am I supposed to get back?",
            "Hvernig á ég þá að komast? Hvert þykist þú vera að fara?"
        ));
        // A lower-case word goes on with the quoted question.
        assert!(!mark_moved_inward(
            "\"Who cares?\" said Julia.",
            "\"Qui s'en soucie ?\" dit Julia."
        ));
        assert!(!mark_moved_inward(
            "Who cares?",
            "Qui s'en soucie ? dit Julia."
        ));
        // A full stop says nothing: statements are split and joined freely.
        assert!(!mark_moved_inward(
            "He came.",
            "Il est venu. Il est reparti."
        ));
        // The target does not close a sentence (cut off, or a clause that goes on).
        assert!(!mark_moved_inward("No!", "Non ! Jamais, protesta-t-il,"));
        // A question mark inside a word or a number range is no sentence end.
        assert!(!mark_moved_inward("Really?", "Vraiment?Oui."));
        // The source does not end with a question.
        assert!(!mark_moved_inward(
            "He asked why?.",
            "Il demanda pourquoi ? Puis il partit."
        ));
    }
}
