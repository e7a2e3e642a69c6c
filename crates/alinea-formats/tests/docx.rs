//! DOCX documents built by the test, converted, and read back by the structure layer:
//! paragraphs and labels must come out as they went in.

mod common;

use alinea_formats::{extract, Format};
use alinea_text::{Document, LabelKind, ParaKind};
use common::*;

const MAX: u64 = 10 << 20;

fn text_of(doc: &Docx) -> String {
    let out = extract("test.docx", &doc.build(), MAX).unwrap().unwrap();
    assert_eq!(out.format, Format::Docx);
    out.text
}

/// A resolution in `lang` with an unnumbered preamble and Word-numbered operative
/// paragraphs with lettered sub-items.
fn resolution(title: &str, preamble: &[&str], operative: &[&str], sub: &[&str]) -> Docx {
    let mut d = Docx::new();
    d.list(
        1,
        &[(0, "decimal", "%1.", 1), (1, "lowerLetter", "(%2)", 1)],
    )
    .num(5, 1, &[]);
    d.push(para(title));
    for p in preamble {
        d.push(para(p));
    }
    for (i, p) in operative.iter().enumerate() {
        d.push(numbered(5, 0, p));
        if i == 0 {
            for s in sub {
                d.push(numbered(5, 1, s));
            }
        }
    }
    d
}

fn check_round_trip(title: &str, preamble: &[&str], operative: &[&str], sub: &[&str]) {
    let text = text_of(&resolution(title, preamble, operative, sub));
    let doc = Document::parse(text.clone());
    let paras = doc.paragraphs();
    let got: Vec<&str> = paras.iter().map(|p| p.text()).collect();
    assert_eq!(
        paras.len(),
        1 + preamble.len() + operative.len() + sub.len(),
        "{got:#?}"
    );
    let mut expected: Vec<(Option<String>, &str)> = vec![(None, title)];
    expected.extend(preamble.iter().map(|p| (None, *p)));
    for (i, p) in operative.iter().enumerate() {
        expected.push((Some((i + 1).to_string()), p));
        if i == 0 {
            for (j, s) in sub.iter().enumerate() {
                expected.push((Some(((b'a' + j as u8) as char).to_string()), s));
            }
        }
    }
    for (p, (label, body)) in paras.iter().zip(&expected) {
        assert_eq!(p.label().map(|l| l.value.clone()), *label, "{}", p.text());
        assert_eq!(p.body().trim(), *body);
    }
    let numbers: Vec<_> = paras
        .iter()
        .filter_map(|p| p.label())
        .filter(|l| l.kind == LabelKind::Number)
        .map(|l| l.value.clone())
        .collect();
    let want: Vec<_> = (1..=operative.len()).map(|i| i.to_string()).collect();
    assert_eq!(numbers, want);
}

#[test]
fn english_numbered_resolution() {
    check_round_trip(
        "Strengthening of the coordination of humanitarian assistance",
        &[
            "The General Assembly,",
            "Recalling its resolution 46/182 of 19 December 1991,",
        ],
        &[
            "Takes note of the report of the Secretary-General;",
            "Calls upon Member States to support the Fund;",
            "Decides to consider the question at its next session.",
        ],
        &["to strengthen coordination;", "to report annually;"],
    );
}

#[test]
fn russian_numbered_resolution() {
    check_round_trip(
        "Укрепление координации гуманитарной помощи",
        &[
            "Генеральная Ассамблея,",
            "ссылаясь на свою резолюцию 46/182 от 19 декабря 1991 года,",
        ],
        &[
            "принимает к сведению доклад Генерального секретаря;",
            "призывает государства-члены поддержать Фонд;",
            "постановляет рассмотреть этот вопрос на своей следующей сессии.",
        ],
        &["укреплять координацию;", "ежегодно представлять доклад;"],
    );
}

#[test]
fn arabic_numbered_resolution() {
    check_round_trip(
        "تعزيز تنسيق المساعدة الإنسانية",
        &[
            "إن الجمعية العامة،",
            "إذ تشير إلى قرارها 46/182 المؤرخ 19 كانون الأول/ديسمبر 1991،",
        ],
        &[
            "تحيط علما بتقرير الأمين العام؛",
            "تهيب بالدول الأعضاء أن تدعم الصندوق؛",
            "تقرر أن تنظر في هذه المسألة في دورتها المقبلة.",
        ],
        &["تعزيز التنسيق؛", "تقديم تقرير سنوي؛"],
    );
}

#[test]
fn chinese_numbered_resolution() {
    check_round_trip(
        "加强人道主义援助的协调",
        &["大会，", "回顾其1991年12月19日第46/182号决议，"],
        &[
            "注意到秘书长的报告；",
            "吁请会员国支持该基金；",
            "决定在下届会议审议这个问题。",
        ],
        &["加强协调；", "每年提交报告；"],
    );
}

