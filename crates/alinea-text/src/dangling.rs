//! Words a sentence cannot end on: a text that stops on one has lost its end.
//!
//! A translation cut short but closed again (`it was mrs parsons , the wife .`) keeps
//! the length and the closing mark of a sentence; what gives it away is the word it
//! stops on. Some words only ever stand *before* another word of their phrase:
//! articles (`the`, `des`), coordinating conjunctions (`and`, `og`), possessive
//! determiners that differ from the possessive pronouns (`their` / `theirs`, `notre` /
//! `le nôtre`), contractions of a preposition with an article (`zum`, `della`), elided
//! forms (`l'`, `qu'`), and prepositions in the languages that never leave one at the end
//! of its clause (Russian, Romanian and the Romance languages do not strand
//! prepositions; English, German, Dutch and Icelandic do, so theirs are not listed).
//!
//! Lists are kept for twenty languages (en, fr, de, es, it, pt, nl, ro, ru, is, pl, cs,
//! sk, uk, el, sv, fi, tr, hu, id); in the others only the comma rule below applies.
//!
//! The lists hold only words with no other use that can end a sentence: `un` / `une`
//! (French pronouns, `j'en veux une`), German `ein` (a verb particle, `er schläft
//! ein`), Dutch `het` and `een` (pronouns), English `his` / `her` (pronouns) and the
//! English prepositions (`what are you looking at?`) are left out. Matching is
//! case-sensitive, on the lower-case forms: a capital `A` ending a sentence is a letter
//! (`plan A.`). Speech broken off on purpose (`I saw the—`, `and…`) ends with a dash or
//! an ellipsis and is not read as dangling.
//!
//! In English, an auxiliary reduced to a clitic (`you're`, `I'll`, `it's`) cannot end
//! a sentence either: it leans on the verb phrase after it.
//!
//! In every language, a comma or semicolon standing right before the closing mark
//! (`so right , .`) also says that what followed it is gone.

use crate::Lang;

