//! The language vocabulary shared by every alinea crate.
//!
//! alinea speaks ISO 639-1 codes to users (`en`, `fa`, `zh`), so the shared type is a
//! two-letter code rather than any detector's own enum: a detector upgrade then never
//! ripples through the crates that only need to *name* a language.

use std::fmt;

/// An ISO 639-1 language code (two lowercase ASCII letters).
#[derive(Copy, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Lang([u8; 2]);

impl Lang {
    /// Arabic.
    pub const AR: Lang = Lang(*b"ar");
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

    /// The two-letter code.
    pub fn code(&self) -> &str {
        // The bytes are ASCII letters by construction.
        std::str::from_utf8(&self.0).unwrap_or("??")
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
}