#[test]
fn multi_level_restart_roman_and_shared_counters() {
    let mut d = Docx::new();
    d.list(
        1,
        &[
            (0, "decimal", "%1.", 1),
            (1, "decimal", "%1.%2", 1),
            (2, "lowerRoman", "(%3)", 1),
        ],
    )
    .list(2, &[(0, "upperLetter", "%1.", 1)])
    .list(3, &[(0, "upperRoman", "%1.", 1)])
    .num(1, 1, &[])
    .num(2, 1, &[])
    .num(3, 2, &[])
    .num(4, 2, &[(0, 1)])
    .num(6, 3, &[(0, 4)]);
    d.push(numbered(1, 0, "One"))
        .push(numbered(1, 1, "One point one"))
        .push(numbered(1, 2, "first"))
        .push(numbered(1, 2, "second"))
        .push(numbered(1, 1, "One point two"))
        .push(numbered(1, 2, "again first"))
        // A second num over the same abstract list continues it.
        .push(numbered(2, 0, "Two"))
        .push(numbered(3, 0, "Alpha"))
        .push(numbered(3, 0, "Beta"))
        // startOverride restarts the lettered list.
        .push(numbered(4, 0, "Alpha again"))
        .push(numbered(6, 0, "Fourth"))
        .push(para("Unnumbered"));
    let got = paras(&text_of(&d));
    assert_eq!(
        got,
        [
            "1. One",
            "1.1 One point one",
            "(i) first",
            "(ii) second",
            "1.2 One point two",
            "(i) again first",
            "2. Two",
            "A. Alpha",
            "B. Beta",
            "A. Alpha again",
            "IV. Fourth",
            "Unnumbered",
        ]
    );
}

#[test]
fn footnotes_become_trailing_footnote_paragraphs() {
    let mut d = Docx::new();
    d.push(raw(&format!(
        r#"{}<w:r><w:footnoteReference w:id="7"/></w:r>{}"#,
        run("Recalling its resolution 70/1"),
        run(" of 25 September 2015,")
    )))
    .push(raw(&format!(
        r#"{}<w:r><w:footnoteReference w:id="3"/></w:r>"#,
        run("Noting the report.")
    )))
    .footnote(3, "A/77/275.")
    .footnote(7, "See A/70/PV.4.")
    .footnote(9, "Never referred to.");
    let text = text_of(&d);
    let got = paras(&text);
    assert_eq!(
        got,
        [
            "Recalling its resolution 70/1¹ of 25 September 2015,",
            "Noting the report.²",
            "¹ See A/70/PV.4.",
            "² A/77/275.",
        ]
    );
    let doc = Document::parse(text);
    let kinds: Vec<_> = doc.paragraphs().iter().map(|p| p.kind()).collect();
    assert_eq!(&kinds[2..], [ParaKind::Footnote, ParaKind::Footnote]);
}

#[test]
fn tables_row_by_row_one_paragraph_per_cell() {
    let mut d = Docx::new();
    d.push(para("Votes")).push(table(&[
        &["Country", "Vote"],
        &["Россия", "За"],
        &["中国", "赞成"],
    ]));
    assert_eq!(
        paras(&text_of(&d)),
        ["Votes", "Country", "Vote", "Россия", "За", "中国", "赞成"]
    );
}

#[test]
fn tracked_changes_read_as_current_text() {
    let mut d = Docx::new();
    d.push(raw(&format!(
        r#"{}<w:del w:id="1" w:author="A"><w:r><w:delText>urges</w:delText></w:r></w:del><w:ins w:id="2" w:author="A">{}</w:ins>{}<w:moveFrom w:id="3">{}</w:moveFrom>"#,
        run("The Assembly "),
        run("calls upon"),
        run(" all States."),
        run(" MOVED AWAY")
    )));
    assert_eq!(paras(&text_of(&d)), ["The Assembly calls upon all States."]);
}

#[test]
fn headers_hidden_text_and_fallbacks_left_out() {
    let mut d = Docx::new();
    d.header = Some("A/RES/70/1 HEADER".into());
    d.push(raw(&format!(
        r#"{}<w:r><w:rPr><w:vanish/></w:rPr><w:t>HIDDEN</w:t></w:r><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t> shown</w:t></w:r>"#,
        run("Body")
    )))
    .push(raw(
        r#"<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r><w:t>Box text</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>Box text</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>"#,
    ));
    assert_eq!(paras(&text_of(&d)), ["Body shown", "Box text"]);
}

#[test]
fn entities_tabs_and_breaks() {
    let mut d = Docx::new();
    d.push(raw(
        r#"<w:r><w:t>A &amp; B</w:t><w:tab/><w:t>C</w:t><w:br/><w:t>D</w:t><w:noBreakHyphen/><w:t>E</w:t></w:r>"#,
    ));
    assert_eq!(paras(&text_of(&d)), ["A & B C D-E"]);
}

#[test]
fn extreme_start_values_and_levels_do_not_overflow() {
    let mut d = Docx::new();
    d.list(1, &[(0, "upperRoman", "%1.", u32::MAX)])
        .num(1, 1, &[])
        .push(numbered(1, 0, "a"))
        .push(numbered(1, 0, "b"))
        .push(numbered(1, 99, "deep"))
        .push(numbered(42, 0, "unknown list"));
    // Roman numerals stop at 3999: the label is left out, the text kept.
    assert_eq!(paras(&text_of(&d)), ["a", "b", "deep", "unknown list"]);
}
