//! Script evidence: which writing system dominates a text, and letters that betray a language.
//!
//! Trigram models such as whatlang's are weak on short text and between close relatives
//! because those languages share most trigrams. Some single letters, however, belong to one
//! language of a group only (Ukrainian `ї`, Russian `ы`, Urdu `ے`, Portuguese `ã`, ...), and one
//! such letter settles a question that a whole sentence of trigrams leaves open. The weights
//! below are general orthographic facts, not fitted to any corpus: a letter used by a single
//! language of its group weighs more than one shared by two or three.

use crate::known::{Known, Scores, Script};

/// What one pass over a text found.
#[derive(Clone, Debug, Default)]
pub(crate) struct Scan {
    /// Letters counted (Unicode alphabetic, combining marks and tatweel excluded).
    pub(crate) letters: u32,
    /// Letters per script: Latin, Cyrillic, Arabic, Han, kana, other.
    pub(crate) latin: u32,
    /// Latin letters outside ASCII (accented or special, such as `é`, `ñ`, `ß`).
    pub(crate) latin_marked: u32,
    /// Cyrillic letters.
    pub(crate) cyrillic: u32,
    /// Arabic-script letters.
    pub(crate) arabic: u32,
    /// Han ideographs.
    pub(crate) han: u32,
    /// Hiragana and katakana.
    pub(crate) kana: u32,
    /// Letters of any other script.
    pub(crate) other: u32,
    /// Cue-letter evidence per known language.
    pub(crate) cues: Scores,
}

impl Scan {
    /// The script holding most letters, or `None` for a text without letters.
    pub(crate) fn dominant(&self) -> Option<Script> {
        // One ideograph carries about as much as a short word, so CJK letters count triple:
        // a Chinese sentence quoting `Katherine` stays Chinese.
        let cjk = 3 * (self.han + self.kana);
        let best = [
            (self.latin, Script::Latin),
            (self.cyrillic, Script::Cyrillic),
            (self.arabic, Script::Arabic),
            (cjk, Script::Cjk),
            (self.other, Script::Other),
        ]
        .into_iter()
        // Ties go to the earlier entry; `max_by_key` would pick the later one.
        .fold(
            (0, None),
            |acc, (n, s)| if n > acc.0 { (n, Some(s)) } else { acc },
        );
        best.1
    }
}

/// Scans `text` once, counting letters per script and cue letters per language.
pub(crate) fn scan(text: &str) -> Scan {
    let mut s = Scan::default();
    let mut prev = '\0';
    let mut prev2 = '\0';
    for c in text.chars() {
        let lc = lower(c);
        // Catalan's geminated l is written `l·l` (sometimes `l.l` in plain text); it is the
        // most reliable single mark of Catalan among the Ibero-Romance languages (`l-l` and
        // `l.l` are its plain-keyboard stand-ins).
        if lc == 'l' && prev2 == 'l' && (prev == '·' || prev == '.' || prev == '•' || prev == '-')
        {
            add(&mut s.cues, &[Known::Ca], 3.0);
        }
        // Russian writes ъ only between a prefix and е, ё, ю, я (`объявить`, `подъезд`);
        // Bulgarian writes it as a vowel before consonants and at word ends (`път`, `във`).
        if prev == 'ъ' {
            if matches!(lc, 'е' | 'ё' | 'ю' | 'я') {
                add(&mut s.cues, &[Known::Ru], 0.8);
            } else {
                add(&mut s.cues, &[Known::Bg], 1.2);
            }
        }
        prev2 = prev;
        prev = lc;
        if !is_letter(c) || c == '\u{0640}' {
            // ZWNJ is not a letter, but inside Persian words it is the standard separator of
            // prefixes and suffixes (`می‌شود`); Arabic never uses it.
            if c == '\u{200C}' {
                add(&mut s.cues, &[Known::Fa], 0.8);
            }
            // The katakana middle dot separates the parts of names and list items in
            // Japanese (`通称・但馬`); Chinese writes the interpunct · (U+00B7) there.
            if c == '\u{30FB}' || c == '\u{FF65}' {
                add(&mut s.cues, &[Known::Ja], 1.0);
            }
            digit_cue(c, &mut s.cues);
            continue;
        }
        s.letters += 1;
        match c as u32 {
            0x0041..=0x024F | 0x1E00..=0x1EFF => {
                s.latin += 1;
                if !c.is_ascii() {
                    s.latin_marked += 1;
                }
                latin_cue(lc, &mut s.cues);
            }
            0x0400..=0x052F => {
                s.cyrillic += 1;
                cyrillic_cue(lc, &mut s.cues);
            }
            0x0600..=0x06FF | 0x0750..=0x077F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => {
                s.arabic += 1;
                arabic_cue(c, &mut s.cues);
            }
            0x3040..=0x30FF | 0x31F0..=0x31FF | 0xFF66..=0xFF9F => s.kana += 1,
            0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FFFF => {
                s.han += 1;
                han_cue(c, &mut s.cues);
            }
            // The iteration mark 々 is a letter (Lm) used in Japanese, rarely in Chinese.
            0x3005 => {
                s.kana += 1;
            }
            _ => s.other += 1,
        }
    }
    s
}

