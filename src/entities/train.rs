//! Training the tagger (CLI only): a structured averaged perceptron over the
//! features of [`super::model`], deterministic for a given seed, then
//! quantised to `i8` and pruned into the `model.bin` format.

use rustc_hash::{FxHashMap, FxHashSet};

use super::model::{self, all_features, spans_to_tags, viterbi, Model, TokenFacts, N_TAGS};
use super::Recognizer;
use crate::annotation::EntityLabel;
use crate::text::Document;

/// A training sentence: text and its PER/LOC/ORG spans in bytes.
#[derive(Debug, Clone)]
pub struct TrainExample {
    pub text: String,
    pub spans: Vec<(usize, usize, EntityLabel)>,
    /// Did the annotators mark anything in it (any label, dates and
    /// numbers too)? Half of IL-NER's training sentences carry no
    /// annotation at all, names included (they are mostly name-free, so
    /// they are kept by default: leaving them out measured no better on the
    /// held-out folds, see [`TrainOptions::skip_unannotated`]).
    pub annotated: bool,
}

/// Consecutive training sentences kept together in one held-out fold.
pub const FOLD_BLOCK: usize = 40;

/// Settings of [`train_model`].
#[derive(Debug, Clone)]
pub struct TrainOptions {
    /// Most passes over the data per member.
    pub epochs: usize,
    /// Passes without a better held-out F1 before a member stops.
    pub patience: usize,
    /// The training sentences are dealt into this many folds in blocks of
    /// [`FOLD_BLOCK`] consecutive sentences (a fold holds out whole
    /// passages, yet spans the corpus, whose parts differ a lot); member
    /// `m` holds fold `m % folds` out and keeps the weights of its best
    /// epoch on it. `folds < 2`: no held-out fold, every member runs
    /// `epochs` passes.
    pub folds: usize,
    pub seed: u64,
    /// Probability of hiding a knowledge-base match from the features of a
    /// training sentence, so the model also learns names the KB lacks.
    pub kb_dropout: f64,
    /// Weights whose quantised magnitude is below this are dropped.
    pub min_weight: i32,
    /// Words seen at least this often in training go into the known-word list.
    pub known_min_count: usize,
    /// Models trained with different shuffles (and held-out folds) whose
    /// weights are averaged.
    pub ensemble: usize,
    /// Leave out sentences that carry no annotation of any label.
    pub skip_unannotated: bool,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            epochs: 30,
            patience: 4,
            folds: 5,
            seed: 3,
            kb_dropout: 0.3,
            min_weight: 10,
            known_min_count: 3,
            ensemble: 5,
            skip_unannotated: false,
        }
    }
}

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

struct Prepared {
    text: String,
    gold: Vec<u8>,
}

/// Gold token tags of one example; spans that do not cover whole tokens
/// take the tokens inside them.
fn gold_tags(doc: &Document, spans: &[(usize, usize, EntityLabel)]) -> Vec<u8> {
    let mut tok_spans = Vec::new();
    for &(s, e, label) in spans {
        let inside: Vec<usize> = (0..doc.tokens.len())
            .filter(|&i| doc.tokens[i].start >= s && doc.tokens[i].end <= e)
            .collect();
        if let (Some(&a), Some(&b)) = (inside.first(), inside.last()) {
            // Never across a line break.
            if doc
                .line_tokens
                .iter()
                .any(|r| r.contains(&a) && r.contains(&b))
            {
                tok_spans.push((a, b + 1, label));
            }
        }
    }
    tok_spans.sort();
    tok_spans.dedup_by(|b, a| b.0 < a.1);
    spans_to_tags(doc.tokens.len(), &tok_spans)
}

struct Weights {
    index: FxHashMap<u32, usize>,
    w: Vec<[i32; N_TAGS]>,
    u: Vec<[i64; N_TAGS]>,
    tw: [[i32; N_TAGS]; N_TAGS + 1],
    tu: [[i64; N_TAGS]; N_TAGS + 1],
    c: i64,
}

impl Weights {
    fn score(&self, feats: &[u32]) -> [i32; N_TAGS] {
        let mut s = [0; N_TAGS];
        for f in feats {
            if let Some(&k) = self.index.get(f) {
                for t in 0..N_TAGS {
                    s[t] += self.w[k][t];
                }
            }
        }
        s
    }
    fn update(&mut self, f: u32, t: usize, d: i32) {
        let n = self.w.len();
        let k = *self.index.entry(f).or_insert(n);
        if k == n {
            self.w.push([0; N_TAGS]);
            self.u.push([0; N_TAGS]);
        }
        self.w[k][t] += d;
        self.u[k][t] += self.c * d as i64;
    }
    fn averaged(&self, v: i32, u: i64) -> f64 {
        v as f64 - u as f64 / self.c as f64
    }
}

