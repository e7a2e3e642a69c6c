//! Every glyph a PDF draws, with its place, through `pdf-extract`'s content-stream
//! interpreter (fonts, encodings, `ToUnicode` maps, text matrices), grouped into lines.
//!
//! A glyph keeps the whole string its font maps it to: an Arabic lam-alef ligature is
//! one glyph for two letters, and must stay `لا` when the line is put back into logical
//! order (`super::bidi`).

use pdf_extract::{MediaBox, OutputDev, OutputError, Transform};

use super::{bidi, bound, corrupt, quiet, Line};
use crate::FormatError;

/// A gap between two glyphs wider than this many ems is a space between words. Kerning
/// moves glyphs by a few hundredths of an em; the narrowest word spaces of justified
/// text, and the gap between a list number and its text, are wider than a tenth.
const WORD_GAP_EM: f64 = 0.1;

/// Between a Chinese or Japanese character and a Latin letter or digit, a gap is a
/// space only when wider than this many ems: word processors set the two apart by a
/// quarter em or more, which justification widens, and real spaces there are drawn.
const CJK_GAP_EM: f64 = 1.0;

/// One drawn glyph, in points from the top left of its page.
#[derive(Clone, Debug)]
struct Glyph {
    x: f64,
    y: f64,
    /// Advance width.
    w: f64,
    size: f64,
    text: String,
    /// Its place in the content stream.
    seq: usize,
}

#[derive(Default)]
struct Collector {
    pages: Vec<Vec<Glyph>>,
    page: Vec<Glyph>,
    height: f64,
    /// Bytes of text collected, bounded so that a compressed content stream cannot fill
    /// memory.
    bytes: usize,
    limit: usize,
    over: bool,
}

impl OutputDev for Collector {
    fn begin_page(
        &mut self,
        _page_num: u32,
        media_box: &MediaBox,
        _art_box: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), OutputError> {
        self.height = media_box.ury - media_box.lly;
        self.page.clear();
        Ok(())
    }

    fn end_page(&mut self) -> Result<(), OutputError> {
        self.pages.push(std::mem::take(&mut self.page));
        Ok(())
    }

    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        _spacing: f64,
        font_size: f64,
        text: &str,
    ) -> Result<(), OutputError> {
        // A font may map a code to a control character (NUL, a line break): the text
        // must stay one paragraph per line and free of NUL, so whitespace controls are
        // spaces and the others are dropped.
        let text: String = text
            .chars()
            .filter_map(|c| {
                if c.is_whitespace() {
                    Some(' ')
                } else {
                    (!c.is_control()).then_some(c)
                }
            })
            .collect();
        let text = text.as_str();
        let sx = trm.m11.hypot(trm.m12) * font_size;
        let sy = trm.m21.hypot(trm.m22) * font_size;
        let size = (sx * sy).abs().sqrt();
        if !size.is_finite() || size <= 0.0 || text.is_empty() {
            return Ok(());
        }
        self.bytes += text.len();
        if self.bytes > self.limit {
            self.over = true;
            return Err(OutputError::FormatError(std::fmt::Error));
        }
        self.page.push(Glyph {
            seq: self.bytes,
            x: trm.m31,
            y: self.height - trm.m32,
            w: width * size,
            size,
            text: text.to_string(),
        });
        Ok(())
    }

    fn begin_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_line(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
}

/// The lines of every page. `limit` bounds the text collected.
pub(crate) fn read_pages(
    name: &str,
    bytes: &[u8],
    limit: u64,
) -> Result<Vec<Vec<Line>>, FormatError> {
    let too_large = || FormatError::TooLarge {
        name: name.to_string(),
        part: "a compressed stream".to_string(),
        limit,
    };
    if !bound::xref_streams_fit(bytes, limit) {
        return Err(too_large());
    }
    // The parser asserts and unwraps on some malformed input; a damaged file is an
    // error for the user, not a crash, and not a panic message on stderr either.
    let damaged = || corrupt(name, "its structure could not be read");
    let mut left = limit;
    let mut doc = match quiet::catch(|| bound::load(bytes, &mut left)) {
        Err(()) => return Err(damaged()),
        Ok(Ok(Some(d))) => d,
        Ok(Ok(None)) => return Err(too_large()),
        Ok(Err(e)) if is_password_error(&e) => {
            return Err(FormatError::Encrypted {
                name: name.to_string(),
            })
        }
        Ok(Err(e)) => return Err(corrupt(name, e.to_string())),
    };
    // An encrypted PDF with an empty user password (only editing is restricted) comes
    // back decrypted, as every viewer opens it; an /Encrypt entry left means the file
    // needs a password (or the entry could not be followed): it is refused.
    if doc.trailer.get(b"Encrypt").is_ok() {
        return Err(FormatError::Encrypted {
            name: name.to_string(),
        });
    }
    // Streams whose data lopdf read after its filter had run (a /Length it could only
    // resolve later) are still compressed.
    match quiet::catch(|| bound::decode_all(&mut doc, &mut left)) {
        Err(()) => return Err(damaged()),
        Ok(false) => return Err(too_large()),
        Ok(true) => {}
    }
    let mut collector = Collector {
        limit: usize::try_from(limit).unwrap_or(usize::MAX),
        ..Collector::default()
    };
    let run = quiet::catch(|| pdf_extract::output_doc(&doc, &mut collector));
    match run {
        Err(()) => return Err(corrupt(name, "its page content could not be interpreted")),
        Ok(Err(_)) if collector.over => {
            return Err(FormatError::TooLarge {
                name: name.to_string(),
                part: "its text".to_string(),
                limit,
            })
        }
        Ok(Err(e)) => return Err(corrupt(name, e.to_string())),
        Ok(Ok(())) => {}
    }
    Ok(collector.pages.into_iter().map(lines).collect())
}

