//! The five seed documents against their gold annotations
//! (`seeds/gold.jsonl`, code-point offsets, rules in shared/ANNOTATION.md).
//! Floors sit just under what the annotator reaches, so a regression fails.

use std::collections::BTreeSet;

use newsmark::{Annotation, Annotator, EntityLabel, LineLabel, OffsetUnit, Options};
use serde_json::Value;

struct Seed {
    id: String,
    text: String,
    gold: Value,
    annotation: Annotation,
}

fn seeds() -> Vec<Seed> {
    let annotator = Annotator::new();
    include_str!("../seeds/gold.jsonl")
        .lines()
        .map(|l| {
            let gold: Value = serde_json::from_str(l).unwrap();
            let id = gold["id"].as_str().unwrap().to_string();
            let text =
                std::fs::read_to_string(format!("{}/seeds/{id}.txt", env!("CARGO_MANIFEST_DIR")))
                    .unwrap();
            assert_eq!(
                text,
                gold["text"].as_str().unwrap(),
                "seeds/{id}.txt matches its gold text"
            );
            let annotation = annotator
                .annotate(&text, &Options::default())
                .unwrap()
                .to_unit(&text, OffsetUnit::Codepoints);
            Seed {
                id,
                text,
                gold,
                annotation,
            }
        })
        .collect()
}

fn f1(tp: usize, fp: usize, fn_: usize) -> f64 {
    if tp == 0 {
        return 0.0;
    }
    2.0 * tp as f64 / (2 * tp + fp + fn_) as f64
}

#[test]
fn every_seed_line_is_labelled_on_gold_spans() {
    for s in seeds() {
        let ours: BTreeSet<(u64, u64)> = s
            .annotation
            .lines
            .iter()
            .map(|l| (l.start as u64, l.end as u64))
            .collect();
        let gold: BTreeSet<(u64, u64)> = s.gold["lines"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| (l["start"].as_u64().unwrap(), l["end"].as_u64().unwrap()))
            .collect();
        assert_eq!(ours, gold, "{}: line spans", s.id);
    }
}

#[test]
fn read_more_lines_are_boilerplate_and_the_headline_is_content() {
    let seeds = seeds();
    let s = seeds.iter().find(|s| s.id.starts_with("001")).unwrap();
    let chars: Vec<char> = s.text.chars().collect();
    let line_text = |l: &newsmark::Line| chars[l.start..l.end].iter().collect::<String>();
    let read_more: Vec<_> = s
        .annotation
        .lines
        .iter()
        .filter(|l| line_text(l).trim() == "और पढो »")
        .collect();
    assert_eq!(read_more.len(), 6);
    assert!(read_more.iter().all(|l| l.label == LineLabel::Boilerplate));
    assert_eq!(s.annotation.lines[0].label, LineLabel::Content);
}

#[test]
fn boilerplate_lines_match_gold() {
    let (mut tp, mut fp, mut fn_) = (0, 0, 0);
    for s in seeds() {
        for (ours, gold) in s
            .annotation
            .lines
            .iter()
            .zip(s.gold["lines"].as_array().unwrap())
        {
            let g = gold["label"] == "boilerplate";
            let p = ours.label == LineLabel::Boilerplate;
            tp += (g && p) as usize;
            fp += (p && !g) as usize;
            fn_ += (g && !p) as usize;
        }
    }
    let score = f1(tp, fp, fn_);
    assert!(score >= 0.97, "boilerplate line F1 {score:.3}");
}

#[test]
fn entities_match_gold() {
    let (mut ours, mut gold) = (BTreeSet::new(), BTreeSet::new());
    for s in seeds() {
        for e in &s.annotation.entities {
            ours.insert((
                s.id.clone(),
                e.start as u64,
                e.end as u64,
                e.label.as_str().to_string(),
            ));
        }
        for e in s.gold["entities"].as_array().unwrap() {
            gold.insert((
                s.id.clone(),
                e["start"].as_u64().unwrap(),
                e["end"].as_u64().unwrap(),
                e["label"].as_str().unwrap().to_string(),
            ));
        }
    }
    let tp = ours.intersection(&gold).count();
    let score = f1(tp, ours.len() - tp, gold.len() - tp);
    assert!(score >= 0.95, "strict entity F1 {score:.3}");
}

#[test]
fn spelling_variants_share_one_canonical_name() {
    let seeds = seeds();
    let canonical_of = |id: &str, surface: &str| -> Vec<String> {
        let s = seeds.iter().find(|s| s.id.starts_with(id)).unwrap();
        let chars: Vec<char> = s.text.chars().collect();
        s.annotation
            .entities
            .iter()
            .filter(|e| chars[e.start..e.end].iter().collect::<String>() == surface)
            .map(|e| e.canonical.clone())
            .collect()
    };
    assert!(
        canonical_of("000", "रुस").iter().all(|c| c == "Russia")
            && !canonical_of("000", "रुस").is_empty()
    );
    assert!(canonical_of("003", "नॉर्थ कोरिया")
        .iter()
        .all(|c| c == "North Korea"));
    assert!(
        !canonical_of("002", "डीपीआरके").is_empty()
            && canonical_of("002", "डीपीआरके")
                .iter()
                .all(|c| c == "North Korea")
    );
}

#[test]
fn tags_list_the_article_subjects_first() {
    let seeds = seeds();
    let s = seeds.iter().find(|s| s.id.starts_with("004")).unwrap();
    let top: Vec<&str> = s
        .annotation
        .tags
        .iter()
        .take(3)
        .map(|t| t.canonical.as_str())
        .collect();
    assert!(
        top.contains(&"North Korea") && top.contains(&"Russia"),
        "top tags {top:?}"
    );
    assert!(s
        .annotation
        .tags
        .iter()
        .all(|t| t.label.is_named() && t.count > 0));
    assert!(s
        .annotation
        .tags
        .windows(2)
        .all(|w| w[0].salience >= w[1].salience));
    assert!(s
        .annotation
        .tags
        .iter()
        .all(|t| t.label != EntityLabel::DATE));
}
