//! The second model: how often each language uses each of its commonest words.
//!
//! whatlang's trigram profiles need a sentence to be sure; on a line of one to three words
//! they guess, and between close relatives (nl/af, da/nb/sv, cs/sk, es/pt/ca) they are
//! unreliable at any length. A word-unigram model is exact where trigrams are vague: `het`,
//! `een`, `niet` are Dutch words with known frequencies, and a two-word heading made of them
//! is scored like any sentence. The model holds the 20,000 commonest words of 33 languages
//! from the `wordfreq` lists (CC BY-SA 4.0, see `model/NOTICE`), each with its frequency
//! quantized to 3 centibels, front-coded in `model/words.bin` (about 4 MB, built by
//! `scripts/build_word_model.py`).
//!
//! The file is compiled into the crate (`include_bytes!`, so nothing is read or downloaded
//! at run time) and decoded once, on first use, into an open-addressing hash table over one
//! array of word records: 15.6 MB of memory (7.3 MB of records, an 8 MB table), no
//! allocation per word.

use std::sync::LazyLock;

use alinea_text::Lang;

use crate::known::Script;
use crate::script;

/// The model file, embedded at build time.
static BYTES: &[u8] = include_bytes!("../model/words.bin");

/// Decoded on first use.
static MODEL: LazyLock<Model> =
    LazyLock::new(|| Model::decode(BYTES).expect("the embedded word model is well-formed"));

/// Read on first use, without the table.
static HEADER: LazyLock<Header> =
    LazyLock::new(|| Header::decode(BYTES).expect("the embedded word model is well-formed"));

/// log10 units per quantization step (3 centibels).
const STEP: f32 = 0.03;

/// What a detector needs to be built: the model's languages and their scripts.
///
/// Read by one pass over the file that builds no table and hashes no word, so that
/// building a detector does not decode the whole model (about 60 ms): a run that never
/// detects a language (`align --src-lang ro --tgt-lang en --presplit`) never pays for it.
pub(crate) struct Header {
    langs: Vec<Lang>,
    /// The script of each language's commonest word (the script the language is written in).
    scripts: Vec<Script>,
}

/// The model's languages and scripts, without decoding its table.
pub(crate) fn header() -> &'static Header {
    &HEADER
}

impl Header {
    fn decode(bytes: &[u8]) -> Option<Header> {
        let mut r = Reader { bytes, at: 0 };
        let (langs, _) = r.languages()?;
        let n_words = r.word_count()?;
        // Each language's commonest word so far, as (cost, word).
        let mut commonest: Vec<(u8, Vec<u8>)> = vec![(u8::MAX, Vec::new()); langs.len()];
        let mut prev: Vec<u8> = Vec::new();
        for _ in 0..n_words {
            let entries = r.word(&mut prev)?;
            for e in entries.chunks_exact(2) {
                let best = commonest.get_mut(usize::from(e[0]))?;
                if e[1] < best.0 {
                    *best = (e[1], prev.clone());
                }
            }
        }
        let scripts = commonest
            .iter()
            .map(|(_, w)| script::scan(std::str::from_utf8(w).ok()?).dominant())
            .collect::<Option<Vec<Script>>>()?;
        Some(Header { langs, scripts })
    }

    /// The languages of the model, indexed as in [`Model::lookup`].
    pub(crate) fn langs(&self) -> &[Lang] {
        &self.langs
    }

    /// The script language `i` is written in.
    pub(crate) fn script(&self, i: usize) -> Script {
        self.scripts[i]
    }
}

/// The decoded model.
///
/// Each word is one record in `records` — its length, its entry count, its bytes, then its
/// (language index, cost) pairs — so a lookup touches two places in memory (the slot and
/// the record) instead of five separate arrays: on the dev mix the lookups were memory-bound.
pub(crate) struct Model {
    langs: Vec<Lang>,
    /// log10 frequency of each language's rarest kept word.
    floors: Vec<f32>,
    /// The records, one after another; a cost `q` is a frequency of 10^(-0.03 q).
    records: Vec<u8>,
    /// Open-addressing table, a power of two long: the high 32 bits of a word's hash over
    /// its record's offset + 1 (0 = empty), so most probes are settled without comparing
    /// bytes.
    slots: Vec<u64>,
}

/// The model, decoding it on first use.
pub(crate) fn model() -> &'static Model {
    &MODEL
}

