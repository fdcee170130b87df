//! `newsmark`: the annotator on files and JSONL, for batch work and
//! evaluation. Offsets in its JSON count Unicode code points, as in
//! `ANNOTATION.md`.

mod args;
mod bptrain;
mod eval;
mod io;
mod score;
mod train;

use std::process::ExitCode;

use args::Args;

const USAGE: &str = "\
newsmark — strip boilerplate from pasted news text and mark its entities

USAGE:
  newsmark annotate [FILE] [--jsonl] [OPTIONS]   one JSON object for FILE (or stdin);
                                                  with --jsonl, read {\"id\",\"text\"} lines and
                                                  write one {\"id\",\"unit\",\"lines\",\"junk\",\"entities\",\"tags\"} per line
  newsmark clean [FILE] [OPTIONS]                 print the kept article text
  newsmark eval boilerplate --set DIR [--out DIR] [--prefix P] [--html]
                                                  write kept text per <id>.raw.txt in DIR, print the
                                                  figures of shared/tools/score_text.py; with --html,
                                                  read <id>.html and use the page's structure
  newsmark eval annotations --gold FILE [--labels L,..] [--pred-out FILE]
                                                  annotate the gold texts, print the figures of
                                                  shared/tools/score_annotations.py
  newsmark eval entities --gold FILE [--labels L,..]
                                                  the same, entity and tag figures only
  newsmark eval all --shared DIR [--write FILE]   every evaluation; --write regenerates the results table
  newsmark train --data FILE [--dev FILE] [--out FILE] [--epochs N] [--patience N] [--folds K]
                 [--ensemble N] [--seed N] [--min-weight N] [--kb-dropout P] [--skip-unannotated]
                                                  train the entity tagger on JSONL NER data (early
                                                  stopping on held-out folds of it; --dev only reports)
                                                  and write its weights (default src/entities/data/model.bin)
  newsmark train-boilerplate --shared DIR [--html] [--folds K] [--switch C] [--out DIR] [--write]
                             [--l2 X] [--epochs N] [--explain ID] [--blocks DIR]
                                                  train the boilerplate line model on DIR's dev set and
                                                  seeds, print k-fold cross-validated and in-sample
                                                  figures; --write regenerates src/boilerplate/data/weights-*.tsv;
                                                  --out writes held-out kept text and explanations per document;
                                                  --blocks also scores the browser's blocks (<id>.json)

OPTIONS:
  --dictionary FILE   add custom entities (TSV: name, label, canonical[, wikidata]; or a JSON array)
  --no-boilerplate    label every line content
  --no-entities       skip entity recognition
  --labels L,..       only these entity labels (PER,LOC,ORG,DATE,NUM)
  --pretty            indent JSON output
  --lossy             replace invalid UTF-8 instead of failing

Offsets in JSON output count Unicode code points (\"unit\": \"codepoints\").
";

fn main() -> ExitCode {
    let mut args = Args::from_env();
    if args.flag("--help") || args.flag("-h") {
        print!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    if args.flag("--version") {
        println!("newsmark {}", env!("CARGO_PKG_VERSION"));
        return ExitCode::SUCCESS;
    }
    let result = match args.command().as_deref() {
        Some("annotate") => io::annotate(&mut args),
        Some("clean") => io::clean(&mut args),
        Some("eval") => eval::run(&mut args),
        Some("train") => train::run(&mut args),
        Some("train-boilerplate") => bptrain::run(&mut args),
        Some(other) => Err(format!("unknown command {other:?}; see newsmark --help")),
        None => {
            eprint!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("newsmark: {message}");
            ExitCode::from(2)
        }
    }
}
