//! Anchors: tokens that survive translation unchanged (numbers, document symbols,
//! punctuation such as `? ! : ; (` and quotes, cognates and names by 4-letter prefix).
//!
//! Each anchor type `t` has a match rate `p_t` in true beads and `q_t` in random
//! sentence pairs. A bead with `M` matched and `U` unmatched anchor tokens of type `t`
//! scores the log-likelihood ratio `M ln(p/q) + U ln((1-p)/(1-q))`. Rates are learned
//! from the confident beads of the previous pass (see [`Rates::estimate`]); before any
//! pass, neutral-ish defaults are used. The lexicon scores its own log-likelihood ratio
//! (see `lexicon`); its type [`LEX`] here only says whether that ratio tells confident
//! beads from shifted pairs ([`Rates::estimate`]).

use alinea_text::dialogue::opens_turn;
use alinea_text::fxhash::FxHashMap;

use crate::text::{char_len, tokenize, Punct, Token};

/// Number of punctuation types.
const NPUNCT: usize = 8;
/// Type index of numbers.
pub(crate) const NUMBER: usize = NPUNCT;
/// Type index of document symbols.
pub(crate) const SYMBOL: usize = NPUNCT + 1;
/// Type index of cognates (4-letter prefixes of words of 4+ letters).
pub(crate) const COGNATE: usize = NPUNCT + 2;
/// Type index of numeric paragraph labels (`14`; hierarchical alignment only).
pub(crate) const LABEL: usize = NPUNCT + 3;
/// Type index of other paragraph labels (`a`, `iv`; hierarchical alignment only).
pub(crate) const SUBLABEL: usize = NPUNCT + 4;
/// Type index of lexicon matches (soft counts, see `lexicon`).
pub(crate) const LEX: usize = NPUNCT + 5;
/// Number of evidence types.
pub(crate) const NTYPES: usize = NPUNCT + 6;

const KEY_BITS: u32 = 26;

/// The features of one unit (sentence or paragraph) that the cost model reads.
#[derive(Debug, Clone, Default)]
pub(crate) struct Features {
    /// Length in characters, whitespace excluded.
    pub len: f32,
    /// Anchor codes (`type << 26 | key`) with counts, sorted by code.
    pub anchors: Vec<(u32, u16)>,
    /// Number of anchor tokens per type.
    pub counts: [u16; NTYPES],
    /// Sorted unique lexical token ids (words lowercased, unspaced scripts by character).
    pub lex: Vec<u32>,
    /// The same ids in text order, repeats kept: where in the unit a word stands.
    pub seq: Vec<u32>,
    /// A 64-bit hash of the unit's whole text (case and spacing folded), when it has at
    /// least [`COPY_MIN_WORDS`] words: a target unit with the hash of a source unit
    /// repeats it, and is its counterpart left untranslated.
    pub whole: Option<u64>,
    /// Whether the unit opens with a dash before its first word: a turn of dialogue in
    /// subtitles and plays (`-Good morning.`, `– Já.`); see [`opens_turn`].
    pub turn: bool,
}

/// Units with fewer words (or characters of unspaced scripts) have no [`Features::whole`]
/// key: a name or a number standing alone (`Winston .`, `1984`) is rightly the same on
/// both sides, and the anchors already pair it.
pub(crate) const COPY_MIN_WORDS: usize = 3;

impl Features {
    /// Anchor type of a code.
    pub(crate) fn type_of(code: u32) -> usize {
        (code >> KEY_BITS) as usize
    }

    /// Merges another unit's features into this one (used to build paragraphs).
    pub(crate) fn absorb(&mut self, other: &Features) {
        self.len += other.len;
        let mut map: FxHashMap<u32, u16> = self.anchors.iter().copied().collect();
        for &(c, n) in &other.anchors {
            *map.entry(c).or_default() += n;
        }
        self.anchors = map.into_iter().collect();
        self.anchors.sort_unstable();
        for t in 0..NTYPES {
            self.counts[t] += other.counts[t];
        }
        self.lex.extend_from_slice(&other.lex);
        self.seq.extend_from_slice(&other.seq);
        // A paragraph is no single unit's copy.
        self.whole = None;
        self.lex.sort_unstable();
        self.lex.dedup();
    }

