//! `newsmark eval`: runs the annotator over evaluation data read from the
//! shared folder (never copied into the project) and prints the figures of
//! the shared scorers.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use newsmark::OffsetUnit;

use crate::args::Args;
use crate::io::{labels, Setup};
use crate::score::{self, JsonDoc, Macro, Metric};

const WEIGHTS_TEXT: &str = include_str!("../../boilerplate/data/weights-text.tsv");
const WEIGHTS_HTML: &str = include_str!("../../boilerplate/data/weights-html.tsv");

pub(crate) fn run(args: &mut Args) -> Result<(), String> {
    match args.command().as_deref() {
        Some("boilerplate") => {
            let set = PathBuf::from(args.required("--set")?);
            let out = PathBuf::from(
                args.value("--out")?
                    .unwrap_or_else(|| ".eval/boilerplate".into()),
            );
            let prefix = args.value("--prefix")?.unwrap_or_default();
            let html = args.flag("--html");
            let setup = Setup::from_args(args)?;
            args.finish()?;
            let result = boilerplate(&setup, &set, &out, &prefix, html)?;
            // In score_text.py's order.
            let ordered: serde_json::Map<String, serde_json::Value> = ["bow", "sh4", "line"]
                .into_iter()
                .map(|k| {
                    (
                        k.to_string(),
                        serde_json::to_value(result[k]).unwrap_or_default(),
                    )
                })
                .collect();
            println!(
                "{}",
                serde_json::to_string_pretty(&ordered).map_err(|e| e.to_string())?
            );
            eprintln!("kept text written to {}", out.display());
            Ok(())
        }
        Some(which @ ("annotations" | "entities")) => {
            let gold = args.required("--gold")?;
            let pred_out = args.value("--pred-out")?;
            let labels = labels(args)?;
            let setup = Setup::from_args(args)?;
            args.finish()?;
            let wanted: Option<BTreeSet<String>> = (!labels.is_empty())
                .then(|| labels.iter().map(|l| l.as_str().to_string()).collect());
            let metrics = annotations(
                &setup,
                Path::new(&gold),
                wanted.as_ref(),
                pred_out.as_deref().map(Path::new),
            )?;
            for (k, v) in metrics {
                if which == "entities"
                    && !(k.starts_with("entity") || k.starts_with("tag") || k.ends_with("docs"))
                {
                    continue;
                }
                println!("{k}\t{v}");
            }
            Ok(())
        }
        Some("all") => {
            let shared = PathBuf::from(args.required("--shared")?);
            let write = args.value("--write")?;
            let setup = Setup::from_args(args)?;
            args.finish()?;
            let table = all(&setup, &shared)?;
            print!("{table}");
            if let Some(path) = write {
                std::fs::write(&path, &table).map_err(|e| format!("{path}: {e}"))?;
                eprintln!("wrote {path}");
            }
            Ok(())
        }
        other => Err(format!(
            "eval needs boilerplate, annotations, entities or all, not {other:?}"
        )),
    }
}

/// Annotates every `<id>.raw.txt` of `set`, writes `<id>.txt` kept text to
/// `out`, and scores the folder like `score_text.py --set --pred`. With
/// `html`, annotates `<id>.html` through its block hints instead (the line
/// metric then reads the page's text as the raw lines).
fn boilerplate(
    setup: &Setup,
    set: &Path,
    out: &Path,
    prefix: &str,
    html: bool,
) -> Result<BTreeMap<&'static str, Option<Macro>>, String> {
    std::fs::create_dir_all(out).map_err(|e| format!("{}: {e}", out.display()))?;
    let mut names: Vec<String> = std::fs::read_dir(set)
        .map_err(|e| format!("{}: {e}", set.display()))?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".gold.txt") && n.starts_with(prefix))
        .collect();
    names.sort();
    if names.is_empty() {
        return Err(format!("no {prefix}*.gold.txt in {}", set.display()));
    }
    let read =
        |p: PathBuf| std::fs::read_to_string(&p).map_err(|e| format!("{}: {e}", p.display()));
    let mut docs = Vec::new();
    for name in names {
        let id = &name[..name.len() - ".gold.txt".len()];
        let gold = read(set.join(&name))?;
        let (kept, raw) = if html {
            let page = read(set.join(format!("{id}.html")))?;
            let (kept, text) = crate::bptrain::html_kept(&setup.annotator, &setup.options, &page)?;
            (kept, Some(text))
        } else {
            let raw_path = set.join(format!("{id}.raw.txt"));
            let raw = raw_path.exists().then(|| read(raw_path)).transpose()?;
            let kept = match &raw {
                Some(raw) => setup.annotate(raw)?.clean_text(raw),
                None => String::new(),
            };
            (kept, raw)
        };
        std::fs::write(out.join(format!("{id}.txt")), &kept).map_err(|e| e.to_string())?;
        docs.push(score::score_doc(&kept, &gold, raw.as_deref()));
    }
    Ok(["bow", "sh4", "line"]
        .into_iter()
        .map(|k| (k, score::macro_average(&docs, k)))
        .collect())
}