/// Articles, conjunctions, determiners and prepositions that never end a sentence.
fn words(lang: Lang) -> &'static [&'static str] {
    match lang.code() {
        "en" => &[
            "a", "an", "the", "and", "or", "nor", "than", "my", "your", "our", "their", "its",
            "every",
        ],
        "fr" => &[
            "le",
            "la",
            "les",
            "des",
            "du",
            "au",
            "aux",
            "et",
            "ou",
            "ni",
            "mais",
            "car",
            "mon",
            "ma",
            "mes",
            "ton",
            "ta",
            "tes",
            "son",
            "sa",
            "ses",
            "notre",
            "votre",
            "nos",
            "vos",
            "cet",
            "cette",
            "ces",
            "à",
            "de",
            "dans",
            "chez",
            "vers",
            "par",
            "sur",
            "l'",
            "d'",
            "qu'",
            "j'",
            "n'",
            "s'",
            "c'",
            "m'",
            "t'",
            "jusqu'",
            "lorsqu'",
            "puisqu'",
            "l’",
            "d’",
            "qu’",
            "j’",
            "n’",
            "s’",
            "c’",
            "m’",
            "t’",
            "jusqu’",
            "lorsqu’",
            "puisqu’",
        ],
        "de" => &[
            "des", "zum", "zur", "vom", "beim", "im", "am", "ins", "und", "oder", "sondern",
            "dass", "weil", "ob",
        ],
        "es" => &[
            "el", "la", "los", "las", "un", "del", "al", "y", "de", "en", "con", "desde", "hacia",
            "mi", "tu", "su", "mis", "tus", "sus",
        ],
        "it" => &[
            "il", "lo", "la", "i", "gli", "le", "un", "del", "dello", "della", "dei", "degli",
            "delle", "al", "allo", "alla", "ai", "agli", "alle", "dal", "dallo", "dalla", "dai",
            "dagli", "dalle", "nel", "nello", "nella", "nei", "negli", "nelle", "sul", "sullo",
            "sulla", "sui", "sugli", "sulle", "e", "ed", "o", "di", "con", "tra", "fra", "l'",
            "un'", "dell'", "all'", "nell'", "dall'", "sull'", "quell'", "l’", "un’", "dell’",
            "all’", "nell’", "dall’", "sull’", "quell’",
        ],
        "pt" => &[
            "o", "a", "os", "as", "do", "da", "dos", "das", "no", "na", "nas", "ao", "aos", "à",
            "às", "pelo", "pela", "pelos", "pelas", "num", "numa", "e", "ou", "de", "em", "com",
        ],
        "nl" => &["de", "en", "want", "ten", "ter"],
        "ro" => &[
            "şi", "și", "sau", "de", "la", "în", "cu", "pe", "din", "pentru", "spre", "prin",
            "despre", "un", "al", "ale",
        ],
        "ru" => &[
            "и",
            "а",
            "но",
            "или",
            "либо",
            "в",
            "во",
            "на",
            "с",
            "со",
            "к",
            "ко",
            "по",
            "о",
            "об",
            "обо",
            "от",
            "из",
            "до",
            "для",
            "без",
            "при",
            "через",
            "над",
            "под",
            "у",
        ],
        "is" => &["og", "eða"],
        // Slavic languages do not strand prepositions either; Czech and Slovak `se` /
        // `si` (reflexive pronouns, `bojím se`) and Ukrainian `та` (also "that") are left
        // out.
        "pl" => &[
            "i", "oraz", "lub", "albo", "w", "we", "na", "z", "ze", "do", "od", "o", "po", "przy",
            "dla", "bez", "przez", "nad", "pod", "u", "ku",
        ],
        "cs" => &[
            "a", "i", "nebo", "v", "ve", "na", "s", "z", "ze", "do", "od", "o", "po", "při", "pro",
            "bez", "k", "ke", "u", "nad", "pod", "přes",
        ],
        "sk" => &[
            "a", "i", "alebo", "v", "vo", "na", "s", "so", "z", "zo", "do", "od", "o", "po", "pri",
            "pre", "bez", "k", "ku", "u", "nad", "pod", "cez",
        ],
        "uk" => &[
            "і",
            "й",
            "а",
            "або",
            "в",
            "у",
            "на",
            "з",
            "із",
            "зі",
            "до",
            "від",
            "о",
            "об",
            "по",
            "при",
            "для",
            "без",
            "через",
            "над",
            "під",
        ],
        // Greek: the articles that are never pronouns, the preposition `σε` and its
        // forms fused with the article, `και`; `το`, `του`, `της`, `με` are also enclitic
        // pronouns (`δώσ' το`, `το σπίτι του`).
        "el" => &[
            "ο",
            "η",
            "οι",
            "των",
            "και",
            "σε",
            "στο",
            "στη",
            "στην",
            "στον",
            "στα",
            "στους",
            "στις",
        ],
        // Swedish strands prepositions and uses `en` / `ett` as pronouns: conjunctions
        // and the infinitive marker only.
        "sv" => &["och", "eller", "samt", "att"],
        "fi" => &["ja", "tai", "sekä", "että"],
        "tr" => &["ve", "veya"],
        // Hungarian `az` is also "that" (`ez az`), `vagy` also "you are".
        "hu" => &["a", "és"],
        "id" => &["dan", "atau", "yang", "di", "ke", "pada"],
        _ => &[],
    }
}

/// Marks that close a sentence or a clause: what stands right before one must be
/// able to end a phrase (`the :` cannot, no more than `the .`).
fn closes(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | ':' | ';' | '。' | '！' | '？' | '：' | '；' | '؟' | '۔' | '؛'
    )
}

/// Quotes and brackets that may follow the closing mark.
fn closer(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '"' | '\'' | '”' | '’' | '»' | '›' | '」' | '』' | ')' | ']' | '）' | '*'
        )
}

/// Marks after which what followed is missing when a closing mark comes next.
const PAUSES: [&str; 7] = [",", ";", "，", "；", "、", "،", "؛"];

/// Whether `text` is broken off on purpose: it ends with a dash or an ellipsis (before
/// any closing marks, quotes or brackets). A translation of such a text may stop
/// anywhere, and the text itself does not dangle.
pub fn broken_off(text: &str) -> bool {
    let t = text.trim_end_matches(closer);
    let body = t.trim_end_matches(closes);
    body.ends_with(['…', '—', '–', '-']) || t[body.len()..].contains("..")
}