/// Averaged weights of one trained member: features and transitions.
type Averaged = (FxHashMap<u32, [f64; N_TAGS]>, [[f64; N_TAGS]; N_TAGS + 1]);

/// Strict span precision, recall and F1.
pub type Prf = (f64, f64, f64);

/// Trains the tagger and returns the `model.bin` bytes: `opts.ensemble`
/// perceptrons, each on its own shuffle of the data with its own held-out
/// fold for early stopping, their averaged weights averaged. `log`
/// receives one line per epoch (held-out figures of the member so far), each
/// member's best held-out figures (the tagger alone and the whole
/// recogniser), and the ensemble's figures on `dev` when it is not empty.
/// `dev` never steers training.
pub fn train_model(
    train: &[TrainExample],
    dev: &[TrainExample],
    opts: &TrainOptions,
    log: &mut dyn FnMut(&str),
) -> Vec<u8> {
    let mut rec = Recognizer::without_model();
    rec.lexicons.known = known_words(&rec, train, opts.known_min_count);
    let used = train
        .iter()
        .filter(|ex| ex.annotated || !opts.skip_unannotated)
        .count();
    log(&format!(
        "{used} of {} sentences used ({} left out as unannotated)",
        train.len(),
        train.len() - used
    ));
    // Held-out folds are cut from every sentence, so they are the same
    // whether unannotated ones are trained on or not; only annotated
    // sentences are scored.
    let data: Vec<(Prepared, &TrainExample)> = train
        .iter()
        .map(|ex| {
            let doc = Document::new(&ex.text);
            (
                Prepared {
                    gold: gold_tags(&doc, &ex.spans),
                    text: ex.text.clone(),
                },
                ex,
            )
        })
        .collect();
    let members = opts.ensemble.max(1);
    let mut sum: FxHashMap<u32, [f64; N_TAGS]> = FxHashMap::default();
    let mut tsum = [[0.0; N_TAGS]; N_TAGS + 1];
    let mut held_sum = [0.0f64; 6];
    let mut held_n = 0usize;
    for member in 0..members {
        let seed = opts.seed.wrapping_add(7919 * member as u64);
        let fold = (opts.folds >= 2).then_some(member % opts.folds);
        let in_fold = |k: usize| fold.is_some_and(|f| (k / FOLD_BLOCK) % opts.folds == f);
        let fit: Vec<&Prepared> = data
            .iter()
            .enumerate()
            .filter(|(k, d)| !in_fold(*k) && (d.1.annotated || !opts.skip_unannotated))
            .map(|(_, d)| &d.0)
            .collect();
        let held: Vec<TrainExample> = data
            .iter()
            .enumerate()
            .filter(|(k, d)| in_fold(*k) && d.1.annotated)
            .map(|(_, d)| d.1.clone())
            .collect();
        let (w, t, best_epoch) = train_member(&rec, &fit, &held, opts, seed, &mut |line| {
            log(&format!("member {}: {line}", member + 1))
        });
        if !held.is_empty() {
            let bytes = serialize(&(w.clone(), t), &rec, opts);
            let m = Model::from_bytes(&bytes).expect("a model just written reads back");
            let tagger = evaluate(&rec, &m, &held);
            let whole = evaluate_pipeline(&bytes, &held).unwrap_or_default();
            log(&format!(
                "member {}: best epoch {best_epoch}; held-out fold {}: tagger P {:.3} R {:.3} F1 {:.3}; recogniser P {:.3} R {:.3} F1 {:.3}",
                member + 1,
                fold.unwrap_or(0) + 1,
                tagger.0, tagger.1, tagger.2, whole.0, whole.1, whole.2
            ));
            for (k, v) in [tagger.0, tagger.1, tagger.2, whole.0, whole.1, whole.2]
                .into_iter()
                .enumerate()
            {
                held_sum[k] += v;
            }
            held_n += 1;
        }
        for (f, a) in w {
            let e = sum.entry(f).or_insert([0.0; N_TAGS]);
            for k in 0..N_TAGS {
                e[k] += a[k] / members as f64;
            }
        }
        for p in 0..=N_TAGS {
            for k in 0..N_TAGS {
                tsum[p][k] += t[p][k] / members as f64;
            }
        }
    }
    if held_n > 0 {
        let h: Vec<f64> = held_sum.iter().map(|v| v / held_n as f64).collect();
        log(&format!(
            "held-out folds, mean of {held_n} members: tagger P {:.3} R {:.3} F1 {:.3}; recogniser P {:.3} R {:.3} F1 {:.3}",
            h[0], h[1], h[2], h[3], h[4], h[5]
        ));
    }
    let bytes = serialize(&(sum, tsum), &rec, opts);
    if !dev.is_empty() {
        let m = Model::from_bytes(&bytes).expect("a model just written reads back");
        let (p, r, f) = evaluate(&rec, &m, dev);
        let (wp, wr, wf) = evaluate_pipeline(&bytes, dev).unwrap_or_default();
        log(&format!(
            "ensemble of {members}: {} bytes; dev tagger P {p:.3} R {r:.3} F1 {f:.3}; dev recogniser P {wp:.3} R {wr:.3} F1 {wf:.3}",
            bytes.len()
        ));
    }
    bytes
}

