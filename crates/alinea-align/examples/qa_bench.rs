//! QA benchmark: injects known errors into gold-aligned documents, aligns the damaged
//! copies and scores what the review flags find.
//!
//! ```text
//! cargo run --release -p alinea-align --example qa_bench -- SET_DIR SRC_LANG TGT_LANG [--every N] [--chunk N] [--table] [--dump FILE] [--no-builtin-lexicon]
//! ```
//!
//! `SET_DIR` holds `docs/<id>/{src,tgt,gold}.txt` or `{src,tgt,gold}.txt` (the layout of
//! the sets in `shared/data/align`). Every `N`-th (default 12) gold `1-1` bead, spaced
//! apart, receives one error per copy of the document, one copy per kind:
//! - `delete`: its target sentence is removed; its source sentence should become a `1-0`
//!   bead (`omission`);
//! - `insert`: a target sentence from far away (another document when there is one) is
//!   inserted after it; it should become a `0-1` bead (`addition`);
//! - `number`: a digit of its target sentence (or, when it has none, of its source
//!   sentence, also a Chinese year in characters) is changed, in every `1-1` bead that
//!   has one, not only every `N`-th; the bead holding it should be
//!   flagged `number_mismatch` (only beads whose two sides have the same numbers read as
//!   values, so Chinese numerals count);
//! - `untranslated`: its target sentence is replaced by its source sentence; the bead
//!   holding it should be flagged `untranslated`.
//! - `truncate`: its target sentence (of eight words or more) is cut to its first half
//!   and closed again with its own final marks; the bead holding it should be flagged
//!   `incomplete` (strict: with its source sentence in it). Only cuts that stop on a
//!   word no sentence ends on can be read so (`alinea_text::dangling`).
//!
//! With `QA_SHOW=1` in the environment, every deleted or inserted sentence not found
//! strictly is listed on stderr with the bead that holds it, and so are every
//! untranslated sentence whose bead is not flagged and every bead of the clean copy
//! flagged `number_mismatch`.
//!
//! `--chunk N` cuts each document into documents of `N` gold beads: short documents,
//! too short to learn a lexicon from, made from long ones.
//!
//! Recall is *strict* when the sentence is alone in an empty-side bead (delete, insert)
//! and *lenient* when the bead that holds it carries the flag. The clean copy gives
//! false alarms per 100 beads per flag (empty-side beads count only when the gold
//! has no such bead for that sentence), and the calibration of the scores: a bead is
//! right when it is exactly a gold bead; expected calibration error over ten bins.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use alinea_align::{numbers, parse_ladder, Aligner, Alignment, LadderBead};
use alinea_text::Lang;

struct Doc {
    src: Vec<String>,
    tgt: Vec<String>,
    gold: Vec<LadderBead>,
}

fn read_doc(dir: &Path) -> Result<Doc, String> {
    let rd =
        |n: &str| fs::read_to_string(dir.join(n)).map_err(|e| format!("{}: {e}", dir.display()));
    let lines = |t: String| t.lines().map(str::to_owned).collect::<Vec<_>>();
    Ok(Doc {
        src: lines(rd("src.txt")?),
        tgt: lines(rd("tgt.txt")?),
        gold: parse_ladder(&rd("gold.txt")?).map_err(|e| e.to_string())?,
    })
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Delete,
    Insert,
    Number,
    Untranslated,
    Truncate,
}

const KINDS: [Kind; 5] = [
    Kind::Delete,
    Kind::Insert,
    Kind::Number,
    Kind::Untranslated,
    Kind::Truncate,
];

/// A target sentence cut to its first half and closed again with its own final marks
/// (`.`, `?»`): a translation that leaves out the end of its sentence. `None` for
/// sentences under eight words.
fn cut_closed(line: &str) -> Option<String> {
    let words: Vec<&str> = line.split_whitespace().collect();
    if words.len() < 8 {
        return None;
    }
    let t = line.trim_end();
    let end = t.rfind(char::is_alphanumeric).map_or(t.len(), |k| {
        k + t[k..].chars().next().map_or(0, char::len_utf8)
    });
    Some(format!(
        "{}{}",
        words[..words.len() / 2].join(" "),
        &t[end..]
    ))
}

