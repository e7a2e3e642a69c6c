//! Per-language abbreviation tables, dispatched by language.
//!
//! A word before a `.` is looked up here to tell an abbreviation from a sentence end.
//! The tables are written from general knowledge of each language's conventions (style
//! guides, typical administrative and encyclopaedic text), not mined from any corpus, so
//! that they carry over to unseen text. As in charabia, each language is one entry of a
//! table keyed by language; an unknown language (or one without an entry) consults every
//! table, since abbreviations of different languages rarely collide.
//!
//! Two kinds of entries:
//! - `never_end`: abbreviations that introduce something (`Mr. Smith`, `No. 5`,
//!   `para. 3`, `e.g. the`, `г. Москва`) and so never close a sentence;
//! - `may_end`: abbreviations that often stand last in a sentence (`etc.`, `Inc.`,
//!   `a.m.`, `т.д.`, `млн.`): they end a sentence when a capital follows, exactly like an
//!   ordinary word, but they must be listed so that the "dotted acronym" and "single
//!   letter" fallbacks do not swallow them.
//!
//! Entries are written without their final dot. An entry starting with a lowercase letter
//! also matches its capitalised form (`cf` matches `Cf` at the start of a sentence); an
//! entry starting with a capital matches only itself, so `No` (number) never matches the
//! word `no`.

use crate::Lang;

/// The abbreviation knowledge of one language.
pub(super) struct Rules {
    /// Abbreviations that never end a sentence.
    never_end: &'static [&'static str],
    /// Abbreviations that end a sentence when a capital follows.
    may_end: &'static [&'static str],
    /// Two-word abbreviations written with a space (`p. ex.`, `т. е.`), as (first, second)
    /// without dots, that never end a sentence.
    never_pairs: &'static [(&'static str, &'static str)],
    /// Two-word abbreviations that may end a sentence (`т. д.`, `и др.`).
    may_pairs: &'static [(&'static str, &'static str)],
    /// `never_end` entries that become `may_end` right after a number: Russian `г.` is
    /// "city" in `г. Москва` but "year" in `в 2015 г.`, which often ends a sentence.
    after_number: &'static [&'static str],
    /// Lowercase words that, after a full stop, `?` or `!`, start a new sentence even
    /// though lowercase normally means the sentence goes on. Informal writing (e-mail,
    /// forums) often drops the capital; pronouns, determiners and question words after a
    /// full stop then almost always begin a sentence (the "frequent sentence starters" of
    /// Kiss & Strunk's Punkt, here written by hand rather than learnt).
    starters: &'static [&'static str],
}

/// What the table says about a word before a period.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(super) enum Verdict {
    /// A known abbreviation that never ends a sentence.
    Never,
    /// A known abbreviation that ends a sentence if a capital follows.
    May,
    /// Not in the table.
    Unknown,
}

/// The tables consulted for `lang`: its own entry, or all of them when the language is
/// unknown or has no entry of its own.
pub(super) fn tables_for(lang: Option<Lang>) -> &'static [(Lang, Rules)] {
    if let Some(lang) = lang {
        if let Some(i) = TABLES.iter().position(|(l, _)| *l == lang) {
            return &TABLES[i..=i];
        }
    }
    TABLES
}

/// Whether `word` (lowercase) is a sentence starter in any of `tables`.
pub(super) fn is_starter(tables: &[(Lang, Rules)], word: &str) -> bool {
    !word.is_empty() && tables.iter().any(|(_, r)| r.starters.contains(&word))
}

/// Looks `word` (and, when the word before it also ended in a period, the pair
/// `prev word`) up in `tables`.
pub(super) fn lookup(tables: &[(Lang, Rules)], prev: Option<&str>, word: &str) -> Verdict {
    lookup_after(tables, prev, word, false)
}

/// [`lookup`], told whether the token before `word` is a number.
pub(super) fn lookup_after(
    tables: &[(Lang, Rules)],
    prev: Option<&str>,
    word: &str,
    after_number: bool,
) -> Verdict {
    if after_number
        && tables
            .iter()
            .any(|(_, r)| r.after_number.iter().any(|e| matches(e, word)))
    {
        return Verdict::May;
    }
    if let Some(prev) = prev {
        for (_, r) in tables {
            if r.never_pairs
                .iter()
                .any(|(a, b)| matches(a, prev) && matches(b, word))
            {
                return Verdict::Never;
            }
            if r.may_pairs
                .iter()
                .any(|(a, b)| matches(a, prev) && matches(b, word))
            {
                return Verdict::May;
            }
        }
    }
    for (_, r) in tables {
        if r.never_end.iter().any(|e| matches(e, word)) {
            return Verdict::Never;
        }
    }
    for (_, r) in tables {
        if r.may_end.iter().any(|e| matches(e, word)) {
            return Verdict::May;
        }
    }
    Verdict::Unknown
}

