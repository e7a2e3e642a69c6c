//! `alinea check` on translation memories: a TMX made from the shipped ParIce units
//! (CC BY 4.0, `data/check/`) with injected errors and a clean copy, the output formats,
//! XLIFF input, and bad files refused with a message naming them.

use alinea::text::dialogue::opens_turn;
use std::fs;
use std::path::Path;

use crate::util::{alinea, assert_clean_failure, read_data, stderr, stdout};

/// `(doc, source, target)` units of the shipped set.
fn units() -> Vec<(String, String, String)> {
    read_data("check/parice_enis.tsv")
        .lines()
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            (f[0].to_string(), f[1].to_string(), f[2].to_string())
        })
        .collect()
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn tmx(units: &[(String, String, String)]) -> String {
    let mut s = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n<header creationtool=\"test\" segtype=\"sentence\" o-tmf=\"none\" adminlang=\"en\" srclang=\"en-GB\" datatype=\"plaintext\"/>\n<body>\n");
    for (k, (_, a, b)) in units.iter().enumerate() {
        s.push_str(&format!(
            "<tu tuid=\"{k}\"><tuv xml:lang=\"en-GB\"><seg>{}</seg></tuv><tuv xml:lang=\"is-IS\"><seg>{}</seg></tuv></tu>\n",
            esc(a),
            esc(b)
        ));
    }
    s + "</body>\n</tmx>\n"
}

/// Flags of every unit by position, from the JSON Lines report, then its notes
/// (prefixed `note: `).
fn check(dir: &Path, name: &str, units: &[(String, String, String)]) -> Vec<Vec<String>> {
    let path = dir.join(name);
    fs::write(&path, tmx(units)).unwrap();
    let o = alinea(&["check", path.to_str().unwrap(), "--format", "jsonl"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains(&format!("{} units", units.len())),
        "{}",
        stderr(&o)
    );
    let mut flags = vec![Vec::new(); units.len()];
    for line in stdout(&o).lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let k: usize = v["id"].as_str().unwrap().parse().unwrap();
        flags[k] = v["flags"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f.as_str().unwrap().to_string())
            .chain(
                v["notes"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|n| format!("note: {}", n.as_str().unwrap())),
            )
            .collect();
    }
    flags
}

fn same_digits(a: &str, b: &str) -> bool {
    let d = |s: &str| {
        let mut v: Vec<char> = s.chars().filter(char::is_ascii_digit).collect();
        v.sort_unstable();
        v
    };
    !d(a).is_empty() && d(a) == d(b)
}