/// Hits of one kind: (injected, strict, lenient).
#[derive(Default, Clone, Copy)]
struct Tally {
    n: usize,
    strict: usize,
    lenient: usize,
    /// Beads of the damaged copy, and its sentences set alone in an empty-side bead
    /// that were neither injected nor alone in the gold: what the damage costs the
    /// rest of the document.
    beads: usize,
    collateral: usize,
}

#[derive(Default)]
struct Clean {
    beads: usize,
    omission: usize,
    addition: usize,
    number: usize,
    /// Number flags on beads whose gold pairing has the same numbers (the flag comes
    /// from the aligner's pairing, not from the text).
    number_misaligned: usize,
    /// Gold beads whose two sides' numbers differ as values: what a perfect
    /// alignment would flag.
    gold_number: usize,
    gold_pairs: usize,
    untranslated: usize,
    incomplete: usize,
    low: usize,
    /// Strict scoring as in `shared/tools/align_score.py`: predicted beads and those
    /// in the gold; gold beads with both sides and those predicted.
    pred: usize,
    pred_hit: usize,
    gold_pairs_total: usize,
    gold_pairs_hit: usize,
    /// (score, right) of every bead.
    scored: Vec<(f32, bool)>,
    /// Whether each bead is `1-1`.
    one_one: Vec<bool>,
}

/// Whether two groups of sentences agree in their numbers, read as values.
fn same_numbers(src: &[(usize, &str)], tgt: &[(usize, &str)], langs: (Lang, Lang)) -> bool {
    numbers::compare(src, langs.0, tgt, langs.1).is_empty()
}

fn group<'a>(text: &'a [String], ix: &[usize]) -> Vec<(usize, &'a str)> {
    ix.iter().map(|&i| (i, text[i].as_str())).collect()
}

/// Changes the first ASCII digit of `s` (d → d+1 mod 10, 0 → 7 to keep a leading digit),
/// or else a digit of the first Chinese year written in characters (`一九五七` →
/// `一九五八`).
fn change_number(s: &str) -> Option<String> {
    if let Some(k) = s.find(|c: char| c.is_ascii_digit()) {
        let d = s.as_bytes()[k] - b'0';
        let nd = if d == 0 { 7 } else { (d + 1) % 10 };
        return Some(format!("{}{}{}", &s[..k], nd, &s[k + 1..]));
    }
    const CJK: [char; 10] = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let is_d = |k: usize| chars.get(k).is_some_and(|&(_, c)| CJK.contains(&c));
    let start = (0..chars.len()).find(|&k| (k..k + 4).all(is_d))?;
    let (b, c) = chars[start + 3];
    let d = CJK.iter().position(|&x| x == c)?;
    Some(format!(
        "{}{}{}",
        &s[..b],
        CJK[(d + 1) % 10],
        &s[b + c.len_utf8()..]
    ))
}

/// Gold `1-1` beads chosen for injection: every `every`-th, never adjacent to another.
fn targets(doc: &Doc, every: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut last: Option<usize> = None;
    for (k, b) in doc.gold.iter().enumerate() {
        if b.src.len() == 1
            && b.tgt.len() == 1
            && k % every == every / 2
            && last.is_none_or(|l| k > l + 2)
        {
            out.push(k);
            last = Some(k);
        }
    }
    out
}

/// Cuts a document into documents of `n` gold beads each (short documents, where no
/// lexicon can be learned, from a long one).
fn split_doc(d: &Doc, n: usize) -> Vec<Doc> {
    d.gold
        .chunks(n)
        .filter_map(|g| {
            let s0 = g.iter().flat_map(|b| b.src.iter()).min().copied()?;
            let t0 = g.iter().flat_map(|b| b.tgt.iter()).min().copied()?;
            let s1 = g.iter().flat_map(|b| b.src.iter()).max().copied()? + 1;
            let t1 = g.iter().flat_map(|b| b.tgt.iter()).max().copied()? + 1;
            // A gold file may name a last line the text does not have (an empty last
            // line dropped by `lines`): that chunk is left out.
            if s1 > d.src.len() || t1 > d.tgt.len() {
                return None;
            }
            let gold = g
                .iter()
                .map(|b| LadderBead {
                    src: b.src.iter().map(|i| i - s0).collect(),
                    tgt: b.tgt.iter().map(|j| j - t0).collect(),
                    score: None,
                    flags: Vec::new(),
                })
                .collect();
            Some(Doc {
                src: d.src[s0..s1].to_vec(),
                tgt: d.tgt[t0..t1].to_vec(),
                gold,
            })
        })
        .collect()
}

