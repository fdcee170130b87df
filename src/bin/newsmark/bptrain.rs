//! `newsmark train-boilerplate`: trains the boilerplate line model on the
//! shared data (read in place, never copied), reports k-fold
//! cross-validated figures by document next to the in-sample ones, and with
//! `--write` regenerates `src/boilerplate/data/weights-text.tsv` (or
//! `weights-html.tsv` with `--html`). `--out DIR` writes each document's
//! held-out kept text (`<id>.txt`, for the shared scorer) and why each line
//! went the way it did (`<id>.explain`); `--explain ID` prints the latter
//! for one document; `--blocks DIR` (HTML mode) also scores the held-out
//! models on the blocks the browser made of each page (`<id>.json`, the
//! `{text, blocks}` of www/src/html-blocks.js).
//!
//! Training labels: a line of a dev document is content when the shared
//! scorer would call it gold (`score_text.py`'s `line_counts`: inside the
//! gold text, or equal to a gold line when it has under three tokens), and
//! a repeat beyond the gold's own count is boilerplate; seed lines take
//! their gold label. Lines without tokens are not trained on.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::path::Path;

use newsmark::boilerplate_training::{self as bt, Doc, Params, Trained};
use newsmark::{BlockHint, LineLabel, OffsetUnit};

use crate::args::Args;
use crate::score::{self, norm_line, DocScore, GoldLines};

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Group {
    Sh,
    Hi,
    Seeds,
}

struct Item {
    id: String,
    group: Group,
    text: String,
    blocks: Option<Vec<BlockHint>>,
    /// Dev documents: the gold article text.
    gold: Option<String>,
    /// Seeds: the gold label of each line (by line index).
    labels: Vec<Option<bool>>,
}

const SWITCH_GRID: [f32; 7] = [0.0, 0.5, 1.0, 1.5, 2.0, 3.0, 4.0];

