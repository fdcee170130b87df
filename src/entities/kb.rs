//! The built-in knowledge base: `data/kb/*.tsv`, bundled by `build.rs`.
//!
//! One entity per row, five or six tab-separated columns:
//! `canonical  type  wikidata  names  short  [context]`. `names` are
//! `|`-separated surface forms that identify the entity anywhere; `short`
//! forms are ambiguous alone and count only with support in the same
//! document (a full mention, a place right before it, a title before a
//! person's name, or a mention of one of its `context` entities). `context`
//! is `|`-separated canonical names of other entities of the knowledge base
//! (a country, state, party or person) whose mention supports the short
//! forms: `कम्युनिस्ट पार्टी` is the Chinese Communist Party where China is
//! mentioned, `एनसीपी` Bangladesh's National Citizen Party where Bangladesh
//! is. The generators in `scripts/kb/` write it from the source lists.

use crate::annotation::EntityLabel;

/// The concatenated `data/kb/*.tsv` files.
pub(crate) const KB_TSV: &str = include_str!(concat!(env!("OUT_DIR"), "/kb.tsv"));

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct KbEntity {
    pub canonical: String,
    pub label: EntityLabel,
    pub id: Option<String>,
    /// Canonical names whose mention supports this entity's short forms.
    pub context: Vec<String>,
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
    pub context: Vec<&'a str>,
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
        if !(5..=6).contains(&cols.len()) {
            return Err(err(&format!(
                "expected 5 or 6 tab-separated columns, found {}",
                cols.len()
            )));
        }
        let label = match cols[1] {
            "PER" => EntityLabel::PER,
            "LOC" => EntityLabel::LOC,
            "ORG" => EntityLabel::ORG,
            other => return Err(err(&format!("type must be PER, LOC or ORG, not {other:?}"))),
        };
        let id = match cols[2] {
            "" => None,
            q if q.len() > 1
                && q.starts_with('Q')
                && q[1..].bytes().all(|b| b.is_ascii_digit()) =>
            {
                Some(q)
            }
            q => return Err(err(&format!("bad Wikidata id {q:?}"))),
        };
        let names = split_list(cols[3]);
        if cols[0].trim().is_empty() || names.is_empty() {
            return Err(err("canonical and at least one name are required"));
        }
        rows.push(KbRow {
            file,
            line: line_in_file,
            canonical: cols[0],
            label,
            id,
            names,
            short: split_list(cols[4]),
            context: cols.get(5).map_or_else(Vec::new, |c| split_list(c)),
        });
    }
    Ok(rows)
}

fn split_list(s: &str) -> Vec<&str> {
    s.split('|')
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .collect()
}