/// `entry` equals `word`, or `entry` starts lowercase and `word` is its capitalised form.
/// A capitalised single letter is an initial (`В.` in `М. В. Ломоносов`), never the
/// sentence-initial form of a one-letter abbreviation (`в.`, century).
fn matches(entry: &str, word: &str) -> bool {
    if entry.len() != word.len() {
        // Capitalising keeps the byte length for every letter these tables use.
        return false;
    }
    if entry == word {
        return true;
    }
    let (mut e, mut w) = (entry.chars(), word.chars());
    match (e.next(), w.next()) {
        (Some(ec), Some(wc))
            if ec.is_lowercase() && wc.is_uppercase() && !w.as_str().is_empty() =>
        {
            wc.to_lowercase().eq(std::iter::once(ec)) && e.as_str() == w.as_str()
        }
        _ => false,
    }
}

/// Every language's table; the order only matters for unknown languages, where the first
/// verdict found wins.
static TABLES: &[(Lang, Rules)] = &[
    (Lang::EN, EN),
    (Lang::FR, FR),
    (Lang::ES, ES),
    (Lang::RU, RU),
    (Lang::AR, AR),
    (Lang::FA, FA),
    (Lang::ZH, ZH),
];

/// English: titles, references (`No.`, `para.`, `art.`, `p.`), Latin abbreviations,
/// months, and UN document usage (`Add.`, `Corr.`, `Rev.`, `Suppl.`).
const EN: Rules = Rules {
    never_end: &[
        "Mr", "Mrs", "Ms", "Mx", "Messrs", "Dr", "Drs", "Prof", "Rev", "Hon", "Gen", "Col", "Maj",
        "Capt", "Cpt", "Lt", "Sgt", "Cmdr", "Adm", "Gov", "Sen", "Rep", "Pres", "Amb", "Fr", "St",
        "Sts", "Mt", "Ft", "No", "Nos", "art", "arts", "para", "paras", "subpara", "sect", "sec",
        "ch", "chap", "vol", "vols", "p", "pp", "fig", "figs", "eq", "ed", "eds", "cf", "vs", "v",
        "viz", "e.g", "i.e", "approx", "est", "dept", "Univ", "Assn", "Bros", "Jan", "Feb", "Mar",
        "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon", "Tue", "Tues",
        "Wed", "Thu", "Thur", "Thurs", "Fri", "ext", "tel", "Add", "Corr", "Suppl", "op", "U.S",
        "U.N", "U.K", "E.U", "P.S", "PS",
    ],
    may_end: &[
        "etc", "al", "Inc", "Ltd", "Co", "Corp", "Jr", "Sr", "Esq", "a.m", "p.m", "ibid", "cit",
        "U.S.A",
    ],
    never_pairs: &[("e", "g"), ("i", "e")],
    may_pairs: &[("et", "al"), ("op", "cit")],
    after_number: &[],
    starters: &[
        "i", "we", "you", "he", "she", "it", "they", "my", "our", "your", "his", "their", "the",
        "this", "that", "these", "those", "there", "here", "what", "why", "how", "when", "where",
        "who", "which", "if", "so", "but", "also", "please", "thanks", "thank", "just", "not",
        "no", "yes", "ok", "okay", "well", "now", "then", "maybe", "anyway", "do", "does", "did",
        "don", "is", "are", "was", "were", "can", "could", "will", "would", "should", "let",
        "have", "has", "had", "any", "anyone", "everyone", "all", "some", "im", "ive", "cant",
        "dont",
        // A web address after a full stop is a unit of its own, not a continuation.
        "http", "https", "www",
    ],
};

/// French: titles (`M.`, `MM.`, `Mme` has no dot), references, `p. ex.`, `av. J.-C.`.
const FR: Rules = Rules {
    never_end: &[
        "M", "MM", "Me", "Mgr", "Dr", "Pr", "St", "Ste", "art", "arts", "al", "p", "pp", "ex",
        "cf", "chap", "vol", "t", "n", "no", "nos", "fig", "éd", "coll", "dir", "env", "av", "apr",
        "boul", "bd", "paragr", "c.-à-d", "p.-ê", "vs", "Add", "Corr", "Rev", "Suppl", "janv",
        "févr", "avr", "juil", "oct", "nov", "déc",
    ],
    may_end: &["etc", "J.-C", "hab", "ibid", "S.A", "cit"],
    never_pairs: &[("p", "ex"), ("c", "-à-d"), ("par", "ex")],
    may_pairs: &[("av", "J.-C"), ("apr", "J.-C")],
    after_number: &[],
    starters: &[],
};

/// Spanish: titles (`Sr.`, `Sra.`, `Dña.`), references (`núm.`, `art.`, `pág.`), `p. ej.`.
const ES: Rules = Rules {
    never_end: &[
        "Sr", "Sra", "Sres", "Sras", "Srta", "Srs", "Dr", "Dra", "Dres", "Lic", "Lda", "Ldo",
        "Ing", "Arq", "Prof", "Profa", "Mtro", "Mtra", "D", "Dña", "Da", "Ud", "Uds", "Vd", "Vds",
        "Excmo", "Excma", "Ilmo", "Ilma", "núm", "núms", "art", "arts", "pág", "págs", "p", "pp",
        "vol", "vols", "cap", "caps", "ej", "aprox", "Av", "Avda", "Cía", "Hnos", "fig", "ed",
        "col", "vs", "cf", "vid", "párr", "inc", "Add", "Corr", "Rev", "Supl", "n", "f", "ene",
        "feb", "abr", "jun", "jul", "ago", "sept", "oct", "nov", "dic",
    ],
    may_end: &["etc", "EE.UU", "S.A", "a.C", "d.C", "ibid", "cit"],
    never_pairs: &[("p", "ej"), ("por", "ej")],
    may_pairs: &[("a", "C"), ("d", "C")],
    after_number: &[],
    starters: &[],
};