/// Lower-cases one character cheaply (the first char of its lowercase mapping).
#[inline]
pub(crate) fn lower(c: char) -> char {
    if c.is_ascii() {
        c.to_ascii_lowercase()
    } else {
        lower_one(c).unwrap_or_else(|| c.to_lowercase().next().unwrap_or(c))
    }
}

/// The lowercase of a non-ASCII `c` when it is one character and cheap to know: Latin-1
/// and basic Cyrillic by offset, and `c` itself outside the blocks with case; `None` when
/// Unicode's table must be asked. The table search was a tenth of the detector's time on
/// the dev mix, mostly on letters where it changes nothing or follows a fixed offset.
#[inline]
pub(crate) fn lower_one(c: char) -> Option<char> {
    let u = c as u32;
    let shifted = match u {
        0x00C0..=0x00DE if u != 0x00D7 => u + 0x20,
        0x0410..=0x042F => u + 0x20,
        0x0400..=0x040F => u + 0x50,
        0x00DF..=0x00FF | 0x0430..=0x045F => u,
        _ if !may_have_case(c) => u,
        _ => return None,
    };
    char::from_u32(shifted)
}

/// Whether `c` lies in a block with upper and lower case (Latin, Greek, Cyrillic,
/// Armenian, Georgian, ...): lower-casing Arabic, Devanagari or Hangul would change nothing.
#[inline]
pub(crate) fn may_have_case(c: char) -> bool {
    // Beyond the BMP new cased scripts keep arriving with Unicode versions; only the CJK
    // extension planes are known to be caseless.
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
        | 0x10000..=0x1FFFF
        | 0x40000..)
}

/// `char::is_alphabetic`, answered without Unicode's table for the blocks most text is
/// written in (ASCII, Latin-1 and Latin Extended, Cyrillic, Arabic letters, kana, CJK
/// ideographs, Hangul syllables), where every code point is a letter or the exceptions are
/// listed; the table search was a tenth of the detector's time.
#[inline]
pub(crate) fn is_letter(c: char) -> bool {
    match c as u32 {
        0..=0x7F => c.is_ascii_alphabetic(),
        0xD7 | 0xF7 => false,
        0xC0..=0x24F
        | 0x0400..=0x0481
        | 0x048A..=0x052F
        | 0x0620..=0x064A
        | 0x0671..=0x06D3
        | 0x3041..=0x3096
        | 0x30A1..=0x30FA
        | 0x4E00..=0x9FFF
        | 0xAC00..=0xD7A3 => true,
        _ => c.is_alphabetic(),
    }
}

#[inline]
fn add(cues: &mut Scores, langs: &[Known], w: f32) {
    for &k in langs {
        cues[k as usize] += w;
    }
}