/// The rates issue 12 asks of the QA flags, on a memory: changed numbers ≥ 0.95,
/// untranslated targets ≥ 0.90, and at most one flagged unit per 100 clean ones; and
/// swapped neighbours found as `misaligned`, targets cut short found as `incomplete`
/// or `length_ratio` (issue 15).
#[test]
fn check_finds_injected_errors_and_passes_the_clean_memory() {
    let dir = tempfile::tempdir().unwrap();
    let clean = units();
    assert!(clean.len() > 500);
    let flags = check(dir.path(), "clean.tmx", &clean);
    let flagged = flags.iter().filter(|f| !f.is_empty()).count();
    assert!(
        flagged * 100 <= clean.len(),
        "{flagged} of {} clean units flagged",
        clean.len()
    );

    // As `crates/alinea/examples/check_bench.rs` does: every 12th suitable unit, one
    // kind of error per copy.
    let inject = |kind: &str| {
        let mut damaged = clean.clone();
        let mut hurt = Vec::new();
        let mut i = 6;
        while i < damaged.len() {
            let (s, t) = (damaged[i].1.clone(), damaged[i].2.clone());
            let done = match kind {
                "number" if same_digits(&s, &t) => {
                    let pos = t.find(|c: char| c.is_ascii_digit()).unwrap();
                    let d = t.as_bytes()[pos] - b'0';
                    let mut changed = t.clone();
                    changed.replace_range(pos..pos + 1, &((d + 3) % 10).to_string());
                    damaged[i].2 = changed;
                    true
                }
                "untranslated" if s != t => {
                    damaged[i].2 = s;
                    true
                }
                "swap"
                    if i + 1 < damaged.len()
                        && damaged[i].0 == damaged[i + 1].0
                        && t != damaged[i + 1].2 =>
                {
                    damaged[i].2 = std::mem::replace(&mut damaged[i + 1].2, t);
                    hurt.push(i + 1);
                    true
                }
                "truncate" if t.split_whitespace().count() >= 8 => {
                    let words: Vec<&str> = t.split_whitespace().collect();
                    damaged[i].2 = words[..words.len() / 2].join(" ");
                    true
                }
                _ => false,
            };
            if done {
                hurt.insert(hurt.len() - usize::from(kind == "swap"), i);
                i += 12;
            } else {
                i += 1;
            }
        }
        (damaged, hurt)
    };
    for (kind, wanted, rate, at_least) in [
        ("number", &["number_mismatch"][..], 0.95, 8),
        ("untranslated", &["untranslated"], 0.90, 40),
        // Two neighbours' targets exchanged, both units counted (0.62 measured; 0.36
        // before the exchange test).
        ("swap", &["misaligned"], 0.55, 80),
        // A target cut to its first half (0.95 measured; 0.37 before the cut
        // evidence became a flag).
        ("truncate", &["incomplete", "length_ratio"], 0.80, 30),
    ] {
        let (damaged, hurt) = inject(kind);
        assert!(hurt.len() >= at_least, "{kind}: {hurt:?}");
        let flags = check(dir.path(), &format!("{kind}.tmx"), &damaged);
        let found = hurt
            .iter()
            .filter(|&&i| flags[i].iter().any(|f| wanted.contains(&f.as_str())))
            .count();
        assert!(
            found as f64 >= rate * hurt.len() as f64,
            "{kind}: {found} of {} found",
            hurt.len()
        );
        if kind == "truncate" {
            // The note says why: a sentence the source closes, left open.
            let open = hurt
                .iter()
                .filter(|&&i| flags[i].iter().any(|f| f.contains("mid-sentence")))
                .count();
            assert!(open * 2 >= found, "{open} of {found} say mid-sentence");
        }
    }
}

/// A target that goes on after the question or exclamation that ends its source: the
/// target of the unit half the memory away run on after it (as `check_bench`'s
/// `append` does), at every 12th unit whose English ends with `?` or `!`. The mark
/// says where the source's text ends in the target, and the note says so: 17 of 23
/// found, 11 of them by the mark (6 of 23 without it).
#[test]
fn a_target_that_goes_on_after_its_sources_question_is_flagged_addition() {
    let dir = tempfile::tempdir().unwrap();
    let clean = units();
    let n = clean.len();
    let asks = |s: &str| s.trim_end().ends_with(['?', '!']);
    let mut damaged = clean.clone();
    let mut hurt = Vec::new();
    let mut i = 0;
    while i < n {
        let other = &clean[(i + n / 2) % n].2;
        // A run-on text that itself asks would end the target as the source ends.
        if asks(&clean[i].1) && !asks(other) {
            damaged[i].2 = format!("{} {}", clean[i].2, other);
            hurt.push(i);
            i += 12;
        } else {
            i += 1;
        }
    }
    assert!(hurt.len() >= 20, "{hurt:?}");
    let flags = check(dir.path(), "asks.tmx", &damaged);
    let found: Vec<usize> = hurt
        .iter()
        .copied()
        .filter(|&i| flags[i].iter().any(|f| f == "addition"))
        .collect();
    let told = found
        .iter()
        .filter(|&&i| {
            flags[i]
                .iter()
                .any(|f| f.contains("goes on after the question"))
        })
        .count();
    assert!(
        found.len() * 10 >= hurt.len() * 6,
        "{} of {} found",
        found.len(),
        hurt.len()
    );
    assert!(
        told * 4 >= found.len(),
        "{told} of {} told why",
        found.len()
    );
}