fn is_password_error(e: &pdf_extract::Error) -> bool {
    let s = e.to_string().to_ascii_lowercase();
    s.contains("decrypt") || s.contains("password") || s.contains("encrypt")
}

/// Groups a page's glyphs into lines: baselines within half a glyph's size of the
/// line's first glyph (a raised footnote marker stays on its line), top to bottom;
/// within a line, left to right, then into logical order. Marks (harakat) are drawn
/// above or below the baseline, so they join the line whose baseline is nearest.
fn lines(glyphs: Vec<Glyph>) -> Vec<Line> {
    let (marks, mut bases): (Vec<Glyph>, Vec<Glyph>) =
        glyphs.into_iter().partition(|g| is_mark(&g.text));
    bases.sort_by(|a, b| a.y.total_cmp(&b.y));
    let mut groups: Vec<Vec<Glyph>> = Vec::new();
    let mut start = 0;
    while start < bases.len() {
        let (y0, s0) = (bases[start].y, bases[start].size);
        let mut end = start + 1;
        while end < bases.len() && bases[end].y - y0 <= 0.5 * s0.max(bases[end].size) {
            end += 1;
        }
        groups.push(bases[start..end].to_vec());
        start = end;
    }
    for m in marks {
        let nearest = groups.iter_mut().min_by(|a, b| {
            let d = |g: &Vec<Glyph>| (g[0].y - m.y).abs();
            d(a).total_cmp(&d(b))
        });
        if let Some(g) = nearest {
            g.push(m);
        }
    }
    groups.iter_mut().filter_map(|g| line(g)).collect()
}

/// Combining marks (Arabic harakat, Hebrew points, Latin accents drawn apart): drawn
/// over their letter, so they belong to the glyph they sit on.
fn is_mark(s: &str) -> bool {
    s.chars().all(|c| {
        matches!(c, '\u{0300}'..='\u{036F}' | '\u{0591}'..='\u{05C7}' | '\u{0610}'..='\u{061A}'
            | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}')
    })
}