/// What `text` stops on when its end is missing: a word of `lang` that cannot end a
/// sentence (see the module docs), or a comma or semicolon right before the closing
/// mark. `None` when the text ends as a sentence can.
pub fn dangling_end(text: &str, lang: Lang) -> Option<&'static str> {
    let t = text.trim_end_matches(closer);
    let body = t.trim_end_matches(closes);
    let closed = body.len() < t.len();
    if broken_off(text) {
        return None;
    }
    let body = body.trim_end();
    if let Some(&p) = PAUSES.iter().find(|&&p| body.ends_with(p)) {
        return closed.then_some(p);
    }
    let start = body
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || matches!(c, '(' | '[' | '«' | '"' | '“' | '„'))
        .map_or(0, |(k, c)| k + c.len_utf8());
    let word = &body[start..];
    words(lang)
        .iter()
        .find(|&&w| w == word)
        .copied()
        .or_else(|| {
            (lang == Lang::EN)
                .then(|| reduced_auxiliary(word, body[..start].split_whitespace().next_back()))
                .flatten()
        })
}

/// English auxiliaries reduced to a clitic, as they are written with either apostrophe.
const REDUCED: [&str; 12] = [
    "'re", "’re", "'m", "’m", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'s", "’s",
];

/// Words that `'s` joins as `is` or `has`, never as the possessive.
const IS_HOSTS: [&str; 13] = [
    "it", "he", "she", "that", "what", "there", "here", "who", "where", "how", "when", "why",
    "this",
];

