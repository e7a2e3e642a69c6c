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
//! byte arena: about 9 MB of memory, no allocation per word.

use std::sync::LazyLock;

use alinea_text::Lang;

/// The model file, embedded at build time.
static BYTES: &[u8] = include_bytes!("../model/words.bin");

/// Decoded on first use.
static MODEL: LazyLock<Model> =
    LazyLock::new(|| Model::decode(BYTES).expect("the embedded word model is well-formed"));

/// log10 units per quantization step (3 centibels).
const STEP: f32 = 0.03;

/// The decoded model.
pub(crate) struct Model {
    langs: Vec<Lang>,
    /// log10 frequency of each language's rarest kept word.
    floors: Vec<f32>,
    /// Every word's bytes, one after another.
    arena: Vec<u8>,
    /// Word `i` is `arena[starts[i]..starts[i + 1]]`, its entries `entries[firsts[i]..firsts[i + 1]]`.
    starts: Vec<u32>,
    firsts: Vec<u32>,
    /// (language index, cost) pairs; a cost `q` is a frequency of 10^(-0.03 q).
    entries: Vec<(u8, u8)>,
    /// Open-addressing table, a power of two long: the high 32 bits of a word's hash over
    /// its index + 1 (0 = empty), so most probes are settled without comparing bytes.
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

impl Model {
    fn decode(bytes: &[u8]) -> Option<Model> {
        let mut r = Reader { bytes, at: 0 };
        if r.take(6)? != b"ALWM1\n" {
            return None;
        }
        let n_langs = usize::from(r.u8()?);
        let mut langs = Vec::with_capacity(n_langs);
        let mut floors = Vec::with_capacity(n_langs);
        for _ in 0..n_langs {
            let code = std::str::from_utf8(r.take(2)?).ok()?;
            langs.push(Lang::from_code(code)?);
            floors.push(-STEP * f32::from(r.u8()?));
        }
        let n_words = u32::from_le_bytes(r.take(4)?.try_into().ok()?) as usize;
        let mut m = Model {
            langs,
            floors,
            arena: Vec::with_capacity(bytes.len()),
            starts: Vec::with_capacity(n_words + 1),
            firsts: Vec::with_capacity(n_words + 1),
            entries: Vec::with_capacity(n_words * 2),
            slots: vec![0; (n_words * 2).next_power_of_two()],
        };
        let mut prev_start = 0usize;
        for _ in 0..n_words {
            let shared = usize::from(r.u8()?);
            let suffix_len = usize::from(r.u8()?);
            let start = m.arena.len();
            if shared > start - prev_start {
                return None;
            }
            m.arena.extend_from_within(prev_start..prev_start + shared);
            m.arena.extend_from_slice(r.take(suffix_len)?);
            m.starts.push(u32::try_from(start).ok()?);
            m.firsts.push(u32::try_from(m.entries.len()).ok()?);
            for _ in 0..r.u8()? {
                let (lang, cost) = (r.u8()?, r.u8()?);
                if usize::from(lang) >= n_langs {
                    return None;
                }
                m.entries.push((lang, cost));
            }
            prev_start = start;
        }
        m.starts.push(u32::try_from(m.arena.len()).ok()?);
        m.firsts.push(u32::try_from(m.entries.len()).ok()?);
        let mask = m.slots.len() - 1;
        for i in 0..n_words {
            let h = hash(m.word(i));
            let mut s = h as usize & mask;
            while m.slots[s] != 0 {
                s = (s + 1) & mask;
            }
            m.slots[s] = (h & !0xffff_ffff) | u64::from(u32::try_from(i + 1).ok()?);
        }
        Some(m)
    }

    fn word(&self, i: usize) -> &[u8] {
        &self.arena[self.starts[i] as usize..self.starts[i + 1] as usize]
    }

    /// The languages of the model, indexed as in [`Model::lookup`].
    pub(crate) fn langs(&self) -> &[Lang] {
        &self.langs
    }

    /// log10 frequency of language `i`'s rarest kept word.
    #[cfg(test)]
    pub(crate) fn floor(&self, i: usize) -> f32 {
        self.floors[i]
    }

    /// The (language index, log10 frequency) of a lower-cased word, in every language whose
    /// list holds it.
    pub(crate) fn lookup(&self, word: &str) -> impl Iterator<Item = (usize, f32)> + '_ {
        let key = word.as_bytes();
        let mask = self.slots.len() - 1;
        let h = hash(key);
        let tag = h & !0xffff_ffff;
        let mut s = h as usize & mask;
        let found = loop {
            let slot = self.slots[s];
            if slot == 0 {
                break None;
            }
            let i = (slot & 0xffff_ffff) as usize - 1;
            if slot & !0xffff_ffff == tag && self.word(i) == key {
                break Some(i);
            }
            s = (s + 1) & mask;
        };
        let range = found.map_or(0..0, |i| {
            self.firsts[i] as usize..self.firsts[i + 1] as usize
        });
        self.entries[range]
            .iter()
            .map(|&(l, q)| (usize::from(l), -STEP * f32::from(q)))
    }

