//! The shared scorers, re-implemented so `newsmark eval` prints the same
//! figures as `shared/tools/score_text.py` and
//! `shared/tools/score_annotations.py`. Each function names the Python it
//! mirrors; keep them in step.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Precision, recall and F1 from counts (`prf` in score_annotations.py).
pub(crate) fn prf(tp: f64, fp: f64, fn_: f64) -> (f64, f64, f64) {
    let p = if tp + fp > 0.0 { tp / (tp + fp) } else { 0.0 };
    let r = if tp + fn_ > 0.0 { tp / (tp + fn_) } else { 0.0 };
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f)
}

// ---- score_text.py --------------------------------------------------------

/// `tokenize`: NFC, lower case, runs of `[\p{L}\p{M}\p{N}_]`.
fn text_tokens(text: &str) -> Vec<String> {
    let lowered: String = text.nfc().collect::<String>().to_lowercase();
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in lowered.chars() {
        if c.is_alphanumeric() || is_combining_mark(c) || c == '_' {
            cur.push(c);
        } else if !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// `ngrams` + `tp_fp_fn`: shingle multiset overlap, normalised by the total.
fn shingle_counts(pred: &[String], gold: &[String], n: usize) -> (f64, f64, f64) {
    fn grams(t: &[String], n: usize) -> HashMap<&[String], f64> {
        let mut m = HashMap::new();
        if t.is_empty() {
            return m;
        }
        let count = if t.len() >= n { t.len() - n + 1 } else { 1 };
        for i in 0..count {
            *m.entry(&t[i..(i + n).min(t.len())]).or_insert(0.0) += 1.0;
        }
        m
    }
    let (p, g) = (grams(pred, n), grams(gold, n));
    let (mut tp, mut fp, mut fn_) = (0.0, 0.0, 0.0);
    for (k, a) in &p {
        let b = g.get(k).copied().unwrap_or(0.0);
        tp += a.min(b);
        fp += (a - b).max(0.0);
    }
    for (k, b) in &g {
        let a = p.get(k).copied().unwrap_or(0.0);
        fn_ += (b - a).max(0.0);
    }
    let s = tp + fp + fn_;
    if s > 0.0 {
        (tp / s, fp / s, fn_ / s)
    } else {
        (0.0, 0.0, 0.0)
    }
}

#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct DocScore {
    pub tp: f64,
    pub fp: f64,
    pub fn_: f64,
    pub p: f64,
    pub r: f64,
}

impl DocScore {
    /// `_prec`/`_rec` with their edge cases.
    fn from_shingles((tp, fp, fn_): (f64, f64, f64)) -> DocScore {
        let p = if fp == 0.0 && fn_ == 0.0 {
            1.0
        } else if tp == 0.0 && fp == 0.0 {
            0.0
        } else {
            tp / (tp + fp)
        };
        let r = if fp == 0.0 && fn_ == 0.0 {
            1.0
        } else if tp == 0.0 && fn_ == 0.0 {
            0.0
        } else {
            tp / (tp + fn_)
        };
        DocScore { tp, fp, fn_, p, r }
    }
}

/// `norm_line`: NFC, no-break space to space, white space squeezed, trimmed.
pub(crate) fn norm_line(s: &str) -> String {
    let s: String = s
        .nfc()
        .map(|c| if c == '\u{a0}' { ' ' } else { c })
        .collect();
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The gold side of `line_counts`: which normalised raw lines belong to the
/// gold text (lines of 3 tokens or more anywhere inside it, shorter ones
/// only as a whole gold line).
pub(crate) struct GoldLines {
    pub flat: String,
    lines: BTreeSet<String>,
}

impl GoldLines {
    pub(crate) fn new(gold: &str) -> GoldLines {
        GoldLines {
            flat: norm_line(gold),
            lines: gold
                .split('\n')
                .map(norm_line)
                .filter(|l| !l.is_empty())
                .collect(),
        }
    }

    /// `None` for a line without tokens (not scored), else whether the
    /// normalised line `ln` is gold.
    pub(crate) fn is_gold(&self, ln: &str) -> Option<bool> {
        match text_tokens(ln).len() {
            0 => None,
            n if n >= 3 => Some(self.flat.contains(ln)),
            _ => Some(self.lines.contains(ln)),
        }
    }
}

/// `line_counts`: raw lines that are gold (inside the gold text) vs kept
/// (present in the prediction).
fn line_counts(pred: &str, gold: &str, raw: &str) -> (f64, f64, f64) {
    let gold = GoldLines::new(gold);
    let mut pred_lines: HashMap<String, i64> = HashMap::new();
    for l in pred.split('\n').map(norm_line).filter(|l| !l.is_empty()) {
        *pred_lines.entry(l).or_insert(0) += 1;
    }
    let (mut tp, mut fp, mut fn_) = (0.0, 0.0, 0.0);
    for ln in raw.split('\n') {
        let ln = norm_line(ln);
        let Some(is_gold) = gold.is_gold(&ln) else {
            continue;
        };
        let kept = pred_lines.get(&ln).copied().unwrap_or(0) > 0;
        if kept {
            *pred_lines.get_mut(&ln).unwrap() -= 1;
        }
        match (kept, is_gold) {
            (true, true) => tp += 1.0,
            (true, false) => fp += 1.0,
            (false, true) => fn_ += 1.0,
            _ => {}
        }
    }
    (tp, fp, fn_)
}

/// `score_doc`: bow (n = 1), sh4 (n = 4) and, with the raw text, lines.
pub(crate) fn score_doc(
    pred: &str,
    gold: &str,
    raw: Option<&str>,
) -> BTreeMap<&'static str, DocScore> {
    let (pt, gt) = (text_tokens(pred), text_tokens(gold));
    let mut out = BTreeMap::new();
    out.insert("bow", DocScore::from_shingles(shingle_counts(&pt, &gt, 1)));
    out.insert("sh4", DocScore::from_shingles(shingle_counts(&pt, &gt, 4)));
    if let Some(raw) = raw {
        let (tp, fp, fn_) = line_counts(pred, gold, raw);
        let p = if tp + fp > 0.0 {
            tp / (tp + fp)
        } else if fn_ == 0.0 {
            1.0
        } else {
            0.0
        };
        let r = if tp + fn_ > 0.0 { tp / (tp + fn_) } else { 1.0 };
        out.insert("line", DocScore { tp, fp, fn_, p, r });
    }
    out
}

#[derive(Debug, Clone, Copy, serde::Serialize)]
pub(crate) struct Macro {
    pub p: f64,
    pub r: f64,
    pub f1: f64,
    pub n: usize,
}

/// `macro`: mean precision over documents with predictions, mean recall
/// over documents with gold, F1 of the two means.
pub(crate) fn macro_average(docs: &[BTreeMap<&'static str, DocScore>], key: &str) -> Option<Macro> {
    let ps: Vec<f64> = docs
        .iter()
        .filter_map(|d| d.get(key))
        .filter(|s| s.tp + s.fp > 0.0)
        .map(|s| s.p)
        .collect();
    let rs: Vec<f64> = docs
        .iter()
        .filter_map(|d| d.get(key))
        .filter(|s| s.tp + s.fn_ > 0.0)
        .map(|s| s.r)
        .collect();
    if ps.is_empty() || rs.is_empty() {
        return None;
    }
    let p = ps.iter().sum::<f64>() / ps.len() as f64;
    let r = rs.iter().sum::<f64>() / rs.len() as f64;
    Some(Macro {
        p,
        r,
        f1: if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        },
        n: docs.len(),
    })
}

// ---- score_annotations.py -------------------------------------------------

/// `tokens`: Python's `[\w\u0900-\u097F]+`.
pub(crate) fn annotation_tokens(s: &str) -> Vec<&str> {
    let is_tok = |c: char| {
        (c.is_alphanumeric() && !is_combining_mark(c))
            || c == '_'
            || ('\u{0900}'..='\u{097F}').contains(&c)
    };
    s.split(|c: char| !is_tok(c))
        .filter(|t| !t.is_empty())
        .collect()
}

/// `norm`: case-folded, non-word characters removed.
pub(crate) fn norm_canonical(s: &str) -> String {
    s.to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric() && !is_combining_mark(*c))
        .collect()
}

