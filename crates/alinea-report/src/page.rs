//! The shared frame of every HTML report: one self-contained page (inline style and
//! script, no network requests), readable from phone to desktop, keyboard navigation
//! between the highlighted items with `j` / `k`.

use std::io::{self, Write};

use crate::escape::escape_html;

pub(crate) const STYLE: &str = r#"
:root { --ok: #1a7f37; --warn: #9a6700; --bad: #cf222e; --muted: #59636e; --line: #d1d9e0; }
* { box-sizing: border-box; }
body { font: 15px/1.55 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Naskh Arabic", "Noto Sans CJK SC", sans-serif; margin: 0 auto; max-width: 1200px; padding: 1rem; color: #1f2328; }
h1 { font-size: 1.3rem; margin: 0 0 .5rem; } h2 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; }
.banner { padding: .5rem .75rem; border-radius: 6px; background: #ddf4ff; margin: .5rem 0; }
.warning { background: #fff8c5; }
.summary { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; margin: .5rem 0 1rem; padding: .75rem; background: #f6f8fa; border-radius: 6px; }
.summary div b { display: block; font-size: 1.2rem; }
.legend span, .legend ins, .legend del { margin-right: .75rem; }
nav { margin: .5rem 0; color: var(--muted); font-size: .9rem; }
kbd { border: 1px solid var(--line); border-radius: 3px; padding: 0 .3rem; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
th, td { border-bottom: 1px solid var(--line); padding: .4rem .5rem; vertical-align: top; word-wrap: break-word; }
th { text-align: left; background: #f6f8fa; }
[dir=rtl] { text-align: right; }
ins { background: #dafbe1; color: #116329; text-decoration: none; }
del { background: #ffebe9; color: #82071e; }
.change { border: 1px solid var(--line); border-left-width: 4px; border-radius: 6px; padding: .5rem .75rem; margin: .6rem 0; }
.change:focus, .change:target, tr:focus, tr:target { outline: 2px solid #0969da; }
.change h3 { font-size: .9rem; margin: 0 0 .3rem; color: var(--muted); font-weight: 600; }
.kind-added { border-left-color: var(--ok); } .kind-deleted { border-left-color: var(--bad); }
.kind-modified, .kind-split, .kind-merged { border-left-color: var(--warn); } .kind-moved { border-left-color: #8250df; }
.kind-unchanged { border-left-color: var(--line); color: var(--muted); }
.tag { display: inline-block; font-size: .75rem; padding: 0 .35rem; margin: .1rem; border-radius: 4px; background: #eff1f3; }
.flag { display: inline-block; font-size: .75rem; padding: 0 .35rem; margin: .1rem; border-radius: 4px; background: #ffebe9; color: var(--bad); }
tr.flagged { background: #fff8c5; }
details > summary { cursor: pointer; color: var(--muted); }
@media (max-width: 700px) { body { padding: .5rem; font-size: 14px; } .summary { gap: .25rem 1rem; } }
"#;

const SCRIPT: &str = r#"
(function () {
  var items = Array.prototype.slice.call(document.querySelectorAll('[data-nav]'));
  // Marks the page as rendered by a browser (the headless test reads it back).
  document.documentElement.setAttribute('data-rendered-items', items.length);
  document.documentElement.setAttribute('data-rendered-rows', document.querySelectorAll('tbody tr').length);
  var i = -1;
  function go(d) {
    if (!items.length) return;
    i = (i + d + items.length) % items.length;
    items[i].focus();
    items[i].scrollIntoView({block: 'center'});
  }
  document.addEventListener('keydown', function (e) {
    if (e.key === 'j' || e.key === 'n') go(1);
    if (e.key === 'k' || e.key === 'p') go(-1);
  });
})();
"#;

/// Writes the page head and opens the body.
pub(crate) fn open(w: &mut dyn Write, title: &str) -> io::Result<()> {
    writeln!(
        w,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">"
    )?;
    writeln!(
        w,
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
    )?;
    writeln!(
        w,
        "<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>",
        escape_html(title)
    )
}

/// Writes the navigation hint.
pub(crate) fn nav_hint(w: &mut dyn Write, what: &str) -> io::Result<()> {
    writeln!(
        w,
        "<nav><kbd>j</kbd> / <kbd>k</kbd>: next / previous {what}.</nav>"
    )
}

/// Writes a summary box of `(label, value, id)` figures.
pub(crate) fn summary(w: &mut dyn Write, figures: &[(&str, String, &str)]) -> io::Result<()> {
    writeln!(w, "<div class=\"summary\" id=\"summary\">")?;
    for (label, value, id) in figures {
        writeln!(
            w,
            "<div><b id=\"{id}\">{}</b>{}</div>",
            escape_html(value),
            escape_html(label)
        )?;
    }
    writeln!(w, "</div>")
}

/// Closes the page.
pub(crate) fn close(w: &mut dyn Write) -> io::Result<()> {
    writeln!(w, "<script>{SCRIPT}</script>\n</body>\n</html>")
}

/// `lang` and `dir` attributes for an element holding text of `lang` (`dir="auto"` when
/// the language is unknown), so Arabic and Persian read right to left.
pub(crate) fn dir(lang: Option<alinea_text::Lang>) -> String {
    match lang {
        Some(l) => format!(
            " lang=\"{l}\" dir=\"{}\"",
            if l.is_rtl() { "rtl" } else { "ltr" }
        ),
        None => " dir=\"auto\"".to_string(),
    }
}
