//! Francs and centimes written apart, in the old French and Swiss way: `2 fr. 70`,
//! `3 fr 60`, `2 Fr. 70` are 2.70 and 3.60 francs, which the other side may write
//! `Fr. 2.70`. Read as two numbers, each side would have numbers the other lacks.

use super::{decimal, Mention, Value};

/// The currency words between the francs and the centimes.
const FRANC: [&str; 3] = ["frs", "fr", "francs"];

/// Merges `N fr. NN` (two digits of centimes) into one mention of value `N.NN`.
pub(super) fn apply(text: &str, mentions: Vec<Mention>) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::with_capacity(mentions.len());
    let mut it = mentions.into_iter().peekable();
    while let Some(mut m) = it.next() {
        if let (Some(next), [Value::Num(int)]) = (it.peek(), m.values.as_slice()) {
            let cents = &text[next.start..next.end];
            let between = &text[m.end..next.start];
            if !int.contains('.')
                && cents.len() == 2
                && cents.bytes().all(|b| b.is_ascii_digit())
                && is_franc(between)
            {
                m.values = vec![decimal(int, cents)];
                m.end = next.end;
                it.next();
            }
        }
        out.push(m);
    }
    out
}

/// ` fr. `, ` fr . `, ` Frs `: a franc word, with spaces and a full stop around it.
fn is_franc(between: &str) -> bool {
    let t = between
        .trim()
        .trim_end_matches('.')
        .trim_end()
        .to_lowercase();
    FRANC.contains(&t.as_str())
}

#[cfg(test)]
mod tests {
    use super::super::{mentions, Value};
    use alinea_text::Lang;

    #[test]
    fn francs_and_centimes_are_one_amount() {
        let vals = |t: &str| -> Vec<Vec<Value>> {
            mentions(t, Lang::FR)
                .into_iter()
                .map(|m| m.values)
                .collect()
        };
        assert_eq!(
            vals("3 roupies ( 2 fr .  70 ) par jour"),
            vals("3 roupies ( 2.70 ) par jour")
        );
        assert_eq!(vals("4 roupies (3 fr. 60)"), vals("4 roupies (3.60)"));
        // Not centimes: three digits, or no franc word between.
        assert_eq!(vals("2 fr. 700").len(), 2);
        assert_eq!(vals("2 et 70").len(), 2);
    }
}