pub(crate) fn run(args: &mut Args) -> Result<(), String> {
    let shared = args.required("--shared")?;
    let html = args.flag("--html");
    let write = args.flag("--write");
    let out_dir = args.value("--out")?;
    let explain = args.value("--explain")?;
    // HTML mode: also score the models on blocks the browser made
    // (`<id>.json` with `{text, blocks}` from www/src/html-blocks.js,
    // UTF-16 offsets), to check that its reading of a page matches this
    // one's.
    let browser_blocks = args.value("--blocks")?;
    let folds: usize = args
        .value("--folds")?
        .map_or(Ok(5), |v| v.parse().map_err(|e| format!("--folds: {e}")))?;
    let mut params = Params::default();
    if let Some(v) = args.value("--epochs")? {
        params.epochs = v.parse().map_err(|e| format!("--epochs: {e}"))?;
    }
    if let Some(v) = args.value("--l2")? {
        params.l2 = v.parse().map_err(|e| format!("--l2: {e}"))?;
    }
    if let Some(v) = args.value("--lr")? {
        params.learning_rate = v.parse().map_err(|e| format!("--lr: {e}"))?;
    }
    let fixed_switch: Option<f32> = args
        .value("--switch")?
        .map(|v| v.parse().map_err(|e| format!("--switch: {e}")))
        .transpose()?;
    args.finish()?;

    let items = load(Path::new(&shared), html)?;
    let browser_items = match &browser_blocks {
        Some(dir) => Some(load_browser_blocks(&items, Path::new(dir))?),
        None => None,
    };
    let docs: Vec<Doc> = items
        .iter()
        .map(|it| Doc {
            text: it.text.clone(),
            blocks: it.blocks.clone(),
            labels: labels_of(it),
        })
        .collect();
    eprintln!(
        "{} documents ({} mode), {folds}-fold cross-validation by document",
        docs.len(),
        if html { "html" } else { "text" }
    );
    let grid: Vec<f32> = fixed_switch.map_or(SWITCH_GRID.to_vec(), |s| vec![s]);

    // Cross-validation: fold k holds out every document whose index is k mod folds.
    let mut cv: Vec<Vec<Option<DocResult>>> =
        vec![(0..items.len()).map(|_| None).collect(); grid.len()];
    for k in 0..folds {
        let train: Vec<&Doc> = docs
            .iter()
            .enumerate()
            .filter(|(i, _)| i % folds != k)
            .map(|(_, d)| d)
            .collect();
        let train: Vec<Doc> = train.into_iter().map(clone_doc).collect();
        let mut model = bt::train(&train, html, &params);
        for (g, &c) in grid.iter().enumerate() {
            model.set_switch_cost(c);
            for (i, it) in items.iter().enumerate().filter(|(i, _)| i % folds == k) {
                cv[g][i] = Some(evaluate(&model, it));
            }
        }
    }
    let mut report = String::new();
    let mut best = (f64::MIN, 0usize);
    for (g, &c) in grid.iter().enumerate() {
        let results: Vec<DocResult> = cv[g]
            .iter()
            .map(|r| r.clone().expect("every document is held out once"))
            .collect();
        let summary = summarise(&items, &results);
        let objective = summary.objective();
        let _ = writeln!(report, "# cv switch={c:.1}: {}", summary.line());
        if objective > best.0 {
            best = (objective, g);
        }
    }
    let switch = grid[best.1];
    if let Some(browser) = &browser_items {
        // The same folds, scored on the browser's blocks.
        let mut results: Vec<Option<DocResult>> = (0..browser.len()).map(|_| None).collect();
        for (k, m) in fold_models(&docs, folds, html, &params, switch)
            .iter()
            .enumerate()
        {
            for (i, it) in browser.iter().enumerate().filter(|(i, _)| i % folds == k) {
                results[i] = Some(evaluate(m, it));
            }
        }
        let results: Vec<DocResult> = results.into_iter().flatten().collect();
        let _ = writeln!(
            report,
            "# cv on the browser's blocks, switch={switch:.1}: {}",
            summarise(browser, &results).line()
        );
    }
    if let Some(dir) = &out_dir {
        // The held-out kept text of every document, at the chosen switch
        // cost, for inspection with the shared scorer.
        std::fs::create_dir_all(dir).map_err(|e| format!("{dir}: {e}"))?;
        let models = fold_models(&docs, folds, html, &params, switch);
        for (i, it) in items.iter().enumerate() {
            let kept = models[i % folds]
                .annotate(&it.text, it.blocks.as_deref())
                .clean_text(&it.text);
            let path = Path::new(dir).join(format!("{}.txt", it.id.trim_matches('"')));
            std::fs::write(&path, kept).map_err(|e| format!("{}: {e}", path.display()))?;
            // ...and why: each line's held-out score, label and features.
            let path = Path::new(dir).join(format!("{}.explain", it.id.trim_matches('"')));
            std::fs::write(&path, explain_doc(&models[i % folds], it))
                .map_err(|e| format!("{}: {e}", path.display()))?;
        }
    }
    params.switch_cost = switch;
    let model = bt::train(
        &docs.iter().map(clone_doc).collect::<Vec<_>>(),
        html,
        &params,
    );
    let results: Vec<DocResult> = items.iter().map(|it| evaluate(&model, it)).collect();
    let in_sample = summarise(&items, &results);
    let _ = writeln!(report, "# chosen switch={switch:.1}");
    let _ = writeln!(report, "# in-sample: {}", in_sample.line());
    print!("{report}");
    if let Some(id) = explain {
        // Held-out scores of one document's lines, with their features.
        let i = items
            .iter()
            .position(|it| it.id.trim_matches('"') == id)
            .ok_or_else(|| format!("no document {id}"))?;
        let train: Vec<Doc> = docs
            .iter()
            .enumerate()
            .filter(|(j, _)| j % folds != i % folds)
            .map(|(_, d)| clone_doc(d))
            .collect();
        let mut m = bt::train(&train, html, &params);
        m.set_switch_cost(switch);
        print!("{}", explain_doc(&m, &items[i]));
    }
    if write {
        let file = if html {
            "src/boilerplate/data/weights-html.tsv"
        } else {
            "src/boilerplate/data/weights-text.tsv"
        };
        let header = format!(
            "# Boilerplate line model ({} mode): logistic-regression weights over the\n\
             # features of src/boilerplate/features.rs, and the Viterbi switch cost.\n\
             # Generated by `newsmark train-boilerplate --shared ../shared{} --write`\n\
             # ({} epochs, l2 {}, learning rate {}); do not edit.\n\
             # Trained on {} documents (shared/bench/boilerplate/dev{}).\n{report}",
            if html { "HTML" } else { "text" },
            if html { " --html" } else { "" },
            params.epochs,
            params.l2,
            params.learning_rate,
            docs.len(),
            if html {
                ""
            } else {
                " and shared/gold/seeds.jsonl"
            },
        );
        std::fs::write(file, model.to_tsv(&header)).map_err(|e| format!("{file}: {e}"))?;
        eprintln!("wrote {file}");
    }
    Ok(())
}

