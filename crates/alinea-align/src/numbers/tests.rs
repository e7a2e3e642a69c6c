use super::*;

fn vals(text: &str, lang: Lang) -> Vec<Vec<Value>> {
    mentions(text, lang).into_iter().map(|m| m.values).collect()
}

fn num(s: &str) -> Value {
    Value::Num(s.into())
}

fn agree(a: &str, la: Lang, b: &str, lb: Lang) -> bool {
    compare(&[(0, a)], la, &[(0, b)], lb).is_empty()
}

#[test]
fn separators_and_decimal_marks() {
    for (t, l) in [
        ("1,000.5", Lang::EN),
        ("1 000,5", Lang::FR),
        ("1.000,5", Lang::DE),
        ("1'000.5", Lang::DE),
        ("1\u{202f}000,5", Lang::FR),
    ] {
        assert_eq!(vals(t, l), vec![vec![num("1000.5")]], "{t}");
    }
    assert!(agree("1,000.5 t", Lang::EN, "1 000,5 t", Lang::FR));
    assert!(agree("8839,8 m", Lang::DE, "8839.8 m", Lang::EN));
    assert!(agree("1,50 m", Lang::FR, "1.5 m", Lang::EN));
    assert!(!agree("1,000", Lang::EN, "1,5", Lang::FR));
}

#[test]
fn an_ambiguous_separator_is_settled_by_the_language_and_the_other_side() {
    // English: the comma groups, the point is decimal.
    assert_eq!(vals("1,000", Lang::EN), vec![vec![num("1000")]]);
    assert_eq!(vals("1.000", Lang::EN), vec![vec![num("1")]]);
    // German keeps both readings; the other side decides.
    assert_eq!(vals("1.000", Lang::DE), vec![vec![num("1000"), num("1")]]);
    assert!(agree("1.000 Menschen", Lang::DE, "1,000 people", Lang::EN));
    assert!(agree("1,000 Liter", Lang::DE, "1 litre", Lang::EN));
    assert!(!agree("1,000 people", Lang::EN, "1 personne", Lang::FR));
}

#[test]
fn sequences_that_are_no_single_number_split() {
    assert_eq!(
        vals("12.03.2020", Lang::DE),
        vec![
            vec![num("12")],
            vec![num("3"), Value::Month(3)],
            vec![num("2020")]
        ]
    );
    assert_eq!(
        vals("in 1957 300 people", Lang::EN),
        vec![vec![num("1957")], vec![num("300")]]
    );
}

#[test]
fn chinese_numerals() {
    assert_eq!(cjk::value(&['一', '九', '五', '七']), Some(1957));
    assert_eq!(cjk::value(&['二', '百', '三', '十']), Some(230));
    assert_eq!(cjk::value(&['两', '千']), Some(2000));
    assert_eq!(cjk::value(&['三', '万', '五', '千']), Some(35_000));
    assert_eq!(cjk::value(&['一', '亿']), Some(100_000_000));
    assert_eq!(cjk::value(&['一', '千', '零', '五']), Some(1005));
    assert_eq!(cjk::value(&['十', '五']), Some(15));
    assert_eq!(cjk::value(&['三', '四', '百']), None);
    assert!(agree(
        "一九五七年他来了。",
        Lang::ZH,
        "He came in 1957.",
        Lang::EN
    ));
    assert!(agree("二百三十人", Lang::ZH, "230 people", Lang::EN));
    assert!(agree("两千年", Lang::ZH, "2000 years", Lang::EN));
    assert!(agree("3万人", Lang::ZH, "30,000 people", Lang::EN));
    assert!(!agree("一九五七年", Lang::ZH, "in 1958", Lang::EN));
    // A year in characters is hard: a translation that drops it is flagged.
    assert!(!agree("一九五七年", Lang::ZH, "that year", Lang::EN));
    // Short numerals are soft: idioms do not need a number on the other side.
    assert!(agree("他一心一意。", Lang::ZH, "He was devoted.", Lang::EN));
    assert!(agree("七零八落", Lang::ZH, "in disarray", Lang::EN));
    assert!(agree("一九六○年", Lang::ZH, "in 1960", Lang::EN));
}

#[test]
fn ordinals() {
    for (a, la, b, lb) in [
        ("the 1st of May", Lang::EN, "le 1er mai", Lang::FR),
        ("el 1.º de mayo", Lang::ES, "on 1 May", Lang::EN),
        ("第一章", Lang::ZH, "Chapter 1", Lang::EN),
        (
            "the 2nd ascent",
            Lang::EN,
            "die zweite Besteigung",
            Lang::DE,
        ),
        (
            "la 3e expédition",
            Lang::FR,
            "die dritte Expedition",
            Lang::DE,
        ),
        ("Lager 2", Lang::DE, "le camp II", Lang::FR),
    ] {
        assert!(agree(a, la, b, lb), "{a} / {b}");
    }
    assert!(!agree("the 1st of May", Lang::EN, "le 2 mai", Lang::FR));
}

