//! The configured engine: builder, checks, and the assembly of matching and redline into
//! a [`Diff`].

use alinea_text::Document;
use rayon::prelude::*;

use crate::edits::redline;
use crate::error::DiffError;
use crate::matching::{match_units, Link, Params};
use crate::model::{Change, ChangeKind, Diff, Summary};
use crate::units::{prepare, prepare_reusing, Unit};

/// Below this share of matched paragraphs the two versions are flagged as unrelated.
const RELATED_MIN: f64 = 0.2;

#[derive(Clone, Debug)]
struct Config {
    threshold: f64,
    candidates: usize,
    split_merge: bool,
    moves: bool,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            threshold: 0.5,
            candidates: 8,
            split_merge: true,
            moves: true,
        }
    }
}

/// Builds a [`Differ`].
#[derive(Clone, Debug, Default)]
pub struct DifferBuilder {
    config: Config,
}

impl DifferBuilder {
    /// Minimum similarity (0 to 1, spacing-insensitive trigram Dice, averaged with edit
    /// distance for short paragraphs) for two different paragraphs to count as one
    /// paragraph reworded rather than one deleted and one added. Default 0.5: lower
    /// values pair paragraphs that merely share the resolution's stock phrases.
    pub fn similarity_threshold(&mut self, value: f64) -> &mut Self {
        self.config.threshold = value;
        self
    }

    /// How many candidate counterparts each paragraph is scored against (those sharing
    /// the most rare trigrams). Default 8. Bounds the cost on large inputs.
    pub fn candidates(&mut self, k: usize) -> &mut Self {
        self.config.candidates = k.max(1);
        self
    }

    /// Whether to look for splits and merges. Default true.
    pub fn split_merge(&mut self, yes: bool) -> &mut Self {
        self.config.split_merge = yes;
        self
    }

    /// Whether to report out-of-order paragraphs as `moved`. Default true; when false,
    /// they are `unchanged` or `modified`.
    pub fn detect_moves(&mut self, yes: bool) -> &mut Self {
        self.config.moves = yes;
        self
    }

    /// Checks the settings and builds the engine.
    pub fn build(&self) -> Result<Differ, DiffError> {
        let t = self.config.threshold;
        if !(t > 0.0 && t <= 1.0) {
            return Err(DiffError::InvalidThreshold { value: t });
        }
        Ok(Differ {
            config: self.config.clone(),
        })
    }
}

/// A reusable, configured comparison engine. `Differ::default()` has the builder's
/// defaults.
#[derive(Clone, Debug, Default)]
pub struct Differ {
    config: Config,
}

impl Differ {
    /// A builder with the default settings.
    pub fn builder() -> DifferBuilder {
        DifferBuilder::default()
    }

    /// Compares two versions of one text.
    ///
    /// # Errors
    ///
    /// [`DiffError::EmptyVersion`] when either side has no text.
    pub fn diff(&self, old: &Document, new: &Document) -> Result<Diff, DiffError> {
        check(old, 0)?;
        check(new, 1)?;
        // The new version reuses the old one's views of the paragraphs they share (most of
        // them, in a revision), so each distinct paragraph is normalized once.
        let a = prepare(old);
        let b = prepare_reusing(new, &a);
        Ok(self.diff_units(old.text(), &a, new.text(), &b))
    }

