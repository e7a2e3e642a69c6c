//! The Word tracked-changes document: accepting every revision gives the new version's
//! paragraphs and rejecting every revision the old one's (simulated on the XML, as Word
//! defines the revision marks), and LibreOffice opens the file and, accepting or
//! rejecting every revision itself, exports the two versions' text (ignored test: needs
//! `soffice` and python3-uno; .ci/run installs them).

use std::io::Read;
use std::path::PathBuf;

use alinea_diff::{diff, Document};
use alinea_report::{fold_space, render_diff_docx_dated, DiffReport};
use alinea_text::Lang;
use proptest::prelude::*;
use quick_xml::events::Event;
use quick_xml::Reader;

fn load(path: &str) -> Document {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../data")
        .join(path);
    Document::parse(std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display())))
}

fn docx(old: &Document, new: &Document, lang: Lang) -> Vec<u8> {
    let d = diff(old, new).unwrap();
    let r = DiffReport {
        old_name: "old",
        new_name: "new",
        old,
        new,
        lang: Some(lang),
        diff: &d,
    };
    let mut out = Vec::new();
    render_diff_docx_dated(&r, "2026-12-01T00:00:00Z", &mut out).unwrap();
    out
}

fn part(bytes: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut s = String::new();
    zip.by_name(name).unwrap().read_to_string(&mut s).unwrap();
    s
}

/// The paragraphs once every revision is accepted (`accept`) or rejected: deleted
/// (accept) or inserted (reject) runs vanish, and so does a paragraph whose mark is
/// deleted (accept) or inserted (reject); every revision carries author and date.
fn resolve(xml: &str, accept: bool) -> Vec<String> {
    let mut reader = Reader::from_str(xml);
    let mut out = Vec::new();
    let (mut text, mut in_del, mut in_ins, mut in_rpr_of_p, mut gone) =
        (String::new(), false, false, false, false);
    let mut in_ppr = false;
    loop {
        match reader.read_event().unwrap() {
            Event::Start(e) | Event::Empty(e)
                if matches!(e.name().as_ref(), b"w:ins" | b"w:del") =>
            {
                let attrs: Vec<_> = e.attributes().map(|a| a.unwrap()).collect();
                assert!(attrs
                    .iter()
                    .any(|a| a.key.as_ref() == b"w:author" && a.value.as_ref() == b"alinea"));
                assert!(attrs.iter().any(|a| a.key.as_ref() == b"w:date"));
                let del = e.name().as_ref() == b"w:del";
                if in_rpr_of_p {
                    gone = if accept { del } else { !del };
                } else if del {
                    in_del = true;
                } else {
                    in_ins = true;
                }
            }
            Event::Start(e) if e.name().as_ref() == b"w:pPr" => in_ppr = true,
            Event::End(e) if e.name().as_ref() == b"w:pPr" => in_ppr = false,
            Event::Start(e) if e.name().as_ref() == b"w:rPr" && in_ppr => in_rpr_of_p = true,
            Event::End(e) if e.name().as_ref() == b"w:rPr" => in_rpr_of_p = false,
            Event::End(e) if e.name().as_ref() == b"w:del" => in_del = false,
            Event::End(e) if e.name().as_ref() == b"w:ins" => in_ins = false,
            Event::Text(t) => {
                let keep = if accept { !in_del } else { !in_ins };
                if keep {
                    text.push_str(&t.unescape().unwrap());
                }
            }
            Event::End(e) if e.name().as_ref() == b"w:p" => {
                if !gone {
                    out.push(std::mem::take(&mut text));
                }
                text.clear();
                gone = false;
            }
            Event::Eof => break,
            _ => {}
        }
    }
    out
}

fn folded(doc: &Document) -> Vec<String> {
    doc.paragraphs()
        .iter()
        .map(|p| fold_space(&doc.text()[p.span().start..p.span().end]))
        .collect()
}