#[test]
fn number_words() {
    for (a, la, b, lb) in [
        ("three cats", Lang::EN, "3 chats", Lang::FR),
        ("twenty-five", Lang::EN, "25", Lang::FR),
        ("deux cent trente", Lang::FR, "230", Lang::EN),
        ("fünfundzwanzig Jahre", Lang::DE, "25 ans", Lang::FR),
        ("zwei Achttausender", Lang::DE, "deux 8000", Lang::FR),
        ("vor hundert Jahren", Lang::DE, "il y a 100 ans", Lang::FR),
        ("пять дней", Lang::RU, "5 days", Lang::EN),
        ("خمسة أيام", Lang::AR, "5 days", Lang::EN),
        ("وثلاثة", Lang::AR, "and 3", Lang::EN),
        ("پنج روز", Lang::FA, "5 days", Lang::EN),
        ("doce meses", Lang::ES, "12 months", Lang::EN),
        (
            "tólf mánuðir",
            Lang::from_code("is").unwrap(),
            "12 months",
            Lang::EN,
        ),
    ] {
        assert!(agree(a, la, b, lb), "{a} / {b}");
    }
    // Words are soft: an article is no number that must be matched…
    assert!(agree("un chat", Lang::FR, "a cat", Lang::EN));
    // …but digits are hard.
    assert!(!agree("three cats", Lang::EN, "4 chats", Lang::FR));
}

#[test]
fn times() {
    for (a, la, b, lb) in [
        ("at 6 p.m.", Lang::EN, "à 18 h", Lang::FR),
        ("at 6 p.m.", Lang::EN, "um 18:00", Lang::DE),
        ("um fünf Uhr", Lang::DE, "à 5 heures", Lang::FR),
        ("um 15.30 Uhr", Lang::DE, "vers 15 h. 30", Lang::FR),
        ("à 18h30", Lang::FR, "at 6.30 p.m.", Lang::EN),
        ("at five o'clock", Lang::EN, "à 17 h", Lang::FR),
    ] {
        assert!(agree(a, la, b, lb), "{a} / {b}");
    }
    assert!(agree("21时37分", Lang::ZH, "at 21:37", Lang::EN));
    // Chinese writes the clock's colon full width.
    assert!(agree(
        "这是1108：21：37。",
        Lang::ZH,
        "That's 1108:21:37.",
        Lang::EN
    ));
    assert!(agree("晚上9：05", Lang::ZH, "at 9:05 p.m.", Lang::EN));
    assert!(!agree("这是21：37。", Lang::ZH, "at 21:36", Lang::EN));
    assert!(!agree("at 6 p.m.", Lang::EN, "à 6 h", Lang::FR));
    assert!(!agree("à 18h30", Lang::FR, "at 6.45 p.m.", Lang::EN));
}

#[test]
fn digit_systems_symbols_and_fractions() {
    assert!(agree("الفقرة ١٢", Lang::AR, "بند ۱۲", Lang::FA));
    assert!(agree("١٬٠٠٠٫٥", Lang::AR, "1,000.5", Lang::EN));
    assert!(agree("A/RES/73/27", Lang::EN, "A/RES/73/27", Lang::FR));
    assert!(agree("S.91/92", Lang::DE, "p. 91-92", Lang::FR));
    assert!(agree(
        "am 12.03.2020",
        Lang::DE,
        "le 12 mars 2020",
        Lang::FR
    ));
    assert!(!agree("A/RES/73/27", Lang::EN, "A/RES/73/28", Lang::FR));
    assert!(agree("1 ½ m", Lang::DE, "1,50 m", Lang::FR));
    assert!(agree("3 millions", Lang::FR, "3,000,000", Lang::EN));
}

#[test]
fn the_diff_names_the_numbers_and_where_they_are() {
    let d = compare(
        &[(4, "Er kam 1957 mit 3 Freunden.")],
        Lang::DE,
        &[(7, "Il vint en 1958 avec trois amis.")],
        Lang::FR,
    );
    assert_eq!(d.src_only.len(), 1);
    assert_eq!(d.src_only[0].text, "1957");
    assert_eq!(d.src_only[0].unit, 4);
    assert_eq!(d.tgt_only[0].text, "1958");
    assert_eq!(
        &"Il vint en 1958 avec trois amis."[d.tgt_only[0].start..d.tgt_only[0].end],
        "1958"
    );
}