/// One line per line of `it`: gold (`G` content, `.` boilerplate), kept
/// (`K`) or dropped (`-`), the model's score, the reason, the text and the
/// line's own features.
fn explain_doc(m: &Trained, it: &Item) -> String {
    let a = m.annotate(&it.text, it.blocks.as_deref());
    let labels = labels_of(it);
    let mut out = String::new();
    for (((score, names), line), gold) in m
        .explain(&it.text, it.blocks.as_deref())
        .iter()
        .zip(&a.lines)
        .zip(&labels)
    {
        let g = match gold {
            Some(true) => 'G',
            Some(false) => '.',
            None => ' ',
        };
        let k = if line.label == LineLabel::Content {
            'K'
        } else {
            '-'
        };
        let text: String = it.text[line.start..line.end].chars().take(70).collect();
        let _ = writeln!(
            out,
            "{g}{k} {score:+6.2} {:?} | {text} | {names}",
            line.reason
        );
    }
    out
}

fn clone_doc(d: &Doc) -> Doc {
    Doc {
        text: d.text.clone(),
        blocks: d.blocks.clone(),
        labels: d.labels.clone(),
    }
}

/// The dev set (`*.raw.txt`, or `*.html` in HTML mode) and, in text mode,
/// the seeds.
fn load(shared: &Path, html: bool) -> Result<Vec<Item>, String> {
    let dev = shared.join("bench/boilerplate/dev");
    let read = |p: &Path| std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()));
    let mut ids: Vec<String> = std::fs::read_dir(&dev)
        .map_err(|e| format!("{}: {e}", dev.display()))?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter_map(|n| n.strip_suffix(".gold.txt").map(str::to_string))
        .collect();
    ids.sort();
    let mut items = Vec::new();
    for id in ids {
        let gold = read(&dev.join(format!("{id}.gold.txt")))?;
        let group = if id.starts_with("hi_") {
            Group::Hi
        } else {
            Group::Sh
        };
        let (text, blocks) = if html {
            let page = read(&dev.join(format!("{id}.html")))?;
            let (text, blocks) = newsmark::html::blocks(&page);
            (text, Some(blocks))
        } else {
            (read(&dev.join(format!("{id}.raw.txt")))?, None)
        };
        items.push(Item {
            id,
            group,
            text,
            blocks,
            gold: Some(gold),
            labels: Vec::new(),
        });
    }
    if !html {
        let path = shared.join("gold/seeds.jsonl");
        for (n, line) in read(&path)?
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
        {
            let d: score::JsonDoc = serde_json::from_str(line)
                .map_err(|e| format!("{}:{}: {e}", path.display(), n + 1))?;
            let text = d.text.clone().unwrap_or_default();
            let gold: HashMap<(usize, usize), bool> = d
                .lines
                .unwrap_or_default()
                .iter()
                .map(|l| ((l.start, l.end), l.label.as_deref() == Some("content")))
                .collect();
            let labels = codepoint_spans(&text)
                .iter()
                .map(|s| gold.get(s).copied())
                .collect();
            items.push(Item {
                id: d.id.to_string(),
                group: Group::Seeds,
                text,
                blocks: None,
                gold: None,
                labels,
            });
        }
    }
    Ok(items)
}

