//! The demo's HTML reports opened in a real browser (headless Chromium): the DOM after
//! rendering must hold the content (right-to-left cells, the summary counts), and a
//! screenshot of each page is kept under `target/browser-screenshots/` as a CI artefact.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::util::alinea;

fn chromium() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("ALINEA_CHROMIUM") {
        return Some(PathBuf::from(p));
    }
    [
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome",
    ]
    .into_iter()
    .map(PathBuf::from)
    .find(|p| p.exists())
}

fn headless(browser: &Path, profile: &Path) -> Command {
    let mut c = Command::new(browser);
    c.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
        "--hide-scrollbars",
    ])
    .arg(format!("--user-data-dir={}", profile.display()));
    c
}

fn dump_dom(browser: &Path, page: &Path) -> String {
    let profile = tempfile::tempdir().unwrap();
    let out = headless(browser, profile.path())
        .arg("--virtual-time-budget=2000")
        .arg("--dump-dom")
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("chromium runs");
    assert!(
        out.status.success(),
        "chromium failed on {}: {}",
        page.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn screenshot(browser: &Path, page: &Path, png: &Path, width: u32) {
    let profile = tempfile::tempdir().unwrap();
    let out = headless(browser, profile.path())
        .arg(format!("--window-size={width},1600"))
        .arg(format!("--screenshot={}", png.display()))
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("chromium runs");
    assert!(
        out.status.success(),
        "screenshot of {} failed",
        page.display()
    );
    assert!(
        png.metadata().map(|m| m.len() > 1000).unwrap_or(false),
        "empty screenshot {}",
        png.display()
    );
}

/// The text of the element with `id`, from a dumped DOM.
fn element_text<'a>(dom: &'a str, id: &str) -> Option<&'a str> {
    let start = dom.find(&format!("id=\"{id}\""))?;
    let open_end = start + dom[start..].find('>')? + 1;
    let close = open_end + dom[open_end..].find('<')?;
    Some(dom[open_end..close].trim())
}

