//! Edit-suite generator and scorer by paragraph fate.
//!
//! For each base text, builds edit scripts (modify, add, delete, move, split, merge,
//! renumber, re-wrap) with the truth written out, diffs the two versions and scores every
//! paragraph's fate: each old paragraph must get the right kind *and* the right
//! counterpart(s), each added paragraph must be `added`. Also checks that the edits of
//! every change tile its paragraphs (see `alinea_diff::Edit`).
//!
//! ```text
//! cargo run --release -p alinea-diff --example edit_suite -- [SCRIPTS_PER_TEXT] [DIR...]
//! ```
//!
//! With no directory it reads the texts shipped in `data/` (the Persian resolutions, the
//! Arabic and Chinese seeds, the English case written for the tests). Scripts with seeds
//! `0..n/2` form the first half and `n/2..n` the second; the engine's constants were not
//! chosen on either, and both halves are reported. A script whose new version does not
//! read back as the paragraphs it was built from (the paragraph reader joined or cut
//! differently) has no well-defined truth and is counted as unreadable, not scored.
//! `EDIT_SUITE_DEBUG=1` prints every change whose edits break the tiling.

// An evaluation program: its report is its output.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use alinea_diff::{diff, ChangeKind, Document};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn chance(&mut self, p: f64) -> bool {
        (self.next() % 10_000) as f64 / 10_000.0 < p
    }
}

/// What the truth says about one paragraph.
#[derive(Clone, Debug, PartialEq)]
enum Fate {
    /// Old paragraph → new paragraph, same text.
    Unchanged(usize),
    /// Old → new, reworded.
    Modified(usize),
    Deleted,
    /// Old → new, out of order.
    Moved(usize),
    /// Old → consecutive new ones.
    Split(Vec<usize>),
    /// Old paragraphs → one new one (stored on each of the old ones).
    Merged(Vec<usize>, usize),
}

/// A paragraph of the new version while the script is built: its text and where it came
/// from.
#[derive(Clone)]
enum Origin {
    Kept(usize),
    Edited(usize),
    Added,
    Moved(usize),
    SplitPart(usize),
    Merged(Vec<usize>),
}

fn is_cjk(s: &str) -> bool {
    s.chars()
        .filter(|c| !c.is_whitespace())
        .take(40)
        .filter(|&c| ('\u{4E00}'..='\u{9FFF}').contains(&c))
        .count()
        > 10
}

/// Rewords a paragraph: replaces, inserts or deletes a few words (characters in Chinese),
/// about one unit in eight, at least one.
fn modify(text: &str, donor: &[&str], rng: &mut Rng) -> String {
    if is_cjk(text) {
        let mut cs: Vec<char> = text.chars().collect();
        let edits = (cs.len() / 12).max(1);
        let pool: Vec<char> = donor
            .concat()
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        for _ in 0..edits {
            let at = 1 + rng.below(cs.len().saturating_sub(2).max(1));
            let c = pool[rng.below(pool.len())];
            let (last, len) = (cs.len() - 1, cs.len());
            match rng.below(3) {
                0 => cs[at.min(last)] = c,
                1 => cs.insert(at.min(len), c),
                _ if len > 4 => {
                    cs.remove(at.min(last));
                }
                _ => cs.push(c),
            }
        }
        return cs.into_iter().collect();
    }
    let mut ws: Vec<String> = text.split_whitespace().map(String::from).collect();
    let pool: Vec<&str> = donor.iter().flat_map(|t| t.split_whitespace()).collect();
    let edits = (ws.len() / 8).max(1);
    for _ in 0..edits {
        // Never the first word: it may be the paragraph's label.
        let at = 1 + rng.below(ws.len().saturating_sub(1).max(1));
        let w = pool[rng.below(pool.len())].to_string();
        match rng.below(3) {
            0 if at < ws.len() => ws[at] = w,
            1 => ws.insert(at.min(ws.len()), w),
            _ if ws.len() > 4 && at < ws.len() => {
                ws.remove(at);
            }
            _ => ws.push(w),
        }
    }
    ws.join(" ")
}

