//! `newsmark train`: trains the entity tagger on a JSONL corpus
//! (`{"text", "entities": [{"start","end","label"}]}`, code-point offsets)
//! and writes the weights the library bundles.
//!
//! The bundled model is rebuilt with
//! `newsmark train --data ../shared/bench/ner/ilner_hi/train.jsonl --dev ../shared/bench/ner/ilner_hi/dev.jsonl --out src/entities/data/model.bin`.

use std::path::Path;
use std::time::Instant;

use newsmark::{train_model, EntityLabel, TrainExample, TrainOptions};

use crate::args::Args;

pub(crate) fn run(args: &mut Args) -> Result<(), String> {
    let data = args.required("--data")?;
    let dev = args.value("--dev")?;
    let out = args
        .value("--out")?
        .unwrap_or_else(|| "src/entities/data/model.bin".into());
    let mut opts = TrainOptions::default();
    let num = |v: Option<String>, name: &str| -> Result<Option<f64>, String> {
        v.map(|s| s.parse::<f64>().map_err(|e| format!("{name}: {e}")))
            .transpose()
    };
    if let Some(v) = num(args.value("--epochs")?, "--epochs")? {
        opts.epochs = v as usize;
    }
    if let Some(v) = num(args.value("--seed")?, "--seed")? {
        opts.seed = v as u64;
    }
    if let Some(v) = num(args.value("--kb-dropout")?, "--kb-dropout")? {
        opts.kb_dropout = v;
    }
    if let Some(v) = num(args.value("--min-weight")?, "--min-weight")? {
        opts.min_weight = v as i32;
    }
    if let Some(v) = num(args.value("--ensemble")?, "--ensemble")? {
        opts.ensemble = v as usize;
    }
    if let Some(v) = num(args.value("--folds")?, "--folds")? {
        opts.folds = v as usize;
    }
    if let Some(v) = num(args.value("--patience")?, "--patience")? {
        opts.patience = v as usize;
    }
    if args.flag("--skip-unannotated") {
        opts.skip_unannotated = true;
    }
    args.finish()?;
    let started = Instant::now();
    let train = read(Path::new(&data))?;
    let dev = match dev {
        Some(d) => read(Path::new(&d))?,
        None => Vec::new(),
    };
    eprintln!(
        "training on {} sentences ({} dev), {:?}",
        train.len(),
        dev.len(),
        opts
    );
    let bytes = train_model(&train, &dev, &opts, &mut |line| eprintln!("{line}"));
    std::fs::write(&out, &bytes).map_err(|e| format!("{out}: {e}"))?;
    eprintln!(
        "wrote {out}: {} bytes in {:.1}s",
        bytes.len(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// Reads the corpus, keeping PER, LOC and ORG spans (in bytes).
fn read(path: &Path) -> Result<Vec<TrainExample>, String> {
    let body = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut out = Vec::new();
    for (n, line) in body
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let v: serde_json::Value =
            serde_json::from_str(line).map_err(|e| format!("{}:{}: {e}", path.display(), n + 1))?;
        let text = v["text"]
            .as_str()
            .ok_or_else(|| format!("{}:{}: no text", path.display(), n + 1))?
            .to_string();
        // Code point -> byte offsets.
        let mut bytes: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        bytes.push(text.len());
        let mut spans = Vec::new();
        let all = v["entities"].as_array().map(Vec::as_slice).unwrap_or(&[]);
        for e in all {
            let label = match e["label"].as_str() {
                Some("PER") => EntityLabel::PER,
                Some("LOC") => EntityLabel::LOC,
                Some("ORG") => EntityLabel::ORG,
                _ => continue,
            };
            let (Some(s), Some(t)) = (e["start"].as_u64(), e["end"].as_u64()) else {
                continue;
            };
            if let (Some(&s), Some(&t)) = (bytes.get(s as usize), bytes.get(t as usize)) {
                if s < t {
                    spans.push((s, t, label));
                }
            }
        }
        out.push(TrainExample {
            text,
            spans,
            annotated: !all.is_empty(),
        });
    }
    Ok(out)
}
