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

use std::sync::OnceLock;

use crate::fxhash::FxHashMap;
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
    /// Abbreviations that never end a sentence when a number follows (`No. 103`,
    /// `Mar. 23`, `Nr. 5`), though they may before a word.
    before_number: &'static [&'static str],
    /// Month names (capitalised or not, as the language writes them): an ordinal before
    /// one (`12. Juni`) is a date, not a sentence end.
    months: &'static [&'static str],
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

/// Whether `word` never ends a sentence before a number in any of `tables`.
pub(super) fn before_number(tables: &[(Lang, Rules)], word: &str) -> bool {
    index().any(word, |lang, list| {
        list == List::BeforeNumber && lang.is_none_or(|l| selected(tables, l))
    })
}

/// Whether `word` is a month name in any of `tables` (capitalisation ignored).
pub(super) fn is_month(tables: &[(Lang, Rules)], word: &str) -> bool {
    !word.is_empty()
        && tables.iter().any(|(_, r)| {
            r.months
                .iter()
                .any(|m| m.len() == word.len() && m.to_lowercase() == word.to_lowercase())
        })
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
    let index = index();
    let listed = |want: List, common: bool| {
        index.any(word, |lang, list| {
            list == want && lang.map_or(common, |l| selected(tables, l))
        })
    };
    if after_number && listed(List::AfterNumber, false) {
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
    if listed(List::NeverEnd, true) {
        return Verdict::Never;
    }
    if listed(List::MayEnd, false) {
        return Verdict::May;
    }
    Verdict::Unknown
}

/// Whether the table of `lang` is among `tables`.
fn selected(tables: &[(Lang, Rules)], lang: Lang) -> bool {
    tables.iter().any(|(l, _)| *l == lang)
}

/// The single-word lists of [`Rules`] that [`Index`] holds.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
enum List {
    NeverEnd,
    MayEnd,
    AfterNumber,
    BeforeNumber,
}

/// Every single-word entry of every table, by its text: what a list scan with
/// [`matches`] would find, in one hash lookup per form of the word. A word before a
/// period is looked up once or twice per candidate boundary, and scanning the lists
/// entry by entry was a seventh of the text layer's time.
struct Index {
    /// Entry text → (its language, `None` for [`COMMON`]; its list).
    entries: FxHashMap<&'static str, Vec<(Option<Lang>, List)>>,
    /// The longest entry in bytes: a longer word matches none.
    longest: usize,
}

/// Room for the lowercased form of a word no longer than [`Index::longest`].
const KEY_BYTES: usize = 64;

impl Index {
    fn build() -> Index {
        let mut entries: FxHashMap<&'static str, Vec<(Option<Lang>, List)>> = FxHashMap::default();
        let mut longest = 0;
        let tables = TABLES.iter().map(|(l, r)| (Some(*l), r));
        for (lang, r) in tables.chain([(None, &COMMON)]) {
            for (list, words) in [
                (List::NeverEnd, r.never_end),
                (List::MayEnd, r.may_end),
                (List::AfterNumber, r.after_number),
                (List::BeforeNumber, r.before_number),
            ] {
                for w in words {
                    longest = longest.max(w.len());
                    entries.entry(w).or_default().push((lang, list));
                }
            }
        }
        assert!(
            longest <= KEY_BYTES,
            "an abbreviation longer than KEY_BYTES"
        );
        Index { entries, longest }
    }

    /// Whether an entry that [`matches`] `word` satisfies `pred`: the entry equal to
    /// `word`, or, when `word` is capitalised, the lowercase entry it capitalises.
    fn any(&self, word: &str, mut pred: impl FnMut(Option<Lang>, List) -> bool) -> bool {
        if word.len() > self.longest {
            return false;
        }
        let mut hit = |key: &str| {
            self.entries
                .get(key)
                .is_some_and(|v| v.iter().any(|&(l, list)| pred(l, list)))
        };
        if hit(word) {
            return true;
        }
        // The form `matches` accepts for a capitalised word: its first letter lowercased
        // (one character of the same length, a lowercase one), the rest unchanged.
        let mut cs = word.chars();
        let Some(first) = cs.next() else {
            return false;
        };
        let rest = cs.as_str();
        if !first.is_uppercase() || rest.is_empty() {
            return false;
        }
        let mut lower = first.to_lowercase();
        let (Some(lc), None) = (lower.next(), lower.next()) else {
            return false;
        };
        if !lc.is_lowercase() || lc.len_utf8() != first.len_utf8() {
            return false;
        }
        let mut buf = [0u8; KEY_BYTES];
        let n = lc.encode_utf8(&mut buf).len();
        buf[n..n + rest.len()].copy_from_slice(rest.as_bytes());
        std::str::from_utf8(&buf[..n + rest.len()]).is_ok_and(hit)
    }
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(Index::build)
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
    (Lang::DE, DE),
    (Lang::IT, IT),
    (Lang::PT, PT),
    (Lang::NL, NL),
    (Lang::CS, CS),
    (Lang::SK, SK),
    (Lang::SV, SV),
    (Lang::FI, FI),
    (Lang::TR, TR),
    (Lang::RO, RO),
    (Lang::ID, ID),
    (Lang::UK, UK),
    (Lang::FR, FR),
    (Lang::ES, ES),
    (Lang::RU, RU),
    (Lang::AR, AR),
    (Lang::FA, FA),
    (Lang::ZH, ZH),
];

/// Consulted for every language after its own table: English titles and Latin reference
/// abbreviations occur in text of any language (`Mr. Frost` in a Portuguese review,
/// `Vol. 5` in a Swedish bibliography), and none of them is an ordinary word anywhere.
const COMMON: Rules = Rules {
    never_end: &[
        "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Vol", "vol", "e.g", "i.e", "cf", "vs", "tel",
        "Tel", "Fig", "Nos",
    ],
    may_end: &[],
    never_pairs: &[],
    may_pairs: &[],
    after_number: &[],
    starters: &[],
    before_number: &[
        "No", "Nr", "nr", "Vol", "vol", "tel", "Tel", "Fig", "fig", "Art", "art", "p", "pp", "S",
        "s",
    ],
    months: &[],
};

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
        "Wed", "Thu", "Thur", "Thurs", "Fri", "ext", "tel", "Add", "Corr", "Suppl", "op", "P.S",
        "PS",
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
    before_number: &["No", "Nos", "Nr", "nr", "Art", "p", "pp"],
    months: &[
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
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
    before_number: &[],
    months: &[],
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
    // Days of the week abbreviated before a date (`Mar. 23 de Nov.`); `mar` alone is
    // also "sea", so only before a number.
    before_number: &[
        "No", "Nº", "Lun", "Mar", "Mié", "Jue", "Vie", "Sáb", "Dom", "Ene", "Feb", "May", "Jun",
        "Jul", "Ago", "Sep", "Oct", "Nov", "Dic",
    ],
    months: &[
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
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
        "пгт",
        "рп",
        "х",
        "ст-ца",
        "дер",
        "сл",
        "наб",
        "пл",
        "б-р",
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
    before_number: &["№", "т", "вып", "ч"],
    months: &[],
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
    before_number: &[],
    months: &[],
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
    before_number: &[],
    months: &[],
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
    before_number: &[],
    months: &[],
};

/// German: titles, references (`Nr.`, `Abs.`, `S.`), `z. B.`, `d. h.`, `usw.`; ordinals
/// before months are dates (`12. Juni`).
const DE: Rules = Rules {
    never_end: &[
        "Nr", "Dr", "Prof", "Hr", "Fr", "Frl", "Hrsg", "bzw", "z.B", "d.h", "u.a", "o.a", "z.T",
        "vgl", "ca", "Abs", "Art", "Bd", "Bde", "Kap", "S", "St", "Str", "geb", "gest", "evtl",
        "ggf", "inkl", "exkl", "sog", "Tel", "Jan", "Feb", "Apr", "Aug", "Sep", "Sept", "Okt",
        "Nov", "Dez", "Mo", "Di", "Mi", "Do", "Fr", "Sa", "So", "allg", "bspw", "einschl", "gem",
        "Jh", "Jhd", "lt", "max", "min", "Mrd", "Mio", "Tsd", "zzgl", "zit", "Dipl", "Ing",
    ],
    may_end: &["usw", "etc", "u.ä", "u.Ä", "m.E", "v.Chr", "n.Chr", "Chr"],
    never_pairs: &[
        ("z", "B"),
        ("d", "h"),
        ("u", "a"),
        ("z", "T"),
        ("o", "a"),
        ("s", "o"),
        ("u", "U"),
        ("i", "d"),
        ("v", "a"),
    ],
    may_pairs: &[("v", "Chr"), ("n", "Chr"), ("u", "ä")],
    after_number: &["Jh", "Jhd", "Mio", "Mrd"],
    starters: &[],
    before_number: &["Nr", "S", "Abs", "Art"],
    months: &[
        "Januar",
        "Jänner",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
};

/// Italian: titles (`Dott.`, `Sig.`, `Avv.`), references (`pag.`, `art.`, `n.`), `ecc.`.
const IT: Rules = Rules {
    never_end: &[
        "Dott", "Dott.ssa", "Dr", "Sig", "Sig.ra", "Sig.na", "Sigg", "Prof", "Prof.ssa", "Avv",
        "Ing", "Arch", "Geom", "Rag", "On", "Mons", "Sen", "Spett", "Egr", "Gent", "Gent.mo",
        "Gent.ma", "S", "SS", "pag", "pagg", "art", "artt", "cap", "capp", "n", "nn", "vol", "cfr",
        "ca", "es", "fig", "ed", "p", "pp", "vs", "gen", "febbr", "apr", "ag", "sett", "ott",
        "nov", "dic", "tel", "c.a", "p.es", "ecc.mo",
    ],
    may_end: &["ecc", "etc", "S.p.A", "s.p.a", "S.r.l", "a.C", "d.C"],
    never_pairs: &[("p", "es"), ("ad", "es")],
    may_pairs: &[("a", "C"), ("d", "C")],
    after_number: &[],
    starters: &[],
    before_number: &["n", "N", "pag", "art"],
    months: &[
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ],
};

/// Portuguese: titles (`Sr.`, `Sra.`, `Dr.`, `Exmo.`), references (`art.`, `pág.`, `n.º`).
const PT: Rules = Rules {
    never_end: &[
        "Sr", "Sra", "Srta", "Srs", "Dr", "Dra", "Drs", "Prof", "Profa", "Exmo", "Exma", "Ilmo",
        "Ilma", "Eng", "Av", "art", "arts", "pág", "págs", "p", "pp", "n", "nº", "n.º", "vol",
        "cap", "fig", "ed", "cf", "ex", "aprox", "jan", "fev", "mar", "abr", "jun", "jul", "ago",
        "set", "out", "nov", "dez", "Sto", "Sta", "V.Exa", "Lda", "Cia",
    ],
    may_end: &["etc", "Ltda", "S.A", "a.C", "d.C"],
    never_pairs: &[("p", "ex"), ("por", "ex")],
    may_pairs: &[("a", "C"), ("d", "C")],
    after_number: &[],
    starters: &[],
    before_number: &["n", "N", "No"],
    months: &[
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ],
};

/// Dutch: titles (`dhr.`, `mevr.`, `drs.`), `bijv.`, `o.a.`, `nr.`, `enz.`.
const NL: Rules = Rules {
    never_end: &[
        "dhr", "mevr", "mw", "mr", "dr", "drs", "ir", "ing", "prof", "ds", "St", "bijv", "bv",
        "o.a", "m.a.w", "d.w.z", "i.p.v", "nr", "blz", "art", "ca", "jl", "vgl", "resp", "incl",
        "excl", "evt", "zgn", "jan", "feb", "mrt", "apr", "jun", "jul", "aug", "sep", "sept",
        "okt", "nov", "dec", "e.d", "t.a.v", "m.b.t", "z.g.a.n",
    ],
    may_end: &["enz", "etc", "e.a", "N.V", "B.V", "v.Chr", "n.Chr"],
    never_pairs: &[],
    may_pairs: &[],
    after_number: &[],
    starters: &[],
    before_number: &["nr", "blz", "art"],
    months: &[
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
};

/// Czech: `např.`, `tj.`, `tzv.`, `resp.`, `č.` (number), titles (`Ing.`, `Mgr.`).
const CS: Rules = Rules {
    never_end: &[
        "např", "tj", "tzv", "resp", "č", "čl", "odst", "písm", "str", "s", "sv", "Ing", "Mgr",
        "Bc", "MUDr", "JUDr", "PhDr", "RNDr", "Doc", "doc", "Prof", "prof", "p", "pí", "sl", "ul",
        "nám", "tel", "viz", "srov", "cca", "max", "min", "zvl", "popř", "mj", "kpt", "gen", "plk",
        "npor", "por",
    ],
    may_end: &[
        "atd", "apod", "aj", "mil", "mld", "tis", "Kč", "r", "n.l", "př.n.l", "s.r.o", "a.s",
    ],
    never_pairs: &[],
    may_pairs: &[("př", "n.l"), ("n", "l")],
    after_number: &["r"],
    starters: &[],
    before_number: &["č", "str", "odst", "čl"],
    months: &[
        "ledna",
        "února",
        "března",
        "dubna",
        "května",
        "června",
        "července",
        "srpna",
        "září",
        "října",
        "listopadu",
        "prosince",
    ],
};

/// Slovak: `napr.`, `t. j.`, `tzv.`, `resp.`, `č.`, titles.
const SK: Rules = Rules {
    never_end: &[
        "napr", "tj", "t.j", "tzv", "resp", "č", "čl", "ods", "písm", "str", "s", "sv", "Ing",
        "Mgr", "Bc", "MUDr", "JUDr", "PhDr", "RNDr", "doc", "prof", "p", "ul", "nám", "tel",
        "pozri", "cca", "max", "min", "popr", "gen",
    ],
    may_end: &[
        "atď", "a.i", "pod", "mil", "mld", "tis", "r", "s.r.o", "a.s",
    ],
    never_pairs: &[("t", "j")],
    may_pairs: &[("a", "i")],
    after_number: &["r"],
    starters: &[],
    before_number: &["č", "str", "ods", "čl"],
    months: &[
        "januára",
        "februára",
        "marca",
        "apríla",
        "mája",
        "júna",
        "júla",
        "augusta",
        "septembra",
        "októbra",
        "novembra",
        "decembra",
    ],
};

/// Swedish: `bl.a.`, `t.ex.`, `dvs.`, `s.k.`, `nr.`, `kl.`.
const SV: Rules = Rules {
    never_end: &[
        "bl.a", "t.ex", "dvs", "d.v.s", "s.k", "f.d", "fr.o.m", "t.o.m", "nr", "kl", "ca", "resp",
        "jfr", "s", "sid", "kap", "p", "dr", "prof", "o.d", "m.fl", "fig", "tel", "St",
    ],
    may_end: &["osv", "etc", "m.m", "o.s.v", "f.Kr", "e.Kr", "AB"],
    never_pairs: &[("t", "ex"), ("bl", "a")],
    may_pairs: &[],
    after_number: &[],
    starters: &[],
    before_number: &["nr", "kl", "s", "sid"],
    months: &[
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ],
};

/// Finnish: `esim.`, `ns.`, `mm.`, `ym.`, `n.` (about), `tms.`; ordinals before months.
const FI: Rules = Rules {
    never_end: &[
        "esim", "ns", "mm", "n", "ks", "vrt", "prof", "tri", "s", "nro", "klo", "ts", "jne", "eli",
        "ao", "po", "huom", "k", "l", "v",
    ],
    may_end: &["ym", "tms", "yms", "jne", "eKr", "jKr", "Oy", "Oyj"],
    never_pairs: &[],
    may_pairs: &[],
    after_number: &["v"],
    starters: &[],
    before_number: &["nro", "klo", "s"],
    months: &[
        "tammikuuta",
        "helmikuuta",
        "maaliskuuta",
        "huhtikuuta",
        "toukokuuta",
        "kesäkuuta",
        "heinäkuuta",
        "elokuuta",
        "syyskuuta",
        "lokakuuta",
        "marraskuuta",
        "joulukuuta",
    ],
};

/// Turkish: `Dr.`, `Prof.`, `Doç.`, `vb.`, `vs.`, `No.`; ordinals (`3. sınıf`).
const TR: Rules = Rules {
    never_end: &[
        "Dr", "Prof", "Doç", "Yrd", "Av", "Müh", "Sn", "No", "Alb", "Gen", "Org", "Yzb", "bkz",
        "Bkz", "s", "yy", "vd", "Cad", "Sok", "Mah", "Apt", "Tel", "age", "ör",
    ],
    may_end: &["vb", "vs", "vd", "A.Ş", "Ltd", "Şti"],
    never_pairs: &[],
    may_pairs: &[],
    after_number: &[],
    starters: &[],
    before_number: &["No", "s"],
    months: &[
        "Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim",
        "Kasım", "Aralık",
    ],
};

/// Romanian: titles (`dl.`, `dna.`, `dr.`), `nr.`, `art.`, `etc.`.
const RO: Rules = Rules {
    never_end: &[
        "dl", "dna", "dra", "d-l", "d-na", "dr", "prof", "conf", "ing", "av", "nr", "art", "alin",
        "lit", "pag", "p", "pp", "vol", "cap", "str", "bd", "jud", "sec", "ian", "feb", "apr",
        "iun", "iul", "aug", "sept", "oct", "nov", "dec", "cca", "ex", "St", "Sf",
    ],
    may_end: &["etc", "S.A", "S.R.L", "î.Hr", "d.Hr"],
    never_pairs: &[("de", "ex")],
    may_pairs: &[],
    after_number: &[],
    starters: &[],
    before_number: &["nr", "art", "alin", "pag"],
    months: &[
        "ianuarie",
        "februarie",
        "martie",
        "aprilie",
        "mai",
        "iunie",
        "iulie",
        "august",
        "septembrie",
        "octombrie",
        "noiembrie",
        "decembrie",
    ],
};

/// Indonesian: titles (`Bpk.`, `Ibu`, `Dr.`, `Prof.`, `H.`), `dll.`, `dsb.`, `No.`.
const ID: Rules = Rules {
    never_end: &[
        "Bpk", "Bp", "Sdr", "Sdri", "Dr", "dr", "Prof", "Ir", "Drs", "Dra", "H", "Hj", "Jl", "No",
        "no", "hlm", "tgl", "Kab", "Kec", "Kel", "Tn", "Ny", "St", "S.H", "M.Si", "S.E", "S.Pd",
        "S.Kom", "yth", "Yth",
    ],
    may_end: &["dll", "dsb", "dst", "Tbk", "M", "SM"],
    never_pairs: &[],
    may_pairs: &[],
    after_number: &[],
    starters: &[],
    before_number: &["No", "no", "hlm"],
    months: &[
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ],
};

/// Ukrainian: settlement types (`смт.`, `м.`, `с.`), `р.` (year), `т. зв.`, `тощо`.
const UK: Rules = Rules {
    never_end: &[
        "м",
        "смт",
        "с",
        "сел",
        "вул",
        "просп",
        "пл",
        "обл",
        "р-н",
        "ст",
        "п",
        "пп",
        "ч",
        "див",
        "напр",
        "проф",
        "акад",
        "доц",
        "ім",
        "т.зв",
        "т.б",
        "англ",
        "лат",
        "рис",
        "табл",
        "гл",
        "д",
        "кв",
    ],
    may_end: &[
        "р", "рр", "тис", "млн", "млрд", "грн", "коп", "дол", "н.е", "і т.д", "ін",
    ],
    never_pairs: &[("т", "зв"), ("т", "б")],
    may_pairs: &[("т", "д"), ("т", "п"), ("н", "е")],
    after_number: &["р", "рр"],
    starters: &[],
    before_number: &["№", "т", "ч", "мал", "рис", "с"],
    months: &[],
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
            lookup(tables_for(Some(Lang::KO)), None, "Sra"),
            Verdict::Never
        );
        assert_eq!(
            lookup(tables_for(Some(Lang::EN)), None, "гг"),
            Verdict::Unknown
        );
    }

    #[test]
    fn the_index_finds_what_a_list_scan_finds() {
        // Every entry, its capitalised and upper-case forms, and words that are no entry.
        let mut words: Vec<String> = ["no", "NO", "St", "ST", "Kc", "\u{212A}c", "", "x", "İ"]
            .iter()
            .map(|w| w.to_string())
            .collect();
        let lists = |r: &'static Rules| {
            [
                (List::NeverEnd, r.never_end),
                (List::MayEnd, r.may_end),
                (List::AfterNumber, r.after_number),
                (List::BeforeNumber, r.before_number),
            ]
        };
        let all = TABLES
            .iter()
            .map(|(l, r)| (Some(*l), r))
            .chain([(None, &COMMON)]);
        for (_, r) in all.clone() {
            for (_, entries) in lists(r) {
                for e in entries {
                    let mut cs = e.chars();
                    let first: String =
                        cs.next().into_iter().flat_map(char::to_uppercase).collect();
                    words.push(e.to_string());
                    words.push(format!("{first}{}", cs.as_str()));
                    words.push(e.to_uppercase());
                }
            }
        }
        for w in &words {
            for (lang, r) in all.clone() {
                for (list, entries) in lists(r) {
                    let scan = entries.iter().any(|e| matches(e, w));
                    let indexed = index().any(w, |l, k| l == lang && k == list);
                    assert_eq!(scan, indexed, "{w:?} in {lang:?} {list:?}");
                }
            }
        }
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