/// Russian: `г.` (year or city), `т. е.`, references (`ст.`, `п.`, `стр.`, `см.`), titles
/// (`им.`, `проф.`). Quantity words (`тыс.`, `млн.`, `руб.`) and list closers (`т. д.`,
/// `т. п.`, `и др.`) often end a sentence, so they are `may_end`.
const RU: Rules = Rules {
    never_end: &[
        "г",
        "гг",
        "т.е",
        "т.к",
        "т.н",
        "ст",
        "см",
        "им",
        "стр",
        "п",
        "пп",
        "ч",
        "гл",
        "рис",
        "табл",
        "напр",
        "проф",
        "акад",
        "доц",
        "ген",
        "тов",
        "гр",
        "ул",
        "пр-т",
        "просп",
        "пер",
        "д",
        "кв",
        "корп",
        "обл",
        "пос",
        "дер",
        "с",
        "св",
        "род",
        "ок",
        "зам",
        "вып",
        "изд",
        "ред",
        "англ",
        "лат",
        "франц",
        "нем",
        "греч",
        "вв",
        "Add",
        "Corr",
        "Rev",
    ],
    may_end: &[
        "т.д", "т.п", "др", "пр", "тыс", "млн", "млрд", "трлн", "руб", "коп", "долл", "чел", "н.э",
        "в", "мин", "сек", "ибид",
    ],
    never_pairs: &[("т", "е"), ("т", "к"), ("т", "н")],
    may_pairs: &[("т", "д"), ("т", "п"), ("н", "э")],
    after_number: &["г", "гг"],
    starters: &[],
};

/// Arabic: single letters (`د.` doctor, `ق. م.` BC) are caught by the single-letter rule;
/// these are the longer ones.
const AR: Rules = Rules {
    never_end: &["ص", "ج", "أ.د", "د.ت"],
    may_end: &["ق.م", "ه", "هـ"],
    never_pairs: &[],
    may_pairs: &[("ق", "م")],
    after_number: &[],
    starters: &[],
};

/// Persian: `ر.ک.` (see), `ه.ش.` / `ه.ق.` (solar / lunar hijri year), `ق.م.` (BC).
///
/// Persian puts the verb last, so a date (`۱۳۵۰ ه.ش.`, `۱۹۱۷ م.`) rarely closes a
/// sentence: the era marks never end one, unlike in Arabic.
const FA: Rules = Rules {
    never_end: &["ر.ک", "ص", "ج", "ه.ش", "ه.ق", "ق.م", "م"],
    may_end: &[],
    never_pairs: &[("ه", "ش"), ("ه", "ق"), ("ق", "م")],
    may_pairs: &[],
    after_number: &[],
    starters: &[],
};

/// Chinese has no period abbreviations; its entry exists so that Chinese text is not
/// looked up in every other language's table.
const ZH: Rules = Rules {
    never_end: &[],
    may_end: &[],
    never_pairs: &[],
    may_pairs: &[],
    after_number: &[],
    starters: &[],
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_rules() {
        let en = tables_for(Some(Lang::EN));
        assert_eq!(lookup(en, None, "No"), Verdict::Never);
        assert_eq!(lookup(en, None, "no"), Verdict::Unknown);
        assert_eq!(lookup(en, None, "Cf"), Verdict::Never);
        assert_eq!(lookup(en, None, "etc"), Verdict::May);
        assert_eq!(lookup(en, Some("e"), "g"), Verdict::Never);
        let ru = tables_for(Some(Lang::RU));
        assert_eq!(lookup(ru, None, "в"), Verdict::May);
        assert_eq!(lookup(ru, None, "В"), Verdict::Unknown);
    }

    #[test]
    fn unknown_language_consults_every_table() {
        assert_eq!(lookup(tables_for(None), None, "гг"), Verdict::Never);
        assert_eq!(
            lookup(tables_for(Some(Lang::DE)), None, "Sra"),
            Verdict::Never
        );
        assert_eq!(
            lookup(tables_for(Some(Lang::EN)), None, "гг"),
            Verdict::Unknown
        );
    }

    #[test]
    fn pairs_need_their_first_word() {
        let ru = tables_for(Some(Lang::RU));
        assert_eq!(lookup(ru, Some("т"), "д"), Verdict::May);
        assert_eq!(lookup(ru, Some("т"), "е"), Verdict::Never);
        assert_eq!(lookup(ru, None, "т.д"), Verdict::May);
        assert_eq!(lookup(ru, None, "г"), Verdict::Never);
        assert_eq!(lookup_after(ru, None, "г", true), Verdict::May);
    }
}
