//! The language vocabulary shared by every alinea crate.
//!
//! alinea speaks ISO 639-1 codes to users (`en`, `fa`, `zh`), so the shared type is a
//! two-letter code rather than any detector's own enum: a detector upgrade then never
//! ripples through the crates that only need to *name* a language.

use std::fmt;

/// Why a language code was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LangError {
    /// Not two ASCII letters (`eng`, `e1`, empty).
    #[error("{0:?} is not a language code: use two-letter ISO 639-1 codes such as en, fr, ru, zh, ar, fa")]
    Malformed(String),
    /// Two letters, but no ISO 639-1 language has that code (`xx`).
    #[error("{0:?} is not an ISO 639-1 language code: use two-letter codes such as en, fr, ru, zh, ar, fa")]
    Unknown(String),
}

/// An ISO 639-1 language code (two lowercase ASCII letters).
#[derive(Copy, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Lang([u8; 2]);

impl Lang {
    /// Arabic.
    pub const AR: Lang = Lang(*b"ar");
    /// Undetermined (`und`, ISO 639-2): a text whose language the models cannot tell or
    /// do not know. Language-neutral rules apply to it, and outputs say `und` rather
    /// than guess the nearest known language.
    pub const UND: Lang = Lang(*b"\0\0");
    /// Chinese.
    pub const ZH: Lang = Lang(*b"zh");
    /// English.
    pub const EN: Lang = Lang(*b"en");
    /// French.
    pub const FR: Lang = Lang(*b"fr");
    /// Spanish.
    pub const ES: Lang = Lang(*b"es");
    /// Russian.
    pub const RU: Lang = Lang(*b"ru");
    /// Persian.
    pub const FA: Lang = Lang(*b"fa");
    /// German.
    pub const DE: Lang = Lang(*b"de");
    /// Urdu.
    pub const UR: Lang = Lang(*b"ur");
    /// Japanese.
    pub const JA: Lang = Lang(*b"ja");
    /// Romanian.
    pub const RO: Lang = Lang(*b"ro");
    /// Italian.
    pub const IT: Lang = Lang(*b"it");
    /// Portuguese.
    pub const PT: Lang = Lang(*b"pt");
    /// Dutch.
    pub const NL: Lang = Lang(*b"nl");
    /// Czech.
    pub const CS: Lang = Lang(*b"cs");
    /// Slovak.
    pub const SK: Lang = Lang(*b"sk");
    /// Polish.
    pub const PL: Lang = Lang(*b"pl");
    /// Swedish.
    pub const SV: Lang = Lang(*b"sv");
    /// Finnish.
    pub const FI: Lang = Lang(*b"fi");
    /// Turkish.
    pub const TR: Lang = Lang(*b"tr");
    /// Greek.
    pub const EL: Lang = Lang(*b"el");
    /// Ukrainian.
    pub const UK: Lang = Lang(*b"uk");
    /// Indonesian.
    pub const ID: Lang = Lang(*b"id");
    /// Hungarian.
    pub const HU: Lang = Lang(*b"hu");
    /// Korean.
    pub const KO: Lang = Lang(*b"ko");

    /// The six official UN languages plus Persian: alinea's default allow-list.
    pub const DEFAULT_SET: [Lang; 7] = [
        Lang::EN,
        Lang::FR,
        Lang::ES,
        Lang::RU,
        Lang::ZH,
        Lang::AR,
        Lang::FA,
    ];

    /// Parses a code such as `"en"` or `"FA"`; `None` unless it is two ASCII letters.
    ///
    /// Whether a detector *supports* the language is the detector's business; this only
    /// checks the shape of the code.
    pub fn from_code(code: &str) -> Option<Lang> {
        let b = code.trim().as_bytes();
        if b.len() == 2 && b.iter().all(u8::is_ascii_alphabetic) {
            Some(Lang([b[0].to_ascii_lowercase(), b[1].to_ascii_lowercase()]))
        } else {
            None
        }
    }

    /// Parses and validates a user-given code: two letters (any case, surrounding space
    /// ignored) that ISO 639-1 assigns to a language. `xx` is refused with
    /// [`LangError::Unknown`], `eng` with [`LangError::Malformed`]. Use this for anything a
    /// user types (`--lang`, `--languages`); [`Lang::from_code`] only checks the shape.
    pub fn parse_known(code: &str) -> Result<Lang, LangError> {
        let lang = Lang::from_code(code).ok_or_else(|| LangError::Malformed(code.to_string()))?;
        if lang.is_iso639_1() {
            Ok(lang)
        } else {
            Err(LangError::Unknown(code.trim().to_string()))
        }
    }

    /// Whether ISO 639-1 assigns this code to a language.
    pub fn is_iso639_1(&self) -> bool {
        ISO_639_1.binary_search(&self.0).is_ok()
    }

    /// The two-letter code.
    pub fn code(&self) -> &str {
        if *self == Lang::UND {
            return "und";
        }
        // The bytes are ASCII letters by construction.
        std::str::from_utf8(&self.0).unwrap_or("??")
    }

