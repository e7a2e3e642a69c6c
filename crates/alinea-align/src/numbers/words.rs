//! Number words (soft mentions): cardinals up to the tens with hundreds and thousands
//! (`twenty-five`, `deux cent trente`, `fünfundzwanzig`), ordinal words, Roman
//! numerals, and the multiplier words that may follow a number (`3 million`, `3万`).

use alinea_text::Lang;

use super::{whole, Mention, Value};

#[rustfmt::skip]
const EN: &[(&str, u64)] = &[
    ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6),
    ("seven", 7), ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12),
    ("thirteen", 13), ("fourteen", 14), ("fifteen", 15), ("sixteen", 16),
    ("seventeen", 17), ("eighteen", 18), ("nineteen", 19), ("twenty", 20), ("thirty", 30),
    ("forty", 40), ("fifty", 50), ("sixty", 60), ("seventy", 70), ("eighty", 80),
    ("ninety", 90), ("hundred", 100), ("thousand", 1000), ("million", 1_000_000),
    ("dozen", 12), ("twice", 2),
];
#[rustfmt::skip]
const EN_ORD: &[(&str, u64)] = &[
    ("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("fifth", 5), ("sixth", 6),
    ("seventh", 7), ("eighth", 8), ("ninth", 9), ("tenth", 10), ("eleventh", 11),
    ("twelfth", 12),
];
#[rustfmt::skip]
const FR: &[(&str, u64)] = &[
    ("un", 1), ("une", 1), ("deux", 2), ("trois", 3), ("quatre", 4), ("cinq", 5),
    ("six", 6), ("sept", 7), ("huit", 8), ("neuf", 9), ("dix", 10), ("onze", 11),
    ("douze", 12), ("treize", 13), ("quatorze", 14), ("quinze", 15), ("seize", 16),
    ("vingt", 20), ("vingts", 20), ("trente", 30), ("quarante", 40), ("cinquante", 50),
    ("soixante", 60), ("cent", 100), ("cents", 100), ("mille", 1000),
    ("million", 1_000_000), ("millions", 1_000_000), ("douzaine", 12),
];
#[rustfmt::skip]
const FR_ORD: &[(&str, u64)] = &[
    ("premier", 1), ("première", 1), ("second", 2), ("seconde", 2), ("deuxième", 2),
    ("troisième", 3), ("quatrième", 4), ("cinquième", 5), ("sixième", 6),
    ("septième", 7), ("huitième", 8), ("neuvième", 9), ("dixième", 10),
    ("onzième", 11), ("douzième", 12), ("unième", 1), ("vingtième", 20),
    ("trentième", 30), ("centième", 100), ("millième", 1000),
];
#[rustfmt::skip]
const ES: &[(&str, u64)] = &[
    ("uno", 1), ("una", 1), ("un", 1), ("dos", 2), ("tres", 3), ("cuatro", 4),
    ("cinco", 5), ("seis", 6), ("siete", 7), ("ocho", 8), ("nueve", 9), ("diez", 10),
    ("once", 11), ("doce", 12), ("trece", 13), ("catorce", 14), ("quince", 15),
    ("veinte", 20), ("treinta", 30), ("cuarenta", 40), ("cincuenta", 50),
    ("sesenta", 60), ("setenta", 70), ("ochenta", 80), ("noventa", 90), ("cien", 100),
    ("ciento", 100), ("mil", 1000), ("millón", 1_000_000), ("millones", 1_000_000),
    ("dieciséis", 16), ("diecisiete", 17), ("dieciocho", 18), ("diecinueve", 19),
    // Parts of compounds (`veinticinco`, `veintiún`, `doscientos`, `trescientas`).
    ("veinti", 20), ("ún", 1), ("dós", 2), ("trés", 3), ("séis", 6), ("cientos", 100),
    ("cientas", 100), ("quinientos", 500), ("quinientas", 500), ("setecientos", 700),
    ("setecientas", 700), ("novecientos", 900), ("novecientas", 900),
];
#[rustfmt::skip]
const ES_ORD: &[(&str, u64)] = &[
    ("primero", 1), ("primera", 1), ("primer", 1), ("segundo", 2), ("segunda", 2),
    ("tercero", 3), ("tercera", 3), ("tercer", 3), ("cuarto", 4), ("cuarta", 4),
    ("quinto", 5), ("quinta", 5), ("sexto", 6), ("séptimo", 7), ("octavo", 8),
    ("noveno", 9), ("décimo", 10),
];
#[rustfmt::skip]
const DE: &[(&str, u64)] = &[
    ("ein", 1), ("eine", 1), ("einen", 1), ("einem", 1), ("einer", 1), ("eines", 1),
    ("eins", 1), ("zwei", 2), ("drei", 3), ("vier", 4), ("fünf", 5), ("sechs", 6),
    ("sieben", 7), ("acht", 8), ("neun", 9), ("zehn", 10), ("elf", 11), ("zwölf", 12),
    ("dreizehn", 13), ("vierzehn", 14), ("fünfzehn", 15), ("sechzehn", 16),
    ("siebzehn", 17), ("achtzehn", 18), ("neunzehn", 19), ("zwanzig", 20),
    ("dreissig", 30), ("dreißig", 30), ("vierzig", 40), ("fünfzig", 50), ("sechzig", 60),
    ("siebzig", 70), ("achtzig", 80), ("neunzig", 90), ("hundert", 100),
    ("tausend", 1000), ("million", 1_000_000), ("millionen", 1_000_000), ("beide", 2),
    ("beiden", 2), ("dutzend", 12),
];
#[rustfmt::skip]
const DE_ORD: &[(&str, u64)] = &[
    ("erste", 1), ("ersten", 1), ("erster", 1), ("erstes", 1), ("zweite", 2),
    ("zweiten", 2), ("zweiter", 2), ("dritte", 3), ("dritten", 3), ("dritter", 3),
    ("vierte", 4), ("vierten", 4), ("fünfte", 5), ("fünften", 5), ("sechste", 6),
    ("sechsten", 6), ("siebte", 7), ("siebten", 7), ("achte", 8), ("achten", 8),
    ("neunte", 9), ("neunten", 9), ("zehnte", 10), ("zehnten", 10),
];
#[rustfmt::skip]
const RU: &[(&str, u64)] = &[
    ("один", 1), ("одна", 1), ("одно", 1), ("одного", 1), ("одной", 1), ("два", 2),
    ("две", 2), ("двух", 2), ("три", 3), ("трёх", 3), ("трех", 3), ("четыре", 4),
    ("четырёх", 4), ("четырех", 4), ("пять", 5), ("пяти", 5), ("шесть", 6),
    ("шести", 6), ("семь", 7), ("семи", 7), ("восемь", 8), ("восьми", 8),
    ("девять", 9), ("девяти", 9), ("десять", 10), ("десяти", 10),
    ("одиннадцать", 11), ("двенадцать", 12), ("двадцать", 20), ("двадцати", 20),
    ("тридцать", 30), ("тридцати", 30), ("сорок", 40), ("сорока", 40),
    ("пятьдесят", 50), ("шестьдесят", 60), ("семьдесят", 70), ("восемьдесят", 80),
    ("девяносто", 90), ("сто", 100), ("ста", 100), ("двести", 200), ("триста", 300),
    ("четыреста", 400), ("пятьсот", 500), ("тысяча", 1000), ("тысячи", 1000),
    ("тысяч", 1000), ("миллион", 1_000_000), ("миллиона", 1_000_000),
    ("миллионов", 1_000_000),
];
#[rustfmt::skip]
const AR: &[(&str, u64)] = &[
    ("واحد", 1), ("واحدة", 1), ("اثنان", 2), ("اثنين", 2), ("اثنتان", 2),
    ("اثنتين", 2), ("ثلاث", 3), ("ثلاثة", 3), ("أربع", 4), ("أربعة", 4), ("خمس", 5),
    ("خمسة", 5), ("ست", 6), ("ستة", 6), ("سبع", 7), ("سبعة", 7), ("ثماني", 8),
    ("ثمانية", 8), ("تسع", 9), ("تسعة", 9), ("عشر", 10), ("عشرة", 10),
    ("عشرون", 20), ("عشرين", 20), ("ثلاثون", 30), ("ثلاثين", 30), ("أربعون", 40),
    ("أربعين", 40), ("خمسون", 50), ("خمسين", 50), ("ستون", 60), ("ستين", 60),
    ("سبعون", 70), ("سبعين", 70), ("ثمانون", 80), ("ثمانين", 80), ("تسعون", 90),
    ("تسعين", 90), ("مائة", 100), ("مئة", 100), ("ألف", 1000), ("مليون", 1_000_000),
];
#[rustfmt::skip]
const FA: &[(&str, u64)] = &[
    ("یک", 1), ("دو", 2), ("سه", 3), ("چهار", 4), ("پنج", 5), ("شش", 6), ("هفت", 7),
    ("هشت", 8), ("نه", 9), ("ده", 10), ("یازده", 11), ("دوازده", 12), ("بیست", 20),
    ("سی", 30), ("چهل", 40), ("پنجاه", 50), ("شصت", 60), ("هفتاد", 70), ("هشتاد", 80),
    ("نود", 90), ("صد", 100), ("هزار", 1000), ("میلیون", 1_000_000),
];
#[rustfmt::skip]
const IT: &[(&str, u64)] = &[
    ("uno", 1), ("una", 1), ("due", 2), ("tre", 3), ("quattro", 4), ("cinque", 5),
    ("sei", 6), ("sette", 7), ("otto", 8), ("nove", 9), ("dieci", 10), ("undici", 11),
    ("dodici", 12), ("venti", 20), ("trenta", 30), ("quaranta", 40),
    ("cinquanta", 50), ("cento", 100), ("mille", 1000), ("tredici", 13),
    ("quattordici", 14), ("quindici", 15), ("sedici", 16), ("diciassette", 17),
    ("diciotto", 18), ("diciannove", 19), ("sessanta", 60), ("settanta", 70),
    ("ottanta", 80), ("novanta", 90), ("mila", 1000),
    // Parts of compounds: a ten loses its vowel before `uno` and `otto` (`ventuno`,
    // `trentotto`), `tre` takes an accent at the end (`ventitré`).
    ("vent", 20), ("trent", 30), ("quarant", 40), ("cinquant", 50), ("sessant", 60),
    ("settant", 70), ("ottant", 80), ("novant", 90), ("tré", 3),
];
#[rustfmt::skip]
const PT: &[(&str, u64)] = &[
    ("um", 1), ("uma", 1), ("dois", 2), ("duas", 2), ("três", 3), ("quatro", 4),
    ("cinco", 5), ("seis", 6), ("sete", 7), ("oito", 8), ("nove", 9), ("dez", 10),
    ("onze", 11), ("doze", 12), ("vinte", 20), ("trinta", 30), ("quarenta", 40),
    ("cinquenta", 50), ("cem", 100), ("cento", 100), ("mil", 1000), ("treze", 13),
    ("catorze", 14), ("quatorze", 14), ("quinze", 15), ("dezesseis", 16),
    ("dezasseis", 16), ("dezessete", 17), ("dezassete", 17), ("dezoito", 18),
    ("dezenove", 19), ("dezanove", 19), ("sessenta", 60), ("setenta", 70),
    ("oitenta", 80), ("noventa", 90), ("duzentos", 200), ("duzentas", 200),
    ("trezentos", 300), ("trezentas", 300), ("quatrocentos", 400), ("quinhentos", 500),
    ("seiscentos", 600), ("setecentos", 700), ("oitocentos", 800), ("novecentos", 900),
];
#[rustfmt::skip]
const RO: &[(&str, u64)] = &[
    ("unu", 1), ("una", 1), ("doi", 2), ("două", 2), ("trei", 3), ("patru", 4),
    ("cinci", 5), ("șase", 6), ("şase", 6), ("șapte", 7), ("şapte", 7), ("opt", 8),
    ("nouă", 9), ("zece", 10), ("unsprezece", 11), ("doisprezece", 12),
    ("douăsprezece", 12), ("douăzeci", 20), ("treizeci", 30), ("patruzeci", 40),
    ("cincizeci", 50), ("sută", 100), ("sute", 100), ("mie", 1000), ("mii", 1000),
];
#[rustfmt::skip]
const IS: &[(&str, u64)] = &[
    ("einn", 1), ("eitt", 1), ("tveir", 2), ("tvær", 2), ("tvö", 2), ("tveggja", 2),
    ("þrír", 3), ("þrjár", 3), ("þrjú", 3), ("þriggja", 3), ("fjórir", 4),
    ("fjórar", 4), ("fjögur", 4), ("fimm", 5), ("sex", 6), ("sjö", 7), ("átta", 8),
    ("níu", 9), ("tíu", 10), ("ellefu", 11), ("tólf", 12), ("tuttugu", 20),
    ("þrjátíu", 30), ("fjörutíu", 40), ("fimmtíu", 50), ("hundrað", 100),
    ("þúsund", 1000), ("milljón", 1_000_000), ("milljónir", 1_000_000),
];

/// Month names, which stand for the month of a date in digits (`12 mars` = `12.03.`).
#[rustfmt::skip]
const MONTHS: &[(&str, u64)] = &[
    ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("june", 6), ("july", 7),
    ("august", 8), ("september", 9), ("october", 10), ("november", 11), ("december", 12),
    ("janvier", 1), ("février", 2), ("mars", 3), ("avril", 4), ("mai", 5), ("juin", 6),
    ("juillet", 7), ("août", 8), ("septembre", 9), ("octobre", 10), ("novembre", 11),
    ("décembre", 12), ("januar", 1), ("februar", 2), ("märz", 3), ("juni", 6),
    ("juli", 7), ("oktober", 10), ("dezember", 12), ("enero", 1), ("febrero", 2),
    ("marzo", 3), ("abril", 4), ("mayo", 5), ("junio", 6), ("julio", 7), ("agosto", 8),
    ("septiembre", 9), ("octubre", 10), ("noviembre", 11), ("diciembre", 12),
];

/// Noon and midnight, as times of day (minutes after midnight).
#[rustfmt::skip]
const NOON: &[(&str, u64)] = &[
    ("noon", 720), ("midday", 720), ("midi", 720), ("mittag", 720), ("mittags", 720),
    ("mediodía", 720), ("полдень", 720), ("midnight", 0), ("minuit", 0),
    ("mitternacht", 0), ("medianoche", 0), ("полночь", 0),
];

/// Words with their values.
type Table = &'static [(&'static str, u64)];

