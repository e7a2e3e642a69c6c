//! Which empty beads of the lenient search to keep.
//!
//! After the lexicon rounds the aligner searches once more with empty-side beads priced
//! linearly in length ([`crate::length::LengthModel::empty_cost`]). That path finds
//! sentences left out of a translation which the learnt path had glued into a `2-1`
//! bead, but also leaves alone sentences that are translated, only loosely (a page
//! header with numbers, a paraphrase). The two paths agree on most boundaries; between
//! two common boundaries (a *stretch*) the lenient one is taken unless a sentence it
//! newly leaves alone finds its words' translations in the bead the learnt path gave
//! it: coverage then says it is translated there, and the learnt stretch stays.
//!
//! Once the beads are final, [`slide`] moves an empty bead to the other side of its
//! `1-1` neighbour where coverage clearly prefers that pairing.

use std::ops::Range;

use crate::confidence::RawBead;
use crate::coverage::Coverage;
use crate::scorer::{bead_cost, BeadScratch, Model, Prepared};
use crate::turns::TurnWeights;

/// Coverage log-likelihood ratio (translated against unrelated) from which a sentence
/// counts as found in its old partner, so that its new empty bead is refused: odds of
/// e² ≈ 7 to 1. Chosen on textberg and 1984, confirmed on MAC and ParIce.
const VETO_LLR: f32 = 2.0;
/// A sentence with fewer counted words says too little to refuse anything.
const MIN_VETO_WORDS: u32 = 2;

/// The end (exclusive) of a bead on each side, or the current ends for an empty side.
fn advance(b: &RawBead, s: &mut usize, t: &mut usize) {
    if let Some(&i) = b.src.last() {
        *s = i + 1;
    }
    if let Some(&j) = b.tgt.last() {
        *t = j + 1;
    }
}

/// The stretches of two paths over the same sentences, both starting at `start`: pairs
/// of bead ranges that end at the same (source, target) point, in order.
fn stretches(
    a: &[RawBead],
    b: &[RawBead],
    start: (usize, usize),
) -> Vec<(Range<usize>, Range<usize>)> {
    let mut out = Vec::new();
    let (mut ia, mut ib) = (0, 0);
    let ((mut sa, mut ta), (mut sb, mut tb)) = (start, start);
    let (mut a0, mut b0) = (0, 0);
    while ia < a.len() || ib < b.len() {
        // Advance the path that is behind (in sentences consumed).
        if ia < a.len() && (sa + ta <= sb + tb || ib >= b.len()) {
            advance(&a[ia], &mut sa, &mut ta);
            ia += 1;
        } else {
            advance(&b[ib], &mut sb, &mut tb);
            ib += 1;
        }
        if (sa, ta) == (sb, tb) {
            out.push((a0..ia, b0..ib));
            a0 = ia;
            b0 = ib;
        }
    }
    if a0 < a.len() || b0 < b.len() {
        out.push((a0..a.len(), b0..b.len()));
    }
    out
}

/// The lenient path where coverage does not contradict its new empty beads, else the
/// learnt one, stretch by stretch; both paths start at `start`.
pub(crate) fn reconcile(
    prep: &Prepared<'_>,
    cov: &mut Coverage<'_>,
    learnt: &[RawBead],
    lenient: &[RawBead],
    start: (usize, usize),
) -> Vec<RawBead> {
    let mut out = Vec::with_capacity(learnt.len().max(lenient.len()));
    for (ra, rb) in stretches(learnt, lenient, start) {
        let (old, new) = (&learnt[ra], &lenient[rb]);
        // Where both agree the learnt beads stay, with their own posteriors.
        let same = old.len() == new.len()
            && old
                .iter()
                .zip(new)
                .all(|(x, y)| x.src == y.src && x.tgt == y.tgt);
        let keep_new = !same && !new.iter().any(|b| refuted(prep, cov, old, b));
        out.extend_from_slice(if keep_new { new } else { old });
    }
    out
}

