//! Training the line model (CLI only): logistic regression with L2, by
//! AdaGrad over shuffled lines, on documents whose lines carry gold labels.
//! The CLI (`newsmark train boilerplate`) reads the shared benchmark, labels
//! each line the way the shared scorer decides "gold", cross-validates by
//! document and writes `data/weights-*.tsv`.

use super::features::{self, add_stack, Features, SLOTS};
use super::hints::LineHint;
use super::model::{by_feature, linear, Model};
use super::Classifier;
use crate::annotation::Annotation;
use crate::text::offsets::OffsetUnit;
use crate::text::Document;
use crate::BlockHint;

/// A training document: its text, optional HTML block hints (byte offsets),
/// and a label per non-blank line as [`line_spans`] lists them (`None`:
/// unknown, not trained on).
pub struct Doc {
    pub text: String,
    pub blocks: Option<Vec<BlockHint>>,
    pub labels: Vec<Option<bool>>,
}

/// The non-blank lines the classifier labels, as byte ranges.
pub fn line_spans(text: &str) -> Vec<(usize, usize)> {
    Document::new(text)
        .lines
        .iter()
        .map(|l| (l.start, l.end))
        .collect()
}

#[derive(Debug, Clone)]
pub struct Params {
    pub epochs: usize,
    pub learning_rate: f32,
    pub l2: f32,
    /// Viterbi switch cost written with the weights.
    pub switch_cost: f32,
}

impl Default for Params {
    fn default() -> Params {
        Params {
            epochs: 12,
            learning_rate: 0.2,
            // Chosen by 5-fold CV: 1e-4 fits the dev pages tighter and
            // generalises worse (English sh4 0.883 against 0.891).
            l2: 1e-3,
            switch_cost: 1.0,
        }
    }
}

/// A trained model and the classifier's rules around it.
pub struct Trained {
    classifier: Classifier,
    model: Model,
}

/// Line hints from blocks with byte offsets (as `html::blocks` makes them).
fn hints_of(doc: &Document, blocks: Option<&[BlockHint]>) -> Option<Vec<Option<LineHint>>> {
    blocks.map(|b| {
        super::line_hints(doc, b, OffsetUnit::Bytes).unwrap_or_else(|_| vec![None; doc.lines.len()])
    })
}

/// A document ready for fitting: features (which do not depend on the
/// weights), labels, and its lines' weight in the loss.
struct Prepared {
    feats: Features,
    labels: Vec<Option<bool>>,
    weight: f32,
    /// The document this was made from (a copy without blank lines shares
    /// its original's index, and so its inner fold).
    origin: usize,
}

/// A copy of a document without its blank lines weighs this much against
/// the original: enough to teach that blank lines are optional, not so much
/// that the cue is lost where pages have it.
const SQUEEZED_WEIGHT: f32 = 0.3;

/// First-pass models for the second pass's training data are fitted on
/// this many parts of the training documents, each scoring the part it did
/// not see, so the second pass learns from honest first-pass scores.
const INNER_FOLDS: usize = 4;

/// Trains on `docs`; `html` picks whether the hints are used.
pub fn train(docs: &[Doc], html: bool, params: &Params) -> Trained {
    let classifier = Classifier::new();
    let space = &classifier.space;
    // Each document also without its blank lines: pastes differ in
    // whether paragraphs are set apart (innerText of `<p>` margins, a
    // clipboard that drops them), and the model should not depend on it.
    let squeezed: Vec<(usize, Doc)> = docs
        .iter()
        .enumerate()
        .filter(|(_, d)| d.blocks.is_none() && d.text.contains("\n\n"))
        .map(|(i, d)| {
            (
                i,
                Doc {
                    text: without_blank_lines(&d.text),
                    blocks: None,
                    labels: d.labels.clone(),
                },
            )
        })
        .collect();
    let mut prepared: Vec<Prepared> = docs
        .iter()
        .enumerate()
        .map(|(i, d)| (i, d, 1.0))
        .chain(squeezed.iter().map(|(i, d)| (*i, d, SQUEEZED_WEIGHT)))
        .map(|(origin, d, copy)| {
            let doc = Document::new(&d.text);
            let hints = if html {
                hints_of(&doc, d.blocks.as_deref())
            } else {
                None
            };
            let feats = features::extract(&doc, &classifier.lex, space, hints.as_deref());
            let labels: Vec<Option<bool>> = (0..doc.lines.len())
                .map(|i| {
                    if super::certain_boilerplate(&feats, i) {
                        None
                    } else {
                        d.labels.get(i).copied().flatten()
                    }
                })
                .collect();
            let n = labels.iter().filter(|l| l.is_some()).count().max(1);
            // Every document weighs about the same in total, like the
            // macro-averaged scores.
            Prepared {
                feats,
                labels,
                weight: copy / (n as f32).sqrt(),
                origin,
            }
        })
        .collect();
    let all: Vec<&Prepared> = prepared.iter().collect();
    let first = fit(&all, space.full_len(), params);
    let mut oof: Vec<Vec<f32>> = vec![Vec::new(); prepared.len()];
    for part in 0..INNER_FOLDS {
        let train: Vec<&Prepared> = prepared
            .iter()
            .filter(|p| p.origin % INNER_FOLDS != part)
            .collect();
        let w = by_feature(&fit(&train, space.full_len(), params));
        for (i, p) in prepared
            .iter()
            .enumerate()
            .filter(|(_, p)| p.origin % INNER_FOLDS == part)
        {
            oof[i] = linear(&w, &p.feats);
        }
    }
    for (p, scores) in prepared.iter_mut().zip(&oof) {
        add_stack(&mut p.feats, space, scores);
    }
    let all: Vec<&Prepared> = prepared.iter().collect();
    let second = fit(&all, space.full_len(), params);
    let model = Model::new(&first, &second, params.switch_cost);
    Trained { classifier, model }
}