/// Cardinal and ordinal tables of a language.
fn tables(lang: Lang) -> (Table, Table) {
    match lang.code() {
        "en" => (EN, EN_ORD),
        "fr" => (FR, FR_ORD),
        "es" => (ES, ES_ORD),
        "de" => (DE, DE_ORD),
        "ru" => (RU, &[]),
        "ar" => (AR, &[]),
        "fa" => (FA, &[]),
        "it" => (IT, &[]),
        "pt" => (PT, &[]),
        "ro" => (RO, &[]),
        "is" => (IS, &[]),
        _ => (&[], &[]),
    }
}

fn find(table: &[(&str, u64)], w: &str) -> Option<u64> {
    table.iter().find(|(k, _)| *k == w).map(|&(_, v)| v)
}

/// Words that join number words (`twenty and five`, `vingt et un`).
fn connector(w: &str) -> bool {
    matches!(
        w,
        "and" | "et" | "y" | "und" | "и" | "و" | "e" | "și" | "og"
    )
}

/// A cardinal word, with the Arabic conjunction and article prefixes and German
/// compounds (`fünfundzwanzig`, `Achttausender`) taken apart.
fn cardinal(table: &[(&str, u64)], lang: Lang, w: &str) -> Option<u64> {
    if let Some(v) = find(table, w) {
        return Some(v);
    }
    match lang.code() {
        "ar" => ["و", "ال", "وال", "بال", "ب"]
            .iter()
            .find_map(|p| w.strip_prefix(p).and_then(|r| find(table, r))),
        "de" | "es" | "it" => compound(table, w),
        _ => None,
    }
}

