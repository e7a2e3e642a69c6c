//! HTML pages written by the test, converted: block elements become paragraphs, ordered
//! lists labels, scripts and styles disappear.

mod common;

use alinea_formats::{extract, Format};
use alinea_text::Document;
use common::paras;

fn convert(html: &str) -> Vec<String> {
    let out = extract("page.html", html.as_bytes(), 1 << 20)
        .unwrap()
        .unwrap();
    assert_eq!(out.format, Format::Html);
    paras(&out.text)
}

#[test]
fn blocks_lists_and_dropped_content_in_four_scripts() {
    let page = r#"<!DOCTYPE html>
<html lang="ru"><head><title>Заголовок окна</title>
<style>p { color: red }</style><script>var x = "<p>not text</p>";</script></head>
<body>
<h1>Резолюция   70/1</h1>
<p>Генеральная Ассамблея,
   ссылаясь на&nbsp;свою резолюцию &laquo;46/182&raquo;,</p>
<ol><li>принимает к сведению доклад;</li><li>постановляет продолжить.</li></ol>
<div>إن الجمعية العامة،</div>
<ol start="3"><li>تقرر مواصلة النظر<li>تطلب تقريرا</ol>
<blockquote>大会，回顾其决议。</blockquote>
<ol type="a"><li>加强协调；</li><li value="4">每年报告。</li></ol>
<table><tr><th>Country</th><td>Vote</td></tr></table>
<p>One<br>Two &amp; three</p>
<!-- <p>comment</p> -->
</body></html>"#;
    assert_eq!(
        convert(page),
        [
            "Резолюция 70/1",
            "Генеральная Ассамблея, ссылаясь на свою резолюцию «46/182»,",
            "1. принимает к сведению доклад;",
            "2. постановляет продолжить.",
            "إن الجمعية العامة،",
            "3. تقرر مواصلة النظر",
            "4. تطلب تقريرا",
            "大会，回顾其决议。",
            "(a) 加强协调；",
            "(d) 每年报告。",
            "Country",
            "Vote",
            "One",
            "Two & three",
        ]
    );
}

#[test]
fn ordered_list_labels_reach_the_structure_layer() {
    let page = "<html><body><p>The General Assembly,</p><ol>\
        <li>Takes note of the report;</li><li>Decides to continue;</li>\
        <li>Requests a report.</li></ol><ol type=\"i\" reversed start=\"3\">\
        <li>third</li><li>second</li></ol></body></html>";
    let text = extract("p.html", page.as_bytes(), 1 << 20)
        .unwrap()
        .unwrap()
        .text;
    let doc = Document::parse(text);
    let labels: Vec<_> = doc
        .paragraphs()
        .iter()
        .map(|p| p.label().map(|l| l.value.clone()))
        .collect();
    assert_eq!(
        labels,
        [
            None,
            Some("1".into()),
            Some("2".into()),
            Some("3".into()),
            Some("iii".into()),
            Some("ii".into())
        ]
    );
}

#[test]
fn plain_text_that_mentions_tags_is_left_to_the_text_reader() {
    assert!(extract("t.txt", b"a < b and <p> is a tag", 1 << 20)
        .unwrap()
        .is_none());
}

#[test]
fn extreme_list_values_do_not_overflow() {
    let page = format!(
        "<html><body><ol start=\"{max}\"><li>a</li><li>b</li></ol><ol reversed start=\"{min}\"><li>c</li><li>d</li></ol></body></html>",
        max = i64::MAX,
        min = i64::MIN
    );
    let got = convert(&page);
    assert_eq!(got.len(), 4);
    assert_eq!(got[0], format!("{}. a", i64::MAX));
}
