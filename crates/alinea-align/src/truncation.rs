//! How strongly a unit's figures point at a target cut short, judged against the memory
//! itself: the memory's own units say what its clean pairs look like, and the same units
//! with their targets cut (to a share of their words, as a lost end would leave them)
//! say what a cut target looks like in this memory, with this lexicon and this length
//! model. A unit's evidence is the log-likelihood ratio of its figures under the two.
//!
//! Four figures, read independently (naive Bayes): the length surprise δ, the share
//! of the lexicon's support for the source that falls in its second half, how far
//! into the source (in tenths) the target holds a sure translation of a word, and
//! whether the target still ends a sentence where its source does ([`Ending`]): a
//! text cut off loses its final mark, a free translation that leaves a clause out
//! keeps it (the terminal-punctuation check of translation QA tools). A free
//! memory (subtitles, literary text) is full of short targets, so there a short target
//! says little; a literal one (a manual, a novel translated sentence by sentence)
//! almost never has one, so there it says much — the threshold on the ratio transfers
//! where a threshold on δ does not.
//!
//! The evidence without the ending ([`closed_cut_evidence`], for a translation that
//! stops early but closes its sentence) reads a fifth figure instead: the coverage
//! log-likelihood ratio of the words of the source's second half against the target
//! ([`crate::coverage`]; translated against unrelated, with the memory's own rates),
//! counted apart from the first half: a word the first half shares is not counted, and
//! a target word the first half translates is not there to be found.
//! The support share counts every word, function words too, which a cut target still
//! half explains (`de`, `la`, `mai`); the reach keeps only the last piece holding a
//! found word. Coverage counts the rare words the lexicon is sure of, found or not:
//! three content words of the lost half missing say more than one. With the ending
//! read ([`cut_evidence`]) the fifth figure is left out: there it took ParIce's
//! truncations .95 → .84 at the same threshold (two figures saying the same thing
//! twice). It also reads a sixth: how often the target's last word ends a target of
//! the memory. A text cut off that keeps (or was given back) its final mark mostly
//! ends on a word that seldom ends a sentence (`og`, `the`, `de`): where the ending
//! mark says nothing, the word before it still does. A unit without a last word (no
//! word at all) gives the figure no weight either way.

/// Width of a δ bin (standard deviations).
const DELTA_BIN: f32 = 0.5;
/// δ bins span `[-DELTA_SPAN, DELTA_SPAN)`; beyond, the edge bins.
const DELTA_SPAN: f32 = 8.0;
/// Bins of the tail share (tenths), plus one for units whose source the lexicon does
/// not support at all.
const SHARE_BINS: usize = 10;
/// Below this much support (nats) for the whole source, the share tells nothing and
/// the unit falls in the last bin.
const MIN_SUPPORT: f32 = 1.0;
/// Edges of the bins of the tail's coverage ratio (nats), plus a bin for none.
const TAIL_EDGES: [f32; 7] = [-4.0, -2.0, -1.0, 0.0, 1.0, 2.0, 4.0];
/// Edges of the bins of the last word's ending ratio (natural log), plus a bin for
/// none.
const LAST_WORD_EDGES: [f32; 7] = [-3.0, -2.0, -1.0, 0.0, 1.0, 2.0, 3.0];
/// Rounds of EM separating the memory's clean units from cut ones.
const EM_ROUNDS: usize = 10;
/// Add-half smoothing of every bin count: a bin the memory never fills is rare, not
/// impossible.
const SMOOTH: f64 = 0.5;

/// What the evidence is computed from, for one pair (real or with its target cut).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct CutFigures {
    /// Length surprise of the pair.
    pub delta: f32,
    /// Lexicon support (nats) for the first and the second half of the source.
    pub halves: (f32, f32),
    /// How far into the source the target's sure translations reach.
    pub reach: Reach,
    /// How the target ends, given its source.
    pub ending: Ending,
    /// Coverage log-likelihood ratio (translated against unrelated) of the words of the
    /// source's second half against the target; `None` when the half has no word
    /// coverage counts, or coverage does not tell translations from unrelated pairs.
    pub tail: Option<f32>,
    /// How often the target's last word ends a target of the memory, against how often
    /// any word does (natural log of the ratio); `None` without a last word.
    pub last_word: Option<f32>,
}