/// Annotates the texts of a gold JSONL file and scores them like
/// `score_annotations.py`.
fn annotations(
    setup: &Setup,
    gold_path: &Path,
    labels: Option<&BTreeSet<String>>,
    pred_out: Option<&Path>,
) -> Result<Vec<(String, Metric)>, String> {
    let body =
        std::fs::read_to_string(gold_path).map_err(|e| format!("{}: {e}", gold_path.display()))?;
    let mut gold = Vec::new();
    for (n, line) in body
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        gold.push(
            serde_json::from_str::<JsonDoc>(line)
                .map_err(|e| format!("{}:{}: {e}", gold_path.display(), n + 1))?,
        );
    }
    let mut pred = Vec::with_capacity(gold.len());
    for g in &gold {
        let text = g
            .text
            .as_deref()
            .ok_or_else(|| format!("{}: document {} has no text", gold_path.display(), g.id))?;
        let a = setup.annotate(text)?.to_unit(text, OffsetUnit::Codepoints);
        let json = serde_json::json!({"id": g.id, "lines": a.lines, "junk": a.junk, "entities": a.entities});
        pred.push(serde_json::from_value::<JsonDoc>(json).map_err(|e| e.to_string())?);
    }
    if let Some(path) = pred_out {
        let mut s = String::new();
        for p in &pred {
            s.push_str(&serde_json::to_string(p).map_err(|e| e.to_string())?);
            s.push('\n');
        }
        std::fs::write(path, s).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(score::score_annotations(&gold, &pred, labels))
}

/// Every evaluation, as the Markdown results table kept in the repository.
fn all(setup: &Setup, shared: &Path) -> Result<String, String> {
    let mut t = String::new();
    let _ = writeln!(t, "# Evaluation results\n");
    let _ = writeln!(t, "Generated by `newsmark eval all --shared ../shared --write eval/RESULTS.md`; do not edit.\n");
    let _ = writeln!(t, "| set | measure | value |\n|---|---|---|");
    let get = |m: &[(String, Metric)], k: &str| -> String {
        m.iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.to_string())
            .unwrap_or_else(|| "—".into())
    };
    let seeds = annotations(setup, &shared.join("gold/seeds.jsonl"), None, None)?;
    for k in ["boilerplate_line_f1", "kept_bow_f1", "entity_f1", "tag_f1"] {
        let _ = writeln!(t, "| seeds gold | {k} | {} |", get(&seeds, k));
    }
    for l in ["PER", "LOC", "ORG", "DATE", "NUM"] {
        let _ = writeln!(
            t,
            "| seeds gold | entity_f1_{l} | {} |",
            get(&seeds, &format!("entity_f1_{l}"))
        );
    }
    let dev = shared.join("bench/boilerplate/dev");
    for (name, prefix, html) in [
        ("dev pasted text, English (sh_*)", "sh_", false),
        ("dev pasted text, Hindi (hi_*)", "hi_", false),
        ("dev HTML mode, English (sh_*)", "sh_", true),
    ] {
        let out = PathBuf::from(".eval").join(format!(
            "boilerplate-{prefix}{}",
            if html { "html" } else { "text" }
        ));
        let r = boilerplate(setup, &dev, &out, prefix, html)?;
        for k in ["sh4", "bow", "line"] {
            let v = r[k]
                .map(|m| format!("{:.3} (P {:.3}, R {:.3})", m.f1, m.p, m.r))
                .unwrap_or_else(|| "—".into());
            let _ = writeln!(t, "| {name} | {k} F1 | {v} |");
        }
    }
    let ner_labels: BTreeSet<String> = ["PER", "LOC", "ORG"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let per: BTreeSet<String> = ["PER".to_string()].into();
    let ilner = shared.join("bench/ner/ilner_hi/dev.jsonl");
    let m = annotations(setup, &ilner, Some(&ner_labels), None)?;
    let _ = writeln!(
        t,
        "| IL-NER dev | PER/LOC/ORG strict F1 | {} |",
        get(&m, "entity_f1")
    );
    for l in ["PER", "LOC", "ORG"] {
        let _ = writeln!(
            t,
            "| IL-NER dev | {l} strict F1 | {} |",
            get(&m, &format!("entity_f1_{l}"))
        );
    }
    let m = annotations(setup, &ilner, Some(&per), None)?;
    let _ = writeln!(
        t,
        "| IL-NER dev | PER strict F1 (PER only) | {} |",
        get(&m, "entity_f1")
    );
    let probe = shared.join("bench/ner/probe_codemixed/test.jsonl");
    let m = annotations(setup, &probe, Some(&ner_labels), None)?;
    let _ = writeln!(
        t,
        "| probe_codemixed | PER/LOC/ORG strict F1 | {} |",
        get(&m, "entity_f1")
    );
    // The dev-set boilerplate rows above are in-sample: the line weights were
    // fitted on those pages. Their cross-validated figures, recorded when the
    // weights were trained, are the ones to expect on other pages.
    let _ = writeln!(t, "\nThe boilerplate rows on the dev set are in-sample (the line weights were fitted on those pages).");
    let _ = writeln!(t, "Cross-validated figures (5 folds by document), as `newsmark train-boilerplate` recorded them:\n");
    for (mode, weights) in [("text", WEIGHTS_TEXT), ("HTML", WEIGHTS_HTML)] {
        // The line for the switch cost the trainer chose and shipped.
        let chosen = weights
            .lines()
            .find_map(|l| l.strip_prefix("# chosen switch="))
            .unwrap_or("");
        let prefix = format!("# cv switch={chosen}:");
        for cv in weights.lines().filter(|l| l.starts_with(&prefix)) {
            let _ = writeln!(
                t,
                "- {mode} mode, Viterbi switch cost {chosen}:{}",
                &cv[prefix.len()..]
            );
        }
    }
    Ok(t)
}
