//! Word's automatic numbering: the definitions of `numbering.xml` and the counters that
//! run over the document as Word runs them.
//!
//! A paragraph points at a `w:num` (through `w:numPr`, directly or by its style), and the
//! num at an abstract definition whose levels say how to count and what to show
//! (`%1.`, `(%2)`, `%1.%2.`). Lists that share an abstract definition share counters and
//! so continue one another; a num with a `w:startOverride` is a restarted list with
//! counters of its own. A level restarts when a higher level advances, unless its
//! `w:lvlRestart` says otherwise.

use std::collections::{HashMap, HashSet};

use quick_xml::events::Event;
use quick_xml::Reader;

use super::xml::{attr, on};
use crate::numfmt::NumStyle;

const LEVELS: usize = 9;

/// How one level counts and shows.
#[derive(Clone, Debug)]
struct Level {
    start: i64,
    style: NumStyle,
    text: String,
    legal: bool,
    /// `w:lvlRestart`: restart after this (1-based) level; 0 never; `None` any higher.
    restart: Option<usize>,
}

impl Default for Level {
    fn default() -> Level {
        Level {
            start: 0,
            style: NumStyle::Decimal,
            text: String::new(),
            legal: false,
            restart: None,
        }
    }
}

#[derive(Clone, Debug, Default)]
struct Num {
    abstract_id: String,
    start_override: HashMap<usize, i64>,
    level_override: HashMap<usize, Level>,
}

/// The numbering definitions of a document and the running counters.
#[derive(Debug, Default)]
pub(crate) struct Numbering {
    abstracts: HashMap<String, HashMap<usize, Level>>,
    nums: HashMap<String, Num>,
    counters: HashMap<String, [Option<i64>; LEVELS]>,
    started: HashSet<String>,
}

impl Numbering {
    /// Reads `numbering.xml`. Malformed parts give what could be read before the fault.
    pub fn parse(xml: &str) -> Numbering {
        let mut n = Numbering::default();
        let mut reader = Reader::from_str(xml);
        let mut abs: Option<String> = None;
        let mut num: Option<(String, Num)> = None;
        let mut over: Option<usize> = None;
        let mut lvl: Option<(usize, Level)> = None;
        loop {
            let (e, is_start) = match reader.read_event() {
                Ok(Event::Start(e)) => (e, true),
                Ok(Event::Empty(e)) => (e, false),
                Ok(Event::End(e)) => {
                    match e.local_name().as_ref() {
                        b"lvl" => {
                            if let Some((i, l)) = lvl.take() {
                                match (&mut num, over, &abs) {
                                    (Some((_, m)), Some(_), _) => {
                                        m.level_override.insert(i, l);
                                    }
                                    (None, _, Some(a)) => {
                                        n.abstracts.entry(a.clone()).or_default().insert(i, l);
                                    }
                                    _ => {}
                                }
                            }
                        }
                        b"abstractNum" => abs = None,
                        b"lvlOverride" => over = None,
                        b"num" => {
                            if let Some((id, m)) = num.take() {
                                n.nums.insert(id, m);
                            }
                        }
                        _ => {}
                    }
                    continue;
                }
                Ok(Event::Eof) | Err(_) => break,
                Ok(_) => continue,
            };
            let val = || attr(&e, "val");
            match e.local_name().as_ref() {
                b"abstractNum" if is_start => abs = attr(&e, "abstractNumId"),
                b"num" if is_start => num = attr(&e, "numId").map(|id| (id, Num::default())),
                b"abstractNumId" => {
                    if let (Some((_, m)), Some(v)) = (&mut num, val()) {
                        m.abstract_id = v;
                    }
                }
                b"lvlOverride" if is_start => over = attr(&e, "ilvl").and_then(|v| v.parse().ok()),
                b"startOverride" => {
                    if let (Some((_, m)), Some(i), Some(v)) =
                        (&mut num, over, val().and_then(|v| v.parse().ok()))
                    {
                        m.start_override.insert(i, v);
                    }
                }
                b"lvl" if is_start => {
                    lvl = attr(&e, "ilvl")
                        .and_then(|v| v.parse().ok())
                        .filter(|&i: &usize| i < LEVELS)
                        .map(|i| (i, Level::default()));
                }
                b"start" => {
                    if let (Some((_, l)), Some(v)) = (&mut lvl, val().and_then(|v| v.parse().ok()))
                    {
                        l.start = v;
                    }
                }
                b"numFmt" => {
                    if let (Some((_, l)), Some(v)) = (&mut lvl, val()) {
                        l.style = NumStyle::from_word(&v);
                    }
                }
                b"lvlText" => {
                    if let (Some((_, l)), Some(v)) = (&mut lvl, val()) {
                        l.text = v;
                    }
                }
                b"isLgl" => {
                    if let Some((_, l)) = &mut lvl {
                        l.legal = on(&e);
                    }
                }
                b"lvlRestart" => {
                    if let (Some((_, l)), Some(v)) = (&mut lvl, val().and_then(|v| v.parse().ok()))
                    {
                        l.restart = Some(v);
                    }
                }
                _ => {}
            }
        }
        n
    }

