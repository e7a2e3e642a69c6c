//! The edge between alinea's ISO 639-1 [`Lang`] and whatlang's ISO 639-3 enum.
//!
//! No whatlang type leaves this module's crate: callers see only [`Lang`], so a whatlang
//! upgrade (or a switch to another detector) never ripples into the other alinea crates.
//! whatlang 0.18 recognises 70 languages; the table below lists every one of them that has
//! an ISO 639-1 code.

use alinea_text::Lang;
use whatlang::Lang as Wl;

use crate::known::Script;

/// ISO 639-1 code to whatlang language, for every whatlang language with a two-letter code.
const TABLE: &[(&str, Wl)] = &[
    ("eo", Wl::Epo),
    ("en", Wl::Eng),
    ("ru", Wl::Rus),
    ("zh", Wl::Cmn),
    ("es", Wl::Spa),
    ("pt", Wl::Por),
    ("it", Wl::Ita),
    ("bn", Wl::Ben),
    ("fr", Wl::Fra),
    ("de", Wl::Deu),
    ("uk", Wl::Ukr),
    ("ka", Wl::Kat),
    ("ar", Wl::Ara),
    ("hi", Wl::Hin),
    ("ja", Wl::Jpn),
    ("he", Wl::Heb),
    ("yi", Wl::Yid),
    ("pl", Wl::Pol),
    ("am", Wl::Amh),
    ("jv", Wl::Jav),
    ("ko", Wl::Kor),
    ("nb", Wl::Nob),
    ("da", Wl::Dan),
    ("sv", Wl::Swe),
    ("fi", Wl::Fin),
    ("tr", Wl::Tur),
    ("nl", Wl::Nld),
    ("hu", Wl::Hun),
    ("cs", Wl::Ces),
    ("el", Wl::Ell),
    ("bg", Wl::Bul),
    ("be", Wl::Bel),
    ("mr", Wl::Mar),
    ("kn", Wl::Kan),
    ("ro", Wl::Ron),
    ("sl", Wl::Slv),
    ("hr", Wl::Hrv),
    ("sr", Wl::Srp),
    ("mk", Wl::Mkd),
    ("lt", Wl::Lit),
    ("lv", Wl::Lav),
    ("et", Wl::Est),
    ("ta", Wl::Tam),
    ("vi", Wl::Vie),
    ("ur", Wl::Urd),
    ("th", Wl::Tha),
    ("gu", Wl::Guj),
    ("uz", Wl::Uzb),
    ("pa", Wl::Pan),
    ("az", Wl::Aze),
    ("id", Wl::Ind),
    ("te", Wl::Tel),
    ("fa", Wl::Pes),
    ("ml", Wl::Mal),
    ("or", Wl::Ori),
    ("my", Wl::Mya),
    ("ne", Wl::Nep),
    ("si", Wl::Sin),
    ("km", Wl::Khm),
    ("tk", Wl::Tuk),
    ("ak", Wl::Aka),
    ("zu", Wl::Zul),
    ("sn", Wl::Sna),
    ("af", Wl::Afr),
    ("la", Wl::Lat),
    ("sk", Wl::Slk),
    ("ca", Wl::Cat),
    ("tl", Wl::Tgl),
    ("hy", Wl::Hye),
    ("cy", Wl::Cym),
];

/// Every language whatlang knows, as ISO 639-1 codes.
pub(crate) fn all_languages() -> Vec<Lang> {
    TABLE
        .iter()
        .filter_map(|(code, _)| Lang::from_code(code))
        .collect()
}

/// The whatlang language for an ISO 639-1 code, if whatlang supports it.
pub(crate) fn to_whatlang(lang: Lang) -> Option<Wl> {
    TABLE
        .iter()
        .find(|(code, _)| *code == lang.code())
        .map(|&(_, wl)| wl)
}

/// The ISO 639-1 code for a whatlang language (every whatlang language has one).
pub(crate) fn from_whatlang(wl: Wl) -> Option<Lang> {
    TABLE
        .iter()
        .find(|(_, w)| *w == wl)
        .and_then(|(code, _)| Lang::from_code(code))
}

/// whatlang's own guess restricted to an allow-list, as `(language, confidence)`.
///
/// whatlang answers for single-language scripts (Greek, Hebrew, ...) without consulting its
/// allow-list, so the answer is filtered again here.
pub(crate) struct Backend {
    inner: whatlang::Detector,
    allowed: Vec<Wl>,
}

impl Backend {
    /// A backend restricted to `allowed` (all of which must map, see [`to_whatlang`]).
    pub(crate) fn new(allowed: Vec<Wl>) -> Backend {
        Backend {
            inner: whatlang::Detector::with_allowlist(allowed.clone()),
            allowed,
        }
    }

    /// whatlang's best allowed language and its confidence (0..1).
    pub(crate) fn guess(&self, text: &str) -> Option<(Lang, f64)> {
        self.guess_with_script(text).map(|(l, c, _)| (l, c))
    }

    /// [`Backend::guess`] plus the script whatlang judged the text by, in this crate's
    /// coarse classes (Hangul counts as CJK: Korean text quotes Hanja).
    pub(crate) fn guess_with_script(&self, text: &str) -> Option<(Lang, f64, Script)> {
        let info = self.inner.detect(text)?;
        if !self.allowed.contains(&info.lang()) {
            return None;
        }
        let script = match info.script() {
            whatlang::Script::Latin => Script::Latin,
            whatlang::Script::Cyrillic => Script::Cyrillic,
            whatlang::Script::Arabic => Script::Arabic,
            whatlang::Script::Mandarin
            | whatlang::Script::Hiragana
            | whatlang::Script::Katakana
            | whatlang::Script::Hangul => Script::Cjk,
            _ => Script::Other,
        };
        from_whatlang(info.lang()).map(|l| (l, info.confidence(), script))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_entry_round_trips() {
        for &(code, wl) in TABLE {
            let lang = Lang::from_code(code).expect("two-letter code");
            assert_eq!(to_whatlang(lang), Some(wl), "{code}");
            assert_eq!(from_whatlang(wl), Some(lang), "{code}");
        }
        assert_eq!(TABLE.len(), whatlang::Lang::all().len());
    }

    #[test]
    fn galician_is_not_supported() {
        assert_eq!(to_whatlang(Lang::from_code("gl").unwrap()), None);
    }
}
