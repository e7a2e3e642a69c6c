//! The redline prints the original text: over generated edit scripts (word edits,
//! insertions, deletions, renumbering, re-wrapping, digit systems, dropped and added
//! paragraphs) and over seed pairs, dropping the deletions of every change gives the new
//! paragraphs' text and dropping the insertions gives the old, in the pieces and in the
//! wdiff renderer.

use std::path::PathBuf;

use alinea_diff::{diff, Change, ChangeKind, Document};
use alinea_report::{
    fold_space, pieces, rebuild, render_diff_markdown, render_diff_wdiff, DiffReport,
};
use proptest::prelude::*;

fn group(doc: &Document, ix: &[usize]) -> String {
    let p = doc.paragraphs();
    fold_space(&doc.text()[p[ix[0]].span().start..p[*ix.last().unwrap()].span().end])
}

/// Checks the property on every change of the diff of `old` and `new`; returns how many
/// changes had a word redline.
fn check_pair(old: &Document, new: &Document) -> usize {
    let d = diff(old, new).unwrap();
    let mut with_edits = 0;
    for c in &d.changes {
        let ps = pieces(c, old, new);
        if !c.new.is_empty() {
            assert_eq!(rebuild(&ps, true), group(new, &c.new), "{c:?}\n{ps:?}");
        }
        if !c.old.is_empty() {
            assert_eq!(rebuild(&ps, false), group(old, &c.old), "{c:?}\n{ps:?}");
        }
        with_edits += usize::from(!c.edits.is_empty());
    }
    let report = DiffReport {
        old_name: "old",
        new_name: "new",
        old,
        new,
        lang: None,
        diff: &d,
    };
    let mut out = Vec::new();
    render_diff_wdiff(&report, &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    let shown: Vec<&Change> = d
        .changes
        .iter()
        .filter(|c| c.kind != ChangeKind::Unchanged || c.renumbered)
        .collect();
    let bodies: Vec<&str> = text
        .lines()
        .filter_map(|l| l.strip_prefix("    "))
        .collect();
    assert_eq!(bodies.len(), shown.len(), "{text}");
    for (body, c) in bodies.iter().zip(&shown) {
        if !c.new.is_empty() {
            assert_eq!(strip_wdiff(body, true), group(new, &c.new), "{body}");
        }
        if !c.old.is_empty() {
            assert_eq!(strip_wdiff(body, false), group(old, &c.old), "{body}");
        }
    }
    let mut md = Vec::new();
    render_diff_markdown(&report, &mut md).unwrap();
    let md = String::from_utf8(md).unwrap();
    assert_eq!(
        md.lines().filter(|l| l.starts_with("### ")).count(),
        shown.len()
    );
    with_edits
}

/// Keeps one side of a wdiff line: `[-x-]` runs only for the old side, `{+x+}` only for
/// the new one.
fn strip_wdiff(line: &str, new: bool) -> String {
    let mut out = String::new();
    let mut rest = line;
    loop {
        let next = [rest.find("[-"), rest.find("{+")]
            .into_iter()
            .flatten()
            .min();
        let Some(at) = next else {
            out.push_str(rest);
            return out;
        };
        out.push_str(&rest[..at]);
        let del = rest[at..].starts_with("[-");
        let close = if del { "-]" } else { "+}" };
        let end = at + 2 + rest[at + 2..].find(close).expect("closed run");
        if del != new {
            out.push_str(&rest[at + 2..end]);
        }
        rest = &rest[end + 2..];
    }
}

/// Words with the shapes that broke the old redline: symbols with slashes, hyphenated
/// compounds, brackets, Persian and Chinese, punctuation of several scripts. (No word
/// holds the wdiff markers themselves, so the stripped line is unambiguous.)
const WORDS: &[&str] = &[
    "Assembly",
    "Recalling",
    "resolution",
    "session",
    "States",
    "cooperation",
    "security",
    "information",
    "report",
    "Secretary-General",
    "experts",
    "meeting",
    "further",
    "the",
    "of",
    "in",
    "and",
    "to",
    "a",
    "76/99",
    "2021",
    "(b)",
    "«quoted»",
    "self-defence",
    "؛",
    "برنامه",
    "توسعه",
    "۱۳۹۴",
    "信息",
    "安全",
    "。",
    "A/RES/77/36",
    "*",
    "[1]",
    ",",
];

#[derive(Clone, Debug)]
enum Op {
    Keep,
    Replace(usize, usize),
    Insert(usize, usize),
    Delete(usize),
    DropPara,
    AddPara,
    DigitsFa,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => Just(Op::Keep),
        2 => (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Op::Replace(a, b)),
        2 => (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Op::Insert(a, b)),
        1 => any::<usize>().prop_map(Op::Delete),
        1 => Just(Op::DropPara),
        1 => Just(Op::AddPara),
        1 => Just(Op::DigitsFa),
    ]
}

