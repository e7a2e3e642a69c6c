//! Series history: the lineage of each paragraph across N versions.
//!
//! Built from the pairwise diffs of successive versions: a lineage continues through
//! unchanged, modified and moved paragraphs, continues into the first part of a split (the
//! other parts start lineages `derived_from` it) and into the result of a merge (the other
//! merged paragraphs end there).

use alinea_text::Document;
use rayon::prelude::*;

use crate::differ::{check_version, Differ};
use crate::error::DiffError;
use crate::model::{ChangeKind, Diff, Summary};
use crate::units::prepare;

/// One paragraph followed through the versions. Version numbers are 0-based positions in
/// the series; an event "in v" happened between versions v - 1 and v.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Lineage {
    /// For each version, the paragraph index it has there (the first one of a group), or
    /// `None` when absent.
    pub paragraphs: Vec<Option<usize>>,
    /// The version it first appears in.
    pub first_seen: usize,
    /// The version it no longer appears in, if it was dropped (deleted, or merged into
    /// another lineage's paragraph).
    pub dropped_in: Option<usize>,
    /// Versions where its wording changed.
    pub modified_in: Vec<usize>,
    /// Versions where it moved out of order.
    pub moved_in: Vec<usize>,
    /// Versions where its label changed.
    pub renumbered_in: Vec<usize>,
    /// Versions where it was split (this lineage continues in the first part).
    pub split_in: Vec<usize>,
    /// Versions where it was merged with others.
    pub merged_in: Vec<usize>,
    /// The lineage it was split off from, if it started as a later part of a split.
    pub derived_from: Option<usize>,
}

impl Lineage {
    fn start(versions: usize, first_seen: usize, derived_from: Option<usize>) -> Lineage {
        Lineage {
            paragraphs: vec![None; versions],
            first_seen,
            dropped_in: None,
            modified_in: Vec::new(),
            moved_in: Vec::new(),
            renumbered_in: Vec::new(),
            split_in: Vec::new(),
            merged_in: Vec::new(),
            derived_from,
        }
    }
}

/// The step from one version to the next.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Transition {
    /// Old version (0-based).
    pub from: usize,
    /// New version (`from + 1`).
    pub to: usize,
    /// Counts per kind and the content-change ratio.
    pub summary: Summary,
}

/// The history of a series of versions.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct History {
    /// Number of versions.
    pub versions: usize,
    /// Every paragraph lineage, in order of first appearance.
    pub lineages: Vec<Lineage>,
    /// One entry per pair of successive versions.
    pub transitions: Vec<Transition>,
}

impl Differ {
    /// The history of `versions` (oldest first).
    ///
    /// # Errors
    ///
    /// [`DiffError::NoVersions`] for an empty slice, [`DiffError::EmptyVersion`] naming the
    /// first version without text.
    pub fn history(&self, versions: &[Document]) -> Result<History, DiffError> {
        Ok(self.history_with_diffs(versions)?.0)
    }

    /// Like [`Differ::history`], also returning the pairwise diffs (one per transition).
    ///
    /// # Errors
    ///
    /// As [`Differ::history`].
    pub fn history_with_diffs(
        &self,
        versions: &[Document],
    ) -> Result<(History, Vec<Diff>), DiffError> {
        if versions.is_empty() {
            return Err(DiffError::NoVersions);
        }
        for (i, d) in versions.iter().enumerate() {
            check_version(d, i)?;
        }
        let units: Vec<_> = versions.par_iter().map(prepare).collect();
        let diffs: Vec<Diff> = (1..versions.len())
            .into_par_iter()
            .map(|v| {
                self.diff_units(
                    versions[v - 1].text(),
                    &units[v - 1],
                    versions[v].text(),
                    &units[v],
                )
            })
            .collect();
        let history = build(versions.len(), units[0].len(), &diffs, |v| units[v].len());
        Ok((history, diffs))
    }
}

fn build(n: usize, first_len: usize, diffs: &[Diff], len_of: impl Fn(usize) -> usize) -> History {
    let mut lineages: Vec<Lineage> = (0..first_len).map(|_| Lineage::start(n, 0, None)).collect();
    let mut current: Vec<usize> = (0..first_len).collect();
    for (p, l) in lineages.iter_mut().enumerate() {
        l.paragraphs[0] = Some(p);
    }
    let mut transitions = Vec::new();
    for (k, diff) in diffs.iter().enumerate() {
        let to = k + 1;
        let mut next: Vec<usize> = vec![usize::MAX; len_of(to)];
        for c in &diff.changes {
            let carried = c.old.first().map(|&i| current[i]);
            match c.kind {
                ChangeKind::Added => {
                    lineages.push(Lineage::start(n, to, None));
                    next[c.new[0]] = lineages.len() - 1;
                }
                ChangeKind::Deleted => {
                    if let Some(id) = carried {
                        lineages[id].dropped_in = Some(to);
                    }
                }
                _ => {
                    let id = carried.expect("a change with both sides has an old paragraph");
                    next[c.new[0]] = id;
                    let l = &mut lineages[id];
                    let edited = c.kind == ChangeKind::Modified
                        || (c.kind == ChangeKind::Moved && c.similarity < 1.0);
                    if edited {
                        l.modified_in.push(to);
                    }
                    if c.kind == ChangeKind::Moved {
                        l.moved_in.push(to);
                    }
                    if c.renumbered {
                        l.renumbered_in.push(to);
                    }
                    if c.kind == ChangeKind::Split {
                        l.split_in.push(to);
                    }
                    if c.kind == ChangeKind::Merged {
                        l.merged_in.push(to);
                    }
                    if c.kind == ChangeKind::Split {
                        for &j in &c.new[1..] {
                            lineages.push(Lineage::start(n, to, Some(id)));
                            next[j] = lineages.len() - 1;
                        }
                    }
                    if c.kind == ChangeKind::Merged {
                        for &i in &c.old[1..] {
                            let other = &mut lineages[current[i]];
                            other.merged_in.push(to);
                            other.dropped_in = Some(to);
                        }
                    }
                }
            }
        }
        for (p, &id) in next.iter().enumerate() {
            if id != usize::MAX {
                lineages[id].paragraphs[to] = Some(p);
            }
        }
        current = next;
        transitions.push(Transition {
            from: k,
            to,
            summary: diff.summary.clone(),
        });
    }
    History {
        versions: n,
        lineages,
        transitions,
    }
}