fn hash(bytes: &[u8]) -> u64 {
    // FNV-1a: short keys, no DoS concern (the table is fixed).
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

const TAG: u64 = !0xffff_ffff;

impl Model {
    fn decode(bytes: &[u8]) -> Option<Model> {
        let mut r = Reader { bytes, at: 0 };
        let (langs, floors) = r.languages()?;
        let n_words = r.word_count()?;
        let mut records = Vec::with_capacity(bytes.len() + 2 * n_words);
        let mut offsets = Vec::with_capacity(n_words);
        let mut prev: Vec<u8> = Vec::new();
        for _ in 0..n_words {
            let entries = r.word(&mut prev)?;
            let start = records.len();
            offsets.push(u32::try_from(start).ok()?);
            records.push(u8::try_from(prev.len()).ok()?);
            records.push(u8::try_from(entries.len() / 2).ok()?);
            records.extend_from_slice(&prev);
            for e in entries.chunks_exact(2) {
                if usize::from(e[0]) >= langs.len() {
                    return None;
                }
            }
            records.extend_from_slice(entries);
        }
        let mut m = Model {
            langs,
            floors,
            records,
            slots: vec![0; (n_words * 2).next_power_of_two()],
        };
        let mask = m.slots.len() - 1;
        for &at in &offsets {
            let h = hash(m.word_at(at as usize));
            let mut s = h as usize & mask;
            while m.slots[s] != 0 {
                s = (s + 1) & mask;
            }
            m.slots[s] = (h & TAG) | u64::from(at + 1);
        }
        Some(m)
    }

    /// The word of the record at `at`.
    fn word_at(&self, at: usize) -> &[u8] {
        let len = usize::from(self.records[at]);
        &self.records[at + 2..at + 2 + len]
    }

    /// The languages of the model, indexed as in [`Model::lookup`].
    #[cfg(test)]
    pub(crate) fn langs(&self) -> &[Lang] {
        &self.langs
    }

    /// log10 frequency of language `i`'s rarest kept word.
    #[cfg(test)]
    pub(crate) fn floor(&self, i: usize) -> f32 {
        self.floors[i]
    }

    /// The (language index, cost) byte pairs of a lower-cased word, flattened, in every
    /// language whose list holds it; empty for a word no list holds.
    fn entries(&self, key: &[u8]) -> &[u8] {
        let mask = self.slots.len() - 1;
        let h = hash(key);
        let tag = h & TAG;
        let mut s = h as usize & mask;
        loop {
            let slot = self.slots[s];
            if slot == 0 {
                return &[];
            }
            if slot & TAG == tag {
                let at = (slot & 0xffff_ffff) as usize - 1;
                let len = usize::from(self.records[at]);
                let word = &self.records[at + 2..at + 2 + len];
                if word.len() == key.len() && word.iter().zip(key).all(|(a, b)| a == b) {
                    let n = usize::from(self.records[at + 1]);
                    return &self.records[at + 2 + len..at + 2 + len + 2 * n];
                }
            }
            s = (s + 1) & mask;
        }
    }

    /// The (language index, log10 frequency) of a lower-cased word, in every language whose
    /// list holds it.
    #[cfg(test)]
    pub(crate) fn lookup(&self, word: &str) -> impl Iterator<Item = (usize, f32)> + '_ {
        self.entries(word.as_bytes())
            .chunks_exact(2)
            .map(|e| (usize::from(e[0]), -STEP * f32::from(e[1])))
    }

    /// Bytes of memory the decoded model holds (for the documented cost).
    #[cfg(test)]
    pub(crate) fn heap_bytes(&self) -> usize {
        self.records.len() + 8 * self.slots.len()
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let out = self.bytes.get(self.at..self.at + n)?;
        self.at += n;
        Some(out)
    }

    fn u8(&mut self) -> Option<u8> {
        self.take(1).map(|b| b[0])
    }

    /// The magic line and the language table: each language and its floor.
    fn languages(&mut self) -> Option<(Vec<Lang>, Vec<f32>)> {
        if self.take(6)? != b"ALWM1\n" {
            return None;
        }
        let n_langs = usize::from(self.u8()?);
        let mut langs = Vec::with_capacity(n_langs);
        let mut floors = Vec::with_capacity(n_langs);
        for _ in 0..n_langs {
            let code = std::str::from_utf8(self.take(2)?).ok()?;
            langs.push(Lang::from_code(code)?);
            floors.push(-STEP * f32::from(self.u8()?));
        }
        Some((langs, floors))
    }

    fn word_count(&mut self) -> Option<usize> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?) as usize)
    }

    /// The next front-coded word, written over `prev` (the word before it), and its
    /// (language index, cost) byte pairs.
    fn word(&mut self, prev: &mut Vec<u8>) -> Option<&'a [u8]> {
        let shared = usize::from(self.u8()?);
        let suffix_len = usize::from(self.u8()?);
        if shared > prev.len() {
            return None;
        }
        prev.truncate(shared);
        prev.extend_from_slice(self.take(suffix_len)?);
        let n_entries = usize::from(self.u8()?);
        self.take(2 * n_entries)
    }
}