/// Numbered paragraphs, optionally hard-wrapped at `wrap` columns.
fn render(paras: &[Vec<String>], wrap: Option<usize>) -> String {
    let mut out = String::new();
    for (k, words) in paras.iter().enumerate() {
        let text = format!("{}. {};", k + 1, words.join(" "));
        match wrap {
            None => out.push_str(&text),
            Some(width) => {
                let mut line = 0;
                for (n, w) in text.split(' ').enumerate() {
                    if n > 0 {
                        if line + w.len() > width {
                            out.push('\n');
                            line = 0;
                        } else {
                            out.push(' ');
                        }
                    }
                    out.push_str(w);
                    line += w.len() + 1;
                }
            }
        }
        out.push_str("\n\n");
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn redlines_rebuild_both_versions(
        paras in prop::collection::vec(prop::collection::vec(0..WORDS.len(), 8..20), 3..10),
        ops in prop::collection::vec(op(), 3..10),
        wrap in prop::option::of(30usize..70),
    ) {
        let old: Vec<Vec<String>> = paras
            .iter()
            .map(|p| p.iter().map(|&w| WORDS[w].to_string()).collect())
            .collect();
        let mut new: Vec<Vec<String>> = Vec::new();
        for (k, p) in old.iter().enumerate() {
            let mut q = p.clone();
            match ops[k % ops.len()] {
                Op::Keep => {}
                Op::Replace(at, w) => q[at % p.len()] = WORDS[w % WORDS.len()].to_string(),
                Op::Insert(at, w) => q.insert(at % p.len(), WORDS[w % WORDS.len()].to_string()),
                Op::Delete(at) => {
                    q.remove(at % p.len());
                }
                Op::DropPara => continue,
                Op::AddPara => new.push(
                    ["Welcomes", "the", "new", "text"].map(String::from).to_vec(),
                ),
                Op::DigitsFa => {
                    for w in &mut q {
                        *w = w.replace('2', "۲").replace('7', "۷");
                    }
                }
            }
            new.push(q);
        }
        prop_assume!(!new.is_empty());
        let (a, b) = (Document::parse(render(&old, None)), Document::parse(render(&new, wrap)));
        check_pair(&a, &b);
    }
}

fn seed(path: &str) -> Document {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../data")
        .join(path);
    Document::parse(std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display())))
}

#[test]
fn seed_pairs_rebuild_both_versions() {
    let fa = [
        "resolutions/fa/A-RES-68-167.txt",
        "resolutions/fa/A-RES-69-166.txt",
        "resolutions/fa/A-RES-71-199.txt",
        "resolutions/fa/A-RES-73-187.txt",
    ];
    let mut with_edits = 0;
    for w in fa.windows(2) {
        with_edits += check_pair(&seed(w[0]), &seed(w[1]));
    }
    with_edits += check_pair(
        &seed("seeds/a_68_98_ar.txt"),
        &seed("seeds/a_res_75_240_ar.txt"),
    );
    assert!(with_edits >= 10, "{with_edits} redlines checked");
}