    fn level<'a>(&'a self, num: &'a Num, ilvl: usize) -> Option<&'a Level> {
        num.level_override
            .get(&ilvl)
            .or_else(|| self.abstracts.get(&num.abstract_id)?.get(&ilvl))
    }

    /// Advances the counters for a paragraph of list `num_id` at level `ilvl` and returns
    /// the label Word shows for it (`None` for bullets and unknown lists).
    pub fn next_label(&mut self, num_id: &str, ilvl: usize) -> Option<String> {
        if ilvl >= LEVELS {
            return None;
        }
        let num = self.nums.get(num_id)?.clone();
        let restarted = !num.start_override.is_empty();
        let key = if restarted {
            format!("num:{num_id}")
        } else {
            format!("abs:{}", num.abstract_id)
        };
        let first_use = self.started.insert(num_id.to_string());
        let starts: Vec<i64> = (0..LEVELS)
            .map(|i| {
                num.start_override
                    .get(&i)
                    .copied()
                    .or_else(|| self.level(&num, i).map(|l| l.start))
                    .unwrap_or(1)
            })
            .collect();
        let restarts: Vec<Option<usize>> = (0..LEVELS)
            .map(|i| self.level(&num, i).and_then(|l| l.restart))
            .collect();
        let counters = self.counters.entry(key).or_insert([None; LEVELS]);
        if first_use && restarted {
            *counters = [None; LEVELS];
        }
        counters[ilvl] = Some(counters[ilvl].map_or(starts[ilvl], |c| c.saturating_add(1)));
        for deeper in ilvl + 1..LEVELS {
            let reset = match restarts[deeper] {
                None => true,
                Some(0) => false,
                Some(r) => ilvl < r,
            };
            if reset {
                counters[deeper] = None;
            }
        }
        let values: Vec<i64> = (0..LEVELS)
            .map(|i| counters[i].unwrap_or(starts[i]))
            .collect();
        let level = self.level(&num, ilvl)?;
        if level.style == NumStyle::None {
            return None;
        }
        let mut label = String::new();
        // A counter the style cannot write (roman past 3999) leaves no label rather than
        // its punctuation alone.
        let mut unwritable = false;
        let mut chars = level.text.chars().peekable();
        while let Some(c) = chars.next() {
            let digit = chars.peek().and_then(|d| d.to_digit(10));
            match (c, digit) {
                ('%', Some(k @ 1..=9)) => {
                    chars.next();
                    let i = k as usize - 1;
                    let style = match self.level(&num, i) {
                        Some(_) if level.legal => NumStyle::Decimal,
                        Some(l) => l.style,
                        None => NumStyle::Decimal,
                    };
                    let shown = style.format(values[i]);
                    unwritable |= shown.is_empty();
                    label.push_str(&shown);
                }
                _ => label.push(c),
            }
        }
        let label = label.trim().to_string();
        (!label.is_empty() && !unwritable).then_some(label)
    }
}