#[test]
fn a_soft_mention_never_takes_the_partner_a_hard_one_needs() {
    // `one` (soft) and `1` (hard) both want the target's `1`.
    assert!(agree(
        "one of the 1 items",
        Lang::EN,
        "l'article 1",
        Lang::FR
    ));
}

#[test]
fn a_month_name_partners_the_month_of_a_date_never_a_day() {
    assert!(agree(
        "am 12.03.2020",
        Lang::DE,
        "le 12 mars 2020",
        Lang::FR
    ));
    assert!(agree(
        "am 12. 3. 2020",
        Lang::DE,
        "on 12 March 2020",
        Lang::EN
    ));
    assert!(agree("2020-03-12", Lang::EN, "le 12 mars 2020", Lang::FR));
    assert!(agree("on 3/12/2020", Lang::EN, "le 12 mars 2020", Lang::FR));
    assert!(agree(
        "2020年3月12日",
        Lang::ZH,
        "on 12 March 2020",
        Lang::EN
    ));
    assert!(agree("the 1st of May", Lang::EN, "le 1er mai", Lang::FR));
    // The day changed: `April` must not stand in for the `4` it replaced.
    let d = compare(
        &[(0, "4 aprilie 1984 .")],
        Lang::RO,
        &[(0, "april 7th , 1984 .")],
        Lang::EN,
    );
    assert_eq!(d.src_only.len(), 1, "{d:?}");
    assert_eq!(d.tgt_only.len(), 1, "{d:?}");
    assert!(!agree("am 7. Juli", Lang::DE, "le 0 juillet", Lang::FR));
    // Not dates: a month is 1–12, a day 1–31.
    assert!(!agree(
        "page 4.13.2020",
        Lang::EN,
        "page 4 avril 2020",
        Lang::FR
    ));
    assert!(!agree("4 apples", Lang::EN, "avril", Lang::FR));
}

#[test]
fn full_width_marks_compounds_and_ordinals_from_twenty() {
    // Full-width digits come with full-width decimal and grouping marks.
    assert!(agree("增长了２．５％", Lang::ZH, "grew by 2.5%", Lang::EN));
    assert!(agree("共１，２００人", Lang::ZH, "1,200 people", Lang::EN));
    assert!(!agree("增长了２．５％", Lang::ZH, "grew by 2.6%", Lang::EN));
    // Japanese writes the hour with 時.
    assert!(agree("15時30分", Lang::JA, "at 15:30", Lang::EN));
    // A connector inside a number word sequence.
    assert!(agree("vingt et un ans", Lang::FR, "21 years", Lang::EN));
    assert!(!agree("vingt et un ans", Lang::FR, "22 years", Lang::EN));
    assert!(agree("twenty and five", Lang::EN, "25", Lang::FR));
    // German ordinals from twenty take -ste, compounds too.
    assert!(agree(
        "am dreiundzwanzigsten Mai",
        Lang::DE,
        "on 23 May",
        Lang::EN
    ));
    assert!(agree(
        "zum zwanzigsten Mal",
        Lang::DE,
        "for the 20th time",
        Lang::EN
    ));
    assert!(!agree(
        "am dreiundzwanzigsten Mai",
        Lang::DE,
        "on 24 May",
        Lang::EN
    ));
    // Words that merely end like one are not ordinals.
    assert!(agree(
        "die beste Liste",
        Lang::DE,
        "the best list",
        Lang::EN
    ));
}

#[test]
fn number_words_of_each_language_s_own_making() {
    for (a, la, b, lb) in [
        // Spanish and Italian write compounds as one word.
        ("veintiún días", Lang::ES, "21 days", Lang::EN),
        ("veinticinco", Lang::ES, "25", Lang::EN),
        ("doscientos", Lang::ES, "200", Lang::EN),
        ("diecisiete", Lang::ES, "17", Lang::EN),
        ("ventuno", Lang::IT, "21", Lang::EN),
        ("trentotto", Lang::IT, "38", Lang::EN),
        ("ventitré", Lang::IT, "23", Lang::EN),
        ("tremila", Lang::IT, "3000", Lang::EN),
        ("dezessete", Lang::PT, "17", Lang::EN),
        ("quinze", Lang::PT, "15", Lang::EN),
        // French counts by twenties.
        ("quatre-vingts", Lang::FR, "80", Lang::EN),
        ("quatre-vingt-dix", Lang::FR, "90", Lang::EN),
        ("soixante-dix", Lang::FR, "70", Lang::EN),
        ("soixante et onze", Lang::FR, "71", Lang::EN),
        ("dix-sept", Lang::FR, "17", Lang::EN),
        // Arabic puts the units first.
        ("خمسة وعشرون", Lang::AR, "25", Lang::EN),
    ] {
        assert!(agree(a, la, b, lb), "{a} / {b}");
    }
    assert!(!agree("quatre-vingts", Lang::FR, "24", Lang::EN));
    assert!(!agree("veinticinco", Lang::ES, "26", Lang::EN));
    assert!(!agree("خمسة وعشرون", Lang::AR, "20", Lang::EN));
    // Words that only begin like numbers are none.
    assert!(agree("la dosis de ottobre", Lang::ES, "the dose", Lang::EN));
    assert!(agree("il Trentino", Lang::IT, "Trentino", Lang::EN));
}