/// `text` with every blank line removed (the non-blank lines, and so the
/// labels, stay in order).
fn without_blank_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (start, end) in line_spans(text) {
        out.push_str(&text[start..end]);
        out.push('\n');
    }
    out
}

/// Logistic regression by AdaGrad over shuffled lines (fixed seed).
fn fit(docs: &[&Prepared], nf: usize, params: &Params) -> Vec<f32> {
    let base = nf / SLOTS.len();
    let mut examples: Vec<(usize, usize)> = Vec::new();
    for (d, p) in docs.iter().enumerate() {
        for (i, l) in p.labels.iter().enumerate() {
            if l.is_some() {
                examples.push((d, i));
            }
        }
    }
    let mut w = vec![0.0f32; nf];
    let mut g2 = vec![1e-6f32; nf];
    let mut rng = 0x9E37_79B9_7F4A_7C15u64;
    let mut active: Vec<usize> = Vec::with_capacity(256);
    // The weights averaged over the second half of the epochs: the last
    // epoch's weights depend on the order of its last few hundred lines,
    // their average much less (Polyak averaging).
    let mut avg = vec![0.0f32; nf];
    let mut averaged = 0u32;
    for epoch in 0..params.epochs {
        // Fisher-Yates with a fixed-seed xorshift: training is reproducible.
        for k in (1..examples.len()).rev() {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            examples.swap(k, (rng % (k as u64 + 1)) as usize);
        }
        for &(d, i) in &examples {
            let p = docs[d];
            let n = p.labels.len();
            active.clear();
            for (slot, &off) in SLOTS.iter().enumerate() {
                let j = i as isize + off;
                if j < 0 || j >= n as isize {
                    continue;
                }
                active.extend(
                    p.feats
                        .of_line(j as usize)
                        .map(|f| slot * base + f as usize),
                );
            }
            let z: f32 = active.iter().map(|&f| w[f]).sum();
            let y = if p.labels[i] == Some(true) { 1.0 } else { 0.0 };
            let prob = 1.0 / (1.0 + (-z.clamp(-30.0, 30.0)).exp());
            let g = (prob - y) * p.weight;
            for &f in &active {
                let grad = g + params.l2 * w[f];
                g2[f] += grad * grad;
                w[f] -= params.learning_rate * grad / g2[f].sqrt();
            }
        }
        if epoch >= params.epochs / 2 {
            for (a, x) in avg.iter_mut().zip(&w) {
                *a += x;
            }
            averaged += 1;
        }
    }
    for a in avg.iter_mut() {
        *a /= averaged.max(1) as f32;
    }
    avg
}

impl Trained {
    /// The weights file: `header` (comment lines) and the weights.
    pub fn to_tsv(&self, header: &str) -> String {
        self.model.to_tsv(&self.classifier.space, header)
    }

    pub fn set_switch_cost(&mut self, c: f32) {
        self.model.switch_cost = c;
    }

    /// Annotates `text` (lines and junk only) under this model; offsets in bytes.
    pub fn annotate(&self, text: &str, blocks: Option<&[BlockHint]>) -> Annotation {
        let doc = Document::new(text);
        let hints = hints_of(&doc, blocks);
        let (lines, junk) = self
            .classifier
            .classify_with(&doc, hints.as_deref(), &self.model);
        Annotation {
            unit: OffsetUnit::Bytes,
            lines,
            junk,
            entities: Vec::new(),
            tags: Vec::new(),
        }
    }

    /// For each line: its score (log-odds of content) and the names of its
    /// own active features, to see why a line went the way it did.
    pub fn explain(&self, text: &str, blocks: Option<&[BlockHint]>) -> Vec<(f32, String)> {
        let doc = Document::new(text);
        let hints = hints_of(&doc, blocks);
        let mut feats = features::extract(
            &doc,
            &self.classifier.lex,
            &self.classifier.space,
            hints.as_deref(),
        );
        let scores = self.model.scores(&mut feats, &self.classifier.space);
        (0..doc.lines.len())
            .map(|i| {
                let names: Vec<&str> = feats
                    .of_line(i)
                    .map(|f| self.classifier.space.base[f as usize].as_str())
                    .collect();
                (scores[i], names.join(" "))
            })
            .collect()
    }
}