/// A German number compound: parts of the table (and `und`), optionally followed by
/// `er`, `ern`, `mal` or `fach` (`Achttausender`, `zweimal`) once a hundred or thousand
/// is among the parts or the suffix is `mal`/`fach`.
fn compound(table: &[(&str, u64)], w: &str) -> Option<u64> {
    let mut parts = Vec::new();
    let mut rest = w;
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix("und") {
            if !parts.is_empty() {
                rest = r;
                continue;
            }
        }
        let best = table
            .iter()
            .filter(|(k, v)| rest.starts_with(k) && *v < 1_000_000 && k.len() > 2)
            .max_by_key(|(k, _)| k.len());
        match best {
            Some(&(k, v)) => {
                parts.push(v);
                rest = &rest[k.len()..];
            }
            None => break,
        }
    }
    if parts.len() < 2 && rest.is_empty() {
        return None;
    }
    let big = parts.iter().any(|&v| v == 100 || v == 1000);
    let ok = rest.is_empty()
        || (matches!(rest, "mal" | "fach") && !parts.is_empty())
        || (matches!(rest, "er" | "ern") && big);
    (ok && !parts.is_empty()).then(|| compose(&parts))
}

/// An ordinal word: from the table, German ordinals from 20 and Russian ones in every
/// case.
fn ordinal((cards, ords): (Table, Table), lang: Lang, w: &str) -> Option<u64> {
    find(ords, w).or_else(|| match lang.code() {
        "de" => de_ordinal(cards, w),
        "ru" => ru_ordinal(w),
        _ => None,
    })
}