/// A span in code points with a label, as the JSON files carry them.
#[derive(Debug, Clone, serde::Deserialize, serde::Serialize)]
pub(crate) struct JsonSpan {
    pub start: usize,
    pub end: usize,
    #[serde(default)]
    pub label: Option<String>,
    #[serde(default)]
    pub canonical: Option<String>,
}

#[derive(Debug, Clone, serde::Deserialize, serde::Serialize)]
pub(crate) struct JsonDoc {
    pub id: serde_json::Value,
    #[serde(default)]
    pub text: Option<String>,
    #[serde(default)]
    pub lines: Option<Vec<JsonSpan>>,
    #[serde(default)]
    pub junk: Option<Vec<JsonSpan>>,
    #[serde(default)]
    pub entities: Option<Vec<JsonSpan>>,
}

/// `kept_text`: content lines without junk, each followed by a newline.
fn kept_text(text: &[char], lines: &[&JsonSpan], junk: &[JsonSpan]) -> String {
    let mut junk: Vec<(usize, usize)> = junk.iter().map(|j| (j.start, j.end)).collect();
    junk.sort();
    let slice = |a: usize, b: usize| -> String {
        text[a.min(text.len())..b.min(text.len()).max(a.min(text.len()))]
            .iter()
            .collect()
    };
    let mut out = String::new();
    for l in lines {
        if l.label.as_deref() != Some("content") {
            continue;
        }
        let (s, e) = (l.start, l.end);
        let mut pos = s;
        for &(js, je) in &junk {
            if je <= s || js >= e {
                continue;
            }
            out.push_str(&slice(pos, pos.max(js)));
            pos = pos.max(je);
        }
        out.push_str(&slice(pos, e));
        out.push('\n');
    }
    out
}