    /// Adds a paragraph label as an anchor: of type [`LABEL`] when `numeric`, else
    /// [`SUBLABEL`].
    pub(crate) fn add_label(&mut self, key: u32, numeric: bool) {
        let ty = if numeric { LABEL } else { SUBLABEL };
        let code = ((ty as u32) << KEY_BITS) | (key & ((1 << KEY_BITS) - 1));
        self.anchors.push((code, 1));
        self.anchors.sort_unstable();
        self.counts[ty] += 1;
    }
}

/// Interns strings into ids; one table for anchor keys (shared by both sides, so equal
/// strings match) and one lexical vocabulary per side.
#[derive(Debug, Default)]
pub(crate) struct Interner {
    map: FxHashMap<String, u32>,
}

impl Interner {
    pub(crate) fn id(&mut self, s: &str) -> u32 {
        if let Some(&id) = self.map.get(s) {
            return id;
        }
        let id = self.map.len() as u32;
        self.map.insert(s.to_owned(), id);
        id
    }

    /// The id of a word already seen, without adding it.
    pub(crate) fn get(&self, s: &str) -> Option<u32> {
        self.map.get(s).copied()
    }

    /// Every word and its id, in no fixed order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (&str, u32)> {
        self.map.iter().map(|(w, &id)| (w.as_str(), id))
    }

    pub(crate) fn len(&self) -> usize {
        self.map.len()
    }
}

/// Extracts features of every sentence of one side.
/// Sentences are tokenised in parallel, then interned in order (so ids do not depend
/// on the thread count).
pub(crate) fn extract(sents: &[&str], keys: &mut Interner, vocab: &mut Interner) -> Vec<Features> {
    use rayon::prelude::*;
    let toks: Vec<(usize, Vec<Token>, u64, bool)> = sents
        .par_iter()
        .with_min_len(64)
        .map(|s| (char_len(s), tokenize(s), whole_hash(s), opens_turn(s)))
        .collect();
    toks.into_iter()
        .map(|(len, t, whole, turn)| Features {
            turn,
            ..features(len, t, whole, keys, vocab)
        })
        .collect()
}

/// The hash of a text with its case and spacing folded: what a copy keeps of its
/// original. `DefaultHasher::new` has fixed keys, so the hash is the same in every run.
fn whole_hash(s: &str) -> u64 {
    use std::hash::Hasher;
    let mut h = std::collections::hash_map::DefaultHasher::new();
    for w in s.split_whitespace() {
        for c in w.chars().flat_map(char::to_lowercase) {
            h.write_u32(c as u32);
        }
        h.write_u8(0);
    }
    h.finish()
}

#[cfg(test)]
pub(crate) fn extract_one(s: &str, keys: &mut Interner, vocab: &mut Interner) -> Features {
    Features {
        turn: opens_turn(s),
        ..features(char_len(s), tokenize(s), whole_hash(s), keys, vocab)
    }
}

/// The features of one unit; `whole` is the hash of its text ([`whole_hash`]).
fn features(
    len: usize,
    tokens: Vec<Token>,
    whole: u64,
    keys: &mut Interner,
    vocab: &mut Interner,
) -> Features {
    let mut f = Features {
        len: len as f32,
        ..Default::default()
    };
    let mut codes: Vec<u32> = Vec::new();
    let mask = (1u32 << KEY_BITS) - 1;
    for tok in tokens {
        let (ty, key) = match &tok {
            Token::Punct(p) => (Punct::ALL.iter().position(|x| x == p).unwrap_or(0), 0),
            Token::Number(n) => (NUMBER, keys.id(n)),
            Token::Symbol(sym) => (SYMBOL, keys.id(sym)),
            Token::Word(w) => {
                f.lex.push(vocab.id(w));
                if w.chars().nth(3).is_some() {
                    (COGNATE, keys.id(&cognate_key(w)))
                } else {
                    continue;
                }
            }
            Token::Char(c) => {
                let mut b = [0u8; 4];
                f.lex.push(vocab.id(c.encode_utf8(&mut b)));
                continue;
            }
        };
        codes.push(((ty as u32) << KEY_BITS) | (key & mask));
        f.counts[ty] += 1;
    }
    codes.sort_unstable();
    for c in codes {
        match f.anchors.last_mut() {
            Some((last, n)) if *last == c => *n += 1,
            _ => f.anchors.push((c, 1)),
        }
    }
    f.seq = f.lex.clone();
    f.lex.sort_unstable();
    f.lex.dedup();
    f.whole = (f.seq.len() >= COPY_MIN_WORDS).then_some(whole);
    f
}