/// A Russian ordinal of 1–10, 20, 30 or 100 in any gender, number and case: its stem
/// with an adjective ending (`первый`, `первого`, `пятой`, `двадцатом`, `третьего`).
fn ru_ordinal(w: &str) -> Option<u64> {
    #[rustfmt::skip]
    const STEMS: [(&str, u64); 14] = [
        ("перв", 1), ("втор", 2), ("трет", 3), ("четвёрт", 4), ("четверт", 4), ("пят", 5),
        ("шест", 6), ("седьм", 7), ("восьм", 8), ("девят", 9), ("десят", 10),
        ("двадцат", 20), ("тридцат", 30), ("сот", 100),
    ];
    #[rustfmt::skip]
    const ENDINGS: [&str; 25] = [
        "ый", "ий", "ой", "ого", "его", "ому", "ему", "ым", "им", "ом", "ем", "ая", "яя",
        "ую", "юю", "ое", "ее", "ые", "ие", "ых", "их", "ыми", "ими", "ей", "ю",
    ];
    let (stem, v) = STEMS.iter().find(|(st, _)| w.starts_with(st))?;
    let end = &w[stem.len()..];
    // `третий` declines on a soft sign: `третьего`, `третья`, `третье`.
    let end = match end.strip_prefix('ь') {
        Some(e) if *v == 3 => match e {
            "я" => "ая",
            "е" => "ое",
            "и" => "ие",
            e => e,
        },
        _ => end,
    };
    ENDINGS.contains(&end).then_some(*v)
}