/// The last piece of the source (of [`REACH_BINS`]) with a word whose translation the
/// target holds, under the lexicon's coverage rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Reach {
    /// The last piece with a found word.
    Piece(usize),
    /// Words the rule counts, none found.
    Nothing,
    /// No word the rule counts.
    Unknown,
}

/// Pieces the source is cut in for [`Reach`].
pub(crate) const REACH_BINS: usize = 10;

/// How a target ends, given its source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Ending {
    /// The source ends with a word: nothing to lose.
    Open,
    /// Both end with a closing mark (not necessarily the same: `.` for `。`, `?` for
    /// `;`, a dash for an ellipsis).
    Kept,
    /// The source ends with a closing mark, the target with a comma: a subtitle or a
    /// line of dialogue that goes on in the next unit, or a cut after a comma.
    Pause,
    /// The source ends with a closing mark, the target with a word.
    Lost,
}

impl Ending {
    /// The ending of the pair `src` / `tgt`.
    pub(crate) fn of(src: &str, tgt: &str) -> Ending {
        if last_mark(src).is_none_or(|m| m == Mark::Comma) {
            return Ending::Open;
        }
        match last_mark(tgt) {
            Some(Mark::Close) => Ending::Kept,
            Some(Mark::Comma) => Ending::Pause,
            None => Ending::Lost,
        }
    }

    fn bin(self) -> usize {
        self as usize
    }
}

/// The kind of mark a text ends with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    /// A mark that closes a sentence, a clause or an utterance: full stops, question
    /// and exclamation marks, ellipses, colons, semicolons and dashes (speech broken
    /// off), in every script.
    Close,
    /// A comma.
    Comma,
}

/// Quotes, brackets and spaces that may stand after a text's closing mark.
pub(crate) fn closer(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '"' | '\''
                | '”'
                | '’'
                | '»'
                | '«'
                | '›'
                | '‹'
                | '」'
                | '』'
                | ')'
                | ']'
                | '）'
                | '】'
                | '*'
        )
}

/// The mark `text` ends with, closing quotes and brackets after it aside; `None` when
/// it ends with a word.
fn last_mark(text: &str) -> Option<Mark> {
    match text.trim_end_matches(closer).chars().next_back()? {
        '.' | '!' | '?' | '…' | ':' | ';' | '。' | '！' | '？' | '．' | '：' | '；' | '؟' | '؛'
        | '۔' | '।' | '॥' | '։' | '።' | '။' | '។' | '-' | '–' | '—' | '―' => {
            Some(Mark::Close)
        }
        ',' | '，' | '、' | '،' => Some(Mark::Comma),
        _ => None,
    }
}

impl CutFigures {
    fn delta_bin(self) -> usize {
        let nb = (2.0 * DELTA_SPAN / DELTA_BIN) as usize;
        let x = ((self.delta + DELTA_SPAN) / DELTA_BIN).floor();
        (x.max(0.0) as usize).min(nb - 1)
    }

    fn reach_bin(self) -> usize {
        match self.reach {
            Reach::Piece(k) => k.min(REACH_BINS - 1),
            Reach::Nothing => REACH_BINS,
            Reach::Unknown => REACH_BINS + 1,
        }
    }

    fn tail_bin(self) -> usize {
        edge_bin(self.tail, &TAIL_EDGES)
    }

    fn last_word_bin(self) -> usize {
        edge_bin(self.last_word, &LAST_WORD_EDGES)
    }

    fn share_bin(self) -> usize {
        let (h, t) = (self.halves.0.max(0.0), self.halves.1.max(0.0));
        if h + t < MIN_SUPPORT {
            return SHARE_BINS;
        }
        ((t / (h + t) * SHARE_BINS as f32) as usize).min(SHARE_BINS - 1)
    }
}

