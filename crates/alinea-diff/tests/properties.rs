//! Property tests: a random document, a random edit script (word edits, additions,
//! deletions, a move, splits, merges, renumbering and re-wrapping), and the diff must
//! recover the script.

mod common;

use alinea_diff::{diff, Change, ChangeKind, Document};
use common::check_invariants;
use proptest::prelude::*;

/// A deterministic vocabulary of distinct made-up words, so random paragraphs share few
/// trigrams and each script step has exactly one right answer.
fn vocab() -> Vec<String> {
    const C: &[&str] = &[
        "b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "sh", "kh",
    ];
    const V: &[&str] = &["a", "e", "i", "o", "u", "ā"];
    let mut out = Vec::new();
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    while out.len() < 4000 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let syl = 2 + (x % 3) as usize;
        let mut w = String::new();
        let mut y = x >> 8;
        for _ in 0..syl {
            w.push_str(C[(y % C.len() as u64) as usize]);
            y /= C.len() as u64;
            w.push_str(V[(y % V.len() as u64) as usize]);
            y /= V.len() as u64;
        }
        out.push(w);
    }
    out.sort();
    out.dedup();
    // A prime count, so the stride in `build` visits every word before repeating one.
    while !is_prime(out.len()) {
        out.pop();
    }
    out
}

fn is_prime(n: usize) -> bool {
    n > 1 && (2..).take_while(|d| d * d <= n).all(|d| n % d != 0)
}

#[derive(Clone, Debug)]
enum Step {
    Keep,
    Edit,
    Delete,
    AddAfter,
    Split,
    MergeWithNext,
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        6 => Just(Step::Keep),
        1 => Just(Step::Edit),
        1 => Just(Step::Delete),
        1 => Just(Step::AddAfter),
        1 => Just(Step::Split),
        1 => Just(Step::MergeWithNext),
    ]
}

#[derive(Clone, Debug, PartialEq)]
enum Expect {
    Keep(usize),
    Edit(usize),
    Delete(usize),
    Add,
    Split(usize),
    Merge(usize, usize),
    Move(usize),
}

struct Case {
    old: String,
    new: String,
    /// For each expectation, the new paragraph indices it produced.
    expect: Vec<(Expect, Vec<usize>)>,
}

fn render(paras: &[Vec<String>], wrap: Option<usize>) -> String {
    let mut out = String::new();
    for (k, words) in paras.iter().enumerate() {
        let text = format!("{}. {}.", k + 1, words.join(" "));
        match wrap {
            None => out.push_str(&text),
            Some(width) => {
                let mut line = 0;
                for (n, w) in text.split(' ').enumerate() {
                    if n > 0 {
                        if line + w.len() + 1 > width {
                            out.push('\n');
                            line = 0;
                        } else {
                            out.push(' ');
                            line += 1;
                        }
                    }
                    out.push_str(w);
                    line += w.len();
                }
            }
        }
        out.push_str("\n\n");
    }
    out
}

fn build(sizes: &[usize], steps: &[Step], seed: u64, move_one: bool, wrap: Option<usize>) -> Case {
    let vocab = vocab();
    // Every word drawn is a different one (a stride prime to the vocabulary size), so no
    // two paragraphs share words by accident.
    let mut counter = 0u64;
    let mut word = || {
        counter += 1;
        vocab[((seed % 4096 + counter * 7919) % vocab.len() as u64) as usize].clone()
    };
    let old: Vec<Vec<String>> = sizes
        .iter()
        .map(|&n| (0..n).map(|_| word()).collect())
        .collect();
    let mut new: Vec<(Expect, Vec<Vec<String>>)> = Vec::new();
    let mut i = 0;
    while i < old.len() {
        let p = &old[i];
        match steps[i % steps.len()] {
            Step::Keep => new.push((Expect::Keep(i), vec![p.clone()])),
            Step::Edit => {
                let mut q = p.clone();
                let at = q.len() / 2;
                q[at] = word();
                q.insert(1, word());
                new.push((Expect::Edit(i), vec![q]));
            }
            Step::Delete => new.push((Expect::Delete(i), vec![])),
            Step::AddAfter => {
                new.push((Expect::Keep(i), vec![p.clone()]));
                new.push((Expect::Add, vec![(0..12).map(|_| word()).collect()]));
            }
            Step::Split => {
                let half = p.len() / 2;
                new.push((
                    Expect::Split(i),
                    vec![p[..half].to_vec(), p[half..].to_vec()],
                ));
            }
            Step::MergeWithNext if i + 1 < old.len() => {
                let mut q = p.clone();
                q.extend(old[i + 1].iter().cloned());
                new.push((Expect::Merge(i, i + 1), vec![q]));
                i += 1;
            }
            Step::MergeWithNext => new.push((Expect::Keep(i), vec![p.clone()])),
        }
        i += 1;
    }
    if move_one {
        // Move the first kept paragraph that has at least three kept ones after it to the
        // end: the longest in-order run is then unique and excludes exactly it.
        let kept: Vec<usize> = (0..new.len())
            .filter(|&k| matches!(new[k].0, Expect::Keep(_)))
            .collect();
        if kept.len() >= 4 {
            let k = kept[0];
            let (e, ps) = new.remove(k);
            let Expect::Keep(o) = e else { unreachable!() };
            new.push((Expect::Move(o), ps));
        }
    }
    let mut flat = Vec::new();
    let mut expect = Vec::new();
    for (e, ps) in new {
        let ix: Vec<usize> = (flat.len()..flat.len() + ps.len()).collect();
        flat.extend(ps);
        expect.push((e, ix));
    }
    Case {
        old: render(&old, None),
        new: render(&flat, wrap),
        expect,
    }
}