/// A German ordinal from 20 on: the cardinal (a compound too) with `-ste` and its
/// endings (`zwanzigste`, `dreiundzwanzigsten`, `hundertster`); below 20 ordinals take
/// `-te` and are in the table.
fn de_ordinal(table: &[(&str, u64)], w: &str) -> Option<u64> {
    let stem = ["sten", "ster", "stes", "stem", "ste"]
        .iter()
        .find_map(|e| w.strip_suffix(e))?;
    cardinal(table, Lang::DE, stem).filter(|&v| v >= 20)
}

/// [`joins`], with the orders of a language's own: French counts by twenties
/// (`soixante-dix` 70, `quatre-vingt-onze` 91) and says `dix-sept`; Arabic puts the
/// units first (`خمسة وعشرون`, five and twenty).
fn joins_in(lang: Lang, last: u64, next: u64) -> bool {
    joins(last, next)
        || match lang.code() {
            "fr" => {
                (last == 10 && (7..=9).contains(&next))
                    || ((last == 60 || last == 80) && (1..=19).contains(&next))
            }
            "ar" => last < 10 && (20..100).contains(&next) && next % 10 == 0,
            _ => false,
        }
}

/// Whether cardinal `next` continues a number whose last word was `last`
/// (`twenty five`, `two hundred`, `hundred and five`), rather than starting another.
fn joins(last: u64, next: u64) -> bool {
    match next {
        100 => last < 100,
        1000 | 1_000_000 => last < 1000 || last == 100,
        _ => {
            ((20..100).contains(&last) && last % 10 == 0 && next < 10)
                || (last % 100 == 0 && next < 100)
        }
    }
}

