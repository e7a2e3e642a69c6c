//! Paragraph matching: the low layer of the diff. It works on indices and yields
//! [`Link`]s (pairs and groups), never text; the redline layer expands them.
//!
//! Steps, each cheaper than the next and each only seeing what the previous one left:
//! 1. exact: equal whitespace-free normalized bodies (a hash map; linear);
//! 2. similar: candidates from an inverted index of character trigrams, keeping only
//!    trigrams rarer than a cap, so each paragraph is scored against at most `candidates`
//!    others; pairs above the threshold are assigned greedily, best first;
//! 3. split and merge: a paragraph grows a group of consecutive free neighbours on the
//!    other side while the group covers it better (trigram Dice) and each neighbour is
//!    mostly contained in it;
//! 4. order: the longest increasing subsequence of the links (sorted by old position) is
//!    "in order"; the other pairs are moves.
//!
//! Nothing here is quadratic in the number of paragraphs: the trigram postings that are
//! scanned are capped, and string similarity is computed only for the candidates.

use alinea_text::fxhash::FxHashMap;

use rayon::prelude::*;

use crate::tokens::{dice, intersection, union};
use crate::units::Unit;

/// How two sides correspond.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Link {
    /// One old paragraph and one new one.
    Pair {
        old: usize,
        new: usize,
        sim: f64,
        exact: bool,
    },
    /// One old paragraph became `new` (consecutive, at least two).
    Split {
        old: usize,
        new: Vec<usize>,
        sim: f64,
    },
    /// Consecutive old paragraphs became one.
    Merge {
        old: Vec<usize>,
        new: usize,
        sim: f64,
    },
}

impl Link {
    fn first_old(&self) -> usize {
        match self {
            Link::Pair { old, .. } | Link::Split { old, .. } => *old,
            Link::Merge { old, .. } => old[0],
        }
    }

    fn first_new(&self) -> usize {
        match self {
            Link::Pair { new, .. } | Link::Merge { new, .. } => *new,
            Link::Split { new, .. } => new[0],
        }
    }
}

/// The links, with whether each is in order, and the unmatched paragraphs.
#[derive(Clone, Debug, Default)]
pub(crate) struct Matching {
    pub(crate) links: Vec<Link>,
    pub(crate) in_order: Vec<bool>,
    pub(crate) deleted: Vec<usize>,
    pub(crate) added: Vec<usize>,
}

/// Matching settings (a copy of the relevant part of the differ's configuration).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Params {
    pub(crate) threshold: f64,
    pub(crate) candidates: usize,
    pub(crate) split_merge: bool,
    pub(crate) moves: bool,
}

/// Keys up to this many bytes also get an edit-distance score: trigram sets of short
/// paragraphs are small and noisy, and Levenshtein on them is cheap.
const SHORT_KEY: usize = 240;
/// A neighbour joins a split or merge group only if this share of its trigrams is in the
/// paragraph it came from.
const CONTAINMENT: f64 = 0.6;
/// A group grows by a neighbour that raises its Dice with the whole by this much (or,
/// for a small neighbour, by anything, when it is made of the uncovered part).
const GROW_MARGIN: f64 = 0.02;
/// Fewer free paragraphs than this are scored on one thread.
const PARALLEL_MIN: usize = 128;
/// A pair this similar is never broken up into a split or merge.
const SOLID_PAIR: f64 = 0.95;

/// Similarity of two paragraphs, 0 to 1, spacing-insensitive.
pub(crate) fn similarity(a: &Unit<'_>, b: &Unit<'_>, threshold: f64) -> f64 {
    let d = dice(a.grams(), b.grams());
    if a.key.len() <= SHORT_KEY && b.key.len() <= SHORT_KEY && d >= threshold * 0.6 {
        (d + strsim::normalized_levenshtein(&a.key, &b.key)) / 2.0
    } else {
        d
    }
}

/// Share of `part`'s trigrams that are in `whole` but not yet in `covered` (all three
/// sorted).
fn uncovered_share(part: &[u64], whole: &[u64], covered: &[u64]) -> f64 {
    if part.is_empty() {
        return 0.0;
    }
    let n = part
        .iter()
        .filter(|g| whole.binary_search(g).is_ok() && covered.binary_search(g).is_err())
        .count();
    n as f64 / part.len() as f64
}

