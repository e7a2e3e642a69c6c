//! Issue #11 on the paragraphs in `data/langid/` (written for these tests): with no
//! language flag German, Dutch and Turkish come out as themselves, and Icelandic, which
//! the model does not cover, comes out `und` instead of the nearest known language.

use alinea_lang::{parse_languages, Detector, Lang, LangError};

fn read(name: &str) -> String {
    let path = format!("{}/../../data/langid/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn lang(code: &str) -> Lang {
    Lang::from_code(code).unwrap()
}

#[test]
fn german_dutch_turkish_detect_as_themselves_without_flags() {
    let d = Detector::builder().build().unwrap();
    for code in ["de", "nl", "tr"] {
        let text = read(&format!("{code}.txt"));
        let doc = d.document_language(&text);
        assert_eq!(doc.lang, Some(lang(code)), "{code}: {doc:?}");
        for line in text.lines() {
            assert_eq!(d.detect(line).map(|x| x.lang()), Some(lang(code)), "{line}");
        }
    }
}

#[test]
fn dutch_is_not_english_when_english_is_among_many_allowed() {
    let d = Detector::builder()
        .languages(&parse_languages("en,fr,es,de,nl,tr,it,pt,ru").unwrap())
        .build()
        .unwrap();
    let x = d
        .detect("Het is een mooie dag en ik ga naar de markt")
        .unwrap();
    assert_eq!(x.lang(), lang("nl"));
}

#[test]
fn icelandic_is_und_with_a_note() {
    let d = Detector::builder().build().unwrap();
    let doc = d.document_language(&read("is.txt"));
    assert_eq!(doc.lang, None, "{doc:?}");
    assert_eq!(doc.code(), "und");
    assert!(doc.note.as_deref().unwrap_or("").contains("does not know"));
    // The same holds for an allow-list: a restricted detector must not force a label.
    let d = Detector::builder()
        .languages(&[Lang::EN, Lang::ES, Lang::DE])
        .build()
        .unwrap();
    assert_eq!(d.document_language(&read("is.txt")).lang, None);
}

#[test]
fn unknown_codes_are_clear_errors() {
    assert_eq!(
        parse_languages("en,xx").unwrap_err(),
        LangError::Unsupported { code: "xx".into() }
    );
    assert_eq!(
        parse_languages("en,english").unwrap_err(),
        LangError::BadCode {
            code: "english".into()
        }
    );
    assert_eq!(
        parse_languages(" , ").unwrap_err(),
        LangError::EmptyAllowList
    );
    assert_eq!(
        parse_languages("de, nl,de").unwrap(),
        vec![lang("de"), lang("nl")]
    );
}

/// The non-blank lines of a file with their 1-based line numbers.
fn lines(text: &str) -> Vec<(usize, &str)> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| (i + 1, l))
        .collect()
}

#[test]
fn seed_document_still_splits_into_russian_then_english_with_every_language_allowed() {
    let text = read("../seeds/havana_2019_ru_en.txt");
    let lines = lines(&text);
    let units: Vec<&str> = lines.iter().map(|(_, l)| *l).collect();
    let runs = Detector::builder().build().unwrap().detect_runs(&units);
    let got: Vec<(Lang, usize)> = runs
        .iter()
        .map(|r| (r.lang(), lines[r.start()].0))
        .collect();
    assert_eq!(got, [(Lang::RU, 1), (Lang::EN, 130)]);
}