/// Splits a paragraph in two near its middle, after a sentence end if there is one.
fn split(text: &str) -> Option<(String, String)> {
    let mut mid = text.len() / 2;
    while !text.is_char_boundary(mid) {
        mid += 1;
    }
    let ends: Vec<usize> = text
        .char_indices()
        .filter(|&(_, c)| matches!(c, '.' | ';' | '؛' | '。' | '；' | ':'))
        .map(|(i, c)| i + c.len_utf8())
        .filter(|&i| i > text.len() / 4 && i < text.len() * 3 / 4)
        .collect();
    let at = ends
        .iter()
        .copied()
        .min_by_key(|&i| i.abs_diff(mid))
        .or_else(|| {
            let sp = text[mid..].find(' ')? + mid;
            Some(sp)
        })?;
    let (a, b) = (text[..at].trim(), text[at..].trim());
    (a.chars().count() >= 20 && b.chars().count() >= 20).then(|| (a.to_string(), b.to_string()))
}

/// Renumbers leading number labels (`3.`, `۳.`, `٣ -`) in order, as an editor would after
/// paragraphs were added or deleted.
fn renumber(paras: &mut [String]) {
    let mut n = 0;
    for p in paras.iter_mut() {
        let digits: String = p.chars().take_while(|c| c.is_ascii_digit()).collect();
        if digits.is_empty() {
            continue;
        }
        let rest = &p[digits.len()..];
        if rest.starts_with(". ") || rest.starts_with(" - ") {
            n += 1;
            *p = format!("{n}{rest}");
        }
    }
}

/// Hard-wraps every paragraph at `width` characters.
fn wrap(p: &str, width: usize) -> String {
    let mut out = String::new();
    let mut line = 0;
    for (k, w) in p.split(' ').enumerate() {
        let len = w.chars().count();
        if k > 0 {
            if line + len + 1 > width {
                out.push('\n');
                line = 0;
            } else {
                out.push(' ');
                line += 1;
            }
        }
        out.push_str(w);
        line += len;
    }
    out
}

struct Script {
    old: String,
    new: String,
    /// Fate of each old paragraph.
    fates: Vec<Fate>,
    /// New paragraphs that were added.
    added: Vec<usize>,
}

fn paragraphs_of(text: &str) -> Vec<String> {
    Document::parse(text)
        .paragraphs()
        .iter()
        .map(|p| p.text().to_string())
        .collect()
}

/// Builds one script over `base` (paragraph texts that re-parse to themselves).
fn script(base: &[String], donor: &[&str], seed: u64) -> Option<Script> {
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let mut news: Vec<(Origin, String)> = Vec::new();
    let mut i = 0;
    let mut moved: Vec<(usize, String)> = Vec::new();
    while i < base.len() {
        let p = &base[i];
        let long = p.chars().count() >= 60;
        let roll = rng.below(100);
        match roll {
            0..=9 if long => news.push((Origin::Edited(i), modify(p, donor, &mut rng))),
            10..=13 if i > 0 => {}
            14..=17 => {
                news.push((Origin::Kept(i), p.clone()));
                let d = donor[rng.below(donor.len())];
                news.push((Origin::Added, d.to_string()));
            }
            18..=19 if long && base.len() > 8 => moved.push((i, p.clone())),
            20..=22 if p.chars().count() >= 120 => match split(p) {
                Some((a, b)) => {
                    news.push((Origin::SplitPart(i), a));
                    news.push((Origin::SplitPart(i), b));
                }
                None => news.push((Origin::Kept(i), p.clone())),
            },
            23..=25 if long && i + 1 < base.len() && base[i + 1].chars().count() >= 60 => {
                let joined = format!("{} {}", p, base[i + 1]);
                news.push((Origin::Merged(vec![i, i + 1]), joined));
                i += 1;
            }
            _ => news.push((Origin::Kept(i), p.clone())),
        }
        i += 1;
    }
    // Moved paragraphs go to a place at least a quarter of the document away.
    for (o, text) in moved {
        let here = news
            .iter()
            .position(|(orig, _)| match orig {
                Origin::Kept(k) | Origin::Edited(k) => *k > o,
                _ => false,
            })
            .unwrap_or(news.len());
        let far = news.len() / 4 + 1;
        let to = if here >= news.len() / 2 {
            here.saturating_sub(far + rng.below(far))
        } else {
            (here + far + rng.below(far)).min(news.len())
        };
        news.insert(to, (Origin::Moved(o), text));
    }
    let mut texts: Vec<String> = news.iter().map(|(_, t)| t.clone()).collect();
    if rng.chance(0.5) {
        renumber(&mut texts);
    }
    let width = if rng.chance(0.4) {
        Some(55 + rng.below(30))
    } else {
        None
    };
    let new_text: String = texts
        .iter()
        .map(|t| match width {
            Some(w) if !is_cjk(t) => wrap(t, w),
            _ => t.clone(),
        })
        .collect::<Vec<_>>()
        .join("\n\n");
    // The script must read back as the paragraphs it was built from.
    let reread = paragraphs_of(&new_text);
    let bare = |t: &str| t.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    if reread.len() != texts.len() || reread.iter().zip(&texts).any(|(a, b)| bare(a) != bare(b)) {
        return None;
    }
    let mut fates = vec![Fate::Deleted; base.len()];
    let mut added = Vec::new();
    for (j, (orig, _)) in news.iter().enumerate() {
        match orig {
            Origin::Kept(o) => fates[*o] = Fate::Unchanged(j),
            Origin::Edited(o) => fates[*o] = Fate::Modified(j),
            Origin::Added => added.push(j),
            Origin::Moved(o) => fates[*o] = Fate::Moved(j),
            Origin::SplitPart(o) => match &mut fates[*o] {
                Fate::Split(v) => v.push(j),
                f => *f = Fate::Split(vec![j]),
            },
            Origin::Merged(os) => {
                for &o in os {
                    fates[o] = Fate::Merged(os.clone(), j);
                }
            }
        }
    }
    Some(Script {
        old: base.join("\n\n"),
        new: new_text,
        fates,
        added,
    })
}