/// The bin of `x` between ascending `edges` (0 below the first, `edges.len()` from the
/// last on), or `edges.len() + 1` for none.
fn edge_bin(x: Option<f32>, edges: &[f32]) -> usize {
    match x {
        None => edges.len() + 1,
        Some(x) => edges.iter().take_while(|&&e| x >= e).count(),
    }
}

/// Bin frequencies of a sample of figures, smoothed.
struct Histogram {
    delta: Vec<f64>,
    share: Vec<f64>,
    reach: Vec<f64>,
    ending: Vec<f64>,
    tail: Vec<f64>,
    last_word: Vec<f64>,
}

impl Histogram {
    /// Of `sample`, each pair counted with its weight (all 1 when `weights` is empty).
    fn of(sample: &[CutFigures], weights: &[f64]) -> Histogram {
        let nb = (2.0 * DELTA_SPAN / DELTA_BIN) as usize;
        let mut delta = vec![SMOOTH; nb];
        let mut share = vec![SMOOTH; SHARE_BINS + 1];
        let mut reach = vec![SMOOTH; REACH_BINS + 2];
        let mut ending = vec![SMOOTH; 4];
        let mut tail = vec![SMOOTH; TAIL_EDGES.len() + 2];
        let mut last_word = vec![SMOOTH; LAST_WORD_EDGES.len() + 2];
        for (k, f) in sample.iter().enumerate() {
            let w = weights.get(k).copied().unwrap_or(1.0);
            delta[f.delta_bin()] += w;
            share[f.share_bin()] += w;
            reach[f.reach_bin()] += w;
            ending[f.ending.bin()] += w;
            tail[f.tail_bin()] += w;
            last_word[f.last_word_bin()] += w;
        }
        let norm = |v: &mut Vec<f64>| {
            let s: f64 = v.iter().sum();
            v.iter_mut().for_each(|x| *x = (*x / s).ln());
        };
        norm(&mut delta);
        norm(&mut share);
        norm(&mut reach);
        norm(&mut ending);
        norm(&mut tail);
        norm(&mut last_word);
        Histogram {
            delta,
            share,
            reach,
            ending,
            tail,
            last_word,
        }
    }

    fn log_p(&self, f: CutFigures, ending: bool) -> f64 {
        self.delta[f.delta_bin()]
            + self.share[f.share_bin()]
            + self.reach[f.reach_bin()]
            + if ending {
                self.ending[f.ending.bin()]
            } else {
                0.0
            }
            + if ending {
                0.0
            } else {
                self.tail[f.tail_bin()]
                    + match f.last_word {
                        Some(_) => self.last_word[f.last_word_bin()],
                        None => 0.0,
                    }
            }
    }
}

/// Per unit, the log-likelihood ratio (nats) of its figures (`units`) under the memory's
/// cut pairs (`cut`, the same units with their targets shortened) against under its
/// clean units. High: the unit looks like the memory's cut pairs, not like its own
/// clean units.
///
/// The memory may itself hold cut targets, and they would make a cut target look
/// ordinary; so the memory is read as a mixture of clean and cut pairs, and the clean
/// distribution is re-estimated ([`EM_ROUNDS`] rounds of EM) with each unit weighted by
/// how likely it is to be clean.
pub(crate) fn cut_evidence(units: &[CutFigures], cut: &[CutFigures]) -> Vec<f32> {
    evidence(units, cut, true).0
}

/// The same evidence without the ending figure: for a translation that stops early
/// but still closes its sentence (a clause or a last sentence left out). The memory's
/// simulated cuts all lose their final mark, so with the ending read a target that
/// keeps its mark looks clean whatever its length and support say; without it, those
/// three figures and the tail's coverage decide, which needs a higher threshold
/// (`alinea check`).
///
/// Also returns the log odds of a cut target in this memory before any unit's figures
/// are read: the share of its units the mixture took for cut (within `[1e-4, 0.5]`).
/// Added to a unit's evidence it gives the posterior log odds, which a memory with
/// many targets cut short raises for each of them.
pub(crate) fn closed_cut_evidence(units: &[CutFigures], cut: &[CutFigures]) -> (Vec<f32>, f32) {
    evidence(units, cut, false)
}