/// Which bead holds source `i` / target `j`.
fn holder(a: &Alignment, src: Option<usize>, tgt: Option<usize>) -> usize {
    a.beads()
        .iter()
        .position(|b| {
            src.is_some_and(|i| b.src().contains(&i)) || tgt.is_some_and(|j| b.tgt().contains(&j))
        })
        .expect("every sentence is in a bead")
}

/// One missed injection on stderr: the bead that holds it, with its text.
fn show_miss(
    what: &str,
    src: &[String],
    tgt: &[String],
    a: &Alignment,
    k: usize,
    i: usize,
    j: Option<usize>,
) {
    let b = &a.beads()[k];
    let side = |text: &[String], ix: &[usize]| {
        ix.iter()
            .map(|&k| format!("[{k}] {}", text[k]))
            .collect::<Vec<_>>()
            .join(" | ")
    };
    eprintln!(
        "MISS {what} src {i} tgt {j:?} bead {}-{} score {:.2}\n  S: {}\n  T: {}",
        b.src().len(),
        b.tgt().len(),
        b.score(),
        side(src, b.src()),
        side(tgt, b.tgt())
    );
    // The beads around it, as ladder lines.
    let around: Vec<String> = a.beads()[k.saturating_sub(3)..(k + 4).min(a.beads().len())]
        .iter()
        .map(|b| format!("{:?}:{:?}:{:.2}", b.src(), b.tgt(), b.score()))
        .collect();
    eprintln!("  around: {}", around.join(" "));
}

