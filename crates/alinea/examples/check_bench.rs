//! Measures `alinea check` on a translation memory made from a gold-aligned set: one
//! unit per gold bead with both sides, a clean copy and one copy per kind of injected
//! error, every `N`-th unit (default 12) damaged:
//! - `number`: a digit of the target changed (units whose two sides hold the same
//!   digits) → `number_mismatch`;
//! - `untranslated`: the target replaced by the source → `untranslated`;
//! - `swap`: the targets of two neighbouring units exchanged → `misaligned` (both count);
//! - `truncate`: the target cut to its first half (targets of 8 words or more) →
//!   `incomplete` or `length_ratio`;
//! - `drop_end`: the same cut, with the target's own final marks put back (`.`, `?»`):
//!   a translation that leaves out the end of its sentence but still closes it, which
//!   the check must find from length and the lexicon alone;
//! - `append`: the target of the unit half the memory away run on after the target
//!   (text added) → `length_ratio` or `addition`;
//! - `cut_source`: the source cut to its first half and closed again (sources of 8
//!   words or more): a source segment that lost its end, so the target says more →
//!   `length_ratio` or `addition`.
//!
//! ```text
//! cargo run --release -p alinea --example check_bench -- SET_DIR SRC_LANG TGT_LANG [--every N] [--table NAME] [--show]
//! ```
//!
//! `SET_DIR` holds `docs/<id>/{src,tgt,gold}.txt` or `{src,tgt,gold}.txt` (the layout of
//! `shared/data/align`), or is a `doc<TAB>src<TAB>tgt` file of units (`data/check/`).
//! Prints recall per kind (the expected flag on the damaged unit) and flags per 100
//! clean units, per flag and in all; without `--table`, also how many undamaged units of
//! each damaged copy carry that kind's flag (per 100: what the damage costs its
//! neighbours). `--show` lists the flagged clean units on stderr.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::fs;
use std::path::Path;
use std::process::ExitCode;

use alinea::align::parse_ladder;
use alinea::report::escape_xml;
use alinea::{Engine, Input};

/// Units of a set: (document, source, target).
fn units(dir: &Path) -> Result<Vec<(String, String, String)>, String> {
    if dir.is_file() {
        let text = fs::read_to_string(dir).map_err(|e| e.to_string())?;
        return Ok(text
            .lines()
            .filter_map(|l| {
                let mut f = l.split('\t');
                Some((f.next()?.into(), f.next()?.into(), f.next()?.into()))
            })
            .collect());
    }
    let docs: Vec<(String, std::path::PathBuf)> = if dir.join("docs").is_dir() {
        let mut v: Vec<_> = fs::read_dir(dir.join("docs"))
            .map_err(|e| e.to_string())?
            .flatten()
            .map(|e| (e.file_name().to_string_lossy().into_owned(), e.path()))
            .collect();
        v.sort();
        v
    } else {
        vec![("doc".into(), dir.to_path_buf())]
    };
    let mut out = Vec::new();
    for (name, d) in docs {
        let rd =
            |n: &str| fs::read_to_string(d.join(n)).map_err(|e| format!("{}: {e}", d.display()));
        let src: Vec<String> = rd("src.txt")?.lines().map(str::to_owned).collect();
        let tgt: Vec<String> = rd("tgt.txt")?.lines().map(str::to_owned).collect();
        for b in parse_ladder(&rd("gold.txt")?).map_err(|e| e.to_string())? {
            if b.src.is_empty() || b.tgt.is_empty() {
                continue;
            }
            if b.src.iter().any(|&i| i >= src.len()) || b.tgt.iter().any(|&j| j >= tgt.len()) {
                continue;
            }
            let join = |ix: &[usize], side: &[String]| {
                ix.iter()
                    .map(|&i| side[i].as_str())
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            out.push((name.clone(), join(&b.src, &src), join(&b.tgt, &tgt)));
        }
    }
    Ok(out)
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Number,
    Untranslated,
    Swap,
    Truncate,
    DropEnd,
    Append,
    CutSource,
}

const KINDS: [Kind; 7] = [
    Kind::Number,
    Kind::Untranslated,
    Kind::Swap,
    Kind::Truncate,
    Kind::DropEnd,
    Kind::Append,
    Kind::CutSource,
];

impl Kind {
    /// The flags that find this kind of damage.
    fn flags(self) -> &'static [&'static str] {
        match self {
            Kind::Number => &["number_mismatch"],
            Kind::Untranslated => &["untranslated"],
            Kind::Swap => &["misaligned"],
            Kind::Truncate | Kind::DropEnd => &["incomplete", "length_ratio"],
            Kind::Append | Kind::CutSource => &["length_ratio", "addition"],
        }
    }

    fn found(self, flags: &[&str]) -> bool {
        self.flags().iter().any(|f| flags.contains(f))
    }
}