/// [`cut_evidence`], with or without the ending figure, and the memory's prior log odds
/// of a cut target.
fn evidence(units: &[CutFigures], cut: &[CutFigures], ending: bool) -> (Vec<f32>, f32) {
    if units.is_empty() || cut.is_empty() {
        return (vec![0.0; units.len()], f32::NEG_INFINITY);
    }
    let damaged = Histogram::of(cut, &[]);
    let (clean, share) = crate::mixture::clean_component(
        units,
        EM_ROUNDS,
        |w| Histogram::of(units, w),
        |clean, &f| damaged.log_p(f, ending) - clean.log_p(f, ending),
    );
    let llr = units
        .iter()
        .map(|&f| (damaged.log_p(f, ending) - clean.log_p(f, ending)) as f32)
        .collect();
    (llr, (share / (1.0 - share)).ln() as f32)
}

/// The first `share` of a text's words (whitespace-separated), or of its characters
/// when it has a single word (an unspaced script): what a target that lost its end
/// keeps.
pub(crate) fn keep_start(text: &str, share: f32) -> &str {
    let text = text.trim();
    let words: Vec<(usize, &str)> = text
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
        .collect();
    if words.len() >= 2 {
        let keep = ((words.len() as f32 * share) as usize).clamp(1, words.len());
        let (start, last) = words[keep - 1];
        return &text[..start + last.len()];
    }
    let n = text.chars().count();
    let keep = ((n as f32 * share) as usize).clamp(1, n.max(1));
    match text.char_indices().nth(keep) {
        Some((b, _)) => &text[..b],
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(delta: f32, h: f32, t: f32) -> CutFigures {
        CutFigures {
            delta,
            halves: (h, t),
            reach: Reach::Piece(if t > 1.0 { 9 } else { 4 }),
            ending: Ending::Kept,
            tail: None,
            last_word: None,
        }
    }

    #[test]
    fn a_unit_like_the_cut_pairs_gets_evidence_one_like_the_memory_none() {
        // A memory of pairs near δ 0 with support on both halves; cut, they are short
        // and support the first half only.
        let units: Vec<CutFigures> = (0..200)
            .map(|k| f((k % 7) as f32 * 0.2 - 0.6, 5.0, 4.0 + (k % 3) as f32))
            .chain([f(-3.1, 6.0, 0.2)])
            .collect();
        let cut: Vec<CutFigures> = (0..200)
            .map(|k| f(-2.0 - (k % 5) as f32 * 0.3, 5.0, (k % 2) as f32 * 0.3))
            .collect();
        let e = cut_evidence(&units, &cut);
        assert!(e[200] > 4.0, "{}", e[200]);
        assert!(e[..200].iter().all(|&x| x < 0.0));
    }

    #[test]
    fn where_short_targets_are_common_shortness_alone_tells_less() {
        let cut: Vec<CutFigures> = (0..100)
            .map(|k| f(-2.2 - (k % 3) as f32 * 0.2, 5.0, 2.0))
            .collect();
        let literal: Vec<CutFigures> = (0..100)
            .map(|_| f(0.0, 5.0, 2.0))
            .chain([f(-2.2, 5.0, 2.0)])
            .collect();
        let free: Vec<CutFigures> = (0..100)
            .map(|k| f(if k % 4 == 0 { -2.2 } else { 0.0 }, 5.0, 2.0))
            .chain([f(-2.2, 5.0, 2.0)])
            .collect();
        let (a, b) = (
            cut_evidence(&literal, &cut)[100],
            cut_evidence(&free, &cut)[100],
        );
        assert!(a > b + 2.0, "{a} {b}");
    }

    #[test]
    fn cut_targets_hidden_in_the_memory_do_not_make_a_cut_target_ordinary() {
        // A tenth of the memory is cut: its clean model, re-estimated by EM, still
        // finds a cut unit unlike its clean ones.
        let units: Vec<CutFigures> = (0..200)
            .map(|k| {
                if k % 10 == 0 {
                    f(-2.3, 5.0, 0.2)
                } else {
                    f((k % 7) as f32 * 0.2 - 0.6, 5.0, 4.0)
                }
            })
            .collect();
        let cut: Vec<CutFigures> = (0..200).map(|_| f(-2.3, 5.0, 0.2)).collect();
        let e = cut_evidence(&units, &cut);
        assert!(e[0] > 4.0, "{}", e[0]);
        assert!(e[1] < 0.0, "{}", e[1]);
    }

    /// The memory's prior odds say how many of its targets were cut: a tenth of them
    /// cut gives odds near a tenth's, a clean memory far lower ones.
    #[test]
    fn a_memory_with_many_cut_targets_has_higher_prior_odds() {
        let clean_unit = |k: usize| f((k % 7) as f32 * 0.2 - 0.6, 5.0, 4.0);
        let cut: Vec<CutFigures> = (0..200).map(|_| f(-2.3, 5.0, 0.2)).collect();
        let clean: Vec<CutFigures> = (0..200).map(clean_unit).collect();
        let damaged: Vec<CutFigures> = (0..200)
            .map(|k| {
                if k % 10 == 0 {
                    f(-2.3, 5.0, 0.2)
                } else {
                    clean_unit(k)
                }
            })
            .collect();
        let (c, d) = (
            closed_cut_evidence(&clean, &cut).1,
            closed_cut_evidence(&damaged, &cut).1,
        );
        assert!(c < -6.0, "{c}");
        assert!((d - (0.1f32 / 0.9).ln()).abs() < 0.5, "{d}");
    }

    /// Where length, support and reach look alike, the coverage of the source's second
    /// half tells a cut pair: read by the evidence without the ending, not by the one
    /// with it.
    #[test]
    fn the_tail_coverage_speaks_where_the_ending_is_not_read() {
        let with = |tail| CutFigures {
            tail,
            ..f(-1.0, 5.0, 2.0)
        };
        let units: Vec<CutFigures> = (0..200)
            .map(|k| with(Some(if k == 0 { -5.0 } else { 3.0 })))
            .collect();
        let cut: Vec<CutFigures> = (0..200).map(|_| with(Some(-5.0))).collect();
        let c = closed_cut_evidence(&units, &cut).0;
        assert!(c[0] > c[1] + 3.0, "{} {}", c[0], c[1]);
        let e = cut_evidence(&units, &cut);
        assert!((e[0] - e[1]).abs() < 1e-6, "{} {}", e[0], e[1]);
        // Bins: below the lowest edge, between edges, above the highest, unknown.
        assert_eq!(with(Some(-9.0)).tail_bin(), 0);
        assert_eq!(with(Some(0.5)).tail_bin(), 4);
        assert_eq!(with(Some(9.0)).tail_bin(), TAIL_EDGES.len());
        assert_eq!(with(None).tail_bin(), TAIL_EDGES.len() + 1);
    }

    /// A last word that rarely ends a target weighs for a cut in the evidence without
    /// the ending; a unit without one gets no weight from it.
    #[test]
    fn a_last_word_that_seldom_ends_a_target_points_at_a_cut() {
        let with = |last_word| CutFigures {
            last_word,
            ..f(-1.0, 5.0, 2.0)
        };
        let units: Vec<CutFigures> = (0..200)
            .map(|k| {
                with(match k {
                    0 => Some(-3.5),
                    1 => None,
                    _ => Some(1.5),
                })
            })
            .collect();
        let cut: Vec<CutFigures> = (0..200).map(|_| with(Some(-3.5))).collect();
        let c = closed_cut_evidence(&units, &cut).0;
        assert!(c[0] > c[2] + 3.0, "{} {}", c[0], c[2]);
        assert!(c[2] < c[1] && c[1] < c[0], "{} {} {}", c[0], c[1], c[2]);
        assert_eq!(with(Some(-9.0)).last_word_bin(), 0);
        assert_eq!(with(Some(9.0)).last_word_bin(), LAST_WORD_EDGES.len());
    }

    #[test]
    fn a_target_cut_off_loses_the_mark_its_source_ends_with() {
        assert_eq!(Ending::of("He left.", "Il est parti."), Ending::Kept);
        assert_eq!(Ending::of("Did he?\u{201d}", "A-t-il ?»"), Ending::Kept);
        assert_eq!(Ending::of("他走了。", "He left ."), Ending::Kept);
        assert_eq!(Ending::of("هل ذهب؟", "Did he go?"), Ending::Kept);
        assert_eq!(Ending::of("He left the house and", "Il est"), Ending::Open);
        assert_eq!(
            Ending::of("He left the house.", "Il a quitté la"),
            Ending::Lost
        );
        assert_eq!(Ending::of("Items:", "Articles :"), Ending::Kept);
        assert_eq!(Ending::of("But I...", "Mais je —"), Ending::Kept);
        assert_eq!(Ending::of("Yeah...", "Jú,"), Ending::Pause);
        assert_eq!(Ending::of("Yes, and,", "Oui"), Ending::Open);
        // A cut that keeps a closing bracket or quote has still lost the mark.
        assert_eq!(Ending::of("(See above.)", "(Voir)"), Ending::Lost);
    }

    #[test]
    fn a_cut_pair_whose_source_ends_a_sentence_is_told_by_its_ending() {
        // Same length and support figures; the memory's clean units keep their final
        // mark, its cut ones lose it.
        let with = |ending| CutFigures {
            ending,
            ..f(-2.0, 5.0, 0.2)
        };
        let units: Vec<CutFigures> = (0..200)
            .map(|k| {
                with(if k % 25 == 0 {
                    Ending::Lost
                } else {
                    Ending::Kept
                })
            })
            .collect();
        let cut: Vec<CutFigures> = (0..200).map(|_| with(Ending::Lost)).collect();
        let e = cut_evidence(&units, &cut);
        assert!(e[0] > e[1] + 2.0, "{} {}", e[0], e[1]);
        // Without the ending the two look alike.
        let c = closed_cut_evidence(&units, &cut).0;
        assert!((c[0] - c[1]).abs() < 1e-6, "{} {}", c[0], c[1]);
    }

    #[test]
    fn a_short_unsupported_target_that_closes_its_sentence_is_found_without_the_ending() {
        // A literal memory whose one damaged unit stopped early but kept its full stop:
        // the cut pairs lose their marks, so the ending calls it clean; length, share
        // and reach alone call it cut.
        let lost = |c: CutFigures| CutFigures {
            ending: Ending::Lost,
            ..c
        };
        let units: Vec<CutFigures> = (0..200)
            .map(|k| f((k % 7) as f32 * 0.2 - 0.6, 5.0, 4.0 + (k % 3) as f32))
            .chain([f(-3.1, 6.0, 0.2)])
            .collect();
        let cut: Vec<CutFigures> = (0..200)
            .map(|k| lost(f(-2.0 - (k % 5) as f32 * 0.3, 5.0, (k % 2) as f32 * 0.3)))
            .collect();
        let (with, without) = (
            cut_evidence(&units, &cut),
            closed_cut_evidence(&units, &cut).0,
        );
        assert!(
            with[200] < without[200] - 3.0,
            "{} {}",
            with[200],
            without[200]
        );
        assert!(without[200] > 5.0, "{}", without[200]);
        assert!(without[..200].iter().all(|&x| x < 0.0));
    }

    #[test]
    fn the_kept_start_ends_at_a_word_or_a_character() {
        assert_eq!(keep_start("one two three four", 0.5), "one two");
        assert_eq!(keep_start(" a b c ", 0.34), "a");
        assert_eq!(keep_start("一二三四五六", 0.5), "一二三");
        assert_eq!(keep_start("x", 0.5), "x");
    }
}