/// The dev documents as the browser read their pages: `<id>.json` in
/// `dir`, offsets converted from UTF-16 units to bytes (link lengths in
/// proportion).
fn load_browser_blocks(items: &[Item], dir: &Path) -> Result<Vec<Item>, String> {
    #[derive(serde::Deserialize)]
    struct Page {
        text: String,
        blocks: Vec<BlockHint>,
    }
    let mut out = Vec::new();
    for it in items.iter().filter(|it| it.gold.is_some()) {
        let path = dir.join(format!("{}.json", it.id));
        let raw = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let page: Page =
            serde_json::from_str(&raw).map_err(|e| format!("{}: {e}", path.display()))?;
        // UTF-16 offset -> byte offset.
        let mut byte_at = vec![0usize; page.text.encode_utf16().count() + 1];
        let (mut u, mut b) = (0, 0);
        for c in page.text.chars() {
            for k in 0..c.len_utf16() {
                byte_at[u + k] = b;
            }
            u += c.len_utf16();
            b += c.len_utf8();
        }
        byte_at[u] = b;
        let blocks = page
            .blocks
            .into_iter()
            .map(|mut h| {
                let (s, e) = (h.start.min(u), h.end.min(u));
                let units = (e - s).max(1);
                h.start = byte_at[s];
                h.end = byte_at[e];
                h.link_chars = h.link_chars * (h.end - h.start) / units;
                h
            })
            .collect();
        out.push(Item {
            id: it.id.clone(),
            group: it.group,
            text: page.text,
            blocks: Some(blocks),
            gold: it.gold.clone(),
            labels: Vec::new(),
        });
    }
    Ok(out)
}

/// The classifier's lines as code-point spans.
fn codepoint_spans(text: &str) -> Vec<(usize, usize)> {
    let mut cp = vec![0usize; text.len() + 1];
    let mut n = 0;
    for (b, c) in text.char_indices() {
        cp[b] = n;
        n += 1;
        for k in 1..c.len_utf8() {
            cp[b + k] = n;
        }
    }
    cp[text.len()] = n;
    bt::line_spans(text)
        .into_iter()
        .map(|(s, e)| (cp[s], cp[e]))
        .collect()
}

/// One model per cross-validation fold `k`, trained on the documents not in
/// it (`i % folds != k`), with the chosen switch cost.
fn fold_models(
    docs: &[Doc],
    folds: usize,
    html: bool,
    params: &Params,
    switch: f32,
) -> Vec<Trained> {
    (0..folds)
        .map(|k| {
            let train: Vec<Doc> = docs
                .iter()
                .enumerate()
                .filter(|(i, _)| i % folds != k)
                .map(|(_, d)| clone_doc(d))
                .collect();
            let mut m = bt::train(&train, html, params);
            m.set_switch_cost(switch);
            m
        })
        .collect()
}

/// Training labels of a document (see the module doc).
fn labels_of(it: &Item) -> Vec<Option<bool>> {
    let Some(gold) = &it.gold else {
        return it.labels.clone();
    };
    let gold = GoldLines::new(gold);
    let mut seen: HashMap<String, usize> = HashMap::new();
    bt::line_spans(&it.text)
        .into_iter()
        .map(|(s, e)| {
            let ln = norm_line(&it.text[s..e]);
            let is_gold = gold.is_gold(&ln)?;
            if !is_gold {
                return Some(false);
            }
            let k = seen.entry(ln.clone()).or_insert(0);
            *k += 1;
            Some(*k <= gold.flat.matches(ln.as_str()).count().max(1))
        })
        .collect()
}

