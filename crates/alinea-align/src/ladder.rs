//! The ladder format of one bead per line, as used by vecalign and the evaluation sets:
//! `[0, 1]:[2]`, with `[]` for an empty side, an optional `:score` third field and,
//! when asked for, a fourth field of comma-separated review flags
//! (`[3]:[]:0.910:omission`).

use crate::error::AlignError;

fn list(ix: &[usize]) -> String {
    let parts: Vec<String> = ix.iter().map(|i| i.to_string()).collect();
    format!("[{}]", parts.join(", "))
}

/// Renders one bead as a ladder line, e.g. `[0, 1]:[2]` or `[]:[3]:0.912`.
///
/// ```
/// assert_eq!(alinea_align::ladder_line(&[0, 1], &[2], None), "[0, 1]:[2]");
/// assert_eq!(alinea_align::ladder_line(&[], &[3], Some(0.5)), "[]:[3]:0.500");
/// ```
pub fn ladder_line(src: &[usize], tgt: &[usize], score: Option<f32>) -> String {
    match score {
        Some(s) => format!("{}:{}:{:.3}", list(src), list(tgt), s),
        None => format!("{}:{}", list(src), list(tgt)),
    }
}

/// One parsed ladder line.
#[derive(Debug, Clone, PartialEq)]
pub struct LadderBead {
    /// Source indices.
    pub src: Vec<usize>,
    /// Target indices.
    pub tgt: Vec<usize>,
    /// The optional third field.
    pub score: Option<f32>,
    /// The optional fourth field: review flag names (`omission`, `number_mismatch`).
    pub flags: Vec<String>,
}

fn parse_list(s: &str) -> Option<Vec<usize>> {
    let inner = s.trim().strip_prefix('[')?.strip_suffix(']')?;
    if inner.trim().is_empty() {
        return Some(Vec::new());
    }
    inner.split(',').map(|x| x.trim().parse().ok()).collect()
}

/// Parses a ladder file; blank lines are skipped.
///
/// # Errors
/// [`AlignError::Ladder`] naming the first malformed line.
pub fn parse_ladder(text: &str) -> Result<Vec<LadderBead>, AlignError> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let l = line.trim();
        if l.is_empty() {
            continue;
        }
        let err = |reason: &str| AlignError::Ladder {
            line: n + 1,
            reason: reason.to_owned(),
            text: line.to_owned(),
        };
        let close = l.find(']').ok_or_else(|| err("missing ']'"))?;
        let (a, rest) = l.split_at(close + 1);
        let rest = rest
            .strip_prefix(':')
            .ok_or_else(|| err("missing ':' after source"))?;
        let close = rest.find(']').ok_or_else(|| err("missing ']'"))?;
        let (b, tail) = rest.split_at(close + 1);
        let src = parse_list(a).ok_or_else(|| err("bad source list"))?;
        let tgt = parse_list(b).ok_or_else(|| err("bad target list"))?;
        let (score, flags) = match tail.strip_prefix(':') {
            Some(s) => {
                let (score, flags) = s.split_once(':').unwrap_or((s, ""));
                let score = score.trim().parse().map_err(|_| err("bad score"))?;
                let flags = flags
                    .split(',')
                    .map(str::trim)
                    .filter(|f| !f.is_empty())
                    .map(str::to_owned)
                    .collect();
                (Some(score), flags)
            }
            None if tail.trim().is_empty() => (None, Vec::new()),
            None => return Err(err("trailing text")),
        };
        out.push(LadderBead {
            src,
            tgt,
            score,
            flags,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let text = "[0, 1]:[2]\n[]:[3]\n[2]:[]:0.250\n";
        let beads = parse_ladder(text).unwrap();
        assert_eq!(beads.len(), 3);
        assert_eq!(beads[0].src, vec![0, 1]);
        assert_eq!(beads[1].src, Vec::<usize>::new());
        assert_eq!(beads[2].score, Some(0.25));
        let back: Vec<String> = beads
            .iter()
            .map(|b| ladder_line(&b.src, &b.tgt, b.score))
            .collect();
        assert_eq!(back.join("\n") + "\n", text);
    }

    #[test]
    fn flags_in_a_fourth_field() {
        let beads = parse_ladder(
            "[0]:[]:0.910:omission\n[1]:[1]:0.5:number_mismatch, low_confidence\n[2]:[2]:0.9\n",
        )
        .unwrap();
        assert_eq!(beads[0].flags, ["omission"]);
        assert_eq!(beads[1].flags, ["number_mismatch", "low_confidence"]);
        assert!(beads[2].flags.is_empty());
        assert!(parse_ladder("[0]:[0]:x:omission").is_err());
    }

    #[test]
    fn errors_name_the_line() {
        let e = parse_ladder("[0]:[0]\n[1:[1]\n").unwrap_err();
        assert!(matches!(e, AlignError::Ladder { line: 2, .. }), "{e}");
        assert!(parse_ladder("[0]:[x]").is_err());
    }
}