#[test]
fn an_ordinal_closes_a_number_word_sequence() {
    for (a, la, b, lb) in [
        (
            "the twenty-first century",
            Lang::EN,
            "le 21e siècle",
            Lang::FR,
        ),
        (
            "le vingt et unième siècle",
            Lang::FR,
            "the 21st century",
            Lang::EN,
        ),
        (
            "двадцать первого века",
            Lang::RU,
            "of the 21st century",
            Lang::EN,
        ),
        ("в пятом классе", Lang::RU, "in the 5th grade", Lang::EN),
        ("третьего мая", Lang::RU, "on 3 May", Lang::EN),
    ] {
        assert!(agree(a, la, b, lb), "{a} / {b}");
    }
    assert!(!agree(
        "двадцать первого века",
        Lang::RU,
        "of the 22nd century",
        Lang::EN
    ));
    assert!(!agree("the twenty-first", Lang::EN, "le 20e", Lang::FR));
    // Words that only begin like an ordinal: Friday, an employee, Tuesday.
    assert!(agree(
        "в пятницу сотрудник",
        Lang::RU,
        "on Friday an employee",
        Lang::EN
    ));
    assert!(agree("во вторник", Lang::RU, "on Tuesday", Lang::EN));
}

#[test]
fn times_of_day_by_name_and_the_english_may() {
    for (a, la, b, lb) in [
        ("a las seis de la tarde", Lang::ES, "at 6 p.m.", Lang::EN),
        ("à 7 heures du matin", Lang::FR, "at 7 a.m.", Lang::EN),
        ("в 5 утра", Lang::RU, "at 5 a.m.", Lang::EN),
        ("à midi", Lang::FR, "at 12:00", Lang::EN),
        ("um 12 Uhr mittags", Lang::DE, "at noon", Lang::EN),
        ("à minuit", Lang::FR, "at 00:00", Lang::EN),
        ("2020年5月1日", Lang::ZH, "1 May 2020", Lang::EN),
        ("2020年5月", Lang::ZH, "in May 2020", Lang::EN),
    ] {
        assert!(agree(a, la, b, lb), "{a} / {b}");
    }
    assert!(!agree(
        "a las seis de la tarde",
        Lang::ES,
        "at 6 a.m.",
        Lang::EN
    ));
    assert!(!agree("à midi", Lang::FR, "at 00:00", Lang::EN));
    assert!(!agree("2020年6月1日", Lang::ZH, "1 May 2020", Lang::EN));
    // `May` the verb is no month: the Chinese month finds no partner in it.
    assert!(!agree("5月", Lang::ZH, "You may go.", Lang::EN));
}

