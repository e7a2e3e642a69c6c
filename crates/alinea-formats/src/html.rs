//! HTML in, through html5ever's HTML5 tokenizer: every block element (`p`, `li`,
//! headings, table cells, `div`, `blockquote`, …) and every `br` ends a paragraph; `ol`
//! items get the label the browser shows (`start`, `type`, `reversed` and `li value`
//! honoured); `head`, `script`, `style`, `template` and the like are dropped; character
//! references are decoded by the tokenizer. The tree builder is not needed: which
//! elements close which only matters for nesting, and every boundary here is one.

use std::cell::RefCell;

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, Tag, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};

use crate::numfmt::NumStyle;
use crate::{FormatError, PARAGRAPH_BREAK};

/// Elements whose start or end separates paragraphs.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "br",
    "caption",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "html",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
];
/// Elements whose content is not text of the page.
const DROPPED: &[&str] = &[
    "head", "script", "style", "template", "noscript", "title", "svg", "math", "iframe", "object",
    "select", "textarea",
];

struct List {
    ordered: bool,
    next: i64,
    step: i64,
    style: NumStyle,
}

#[derive(Default)]
struct Sink {
    paras: Vec<String>,
    cur: String,
    lists: Vec<List>,
    dropped: Vec<String>,
    pending_label: Option<String>,
}

impl Sink {
    fn flush(&mut self) {
        let text = fold(&self.cur);
        self.cur.clear();
        if text.is_empty() {
            return;
        }
        match self.pending_label.take() {
            Some(l) => self.paras.push(format!("{l} {text}")),
            None => self.paras.push(text),
        }
    }

    fn tag(&mut self, tag: Tag) -> TokenSinkResult<()> {
        let name: &str = &tag.name;
        let start = tag.kind == TagKind::StartTag;
        if DROPPED.contains(&name) {
            if start && !tag.self_closing {
                self.dropped.push(name.to_string());
                return match name {
                    "script" => TokenSinkResult::RawData(RawKind::ScriptData),
                    "style" | "noscript" | "iframe" => TokenSinkResult::RawData(RawKind::Rawtext),
                    "title" | "textarea" => TokenSinkResult::RawData(RawKind::Rcdata),
                    _ => TokenSinkResult::Continue,
                };
            }
            if !start {
                if let Some(pos) = self.dropped.iter().rposition(|d| d == name) {
                    self.dropped.truncate(pos);
                }
            }
            return TokenSinkResult::Continue;
        }
        if !self.dropped.is_empty() {
            return TokenSinkResult::Continue;
        }
        if BLOCKS.contains(&name) {
            self.flush();
            if !start && name == "li" {
                self.pending_label = None;
            }
        }
        let attr = |n: &str| {
            tag.attrs
                .iter()
                .find(|a| &*a.name.local == n)
                .map(|a| a.value.to_string())
        };
        match (name, start) {
            ("ol", true) | ("ul", true) => {
                let ordered = name == "ol";
                let reversed = attr("reversed").is_some();
                let start = attr("start")
                    .and_then(|v| v.trim().parse().ok())
                    .unwrap_or(1);
                self.lists.push(List {
                    ordered,
                    next: start,
                    step: if reversed { -1 } else { 1 },
                    style: attr("type").map_or(NumStyle::Decimal, |t| NumStyle::from_html_type(&t)),
                });
            }
            ("ol", false) | ("ul", false) => {
                self.lists.pop();
                self.pending_label = None;
            }
            ("li", true) => {
                if let Some(list) = self.lists.last_mut().filter(|l| l.ordered) {
                    if let Some(v) = attr("value").and_then(|v| v.trim().parse().ok()) {
                        list.next = v;
                    }
                    let shown = list.style.format(list.next);
                    list.next = list.next.saturating_add(list.step);
                    self.pending_label = (!shown.is_empty()).then(|| match list.style {
                        NumStyle::Decimal => format!("{shown}."),
                        _ => format!("({shown})"),
                    });
                }
            }
            _ => {}
        }
        TokenSinkResult::Continue
    }
}

/// Collapses whitespace as a browser does outside `pre`; a no-break space becomes an
/// ordinary one, which is what the sentence and alignment layers compare on anyway.
fn fold(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

struct Shared(RefCell<Sink>);

impl TokenSink for Shared {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        let mut sink = self.0.borrow_mut();
        match token {
            Token::TagToken(tag) => return sink.tag(tag),
            Token::CharacterTokens(t) if sink.dropped.is_empty() => sink.cur.push_str(&t),
            Token::EOFToken => sink.flush(),
            _ => {}
        }
        TokenSinkResult::Continue
    }
}

/// Converts an HTML page to text.
pub(crate) fn extract(name: &str, bytes: &[u8]) -> Result<String, FormatError> {
    let source = crate::charset::decode_html(name, bytes)?;
    let tokenizer = Tokenizer::new(
        Shared(RefCell::new(Sink::default())),
        TokenizerOpts::default(),
    );
    let queue = BufferQueue::default();
    queue.push_back(StrTendril::from(source));
    let _ = tokenizer.feed(&queue);
    tokenizer.end();
    let sink = tokenizer.sink.0.into_inner();
    Ok(sink.paras.join(PARAGRAPH_BREAK) + "\n")
}