/// Weight of a capitalised word after the first of a text (`Kay Mann`, `Tour Adria`):
/// mostly a name, and names are listed by every language whose press mentions them, so
/// such a word should not outvote the rest of the line. Tried 1.0 / 0.6 / 0.3 on the
/// tuning half (0.3 cost short lines); 0.6 gained two sentences there, and two sentences
/// and three short lines on the held-out half.
const NAME_WEIGHT: f32 = 0.6;

/// Adds the log10 frequency of each word of `text` (at most `limit` words) to `sums`, one
/// entry per model language, a word a language's list lacks counting as that language's
/// floor minus `penalty`; returns the number of words scored, each capitalised word after
/// the first counting [`NAME_WEIGHT`] (its likelihoods are weighted alike).
///
/// Words are whitespace-separated, lower-cased, with the punctuation around them dropped;
/// tokens without a letter are skipped. A word the model does not hold is scored as its
/// parts split at apostrophes and hyphens (`l'homme` → `l`, `homme`), as wordfreq counts
/// them. One pass over each token's characters does the trimming, the letter test and the
/// lower-casing (this loop is most of the detector's own time).
pub(crate) fn score(text: &str, limit: usize, penalty: f32, sums: &mut [f32]) -> f32 {
    let m = model();
    let mut weight_sum = 0.0f32;
    let mut add = |w: &[u8], weight: f32, sums: &mut [f32]| {
        weight_sum += weight;
        for e in m.entries(w).chunks_exact(2) {
            let l = usize::from(e[0]);
            sums[l] += weight * (-STEP * f32::from(e[1]) - (m.floors[l] - penalty));
        }
    };
    let mut buf: Vec<u8> = Vec::with_capacity(64);
    let mut words = 0;
    for raw in text.split_whitespace() {
        if words >= limit {
            break;
        }
        if is_address(raw) {
            continue;
        }
        buf.clear();
        // `keep`: the length of `buf` up to its last letter or digit (trailing punctuation
        // is dropped); leading punctuation is never pushed.
        let (mut keep, mut started, mut has_letter) = (0, false, false);
        let mut capital = false;
        for c in raw.chars() {
            let letter = script::is_letter(c);
            if letter && !has_letter {
                capital = c.is_uppercase();
            }
            let alnum = letter
                || (if c.is_ascii() {
                    c.is_ascii_digit()
                } else {
                    c.is_numeric()
                });
            if !started && !alnum {
                continue;
            }
            started = true;
            has_letter |= letter;
            if c.is_ascii() {
                buf.push(c.to_ascii_lowercase() as u8);
            } else if c == '’' {
                buf.push(b'\'');
            } else {
                let mut tmp = [0u8; 4];
                match script::lower_one(c) {
                    Some(l) => buf.extend_from_slice(l.encode_utf8(&mut tmp).as_bytes()),
                    None => {
                        for l in c.to_lowercase() {
                            buf.extend_from_slice(l.encode_utf8(&mut tmp).as_bytes());
                        }
                    }
                }
            }
            if alnum {
                keep = buf.len();
            }
        }
        if !has_letter {
            continue;
        }
        buf.truncate(keep);
        let weight = if capital && words > 0 {
            NAME_WEIGHT
        } else {
            1.0
        };
        words += 1;
        if buf.iter().any(|&b| b == b'\'' || b == b'-') && m.entries(&buf).is_empty() {
            for part in buf.split(|&b| b == b'\'' || b == b'-') {
                if part_has_letter(part) {
                    add(part, weight, sums);
                }
            }
        } else {
            add(&buf, weight, sums);
        }
    }
    for (l, s) in sums.iter_mut().enumerate().take(m.langs.len()) {
        *s += weight_sum * (m.floors[l] - penalty);
    }
    weight_sum
}

/// Whether a token is a web or e-mail address (`http://…`, `www.…`, `name@host.org`,
/// brackets and quotes around it allowed): its letters are not words of any language, and
/// wordfreq's lists, built from running text, do not hold them.
fn is_address(token: &str) -> bool {
    // Most tokens hold none of the marks an address needs: settle them without trimming.
    let b = token.as_bytes();
    if !b.iter().any(|&c| c == b':' || c == b'@' || c == b'.') {
        return false;
    }
    let t = token.trim_matches(|c: char| !c.is_alphanumeric());
    if t.contains("://") || t.get(..4).is_some_and(|p| p.eq_ignore_ascii_case("www.")) {
        return true;
    }
    match t.split_once('@') {
        Some((user, host)) => {
            !user.is_empty()
                && host.rsplit_once('.').is_some_and(|(h, tld)| {
                    !h.is_empty() && tld.len() >= 2 && tld.bytes().all(|b| b.is_ascii_alphabetic())
                })
        }
        None => false,
    }
}