fn latin_cue(c: char, cues: &mut Scores) {
    use Known::*;
    match c {
        // Spanish alone among its neighbours writes ñ and the inverted marks.
        'ñ' => add(cues, &[Es], 1.5),
        // Nasal vowels with tilde are Portuguese.
        'ã' | 'õ' => add(cues, &[Pt], 2.0),
        'ç' => add(cues, &[Fr, Pt, Ca], 0.6),
        'à' => add(cues, &[Fr, Ca, Pt, It], 0.4),
        'è' => add(cues, &[Fr, Ca, It], 0.6),
        'ò' => add(cues, &[Ca, It], 1.0),
        'ì' => add(cues, &[It], 1.0),
        'ù' => add(cues, &[Fr, It], 0.6),
        'ê' | 'ô' | 'â' => add(cues, &[Fr, Pt], 0.6),
        'î' | 'û' | 'ë' | 'œ' | 'ÿ' => add(cues, &[Fr], 1.0),
        'ï' => add(cues, &[Fr, Ca], 0.7),
        // Catalan writes à, never á.
        'á' => add(cues, &[Es, Pt], 0.6),
        'í' | 'ó' | 'ú' => add(cues, &[Es, Pt, Ca], 0.3),
        'é' => add(cues, &[Fr, Es, Pt, Ca, It], 0.2),
        'ü' => add(cues, &[De], 0.7),
        'ß' | 'ä' | 'ö' => add(cues, &[De], 1.5),
        // w and k are native to English and German, loans in the Romance languages.
        'w' | 'k' => add(cues, &[En, De], 0.3),
        _ => {}
    }
}

fn cyrillic_cue(c: char, cues: &mut Scores) {
    use Known::*;
    match c {
        // Ukrainian letters absent from Russian and Bulgarian.
        'ї' | 'є' | 'ґ' => add(cues, &[Uk], 2.5),
        'і' => add(cues, &[Uk], 2.0),
        // Russian letters absent from Ukrainian and Bulgarian.
        'ы' | 'э' => add(cues, &[Ru], 1.5),
        'ё' => add(cues, &[Ru], 2.0),
        'ѝ' => add(cues, &[Bg], 2.0),
        // Bulgarian writes ь only in the digraph ьо, so a soft sign leans east Slavic.
        'ь' => add(cues, &[Ru, Uk], 0.3),
        _ => {}
    }
}

fn arabic_cue(c: char, cues: &mut Scores) {
    use Known::*;
    match c {
        // Letters Persian and Urdu added for sounds Arabic lacks.
        'پ' | 'چ' | 'ژ' | 'گ' => add(cues, &[Fa, Ur], 1.0),
        // Persian/Urdu yeh and kaf versus their Arabic code points.
        '\u{06CC}' | '\u{06A9}' => add(cues, &[Fa, Ur], 0.3),
        '\u{064A}' | '\u{0643}' => add(cues, &[Ar], 0.5),
        // Teh marbuta and alef maksura are Arabic spelling (loans in Persian keep them rarely).
        'ة' => add(cues, &[Ar], 1.0),
        'ى' => add(cues, &[Ar], 0.5),
        'أ' | 'إ' => add(cues, &[Ar], 0.4),
        // Urdu's retroflex consonants, nasal noon, barree yeh, heh goal and do-chashmi heh.
        'ٹ' | 'ڈ' | 'ڑ' | 'ں' | 'ے' | 'ۓ' | 'ھ' | 'ہ' | 'ۃ' => add(cues, &[Ur], 1.5),
        'ۀ' => add(cues, &[Fa], 1.0),
        // Urdu writes h as ہ or ھ; the Arabic/Persian heh is rare in Urdu text.
        'ه' => add(cues, &[Fa, Ar], 0.4),
        _ => {}
    }
}

fn digit_cue(c: char, cues: &mut Scores) {
    use Known::*;
    match c as u32 {
        // Arabic-Indic digits are Arabic's; the extended forms are Persian and Urdu.
        0x0660..=0x0669 => add(cues, &[Ar], 0.3),
        0x06F0..=0x06F9 => add(cues, &[Fa, Ur], 0.3),
        // The Arabic comma and question mark are shared, but 「」、。 belong to CJK text and
        // the inverted marks to Spanish.
        _ if c == '¿' || c == '¡' => add(cues, &[Es], 2.0),
        _ => {}
    }
}

