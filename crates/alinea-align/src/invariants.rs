//! Invariants every alignment keeps, checked by the property tests on generated text and
//! by the fuzz targets on arbitrary input (one copy, so the two cannot disagree). Each
//! check returns the first violation as a message.

use crate::hierarchical::{HierarchicalAlignment, ParaInput};
use crate::result::Alignment;

/// Beads are non-empty, cover `0..n_src` and `0..n_tgt` exactly once each and in order,
/// scores are finite in `[0, 1]`, and the ladder rendering reads back to the same beads.
///
/// # Errors
///
/// The first violation, as a message.
pub fn check_alignment(a: &Alignment, n_src: usize, n_tgt: usize) -> Result<(), String> {
    let (mut s, mut t) = (0, 0);
    for b in a.beads() {
        if b.src().is_empty() && b.tgt().is_empty() {
            return Err("0-0 bead".into());
        }
        for &i in b.src() {
            if i != s {
                return Err(format!(
                    "source not covered in order: {i} where {s} was due"
                ));
            }
            s += 1;
        }
        for &j in b.tgt() {
            if j != t {
                return Err(format!(
                    "target not covered in order: {j} where {t} was due"
                ));
            }
            t += 1;
        }
        let score = b.score();
        if !(score.is_finite() && (-1e-4..=1.0 + 1e-4).contains(&score)) {
            return Err(format!("score {score}"));
        }
    }
    if (s, t) != (n_src, n_tgt) {
        return Err(format!(
            "beads cover {s} × {t} sentences of {n_src} × {n_tgt}"
        ));
    }
    let back = crate::parse_ladder(&a.to_ladder(false)).map_err(|e| e.to_string())?;
    if back.len() != a.beads().len()
        || back
            .iter()
            .zip(a.beads())
            .any(|(l, b)| (&l.src[..], &l.tgt[..]) != (b.src(), b.tgt()))
    {
        return Err("the ladder does not read back to the same beads".into());
    }
    Ok(())
}

/// A two-level alignment of `ps` and `pt`: both levels keep [`check_alignment`], and no
/// sentence bead crosses a paragraph bead.
///
/// # Errors
///
/// The first violation, as a message.
pub fn check_hierarchical(
    h: &HierarchicalAlignment,
    ps: &[ParaInput],
    pt: &[ParaInput],
) -> Result<(), String> {
    let n = |p: &[ParaInput]| p.iter().map(|p| p.sentences.len()).sum::<usize>();
    check_alignment(h.paragraphs(), ps.len(), pt.len())?;
    check_alignment(h.sentences(), n(ps), n(pt))?;
    let para_of = |ps: &[ParaInput]| -> Vec<usize> {
        ps.iter()
            .enumerate()
            .flat_map(|(k, p)| std::iter::repeat_n(k, p.sentences.len()))
            .collect()
    };
    let (sp, tp) = (para_of(ps), para_of(pt));
    let mut bead_of_src = vec![usize::MAX; ps.len()];
    let mut bead_of_tgt = vec![usize::MAX; pt.len()];
    for (k, bead) in h.paragraphs().beads().iter().enumerate() {
        bead.src().iter().for_each(|&i| bead_of_src[i] = k);
        bead.tgt().iter().for_each(|&j| bead_of_tgt[j] = k);
    }
    for bead in h.sentences().beads() {
        let mut owners: Vec<usize> = bead
            .src()
            .iter()
            .map(|&i| bead_of_src[sp[i]])
            .chain(bead.tgt().iter().map(|&j| bead_of_tgt[tp[j]]))
            .collect();
        owners.dedup();
        if owners.len() != 1 {
            return Err(format!("sentence bead {bead:?} crosses paragraph beads"));
        }
    }
    Ok(())
}
