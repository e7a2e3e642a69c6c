//! The clean component of a sample that an unknown share of damaged items has mixed
//! into, when what damaged items look like is known (simulated).
//!
//! Both self-taught detectors read a document's own items against a simulated damaged
//! sample: targets cut short in a memory ([`crate::truncation`]), sentences whose
//! counterpart was left out in an alignment ([`crate::split_model`]). The document's
//! items may themselves hold damaged ones, which would make damage look ordinary; so
//! the sample is read as a mixture and the clean distribution re-estimated by EM, each
//! item weighted by how likely it is to be clean.

/// The clean distribution after `rounds` of EM, and the damaged share it settled on
/// (what the detectors read as the prior odds of damage). `fit` estimates a distribution from
/// the sample with per-item weights (all 1 when the slice is empty); `llr` is an item's
/// log-likelihood ratio, damaged against the given clean distribution. The damaged
/// share starts at a half and is kept within `[1e-4, 0.5]`: at most half the sample
/// is taken for damaged.
pub(crate) fn clean_component<T, H>(
    sample: &[T],
    rounds: usize,
    fit: impl Fn(&[f64]) -> H,
    llr: impl Fn(&H, &T) -> f64,
) -> (H, f64) {
    let mut clean = fit(&[]);
    let mut share = 0.5f64;
    for _ in 0..rounds {
        let weights: Vec<f64> = sample
            .iter()
            .map(|x| {
                let odds = llr(&clean, x).exp() * share / (1.0 - share);
                1.0 / (1.0 + odds)
            })
            .collect();
        let kept: f64 = weights.iter().sum();
        share = (1.0 - kept / sample.len().max(1) as f64).clamp(1e-4, 0.5);
        clean = fit(&weights);
    }
    (clean, share)
}