/// Whether a piece of a lower-cased word (valid UTF-8 between ASCII separators) holds a
/// letter.
fn part_has_letter(part: &[u8]) -> bool {
    std::str::from_utf8(part).is_ok_and(|p| p.chars().any(script::is_letter))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_and_finds_common_words() {
        let m = model();
        assert!(m.langs().len() >= 30);
        let idx = |code: &str| m.langs().iter().position(|l| l.code() == code).unwrap();
        let the: Vec<(usize, f32)> = m.lookup("the").collect();
        let en = the.iter().find(|(l, _)| *l == idx("en")).unwrap().1;
        // "the" is about 5 % of English words.
        assert!((-1.4..-1.2).contains(&en), "{en}");
        assert!(m.lookup("het").any(|(l, _)| l == idx("nl")));
        assert_eq!(m.lookup("qqqzzz").count(), 0);
        assert!(m.floor(idx("en")) < -4.0);
        let heap = m.heap_bytes();
        // 15.6 MB with 20,000 words per language (the figure BENCHMARKS.md states).
        assert!((15_000_000..16_000_000).contains(&heap), "{heap}");
    }

    #[test]
    fn words_are_lowercased_trimmed_and_split() {
        let m = model();
        let fr = m.langs().iter().position(|l| l.code() == "fr").unwrap();
        let en = m.langs().iter().position(|l| l.code() == "en").unwrap();
        let mut a = vec![0.0; m.langs().len()];
        // Punctuation and numbers are dropped; l’Homme is scored as `l` and `homme`.
        assert_eq!(score("«Bonjour», l’Homme 2019!", 10, 1.0, &mut a), 3.0);
        let mut b = vec![0.0; m.langs().len()];
        assert_eq!(score("bonjour l homme", 10, 1.0, &mut b), 3.0);
        assert_eq!(a, b);
        assert!(a[fr] > a[en] + 1.0, "{} {}", a[fr], a[en]);
        let mut c = vec![0.0; m.langs().len()];
        assert_eq!(score("a b c d", 2, 1.0, &mut c), 2.0);
    }

    #[test]
    fn addresses_are_not_words() {
        for t in [
            "http://news.example.co.uk/1/hi/world.stm",
            "[https://example.org]",
            "www.visitexample.co.uk",
            "WWW.EXAMPLE.COM",
            "<jane.doe@mail.example.com>",
            "jane@example.org,",
        ] {
            assert!(is_address(t), "{t}");
        }
        for t in [
            "col.legi", "l'homme", "e.g.", "@home", "me@", "a@b.c", "www", "Inc.", "10:30",
        ] {
            assert!(!is_address(t), "{t}");
        }
        let mut s = vec![0.0; model().langs().len()];
        assert_eq!(
            score("www.example.com jane@example.org", 10, 1.0, &mut s),
            0.0
        );
        assert_eq!(score("Mail jane@example.org", 10, 1.0, &mut s), 1.0);
    }

    #[test]
    fn names_after_the_first_word_weigh_less() {
        let m = model();
        let n = m.langs().len();
        let (mut lower, mut named) = (vec![0.0; n], vec![0.0; n]);
        // The first word's capital is grammar, not a name.
        assert_eq!(score("Thank you", 10, 1.0, &mut lower), 2.0);
        assert_eq!(score("thank you", 10, 1.0, &mut named), 2.0);
        assert_eq!(lower, named);
        let mut caps = vec![0.0; n];
        assert_eq!(score("thank You", 10, 1.0, &mut caps), 1.0 + NAME_WEIGHT);
        for l in 0..n {
            // Each language's score moves by the capitalised word's weight alone.
            let you = named[l] - score_one("thank", l);
            let expect = score_one("thank", l) + NAME_WEIGHT * you;
            assert!(
                (caps[l] - expect).abs() < 1e-3,
                "{l}: {} vs {expect}",
                caps[l]
            );
        }
    }

    fn score_one(word: &str, l: usize) -> f32 {
        let mut s = vec![0.0; model().langs().len()];
        score(word, 10, 1.0, &mut s);
        s[l]
    }

    #[test]
    fn the_header_agrees_with_the_model() {
        let (h, m) = (header(), model());
        assert_eq!(h.langs(), m.langs());
        let script =
            |code: &str| h.script(h.langs().iter().position(|l| l.code() == code).unwrap());
        assert_eq!(script("en"), Script::Latin);
        assert_eq!(script("ru"), Script::Cyrillic);
        assert_eq!(script("ar"), Script::Arabic);
    }

    #[test]
    fn rejects_a_damaged_file() {
        assert!(Header::decode(b"ALWM1\n").is_none());
        assert!(Header::decode(&BYTES[..BYTES.len() / 2]).is_none());
        assert!(Model::decode(b"ALWM1\n").is_none());
        assert!(Model::decode(b"nonsense").is_none());
        let cut = &BYTES[..BYTES.len() / 2];
        assert!(Model::decode(cut).is_none());
    }
}