fn run_kind(
    aligner: &Aligner,
    doc: &Doc,
    foreign: &[String],
    kind: Kind,
    every: usize,
    langs: (Lang, Lang),
) -> Tally {
    // `QA_SHOW=1` lists the deleted and inserted sentences not found strictly.
    let show = std::env::var_os("QA_SHOW").is_some();
    // A number can only be changed where there is one: every eligible bead gets one.
    let picks = targets(doc, if kind == Kind::Number { 1 } else { every });
    let mut t = Tally::default();
    // Build the damaged target side; remember where each injection went.
    let mut tgt: Vec<String> = Vec::new();
    // The gold index of each target line of the damaged copy (`None`: injected).
    let mut orig: Vec<Option<usize>> = Vec::new();
    let mut src = doc.src.clone();
    // (source index, new target index) of each injection.
    let mut marks: Vec<(usize, Option<usize>)> = Vec::new();
    let pick_set: HashSet<usize> = picks.iter().copied().collect();
    let mut fk = 0usize;
    for (k, b) in doc.gold.iter().enumerate() {
        let chosen = pick_set.contains(&k);
        for (n, &j) in b.tgt.iter().enumerate() {
            let line = &doc.tgt[j];
            if chosen && n == 0 {
                let i = b.src[0];
                match kind {
                    Kind::Delete => {
                        marks.push((i, None));
                        continue;
                    }
                    Kind::Insert => {
                        tgt.push(line.clone());
                        orig.push(Some(j));
                        marks.push((i, Some(tgt.len())));
                        tgt.push(foreign[fk % foreign.len()].clone());
                        orig.push(None);
                        fk += 7;
                        continue;
                    }
                    Kind::Number => {
                        let agree =
                            same_numbers(&group(&doc.src, &b.src), &group(&doc.tgt, &b.tgt), langs);
                        if agree {
                            // The target's number, or else the source's.
                            if let Some(c) = change_number(line) {
                                marks.push((i, Some(tgt.len())));
                                tgt.push(c);
                                orig.push(Some(j));
                                continue;
                            }
                            if let Some(c) = change_number(&doc.src[i]) {
                                src[i] = c;
                                marks.push((i, Some(tgt.len())));
                            }
                        }
                    }
                    // A target that already repeats its source (a name, a date) cannot
                    // be left untranslated.
                    Kind::Untranslated if src[i].trim() != line.trim() => {
                        marks.push((i, Some(tgt.len())));
                        tgt.push(src[i].clone());
                        orig.push(None);
                        continue;
                    }
                    Kind::Untranslated => {}
                    Kind::Truncate => {
                        if let Some(c) = cut_closed(line) {
                            marks.push((i, Some(tgt.len())));
                            tgt.push(c);
                            orig.push(Some(j));
                            continue;
                        }
                    }
                }
            }
            tgt.push(line.clone());
            orig.push(Some(j));
        }
    }
    src.truncate(doc.src.len());
    let a = aligner.align(&src, &tgt, langs.0, langs.1);
    let marked: HashSet<usize> = marks.iter().map(|m| m.0).collect();
    let alone_src: HashSet<usize> = doc
        .gold
        .iter()
        .filter(|b| b.tgt.is_empty())
        .flat_map(|b| b.src.clone())
        .collect();
    let alone_tgt: HashSet<usize> = doc
        .gold
        .iter()
        .filter(|b| b.src.is_empty())
        .flat_map(|b| b.tgt.clone())
        .collect();
    for b in a.beads() {
        t.beads += 1;
        if b.tgt().is_empty() {
            t.collateral += b
                .src()
                .iter()
                .filter(|i| !(alone_src.contains(i) || kind == Kind::Delete && marked.contains(i)))
                .count();
        }
        if b.src().is_empty() {
            t.collateral += b
                .tgt()
                .iter()
                .filter(|&&j| orig[j].is_some_and(|g| !alone_tgt.contains(&g)))
                .count();
        }
    }
    for (i, j) in marks {
        t.n += 1;
        match kind {
            Kind::Delete => {
                let h = holder(&a, Some(i), None);
                let b = &a.beads()[h];
                t.strict += usize::from(b.tgt().is_empty());
                if show && !b.tgt().is_empty() {
                    show_miss("delete", &src, &tgt, &a, h, i, None);
                }
                t.lenient += usize::from(b.flags().empty_side() || b.src().len() > b.tgt().len());
            }
            Kind::Insert => {
                let h = holder(&a, None, j);
                let b = &a.beads()[h];
                t.strict += usize::from(b.src().is_empty());
                if show && !b.src().is_empty() {
                    show_miss("insert", &src, &tgt, &a, h, i, j);
                }
                t.lenient += usize::from(b.flags().empty_side() || b.tgt().len() > b.src().len());
            }
            Kind::Number => {
                let b = &a.beads()[holder(&a, None, j)];
                t.strict += usize::from(b.flags().number_mismatch() && b.src().contains(&i));
                t.lenient += usize::from(b.flags().number_mismatch());
            }
            Kind::Untranslated => {
                let h = holder(&a, None, j);
                let b = &a.beads()[h];
                t.strict += usize::from(b.flags().untranslated() && b.tgt().len() == 1);
                t.lenient += usize::from(b.flags().untranslated());
                if show && !b.flags().untranslated() {
                    show_miss("untranslated", &src, &tgt, &a, h, i, j);
                }
            }
            Kind::Truncate => {
                let b = &a.beads()[holder(&a, None, j)];
                t.strict += usize::from(b.flags().incomplete() && b.src().contains(&i));
                t.lenient += usize::from(b.flags().incomplete());
            }
        }
    }
    t
}