    pub(crate) fn diff_units(
        &self,
        old_text: &str,
        a: &[Unit<'_>],
        new_text: &str,
        b: &[Unit<'_>],
    ) -> Diff {
        let params = Params {
            threshold: self.config.threshold,
            candidates: self.config.candidates,
            split_merge: self.config.split_merge,
            moves: self.config.moves,
        };
        let m = match_units(a, b, params);

        // Place each change: by its first new paragraph, deleted ones right after the new
        // position of the nearest preceding old paragraph that has one.
        let mut new_of_old: Vec<Option<usize>> = vec![None; a.len()];
        let mut changes: Vec<(i64, usize, Change)> = Vec::new();
        for (link, &in_order) in m.links.iter().zip(&m.in_order) {
            let change = match link {
                Link::Pair {
                    old,
                    new,
                    sim,
                    exact,
                } => {
                    new_of_old[*old] = Some(*new);
                    let kind = match (in_order, exact) {
                        (false, _) => ChangeKind::Moved,
                        (true, true) => ChangeKind::Unchanged,
                        (true, false) => ChangeKind::Modified,
                    };
                    // Edits are filled below, in parallel.
                    make(kind, vec![*old], vec![*new], a, b, *sim, Vec::new())
                }
                Link::Split { old, new, sim } => {
                    new_of_old[*old] = Some(new[0]);
                    make(
                        ChangeKind::Split,
                        vec![*old],
                        new.clone(),
                        a,
                        b,
                        *sim,
                        vec![],
                    )
                }
                Link::Merge { old, new, sim } => {
                    for &o in old {
                        new_of_old[o] = Some(*new);
                    }
                    make(
                        ChangeKind::Merged,
                        old.clone(),
                        vec![*new],
                        a,
                        b,
                        *sim,
                        vec![],
                    )
                }
            };
            changes.push((2 * change.new[0] as i64, change.old[0], change));
        }
        for &i in &m.deleted {
            let before = (0..i).rev().find_map(|k| new_of_old[k]);
            let key = before.map_or(-1, |j| 2 * j as i64 + 1);
            changes.push((
                key,
                i,
                make(ChangeKind::Deleted, vec![i], vec![], a, b, 0.0, vec![]),
            ));
        }
        for &j in &m.added {
            changes.push((
                2 * j as i64,
                usize::MAX,
                make(ChangeKind::Added, vec![], vec![j], a, b, 0.0, vec![]),
            ));
        }
        changes.sort_by_key(|(k, o, _)| (*k, *o));
        let mut changes: Vec<Change> = changes.into_iter().map(|(_, _, c)| c).collect();

        // Any link whose bodies differ gets a redline; split and merge always do, so the
        // reader sees where the cut moved.
        let needs_edits = |c: &Change| {
            !c.old.is_empty()
                && !c.new.is_empty()
                && (matches!(c.kind, ChangeKind::Split | ChangeKind::Merged)
                    || c.old
                        .iter()
                        .map(|&i| a[i].key.as_str())
                        .ne(c.new.iter().map(|&j| b[j].key.as_str())))
        };
        let fill = |c: &mut Change| {
            if needs_edits(c) {
                let olds: Vec<&Unit<'_>> = c.old.iter().map(|&i| &a[i]).collect();
                let news: Vec<&Unit<'_>> = c.new.iter().map(|&j| &b[j]).collect();
                c.edits = redline(old_text, &olds, new_text, &news);
            }
        };
        if changes.len() >= 64 {
            changes.par_iter_mut().for_each(fill);
        } else {
            changes.iter_mut().for_each(fill);
        }

        let summary = summarize(&changes, a, b);
        Diff { summary, changes }
    }
}

fn make(
    kind: ChangeKind,
    old: Vec<usize>,
    new: Vec<usize>,
    a: &[Unit<'_>],
    b: &[Unit<'_>],
    similarity: f64,
    edits: Vec<crate::model::Edit>,
) -> Change {
    let old_label = old.first().and_then(|&i| a[i].label.clone());
    let new_label = new.first().and_then(|&j| b[j].label.clone());
    let renumbered = !old.is_empty() && !new.is_empty() && old_label != new_label;
    let old_refs = old.iter().map(|&i| a[i].reference.clone()).collect();
    let new_refs = new.iter().map(|&j| b[j].reference.clone()).collect();
    Change {
        kind,
        old,
        new,
        old_label,
        new_label,
        old_refs,
        new_refs,
        renumbered,
        similarity,
        edits,
    }
}

fn summarize(changes: &[Change], a: &[Unit<'_>], b: &[Unit<'_>]) -> Summary {
    let mut s = Summary {
        old_paragraphs: a.len(),
        new_paragraphs: b.len(),
        ..Summary::default()
    };
    let mut changed = 0usize;
    let mut matched = 0usize;
    for c in changes {
        *s.count_mut(c.kind) += 1;
        s.renumbered += usize::from(c.renumbered);
        match c.kind {
            ChangeKind::Added => changed += c.new.iter().map(|&j| b[j].key.len()).sum::<usize>(),
            ChangeKind::Deleted => changed += c.old.iter().map(|&i| a[i].key.len()).sum::<usize>(),
            _ => {
                matched += c.old.len() + c.new.len();
                for e in &c.edits {
                    if e.op != crate::model::EditOp::Equal {
                        changed += nonspace_len(&e.old_text) + nonspace_len(&e.new_text);
                    }
                }
            }
        }
    }
    let total: usize = a.iter().chain(b).map(|u| u.key.len()).sum();
    s.change_ratio = if total == 0 {
        0.0
    } else {
        (changed as f64 / total as f64).min(1.0)
    };
    let paras = a.len() + b.len();
    s.unrelated_documents = paras > 0 && (matched as f64) < RELATED_MIN * paras as f64;
    s
}

fn nonspace_len(s: &str) -> usize {
    s.len() - s.matches(' ').count()
}

fn check(doc: &Document, index: usize) -> Result<(), DiffError> {
    if doc.text().trim().is_empty() || doc.paragraphs().is_empty() {
        return Err(DiffError::EmptyVersion { index });
    }
    Ok(())
}

pub(crate) fn check_version(doc: &Document, index: usize) -> Result<(), DiffError> {
    check(doc, index)
}
