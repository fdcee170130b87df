//! The built-in knowledge base: `data/kb/*.tsv`, bundled by `build.rs`.
//!
//! One entity per row, five tab-separated columns:
//! `canonical  type  wikidata  names  short`. `names` are `|`-separated
//! surface forms that identify the entity anywhere; `short` forms are
//! ambiguous alone and count only with support in the same document (a full
//! mention, or a title before a person's name).

use crate::annotation::EntityLabel;

/// The concatenated `data/kb/*.tsv` files.
pub(crate) const KB_TSV: &str = include_str!(concat!(env!("OUT_DIR"), "/kb.tsv"));

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct KbEntity {
    pub canonical: String,
    pub label: EntityLabel,
    pub id: Option<String>,
}

/// One row of the knowledge base, borrowed from the text it was parsed from.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct KbRow<'a> {
    pub file: &'a str,
    pub line: usize,
    pub canonical: &'a str,
    pub label: EntityLabel,
    pub id: Option<&'a str>,
    pub names: Vec<&'a str>,
    pub short: Vec<&'a str>,
}

/// Parses the bundled format; `Err` names the file, line and problem.
pub(crate) fn parse(tsv: &str) -> Result<Vec<KbRow<'_>>, String> {
    let mut rows = Vec::new();
    let mut file = "";
    let mut line_in_file = 0;
    for raw in tsv.lines() {
        line_in_file += 1;
        if let Some(name) = raw.strip_prefix("#file ") {
            file = name;
            line_in_file = 0;
            continue;
        }
        if raw.starts_with('#') || raw.trim().is_empty() {
            continue;
        }
        let err = |m: &str| format!("{file}:{line_in_file}: {m}");
        let cols: Vec<&str> = raw.split('\t').collect();
        if cols.len() != 5 {
            return Err(err(&format!("expected 5 tab-separated columns, found {}", cols.len())));
        }
        let label = match cols[1] {
            "PER" => EntityLabel::PER,
            "LOC" => EntityLabel::LOC,
            "ORG" => EntityLabel::ORG,
            other => return Err(err(&format!("type must be PER, LOC or ORG, not {other:?}"))),
        };
        let id = match cols[2] {
            "" => None,
            q if q.len() > 1 && q.starts_with('Q') && q[1..].bytes().all(|b| b.is_ascii_digit()) => Some(q),
            q => return Err(err(&format!("bad Wikidata id {q:?}"))),
        };
        let names = split_list(cols[3]);
        if cols[0].trim().is_empty() || names.is_empty() {
            return Err(err("canonical and at least one name are required"));
        }
        rows.push(KbRow { file, line: line_in_file, canonical: cols[0], label, id, names, short: split_list(cols[4]) });
    }
    Ok(rows)
}

fn split_list(s: &str) -> Vec<&str> {
    s.split('|').map(str::trim).filter(|x| !x.is_empty()).collect()
}