fn run_clean(aligner: &Aligner, doc: &Doc, langs: (Lang, Lang), c: &mut Clean) {
    let a = aligner.align(&doc.src, &doc.tgt, langs.0, langs.1);
    for g in &doc.gold {
        if !g.src.is_empty() && !g.tgt.is_empty() {
            c.gold_pairs += 1;
            let agree = same_numbers(&group(&doc.src, &g.src), &group(&doc.tgt, &g.tgt), langs);
            c.gold_number += usize::from(!agree);
        }
    }
    let gold: HashSet<(Vec<usize>, Vec<usize>)> = doc
        .gold
        .iter()
        .map(|b| (b.src.clone(), b.tgt.clone()))
        .collect();
    let gold_empty_src: HashSet<usize> = doc
        .gold
        .iter()
        .filter(|b| b.tgt.is_empty())
        .flat_map(|b| b.src.clone())
        .collect();
    let gold_empty_tgt: HashSet<usize> = doc
        .gold
        .iter()
        .filter(|b| b.src.is_empty())
        .flat_map(|b| b.tgt.clone())
        .collect();
    let pred: HashSet<(Vec<usize>, Vec<usize>)> = a
        .beads()
        .iter()
        .map(|b| (b.src().to_vec(), b.tgt().to_vec()))
        .collect();
    c.pred += pred.len();
    c.pred_hit += pred.iter().filter(|b| gold.contains(*b)).count();
    for g in &gold {
        if !g.0.is_empty() && !g.1.is_empty() {
            c.gold_pairs_total += 1;
            c.gold_pairs_hit += usize::from(pred.contains(g));
        }
    }
    for b in a.beads() {
        c.beads += 1;
        let f = b.flags();
        c.omission +=
            usize::from(f.omission() && !b.src().iter().all(|i| gold_empty_src.contains(i)));
        c.addition +=
            usize::from(f.addition() && !b.tgt().iter().all(|j| gold_empty_tgt.contains(j)));
        c.number += usize::from(f.number_mismatch());
        if f.number_mismatch() && std::env::var_os("QA_SHOW").is_some() {
            eprintln!(
                "NUMBER {:?}:{:?}\n  S: {:?}\n  T: {:?}",
                b.src(),
                b.tgt(),
                group(&doc.src, b.src()),
                group(&doc.tgt, b.tgt())
            );
        }
        if f.number_mismatch() {
            // The gold beads this bead overlaps, as one pairing.
            let (mut gs, mut gt) = (Vec::new(), Vec::new());
            for g in &doc.gold {
                if g.src.iter().any(|i| b.src().contains(i))
                    || g.tgt.iter().any(|j| b.tgt().contains(j))
                {
                    gs.extend(g.src.iter().copied());
                    gt.extend(g.tgt.iter().copied());
                }
            }
            c.number_misaligned += usize::from(same_numbers(
                &group(&doc.src, &gs),
                &group(&doc.tgt, &gt),
                langs,
            ));
        }
        c.untranslated += usize::from(f.untranslated());
        c.incomplete += usize::from(f.incomplete());
        c.low += usize::from(f.low_confidence());
        c.one_one.push(b.src().len() == 1 && b.tgt().len() == 1);
        c.scored.push((
            b.score(),
            gold.contains(&(b.src().to_vec(), b.tgt().to_vec())),
        ));
    }
}

/// Expected calibration error over ten equal-width bins, and the table rows.
fn ece(scored: &[(f32, bool)]) -> (f32, Vec<(usize, f32, f32)>) {
    let mut bins = [(0usize, 0.0f32, 0.0f32); 10];
    for &(s, r) in scored {
        let k = ((s * 10.0) as usize).min(9);
        bins[k].0 += 1;
        bins[k].1 += s;
        bins[k].2 += f32::from(u8::from(r));
    }
    let n = scored.len().max(1) as f32;
    let mut e = 0.0;
    let rows = bins
        .iter()
        .map(|&(c, s, r)| {
            if c == 0 {
                return (0, 0.0, 0.0);
            }
            let (ms, mr) = (s / c as f32, r / c as f32);
            e += c as f32 / n * (ms - mr).abs();
            (c, ms, mr)
        })
        .collect();
    (e, rows)
}