/// A source segment left open at a comma (its sentence goes on in the next unit) is
/// translated as a clause; a target that closes a sentence and goes on with another
/// says more than it. Every shipped unit whose English stops at a comma gets the
/// target of the unit half the memory away run on after its own, closed as a sentence.
#[test]
fn a_target_that_goes_on_after_a_clause_its_source_leaves_open_is_flagged_addition() {
    let dir = tempfile::tempdir().unwrap();
    let clean = units();
    let n = clean.len();
    let mut damaged = clean.clone();
    let mut hurt = Vec::new();
    for i in 0..n {
        let other = clean[(i + n / 2) % n].2.trim_end();
        let capital = other.chars().next().is_some_and(char::is_uppercase);
        if clean[i].1.trim_end().ends_with(',') && capital && other.ends_with(['.', '?', '!']) {
            let own = clean[i].2.trim_end().trim_end_matches(',');
            damaged[i].2 = format!("{own}. {other}");
            hurt.push(i);
        }
    }
    assert!(hurt.len() >= 5, "{hurt:?}");
    let flags = check(dir.path(), "open.tmx", &damaged);
    let told = hurt
        .iter()
        .filter(|&&i| {
            flags[i].iter().any(|f| f == "addition")
                && flags[i].iter().any(|f| f.contains("stops mid-sentence"))
        })
        .count();
    // 4 of 8 are found so; without the reading none is (the note is its own).
    assert!(
        told * 3 >= hurt.len(),
        "{told} of {} found and told why",
        hurt.len()
    );
}

/// Two neighbouring subtitle lines with their translations exchanged, where one opens
/// a turn of dialogue and the other does not: each source now stands with a target
/// that drops or adds the dash, which the memory's own lines keep, and the words of
/// short lines say little. Such pairs of the shipped film (ParIce `s_1`), three apart.
#[test]
fn swapped_subtitle_lines_that_differ_in_the_dash_are_misaligned() {
    let dir = tempfile::tempdir().unwrap();
    let clean = units();
    let mut damaged = clean.clone();
    let mut hurt = Vec::new();
    let mut i = 0;
    while i + 1 < clean.len() {
        let (a, b) = (&clean[i], &clean[i + 1]);
        let keeps = |u: &(String, String, String)| opens_turn(&u.1) == opens_turn(&u.2);
        if a.0 == "s_1"
            && b.0 == "s_1"
            && keeps(a)
            && keeps(b)
            && opens_turn(&a.1) != opens_turn(&b.1)
        {
            damaged[i].2 = b.2.clone();
            damaged[i + 1].2 = a.2.clone();
            hurt.push(i);
            i += 3;
        } else {
            i += 1;
        }
    }
    assert!(hurt.len() >= 8, "{hurt:?}");
    let flags = check(dir.path(), "turns.tmx", &damaged);
    let found = hurt
        .iter()
        .filter(|&&i| {
            flags[i]
                .iter()
                .chain(&flags[i + 1])
                .any(|f| f == "misaligned")
        })
        .count();
    // 16 of 21; 15 without the turns (`alinea_align`'s `turns::TurnWeights`).
    assert!(found >= 16, "{found} of {} swapped pairs found", hurt.len());
}

/// A target cut after a conjunction and closed again (`… og.`) has lost its end, whatever
/// its length: at every 12th unit whose Icelandic has ` og ` with words after it, the
/// target is cut after its first `og` and given back its final mark. The note names
/// the word. Without the dangling-word reading, the length and lexicon figures find
/// few of these (the cut often keeps most of the target).
#[test]
fn a_target_that_stops_on_a_conjunction_is_flagged_incomplete() {
    let dir = tempfile::tempdir().unwrap();
    let clean = units();
    let mut damaged = clean.clone();
    let mut hurt = Vec::new();
    let mut i = 0;
    while i < clean.len() {
        let (src, tgt) = (&clean[i].1, clean[i].2.trim_end());
        let closes = |s: &str| s.trim_end().ends_with(['.', '!', '?']);
        match tgt.find(" og ") {
            Some(k) if closes(src) && closes(tgt) && tgt[k + 4..].split(' ').count() >= 3 => {
                let mark = &tgt[tgt.len() - 1..];
                damaged[i].2 = format!("{}{mark}", &tgt[..k + 3]);
                hurt.push(i);
                i += 12;
            }
            _ => i += 1,
        }
    }
    assert!(hurt.len() >= 15, "{hurt:?}");
    let flags = check(dir.path(), "og.tmx", &damaged);
    let found = hurt
        .iter()
        .filter(|&&i| flags[i].iter().any(|f| f == "incomplete"))
        .count();
    let told = hurt
        .iter()
        .filter(|&&i| flags[i].iter().any(|f| f.contains("stops on “og”")))
        .count();
    assert!(
        found * 10 >= hurt.len() * 9,
        "{found} of {} found",
        hurt.len()
    );
    assert!(
        told * 10 >= hurt.len() * 9,
        "{told} of {} told why",
        hurt.len()
    );
}