/// How much more likely (nats: coverage's log-likelihood ratio gained, less the model
/// cost added) the other arrangement of an empty bead and its `1-1` neighbour must be
/// for [`slide`] to take it. Chosen on 1984 and textberg (1 and 2 give the same beads,
/// 0 moves a few more on 1984 and ParIce, both ways), confirmed on MAC and ParIce.
const SLIDE_MARGIN: f32 = 2.0;

/// Coverage of a pair in both directions: (counted words, log-likelihood ratio).
fn pair_llr(prep: &Prepared<'_>, cov: &mut Coverage<'_>, i: usize, j: usize) -> (u32, f32) {
    let (n, k) = cov.counts(prep, &[i], &[j]);
    (n, cov.llr(n, k))
}

/// The other arrangement of two neighbouring beads, an empty one and a `1-1` one on
/// the same side: `i → ∅, i+1 → j` for `i → j, i+1 → ∅` and back (or the same with
/// target sentences). Returns the two new beads, the pair they replace and the pair
/// they make; `None` for any other two beads.
#[allow(clippy::type_complexity)]
fn rearranged(x: &RawBead, y: &RawBead) -> Option<([RawBead; 2], (usize, usize), (usize, usize))> {
    let post = x.posterior.min(y.posterior);
    let b = |src: Vec<usize>, tgt: Vec<usize>| RawBead {
        src,
        tgt,
        posterior: post,
    };
    match (
        (x.src.as_slice(), x.tgt.as_slice()),
        (y.src.as_slice(), y.tgt.as_slice()),
    ) {
        (([a], []), ([c], [j])) => Some((
            [b(vec![*a], vec![*j]), b(vec![*c], vec![])],
            (*c, *j),
            (*a, *j),
        )),
        (([a], [j]), ([c], [])) => Some((
            [b(vec![*a], vec![]), b(vec![*c], vec![*j])],
            (*a, *j),
            (*c, *j),
        )),
        (([], [a]), ([i], [c])) => Some((
            [b(vec![*i], vec![*a]), b(vec![], vec![*c])],
            (*i, *c),
            (*i, *a),
        )),
        (([i], [a]), ([], [c])) => Some((
            [b(vec![], vec![*a]), b(vec![*i], vec![*c])],
            (*i, *a),
            (*i, *c),
        )),
        _ => None,
    }
}

/// Moves an empty bead to the other side of its `1-1` neighbour where coverage clearly
/// prefers that pairing. Which of two neighbours is left out, the search and the
/// splitting of `2-1` beads decide by length and by evidence the lexicon's ratios make
/// never negative; both leave out the short sentence with few known words more
/// readily than the long one, also when it is the short one that is translated
/// (`Durerea de la proiectilul praştiei îi trecuse.` / `the sting of the catapult
/// bullet had worn off .`, its long neighbour's translation missing). Coverage counts
/// the words that find no translation too; the arrangement is taken when its
/// coverage gain, less what it adds to the model's cost, is at least
/// [`SLIDE_MARGIN`], and at least [`MIN_VETO_WORDS`] words are counted. A turn of
/// dialogue adds its own log-likelihood ratio ([`crate::turns::TurnWeights`]), and where coverage
/// counts too few words it is all the evidence there is (`Good morning.` /
/// `-Good morning.`, with one `-Góðan daginn.` left: ParIce en–is strict deletions
/// .38 → .44, every other figure of the four sets the same; BENCHMARKS.md).
pub(crate) fn slide(
    prep: &Prepared<'_>,
    model: &Model,
    cov: &mut Coverage<'_>,
    beads: &mut [RawBead],
) {
    let mut sc = BeadScratch::new(prep, model.lexicon.as_ref());
    let turns = TurnWeights::of(prep, beads);
    for k in 1..beads.len() {
        let Some((new, cur, alt)) = rearranged(&beads[k - 1], &beads[k]) else {
            continue;
        };
        let (n_cur, l_cur) = pair_llr(prep, cov, cur.0, cur.1);
        let (n_alt, l_alt) = pair_llr(prep, cov, alt.0, alt.1);
        let turn_gain = turns.llr(prep, alt.0, alt.1) - turns.llr(prep, cur.0, cur.1);
        // Too few counted words: coverage says nothing, a turn of dialogue may.
        let coverage_gain = if n_cur + n_alt >= MIN_VETO_WORDS {
            l_alt - l_cur
        } else if turn_gain > 0.0 {
            0.0
        } else {
            continue;
        };
        let cost = |b: &RawBead, sc: &mut BeadScratch| bead_cost(prep, model, &b.src, &b.tgt, sc);
        let added = cost(&new[0], &mut sc) + cost(&new[1], &mut sc)
            - cost(&beads[k - 1], &mut sc)
            - cost(&beads[k], &mut sc);
        if coverage_gain + turn_gain - added >= SLIDE_MARGIN {
            let [a, b] = new;
            beads[k - 1] = a;
            beads[k] = b;
        }
    }
}