fn change_of(changes: &[Change], old: Option<usize>, new: Option<usize>) -> &Change {
    changes
        .iter()
        .find(|c| {
            old.is_some_and(|o| c.old.contains(&o)) || new.is_some_and(|n| c.new.contains(&n))
        })
        .expect("every paragraph is in a change")
}

proptest! {
    // A fixed seed: the suite must not pass or fail by chance on CI. The one failing
    // script found so far is pinned as an ignored test below; `PROPTEST_RNG_SEED`
    // explores other seeds.
    #![proptest_config(ProptestConfig {
        cases: 64,
        rng_seed: std::env::var("PROPTEST_RNG_SEED")
            .ok()
            .and_then(|v| v.parse().ok())
            .map_or(proptest::test_runner::RngSeed::Fixed(0x0a11_7ea0), proptest::test_runner::RngSeed::Fixed),
        ..ProptestConfig::default()
    })]

    #[test]
    fn the_diff_recovers_the_script(
        sizes in prop::collection::vec(12usize..24, 6..24),
        steps in prop::collection::vec(step(), 1..24),
        seed in any::<u64>(),
        move_one in any::<bool>(),
        wrap in prop::option::of(50usize..90),
    ) {
        let case = build(&sizes, &steps, seed, move_one, wrap);
        let (old, new) = (Document::parse(case.old.clone()), Document::parse(case.new.clone()));
        prop_assert_eq!(old.paragraphs().len(), sizes.len());
        if new.paragraphs().is_empty() {
            // Everything deleted: an empty version is refused, not diffed.
            prop_assert!(diff(&old, &new).is_err());
            return Ok(());
        }
        let d = diff(&old, &new).unwrap();
        check_invariants(&d, &old, &new);
        for (e, ix) in &case.expect {
            let c = match e {
                Expect::Add => change_of(&d.changes, None, Some(ix[0])),
                Expect::Keep(o) | Expect::Edit(o) | Expect::Delete(o) | Expect::Split(o) | Expect::Move(o) | Expect::Merge(o, _) => {
                    change_of(&d.changes, Some(*o), None)
                }
            };
            let want = match e {
                Expect::Keep(_) => ChangeKind::Unchanged,
                Expect::Edit(_) => ChangeKind::Modified,
                Expect::Delete(_) => ChangeKind::Deleted,
                Expect::Add => ChangeKind::Added,
                Expect::Split(_) => ChangeKind::Split,
                Expect::Merge(..) => ChangeKind::Merged,
                Expect::Move(_) => ChangeKind::Moved,
            };
            prop_assert_eq!(c.kind, want, "{:?} -> {:?}\n{}\n----\n{}", e, c, case.old, case.new);
            prop_assert_eq!(&c.new, ix, "{:?}", e);
            if let Expect::Merge(a, b) = e {
                prop_assert_eq!(&c.old, &vec![*a, *b]);
            }
            if !c.old.is_empty() && !c.new.is_empty() {
                let renumbered = c.old[0] + 1 != c.new[0] + 1;
                prop_assert_eq!(c.renumbered, renumbered, "{:?}", c);
            }
        }
    }
}

/// Which planned paragraph of `text` (a rendering, paragraphs separated by blank lines)
/// each paragraph the reader finds belongs to: the reader may cut a hard-wrapped planned
/// paragraph at its line breaks when most paragraphs fit on one line (it then takes the
/// text for one paragraph per line), so the truth is stated over what it reads.
fn planned_of_read(text: &str, doc: &Document) -> Vec<usize> {
    let starts: Vec<usize> = std::iter::once(0)
        .chain(text.match_indices("\n\n").map(|(i, _)| i + 2))
        .collect();
    doc.paragraphs()
        .iter()
        .map(|p| starts.partition_point(|&s| s <= p.span().start) - 1)
        .collect()
}

/// Found by the property test on 2026-12-01: every paragraph of a resolution split in
/// two, hard-wrapped at 80 characters. The reader cuts four of the planned parts at a
/// line break (`… pinoshukho` / `pāsa.`), and the split of old paragraph 1 was then
/// grown from its second half only (a two-word fragment raised the group's similarity
/// too little to join): every old paragraph must come out split into exactly the read
/// paragraphs of its planned parts.
#[test]
fn every_paragraph_split_pairs_each_split_in_order() {
    let case = build(
        &[12, 21, 21, 21, 12, 22, 16, 21, 12, 12],
        &[Step::Split],
        1037000056384269481,
        false,
        Some(80),
    );
    let (old, new) = (
        Document::parse(case.old.clone()),
        Document::parse(case.new.clone()),
    );
    let planned = planned_of_read(&case.new, &new);
    assert!(
        planned.len() > 20,
        "the reader cuts some parts: {planned:?}"
    );
    let d = diff(&old, &new).unwrap();
    check_invariants(&d, &old, &new);
    for (e, ix) in &case.expect {
        let Expect::Split(o) = e else {
            panic!("only splits: {e:?}")
        };
        let want: Vec<usize> = (0..planned.len())
            .filter(|&j| ix.contains(&planned[j]))
            .collect();
        let c = change_of(&d.changes, Some(*o), None);
        assert_eq!(c.kind, ChangeKind::Split, "{e:?}: {c:?}");
        assert_eq!(c.new, want, "{e:?}");
    }
}