    /// Whether this is [`Lang::UND`].
    pub fn is_und(&self) -> bool {
        *self == Lang::UND
    }

    /// Whether the language is written right to left (reports set `dir="rtl"`).
    pub fn is_rtl(&self) -> bool {
        matches!(
            &self.0,
            b"ar" | b"fa" | b"ur" | b"he" | b"yi" | b"ps" | b"sd" | b"ug" | b"ku"
        )
    }

    /// Whether the language is written without spaces between words, so that lengths and
    /// lexical units are better counted in characters.
    pub fn is_unspaced(&self) -> bool {
        matches!(&self.0, b"zh" | b"ja" | b"th" | b"km" | b"lo" | b"my")
    }
}

/// Every ISO 639-1 code, sorted (for binary search).
static ISO_639_1: &[[u8; 2]] = &[
    *b"aa", *b"ab", *b"ae", *b"af", *b"ak", *b"am", *b"an", *b"ar", *b"as", *b"av", *b"ay", *b"az",
    *b"ba", *b"be", *b"bg", *b"bh", *b"bi", *b"bm", *b"bn", *b"bo", *b"br", *b"bs", *b"ca", *b"ce",
    *b"ch", *b"co", *b"cr", *b"cs", *b"cu", *b"cv", *b"cy", *b"da", *b"de", *b"dv", *b"dz", *b"ee",
    *b"el", *b"en", *b"eo", *b"es", *b"et", *b"eu", *b"fa", *b"ff", *b"fi", *b"fj", *b"fo", *b"fr",
    *b"fy", *b"ga", *b"gd", *b"gl", *b"gn", *b"gu", *b"gv", *b"ha", *b"he", *b"hi", *b"ho", *b"hr",
    *b"ht", *b"hu", *b"hy", *b"hz", *b"ia", *b"id", *b"ie", *b"ig", *b"ii", *b"ik", *b"io", *b"is",
    *b"it", *b"iu", *b"ja", *b"jv", *b"ka", *b"kg", *b"ki", *b"kj", *b"kk", *b"kl", *b"km", *b"kn",
    *b"ko", *b"kr", *b"ks", *b"ku", *b"kv", *b"kw", *b"ky", *b"la", *b"lb", *b"lg", *b"li", *b"ln",
    *b"lo", *b"lt", *b"lu", *b"lv", *b"mg", *b"mh", *b"mi", *b"mk", *b"ml", *b"mn", *b"mr", *b"ms",
    *b"mt", *b"my", *b"na", *b"nb", *b"nd", *b"ne", *b"ng", *b"nl", *b"nn", *b"no", *b"nr", *b"nv",
    *b"ny", *b"oc", *b"oj", *b"om", *b"or", *b"os", *b"pa", *b"pi", *b"pl", *b"ps", *b"pt", *b"qu",
    *b"rm", *b"rn", *b"ro", *b"ru", *b"rw", *b"sa", *b"sc", *b"sd", *b"se", *b"sg", *b"si", *b"sk",
    *b"sl", *b"sm", *b"sn", *b"so", *b"sq", *b"sr", *b"ss", *b"st", *b"su", *b"sv", *b"sw", *b"ta",
    *b"te", *b"tg", *b"th", *b"ti", *b"tk", *b"tl", *b"tn", *b"to", *b"tr", *b"ts", *b"tt", *b"tw",
    *b"ty", *b"ug", *b"uk", *b"ur", *b"uz", *b"ve", *b"vi", *b"vo", *b"wa", *b"wo", *b"xh", *b"yi",
    *b"yo", *b"za", *b"zh", *b"zu",
];

impl fmt::Debug for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Lang({})", self.code())
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_codes() {
        assert_eq!(Lang::from_code("FA"), Some(Lang::FA));
        assert_eq!(Lang::from_code(" en "), Some(Lang::EN));
        assert_eq!(Lang::from_code("eng"), None);
        assert_eq!(Lang::from_code("e1"), None);
        assert_eq!(Lang::AR.to_string(), "ar");
        assert!(Lang::FA.is_rtl() && !Lang::RU.is_rtl());
        assert!(Lang::ZH.is_unspaced());
    }

    #[test]
    fn validates_user_codes() {
        assert_eq!(Lang::parse_known(" De "), Ok(Lang::DE));
        assert_eq!(
            Lang::parse_known("xx"),
            Err(LangError::Unknown("xx".into()))
        );
        assert!(matches!(
            Lang::parse_known("eng"),
            Err(LangError::Malformed(_))
        ));
        assert!(Lang::parse_known("qq").is_err() && Lang::parse_known("zu").is_ok());
        assert!(ISO_639_1.windows(2).all(|w| w[0] < w[1]));
        assert!(Lang::parse_known("xx")
            .unwrap_err()
            .to_string()
            .contains("ISO 639-1"));
    }
}