/// The value of a sequence of cardinal words: hundreds multiply what precedes them,
/// thousands and millions close a group.
fn compose(parts: &[u64]) -> u64 {
    let (mut total, mut current) = (0u64, 0u64);
    for &v in parts {
        match v {
            100 => current = current.max(1) * 100,
            1000 | 1_000_000 => {
                total += current.max(1) * v;
                current = 0;
            }
            _ => current += v,
        }
    }
    total + current
}

/// The value of a Roman numeral of capital letters (`XIV`), if it is one written the
/// canonical way.
fn roman(w: &str) -> Option<u64> {
    let val = |c: char| match c {
        'I' => Some(1),
        'V' => Some(5),
        'X' => Some(10),
        'L' => Some(50),
        'C' => Some(100),
        'D' => Some(500),
        'M' => Some(1000),
        _ => None,
    };
    let ds: Vec<i64> = w.chars().map(val).collect::<Option<_>>()?;
    let mut v = 0i64;
    for (k, &d) in ds.iter().enumerate() {
        if ds.get(k + 1).is_some_and(|&n| n > d) {
            v -= d;
        } else {
            v += d;
        }
    }
    let v = u64::try_from(v).ok().filter(|&v| v > 0)?;
    (to_roman(v) == w).then_some(v)
}

fn to_roman(mut v: u64) -> String {
    #[rustfmt::skip]
    const T: [(u64, &str); 13] = [
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ];
    let mut s = String::new();
    for (n, r) in T {
        while v >= n {
            s.push_str(r);
            v -= n;
        }
    }
    s
}