fn check(old: &Document, new: &Document, lang: Lang) {
    let bytes = docx(old, new, lang);
    let xml = part(&bytes, "word/document.xml");
    assert_eq!(resolve(&xml, true), folded(new), "accept all");
    assert_eq!(resolve(&xml, false), folded(old), "reject all");
}

/// The successive pairs of every series in `data/resolutions/fa` (its README): moves
/// (runs of them, on 69/166 → 71/199), splits, merges, added runs, renumbering.
const FA_PAIRS: [(&str, &str); 6] = [
    ("A-RES-68-167", "A-RES-69-166"),
    ("A-RES-69-166", "A-RES-71-199"),
    ("A-RES-53-70", "A-RES-71-28"),
    ("A-RES-71-28", "A-RES-73-27"),
    ("A-RES-73-187", "A-RES-74-401_book-label"),
    ("A-HRC-RES-26-13", "A-HRC-RES-32-13"),
];

fn fa_pair((old, new): (&str, &str)) -> (Document, Document) {
    (
        load(&format!("resolutions/fa/{old}.txt")),
        load(&format!("resolutions/fa/{new}.txt")),
    )
}

#[test]
fn accept_all_gives_the_new_version_and_reject_all_the_old() {
    check(
        &load("diff_cases/ict_en_old.txt"),
        &load("diff_cases/ict_en_new.txt"),
        Lang::EN,
    );
    for pair in FA_PAIRS {
        let (old, new) = fa_pair(pair);
        check(&old, &new, Lang::FA);
    }
}

/// On 69/166 → 71/199 old ¶ 11 and ¶ 12 both moved (one after the other): the old copy
/// of the second stands right after the old copy of the first, not after the first's new
/// place, so rejecting every revision keeps the old order.
#[test]
fn a_run_of_moved_paragraphs_keeps_its_old_order() {
    let (old, new) = fa_pair(FA_PAIRS[1]);
    let d = diff(&old, &new).unwrap();
    let moved: Vec<usize> = d
        .changes
        .iter()
        .filter(|c| c.kind == alinea_diff::ChangeKind::Moved)
        .map(|c| c.old[0])
        .collect();
    assert!(moved.windows(2).any(|w| w[1] == w[0] + 1), "{moved:?}");
    let xml = part(&docx(&old, &new, Lang::FA), "word/document.xml");
    assert_eq!(resolve(&xml, false), folded(&old));
}

/// Word revisions at the end of one kept paragraph and the start of the next never share
/// a date: LibreOffice would combine them across the paragraph mark.
#[test]
fn neighbouring_kept_paragraphs_date_their_revisions_apart() {
    let old = Document::parse(
        "Calls upon all States to act\n\nwhen they monitor communications\n\nwhen they collect personal data\n",
    );
    let new = Document::parse(
        "Calls upon all States to act now\n\n- when they monitor communications now\n\n- when they collect personal data\n",
    );
    let xml = part(&docx(&old, &new, Lang::EN), "word/document.xml");
    let dates: Vec<Vec<&str>> = xml
        .split("</w:p>")
        .filter(|p| p.contains("<w:p>"))
        .map(|p| {
            p.split("w:date=\"")
                .skip(1)
                .map(|d| &d[..d.find('"').unwrap()])
                .collect()
        })
        .collect();
    assert_eq!(dates.len(), 3, "{xml}");
    for pair in dates.windows(2) {
        let (a, b) = (pair[0].last().unwrap(), pair[1].first().unwrap());
        assert_ne!(a, b, "{xml}");
    }
    assert_eq!(resolve(&xml, false), folded(&old));
    assert_eq!(resolve(&xml, true), folded(&new));
}

#[test]
fn moves_carry_a_comment_and_rtl_text_is_marked() {
    let en = docx(
        &load("diff_cases/ict_en_old.txt"),
        &load("diff_cases/ict_en_new.txt"),
        Lang::EN,
    );
    let comments = part(&en, "word/comments.xml");
    assert!(
        comments.contains("moved from here (OP 1) to OP 2 of the new version"),
        "{comments}"
    );
    assert!(
        comments.contains("moved here (OP 2) from OP 1 of the old version"),
        "{comments}"
    );
    let fa = docx(
        &load("resolutions/fa/A-RES-68-167.txt"),
        &load("resolutions/fa/A-RES-69-166.txt"),
        Lang::FA,
    );
    assert!(part(&fa, "word/document.xml").contains("<w:bidi/>"));
}

