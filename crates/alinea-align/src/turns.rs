//! Turns of dialogue as evidence for a pairing: in subtitles and plays each side opens
//! a new speaker's line with a dash ([`crate::anchors::Features::turn`]).

use crate::confidence::RawBead;
use crate::scorer::Prepared;

/// What a turn of dialogue says of a pair ([`crate::anchors::Features::turn`]): in
/// subtitles each side opens a new speaker's line with a dash, so two lines that both
/// open one, or neither, are likelier each other's translation than two that differ.
/// Learnt from the beads at hand, as the anchors' rates are: the share of `1-1` beads
/// that agree, against the agreement of pairs drawn at random (from each side's share
/// of turns), as log-likelihood ratios. A text with no turns, or whose turns its
/// translation does not keep, gets weights of about zero.
pub(crate) struct TurnWeights {
    agree: f32,
    differ: f32,
}

impl TurnWeights {
    pub(crate) fn of(prep: &Prepared<'_>, beads: &[RawBead]) -> TurnWeights {
        let (mut n, mut same, mut turns_s, mut turns_t) = (0u32, 0u32, 0u32, 0u32);
        for b in beads {
            if let ([i], [j]) = (b.src.as_slice(), b.tgt.as_slice()) {
                let (s, t) = prep.turns(*i, *j);
                n += 1;
                same += u32::from(s == t);
                turns_s += u32::from(s);
                turns_t += u32::from(t);
            }
        }
        if turns_s == 0 || turns_t == 0 {
            return TurnWeights {
                agree: 0.0,
                differ: 0.0,
            };
        }
        let nf = n as f32;
        let (ps, pt) = (turns_s as f32 / nf, turns_t as f32 / nf);
        let chance = (ps * pt + (1.0 - ps) * (1.0 - pt)).clamp(1e-3, 1.0 - 1e-3);
        // One pseudo-count each way: a handful of beads says little.
        let kept = (same as f32 + 1.0) / (nf + 2.0);
        TurnWeights {
            agree: (kept / chance).ln(),
            differ: ((1.0 - kept) / (1.0 - chance)).ln(),
        }
    }

    /// The ratio for pairing source unit `i` with target unit `j`.
    pub(crate) fn llr(&self, prep: &Prepared<'_>, i: usize, j: usize) -> f32 {
        let (s, t) = prep.turns(i, j);
        if s == t {
            self.agree
        } else {
            self.differ
        }
    }
}