fn digits(s: &str) -> Vec<char> {
    let mut d: Vec<char> = s.chars().filter(char::is_ascii_digit).collect();
    d.sort_unstable();
    d
}

/// `text` cut to its first half of words, closed again with its own final marks when
/// `closed` (what follows its last letter or digit: ` .`, `?»`, `.)`); `None` under
/// eight words.
fn cut(text: &str, closed: bool) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() < 8 {
        return None;
    }
    let mut out = words[..words.len() / 2].join(" ");
    if closed {
        let t = text.trim_end();
        let end = t.rfind(char::is_alphanumeric).map_or(t.len(), |k| {
            k + t[k..].chars().next().map_or(0, char::len_utf8)
        });
        out.push_str(&t[end..]);
    }
    Some(out)
}

/// Damages unit `i` (and `i + 1` for a swap); returns the damaged unit indices, or
/// nothing when the unit does not suit this kind.
fn inject(kind: Kind, u: &mut [(String, String, String)], i: usize) -> Vec<usize> {
    match kind {
        Kind::Number => {
            let (s, t) = (&u[i].1, &u[i].2);
            if digits(s).is_empty() || digits(s) != digits(t) {
                return vec![];
            }
            let pos = t.find(|c: char| c.is_ascii_digit()).unwrap_or(0);
            let d = t.as_bytes()[pos] - b'0';
            let mut nt = t.clone();
            nt.replace_range(pos..pos + 1, &((d + 3) % 10).to_string());
            u[i].2 = nt;
            vec![i]
        }
        Kind::Untranslated => {
            if u[i].1 == u[i].2 {
                return vec![];
            }
            u[i].2 = u[i].1.clone();
            vec![i]
        }
        Kind::Swap => {
            if i + 1 >= u.len() || u[i].0 != u[i + 1].0 || u[i].2 == u[i + 1].2 {
                return vec![];
            }
            let t = std::mem::take(&mut u[i].2);
            u[i].2 = std::mem::replace(&mut u[i + 1].2, t);
            vec![i, i + 1]
        }
        Kind::Append => {
            // The target of the unit half the memory away runs on after this one's.
            let far = (i + u.len() / 2) % u.len();
            if far == i || u[far].2 == u[i].2 {
                return vec![];
            }
            let extra = u[far].2.clone();
            u[i].2 = format!("{} {extra}", u[i].2.trim_end());
            vec![i]
        }
        Kind::CutSource => {
            // The source cut to its first half and closed again: a memory whose source
            // segment lost its end, so that the target says more than it.
            match cut(&u[i].1, true) {
                Some(c) => {
                    u[i].1 = c;
                    vec![i]
                }
                None => vec![],
            }
        }
        Kind::Truncate | Kind::DropEnd => match cut(&u[i].2, kind == Kind::DropEnd) {
            Some(c) => {
                u[i].2 = c;
                vec![i]
            }
            None => vec![],
        },
    }
}

fn tmx(units: &[(String, String, String)], sl: &str, tl: &str) -> String {
    let mut s = format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n<header creationtool=\"check_bench\" segtype=\"sentence\" o-tmf=\"none\" adminlang=\"en\" srclang=\"{sl}\" datatype=\"plaintext\"/>\n<body>\n");
    for (k, (_, a, b)) in units.iter().enumerate() {
        s.push_str(&format!(
            "<tu tuid=\"{k}\"><tuv xml:lang=\"{sl}\"><seg>{}</seg></tuv><tuv xml:lang=\"{tl}\"><seg>{}</seg></tuv></tu>\n",
            escape_xml(a),
            escape_xml(b)
        ));
    }
    s.push_str("</body>\n</tmx>\n");
    s
}