/// Whether `b`, an empty bead of the lenient path, holds a sentence that coverage finds
/// translated in the bead `old` gave it.
fn refuted(prep: &Prepared<'_>, cov: &mut Coverage<'_>, old: &[RawBead], b: &RawBead) -> bool {
    let (n, k) = match (b.src.as_slice(), b.tgt.as_slice()) {
        ([i], []) => match old.iter().find(|h| h.src.contains(i)) {
            Some(h) if !h.tgt.is_empty() => cov.src_counts(prep, &[*i], &h.tgt),
            _ => return false,
        },
        ([], [j]) => match old.iter().find(|h| h.tgt.contains(j)) {
            Some(h) if !h.src.is_empty() => cov.tgt_counts(prep, &[*j], &h.src),
            _ => return false,
        },
        _ => return false,
    };
    n >= MIN_VETO_WORDS && cov.llr(n, k) >= VETO_LLR
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scorer::Doc;

    fn bead(src: &[usize], tgt: &[usize], posterior: f32) -> RawBead {
        RawBead {
            src: src.to_vec(),
            tgt: tgt.to_vec(),
            posterior,
        }
    }

    /// Stretches end where both paths have consumed the same sentences on both sides.
    #[test]
    fn stretches_end_at_common_boundaries() {
        let a = [
            bead(&[10, 11], &[20], 1.0),
            bead(&[12], &[21], 1.0),
            bead(&[13], &[22], 1.0),
            bead(&[], &[23], 1.0),
        ];
        let b = [
            bead(&[10], &[20], 1.0),
            bead(&[11], &[], 1.0),
            bead(&[12], &[21], 1.0),
            bead(&[13], &[22, 23], 1.0),
        ];
        assert_eq!(
            stretches(&a, &b, (10, 20)),
            vec![(0..1, 0..2), (1..2, 2..3), (2..4, 3..4)]
        );
        assert_eq!(stretches(&a, &a, (10, 20)).len(), 4);
    }

    /// A sentence left alone whose translation is missing from its old bead is kept
    /// alone; one whose translation stands in its old bead goes back into it; where the
    /// paths agree the learnt beads keep their posteriors.
    #[test]
    fn coverage_decides_which_empty_beads_stay() {
        let (fs, ft, _, pairs, lex) = crate::tests::synthetic_trained(11, 120);
        let doc = Doc { src: &fs, tgt: &ft };
        let prep = Prepared::new(&doc);
        let trusted: Vec<RawBead> = pairs.iter().map(|(a, b)| bead(a, b, 1.0)).collect();
        let mut cov = Coverage::estimate(&prep, &lex, &trusted).expect("rates");
        assert!(cov.discriminates());
        let mut checked = 0;
        for w in pairs.windows(3) {
            let [(a0, b0), (a1, b1), (a2, b2)] = w else {
                unreachable!()
            };
            let (a0, a1, a2, b0, b1, b2) = (a0[0], a1[0], a2[0], b0[0], b1[0], b2[0]);
            if (a1, a2) != (a0 + 1, a0 + 2) {
                continue;
            }
            // Coverage's own separation is tested in `coverage`; here only sentences it
            // reads clearly, found in their translation and not in the next one.
            let llr = |cov: &mut Coverage<'_>, t: usize| {
                let (n, k) = cov.src_counts(&prep, &[a1], &[t]);
                (n >= MIN_VETO_WORDS).then(|| cov.llr(n, k))
            };
            match (llr(&mut cov, b1), llr(&mut cov, b2)) {
                (Some(own), Some(next)) if own >= VETO_LLR + 2.0 && next < VETO_LLR => {}
                _ => continue,
            }
            let lenient = |t: usize| {
                vec![
                    bead(&[a0], &[b0], 0.5),
                    bead(&[a1], &[], 0.5),
                    bead(&[a2], &[t], 0.5),
                ]
            };
            // Target b1 missing: the learnt path glued a1 to a2's translation.
            let learnt = [bead(&[a0], &[b0], 0.9), bead(&[a1, a2], &[b2], 0.9)];
            let got = reconcile(&prep, &mut cov, &learnt, &lenient(b2), (a0, b0));
            assert_eq!(got.len(), 3, "{a1}: its omission is kept");
            assert_eq!(got[0].posterior, 0.9);
            assert_eq!((got[1].src.as_slice(), got[1].tgt.len()), (&[a1][..], 0));
            // Target b1 present in the learnt bead: a1 is translated there.
            let learnt = [bead(&[a0], &[b0], 0.9), bead(&[a1, a2], &[b1], 0.9)];
            let got = reconcile(&prep, &mut cov, &learnt, &lenient(b1), (a0, b0));
            assert_eq!(got, learnt.to_vec(), "{a1}: found in its old bead");
            checked += 1;
        }
        assert!(checked >= 20, "{checked} triples");
    }

    /// An empty bead beside the wrong sentence moves to the sentence whose translation
    /// is missing, on either side and in either order; where it stands right, it stays.
    #[test]
    fn an_empty_bead_slides_to_the_untranslated_sentence() {
        use crate::anchors::{Features, Rates};
        use crate::length::LengthModel;
        let (fs, ft, _, pairs, lex) = crate::tests::synthetic_trained(11, 120);
        let doc = Doc { src: &fs, tgt: &ft };
        let prep = Prepared::new(&doc);
        let lens = |f: &[Features]| f.iter().map(|x| x.len).collect::<Vec<_>>();
        let mut length = LengthModel::estimate(&lens(&fs), &lens(&ft));
        length.lenient_empties = true;
        let model = Model {
            length,
            rates: Rates::prior(),
            lexicon: Some(lex.clone()),
        };
        let trusted: Vec<RawBead> = pairs.iter().map(|(a, b)| bead(a, b, 1.0)).collect();
        let mut cov = Coverage::estimate(&prep, &lex, &trusted).expect("rates");
        let (mut moved, mut kept, mut seen) = (0, 0, 0);
        for w in pairs.windows(2) {
            let ((a1, b1), (a2, b2)) = ((w[0].0[0], w[0].1[0]), (w[1].0[0], w[1].1[0]));
            if (a2, b2) != (a1 + 1, b1 + 1) {
                continue;
            }
            seen += 1;
            // Source side: a2's translation missing, the empty bead put on a1.
            let mut wrong = vec![bead(&[a1], &[], 1.0), bead(&[a2], &[b1], 1.0)];
            slide(&prep, &model, &mut cov, &mut wrong);
            moved += usize::from(wrong == [bead(&[a1], &[b1], 1.0), bead(&[a2], &[], 1.0)]);
            // Target side: b1's source missing, the empty bead put on b2.
            let mut wrong = vec![bead(&[a2], &[b1], 1.0), bead(&[], &[b2], 1.0)];
            slide(&prep, &model, &mut cov, &mut wrong);
            moved += usize::from(wrong == [bead(&[], &[b1], 1.0), bead(&[a2], &[b2], 1.0)]);
            // Right as they are.
            let right = vec![bead(&[a1], &[b1], 1.0), bead(&[a2], &[], 1.0)];
            let mut got = right.clone();
            slide(&prep, &model, &mut cov, &mut got);
            kept += usize::from(got == right);
        }
        assert!(seen >= 30, "{seen} neighbours");
        assert!(moved * 10 >= 2 * seen * 8, "moved {moved} of {}", 2 * seen);
        assert_eq!(kept, seen, "a right arrangement moved");
    }
}