/// The other way round: a source segment cut after an article and closed again (`… of
/// the.`) says less than its target, which is flagged `addition` with a note naming the
/// word, at every 12th unit whose English has ` the ` with words after it.
#[test]
fn a_source_that_stops_on_an_article_flags_its_target_as_saying_more() {
    let dir = tempfile::tempdir().unwrap();
    let clean = units();
    let mut damaged = clean.clone();
    let mut hurt = Vec::new();
    let mut i = 0;
    while i < clean.len() {
        let (src, tgt) = (clean[i].1.trim_end(), &clean[i].2);
        let closes = |s: &str| s.trim_end().ends_with(['.', '!', '?']);
        match src.find(" the ") {
            Some(k) if closes(src) && closes(tgt) && src[k + 5..].split(' ').count() >= 3 => {
                let mark = &src[src.len() - 1..];
                damaged[i].1 = format!("{}{mark}", &src[..k + 4]);
                hurt.push(i);
                i += 12;
            }
            _ => i += 1,
        }
    }
    assert!(hurt.len() >= 15, "{hurt:?}");
    let flags = check(dir.path(), "the.tmx", &damaged);
    let found = hurt
        .iter()
        .filter(|&&i| flags[i].iter().any(|f| f == "addition"))
        .count();
    let told = hurt
        .iter()
        .filter(|&&i| flags[i].iter().any(|f| f.contains("source stops on “the”")))
        .count();
    assert!(
        found * 10 >= hurt.len() * 9,
        "{found} of {} found",
        hurt.len()
    );
    assert!(
        told * 10 >= hurt.len() * 9,
        "{told} of {} told why",
        hurt.len()
    );
}