/// One averaged perceptron, trained with the shuffles of `seed`; with a
/// held-out set, the averaged weights of its best epoch there (and that
/// epoch), else those after `opts.epochs` passes.
fn train_member(
    rec: &Recognizer,
    data: &[&Prepared],
    held: &[TrainExample],
    opts: &TrainOptions,
    seed: u64,
    log: &mut dyn FnMut(&str),
) -> (
    FxHashMap<u32, [f64; N_TAGS]>,
    [[f64; N_TAGS]; N_TAGS + 1],
    usize,
) {
    let mut rng = Rng(seed.max(1));
    let mut wts = Weights {
        index: FxHashMap::default(),
        w: Vec::new(),
        u: Vec::new(),
        tw: [[0; N_TAGS]; N_TAGS + 1],
        tu: [[0; N_TAGS]; N_TAGS + 1],
        c: 1,
    };
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut feats: Vec<Vec<u32>> = Vec::new();
    let mut best: Option<(f64, usize, Averaged)> = None;
    for epoch in 0..opts.epochs {
        // Fisher-Yates with the fixed seed.
        for i in (1..order.len()).rev() {
            let j = (rng.next() % (i as u64 + 1)) as usize;
            order.swap(i, j);
        }
        let (mut wrong, mut total) = (0usize, 0usize);
        for &k in &order {
            let ex = data[k];
            let doc = rec.prepare(&ex.text);
            let mut facts = TokenFacts::new(&doc, &rec.lexicons);
            rec.kb_codes(&doc, &mut facts, &mut |_| rng.unit() >= opts.kb_dropout);
            feats.clear();
            let mut em = Vec::with_capacity(doc.tokens.len());
            for range in &doc.line_tokens {
                for i in range.clone() {
                    let mut f = Vec::with_capacity(48);
                    all_features(&doc, &facts, range.clone(), i, &mut f);
                    em.push(wts.score(&f));
                    feats.push(f);
                }
            }
            // `prepare` splits glued words, so gold tags are recomputed on
            // its tokens when the count changed.
            let gold: Vec<u8> = if doc.tokens.len() == ex.gold.len() {
                ex.gold.clone()
            } else {
                let plain = Document::new(&ex.text);
                let spans = model::spans(&ex.gold, &plain.line_tokens);
                let byte_spans: Vec<(usize, usize, EntityLabel)> = spans
                    .into_iter()
                    .map(|(a, b, l)| (plain.tokens[a].start, plain.tokens[b - 1].end, l))
                    .collect();
                gold_tags(&doc, &byte_spans)
            };
            let mut pred = vec![0u8; doc.tokens.len()];
            for range in &doc.line_tokens {
                viterbi(&em[range.clone()], &wts.tw, &mut pred[range.clone()]);
            }
            total += gold.len();
            if pred != gold {
                for range in &doc.line_tokens {
                    for i in range.clone() {
                        let (g, p) = (gold[i] as usize, pred[i] as usize);
                        let gp = if i == range.start {
                            N_TAGS
                        } else {
                            gold[i - 1] as usize
                        };
                        let pp = if i == range.start {
                            N_TAGS
                        } else {
                            pred[i - 1] as usize
                        };
                        if g != p {
                            wrong += 1;
                            for fi in 0..feats[i].len() {
                                let f = feats[i][fi];
                                wts.update(f, g, 1);
                                wts.update(f, p, -1);
                            }
                        }
                        if (gp, g) != (pp, p) {
                            wts.tw[gp][g] += 1;
                            wts.tu[gp][g] += wts.c;
                            wts.tw[pp][p] -= 1;
                            wts.tu[pp][p] -= wts.c;
                        }
                    }
                }
            }
            wts.c += 1;
        }
        let avg = averaged(&wts);
        let mut line = format!(
            "epoch {}: train token error {:.4}, {} features",
            epoch + 1,
            wrong as f64 / total.max(1) as f64,
            wts.w.len(),
        );
        if held.is_empty() {
            log(&line);
            if epoch + 1 == opts.epochs {
                return (avg.0, avg.1, epoch + 1);
            }
            continue;
        }
        let bytes = serialize(&avg, rec, opts);
        let m = Model::from_bytes(&bytes).expect("a model just written reads back");
        let (p, r, f) = evaluate(rec, &m, held);
        line.push_str(&format!("; held-out tagger P {p:.3} R {r:.3} F1 {f:.3}"));
        log(&line);
        if best.as_ref().is_none_or(|b| f > b.0) {
            best = Some((f, epoch + 1, avg));
        } else if best
            .as_ref()
            .is_some_and(|b| epoch + 1 - b.1 >= opts.patience)
        {
            break;
        }
    }
    match best {
        Some((_, epoch, avg)) => (avg.0, avg.1, epoch),
        None => {
            let avg = averaged(&wts);
            (avg.0, avg.1, opts.epochs)
        }
    }
}