fn line(glyphs: &mut [Glyph]) -> Option<Line> {
    glyphs.sort_by(|a, b| a.x.total_cmp(&b.x));
    // The line's size is its most common one: a heading's or the body's, not a marker's.
    let size = glyphs
        .iter()
        .map(|g| (g.size * 4.0).round() / 4.0)
        .max_by(|a, b| {
            let count = |s: f64| glyphs.iter().filter(|g| (g.size - s).abs() < 0.2).count();
            count(*a).cmp(&count(*b))
        })?;
    let y = glyphs
        .iter()
        .filter(|g| (g.size - size).abs() < 0.2)
        .map(|g| g.y)
        .fold(f64::NAN, f64::max);
    let y = if y.is_nan() { glyphs[0].y } else { y };
    // Visual clusters: base glyphs with their marks.
    let mut clusters: Vec<(usize, String)> = Vec::new();
    let bases: Vec<usize> = (0..glyphs.len())
        .filter(|&i| !is_mark(&glyphs[i].text))
        .collect();
    for &i in &bases {
        clusters.push((i, glyphs[i].text.clone()));
    }
    for i in (0..glyphs.len()).filter(|&i| is_mark(&glyphs[i].text)) {
        let centre = glyphs[i].x + glyphs[i].w / 2.0;
        let reach = |k: usize| {
            let g = &glyphs[k];
            (g.x - centre).max(centre - (g.x + g.w)).max(0.0)
        };
        // The letter the mark is drawn over (never a space or a stop). Shapers write a
        // mark next to its letter in the content stream: right after it in
        // left-to-right text, right before it in right-to-left text, which is written
        // in visual order (seen in LibreOffice's PDFs). That letter wins when it is
        // near; otherwise the nearest letter by extent.
        let rtl_mark = glyphs[i]
            .text
            .chars()
            .any(|c| matches!(c, '\u{0591}'..='\u{06FF}'));
        let seq = glyphs[i].seq;
        let is_letter = |k: usize| glyphs[k].text.chars().any(char::is_alphabetic);
        let letter = |c: &&mut (usize, String)| is_letter(c.0);
        let candidates = clusters.iter().map(|c| c.0).filter(|&k| is_letter(k));
        let next = if rtl_mark {
            candidates
                .filter(|&k| glyphs[k].seq > seq)
                .min_by_key(|&k| glyphs[k].seq)
        } else {
            candidates
                .filter(|&k| glyphs[k].seq < seq)
                .max_by_key(|&k| glyphs[k].seq)
        }
        .filter(|&k| reach(k) <= glyphs[k].size * 0.5);
        let nearest = match next {
            Some(k) => clusters.iter_mut().find(|c| c.0 == k),
            None => clusters
                .iter_mut()
                .filter(letter)
                .min_by(|a, b| reach(a.0).total_cmp(&reach(b.0))),
        };
        match nearest {
            Some(c) => c.1.push_str(&glyphs[i].text),
            None => clusters.push((i, glyphs[i].text.clone())),
        }
    }
    // Tokens in visual order, with a space wherever the gap between two glyphs is wider
    // than a thin space (PDFs often position words instead of drawing spaces).
    clusters.sort_by(|a, b| glyphs[a.0].x.total_cmp(&glyphs[b.0].x));
    // Tokens in visual order, with their extents, and a space wherever the gap between
    // two glyphs is wider than a thin space (PDFs often position words instead of
    // drawing spaces).
    let mut tokens: Vec<String> = Vec::with_capacity(clusters.len() * 2);
    let mut extents: Vec<(f64, f64)> = Vec::with_capacity(clusters.len() * 2);
    // Justified Chinese spreads its characters: the usual gap between two of them is
    // the line's letter spacing, not a space.
    let cjk = |t: &str| t.chars().any(super::is_cjk);
    let mut spread: Vec<f64> = clusters
        .windows(2)
        .filter(|w| cjk(&w[0].1) && cjk(&w[1].1))
        .map(|w| glyphs[w[1].0].x - (glyphs[w[0].0].x + glyphs[w[0].0].w))
        .collect();
    spread.sort_by(f64::total_cmp);
    let spread = spread
        .get(spread.len() / 2)
        .copied()
        .unwrap_or(0.0)
        .max(0.0);
    let mut prev_end: Option<f64> = None;
    for (i, text) in clusters {
        let g = &glyphs[i];
        if let Some(end) = prev_end {
            // Word processors set Chinese apart from Latin letters and digits by up to
            // a quarter em that is no space in the text.
            let alnum = |t: &str| t.chars().any(char::is_alphanumeric) && !cjk(t);
            let prev = tokens.last().map_or("", String::as_str);
            let cjk_edge = cjk(prev) && alnum(&text) || alnum(prev) && cjk(&text);
            let em = if cjk_edge { CJK_GAP_EM } else { WORD_GAP_EM };
            let gap = g.x - end - if cjk(prev) || cjk(&text) { spread } else { 0.0 };
            if gap > em * g.size.max(size * 0.5) {
                tokens.push(" ".to_string());
                extents.push((end, g.x));
            }
        }
        prev_end = Some(prev_end.map_or(g.x + g.w, |e: f64| e.max(g.x + g.w)));
        tokens.push(if text.trim().is_empty() {
            " ".to_string()
        } else {
            text
        });
        extents.push((g.x, g.x + g.w));
    }
    let first = tokens.iter().position(|t| t != " ")?;
    let last = tokens.iter().rposition(|t| t != " ")?;
    let (tokens, extents) = (&tokens[first..=last], &extents[first..=last]);
    let rtl = bidi::is_rtl(tokens);
    let text = bidi::logical(tokens);
    if text.is_empty() {
        return None;
    }
    let (x0, x1) = (extents[0].0, extents[extents.len() - 1].1);
    Some(Line {
        text,
        y,
        x0,
        x1,
        size,
        rtl,
        lead: lead_width(tokens, extents, rtl),
    })
}

/// The width of the line's first word in reading order: up to the first space that
/// allows a line break, or
/// the first Chinese or Japanese character (lines may break after any), with the
/// punctuation that may not begin a line.
fn lead_width(tokens: &[String], extents: &[(f64, f64)], rtl: bool) -> f64 {
    let order: Vec<usize> = if rtl {
        (0..tokens.len()).rev().collect()
    } else {
        (0..tokens.len()).collect()
    };
    let start = order[0];
    let mut end = start;
    let mut after_cjk = false;
    for (n, &k) in order.iter().enumerate() {
        let t = &tokens[k];
        if t == " " {
            // No line breaks before closing punctuation (`community :-)`).
            let next = order.get(n + 1).and_then(|&j| tokens[j].chars().next());
            if next
                .is_some_and(|c| matches!(c, ':' | ';' | ',' | '.' | '!' | '?' | ')' | ']' | '}'))
            {
                continue;
            }
            break;
        }
        let c = t.chars().next().unwrap_or(' ');
        let closing = matches!(
            c,
            '，' | '。' | '、' | '；' | '：' | '？' | '！' | '）' | '」' | '』' | '”' | '’'
        );
        if after_cjk && !closing {
            break;
        }
        end = k;
        after_cjk = after_cjk || super::is_cjk(c);
    }
    let (a, b) = (extents[start], extents[end]);
    (a.0.min(b.0) - a.1.max(b.1)).abs()
}
