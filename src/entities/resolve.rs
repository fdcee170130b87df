//! Document-level resolution: overlaps between sources, short forms that
//! need support, and the document's tags.

use rustc_hash::{FxHashMap, FxHashSet};

use super::gazetteer::{Match, Strength};
use super::kb::KbEntity;
use super::patterns::PatternMatch;
use crate::annotation::{Entity, EntityLabel, Line, LineLabel, Source, Tag};
use crate::text::normalize::fold;
use crate::text::Document;

/// Knowledge-base matches and patterns as mentions, in text order. A short
/// form is kept when the same entity has a full mention anywhere in the
/// document or, for a person, a title right before it. Where a pattern and a
/// name overlap, the longer span wins (the name on a tie).
pub(crate) fn mentions(
    doc: &Document,
    entities: &[KbEntity],
    names: &[Match],
    patterns: &[PatternMatch],
    titles: &FxHashSet<String>,
) -> Vec<Entity> {
    let fully_named: FxHashSet<u32> =
        names.iter().filter(|m| m.terminal.strength == Strength::Full).map(|m| m.terminal.entity).collect();
    let mut spans: Vec<(usize, usize, Entity)> = Vec::with_capacity(names.len() + patterns.len());
    for m in names {
        let e = &entities[m.terminal.entity as usize];
        let supported = m.terminal.strength == Strength::Full
            || fully_named.contains(&m.terminal.entity)
            || (e.label == EntityLabel::PER && m.first > 0 && titles.contains(&fold(doc.token_text(&doc.tokens[m.first - 1]))));
        if !supported {
            continue;
        }
        let (start, end) = (doc.tokens[m.first].start, doc.tokens[m.end - 1].end);
        let source = if m.terminal.custom {
            Source::Custom
        } else if m.terminal.strength == Strength::Short {
            Source::Alias
        } else {
            Source::Kb
        };
        spans.push((
            m.first,
            m.end,
            Entity {
                start,
                end,
                label: e.label,
                text: doc.text[start..end].to_string(),
                canonical: e.canonical.clone(),
                id: e.id.clone(),
                source,
            },
        ));
    }
    for p in patterns {
        let (start, end) = (doc.tokens[p.first].start, doc.tokens[p.end - 1].end);
        spans.push((
            p.first,
            p.end,
            Entity {
                start,
                end,
                label: p.label,
                text: doc.text[start..end].to_string(),
                canonical: p.canonical.clone(),
                id: None,
                source: Source::Pattern,
            },
        ));
    }
    // Longest first, names before patterns on a tie; then keep what does not
    // overlap anything already kept.
    let mut order: Vec<usize> = (0..spans.len()).collect();
    order.sort_by_key(|&i| (std::cmp::Reverse(spans[i].1 - spans[i].0), spans[i].2.source == Source::Pattern, spans[i].0));
    let mut taken = vec![false; doc.tokens.len()];
    let mut keep = vec![false; spans.len()];
    for i in order {
        let (a, b) = (spans[i].0, spans[i].1);
        if taken[a..b].iter().any(|&t| t) {
            continue;
        }
        taken[a..b].iter_mut().for_each(|t| *t = true);
        keep[i] = true;
    }
    let mut out: Vec<Entity> = spans.into_iter().zip(keep).filter(|(_, k)| *k).map(|(s, _)| s.2).collect();
    out.sort_by_key(|e| e.start);
    out
}

/// The document's subjects: every PER/LOC/ORG canonical name mentioned in a
/// content line (or anywhere, when no line is content), most salient first.
/// Salience weighs a mention in the headline 3, in the next two content
/// lines 2, elsewhere in content 1, and is scaled so the top tag is 1.
pub(crate) fn tags(lines: &[Line], entities: &[Entity]) -> Vec<Tag> {
    let content: Vec<&Line> = lines.iter().filter(|l| l.label == LineLabel::Content).collect();
    let all_boilerplate = content.is_empty();
    let weight = |start: usize| -> Option<f32> {
        if all_boilerplate {
            return Some(1.0);
        }
        let k = content.partition_point(|l| l.end < start);
        content.get(k).filter(|l| l.start <= start)?;
        Some(match k {
            0 => 3.0,
            1 | 2 => 2.0,
            _ => 1.0,
        })
    };
    let mut by_name: FxHashMap<(EntityLabel, &str), (usize, f32, Option<&str>, usize)> = FxHashMap::default();
    for e in entities.iter().filter(|e| e.label.is_named()) {
        let Some(w) = weight(e.start) else { continue };
        let entry = by_name.entry((e.label, e.canonical.as_str())).or_insert((0, 0.0, e.id.as_deref(), e.start));
        entry.0 += 1;
        entry.1 += w;
    }
    let top = by_name.values().map(|v| v.1).fold(0.0f32, f32::max);
    let mut tags: Vec<(usize, Tag)> = by_name
        .into_iter()
        .map(|((label, canonical), (count, score, id, first))| {
            (
                first,
                Tag {
                    canonical: canonical.to_string(),
                    label,
                    id: id.map(str::to_string),
                    count,
                    salience: if top > 0.0 { (score / top * 1000.0).round() / 1000.0 } else { 0.0 },
                },
            )
        })
        .collect();
    tags.sort_by(|a, b| b.1.salience.total_cmp(&a.1.salience).then(b.1.count.cmp(&a.1.count)).then(a.0.cmp(&b.0)));
    tags.into_iter().map(|(_, t)| t).collect()
}
