//! Accuracy and speed of the detector on a `lang<TAB>sentence` file.
//!
//! ```text
//! cargo run --release -p alinea-lang --example langid_eval -- dev.tsv [codes]
//! ```
//!
//! `codes` is a comma-separated allow-list (default: the 13 languages of the alinea dev
//! set that whatlang supports). Lines whose gold language is outside the allow-list are
//! skipped. Kept apart from the tests, as lingua keeps its accuracy reports, because the
//! evaluation data is not shipped with the crate.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::collections::BTreeMap;
use std::time::Instant;

use alinea_lang::{Detector, Lang};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .ok_or("usage: langid_eval DEV.tsv [en,fr,...]")?;
    let codes = args
        .next()
        .unwrap_or_else(|| "en,fr,es,ru,zh,ar,fa,uk,bg,pt,ur,ja,ca".to_string());
    let langs: Vec<Lang> = codes
        .split(',')
        .map(|c| Lang::from_code(c).ok_or(format!("bad code {c}")))
        .collect::<Result<_, _>>()?;
    let detector = Detector::builder().languages(&langs).build()?;
    let baseline = std::env::var_os("BASELINE").is_some();

    let text = std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
    let mut rows: Vec<(Lang, &str)> = Vec::new();
    for line in text.lines() {
        let Some((code, sentence)) = line.split_once('\t') else {
            continue;
        };
        let Some(gold) = Lang::from_code(code) else {
            continue;
        };
        if langs.contains(&gold) {
            rows.push((gold, sentence));
        }
    }

    let wl = whatlang_baseline(&langs);
    let start = Instant::now();
    let predicted: Vec<Option<Lang>> = rows
        .iter()
        .map(|(_, s)| {
            if baseline {
                wl(s)
            } else {
                detector.detect(s).map(|d| d.lang())
            }
        })
        .collect();
    let secs = start.elapsed().as_secs_f64();

    let mut total = (0usize, 0usize);
    let mut short = (0usize, 0usize);
    let mut per: BTreeMap<Lang, (usize, usize, usize, usize)> = BTreeMap::new();
    let mut confusion: BTreeMap<(Lang, String), usize> = BTreeMap::new();
    let verbose = std::env::var_os("VERBOSE").is_some();
    for ((gold, s), pred) in rows.iter().zip(&predicted) {
        let ok = *pred == Some(*gold);
        let is_short = s.chars().count() < 40;
        total.0 += usize::from(ok);
        total.1 += 1;
        let e = per.entry(*gold).or_default();
        e.0 += usize::from(ok);
        e.1 += 1;
        if is_short {
            short.0 += usize::from(ok);
            short.1 += 1;
            e.2 += usize::from(ok);
            e.3 += 1;
        }
        if !ok {
            let p = pred.map_or("none".to_string(), |p| p.to_string());
            if verbose {
                println!("MISS {gold}->{p}\t{s}");
            }
            *confusion.entry((*gold, p)).or_default() += 1;
        }
    }
    let pct = |(a, b): (usize, usize)| 100.0 * a as f64 / b.max(1) as f64;
    println!("lines      {}", total.1);
    println!("overall    {:6.2}%", pct(total));
    println!("short <40  {:6.2}%  ({} lines)", pct(short), short.1);
    println!(
        "speed      {:.0} lines/s (one thread)",
        total.1 as f64 / secs
    );
    println!();
    println!("lang  accuracy   short");
    for (l, (a, b, sa, sb)) in &per {
        println!(
            "{l}    {:6.2}%  {:6.2}% ({sb})",
            pct((*a, *b)),
            pct((*sa, *sb))
        );
    }
    println!();
    println!("confusions (gold -> predicted: count)");
    let mut conf: Vec<_> = confusion.into_iter().collect();
    conf.sort_by_key(|c| std::cmp::Reverse(c.1));
    for ((g, p), n) in conf.iter().take(20) {
        println!("  {g} -> {p}: {n}");
    }
    Ok(())
}

/// Plain whatlang with the same allow-list, for comparison (`BASELINE=1`).
fn whatlang_baseline(langs: &[Lang]) -> impl Fn(&str) -> Option<Lang> {
    let map: Vec<(Lang, whatlang::Lang)> = langs
        .iter()
        .filter_map(|l| {
            let code3 = match l.code() {
                "en" => "eng",
                "fr" => "fra",
                "es" => "spa",
                "ru" => "rus",
                "zh" => "cmn",
                "ar" => "ara",
                "fa" => "pes",
                "uk" => "ukr",
                "bg" => "bul",
                "pt" => "por",
                "ur" => "urd",
                "ja" => "jpn",
                "ca" => "cat",
                _ => return None,
            };
            whatlang::Lang::from_code(code3).map(|w| (*l, w))
        })
        .collect();
    let det = whatlang::Detector::with_allowlist(map.iter().map(|m| m.1).collect());
    move |s: &str| {
        let w = det.detect_lang(s)?;
        map.iter().find(|m| m.1 == w).map(|m| m.0)
    }
}
