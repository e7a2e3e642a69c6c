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

/// Looks `word` (and, when the word before it also ended in a period, the pair
/// `prev word`) up in `tables`.
pub(super) fn lookup(tables: &[(Lang, Rules)], prev: Option<&str>, word: &str) -> Verdict {
    if let Some(prev) = prev {
        for (_, r) in tables {
            if r.never_pairs.iter().any(|(a, b)| matches(a, prev) && matches(b, word)) {
                return Verdict::Never;
            }
            if r.may_pairs.iter().any(|(a, b)| matches(a, prev) && matches(b, word)) {
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
        (Some(ec), Some(wc)) if ec.is_lowercase() && wc.is_uppercase() => {
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
        "U.N", "U.K", "E.U",
    ],
    may_end: &[
        "etc", "al", "Inc", "Ltd", "Co", "Corp", "Jr", "Sr", "Esq", "a.m", "p.m", "ibid", "cit",
        "U.S.A", "P.S",
    ],
    never_pairs: &[("e", "g"), ("i", "e")],
    may_pairs: &[("et", "al"), ("op", "cit")],
};

/// French: titles (`M.`, `MM.`, `Mme` has no dot), references, `p. ex.`, `av. J.-C.`.
const FR: Rules = Rules {
    never_end: &[
        "M", "MM", "Me", "Mgr", "Dr", "Pr", "St", "Ste", "art", "arts", "al", "p", "pp", "ex",
        "cf", "chap", "vol", "t", "n", "no", "nos", "fig", "éd", "coll", "dir", "env", "av",
        "apr", "boul", "bd", "paragr", "c.-à-d", "p.-ê", "vs", "Add", "Corr", "Rev", "Suppl",
        "janv", "févr", "avr", "juil", "sept", "oct", "nov", "déc",
    ],
    may_end: &["etc", "J.-C", "hab", "ibid", "S.A", "cit"],
    never_pairs: &[("p", "ex"), ("c", "-à-d"), ("par", "ex")],
    may_pairs: &[("av", "J.-C"), ("apr", "J.-C")],
};

/// Spanish: titles (`Sr.`, `Sra.`, `Dña.`), references (`núm.`, `art.`, `pág.`), `p. ej.`.
const ES: Rules = Rules {
    never_end: &[
        "Sr", "Sra", "Sres", "Sras", "Srta", "Srs", "Dr", "Dra", "Dres", "Lic", "Lda", "Ldo",
        "Ing", "Arq", "Prof", "Profa", "Mtro", "Mtra", "D", "Dña", "Da", "Ud", "Uds", "Vd", "Vds",
        "Excmo", "Excma", "Ilmo", "Ilma", "núm", "núms", "art", "arts", "pág", "págs", "p", "pp",
        "vol", "vols", "cap", "caps", "ej", "aprox", "Av", "Avda", "Cía", "Hnos", "fig", "ed",
        "col", "vs", "cf", "vid", "párr", "inc", "Add", "Corr", "Rev", "Supl", "n", "f",
        "ene", "feb", "abr", "jun", "jul", "ago", "sept", "oct", "nov", "dic",
    ],
    may_end: &["etc", "EE.UU", "S.A", "a.C", "d.C", "ibid", "cit"],
    never_pairs: &[("p", "ej"), ("por", "ej")],
    may_pairs: &[("a", "C"), ("d", "C")],
};

/// Russian: `г.` (year or city), `т. е.`, references (`ст.`, `п.`, `стр.`, `см.`), titles
/// (`им.`, `проф.`). Quantity words (`тыс.`, `млн.`, `руб.`) and list closers (`т. д.`,
/// `т. п.`, `и др.`) often end a sentence, so they are `may_end`.
const RU: Rules = Rules {
    never_end: &[
        "г", "гг", "т.е", "т.к", "т.н", "ст", "см", "им", "стр", "п", "пп", "ч", "гл", "рис",
        "табл", "напр", "проф", "акад", "доц", "ген", "тов", "гр", "ул", "пр-т", "просп", "пер",
        "д", "кв", "корп", "обл", "пос", "дер", "с", "св", "род", "ок", "зам", "вып", "изд",
        "ред", "англ", "лат", "франц", "нем", "греч", "вв", "Add", "Corr", "Rev",
    ],
    may_end: &[
        "т.д", "т.п", "др", "пр", "тыс", "млн", "млрд", "трлн", "руб", "коп", "долл", "чел",
        "н.э", "в", "мин", "сек", "ибид",
    ],
    never_pairs: &[("т", "е"), ("т", "к"), ("т", "н")],
    may_pairs: &[("т", "д"), ("т", "п"), ("н", "э")],
};

/// Arabic: single letters (`د.` doctor, `ق. م.` BC) are caught by the single-letter rule;
/// these are the longer ones.
const AR: Rules = Rules {
    never_end: &["ص", "ج", "أ.د", "د.ت"],
    may_end: &["ق.م", "ه", "هـ"],
    never_pairs: &[],
    may_pairs: &[("ق", "م")],
};

/// Persian: `ر.ک.` (see), `ه.ش.` / `ه.ق.` (solar / lunar hijri year), `ق.م.` (BC).
const FA: Rules = Rules {
    never_end: &["ر.ک", "ص", "ج"],
    may_end: &["ه.ش", "ه.ق", "ق.م", "م"],
    never_pairs: &[],
    may_pairs: &[("ه", "ش"), ("ه", "ق"), ("ق", "م")],
};

/// Chinese has no period abbreviations; its entry exists so that Chinese text is not
/// looked up in every other language's table.
const ZH: Rules = Rules { never_end: &[], may_end: &[], never_pairs: &[], may_pairs: &[] };

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
    }

    #[test]
    fn unknown_language_consults_every_table() {
        assert_eq!(lookup(tables_for(None), None, "гг"), Verdict::Never);
        assert_eq!(lookup(tables_for(Some(Lang::DE)), None, "Sra"), Verdict::Never);
        assert_eq!(lookup(tables_for(Some(Lang::EN)), None, "гг"), Verdict::Unknown);
    }

    #[test]
    fn pairs_need_their_first_word() {
        let ru = tables_for(Some(Lang::RU));
        assert_eq!(lookup(ru, Some("т"), "д"), Verdict::May);
        assert_eq!(lookup(ru, Some("т"), "е"), Verdict::Never);
        assert_eq!(lookup(ru, None, "т.д"), Verdict::May);
    }
}