/// Problems in a knowledge base, as messages: a row that does not parse,
/// the same canonical twice for one type, a surface that is both a name and
/// a short form of one entity, and a full name that two entities share once
/// folded the way the matcher folds (hyphens, dots, nukta, vowel length,
/// case) — such a form must be `short` on both sides. (A full name of one
/// entity may be a short form of another: the full reading wins.) A
/// `context` must name other canonicals of the knowledge base, on a row with
/// short forms.
#[cfg(test)]
pub(crate) fn check(tsv: &str) -> Vec<String> {
    use rustc_hash::FxHashMap;

    use super::lexicon::fold_words;

    let rows = match parse(tsv) {
        Ok(rows) => rows,
        Err(e) => return vec![e],
    };
    let mut errors = Vec::new();
    let all: rustc_hash::FxHashSet<&str> = rows.iter().map(|r| r.canonical).collect();
    for row in &rows {
        let at = format!("{}:{}", row.file, row.line);
        if !row.context.is_empty() && row.short.is_empty() {
            errors.push(format!(
                "{at}: context without short forms for {:?}",
                row.canonical
            ));
        }
        for c in &row.context {
            if *c == row.canonical || !all.contains(c) {
                errors.push(format!(
                    "{at}: context {c:?} of {:?} is not another canonical name of the knowledge base",
                    row.canonical
                ));
            }
        }
    }
    let mut canonicals: FxHashMap<(&str, EntityLabel), (&str, usize)> = FxHashMap::default();
    // Folded surface -> (row index, is short).
    let mut surfaces: FxHashMap<String, Vec<(usize, bool)>> = FxHashMap::default();
    for (k, row) in rows.iter().enumerate() {
        let at = format!("{}:{}", row.file, row.line);
        if let Some((f, l)) = canonicals.insert((row.canonical, row.label), (row.file, row.line)) {
            errors.push(format!(
                "{at}: {} {:?} also at {f}:{l}",
                row.label.as_str(),
                row.canonical
            ));
        }
        let names: Vec<String> = row.names.iter().map(|n| fold_words(n)).collect();
        for s in &row.short {
            let key = fold_words(s);
            if names.contains(&key) {
                errors.push(format!(
                    "{at}: {s:?} is both a name and a short form of {:?}",
                    row.canonical
                ));
            }
        }
        for (key, short) in names
            .into_iter()
            .map(|n| (n, false))
            .chain(row.short.iter().map(|s| (fold_words(s), true)))
        {
            if key.is_empty() {
                errors.push(format!("{at}: an empty surface in {:?}", row.canonical));
                continue;
            }
            let v = surfaces.entry(key).or_default();
            if !v.iter().any(|&(j, _)| j == k) {
                v.push((k, short));
            }
        }
    }
    let mut keys: Vec<&String> = surfaces.keys().collect();
    keys.sort();
    for key in keys {
        let v = &surfaces[key];
        if v.iter().filter(|&&(_, short)| !short).count() > 1 {
            let who: Vec<String> = v
                .iter()
                .map(|&(j, short)| {
                    format!(
                        "{} {:?} ({}:{}{})",
                        rows[j].label.as_str(),
                        rows[j].canonical,
                        rows[j].file,
                        rows[j].line,
                        if short { ", short" } else { "" }
                    )
                })
                .collect();
            errors.push(format!(
                "{key:?} is a full name shared by {}",
                who.join(" and ")
            ));
        }
    }
    errors
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEAD: &str = "#file test.tsv\n";

    #[test]
    fn bundled_knowledge_base_passes_the_check() {
        let errors = check(KB_TSV);
        assert!(
            errors.is_empty(),
            "{} knowledge-base problems (fix in src/entities/data/kb/):\n{}",
            errors.len(),
            errors
                .iter()
                .take(40)
                .cloned()
                .collect::<Vec<_>>()
                .join("\n")
        );
        assert!(
            parse(KB_TSV).unwrap().len() > 1000,
            "the knowledge base is bundled"
        );
    }

    macro_rules! check_cases {
        ($($name:ident: $tsv:expr => $errors:expr;)*) => {$(
            #[test]
            fn $name() {
                let found = check(&format!("{HEAD}{}", $tsv));
                assert_eq!(found.len(), $errors, "{found:?}");
            }
        )*};
    }

    check_cases! {
        check_passes_a_clean_kb: "Russia\tLOC\tQ159\tरूस|Russia\t\nMoscow\tLOC\t\tमॉस्को\t\n" => 0;
        check_finds_folded_full_name_collisions: "Russia\tLOC\t\tरूस\t\nRus\tPER\t\tरुस\t\n" => 1;
        check_finds_hyphen_variant_collisions: "Kim Jong Un\tPER\t\tकिम जोंग-उन\t\nKim\tPER\t\tकिम-जोंग उन\t\n" => 1;
        check_allows_shared_short_forms: "A\tORG\t\tक ख\tमंत्रालय\nB\tORG\t\tग घ\tमंत्रालय\n" => 0;
        check_allows_full_versus_short: "A\tORG\t\tमंत्रालय\t\nB\tORG\t\tग घ\tमंत्रालय\n" => 0;
        check_finds_duplicate_canonicals: "A\tORG\t\tक\t\nA\tORG\t\tख\t\n" => 1;
        check_finds_name_also_short: "A\tORG\t\tक|ख\tख\n" => 1;
        check_reports_bad_rows: "A\tXYZ\t\tक\t\n" => 1;
        check_passes_a_context: "China\tLOC\t\tचीन\t\nCCP\tORG\t\tसीपीसी\tकम्युनिस्ट पार्टी\tChina\n" => 0;
        check_finds_an_unknown_context: "CCP\tORG\t\tसीपीसी\tकम्युनिस्ट पार्टी\tChina\n" => 1;
        check_finds_a_context_without_short_forms: "China\tLOC\t\tचीन\t\nCCP\tORG\t\tसीपीसी\t\tChina\n" => 1;
        check_reports_seven_columns: "A\tORG\t\tक\tख\tग\tघ\n" => 1;
    }
}