fn run() -> Result<(), String> {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let every = match args.iter().position(|a| a == "--every") {
        Some(k) => {
            args.remove(k);
            args.remove(k)
                .parse()
                .map_err(|e| format!("--every: {e}"))?
        }
        None => 12,
    };
    let dump = match args.iter().position(|a| a == "--dump") {
        Some(k) => {
            args.remove(k);
            Some(args.remove(k))
        }
        None => None,
    };
    let chunk: Option<usize> = match args.iter().position(|a| a == "--chunk") {
        Some(k) => {
            args.remove(k);
            Some(
                args.remove(k)
                    .parse()
                    .map_err(|e| format!("--chunk: {e}"))?,
            )
        }
        None => None,
    };
    let table = args
        .iter()
        .position(|a| a == "--table")
        .map(|k| args.remove(k))
        .is_some();
    let builtin = args
        .iter()
        .position(|a| a == "--no-builtin-lexicon")
        .map(|k| args.remove(k))
        .is_none();
    if args.len() != 3 {
        return Err(
            "usage: qa_bench SET_DIR SRC_LANG TGT_LANG [--every N] [--chunk N] [--table] [--dump FILE] [--no-builtin-lexicon]".into(),
        );
    }
    let lang = |s: &str| Lang::from_code(s).ok_or_else(|| format!("unknown language {s}"));
    let langs = (lang(&args[1])?, lang(&args[2])?);
    let dir = PathBuf::from(&args[0]);
    let mut docs = Vec::new();
    if dir.join("docs").is_dir() {
        let mut ids: Vec<PathBuf> = fs::read_dir(dir.join("docs"))
            .map_err(|e| e.to_string())?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        ids.sort();
        for d in ids {
            docs.push(read_doc(&d)?);
        }
    } else {
        docs.push(read_doc(&dir)?);
    }
    if let Some(n) = chunk {
        docs = docs.iter().flat_map(|d| split_doc(d, n)).collect();
    }
    let aligner = Aligner::builder()
        .builtin_lexicon(builtin)
        .build()
        .map_err(|e| e.to_string())?;
    let mut tallies = [Tally::default(); KINDS.len()];
    let mut clean = Clean::default();
    for (d, doc) in docs.iter().enumerate() {
        // Foreign sentences: another document, or the far half of this one.
        let foreign: Vec<String> = if docs.len() > 1 {
            docs[(d + 1) % docs.len()].tgt.clone()
        } else {
            let h = doc.tgt.len() / 2;
            doc.tgt[h..].iter().chain(&doc.tgt[..h]).cloned().collect()
        };
        for (k, kind) in KINDS.iter().enumerate() {
            let t = run_kind(&aligner, doc, &foreign, *kind, every, langs);
            tallies[k].n += t.n;
            tallies[k].strict += t.strict;
            tallies[k].lenient += t.lenient;
            tallies[k].beads += t.beads;
            tallies[k].collateral += t.collateral;
        }
        run_clean(&aligner, doc, langs, &mut clean);
    }
    let name = dir
        .file_name()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut line = format!("{name}:");
    for (k, kind) in KINDS.iter().enumerate() {
        let t = tallies[k];
        let r = |x: usize| if t.n > 0 { x as f32 / t.n as f32 } else { 0.0 };
        line += &format!(
            " {kind:?} n={} strict={:.2} lenient={:.2} collateral/100={:.2};",
            t.n,
            r(t.strict),
            r(t.lenient),
            100.0 * t.collateral as f32 / t.beads.max(1) as f32
        );
    }
    let per100 = |x: usize| 100.0 * x as f32 / clean.beads.max(1) as f32;
    let (e, rows) = ece(&clean.scored);
    let right =
        clean.scored.iter().filter(|x| x.1).count() as f32 / clean.scored.len().max(1) as f32;
    let mean = clean.scored.iter().map(|x| x.0).sum::<f32>() / clean.scored.len().max(1) as f32;
    let ratio = |a: usize, b: usize| if b > 0 { a as f32 / b as f32 } else { 0.0 };
    let (p, r) = (
        ratio(clean.pred_hit, clean.pred),
        ratio(clean.gold_pairs_hit, clean.gold_pairs_total),
    );
    let f1 = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    line += &format!(" clean strict F1={f1:.4};");
    line += &format!(
        " clean beads={} false/100: omission={:.2} addition={:.2} number={:.2} (misaligned {:.2}; gold pairs with different numbers {:.2}/100) untranslated={:.2} incomplete={:.2} low_conf={:.2}; mean score={mean:.3} exact={right:.3} ECE={e:.3}",
        clean.beads,
        per100(clean.omission),
        per100(clean.addition),
        per100(clean.number),
        per100(clean.number_misaligned),
        100.0 * clean.gold_number as f32 / clean.gold_pairs.max(1) as f32,
        per100(clean.untranslated),
        per100(clean.incomplete),
        per100(clean.low),
    );
    println!("{line}");
    if let Some(path) = dump {
        let text: String = clean
            .scored
            .iter()
            .zip(&clean.one_one)
            .map(|((s, r), o)| format!("{s}\t{}\t{}\n", u8::from(*r), u8::from(*o)))
            .collect();
        fs::write(&path, text).map_err(|e| format!("{path}: {e}"))?;
    }
    if table {
        println!("| score bin | beads | mean score | share exactly right |");
        println!("| --- | --- | --- | --- |");
        for (k, (c, s, r)) in rows.iter().enumerate() {
            if *c > 0 {
                println!(
                    "| {:.1}–{:.1} | {c} | {s:.3} | {r:.3} |",
                    k as f32 / 10.0,
                    (k + 1) as f32 / 10.0
                );
            }
        }
    }
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}