#[derive(Clone)]
enum DocResult {
    Dev(BTreeMap<&'static str, DocScore>),
    /// Seeds: boilerplate-line counts (tp, fp, fn).
    Seed(f64, f64, f64),
}

fn evaluate(model: &Trained, it: &Item) -> DocResult {
    let a = model.annotate(&it.text, it.blocks.as_deref());
    match &it.gold {
        Some(gold) => DocResult::Dev(score::score_doc(
            &a.clean_text(&it.text),
            gold,
            Some(&it.text),
        )),
        None => {
            let (mut tp, mut fp, mut fn_) = (0.0, 0.0, 0.0);
            for (line, gold) in a.lines.iter().zip(&it.labels) {
                let Some(gold_content) = *gold else { continue };
                let pb = line.label == LineLabel::Boilerplate;
                tp += (pb && !gold_content) as u8 as f64;
                fp += (pb && gold_content) as u8 as f64;
                fn_ += (!pb && !gold_content) as u8 as f64;
            }
            DocResult::Seed(tp, fp, fn_)
        }
    }
}

/// A group's bag-of-words, 4-gram and line macro figures.
type GroupFigures = (
    Group,
    Option<score::Macro>,
    Option<score::Macro>,
    Option<score::Macro>,
);

struct Summary {
    groups: Vec<GroupFigures>,
    seeds_line_f1: Option<f64>,
}

impl Summary {
    /// What the switch cost is chosen by: the mean of the English and Hindi
    /// sh4 F1 and the seeds' boilerplate-line F1.
    fn objective(&self) -> f64 {
        let mut v: Vec<f64> = self
            .groups
            .iter()
            .filter_map(|g| g.2.map(|m| m.f1))
            .collect();
        v.extend(self.seeds_line_f1);
        v.iter().sum::<f64>() / v.len().max(1) as f64
    }

    fn line(&self) -> String {
        let mut s = String::new();
        for (g, bow, sh4, line) in &self.groups {
            let f =
                |m: &Option<score::Macro>| m.map_or("-".to_string(), |m| format!("{:.3}", m.f1));
            let _ = write!(s, "{g:?} sh4 {} bow {} line {}; ", f(sh4), f(bow), f(line));
        }
        if let Some(f) = self.seeds_line_f1 {
            let _ = write!(s, "seeds boilerplate-line {f:.3}");
        }
        s
    }
}

fn summarise(items: &[Item], results: &[DocResult]) -> Summary {
    let mut groups = Vec::new();
    for g in [Group::Sh, Group::Hi] {
        let docs: Vec<BTreeMap<&'static str, DocScore>> = items
            .iter()
            .zip(results)
            .filter(|(it, _)| it.group == g)
            .filter_map(|(_, r)| {
                if let DocResult::Dev(d) = r {
                    Some(d.clone())
                } else {
                    None
                }
            })
            .collect();
        if !docs.is_empty() {
            groups.push((
                g,
                score::macro_average(&docs, "bow"),
                score::macro_average(&docs, "sh4"),
                score::macro_average(&docs, "line"),
            ));
        }
    }
    let (mut tp, mut fp, mut fn_) = (0.0, 0.0, 0.0);
    let mut any = false;
    for r in results {
        if let DocResult::Seed(a, b, c) = r {
            any = true;
            tp += a;
            fp += b;
            fn_ += c;
        }
    }
    let seeds_line_f1 = any.then(|| score::prf(tp, fp, fn_).2);
    Summary {
        groups,
        seeds_line_f1,
    }
}

/// For `eval boilerplate --html`: the kept text of an HTML page and the
/// page's text (the "raw" lines the line metric reads).
pub(crate) fn html_kept(
    annotator: &newsmark::Annotator,
    options: &newsmark::Options,
    page: &str,
) -> Result<(String, String), String> {
    let (text, blocks) = newsmark::html::blocks(page);
    let a = annotator
        .annotate_blocks(&text, &blocks, OffsetUnit::Bytes, options)
        .map_err(|e| e.to_string())?;
    Ok((a.clean_text(&text), text))
}