fn containment(part: &[u64], whole: &[u64]) -> f64 {
    if part.is_empty() {
        return 0.0;
    }
    intersection(part, whole) as f64 / part.len() as f64
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Slot {
    Free,
    Pair(usize, f64, bool),
    Grouped,
}

/// Matches the paragraphs of two versions.
pub(crate) fn match_units(old: &[Unit<'_>], new: &[Unit<'_>], p: Params) -> Matching {
    let mut old_slot = vec![Slot::Free; old.len()];
    let mut new_slot = vec![Slot::Free; new.len()];

    // 1. Exact bodies.
    for (i, j) in exact_pairs(old, new) {
        old_slot[i] = Slot::Pair(j, 1.0, true);
        new_slot[j] = Slot::Pair(i, 1.0, true);
    }

    // 2. Similar pairs among the rest.
    let free_old: Vec<usize> = (0..old.len())
        .filter(|&i| old_slot[i] == Slot::Free)
        .collect();
    let free_new: Vec<usize> = (0..new.len())
        .filter(|&j| new_slot[j] == Slot::Free)
        .collect();
    // Trigrams are computed only for the paragraphs exact matching left, in parallel.
    if free_old.len() + free_new.len() >= PARALLEL_MIN {
        rayon::join(
            || {
                free_old.par_iter().for_each(|&i| {
                    old[i].grams();
                })
            },
            || {
                free_new.par_iter().for_each(|&j| {
                    new[j].grams();
                })
            },
        );
    }
    let cands_of_new = candidates(old, new, &free_old, &free_new, p.candidates);
    let score = |(&j, cands): (&usize, &Vec<usize>)| {
        cands
            .iter()
            .map(move |&i| (similarity(&old[i], &new[j], p.threshold), i, j))
            .filter(|&(s, _, _)| s >= p.threshold)
            .collect::<Vec<_>>()
    };
    let scored: Vec<(f64, usize, usize)> = if free_new.len() >= PARALLEL_MIN {
        free_new
            .par_iter()
            .zip(cands_of_new.par_iter())
            .flat_map_iter(score)
            .collect()
    } else {
        free_new.iter().zip(&cands_of_new).flat_map(score).collect()
    };
    let mut scored = scored;
    let (n, m) = (old.len().max(1) as f64, new.len().max(1) as f64);
    scored.sort_by(|a, b| {
        b.0.total_cmp(&a.0).then_with(|| {
            let da = (a.1 as f64 / n - a.2 as f64 / m).abs();
            let db = (b.1 as f64 / n - b.2 as f64 / m).abs();
            da.total_cmp(&db)
        })
    });
    for (s, i, j) in scored {
        if old_slot[i] == Slot::Free && new_slot[j] == Slot::Free {
            old_slot[i] = Slot::Pair(j, s, false);
            new_slot[j] = Slot::Pair(i, s, false);
        }
    }

    // 3. Splits (old whole, new parts), then merges (new whole, old parts).
    let mut groups: Vec<Link> = Vec::new();
    if p.split_merge {
        let mut cands_of_old: Vec<Vec<usize>> = vec![Vec::new(); old.len()];
        for (&j, cs) in free_new.iter().zip(&cands_of_new) {
            for &i in cs {
                cands_of_old[i].push(j);
            }
        }
        for (i, parts, sim) in grow_groups(old, new, &mut old_slot, &mut new_slot, &cands_of_old, p)
        {
            groups.push(Link::Split {
                old: i,
                new: parts,
                sim,
            });
        }
        let cands_of_new_full: Vec<Vec<usize>> = {
            let mut v = vec![Vec::new(); new.len()];
            for (&j, cs) in free_new.iter().zip(&cands_of_new) {
                v[j].clone_from(cs);
            }
            v
        };
        for (j, parts, sim) in grow_groups(
            new,
            old,
            &mut new_slot,
            &mut old_slot,
            &cands_of_new_full,
            p,
        ) {
            groups.push(Link::Merge {
                old: parts,
                new: j,
                sim,
            });
        }
    }

    // 4. Order.
    let mut links: Vec<Link> = old_slot
        .iter()
        .enumerate()
        .filter_map(|(i, s)| match *s {
            Slot::Pair(j, sim, exact) => Some(Link::Pair {
                old: i,
                new: j,
                sim,
                exact,
            }),
            _ => None,
        })
        .chain(groups)
        .collect();
    links.sort_by_key(|l| (l.first_old(), l.first_new()));
    let in_order = if p.moves {
        let seq: Vec<usize> = links.iter().map(Link::first_new).collect();
        increasing_subsequence(&seq)
    } else {
        vec![true; links.len()]
    };
    Matching {
        links,
        in_order,
        deleted: (0..old.len())
            .filter(|&i| old_slot[i] == Slot::Free)
            .collect(),
        added: (0..new.len())
            .filter(|&j| new_slot[j] == Slot::Free)
            .collect(),
    }
}

/// Pairs paragraphs with equal bodies, keeping repeated ones in order.
///
/// Bodies found exactly once on each side pair up directly; the longest increasing run
/// of those pairs is the backbone of the order. A body repeated on either side
/// (boilerplate such as a distribution line on every page) pairs its copies in order of
/// occurrence *within each stretch between two backbone pairs*, so a copy is never
/// matched to an identical one elsewhere in the document, which would read as a move.
/// Copies left over in their stretch pair up in order among themselves (those are real
/// moves, or a copy deleted here and added there). Linear apart from sorting.
fn exact_pairs(old: &[Unit<'_>], new: &[Unit<'_>]) -> Vec<(usize, usize)> {
    let mut by_key: FxHashMap<&str, (Vec<usize>, Vec<usize>)> = FxHashMap::default();
    for (i, u) in old.iter().enumerate() {
        by_key.entry(u.key.as_str()).or_default().0.push(i);
    }
    for (j, u) in new.iter().enumerate() {
        if let Some(e) = by_key.get_mut(u.key.as_str()) {
            e.1.push(j);
        }
    }
    let mut unique: Vec<(usize, usize)> = by_key
        .values()
        .filter(|(o, n)| o.len() == 1 && n.len() == 1)
        .map(|(o, n)| (o[0], n[0]))
        .collect();
    unique.sort_unstable();
    let keep = increasing_subsequence(&unique.iter().map(|p| p.1).collect::<Vec<_>>());
    let (old_marks, new_marks): (Vec<usize>, Vec<usize>) = unique
        .iter()
        .zip(&keep)
        .filter(|(_, &k)| k)
        .map(|(p, _)| *p)
        .unzip();
    // The stretch of a position: how many backbone pairs come before it.
    let stretch = |marks: &[usize], x: usize| marks.partition_point(|&m| m < x);
    let mut out = unique;
    let mut repeated: Vec<&(Vec<usize>, Vec<usize>)> = by_key
        .values()
        .filter(|(o, n)| !n.is_empty() && (o.len() > 1 || n.len() > 1))
        .collect();
    repeated.sort_unstable_by_key(|(o, _)| o[0]);
    for (olds, news) in repeated {
        let (mut a, mut b) = (0, 0);
        let (mut left_old, mut left_new) = (Vec::new(), Vec::new());
        while a < olds.len() && b < news.len() {
            let (sa, sb) = (stretch(&old_marks, olds[a]), stretch(&new_marks, news[b]));
            match sa.cmp(&sb) {
                std::cmp::Ordering::Equal => {
                    out.push((olds[a], news[b]));
                    a += 1;
                    b += 1;
                }
                std::cmp::Ordering::Less => {
                    left_old.push(olds[a]);
                    a += 1;
                }
                std::cmp::Ordering::Greater => {
                    left_new.push(news[b]);
                    b += 1;
                }
            }
        }
        left_old.extend_from_slice(&olds[a..]);
        left_new.extend_from_slice(&news[b..]);
        out.extend(left_old.into_iter().zip(left_new));
    }
    out
}

/// For each free new paragraph, up to `k` free old paragraphs sharing the most rare
/// trigrams with it.
fn candidates(
    old: &[Unit<'_>],
    new: &[Unit<'_>],
    free_old: &[usize],
    free_new: &[usize],
    k: usize,
) -> Vec<Vec<usize>> {
    if free_old.is_empty() || free_new.is_empty() {
        return vec![Vec::new(); free_new.len()];
    }
    let mut index: FxHashMap<u64, Vec<u32>> = FxHashMap::default();
    for &i in free_old {
        for &g in old[i].grams() {
            index.entry(g).or_default().push(i as u32);
        }
    }
    // A trigram shared by more paragraphs than this says little about which one is the
    // counterpart ("که ", "the"); skipping it keeps the scan near-linear.
    let cap = 16.max(2 * (free_old.len() as f64).sqrt() as usize);
    let find = |(counts, touched): &mut (Vec<u32>, Vec<u32>), &j: &usize| -> Vec<usize> {
        let scan = |posting: &[u32], counts: &mut Vec<u32>, touched: &mut Vec<u32>| {
            for &i in posting {
                if counts[i as usize] == 0 {
                    touched.push(i);
                }
                counts[i as usize] += 1;
            }
        };
        let mut common: Vec<&Vec<u32>> = Vec::new();
        for g in new[j].grams() {
            if let Some(posting) = index.get(g) {
                if posting.len() <= cap {
                    scan(posting, counts, touched);
                } else {
                    common.push(posting);
                }
            }
        }
        if touched.is_empty() {
            // Only common trigrams: fall back to the rarest few, bounded.
            common.sort_by_key(|p| p.len());
            for posting in common.iter().take(3) {
                scan(&posting[..posting.len().min(4 * cap)], counts, touched);
            }
        }
        // The k best by shared count (ties: earlier paragraph first), in that order: a
        // selection, then a sort of those k only. A full sort of everything touched cost
        // O(n log n) per paragraph on a long text whose paragraphs all changed.
        let order =
            |&a: &u32, &b: &u32| counts[b as usize].cmp(&counts[a as usize]).then(a.cmp(&b));
        if touched.len() > k {
            touched.select_nth_unstable_by(k, order);
        }
        let kept = k.min(touched.len());
        let best = &mut touched[..kept];
        best.sort_by(order);
        let out: Vec<usize> = best.iter().map(|&i| i as usize).collect();
        for &i in touched.iter() {
            counts[i as usize] = 0;
        }
        touched.clear();
        out
    };
    let init = || (vec![0u32; old.len()], Vec::<u32>::new());
    if free_new.len() >= PARALLEL_MIN {
        free_new.par_iter().map_init(init, find).collect()
    } else {
        let mut state = init();
        free_new.iter().map(|j| find(&mut state, j)).collect()
    }
}

/// Grows groups of consecutive `parts` around `wholes`. Returns (whole, parts, sim).
fn grow_groups(
    wholes: &[Unit<'_>],
    parts: &[Unit<'_>],
    whole_slot: &mut [Slot],
    part_slot: &mut [Slot],
    cands: &[Vec<usize>],
    p: Params,
) -> Vec<(usize, Vec<usize>, f64)> {
    let mut out = Vec::new();
    for w in 0..wholes.len() {
        // Exactly paired paragraphs are skipped before their trigrams are asked for.
        let seed = match whole_slot[w] {
            Slot::Grouped => continue,
            Slot::Pair(_, _, true) => continue,
            Slot::Pair(_, s, false) if s >= SOLID_PAIR => continue,
            Slot::Pair(j, _, false) => j,
            Slot::Free => {
                let best = cands[w]
                    .iter()
                    .copied()
                    .filter(|&j| part_slot[j] == Slot::Free)
                    .map(|j| (containment(parts[j].grams(), wholes[w].grams()), j))
                    .filter(|&(c, _)| c >= CONTAINMENT)
                    .max_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(&a.1)));
                match best {
                    Some((_, j)) => j,
                    None => continue,
                }
            }
        };
        let whole = wholes[w].grams();
        let usable = |k: usize, slots: &[Slot]| slots[k] == Slot::Free || k == seed;
        let (mut lo, mut hi) = (seed, seed);
        let mut set = parts[seed].grams().to_vec();
        let mut best = dice(whole, &set);
        loop {
            let mut grew = false;
            let left = lo.checked_sub(1);
            let right = (hi + 1 < parts.len()).then_some(hi + 1);
            for (k, is_left) in [(left, true), (right, false)] {
                let Some(k) = k else { continue };
                if !usable(k, part_slot) || containment(parts[k].grams(), whole) < CONTAINMENT {
                    continue;
                }
                let grown = union(&[&set, parts[k].grams()]);
                let s = dice(whole, &grown);
                // A neighbour that adds little must at least be made of the part of the
                // whole not covered yet: a fragment of a few words (a line the paragraph
                // reader cut off) is, a stock phrase repeated from the covered part is not.
                if s > best + GROW_MARGIN
                    || (s > best && uncovered_share(parts[k].grams(), whole, &set) >= CONTAINMENT)
                {
                    set = grown;
                    best = s;
                    if is_left {
                        lo = k;
                    } else {
                        hi = k;
                    }
                    grew = true;
                }
            }
            if !grew {
                break;
            }
        }
        if hi > lo && best >= p.threshold {
            if let Slot::Pair(j, _, _) = whole_slot[w] {
                part_slot[j] = Slot::Free;
            }
            whole_slot[w] = Slot::Grouped;
            for s in &mut part_slot[lo..=hi] {
                *s = Slot::Grouped;
            }
            out.push((w, (lo..=hi).collect(), best));
        }
    }
    out
}

/// Marks the members of one longest strictly increasing subsequence of `seq`.
fn increasing_subsequence(seq: &[usize]) -> Vec<bool> {
    // Patience method: tails[k] = index in seq of the smallest tail of an increasing run
    // of length k + 1; prev links rebuild the run. O(n log n).
    let mut tails: Vec<usize> = Vec::new();
    let mut prev: Vec<Option<usize>> = vec![None; seq.len()];
    for (i, &x) in seq.iter().enumerate() {
        let k = tails.partition_point(|&t| seq[t] < x);
        prev[i] = k.checked_sub(1).map(|k| tails[k]);
        if k == tails.len() {
            tails.push(i);
        } else {
            tails[k] = i;
        }
    }
    let mut keep = vec![false; seq.len()];
    let mut cur = tails.last().copied();
    while let Some(i) = cur {
        keep[i] = true;
        cur = prev[i];
    }
    keep
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One unit per text (each parsed on its own, so the paragraph reader cannot join
    /// them).
    fn units(texts: &[&str]) -> Vec<Unit<'static>> {
        texts
            .iter()
            .flat_map(|t| {
                // Units borrow their document; a test's few small documents may live on.
                let doc: &'static alinea_text::Document =
                    Box::leak(Box::new(alinea_text::Document::parse(*t)));
                crate::units::prepare(doc)
            })
            .collect()
    }

    #[test]
    fn repeated_paragraphs_keep_their_order() {
        // A boilerplate line repeated after every section; one section (and its copy) is
        // gone in the new version. Pairing copies by occurrence would shift every later
        // copy onto the one before it; each must stay with its own section.
        let rep = "Distribution: General";
        let old = units(&[
            "Alpha section text.",
            rep,
            "Beta section text.",
            rep,
            "Gamma section text.",
            rep,
            "Delta section text.",
            rep,
        ]);
        let new = units(&[
            "Alpha section text.",
            rep,
            "Gamma section text.",
            rep,
            "Delta section text.",
            rep,
        ]);
        let mut pairs = exact_pairs(&old, &new);
        pairs.sort_unstable();
        assert_eq!(pairs, [(0, 0), (1, 1), (4, 2), (5, 3), (6, 4), (7, 5)]);
        let m = match_units(
            &old,
            &new,
            Params {
                threshold: 0.5,
                candidates: 8,
                split_merge: true,
                moves: true,
            },
        );
        assert!(m.in_order.iter().all(|&x| x), "{m:?}");
    }

    #[test]
    fn increasing_subsequence_finds_the_moved_item() {
        let keep = increasing_subsequence(&[0, 1, 3, 4, 5, 6, 2, 7]);
        assert_eq!(keep, [true, true, true, true, true, true, false, true]);
        assert!(increasing_subsequence(&[]).is_empty());
    }
}