#[derive(Default)]
struct Score {
    right: usize,
    total: usize,
    scripts: usize,
    skipped: usize,
    tiling_broken: usize,
    by_truth: BTreeMap<&'static str, (usize, usize)>,
}

fn truth_name(f: &Fate) -> &'static str {
    match f {
        Fate::Unchanged(_) => "unchanged",
        Fate::Modified(_) => "modified",
        Fate::Deleted => "deleted",
        Fate::Moved(_) => "moved",
        Fate::Split(_) => "split",
        Fate::Merged(..) => "merged",
    }
}

fn score(s: &Script, out: &mut Score) {
    let (old, new) = (
        Document::parse(s.old.clone()),
        Document::parse(s.new.clone()),
    );
    let d = diff(&old, &new).expect("both versions have text");
    let mut change_of_old = vec![None; old.paragraphs().len()];
    let mut change_of_new = vec![None; new.paragraphs().len()];
    for (k, c) in d.changes.iter().enumerate() {
        for &i in &c.old {
            change_of_old[i] = Some(k);
        }
        for &j in &c.new {
            change_of_new[j] = Some(k);
        }
        if !c.edits.is_empty() && !tiles(c, &old, &new) {
            out.tiling_broken += 1;
            if std::env::var_os("EDIT_SUITE_DEBUG").is_some() {
                eprintln!("tiling broken: {c:?}");
                for &i in &c.old {
                    eprintln!(
                        "OLD {:?} {:?}",
                        old.paragraphs()[i].span(),
                        &old.text()
                            [old.paragraphs()[i].span().start..old.paragraphs()[i].span().end]
                    );
                }
                for &j in &c.new {
                    eprintln!(
                        "NEW {:?} {:?}",
                        new.paragraphs()[j].span(),
                        &new.text()
                            [new.paragraphs()[j].span().start..new.paragraphs()[j].span().end]
                    );
                }
            }
        }
    }
    for (i, f) in s.fates.iter().enumerate() {
        let c = &d.changes[change_of_old[i].expect("every paragraph is in a change")];
        let ok = match f {
            Fate::Unchanged(j) => c.kind == ChangeKind::Unchanged && c.new == [*j],
            Fate::Modified(j) => c.kind == ChangeKind::Modified && c.new == [*j],
            Fate::Deleted => c.kind == ChangeKind::Deleted,
            Fate::Moved(j) => c.kind == ChangeKind::Moved && c.new == [*j],
            Fate::Split(js) => c.kind == ChangeKind::Split && &c.new == js,
            Fate::Merged(os, j) => c.kind == ChangeKind::Merged && &c.old == os && c.new == [*j],
        };
        if !ok && std::env::var_os("EDIT_SUITE_MISSES").is_some() {
            eprintln!(
                "miss: truth {f:?}, got {} {:?} -> {:?}: {}",
                c.kind.as_str(),
                c.old,
                c.new,
                old.paragraphs()[i].text()
            );
        }
        tally(out, truth_name(f), ok);
    }
    for &j in &s.added {
        let c = &d.changes[change_of_new[j].expect("every paragraph is in a change")];
        tally(out, "added", c.kind == ChangeKind::Added);
    }
}