/// Words for generated versions: few enough that paragraphs share many of them (as a
/// resolution's paragraphs share stock phrases), so matching has near-misses to avoid.
const WORDS: &[&str] = &[
    "States",
    "should",
    "cooperate",
    "on",
    "the",
    "security",
    "of",
    "information",
    "and",
    "communications",
    "technologies",
    "report",
    "Secretary-General",
    "requests",
    "welcomes",
    "notes",
    "privacy",
    "digital",
    "age",
    "rights",
    "online",
    "offline",
    "protect",
    "data",
];

/// What happens to one old paragraph in a generated new version.
#[derive(Clone, Copy, Debug)]
enum Fate {
    Keep,
    Reword(usize, usize),
    Drop,
    AddAfter,
    MergeWithNext,
    SplitAt(usize),
}

fn fate() -> impl Strategy<Value = Fate> {
    prop_oneof![
        4 => Just(Fate::Keep),
        3 => (0..20usize, 0..WORDS.len()).prop_map(|(a, w)| Fate::Reword(a, w)),
        1 => Just(Fate::Drop),
        1 => Just(Fate::AddAfter),
        1 => Just(Fate::MergeWithNext),
        1 => (3..8usize).prop_map(Fate::SplitAt),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Over generated edit scripts (rewording, deletions, additions, merges, splits and a
    /// moved run of paragraphs), accepting every revision gives the new version and
    /// rejecting every revision the old one, in Word's reading of the marks.
    #[test]
    fn generated_versions_resolve_both_ways(
        paras in prop::collection::vec(prop::collection::vec(0..WORDS.len(), 8..16), 4..14),
        fates in prop::collection::vec(fate(), 4..14),
        moved in (0..14usize, 1..4usize, 0..14usize),
    ) {
        let old: Vec<Vec<&str>> = paras
            .iter()
            .map(|p| p.iter().map(|&w| WORDS[w]).collect())
            .collect();
        let mut new: Vec<Vec<&str>> = Vec::new();
        let mut k = 0;
        while k < old.len() {
            let mut q = old[k].clone();
            match fates[k % fates.len()] {
                Fate::Keep => new.push(q),
                Fate::Reword(at, w) => {
                    let at = at % q.len();
                    q[at] = WORDS[w];
                    new.push(q);
                }
                Fate::Drop => {}
                Fate::AddAfter => {
                    new.push(q);
                    new.push(vec!["Welcomes", "the", "new", "text", "on", "privacy"]);
                }
                Fate::MergeWithNext if k + 1 < old.len() => {
                    q.extend(old[k + 1].iter().copied());
                    new.push(q);
                    k += 1;
                }
                Fate::MergeWithNext => new.push(q),
                Fate::SplitAt(at) => {
                    let tail = q.split_off(at.min(q.len() - 1));
                    new.push(q);
                    new.push(tail);
                }
            }
            k += 1;
        }
        // Every paragraph dropped leaves an empty version, which `diff` refuses
        // (`EmptyVersion`, tested in alinea-diff): no report to resolve.
        prop_assume!(!new.is_empty());
        let (from, len, to) = moved;
        if new.len() > 2 {
            let from = from % new.len();
            let len = len.min(new.len() - from);
            let block: Vec<_> = new.drain(from..from + len).collect();
            let to = to % (new.len() + 1);
            new.splice(to..to, block);
        }
        let render = |ps: &[Vec<&str>]| -> String {
            ps.iter().map(|p| format!("{}.\n\n", p.join(" "))).collect()
        };
        let (old, new) = (Document::parse(render(&old)), Document::parse(render(&new)));
        check(&old, &new, Lang::EN);
    }
}

#[test]
#[ignore = "needs LibreOffice (Debian package libreoffice-writer-nogui); .ci/run installs it and runs this test with --ignored"]
fn libreoffice_opens_the_tracked_changes() {
    let dir = std::env::temp_dir().join(format!("alinea-docx-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("ict.docx");
    let bytes = docx(
        &load("diff_cases/ict_en_old.txt"),
        &load("diff_cases/ict_en_new.txt"),
        Lang::EN,
    );
    std::fs::write(&file, bytes).unwrap();
    let status = std::process::Command::new("soffice")
        .args([
            "--headless",
            "--norestore",
            "--convert-to",
            "txt:Text",
            "--outdir",
        ])
        .arg(&dir)
        .arg(&file)
        .env("HOME", &dir)
        .status()
        .expect("soffice runs");
    assert!(status.success());
    let txt = std::fs::read_to_string(dir.join("ict.txt")).expect("LibreOffice wrote the text");
    // The text export shows the document with its changes: the new wording is there.
    assert!(
        txt.contains("77/36") && txt.contains("Welcomes the report"),
        "{txt}"
    );
    // LibreOffice itself accepts (then, separately, rejects) every revision: the text it
    // exports is the new (old) version, paragraph for paragraph, whitespace folded. The
    // English pair has a reworded move (two comments) and renumbering; the Persian pairs
    // have splits, merges, added runs and right-to-left text.
    //
    // LibreOffice 7.4 combines revisions within a minute of each other across an
    // unrevised paragraph mark (a kept paragraph ending in inserted words, then an added
    // paragraph or a kept one starting with inserted words), so the writer dates
    // word-level revisions two and four minutes earlier, alternating (`word_dates`);
    // without that, reject-all joined old paragraphs on 68/167 → 69/166 and on the `✓`
    // list of 69/166 → 71/199.
    let en = (
        load("diff_cases/ict_en_old.txt"),
        load("diff_cases/ict_en_new.txt"),
    );
    let mut cases = vec![("ict".to_string(), en.0, en.1, Lang::EN)];
    for (k, pair) in FA_PAIRS.into_iter().enumerate() {
        let (old, new) = fa_pair(pair);
        cases.push((format!("fa{k}"), old, new, Lang::FA));
    }
    for (name, old, new, lang) in cases {
        let file = dir.join(format!("{name}.docx"));
        std::fs::write(&file, docx(&old, &new, lang)).unwrap();
        let got = libreoffice_resolves(&dir, &file, "accept");
        assert_eq!(got, folded(&new), "{name}: LibreOffice, accept all");
        let got = libreoffice_resolves(&dir, &file, "reject");
        assert_eq!(got, folded(&old), "{name}: LibreOffice, reject all");
    }
    std::fs::remove_dir_all(&dir).ok();
}

/// Runs `tests/lo_resolve.py` (LibreOffice's Python bridge, Debian package python3-uno,
/// for the interpreter `ALINEA_UNO_PYTHON`, default `/usr/bin/python3`) and returns the
/// exported text's non-empty lines, whitespace folded.
fn libreoffice_resolves(
    dir: &std::path::Path,
    file: &std::path::Path,
    action: &str,
) -> Vec<String> {
    let python = std::env::var("ALINEA_UNO_PYTHON").unwrap_or_else(|_| "/usr/bin/python3".into());
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/lo_resolve.py");
    let out = dir.join(format!("{action}.txt"));
    let run = std::process::Command::new(&python)
        .arg(&script)
        .arg(file)
        .arg(action)
        .arg(&out)
        .env("HOME", dir)
        .output()
        .unwrap_or_else(|e| panic!("{python}: {e}"));
    assert!(
        run.status.success(),
        "{python} {}: {}{}",
        script.display(),
        String::from_utf8_lossy(&run.stdout),
        String::from_utf8_lossy(&run.stderr)
    );
    let txt = std::fs::read_to_string(&out).expect("LibreOffice wrote the text");
    txt.trim_start_matches('\u{feff}')
        .lines()
        .map(fold_space)
        .filter(|l| !l.is_empty())
        .collect()
}
