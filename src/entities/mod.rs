//! Entity recognition: knowledge-base names, date and number patterns, and
//! document-level resolution into mentions with canonical names and tags.

mod gazetteer;
pub(crate) mod kb;
mod patterns;
mod resolve;

use rustc_hash::FxHashSet;
use serde::Deserialize;

use crate::annotation::{Entity, EntityLabel, Line, Options, Tag};
use crate::error::Error;
use crate::text::normalize::fold;
use crate::text::Document;
use gazetteer::{Gazetteer, Strength, Terminal};
use kb::KbEntity;
use patterns::Patterns;

const TITLES_TXT: &str = include_str!("data/titles.txt");

/// An entity from a newsroom's own dictionary.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CustomEntity {
    /// The surface form to find (any spelling variant the matcher folds is
    /// found too).
    pub name: String,
    pub label: EntityLabel,
    /// The canonical name to report.
    pub canonical: String,
    /// Wikidata id, if known.
    #[serde(default)]
    pub id: Option<String>,
}

impl CustomEntity {
    /// Parses a TSV dictionary: `name<TAB>label<TAB>canonical[<TAB>wikidata]`
    /// per line, blank lines and `#` comments ignored.
    pub fn parse_tsv(tsv: &str) -> Result<Vec<CustomEntity>, Error> {
        let mut out = Vec::new();
        for (n, line) in tsv.lines().enumerate() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
            if !(3..=4).contains(&cols.len()) {
                return Err(Error::invalid_dictionary(
                    n + 1,
                    format!("expected name, label, canonical and an optional Wikidata id separated by tabs, found {} columns", cols.len()),
                ));
            }
            let entity = CustomEntity {
                name: cols[0].to_string(),
                label: cols[1].parse().map_err(|e: Error| Error::invalid_dictionary(n + 1, e.to_string()))?,
                canonical: cols[2].to_string(),
                id: cols.get(3).filter(|s| !s.is_empty()).map(|s| s.to_string()),
            };
            entity.validate().map_err(|m| Error::invalid_dictionary(n + 1, m))?;
            out.push(entity);
        }
        Ok(out)
    }

    pub(crate) fn validate(&self) -> Result<(), String> {
        if self.name.trim().is_empty() || self.canonical.trim().is_empty() {
            return Err("name and canonical must not be empty".into());
        }
        if let Some(id) = &self.id {
            if !(id.len() > 1 && id.starts_with('Q') && id[1..].bytes().all(|b| b.is_ascii_digit())) {
                return Err(format!("Wikidata id {id:?} is not of the form Q123"));
            }
        }
        Ok(())
    }
}

/// Finds and resolves entities; built once per [`crate::Annotator`].
pub(crate) struct Recognizer {
    gazetteer: Gazetteer,
    entities: Vec<KbEntity>,
    patterns: Patterns,
    titles: FxHashSet<String>,
}

impl Recognizer {
    pub(crate) fn new() -> Recognizer {
        let rows = kb::parse(kb::KB_TSV).unwrap_or_else(|e| panic!("built-in knowledge base: {e}"));
        let mut gazetteer = Gazetteer::default();
        let mut entities = Vec::with_capacity(rows.len());
        for row in rows {
            let entity = entities.len() as u32;
            entities.push(KbEntity { canonical: row.canonical.to_string(), label: row.label, id: row.id.map(str::to_string) });
            for name in row.names {
                gazetteer.insert(name, Terminal { entity, strength: Strength::Full, custom: false });
            }
            for name in row.short {
                gazetteer.insert(name, Terminal { entity, strength: Strength::Short, custom: false });
            }
        }
        let titles = TITLES_TXT
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(|l| fold(l.split('\t').next().unwrap_or("")))
            .collect();
        Recognizer { gazetteer, entities, patterns: Patterns::new(), titles }
    }

    pub(crate) fn add_custom(&mut self, custom: Vec<CustomEntity>) {
        for c in custom {
            let entity = self.entities.len() as u32;
            self.entities.push(KbEntity { canonical: c.canonical, label: c.label, id: c.id });
            self.gazetteer.insert(&c.name, Terminal { entity, strength: Strength::Full, custom: true });
        }
    }

    pub(crate) fn recognize(&self, doc: &Document, lines: &[Line], options: &Options) -> (Vec<Entity>, Vec<Tag>) {
        let ids = self.gazetteer.token_ids(doc);
        let names = self.gazetteer.find(doc, &ids);
        let patterns = self.patterns.find(doc);
        let mentions = resolve::mentions(doc, &self.entities, &names, &patterns, &self.titles);
        let entities: Vec<Entity> = mentions.into_iter().filter(|e| options.wants(e.label)).collect();
        let tags = resolve::tags(lines, &entities);
        (entities, tags)
    }
}