/// Latin spelling of a Cyrillic or Greek letter (`None`: keep the letter as it is).
/// Names and international words (информация, Κύπρος) then share their prefix with
/// the Latin-script side; the table is a plain letter-by-letter transliteration.
fn latin(c: char) -> Option<&'static str> {
    Some(match c {
        'а' | 'α' | 'ά' => "a",
        'б' | 'β' => "b",
        'в' => "v",
        'г' | 'ґ' | 'γ' => "g",
        'д' | 'δ' => "d",
        'е' | 'ё' | 'є' | 'э' | 'ε' | 'έ' => "e",
        'ж' => "zh",
        'з' | 'ζ' => "z",
        'и' | 'і' | 'ї' | 'й' | 'ι' | 'ί' | 'η' | 'ή' | 'υ' | 'ύ' | 'ы' => "i",
        'к' | 'κ' => "k",
        'л' | 'λ' => "l",
        'м' | 'μ' => "m",
        'н' | 'ν' => "n",
        'о' | 'ο' | 'ό' | 'ω' | 'ώ' => "o",
        'п' | 'π' => "p",
        'р' | 'ρ' => "r",
        'с' | 'σ' | 'ς' => "s",
        'т' | 'τ' => "t",
        'у' => "u",
        'ф' | 'φ' => "f",
        'х' => "h",
        'χ' => "ch",
        'ц' => "ts",
        'ч' => "ch",
        'ш' | 'щ' => "sh",
        'ъ' | 'ь' => "",
        'ю' => "iu",
        'я' => "ia",
        'θ' => "th",
        'ξ' => "x",
        'ψ' => "ps",
        _ => return None,
    })
}

/// The cognate key of a word of four or more letters: its first four letters after
/// transliteration into Latin letters, with `c` read as `k` (Latin-script languages
/// spell the same sound both ways: Kommission, commission, комиссия).
fn cognate_key(w: &str) -> String {
    let mut key = String::with_capacity(8);
    let mut n = 0;
    for c in w.chars() {
        let mut push = |x: char| {
            if n < 4 {
                key.push(if x == 'c' { 'k' } else { x });
                n += 1;
            }
        };
        match latin(c) {
            Some(s) => s.chars().for_each(&mut push),
            None => push(c),
        }
        if n >= 4 {
            break;
        }
    }
    key
}

/// Adds, per type, the number of matched anchor tokens between two units (both sides
/// counted, so one shared number adds 2). Beads are matched as wholes by the scorer;
/// this pairwise form checks tokenisation in tests.
#[cfg(test)]
pub(crate) fn add_matches(a: &Features, b: &Features, out: &mut [f32; NTYPES]) {
    let (x, y) = (&a.anchors, &b.anchors);
    let (mut i, mut j) = (0, 0);
    while i < x.len() && j < y.len() {
        match x[i].0.cmp(&y[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                out[Features::type_of(x[i].0)] += 2.0 * x[i].1.min(y[j].1) as f32;
                i += 1;
                j += 1;
            }
        }
    }
}

/// Match rates per evidence type and the log-likelihood weights derived from them.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Rates {
    /// Score of one matched token: `ln(p/q)`, or 0 when the type carries no evidence.
    pub hit: [f32; NTYPES],
    /// Score of one unmatched token: `ln((1-p)/(1-q))` (negative), or 0.
    pub miss: [f32; NTYPES],
}

/// The lexicon is used when its mean log-likelihood ratio per word in confident beads
/// is at least this many times that in shifted pairs.
const LEX_GATE: f32 = 1.2;
/// Pseudo-count strength of the prior rates.
const PRIOR_N: f32 = 8.0;