/// `main` of score_annotations.py: the metrics, in its order.
pub(crate) fn score_annotations(
    gold: &[JsonDoc],
    pred: &[JsonDoc],
    labels: Option<&BTreeSet<String>>,
) -> Vec<(String, Metric)> {
    let key = |d: &JsonDoc| d.id.to_string();
    let pred: HashMap<String, &JsonDoc> = pred.iter().map(|d| (key(d), d)).collect();
    let gold_ids: Vec<String> = {
        // Later duplicates replace earlier ones, as in a Python dict.
        let mut seen = BTreeMap::new();
        for (i, d) in gold.iter().enumerate() {
            seen.insert(key(d), i);
        }
        let mut v: Vec<(usize, String)> = seen.into_iter().map(|(k, i)| (i, k)).collect();
        v.sort();
        v.into_iter().map(|(_, k)| k).collect()
    };
    let gold: HashMap<String, &JsonDoc> = gold.iter().map(|d| (key(d), d)).collect();
    let mut m: Vec<(String, Metric)> = vec![
        ("docs".into(), Metric::Count(gold_ids.len())),
        (
            "missing_docs".into(),
            Metric::Count(gold_ids.iter().filter(|i| !pred.contains_key(*i)).count()),
        ),
    ];
    // Boilerplate lines and kept-text bag of words.
    let (mut tp, mut fp, mut fn_) = (0.0, 0.0, 0.0);
    let mut bow: Vec<(f64, f64)> = Vec::new();
    let mut have_lines = false;
    for id in &gold_ids {
        let g = gold[id];
        let Some(p) = pred.get(id) else { continue };
        let (Some(plines), Some(glines)) = (&p.lines, &g.lines) else {
            continue;
        };
        have_lines = true;
        let plab: HashMap<(usize, usize), &str> = plines
            .iter()
            .map(|l| ((l.start, l.end), l.label.as_deref().unwrap_or("")))
            .collect();
        for l in glines {
            let gb = l.label.as_deref() == Some("boilerplate");
            let pb = plab.get(&(l.start, l.end)).copied().unwrap_or("content") == "boilerplate";
            tp += (gb && pb) as u8 as f64;
            fp += (pb && !gb) as u8 as f64;
            fn_ += (gb && !pb) as u8 as f64;
        }
        let text: Vec<char> = g.text.as_deref().unwrap_or("").chars().collect();
        let count = |s: &str| -> HashMap<String, f64> {
            let mut c = HashMap::new();
            for t in annotation_tokens(s) {
                *c.entry(t.to_string()).or_insert(0.0) += 1.0;
            }
            c
        };
        let gl: Vec<&JsonSpan> = glines.iter().collect();
        let gt = count(&kept_text(&text, &gl, g.junk.as_deref().unwrap_or(&[])));
        let mut pl: Vec<&JsonSpan> = plines.iter().collect();
        pl.sort_by_key(|l| l.start);
        let pt = count(&kept_text(&text, &pl, p.junk.as_deref().unwrap_or(&[])));
        if gt.is_empty() && pt.is_empty() {
            bow.push((1.0, 1.0));
            continue;
        }
        let ov: f64 = gt
            .iter()
            .map(|(k, v)| v.min(pt.get(k).copied().unwrap_or(0.0)))
            .sum();
        let (bp, br, _) = prf(
            ov,
            pt.values().sum::<f64>() - ov,
            gt.values().sum::<f64>() - ov,
        );
        bow.push((bp, br));
    }
    if have_lines {
        let (p_, r_, f_) = prf(tp, fp, fn_);
        m.push(("boilerplate_line_p".into(), Metric::Value(p_)));
        m.push(("boilerplate_line_r".into(), Metric::Value(r_)));
        m.push(("boilerplate_line_f1".into(), Metric::Value(f_)));
        if !bow.is_empty() {
            let mp = bow.iter().map(|b| b.0).sum::<f64>() / bow.len() as f64;
            let mr = bow.iter().map(|b| b.1).sum::<f64>() / bow.len() as f64;
            m.push(("kept_bow_p".into(), Metric::Value(mp)));
            m.push(("kept_bow_r".into(), Metric::Value(mr)));
            m.push((
                "kept_bow_f1".into(),
                Metric::Value(if mp + mr > 0.0 {
                    2.0 * mp * mr / (mp + mr)
                } else {
                    0.0
                }),
            ));
        }
    }
    // Entities (strict spans) and canonical tags.
    type Key = (String, usize, usize, String);
    let (mut g_set, mut p_set): (BTreeSet<Key>, BTreeSet<Key>) = Default::default();
    let (mut gc, mut pc): (
        BTreeSet<(String, String, String)>,
        BTreeSet<(String, String, String)>,
    ) = Default::default();
    let mut have_ents = false;
    let wanted = |l: &str| labels.is_none_or(|ls| ls.contains(l));
    let named = |l: &str| matches!(l, "PER" | "LOC" | "ORG");
    for id in &gold_ids {
        let g = gold[id];
        let Some(p) = pred.get(id) else { continue };
        let Some(pents) = &p.entities else { continue };
        have_ents = true;
        for (ents, set, tags) in [
            (g.entities.as_deref().unwrap_or(&[]), &mut g_set, &mut gc),
            (pents.as_slice(), &mut p_set, &mut pc),
        ] {
            for e in ents {
                let label = e.label.clone().unwrap_or_default();
                if !wanted(&label) {
                    continue;
                }
                set.insert((id.clone(), e.start, e.end, label.clone()));
                if let Some(c) = e.canonical.as_deref().filter(|c| !c.is_empty()) {
                    if named(&label) {
                        tags.insert((id.clone(), label.clone(), norm_canonical(c)));
                    }
                }
            }
        }
    }
    if have_ents {
        let inter = g_set.intersection(&p_set).count() as f64;
        let (p_, r_, f_) = prf(
            inter,
            p_set.len() as f64 - inter,
            g_set.len() as f64 - inter,
        );
        m.push(("entity_p".into(), Metric::Value(p_)));
        m.push(("entity_r".into(), Metric::Value(r_)));
        m.push(("entity_f1".into(), Metric::Value(f_)));
        let all_labels: BTreeSet<&String> =
            g_set.iter().chain(p_set.iter()).map(|x| &x.3).collect();
        for lab in all_labels {
            let g1: BTreeSet<&Key> = g_set.iter().filter(|x| &x.3 == lab).collect();
            let p1: BTreeSet<&Key> = p_set.iter().filter(|x| &x.3 == lab).collect();
            let i = g1.intersection(&p1).count() as f64;
            m.push((
                format!("entity_f1_{lab}"),
                Metric::Value(prf(i, p1.len() as f64 - i, g1.len() as f64 - i).2),
            ));
        }
        if !gc.is_empty() {
            let i = gc.intersection(&pc).count() as f64;
            let (p_, r_, f_) = prf(i, pc.len() as f64 - i, gc.len() as f64 - i);
            m.push(("tag_p".into(), Metric::Value(p_)));
            m.push(("tag_r".into(), Metric::Value(r_)));
            m.push(("tag_f1".into(), Metric::Value(f_)));
        }
    }
    m
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Metric {
    Count(usize),
    Value(f64),
}

impl std::fmt::Display for Metric {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Metric::Count(n) => write!(f, "{n}"),
            Metric::Value(v) => write!(f, "{v:.3}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_tokens_keep_devanagari_marks_inside_words() {
        assert_eq!(text_tokens("हिन्दी News, २०२४!"), ["हिन्दी", "news", "२०२४"]);
    }

    #[test]
    fn short_documents_make_one_short_shingle() {
        let t = text_tokens("a b");
        assert_eq!(shingle_counts(&t, &t, 4), (1.0, 0.0, 0.0));
    }

    #[test]
    fn annotation_tokens_include_the_danda() {
        // The Python class covers the whole Devanagari block, danda included.
        assert_eq!(annotation_tokens("है। ok"), ["है।", "ok"]);
    }

    #[test]
    fn canonical_names_compare_without_punctuation_or_case() {
        assert_eq!(
            norm_canonical("S. Jaishankar"),
            norm_canonical("s jaishankar")
        );
    }
}