#[test]
#[ignore = "needs Chromium (Debian package `chromium`); .ci/run installs it and runs this test with --ignored"]
fn demo_reports_render_in_a_real_browser() {
    let browser =
        chromium().expect("Chromium not found: apt-get install chromium, or set ALINEA_CHROMIUM");
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("demo");
    let run = alinea(&["demo", "--quiet", "--out", out.to_str().unwrap()]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let shots = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/browser-screenshots");
    std::fs::create_dir_all(&shots).unwrap();

    let index = dump_dom(&browser, &out.join("index.html"));
    let mut pages = Vec::new();
    for part in index.split("<a href=\"").skip(1) {
        let href = &part[..part.find('"').unwrap()];
        if href.ends_with(".html") {
            pages.push(href.to_string());
        }
    }
    assert!(pages.len() >= 2, "the index links the reports: {index}");

    for page in &pages {
        let path = out.join(page);
        let dom = dump_dom(&browser, &path);
        let stem = page.trim_end_matches(".html");
        if let Some(beads) = element_text(&dom, "beads") {
            // An alignment report: the summary count equals the rows the browser built and
            // the beads in the JSON Lines companion.
            let n: usize = beads.parse().expect("bead count");
            let rendered = dom
                .split("data-rendered-rows=\"")
                .nth(1)
                .and_then(|s| s.split('"').next())
                .expect("the page script ran");
            assert_eq!(rendered.parse::<usize>().unwrap(), n, "{page}");
            let jsonl = std::fs::read_to_string(out.join(format!("{stem}.jsonl"))).unwrap();
            assert_eq!(jsonl.lines().count(), n, "{page}");
        }
        if let Some(lineages) = element_text(&dom, "lineages") {
            // A history report: the lineage count matches the JSON companion and the table.
            let json: serde_json::Value = serde_json::from_str(
                &std::fs::read_to_string(out.join(format!("{stem}.json"))).unwrap(),
            )
            .unwrap();
            assert_eq!(
                lineages.parse::<usize>().unwrap(),
                json["lineages"].as_array().unwrap().len(),
                "{page}"
            );
            assert!(
                dom.contains("<ins>") || dom.contains("<del>"),
                "{page}: a redline"
            );
        }
        if let Some(paired) = element_text(&dom, "paired") {
            // A cross-language comparison: labelled as such, counts as in the JSON.
            let json: serde_json::Value = serde_json::from_str(
                &std::fs::read_to_string(out.join(format!("{stem}.json"))).unwrap(),
            )
            .unwrap();
            assert_eq!(
                paired.parse::<u64>().unwrap(),
                json["summary"]["paired"].as_u64().unwrap(),
                "{page}"
            );
            assert!(dom.contains("Cross-language comparison"), "{page}");
        }
        assert!(
            dom.contains("data-rendered-"),
            "{page}: the page script ran"
        );
        if stem.contains("_ar") || stem.contains("_fa") {
            assert!(dom.contains("dir=\"rtl\""), "{page}: right-to-left cells");
        }
        screenshot(&browser, &path, &shots.join(format!("{stem}.png")), 1280);
        screenshot(
            &browser,
            &path,
            &shots.join(format!("{stem}-phone.png")),
            390,
        );
    }
}

/// Measures the side-by-side page in the browser and writes the facts into a `<pre
/// id="probe">` as JSON: how many grid tracks and distinct column positions the top-level
/// cells get, whether every moved row links to where it stood and back, the folded runs
/// and the two column headers. The page is shown in an iframe of the width under test
/// (headless Chromium's window is at least 500 px wide; a `srcdoc` frame has the
/// parent's origin, so the probe can read it).
const SIDE_BY_SIDE_PROBE: &str = r##"<script>
const frame = document.getElementById('f');
frame.addEventListener('load', function () {
  const win = frame.contentWindow, doc = frame.contentDocument;
  const g = doc.getElementById('side-by-side');
  const cells = Array.from(g.children).filter(e => e.matches('.cell, .head'));
  const lefts = new Set(cells.map(e => Math.round(e.getBoundingClientRect().left)));
  const moves = Array.from(g.querySelectorAll(':scope > .cell a[href^="#from"]'));
  const linked = moves.filter(a => {
    const from = doc.getElementById(a.getAttribute('href').slice(1));
    const back = from && from.querySelector('a[href^="#r"]');
    const row = back && doc.getElementById(back.getAttribute('href').slice(1));
    return row && row.nextElementSibling && row.nextElementSibling.contains(a);
  }).length;
  const folds = Array.from(g.querySelectorAll(':scope > details.fold'));
  const probe = {
    width: win.innerWidth,
    tracks: win.getComputedStyle(g).gridTemplateColumns.split(' ').length,
    columns: lefts.size,
    moves: moves.length,
    linked: linked,
    folds: folds.length,
    folded_rows: folds.map(d => d.querySelectorAll('.cell.old').length),
    fold_labels: folds.map(d => d.querySelector('summary').textContent),
    heads: Array.from(g.querySelectorAll(':scope > .head')).map(h => h.textContent),
  };
  const pre = document.createElement('pre');
  pre.id = 'probe';
  pre.textContent = JSON.stringify(probe);
  document.body.appendChild(pre);
});
</script>"##;

/// A page showing `html` in an iframe `width` pixels wide, with the probe.
fn probe_page(html: &str, width: u32) -> String {
    let srcdoc = html.replace('&', "&amp;").replace('"', "&quot;");
    format!(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"margin:0\"><iframe id=\"f\" style=\"border:0;width:{width}px;height:1600px\" srcdoc=\"{srcdoc}\"></iframe>{SIDE_BY_SIDE_PROBE}</body></html>"
    )
}

#[test]
#[ignore = "needs Chromium (Debian package `chromium`); .ci/run installs it and runs this test with --ignored"]
fn side_by_side_page_renders_in_two_columns_and_in_one_at_400_px() {
    let browser =
        chromium().expect("Chromium not found: apt-get install chromium, or set ALINEA_CHROMIUM");
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("side.html");
    let data = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/diff_cases");
    let run = alinea(&[
        "diff",
        data.join("ict_en_old.txt").to_str().unwrap(),
        data.join("ict_en_new.txt").to_str().unwrap(),
        "--format",
        "side-by-side",
        "-o",
        page.to_str().unwrap(),
    ]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let html = std::fs::read_to_string(&page).unwrap();
    let shots = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/browser-screenshots");
    std::fs::create_dir_all(&shots).unwrap();
    for (width, columns) in [(1280u32, 2usize), (400, 1)] {
        let probed = dir.path().join(format!("side-probed-{width}.html"));
        std::fs::write(&probed, probe_page(&html, width)).unwrap();
        let profile = tempfile::tempdir().unwrap();
        let out = headless(&browser, profile.path())
            .arg("--window-size=1400,1700")
            .arg("--virtual-time-budget=3000")
            .arg("--dump-dom")
            .arg(format!("file://{}", probed.display()))
            .output()
            .expect("chromium runs");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let dom = String::from_utf8_lossy(&out.stdout);
        let text = element_text(&dom, "probe").expect("the probe ran");
        let p: serde_json::Value =
            serde_json::from_str(&text.replace("&amp;", "&")).expect("probe JSON");
        let at = format!("at {width} px: {p}");
        assert_eq!(p["width"].as_u64(), Some(u64::from(width)), "{at}");
        assert_eq!(p["tracks"].as_u64(), Some(columns as u64), "{at}");
        assert_eq!(p["columns"].as_u64(), Some(columns as u64), "{at}");
        // OP 1 moved to OP 2: its row links to where it stood, and that place links back.
        assert_eq!(p["moves"].as_u64(), Some(1), "{at}");
        assert_eq!(p["linked"], p["moves"], "{at}");
        // Unchanged runs are folded, each fold holding the rows its label counts.
        let folds = p["folded_rows"].as_array().unwrap();
        assert!(!folds.is_empty(), "{at}");
        for (rows, label) in folds.iter().zip(p["fold_labels"].as_array().unwrap()) {
            let n = rows.as_u64().unwrap();
            let label = label.as_str().unwrap();
            assert!(
                n >= 1 && label.starts_with(&format!("{n} unchanged paragraph")),
                "{at}"
            );
        }
        // Each column's header: the document's symbol, its date line, its language.
        let heads: Vec<&str> = p["heads"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| h.as_str().unwrap())
            .collect();
        assert_eq!(heads.len(), 2, "{at}");
        for (head, symbol, date) in [
            (heads[0], "A/RES/76/99", "6 December 2021"),
            (heads[1], "A/RES/77/36", "7 December 2022"),
        ] {
            assert!(
                head.contains(symbol) && head.contains(date) && head.contains(" · en"),
                "{at}"
            );
        }
        // The framed page, so the 400 px shot shows the one-column layout.
        screenshot(
            &browser,
            &probed,
            &shots.join(format!("side-by-side-{width}.png")),
            width.max(500),
        );
    }
}