fn averaged(wts: &Weights) -> Averaged {
    let w = wts
        .index
        .iter()
        .map(|(&f, &k)| {
            let mut a = [0.0; N_TAGS];
            for t in 0..N_TAGS {
                a[t] = wts.averaged(wts.w[k][t], wts.u[k][t]);
            }
            (f, a)
        })
        .collect();
    let mut t = [[0.0; N_TAGS]; N_TAGS + 1];
    for p in 0..=N_TAGS {
        for k in 0..N_TAGS {
            t[p][k] = wts.averaged(wts.tw[p][k], wts.tu[p][k]);
        }
    }
    (w, t)
}

/// Strict span P/R/F1 of the model alone (PER/LOC/ORG) on `dev`.
pub fn evaluate_model(model_bytes: &[u8], dev: &[TrainExample]) -> Option<(f64, f64, f64)> {
    let mut rec = Recognizer::without_model();
    let mut m = Model::from_bytes(model_bytes)?;
    rec.lexicons.known = std::mem::take(&mut m.known);
    Some(evaluate(&rec, &m, dev))
}

/// Strict span P/R/F1 of the whole recogniser (knowledge base, tagger and
/// resolution, PER/LOC/ORG) with the model `model_bytes` on `examples`:
/// what `newsmark eval entities --labels PER,LOC,ORG` measures.
pub fn evaluate_pipeline(model_bytes: &[u8], examples: &[TrainExample]) -> Option<Prf> {
    let mut rec = Recognizer::without_model();
    let mut m = Model::from_bytes(model_bytes)?;
    rec.lexicons.known = std::mem::take(&mut m.known);
    rec.model = Some(m);
    let (mut tp, mut np, mut ng) = (0usize, 0usize, 0usize);
    let options = crate::annotation::Options::default();
    for ex in examples {
        let doc = Document::new(&ex.text);
        let (found, _) = rec.recognize(&doc, &[], &options);
        let pred: FxHashSet<(usize, usize, EntityLabel)> = found
            .into_iter()
            .filter(|e| e.label.is_named())
            .map(|e| (e.start, e.end, e.label))
            .collect();
        let gold: FxHashSet<(usize, usize, EntityLabel)> = ex.spans.iter().copied().collect();
        tp += pred.intersection(&gold).count();
        np += pred.len();
        ng += gold.len();
    }
    Some(prf(tp, np, ng))
}

fn prf(tp: usize, np: usize, ng: usize) -> Prf {
    let p = tp as f64 / np.max(1) as f64;
    let r = tp as f64 / ng.max(1) as f64;
    (
        p,
        r,
        if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        },
    )
}