/// Han characters that exist only in simplified Chinese, or only in Japanese shinjitai.
///
/// Japanese text almost always carries kana, so these only matter for kanji-only lines
/// (headings, names, `元広島県議会議員。`). Simplified forms such as 们, 这 or 团 are not
/// used in Japanese; shinjitai such as 気, 駅 or 団 are neither simplified nor traditional
/// Chinese (团 / 團 / 団 are one word in the three spellings). Each list holds common
/// characters of its kind and, for balance, the shinjitai list's simplified counterparts
/// sit in the simplified list. A character written alike in two of the spellings (会, 辞,
/// 体) is in neither list.
fn han_cue(c: char, cues: &mut Scores) {
    const ZH_ONLY: &str = "的了们这说个为时发现经对还进过么东车门长间问关开实动业后从几吗呢与将\
                           并该团认议让给买卖书见觉边员应风网华亿是没亚恶压围荣樱扩欢观稳牺\
                           举继轻鸡击剑检显严矿济剂赞齿释兽纵奖烧酿醉摄钱骚脏择单弹迟铸厅\
                           听传恼脑废满译摇谣赖览龙两猎绿灵龄处";
    const JA_ONLY: &str = "気駅円広図歳売読込働様県鉄変険労払戦説経験関発対実続総転営帰芸薬楽権帯\
                           沢渋雑価浜団亜悪圧囲栄桜覚拡歓観穏犠拠挙恵継軽鶏撃剣圏検顕厳鉱済\
                           剤賛歯児釈従獣縦処奨焼壌嬢畳譲醸粋酔髄摂銭捜挿荘騒臓滝択単弾遅鋳\
                           庁徴聴伝闘悩脳廃髪仏辺豊満訳揺謡頼覧竜両猟緑涙霊齢";
    if ZH_ONLY.contains(c) {
        add(cues, &[Known::Zh], 1.0);
    } else if JA_ONLY.contains(c) {
        add(cues, &[Known::Ja], 1.0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cue(text: &str, k: Known) -> f32 {
        scan(text).cues[k as usize]
    }

    #[test]
    fn fast_paths_agree_with_unicode() {
        for c in (0..0x11_0000).filter_map(char::from_u32) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
            if let Some(l) = lower_one(c) {
                assert!(c.to_lowercase().eq(std::iter::once(l)), "{c:?}");
            }
            if c.to_lowercase().ne(std::iter::once(c)) {
                assert!(may_have_case(c), "{c:?}");
            }
            assert_eq!(lower(c), c.to_lowercase().next().unwrap(), "{c:?}");
        }
    }

    #[test]
    fn counts_scripts() {
        let s = scan("Привет, world! 123");
        assert_eq!((s.cyrillic, s.latin, s.letters), (6, 5, 11));
        assert_eq!(s.dominant(), Some(Script::Cyrillic));
        assert_eq!(scan("2019 — 12.5").dominant(), None);
        assert_eq!(scan("東京へ行きます").dominant(), Some(Script::Cjk));
    }

    #[test]
    fn cyrillic_cues_separate_ru_uk_bg() {
        assert!(cue("їжак і є", Known::Uk) > 5.0);
        assert_eq!(cue("їжак і є", Known::Ru), 0.0);
        assert!(cue("вы этого", Known::Ru) > 2.0);
        assert!(cue("във къщата", Known::Bg) > cue("във къщата", Known::Ru));
    }

    #[test]
    fn latin_and_arabic_cues() {
        assert!(cue("¿Mañana?", Known::Es) > 3.0);
        assert!(cue("não são", Known::Pt) > 3.0);
        assert!(cue("col·lecció", Known::Ca) >= 3.0);
        // Catalan writes à, never á.
        assert!(cue("más", Known::Es) >= 0.6);
        assert_eq!(cue("más", Known::Ca), 0.0);
        assert!(cue("پژوهش", Known::Fa) > 1.0);
        assert!(cue("ہے اور ٹیم", Known::Ur) > 3.0);
        assert!(cue("مدينة", Known::Ar) > 1.0);
        assert_eq!(cue("مدينة", Known::Fa), 0.0);
    }
}
