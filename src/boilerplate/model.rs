//! The learned part: a logistic-regression line scorer over the features of
//! `features.rs` (the line's own and its neighbours'), and a two-state
//! Viterbi pass that smooths the scores with a cost for every switch between
//! content and boilerplate — the jusText idea of letting neighbours decide,
//! with the strength of each cue learned instead of hand-set.
//!
//! Weights are data (`data/weights-text.tsv`, `data/weights-html.tsv`),
//! written by `newsmark train boilerplate`; see the files' headers.

use super::features::{add_stack, Features, Space, SLOTS};

/// Weights by base feature: its weight in each context slot side by side,
/// which is how scoring reads them.
type Weights = Vec<[f32; SLOTS.len()]>;

pub(crate) struct Model {
    /// First pass.
    first: Weights,
    /// Second pass, which also reads the first pass's scores (see
    /// `features::add_stack`).
    second: Weights,
    /// Viterbi's cost (in log-odds) for switching label between lines.
    pub switch_cost: f32,
}

impl Model {
    /// Reads `name<TAB>first<TAB>second` lines; `#` lines are comments; the
    /// name `switch` sets the switch cost. Names the space does not have
    /// are an error (the weights were trained on other features: retrain).
    pub(crate) fn parse(tsv: &str, space: &Space) -> Result<Model, String> {
        let mut index = rustc_hash::FxHashMap::default();
        for f in 0..space.full_len() {
            index.insert(space.name(f), f);
        }
        let mut first = vec![0.0f32; space.full_len()];
        let mut second = vec![0.0f32; space.full_len()];
        let mut switch_cost = 0.0;
        for (n, line) in tsv.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let mut cols = line.split('\t');
            let name = cols.next().unwrap_or_default();
            let mut num = || -> Result<f32, String> {
                cols.next().map_or(Ok(0.0), |v| {
                    v.trim().parse().map_err(|e| format!("line {}: {e}", n + 1))
                })
            };
            if name == "switch" {
                switch_cost = num()?;
                continue;
            }
            let &f = index
                .get(name)
                .ok_or_else(|| format!("line {}: unknown feature {name:?}", n + 1))?;
            first[f] = num()?;
            second[f] = num()?;
        }
        Ok(Model::new(&first, &second, switch_cost))
    }

    /// A model from flat weights (slot-major, one per feature of the full
    /// space, as training and the data file have them).
    pub(crate) fn new(first: &[f32], second: &[f32], switch_cost: f32) -> Model {
        Model {
            first: by_feature(first),
            second: by_feature(second),
            switch_cost,
        }
    }

    /// The weights as the data file writes them: features with a non-zero
    /// weight in either pass.
    #[cfg(feature = "cli")]
    pub(crate) fn to_tsv(&self, space: &Space, header: &str) -> String {
        let mut out = String::from(header);
        out.push_str("# feature<TAB>first pass<TAB>second pass\n");
        out.push_str(&format!("switch\t{:.4}\n", self.switch_cost));
        let base = space.base.len();
        for f in 0..space.full_len() {
            let (a, b) = (
                self.first[f % base][f / base],
                self.second[f % base][f / base],
            );
            if a.abs() >= 5e-4 || b.abs() >= 5e-4 {
                out.push_str(&format!("{}\t{a:.4}\t{b:.4}\n", space.name(f)));
            }
        }
        out
    }

    /// Each line's log-odds of being content: the first pass, then the
    /// second over the first's scores. Adds the stack features to `feats`.
    pub(crate) fn scores(&self, feats: &mut Features, space: &Space) -> Vec<f32> {
        let first = linear(&self.first, feats);
        add_stack(feats, space, &first);
        linear(&self.second, feats)
    }
}

/// Flat weights (slot-major, as training and the data file have them)
/// regrouped by base feature.
pub(crate) fn by_feature(flat: &[f32]) -> Weights {
    let base = flat.len() / SLOTS.len();
    (0..base)
        .map(|f| std::array::from_fn(|slot| flat[slot * base + f]))
        .collect()
}

/// Each line's weighted sum over its own and its neighbours' features.
pub(crate) fn linear(weights: &[[f32; SLOTS.len()]], feats: &Features) -> Vec<f32> {
    let n = feats.ranges.len();
    // Each line's contribution to itself and to its neighbours, by slot.
    let mut partial = vec![[0.0f32; SLOTS.len()]; n];
    let add = |p: &mut [f32; SLOTS.len()], fs: &[u16]| {
        for &f in fs {
            let w = &weights[f as usize];
            for slot in 0..SLOTS.len() {
                p[slot] += w[slot];
            }
        }
    };
    for (i, p) in partial.iter_mut().enumerate() {
        let (a, b) = feats.ranges[i];
        add(p, &feats.active[a as usize..b as usize]);
        if let Some(stack) = feats.stack.get(i) {
            add(p, stack);
        }
    }
    (0..n)
        .map(|i| {
            SLOTS
                .iter()
                .enumerate()
                .map(|(slot, &d)| {
                    let j = i as isize + d;
                    if j < 0 || j >= n as isize {
                        0.0
                    } else {
                        partial[j as usize][slot]
                    }
                })
                .sum()
        })
        .collect()
}

/// The labels (true = content) that maximise the sum of each line's
/// log-odds for its label minus `switch_cost` per label change. Lines with
/// `fixed[i] = Some(_)` keep that label and are skipped by the chain, so a
/// forced `Advertisement` line inside the body does not cost two switches.
pub(crate) fn decode(scores: &[f32], fixed: &[Option<bool>], switch_cost: f32) -> Vec<bool> {
    let free: Vec<usize> = (0..scores.len()).filter(|&i| fixed[i].is_none()).collect();
    let mut out: Vec<bool> = fixed.iter().map(|f| f.unwrap_or(false)).collect();
    if free.is_empty() {
        return out;
    }
    // best[s] = best total ending in state s (0 = boilerplate, 1 = content).
    let mut back = vec![[0u8; 2]; free.len()];
    let emit = |i: usize| [-scores[i] / 2.0, scores[i] / 2.0];
    let mut best = emit(free[0]);
    for (k, &i) in free.iter().enumerate().skip(1) {
        let e = emit(i);
        let mut next = [0.0f32; 2];
        for s in 0..2 {
            let stay = best[s];
            let switch = best[1 - s] - switch_cost;
            if stay >= switch {
                next[s] = stay + e[s];
                back[k][s] = s as u8;
            } else {
                next[s] = switch + e[s];
                back[k][s] = (1 - s) as u8;
            }
        }
        best = next;
    }
    let mut s = if best[1] >= best[0] { 1 } else { 0 };
    for k in (0..free.len()).rev() {
        out[free[k]] = s == 1;
        s = back[k][s] as usize;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn viterbi_smooths_lone_flips() {
        // A weakly negative line between strong content lines stays content.
        let scores = [3.0, 3.0, -0.5, 3.0, -4.0, -4.0];
        let fixed = [None; 6];
        assert_eq!(
            decode(&scores, &fixed, 1.0),
            [true, true, true, true, false, false]
        );
        assert_eq!(
            decode(&scores, &fixed, 0.0),
            [true, true, false, true, false, false]
        );
    }

    #[test]
    fn fixed_lines_are_skipped_by_the_chain() {
        let scores = [3.0, -9.0, 3.0];
        let fixed = [None, Some(false), None];
        assert_eq!(decode(&scores, &fixed, 5.0), [true, false, true]);
        assert_eq!(decode(&[], &[], 1.0), Vec::<bool>::new());
    }
}
