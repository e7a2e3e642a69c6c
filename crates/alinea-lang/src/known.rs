//! The languages this crate has hand-written evidence for, and the script each is written in.
//!
//! Evidence (cue letters in [`crate::script`], the kana and simplified/shinjitai counts for
//! CJK) is kept in small fixed arrays indexed by [`Known`], which keeps the per-text work
//! allocation-free. Languages outside this table compete through the word model and
//! whatlang alone.

use alinea_text::Lang;

/// A writing system, as far as language identification needs to tell them apart.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(crate) enum Script {
    /// Latin letters.
    Latin,
    /// Cyrillic letters.
    Cyrillic,
    /// Arabic letters (Arabic, Persian, Urdu, ...).
    Arabic,
    /// Han ideographs and Japanese kana, decided together.
    Cjk,
    /// Anything else (Greek, Hebrew, Devanagari, Hangul, ...): left to whatlang.
    Other,
}

impl Script {
    /// Number of scripts, the length of per-script tables.
    pub(crate) const COUNT: usize = 5;
    /// Every script, in [`Script::index`] order.
    pub(crate) const ALL: [Script; Script::COUNT] = [
        Script::Latin,
        Script::Cyrillic,
        Script::Arabic,
        Script::Cjk,
        Script::Other,
    ];

    /// The position of this script in [`Script::ALL`].
    pub(crate) fn index(self) -> usize {
        match self {
            Script::Latin => 0,
            Script::Cyrillic => 1,
            Script::Arabic => 2,
            Script::Cjk => 3,
            Script::Other => 4,
        }
    }
}

/// A language with hand-written evidence.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
#[repr(u8)]
pub(crate) enum Known {
    En,
    Fr,
    Es,
    Pt,
    Ca,
    It,
    De,
    Ru,
    Uk,
    Bg,
    Ar,
    Fa,
    Ur,
    Zh,
    Ja,
}

/// Number of [`Known`] languages, the length of every evidence array.
pub(crate) const N: usize = 15;

/// Per-language evidence, indexed by `Known as usize`.
pub(crate) type Scores = [f32; N];

/// Every known language with its code and script, in `Known` order.
const TABLE: [(Known, &str, Script); N] = [
    (Known::En, "en", Script::Latin),
    (Known::Fr, "fr", Script::Latin),
    (Known::Es, "es", Script::Latin),
    (Known::Pt, "pt", Script::Latin),
    (Known::Ca, "ca", Script::Latin),
    (Known::It, "it", Script::Latin),
    (Known::De, "de", Script::Latin),
    (Known::Ru, "ru", Script::Cyrillic),
    (Known::Uk, "uk", Script::Cyrillic),
    (Known::Bg, "bg", Script::Cyrillic),
    (Known::Ar, "ar", Script::Arabic),
    (Known::Fa, "fa", Script::Arabic),
    (Known::Ur, "ur", Script::Arabic),
    (Known::Zh, "zh", Script::Cjk),
    (Known::Ja, "ja", Script::Cjk),
];

impl Known {
    /// The known language for an ISO 639-1 code.
    pub(crate) fn from_lang(lang: Lang) -> Option<Known> {
        TABLE
            .iter()
            .find(|(_, code, _)| *code == lang.code())
            .map(|&(k, _, _)| k)
    }

    /// The script this language is written in.
    pub(crate) fn script(self) -> Script {
        TABLE[self as usize].2
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_in_enum_order() {
        for (i, (k, code, _)) in TABLE.iter().enumerate() {
            assert_eq!(*k as usize, i);
            assert_eq!(Known::from_lang(Lang::from_code(code).unwrap()), Some(*k));
        }
        assert_eq!(Known::Bg.script(), Script::Cyrillic);
    }
}