fn evaluate(rec: &Recognizer, m: &Model, dev: &[TrainExample]) -> (f64, f64, f64) {
    let (mut tp, mut np, mut ng) = (0usize, 0usize, 0usize);
    for ex in dev {
        let doc = rec.prepare(&ex.text);
        let mut facts = TokenFacts::new(&doc, &rec.lexicons);
        rec.kb_codes(&doc, &mut facts, &mut |_| true);
        let pred: FxHashSet<(usize, usize, EntityLabel)> = m
            .find(&doc, &facts)
            .spans
            .into_iter()
            .map(|s| {
                (
                    doc.tokens[s.first].start,
                    doc.tokens[s.end - 1].end,
                    s.label,
                )
            })
            .collect();
        let gold: FxHashSet<(usize, usize, EntityLabel)> = ex.spans.iter().copied().collect();
        tp += pred.intersection(&gold).count();
        np += pred.len();
        ng += gold.len();
    }
    prf(tp, np, ng)
}

fn serialize(avg: &Averaged, rec: &Recognizer, opts: &TrainOptions) -> Vec<u8> {
    // Averaged weights, scaled so the largest magnitude (bar outliers) is 127.
    let (weights, trans) = avg;
    let avg: Vec<(u32, [f64; N_TAGS])> = weights.iter().map(|(&f, &a)| (f, a)).collect();
    let mut mags: Vec<f64> = avg
        .iter()
        .flat_map(|(_, a)| a.iter().map(|v| v.abs()))
        .filter(|v| *v > 0.0)
        .collect();
    mags.sort_by(|a, b| a.total_cmp(b));
    let top = mags
        .get(mags.len().saturating_sub(1 + mags.len() / 2000))
        .copied()
        .unwrap_or(1.0)
        .max(1e-9);
    let scale = 127.0 / top;
    let mut rows: Vec<(u32, [i8; N_TAGS])> = avg
        .into_iter()
        .filter_map(|(f, a)| {
            let mut q = [0i8; N_TAGS];
            for t in 0..N_TAGS {
                let v = (a[t] * scale).round().clamp(-127.0, 127.0) as i32;
                q[t] = if v.abs() >= opts.min_weight {
                    v as i8
                } else {
                    0
                };
            }
            q.iter().any(|&v| v != 0).then_some((f, q))
        })
        .collect();
    rows.sort_by_key(|r| r.0);
    let mut out = Vec::new();
    out.extend_from_slice(model::MAGIC);
    out.extend_from_slice(&rec.data_hash().to_le_bytes());
    out.push(N_TAGS as u8);
    for p in 0..=N_TAGS {
        for t in 0..N_TAGS {
            let v = (trans[p][t] * scale).round().clamp(-32767.0, 32767.0) as i16;
            out.extend_from_slice(&v.to_le_bytes());
        }
    }
    model::write_varint(&mut out, rows.len() as u64);
    let mut prev = 0u64;
    for (f, q) in &rows {
        model::write_varint(&mut out, *f as u64 - prev);
        prev = *f as u64;
        let mask = q
            .iter()
            .enumerate()
            .fold(0u8, |m, (t, &v)| if v != 0 { m | 1 << t } else { m });
        out.push(mask);
        for &v in q.iter().filter(|&&v| v != 0) {
            out.push(v as u8);
        }
    }
    let mut known: Vec<u32> = rec.lexicons.known.iter().copied().collect();
    known.sort_unstable();
    model::write_varint(&mut out, known.len() as u64);
    let mut prev = 0u64;
    for h in known {
        model::write_varint(&mut out, h as u64 - prev);
        prev = h as u64;
    }
    out
}

/// Hashes of the folded words seen at least `min` times in the training
/// text outside the names marked in it: the ordinary words.
fn known_words(rec: &Recognizer, train: &[TrainExample], min: usize) -> FxHashSet<u32> {
    let mut counts: FxHashMap<u32, usize> = FxHashMap::default();
    for ex in train {
        let doc = Document::new(&ex.text);
        let facts = TokenFacts::new(&doc, &rec.lexicons);
        for (i, t) in doc.tokens.iter().enumerate() {
            let in_name = ex.spans.iter().any(|&(s, e, _)| t.start < e && s < t.end);
            if t.is_word() && !in_name {
                *counts.entry(facts.word_hash[i]).or_default() += 1;
            }
        }
    }
    counts
        .into_iter()
        .filter(|&(_, c)| c >= min)
        .map(|(h, _)| h)
        .collect()
}