/// The flags of every unit (by position).
fn check(
    engine: &Engine,
    u: &[(String, String, String)],
    sl: &str,
    tl: &str,
) -> Result<Vec<Vec<&'static str>>, String> {
    let c = engine
        .check(&Input::text("bench.tmx", tmx(u, sl, tl)))
        .map_err(|e| e.to_string())?;
    let mut out = vec![Vec::new(); u.len()];
    for unit in &c.checked {
        let k: usize = unit.id.parse().map_err(|_| "bad id".to_string())?;
        out[k] = unit.flags.clone();
    }
    Ok(out)
}

fn run() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dir, sl, tl, rest @ ..] = args.as_slice() else {
        return Err(
            "usage: check_bench SET_DIR SRC_LANG TGT_LANG [--every N] [--table NAME] [--show] [--no-builtin-lexicon]"
                .into(),
        );
    };
    let mut every = 12;
    let mut table: Option<String> = None;
    let mut show = false;
    let mut builtin = true;
    let mut it = rest.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--every" => every = it.next().and_then(|v| v.parse().ok()).ok_or("--every N")?,
            "--table" => table = it.next().cloned(),
            "--show" => show = true,
            "--no-builtin-lexicon" => builtin = false,
            other => return Err(format!("unknown argument {other}")),
        }
    }
    let clean = units(Path::new(dir))?;
    let engine = Engine::builder()
        .builtin_lexicon(builtin)
        .build()
        .map_err(|e| e.to_string())?;
    let flags = check(&engine, &clean, sl, tl)?;
    let n = clean.len() as f64;
    let per100 = |c: usize| 100.0 * c as f64 / n;
    let flagged = flags.iter().filter(|f| !f.is_empty()).count();
    if show {
        for (u, f) in clean.iter().zip(&flags).filter(|(_, f)| !f.is_empty()) {
            eprintln!("{}\t{}\t{}\t{}", f.join(","), u.0, u.1, u.2);
        }
    }
    let mut names: Vec<&str> = alinea::CHECK_FLAGS.to_vec();
    names.retain(|_| true);
    let per_flag: Vec<String> = names
        .iter()
        .map(|f| {
            format!(
                "{:.2}",
                per100(flags.iter().filter(|x| x.contains(f)).count())
            )
        })
        .collect();
    let mut recall = Vec::new();
    for kind in KINDS {
        let mut u = clean.clone();
        let mut hurt = Vec::new();
        let mut i = every / 2;
        while i < u.len() {
            let h = inject(kind, &mut u, i);
            i += if h.is_empty() { 1 } else { every };
            hurt.extend(h);
        }
        let f = check(&engine, &u, sl, tl)?;
        let hit = hurt.iter().filter(|&&k| kind.found(&f[k])).count();
        let any = hurt.iter().filter(|&&k| !f[k].is_empty()).count();
        // The same flag on the copy's undamaged units: what the damage costs them.
        let spared = (0..u.len()).filter(|k| !hurt.contains(k)).count();
        let stray = (0..u.len())
            .filter(|k| !hurt.contains(k) && kind.found(&f[*k]))
            .count();
        if show {
            for &k in hurt.iter().filter(|&&k| !kind.found(&f[k])) {
                eprintln!(
                    "missed {kind:?}\t{}\t{}\t{}",
                    f[k].join(","),
                    u[k].1,
                    u[k].2
                );
            }
        }
        recall.push((
            kind,
            hit,
            any,
            hurt.len(),
            100.0 * stray as f64 / spared.max(1) as f64,
        ));
    }
    match table {
        Some(name) => {
            let cells: Vec<String> = recall
                .iter()
                .map(|&(_, hit, _, m, _)| {
                    if m == 0 {
                        "— (n=0)".into()
                    } else {
                        format!("{:.2} (n={m})", hit as f64 / m as f64)
                    }
                })
                .collect();
            println!(
                "| {name} | {} | {} | {:.2} | {} |",
                clean.len(),
                cells.join(" | "),
                per100(flagged),
                per_flag.join(", ")
            );
        }
        None => {
            println!(
                "{} units; clean: {flagged} flagged ({:.2} per 100)",
                clean.len(),
                per100(flagged)
            );
            for (f, v) in names.iter().zip(&per_flag) {
                println!("  {f}: {v} per 100");
            }
            for (kind, hit, any, m, stray) in recall {
                println!(
                    "{kind:?}: {hit}/{m} with {} ({} with any flag; {stray:.2} per 100 undamaged units of the copy carry it)",
                    kind.flags().join(" or "),
                    any
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
            eprintln!("check_bench: {e}");
            ExitCode::FAILURE
        }
    }
}