impl Rates {
    /// Prior rates: what a translation typically keeps of each type, versus a random
    /// sentence pair. Used before the first confident beads exist.
    pub(crate) fn prior() -> Rates {
        let (p, mut q) = Rates::prior_pq();
        // The lexicon is empty before training.
        q[LEX] = 1.0;
        Rates::from_pq(&p, &q)
    }

    fn from_pq(p: &[f32; NTYPES], q: &[f32; NTYPES]) -> Rates {
        let mut r = Rates {
            hit: [0.0; NTYPES],
            miss: [0.0; NTYPES],
        };
        for t in 0..NTYPES {
            let (p, q) = (p[t].clamp(0.0, 0.97), q[t].clamp(0.003, 0.9));
            if p > q * 1.5 {
                r.hit[t] = (p / q).ln();
                r.miss[t] = ((1.0 - p) / (1.0 - q)).ln();
            }
        }
        r
    }

    /// Estimates rates from matched / total counts in confident beads (`pos`) and in
    /// shifted, presumably unrelated pairs (`neg`), shrunk towards the prior.
    pub(crate) fn estimate(pos: &Counts, neg: &Counts) -> Rates {
        let prior = Rates::shrink_pq();
        let chance = Rates::prior_pq().1;
        let mut p = [0.0f32; NTYPES];
        let mut q = [0.0f32; NTYPES];
        for t in 0..NTYPES {
            p[t] = (pos.matched[t] + PRIOR_N * prior.0[t]) / (pos.total[t] + PRIOR_N);
            // A document too short for shifted pairs says nothing about chance
            // matches: keep the prior's chance rate rather than the shrinkage target,
            // which would cancel what the confident beads show.
            q[t] = if neg.total[t] > 0.0 {
                (neg.matched[t] + PRIOR_N * prior.1[t]) / (neg.total[t] + PRIOR_N)
            } else {
                chance[t]
            };
        }
        let mut r = Rates::from_pq(&p, &q);
        // The lexicon's evidence is its own log-likelihood ratio; here only whether it
        // tells true beads from shifted pairs: mean ratio per word in confident beads
        // at least LEX_GATE times that of shifted pairs.
        let (pm, nm) = (
            pos.matched[LEX] / pos.total[LEX].max(1.0),
            neg.matched[LEX] / neg.total[LEX].max(1.0),
        );
        r.hit[LEX] = if pos.total[LEX] > 0.0 && pm > LEX_GATE * nm {
            1.0
        } else {
            0.0
        };
        r.miss[LEX] = 0.0;
        r
    }

    fn prior_pq() -> ([f32; NTYPES], [f32; NTYPES]) {
        let mut p = [0.5f32; NTYPES];
        let mut q = [0.05f32; NTYPES];
        p[NUMBER] = 0.8;
        q[NUMBER] = 0.02;
        p[SYMBOL] = 0.8;
        q[SYMBOL] = 0.01;
        p[LABEL] = 0.9;
        q[LABEL] = 0.02;
        p[SUBLABEL] = 0.9;
        q[SUBLABEL] = 0.02;
        p[COGNATE] = 0.2;
        q[COGNATE] = 0.02;
        (p, q)
    }

    /// Rates towards which estimates are shrunk: weaker than [`Rates::prior`], so that
    /// a document's own counts soon dominate; the lexicon has no evidence of its own.
    fn shrink_pq() -> ([f32; NTYPES], [f32; NTYPES]) {
        let mut p = [0.3f32; NTYPES];
        let mut q = [0.1f32; NTYPES];
        p[LEX] = 0.2;
        q[LEX] = 0.2;
        p[LABEL] = 0.9;
        q[LABEL] = 0.02;
        p[SUBLABEL] = 0.9;
        q[SUBLABEL] = 0.02;
        (p, q)
    }

    /// Score of a unit taking part in a non-empty bead, before matches.
    pub(crate) fn unary(&self, f: &Features, lex_count: f32) -> f32 {
        let mut s = lex_count * self.miss[LEX];
        for t in 0..NTYPES {
            if t != LEX {
                s += f.counts[t] as f32 * self.miss[t];
            }
        }
        s
    }
}

/// Matched and total token counts per type over a set of beads.
#[derive(Debug, Clone, Default)]
pub(crate) struct Counts {
    pub matched: [f32; NTYPES],
    pub total: [f32; NTYPES],
}