/// The clitic `word` ends on when it is an English auxiliary reduced to one (`you're`,
/// `I'll`, `it's`; `'re` alone, after a pronoun, in tokenized text: `you 're`): a
/// reduced auxiliary leans on the word after it, so it cannot stand where its verb
/// phrase is left out (`Yes, I am.`, never `Yes, I'm.`; `I know where it is.`, never
/// `… where it's.`). `'s` counts only after a word it joins as `is` or `has` (`John's`
/// is also the possessive, which may end a sentence: `The book is John's.`); `ma'am` /
/// `ma'm` is a noun. `before` is the word before `word`, for a clitic written apart.
fn reduced_auxiliary(word: &str, before: Option<&str>) -> Option<&'static str> {
    let clitic = REDUCED.iter().find(|&&c| word.ends_with(c))?;
    let host = &word[..word.len() - clitic.len()];
    let host = if host.is_empty() { before? } else { host };
    // An opening quote may lean on the host (`'What's?'`).
    let host = host.trim_start_matches(['\'', '‘']).to_lowercase();
    if !host.chars().all(char::is_alphabetic) || host.is_empty() || host == "ma" {
        return None;
    }
    let is = clitic.ends_with('s');
    (!is || IS_HOSTS.contains(&host.as_str())).then_some(*clitic)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang(code: &str) -> Lang {
        Lang::from_code(code).expect("a language code")
    }

    #[test]
    fn an_article_or_conjunction_before_the_full_stop_dangles() {
        assert_eq!(
            dangling_end("it was mrs parsons , the wife of the .", Lang::EN),
            Some("the")
        );
        assert_eq!(dangling_end("He looked up and.", Lang::EN), Some("and"));
        assert_eq!(
            dangling_end("Les alpinistes atteignirent le sommet de l' .", Lang::FR),
            Some("l'")
        );
        assert_eq!(dangling_end("Sie stiegen bis zum.", Lang::DE), Some("zum"));
        assert_eq!(
            dangling_end("every few minutes the :", Lang::EN),
            Some("the")
        );
        assert_eq!(
            dangling_end("La situation , pour les :", Lang::FR),
            Some("les")
        );
        assert_eq!(dangling_end("Он пошёл в.", Lang::RU), Some("в"));
        assert_eq!(dangling_end("Hann fór heim og.", lang("is")), Some("og"));
        assert_eq!(dangling_end("El tren salió de la.", Lang::ES), Some("la"));
        assert_eq!(dangling_end("A intrat în.", Lang::RO), Some("în"));
        assert_eq!(dangling_end("Poszedł do.", Lang::PL), Some("do"));
        assert_eq!(dangling_end("Šel jsem na.", Lang::CS), Some("na"));
        assert_eq!(dangling_end("Він пішов до.", Lang::UK), Some("до"));
        assert_eq!(dangling_end("Πήγε στο.", Lang::EL), Some("στο"));
        assert_eq!(dangling_end("Han kom hem och.", Lang::SV), Some("och"));
        assert_eq!(dangling_end("Hän tuli kotiin ja.", Lang::FI), Some("ja"));
        assert_eq!(dangling_end("Eve geldi ve.", Lang::TR), Some("ve"));
        assert_eq!(dangling_end("Dia pulang ke.", Lang::ID), Some("ke"));
        assert_eq!(dangling_end("«Il parla de la »", Lang::FR), Some("la"));
    }

    #[test]
    fn an_english_auxiliary_reduced_to_a_clitic_dangles() {
        assert_eq!(dangling_end("'But what's?'", Lang::EN), Some("'s"));
        assert_eq!(
            dangling_end("Old Hai humphed. 'What's?", Lang::EN),
            Some("'s")
        );
        assert_eq!(dangling_end("And then I’ll.", Lang::EN), Some("’ll"));
        assert_eq!(dangling_end("I know that you're.", Lang::EN), Some("'re"));
        assert_eq!(dangling_end("i think you 're .", Lang::EN), Some("'re"));
        assert_eq!(dangling_end("he said it 's .", Lang::EN), Some("'s"));
        assert_eq!(dangling_end("Everyone knew they'd.", Lang::EN), Some("'d"));
        // A possessive, a noun, an auxiliary in full, another language.
        assert_eq!(dangling_end("The book is John's.", Lang::EN), None);
        assert_eq!(dangling_end("the book is john 's .", Lang::EN), None);
        assert_eq!(dangling_end("Yes, ma'am.", Lang::EN), None);
        assert_eq!(dangling_end("Yes, ma'm.", Lang::EN), None);
        assert_eq!(dangling_end("Yes, I am.", Lang::EN), None);
        assert_eq!(dangling_end("I know where it is.", Lang::EN), None);
        assert_eq!(dangling_end("No, it isn't.", Lang::EN), None);
        assert_eq!(dangling_end("Il l'a dit qu'il l'm.", Lang::FR), None);
        assert_eq!(dangling_end("'s.", Lang::EN), None);
    }

    #[test]
    fn words_that_can_end_a_sentence_do_not_dangle() {
        // Stranded prepositions, pronouns, particles, a capital letter.
        assert_eq!(dangling_end("What are you looking at?", Lang::EN), None);
        assert_eq!(dangling_end("The book is his.", Lang::EN), None);
        assert_eq!(dangling_end("We chose plan A.", Lang::EN), None);
        assert_eq!(dangling_end("Er schläft ein.", Lang::DE), None);
        assert_eq!(dangling_end("Ich weiß das.", Lang::DE), None);
        assert_eq!(dangling_end("J'en veux une.", Lang::FR), None);
        assert_eq!(dangling_end("Prends-le.", Lang::FR), None);
        assert_eq!(dangling_end("Ik weet het.", Lang::NL), None);
        assert_eq!(dangling_end("Я за.", Lang::RU), None);
        assert_eq!(dangling_end("Bojím se.", Lang::CS), None);
        assert_eq!(dangling_end("Δώσ' το.", Lang::EL), None);
        assert_eq!(dangling_end("Vad tittar du på?", Lang::SV), None);
        assert_eq!(dangling_end("Ez az.", Lang::HU), None);
        assert_eq!(dangling_end("An ordinary sentence.", Lang::EN), None);
        assert_eq!(dangling_end("", Lang::EN), None);
        assert_eq!(dangling_end(" . ", Lang::EN), None);
    }

    #[test]
    fn speech_broken_off_on_purpose_does_not_dangle() {
        assert_eq!(dangling_end("I saw the—", Lang::EN), None);
        assert_eq!(dangling_end("And then the…", Lang::EN), None);
        assert_eq!(dangling_end("And then the ...", Lang::EN), None);
        assert_eq!(dangling_end("Well, ...", Lang::EN), None);
    }

    #[test]
    fn a_text_ending_in_a_dash_or_an_ellipsis_is_broken_off() {
        assert!(broken_off("zice altul ..."));
        assert!(broken_off("« Je voulais dire… »"));
        assert!(broken_off("Wait—"));
        assert!(!broken_off("An ordinary sentence."));
        assert!(!broken_off("e.g."));
    }

    #[test]
    fn a_comma_before_the_closing_mark_dangles_in_any_language() {
        assert_eq!(
            dangling_end("i think you 're so right , .", Lang::EN),
            Some(",")
        );
        assert_eq!(dangling_end("他说，。", Lang::ZH), Some("，"));
        assert_eq!(dangling_end("Ordinary text ;", Lang::EN), None);
        assert_eq!(dangling_end("He wrote :", Lang::EN), None);
        assert_eq!(dangling_end("A list item,", Lang::EN), None);
    }

    #[test]
    fn languages_without_a_list_only_read_the_comma() {
        assert_eq!(dangling_end("これは.", Lang::JA), None);
        assert_eq!(dangling_end("هذا و.", Lang::AR), None);
    }
}