/// Words of `text` (letters and combining marks) with their byte ranges.
fn word_spans(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (b, c) in text.char_indices() {
        let letter = (c.is_alphabetic() || matches!(c as u32, 0x0300..=0x036F | 0x064B..=0x065F))
            && !alinea_text::script::is_unspaced(c);
        match (letter, start) {
            (true, None) => start = Some(b),
            (false, Some(s)) => {
                out.push((s, b));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

/// Soft mentions of `text`: number-word sequences, ordinal words and Roman numerals
/// that do not overlap the mentions `taken` already found.
pub(super) fn scan(text: &str, lang: Lang, taken: &[Mention]) -> Vec<Mention> {
    let (cards, ords) = tables(lang);
    let latin = !lang.is_rtl() && !lang.is_unspaced();
    let spans = word_spans(text);
    let free = |s: usize, e: usize| !taken.iter().any(|m| m.start < e && s < m.end);
    let mut out = Vec::new();
    let mut k = 0;
    while k < spans.len() {
        let (s, e) = spans[k];
        let raw = &text[s..e];
        let w = raw.to_lowercase();
        if !free(s, e) {
            k += 1;
            continue;
        }
        if let Some(v) = cardinal(cards, lang, &w) {
            // Extend over following number words, joined by spaces, hyphens or a
            // connector word.
            let mut parts = vec![v];
            let mut end = e;
            let mut j = k + 1;
            // French `quatre-vingt(s)`: four twenties.
            if lang.code() == "fr" && w == "quatre" {
                if let Some(&(s2, e2)) = spans.get(k + 1) {
                    let gap = &text[e..s2];
                    let next = text[s2..e2].to_lowercase();
                    if matches!(gap, "-" | " ") && matches!(next.as_str(), "vingt" | "vingts") {
                        parts = vec![80];
                        end = e2;
                        j = k + 2;
                    }
                }
            }
            while j < spans.len() {
                let gap = &text[end..spans[j].0];
                if !gap.chars().all(|c| c == ' ' || c == '-') {
                    break;
                }
                let next = text[spans[j].0..spans[j].1].to_lowercase();
                let last = parts[parts.len() - 1];
                if let Some(v) = cardinal(cards, lang, &next).filter(|&v| joins_in(lang, last, v)) {
                    parts.push(v);
                    end = spans[j].1;
                    j += 1;
                } else if let Some(v) =
                    ordinal((cards, ords), lang, &next).filter(|&v| joins_in(lang, last, v))
                {
                    // An ordinal closes the number (`twenty-first`, `двадцать первого`).
                    parts.push(v);
                    end = spans[j].1;
                    j += 1;
                    break;
                } else if connector(&next) && j + 1 < spans.len() {
                    let after = text[spans[j + 1].0..spans[j + 1].1].to_lowercase();
                    let last = parts[parts.len() - 1];
                    let goes_on = |v: u64| joins_in(lang, last, v);
                    if !cardinal(cards, lang, &after).is_some_and(goes_on)
                        && !ordinal((cards, ords), lang, &after).is_some_and(goes_on)
                    {
                        break;
                    }
                    // The next gap is measured from the connector (`vingt et un`).
                    end = spans[j].1;
                    j += 1;
                } else {
                    break;
                }
            }
            out.push(soft(s, end, compose(&parts)));
            k = j;
            continue;
        }
        if let Some(v) = ordinal((cards, ords), lang, &w) {
            out.push(soft(s, e, v));
        } else if let Some(m) = latin
            .then(|| {
                find(MONTHS, &w).or_else(|| {
                    (lang == Lang::EN)
                        .then(|| english_may(text, raw, s, e))
                        .flatten()
                })
            })
            .flatten()
        {
            out.push(Mention {
                start: s,
                end: e,
                values: vec![Value::Month(m as u8)],
                hard: false,
            });
        } else if let Some(t) = latin.then(|| find(NOON, &w)).flatten() {
            out.push(Mention {
                start: s,
                end: e,
                values: vec![Value::Time(t as u16)],
                hard: false,
            });
        } else if latin && !(lang == Lang::EN && raw == "I") {
            if let Some(v) = roman(raw) {
                out.push(soft(s, e, v));
            }
        }
        k += 1;
    }
    out
}

/// English `May` is a month only in a date, where a day or a year stands next to it
/// (`1 May 2020`, `May 1`, `May 2020`); elsewhere it is the verb.
fn english_may(text: &str, raw: &str, s: usize, e: usize) -> Option<u64> {
    if raw != "May" {
        return None;
    }
    let before = text[..s]
        .trim_end_matches([' ', '\u{a0}'])
        .chars()
        .next_back();
    let after = text[e..].trim_start_matches([' ', '\u{a0}']).chars().next();
    (before.is_some_and(|c| c.is_ascii_digit()) || after.is_some_and(|c| c.is_ascii_digit()))
        .then_some(5)
}

fn soft(start: usize, end: usize, v: u64) -> Mention {
    Mention {
        start,
        end,
        values: vec![whole(v)],
        hard: false,
    }
}

/// The power of ten of a multiplier word at the start of `rest` (after spaces):
/// `million`, `Millionen`, `млн`, `万`, …
pub(super) fn multiplier(rest: &str) -> Option<u32> {
    let rest = rest.trim_start_matches([' ', '\u{a0}']);
    if let Some(c) = rest.chars().next() {
        match c {
            '万' | '萬' => return Some(4),
            '亿' | '億' => return Some(8),
            _ => {}
        }
    }
    let w: String = rest
        .chars()
        .take_while(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    #[rustfmt::skip]
    const WORDS: [(&str, u32); 12] = [
        ("thousand", 3), ("тысяч", 3), ("тыс", 3), ("ألف", 3), ("آلاف", 3), ("هزار", 3),
        ("milliard", 9), ("miliard", 9), ("billion", 9), ("миллиард", 9), ("млрд", 9),
        ("مليار", 9),
    ];
    if let Some(&(_, p)) = WORDS.iter().find(|(k, _)| w.starts_with(k)) {
        return Some(p);
    }
    const MILLION: [&str; 8] = [
        "million",
        "millón",
        "millones",
        "milion",
        "миллион",
        "млн",
        "مليون",
        "میلیون",
    ];
    (MILLION.iter().any(|k| w.starts_with(k)) || w == "mio").then_some(6)
}