impl Counts {
    /// Adds another set of counts.
    pub(crate) fn add(&mut self, other: &Counts) {
        for t in 0..NTYPES {
            self.matched[t] += other.matched[t];
            self.total[t] += other.total[t];
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn feats(a: &str, b: &str) -> (Features, Features) {
        let mut keys = Interner::default();
        let (mut v1, mut v2) = (Interner::default(), Interner::default());
        (
            extract_one(a, &mut keys, &mut v1),
            extract_one(b, &mut keys, &mut v2),
        )
    }

    /// A copy keeps its original's words; case and spacing may change on the way.
    #[test]
    fn a_copy_has_the_hash_of_its_original() {
        let (a, b) = feats("那东西傻头傻脑，恬不知耻。", "那东西傻头傻脑，恬不知耻。");
        assert!(a.whole.is_some() && a.whole == b.whole);
        let (a, b) = feats("The  Party is   right .", "the party is right .");
        assert_eq!(a.whole, b.whole);
        let (a, b) = feats("The Party is right .", "The Party is wrong .");
        assert_ne!(a.whole, b.whole);
        // A name alone is the same in both languages, and no copy.
        let (a, b) = feats("Winston Smith .", "Winston Smith .");
        assert_eq!((a.whole, b.whole), (None, None));
    }

    #[test]
    fn numbers_and_punctuation_match_across_scripts() {
        let (a, b) = feats("他在1956年说：“好？”", "In 1956 he said: \"Good?\"");
        let mut m = [0.0; NTYPES];
        add_matches(&a, &b, &mut m);
        assert_eq!(m[NUMBER], 2.0);
        assert_eq!(
            m[Punct::ALL.iter().position(|p| *p == Punct::Colon).unwrap()],
            2.0
        );
        assert_eq!(
            m[Punct::ALL.iter().position(|p| *p == Punct::Quote).unwrap()],
            4.0
        );
    }

    #[test]
    fn cognates_by_prefix() {
        let (a, b) = feats(
            "Die Expedition zum Himalaya",
            "L'expédition vers l'Himalaya",
        );
        let mut m = [0.0; NTYPES];
        add_matches(&a, &b, &mut m);
        assert_eq!(
            m[COGNATE], 2.0,
            "himalaya matches, expedition/expédition does not"
        );
    }

    #[test]
    fn cognates_cross_scripts_and_c_k_spellings() {
        assert_eq!(cognate_key("информация"), cognate_key("information"));
        assert_eq!(cognate_key("коммуникация"), cognate_key("communication"));
        assert_eq!(
            cognate_key("Kommission".to_lowercase().as_str()),
            cognate_key("commission")
        );
        assert_eq!(cognate_key("κύπρος"), "kipr");
        assert_ne!(cognate_key("технологии"), cognate_key("бригада"));
        let (a, b) = feats("Конференция в Гаване", "The conference in Havana");
        let mut m = [0.0; NTYPES];
        add_matches(&a, &b, &mut m);
        assert_eq!(
            m[COGNATE], 2.0,
            "конференция/conference match, Гаване/Havana do not"
        );
    }

    #[test]
    fn rates_give_positive_hits_and_negative_misses() {
        let r = Rates::prior();
        assert!(r.hit[NUMBER] > 2.0);
        assert!(r.miss[NUMBER] < 0.0);
        assert_eq!(r.hit[LEX], 0.0);
        let mut pos = Counts::default();
        let mut neg = Counts::default();
        pos.matched[NUMBER] = 90.0;
        pos.total[NUMBER] = 100.0;
        neg.matched[NUMBER] = 1.0;
        neg.total[NUMBER] = 100.0;
        let e = Rates::estimate(&pos, &neg);
        assert!(e.hit[NUMBER] > 3.0);
        // A type with no evidence either way carries no weight.
        pos.matched[COGNATE] = 10.0;
        pos.total[COGNATE] = 100.0;
        neg.matched[COGNATE] = 10.0;
        neg.total[COGNATE] = 100.0;
        assert_eq!(Rates::estimate(&pos, &neg).hit[COGNATE], 0.0);
    }
}