    /// Bytes of memory the decoded model holds (for the documented cost).
    #[cfg(test)]
    pub(crate) fn heap_bytes(&self) -> usize {
        self.arena.len()
            + 4 * (self.starts.len() + self.firsts.len())
            + 8 * self.slots.len()
            + 2 * self.entries.len()
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
}

/// Adds the log10 frequency of each word of `text` (at most `limit` words) to `sums`, one
/// entry per model language, a word a language's list lacks counting as that language's
/// floor minus `penalty`; returns the number of words scored.
///
/// Words are whitespace-separated, lower-cased, with the punctuation around them dropped;
/// tokens without a letter are skipped. A word the model does not hold is scored as its
/// parts split at apostrophes and hyphens (`l'homme` → `l`, `homme`), as wordfreq counts
/// them.
pub(crate) fn score(text: &str, limit: usize, penalty: f32, sums: &mut [f32]) -> u32 {
    let m = model();
    let mut n = 0u32;
    let mut add = |w: &str, sums: &mut [f32]| {
        n += 1;
        for (l, p) in m.lookup(w) {
            sums[l] += p - (m.floors[l] - penalty);
        }
    };
    let mut buf = String::new();
    let mut words = 0;
    for raw in text.split_whitespace() {
        if words >= limit {
            break;
        }
        let word = raw.trim_matches(|c: char| !c.is_alphanumeric());
        if !word.chars().any(char::is_alphabetic) {
            continue;
        }
        words += 1;
        buf.clear();
        for c in word.chars() {
            if c.is_ascii() {
                buf.push(c.to_ascii_lowercase());
            } else if c == '’' {
                buf.push('\'');
            } else if may_have_case(c) {
                buf.extend(c.to_lowercase());
            } else {
                buf.push(c);
            }
        }
        if buf.contains(['\'', '-']) && m.lookup(&buf).next().is_none() {
            for part in buf
                .split(['\'', '-'])
                .filter(|p| p.chars().any(char::is_alphabetic))
            {
                add(part, sums);
            }
        } else {
            add(&buf, sums);
        }
    }
    for (l, s) in sums.iter_mut().enumerate().take(m.langs.len()) {
        *s += n as f32 * (m.floors[l] - penalty);
    }
    n
}

/// Whether `c` lies in a block with upper and lower case (Latin, Greek, Cyrillic,
/// Armenian, Georgian, ...): lower-casing Arabic, Devanagari or Hangul, one table search per
/// letter, would change nothing and took a tenth of the model's time.
fn may_have_case(c: char) -> bool {
    matches!(c as u32,
        0..=0x058F
        | 0x10A0..=0x10FF
        | 0x13A0..=0x13FF
        | 0x1C80..=0x1FFF
        | 0x2100..=0x218F
        | 0x24B6..=0x24E9
        | 0x2C00..=0x2D2F
        | 0xA640..=0xA7FF
        | 0xAB70..=0xABBF
        | 0xFF21..=0xFF5A
        | 0x10400..=0x104FF
        | 0x10C80..=0x10CFF
        | 0x118A0..=0x118FF
        | 0x16E40..=0x16E9F
        | 0x1E900..=0x1E95F)
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
        // 18.7 MB with 20,000 words per language (the figure BENCHMARKS.md states).
        assert!(heap < 20 << 20, "{heap}");
    }

    #[test]
    fn words_are_lowercased_trimmed_and_split() {
        let m = model();
        let fr = m.langs().iter().position(|l| l.code() == "fr").unwrap();
        let en = m.langs().iter().position(|l| l.code() == "en").unwrap();
        let mut a = vec![0.0; m.langs().len()];
        // Punctuation and numbers are dropped; l’Homme is scored as `l` and `homme`.
        assert_eq!(score("«Bonjour», l’Homme 2019!", 10, 1.0, &mut a), 3);
        let mut b = vec![0.0; m.langs().len()];
        assert_eq!(score("bonjour l homme", 10, 1.0, &mut b), 3);
        assert_eq!(a, b);
        assert!(a[fr] > a[en] + 1.0, "{} {}", a[fr], a[en]);
        let mut c = vec![0.0; m.langs().len()];
        assert_eq!(score("a b c d", 2, 1.0, &mut c), 2);
        // Every cased letter of the BMP is in a block `may_have_case` lists.
        for c in (0..0x1_0000).filter_map(char::from_u32) {
            if c.to_lowercase().ne(std::iter::once(c)) {
                assert!(may_have_case(c), "{c:?}");
            }
        }
    }

    #[test]
    fn rejects_a_damaged_file() {
        assert!(Model::decode(b"ALWM1\n").is_none());
        assert!(Model::decode(b"nonsense").is_none());
        let cut = &BYTES[..BYTES.len() / 2];
        assert!(Model::decode(cut).is_none());
    }
}