#[test]
fn number_words_in_every_language_with_a_table() {
    let l = |c: &str| Lang::from_code(c).unwrap();
    for (a, code, b) in [
        // Icelandic declines 1–4 (`þrjátíu og tveimur árum síðar`: 32 years later).
        ("Þrjátíu og tveimur árum síðar", "is", "some 32 years later"),
        ("sautján heimsmarkmið", "is", "17 goals"),
        ("fyrsta skrefið", "is", "the 1st step"),
        // A digit as a noun: a die, a grade.
        ("Ég þarf að fá sexu.", "is", "Come on, 6."),
        ("получил пятёрку", "ru", "got a 5"),
        // Russian teens, cases and ordinals from the tens.
        ("пятнадцать дней", "ru", "15 days"),
        ("в тысячу раз", "ru", "1000 times"),
        ("семьдесят пятой сессии", "ru", "75th session"),
        ("пятидесятой годовщины", "ru", "50th anniversary"),
        ("п’ятнадцять років", "uk", "15 years"),
        ("двадцять першого століття", "uk", "21st century"),
        ("cincisprezece zile", "ro", "15 days"),
        ("al treilea", "ro", "the 3rd"),
        ("vijfentwintig jaar", "nl", "25 years"),
        ("eenentwintig", "nl", "21"),
        ("de derde", "nl", "the 3rd"),
        ("tjugofem år", "sv", "25 years"),
        ("tvåhundra", "sv", "200"),
        ("kaksikymmentäviisi vuotta", "fi", "25 years"),
        ("kolmas", "fi", "3rd"),
        ("yirmi beş yıl", "tr", "25 years"),
        ("dokuzuncu", "tr", "9th"),
        ("dwadzieścia pięć lat", "pl", "25 years"),
        ("trzeciej sesji", "pl", "3rd session"),
        ("dvacet pět let", "cs", "25 years"),
        ("pátého zasedání", "cs", "5th session"),
        ("dvadsať päť rokov", "sk", "25 years"),
        ("είκοσι πέντε χρόνια", "el", "25 years"),
        ("η πρώτη σύνοδος", "el", "the 1st session"),
        ("dua puluh lima tahun", "id", "25 years"),
        ("dua belas bulan", "id", "12 months"),
        ("huszonöt év", "hu", "25 years"),
        ("kétszázötven", "hu", "250"),
        ("hai mươi lăm năm", "vi", "25 years"),
        ("mười hai tháng", "vi", "12 months"),
        ("עשרים וחמש שנים", "he", "25 years"),
        ("שלושה עשר ימים", "he", "13 days"),
        ("ग्यारह दिन", "hi", "11 days"),
        ("پندرہ دن", "ur", "15 days"),
        ("الدورة الخامسة والسبعين", "ar", "75th session"),
        ("الدورة الحادية عشرة", "ar", "11th session"),
        ("اجلاس هفتاد و پنجم", "fa", "75th session"),
        ("هفتاد و پنجمین اجلاس", "fa", "75th session"),
        ("سومین", "fa", "3rd"),
    ] {
        assert!(agree(a, l(code), b, Lang::EN), "{a} ({code}) / {b}");
    }
    for (a, code, b) in [
        ("Þrjátíu og tveimur árum síðar", "is", "some 33 years later"),
        ("vijfentwintig", "nl", "26"),
        ("kaksikymmentäviisi", "fi", "26"),
        ("dua puluh lima", "id", "52"),
        ("hai mươi lăm", "vi", "20"),
        ("الدورة الخامسة والسبعين", "ar", "5th session"),
        ("هفتاد و پنجمین", "fa", "70"),
        ("семьдесят пятой", "ru", "76th"),
        ("fékk sexu", "is", "got a 5"),
    ] {
        assert!(!agree(a, l(code), b, Lang::EN), "{a} ({code}) / {b}");
    }
    // Articles, "other", days of the week and words that begin like a number are none.
    for (a, code) in [
        ("een boek", "nl"),
        ("en bok och ett hus", "sv"),
        ("bir kitap", "tr"),
        ("egy könyv, a hét", "hu"),
        ("ένα βιβλίο την Τρίτη και την Πέμπτη", "el"),
        ("w piątek, drugi dom", "pl"),
        ("v pátek a čtvrtek", "cs"),
        ("v piatok", "sk"),
        ("у п’ятницю, мій друг", "uk"),
        ("toinen talo", "fi"),
        ("andra hus", "sv"),
        ("secondo me", "it"),
        ("segundo ele", "pt"),
        ("một năm", "vi"),
        ("एक किताब", "hi"),
        ("un câine și o pisică", "ro"),
        ("десятки людей", "ru"),
    ] {
        assert!(
            vals(a, l(code)).is_empty(),
            "{a} ({code}): {:?}",
            vals(a, l(code))
        );
    }
}

#[test]
fn a_span_of_years_cut_to_two_digits_stands_for_both_years() {
    assert!(agree("1952/53", Lang::FR, "1952 und 1953", Lang::DE));
    assert!(agree(
        "the 2019-20 season",
        Lang::EN,
        "la saison 2019-2020",
        Lang::FR
    ));
    assert!(agree("1954–55", Lang::FR, "1954 bis 1955", Lang::DE));
    assert!(agree("1999/00", Lang::EN, "1999/2000", Lang::EN));
    // The short year still reads as itself, and a span only runs forwards.
    assert!(agree("1952/53", Lang::FR, "1952/53", Lang::DE));
    assert!(!agree("1952/53", Lang::FR, "1952 und 1954", Lang::DE));
    assert!(!agree("1952/41", Lang::FR, "1952 und 1941", Lang::DE));
    // Only a four-digit year opens a span: a page range is two plain numbers.
    assert!(!agree("S. 91/92", Lang::DE, "p. 91 et 1992", Lang::FR));
}