#[test]
fn check_writes_tsv_with_a_header_and_an_html_page() {
    let dir = tempfile::tempdir().unwrap();
    let mut u = units()[..60].to_vec();
    u[10].2 = u[10].1.clone();
    let path = dir.path().join("m.tmx");
    fs::write(&path, tmx(&u)).unwrap();
    let o = alinea(&["check", path.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.starts_with("id\ten\tis\tscore\tflags\tnotes\n"),
        "{out}"
    );
    assert!(
        out.lines().any(|l| l.starts_with("10\t")
            && l.contains("untranslated")
            && l.ends_with("the target repeats its source")),
        "{out}"
    );
    assert!(
        stderr(&o).contains("m.tmx (TMX, en → is): 60 units"),
        "{}",
        stderr(&o)
    );
    let html = dir.path().join("m.html");
    let o = alinea(&[
        "check",
        path.to_str().unwrap(),
        "--format",
        "html",
        "--out",
        html.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let page = fs::read_to_string(&html).unwrap();
    assert!(page.contains("<b id=\"units\">60</b>") && page.contains("untranslated"));
}

/// A number flag says which numbers differ: in the note, in the JSON record's
/// `numbers`, and marked in both cells of the HTML page.
#[test]
fn a_changed_number_is_named_in_the_note_and_marked_on_the_page() {
    let dir = tempfile::tempdir().unwrap();
    let mut u = units()[..200].to_vec();
    let k = (0..u.len())
        .find(|&k| same_digits(&u[k].1, &u[k].2) && u[k].2.contains("2009"))
        .expect("a unit with the year 2009 on both sides");
    u[k].2 = u[k].2.replacen("2009", "2019", 1);
    let path = dir.path().join("m.tmx");
    fs::write(&path, tmx(&u)).unwrap();
    let o = alinea(&["check", path.to_str().unwrap(), "--format", "jsonl"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let rec: serde_json::Value = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .find(|v| v["id"] == k.to_string().as_str())
        .expect("the damaged unit is reported");
    assert_eq!(rec["numbers"]["src_only"], serde_json::json!(["2009"]));
    assert_eq!(rec["numbers"]["tgt_only"], serde_json::json!(["2019"]));
    let notes = rec["notes"].to_string();
    assert!(
        notes.contains("2009 in the source has no counterpart in the target")
            && notes.contains("2019 in the target has no counterpart in the source"),
        "{notes}"
    );
    let html = dir.path().join("m.html");
    let args = ["check", path.to_str().unwrap(), "--format", "html"];
    let o = alinea(&[&args[..], &["--out", html.to_str().unwrap()]].concat());
    assert!(o.status.success(), "{}", stderr(&o));
    let page = fs::read_to_string(&html).unwrap();
    assert!(page.contains("<mark>2009</mark>") && page.contains("<mark>2019</mark>"));
}

#[test]
fn check_reads_xliff_with_its_languages() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.xlf");
    let x = r#"<?xml version="1.0"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file source-language="en-US" target-language="fr-FR" datatype="plaintext" original="a">
  <body>
   <trans-unit id="a"><source>The committee met on <g id="1">14 March 2019</g>.</source><target>Le comité s'est réuni le <g id="1">15 mars 2019</g>.</target></trans-unit>
   <trans-unit id="b"><source>It adopted the report of its seventh session.</source><target>It adopted the report of its seventh session.</target></trans-unit>
   <trans-unit id="c"><source>Pending.</source></trans-unit>
  </body>
 </file>
</xliff>"#;
    fs::write(&path, x).unwrap();
    let o = alinea(&["check", path.to_str().unwrap(), "--format", "jsonl"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    let rows: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), 2, "{out}");
    assert_eq!(rows[0]["id"], "a");
    assert_eq!(rows[0]["flags"][0], "number_mismatch");
    assert_eq!(rows[1]["id"], "b");
    assert!(rows[1]["flags"].to_string().contains("untranslated"));
    let err = stderr(&o);
    assert!(
        err.contains("XLIFF 1.2, en → fr") && err.contains("1 without a target"),
        "{err}"
    );
}

#[test]
fn bad_memories_are_refused_naming_the_file_without_output() {
    let dir = tempfile::tempdir().unwrap();
    let good = tmx(&units()[..20]);
    let cases: [(&str, Vec<u8>, &[&str]); 5] = [
        (
            "text.tmx",
            b"This is a plain text file.\n".to_vec(),
            &["not a well-formed XML file"],
        ),
        (
            "cut.tmx",
            good.as_bytes()[..good.len() / 2].to_vec(),
            &["truncated"],
        ),
        ("empty.tmx", Vec::new(), &["empty"]),
        (
            "page.tmx",
            b"<html><body><p>Hello</p></body></html>".to_vec(),
            &["root element is <html>"],
        ),
        (
            "none.tmx",
            b"<tmx version=\"1.4\"><header srclang=\"en\"/><body/></tmx>".to_vec(),
            &["no unit"],
        ),
    ];
    for (name, bytes, parts) in cases {
        let path = dir.path().join(name);
        fs::write(&path, bytes).unwrap();
        let out = dir.path().join(format!("{name}.tsv"));
        let o = alinea(&["check", path.to_str().unwrap(), "-o", out.to_str().unwrap()]);
        let mut want = parts.to_vec();
        want.push(name);
        assert_clean_failure(&o, &want);
        assert!(!out.exists(), "{name}: partial output written");
    }
    let missing = dir.path().join("missing.tmx");
    let o = alinea(&["check", missing.to_str().unwrap()]);
    assert_clean_failure(&o, &["missing.tmx"]);
}