fn tally(out: &mut Score, name: &'static str, ok: bool) {
    out.total += 1;
    out.right += usize::from(ok);
    let e = out.by_truth.entry(name).or_default();
    e.0 += usize::from(ok);
    e.1 += 1;
}

fn tiles(c: &alinea_diff::Change, old: &Document, new: &Document) -> bool {
    [(&c.old, old, true), (&c.new, new, false)]
        .into_iter()
        .all(|(ix, doc, is_old)| {
            let p = doc.paragraphs();
            let mut at = p[ix[0]].span().start;
            for e in &c.edits {
                let (span, text) = if is_old {
                    (e.old_span, &e.old_text)
                } else {
                    (e.new_span, &e.new_text)
                };
                if span.start != at || doc.text()[span.start..span.end] != **text {
                    return false;
                }
                at = span.end;
            }
            at == p[*ix.last().unwrap()].span().end
        })
}

fn texts_in(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|r| {
            r.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let n: u64 = args.first().and_then(|a| a.parse().ok()).unwrap_or(20);
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data");
    let mut sets: Vec<(String, Vec<PathBuf>)> = Vec::new();
    let dirs: Vec<&String> = args.iter().skip(1).collect();
    if dirs.is_empty() {
        sets.push(("fa".into(), texts_in(&root.join("resolutions/fa"))));
        sets.push((
            "ar".into(),
            vec![
                root.join("seeds/a_68_98_ar.txt"),
                root.join("seeds/a_res_75_240_ar.txt"),
            ],
        ));
        sets.push((
            "zh".into(),
            vec![root.join("seeds/a_c1_77_l23_rev1_zh.txt")],
        ));
        sets.push((
            "en".into(),
            vec![
                root.join("diff_cases/ict_en_old.txt"),
                root.join("diff_cases/ict_en_new.txt"),
            ],
        ));
    } else {
        for d in dirs {
            sets.push((d.clone(), texts_in(Path::new(d))));
        }
    }
    println!("| set | texts | scripts | half | fates right | tiling broken | by truth |");
    println!("|---|---:|---:|---|---:|---:|---|");
    for (name, files) in &sets {
        let bases: Vec<Vec<String>> = files
            .iter()
            .filter_map(|f| std::fs::read_to_string(f).ok())
            .map(|t| {
                // Re-read once so the base paragraphs are exactly what the reader sees.
                let once = paragraphs_of(&t);
                paragraphs_of(&once.join("\n\n"))
            })
            .collect();
        // Added paragraphs come from the other texts of the set (or the same one, moved
        // far away, for a set of one).
        let donor_pool: Vec<String> = bases.iter().flatten().cloned().collect();
        let donor: Vec<&str> = donor_pool.iter().map(String::as_str).collect();
        for (half, range) in [("first", 0..n / 2), ("second", n / 2..n)] {
            let mut s = Score::default();
            for base in &bases {
                for seed in range.clone() {
                    match script(base, &donor, seed * 7919 + base.len() as u64) {
                        Some(sc) => {
                            s.scripts += 1;
                            score(&sc, &mut s);
                        }
                        None => s.skipped += 1,
                    }
                }
            }
            let detail: Vec<String> = s
                .by_truth
                .iter()
                .map(|(k, (r, t))| format!("{k} {r}/{t}"))
                .collect();
            println!(
                "| {name} | {} | {} (+{} unreadable) | {half} | {:.1} % ({}/{}) | {} | {} |",
                bases.len(),
                s.scripts,
                s.skipped,
                100.0 * s.right as f64 / s.total.max(1) as f64,
                s.right,
                s.total,
                s.tiling_broken,
                detail.join(", ")
            );
        }
    }
}
