//! Writing a list counter the way Word and browsers show it: `3`, `c`, `C`, `iii`, `III`,
//! `в`, `ج`. Word's own names for the styles (`lowerLetter`, `upperRoman`) are the keys.

/// A counter style.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum NumStyle {
    /// `1, 2, 3`.
    Decimal,
    /// `01, 02, … 10`.
    DecimalZero,
    /// `a … z, aa, bb` (Word repeats the letter past z; so do UN documents).
    LowerLetter,
    /// `A … Z, AA`.
    UpperLetter,
    /// `i, ii, iii`.
    LowerRoman,
    /// `I, II, III`.
    UpperRoman,
    /// Russian lowercase letters `а, б, в` (Word leaves out ё, й, ъ, ы, ь).
    RussianLower,
    /// Russian uppercase letters.
    RussianUpper,
    /// Arabic letters in abjad order `أ, ب, ج, د`.
    ArabicAbjad,
    /// Arabic letters in alphabetical order `أ, ب, ت, ث`.
    ArabicAlpha,
    /// A bullet or no number at all: no label.
    None,
}

impl NumStyle {
    /// Word's `w:numFmt` value. Formats without an equivalent here fall back to decimal,
    /// which keeps the count right even where the glyphs differ.
    pub fn from_word(fmt: &str) -> NumStyle {
        match fmt {
            "decimal" | "decimalFullWidth" | "decimalHalfWidth" | "arabicFullWidth" => {
                NumStyle::Decimal
            }
            "decimalZero" => NumStyle::DecimalZero,
            "lowerLetter" => NumStyle::LowerLetter,
            "upperLetter" => NumStyle::UpperLetter,
            "lowerRoman" => NumStyle::LowerRoman,
            "upperRoman" => NumStyle::UpperRoman,
            "russianLower" => NumStyle::RussianLower,
            "russianUpper" => NumStyle::RussianUpper,
            "arabicAbjad" => NumStyle::ArabicAbjad,
            "arabicAlpha" => NumStyle::ArabicAlpha,
            "bullet" | "none" => NumStyle::None,
            _ => NumStyle::Decimal,
        }
    }

    /// HTML's `type` attribute of `ol`.
    pub fn from_html_type(t: &str) -> NumStyle {
        match t {
            "a" => NumStyle::LowerLetter,
            "A" => NumStyle::UpperLetter,
            "i" => NumStyle::LowerRoman,
            "I" => NumStyle::UpperRoman,
            _ => NumStyle::Decimal,
        }
    }

    /// The counter `n` in this style (empty for [`NumStyle::None`] and for counters a
    /// style cannot write, such as roman zero).
    pub fn format(self, n: i64) -> String {
        match self {
            NumStyle::Decimal => n.to_string(),
            NumStyle::DecimalZero if (0..10).contains(&n) => format!("0{n}"),
            NumStyle::DecimalZero => n.to_string(),
            NumStyle::LowerLetter => letters(n, &LATIN),
            NumStyle::UpperLetter => letters(n, &LATIN).to_uppercase(),
            NumStyle::LowerRoman => roman(n),
            NumStyle::UpperRoman => roman(n).to_uppercase(),
            NumStyle::RussianLower => letters(n, &RUSSIAN),
            NumStyle::RussianUpper => letters(n, &RUSSIAN).to_uppercase(),
            NumStyle::ArabicAbjad => letters(n, &ABJAD),
            NumStyle::ArabicAlpha => letters(n, &ALPHA),
            NumStyle::None => String::new(),
        }
    }
}

const LATIN: [char; 26] = [
    'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's',
    't', 'u', 'v', 'w', 'x', 'y', 'z',
];
const RUSSIAN: [char; 28] = [
    'а', 'б', 'в', 'г', 'д', 'е', 'ж', 'з', 'и', 'к', 'л', 'м', 'н', 'о', 'п', 'р', 'с', 'т', 'у',
    'ф', 'х', 'ц', 'ч', 'ш', 'щ', 'э', 'ю', 'я',
];
const ABJAD: [char; 28] = [
    'أ', 'ب', 'ج', 'د', 'ه', 'و', 'ز', 'ح', 'ط', 'ي', 'ك', 'ل', 'م', 'ن', 'س', 'ع', 'ف', 'ص', 'ق',
    'ر', 'ش', 'ت', 'ث', 'خ', 'ذ', 'ض', 'ظ', 'غ',
];
const ALPHA: [char; 28] = [
    'أ', 'ب', 'ت', 'ث', 'ج', 'ح', 'خ', 'د', 'ذ', 'ر', 'ز', 'س', 'ش', 'ص', 'ض', 'ط', 'ظ', 'ع', 'غ',
    'ف', 'ق', 'ك', 'ل', 'م', 'ن', 'ه', 'و', 'ي',
];

/// `n`-th letter, repeated past the end of the alphabet: a … z, aa … zz, aaa.
fn letters(n: i64, alphabet: &[char]) -> String {
    if n < 1 {
        return String::new();
    }
    let len = alphabet.len() as i64;
    let idx = ((n - 1) % len) as usize;
    let times = ((n - 1) / len + 1).min(8) as usize;
    std::iter::repeat_n(alphabet[idx], times).collect()
}

/// Lowercase roman numeral for 1 ..= 3999 (empty outside), as the label reader writes it.
fn roman(n: i64) -> String {
    u32::try_from(n)
        .ok()
        .and_then(alinea_text::label::to_roman)
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn styles() {
        assert_eq!(NumStyle::LowerLetter.format(1), "a");
        assert_eq!(NumStyle::LowerLetter.format(27), "aa");
        assert_eq!(NumStyle::UpperLetter.format(3), "C");
        assert_eq!(NumStyle::LowerRoman.format(14), "xiv");
        assert_eq!(NumStyle::UpperRoman.format(1994), "MCMXCIV");
        assert_eq!(NumStyle::DecimalZero.format(7), "07");
        assert_eq!(NumStyle::RussianLower.format(9), "и");
        assert_eq!(NumStyle::RussianLower.format(10), "к");
        assert_eq!(NumStyle::ArabicAbjad.format(3), "ج");
        assert_eq!(NumStyle::LowerRoman.format(0), "");
        assert_eq!(NumStyle::from_word("bullet").format(1), "");
    }
}
