//! Document-level resolution: knowledge-base names, the tagger's names,
//! short forms that need support, aliases of full names, canonical names,
//! and the document's tags.
//!
//! Order of trust: a full knowledge-base (or custom) name; then a short form
//! with support (a full mention of the same entity anywhere in the text, a
//! title right before a person, or the tagger agreeing); then the tagger's
//! names outside those, trimmed of titles and postpositions, demonyms
//! dropped; then aliases (a word or words of a full person's name seen
//! alone); then dates and numbers where no name is.

use rustc_hash::{FxHashMap, FxHashSet};

use super::gazetteer::{is_joiner, Gazetteer, Match, Strength, Terminal};
use super::kb::KbEntity;
use super::lexicon::{flag, Lexicons};
use super::model::{Tagged, TokenFacts};
use super::patterns::PatternMatch;
use super::translit;
use crate::annotation::{Entity, EntityLabel, Line, LineLabel, Source, Tag};
use crate::text::script::Script;
use crate::text::segment::TokenKind;
use crate::text::Document;

pub(crate) struct Context<'a> {
    pub doc: &'a Document<'a>,
    pub gazetteer: &'a Gazetteer,
    pub facts: &'a TokenFacts,
    pub entities: &'a [KbEntity],
    pub lexicons: &'a Lexicons,
    /// Is a folded word an ordinary word (function word or common)?
    pub known: &'a dyn Fn(&str) -> bool,
}

/// A mention under construction, by token range.
#[derive(Debug, Clone)]
struct Cand {
    first: usize,
    end: usize,
    label: EntityLabel,
    canonical: String,
    id: Option<String>,
    source: Source,
}

/// The smallest per-token margin (best tag over O, in quantised weight
/// units) the tagger needs for a name on its own: it leans to precision.
const MIN_MARGIN: i32 = 250;
/// The same right after a title or trigger word.
const CUED_MARGIN: i32 = 0;

impl Context<'_> {
    fn flags(&self, i: usize) -> u16 {
        self.facts.flags[i]
    }

    fn is_word(&self, i: usize) -> bool {
        self.doc.tokens[i].is_word()
    }

    /// Folded words of tokens `a..b`, joined by spaces, joiners skipped.
    fn words(&self, a: usize, b: usize) -> String {
        let mut s = String::new();
        for i in a..b {
            if is_joiner(self.doc.text, &self.doc.tokens[i]) {
                continue;
            }
            if !s.is_empty() {
                s.push(' ');
            }
            s.push_str(self.facts.key(i));
        }
        s
    }

    fn line_of(&self, i: usize) -> std::ops::Range<usize> {
        let k = self.doc.line_tokens.partition_point(|r| r.end <= i);
        self.doc.line_tokens.get(k).cloned().unwrap_or(i..i + 1)
    }
}

/// How sure the tagger must be that a one-word knowledge-base name is an
/// ordinary word here (`सूरत` "look", `बेलगाम` "unbridled") to drop it.
const VETO_MARGIN: i32 = 40;

pub(crate) fn mentions(
    ctx: &Context,
    names: &[Match],
    tagged: &Tagged,
    patterns: &[PatternMatch],
) -> Vec<Entity> {
    let found = &tagged.spans;
    let n = ctx.doc.tokens.len();
    let mut taken = vec![false; n];
    let mut cands: Vec<Cand> = Vec::new();
    let kb = |m: &Match, source: Source| {
        let e = &ctx.entities[m.terminal.entity as usize];
        Cand {
            first: m.first,
            end: m.end,
            label: e.label,
            canonical: e.canonical.clone(),
            id: e.id.clone(),
            source,
        }
    };
    // Per token, the label the tagger gave it.
    let mut model_label: Vec<Option<EntityLabel>> = vec![None; n];
    for s in found {
        for l in &mut model_label[s.first..s.end] {
            *l = Some(s.label);
        }
    }

    // 0. An organisation the tagger found around a place name
    // (`दिल्ली विश्वविद्यालय`), unless what it adds is a government-like head
    // (`भारत सरकार`) or a postposition (`कोरिया के विदेश मंत्रालय`).
    let mut suppressed = vec![false; names.len()];
    for s in found.iter().filter(|s| s.label == EntityLabel::ORG) {
        for (a, b) in pieces(ctx, s.first, s.end, s.label, |i| taken[i]) {
            // Names are in text order and do not overlap.
            let lo = names.partition_point(|m| m.first < a);
            let mut overlaps_other = lo > 0 && names[lo - 1].end > a;
            let mut inside: Vec<usize> = Vec::new();
            for (k, m) in names.iter().enumerate().skip(lo) {
                if m.first >= b {
                    break;
                }
                if m.end <= b && m.terminal.strength == Strength::Full && !m.terminal.custom {
                    inside.push(k);
                } else {
                    overlaps_other = true;
                }
            }
            if inside.is_empty()
                || inside
                    .iter()
                    .any(|&k| names[k].first == a && names[k].end == b)
            {
                continue;
            }
            let covered = |i: usize| {
                inside
                    .iter()
                    .any(|&k| names[k].first <= i && i < names[k].end)
            };
            let adds_name = (a..b)
                .filter(|&i| !covered(i) && ctx.is_word(i))
                .any(|i| ctx.flags(i) & (flag::FUNCTION | flag::GENERIC_HEAD | flag::DEMONYM) == 0);
            let postposition = (a..b).any(|i| ctx.flags(i) & flag::POSTPOSITION != 0);
            if adds_name && !postposition && !overlaps_other && keep_model_name(ctx, a, b, false) {
                for &k in &inside {
                    suppressed[k] = true;
                }
                let text = &ctx.doc.text[ctx.doc.tokens[a].start..ctx.doc.tokens[b - 1].end];
                cands.push(Cand {
                    first: a,
                    end: b,
                    label: EntityLabel::ORG,
                    canonical: translit::canonical(text),
                    id: None,
                    source: Source::Model,
                });
                taken[a..b].iter_mut().for_each(|t| *t = true);
            }
        }
    }

    // Per token, the trimmed piece of the tagger's span covering it.
    let mut cover: Vec<Option<(usize, usize)>> = vec![None; n];
    for s in found {
        if let Some((a, b)) = trim(ctx, s.first, s.end, s.label) {
            cover[a..b].iter_mut().for_each(|c| *c = Some((a, b)));
        }
    }

    // 1. Full names, unless the tagger is sure a one-word name is an
    // ordinary word here.
    let fully_named: FxHashSet<u32> = names
        .iter()
        .filter(|m| m.terminal.strength == Strength::Full)
        .map(|m| m.terminal.entity)
        .collect();
    for (k, m) in names
        .iter()
        .enumerate()
        .filter(|(_, m)| m.terminal.strength == Strength::Full)
    {
        if suppressed[k] {
            continue;
        }
        let e = &ctx.entities[m.terminal.entity as usize];
        let vetoed = !m.terminal.custom
            && m.end - m.first == 1
            && tagged.tags.get(m.first) == Some(&0)
            && tagged.o_margin(m.first, e.label) > VETO_MARGIN
            && (ctx.known)(ctx.facts.key(m.first));
        if vetoed {
            continue;
        }
        cands.push(kb(
            m,
            if m.terminal.custom {
                Source::Custom
            } else {
                Source::Kb
            },
        ));
        taken[m.first..m.end].iter_mut().for_each(|t| *t = true);
    }
    // 2. Short forms with support. A short form several entities share
    // (`विदेश मंत्रालय`) goes to the one fully named in the text, or the one
    // of the place right before it (`उत्तर कोरिया के विदेश मंत्रालय`).
    // The place name ending at each token (for `रूस के विदेश मंत्रालय`).
    let mut place_ending: FxHashMap<usize, usize> = FxHashMap::default();
    for (k, c) in cands
        .iter()
        .enumerate()
        .filter(|(_, c)| c.label == EntityLabel::LOC)
    {
        place_ending.insert(c.end, k);
    }
    // Where each canonical name is mentioned in full (or by a demonym,
    // `चीनी` for China): the context that supports short forms.
    let mentioned = mentioned_at(ctx, &cands);
    for m in names
        .iter()
        .filter(|m| m.terminal.strength == Strength::Short)
    {
        let place = qualifier(
            ctx,
            &|end| place_ending.get(&end).map(|&k| cands[k].canonical.clone()),
            m.first,
        );
        // Support of each reading: named in full, qualified by the place
        // before it, then its context entities mentioned (how many, and how
        // close the nearest is).
        let ordinary = m.end - m.first == 1 && (ctx.known)(ctx.facts.key(m.first));
        let score = |t: &Terminal| -> (bool, bool, usize, i64) {
            let e = &ctx.entities[t.entity as usize];
            let qualified = place.as_deref().is_some_and(|p| e.canonical.contains(p));
            let (mut n, mut near) = (0usize, i64::MIN);
            if !ordinary {
                for c in &e.context {
                    if let Some(at) = mentioned.get(c) {
                        n += 1;
                        // A mention before the short form counts double
                        // one after it (the text introduces what it names).
                        let d = at
                            .iter()
                            .map(|&p| {
                                let (p, f) = (p as i64, m.first as i64);
                                if p <= f {
                                    f - p
                                } else {
                                    2 * (p - f)
                                }
                            })
                            .min()
                            .map_or(i64::MIN, |d| -d);
                        near = near.max(d);
                    }
                }
            }
            (fully_named.contains(&t.entity), qualified, n, near)
        };
        let mut best = m.terminal;
        let mut best_score = score(&best);
        let mut tied = false;
        for t in ctx.gazetteer.others(m.node) {
            let s = score(t);
            if s > best_score {
                best = *t;
                best_score = s;
                tied = false;
            } else if s == best_score {
                tied = true;
            }
        }
        let qualified = best_score.1;
        // Context decides only when it points to one reading.
        let in_context = best_score.2 > 0 && !tied;
        let m = &Match {
            terminal: best,
            ..*m
        };
        let e = &ctx.entities[m.terminal.entity as usize];
        let titled = m.first > 0
            && ctx.flags(m.first - 1) & flag::TITLE != 0
            && ctx.line_of(m.first).start < m.first;
        let model_agrees = (m.first..m.end).all(|i| model_label[i] == Some(e.label));
        // The tagger found a longer name around it (`शिवाजी त्रिपाठी`): the
        // short form is only part of another name.
        let inside_longer = cover[m.first]
            .is_some_and(|(a, b)| a <= m.first && m.end <= b && b - a > m.end - m.first);
        if inside_longer && !fully_named.contains(&m.terminal.entity) {
            continue;
        }
        // An acronym written in capitals is not ambiguous (`WHO`).
        let acronym = ctx.gazetteer.is_acronym_node(m.node);
        if fully_named.contains(&m.terminal.entity)
            || qualified
            || in_context
            || acronym
            || (e.label == EntityLabel::PER && titled)
            || model_agrees
        {
            cands.push(kb(m, Source::Alias));
            taken[m.first..m.end].iter_mut().for_each(|t| *t = true);
        }
    }

    let mut cand_at: FxHashMap<usize, usize> = FxHashMap::default();
    for (k, c) in cands.iter().enumerate() {
        for i in c.first..c.end {
            cand_at.insert(i, k);
        }
    }
    // 2b. A person the tagger found with more words than the knowledge
    // base matched (`एंतोनियो गुतारेस` around `गुतारेस`): the longer span,
    // the knowledge base's canonical.
    for s in found.iter().filter(|s| s.label == EntityLabel::PER) {
        let Some((a, b)) = trim(ctx, s.first, s.end, s.label) else {
            continue;
        };
        let mut inside: Vec<usize> = (a..b).filter_map(|i| cand_at.get(&i).copied()).collect();
        inside.dedup();
        if inside.len() != 1 || (a..b).any(|i| taken[i] && !cand_at.contains_key(&i)) {
            continue;
        }
        let c = &cands[inside[0]];
        if c.label != EntityLabel::PER || c.end != b || c.first <= a {
            continue;
        }
        let extra_ok = (a..c.first).all(|i| {
            !taken[i] && (!ctx.is_word(i) || (ctx.flags(i) == 0 && !(ctx.known)(ctx.facts.key(i))))
        }) && ctx.is_word(a);
        if extra_ok {
            let first = c.first;
            taken[a..first].iter_mut().for_each(|t| *t = true);
            cands[inside[0]].first = a;
        }
    }

    // 3. The tagger's names outside those and outside dates: a weekday or
    // month after a name (`राहुल गांधी सोमवार को`) is a date, though the
    // tagger may draw it into the name.
    let mut in_date = vec![false; n];
    for p in patterns.iter().filter(|p| p.label == EntityLabel::DATE) {
        in_date[p.first..p.end].iter_mut().for_each(|d| *d = true);
    }
    let mut model_canon: FxHashMap<String, String> = FxHashMap::default();
    for s in found {
        // After a title or a trigger word (`डॉ.`, `राजदूत`) a name is expected.
        let mut before = s.first;
        while before > ctx.line_of(s.first).start
            && ctx.doc.tokens[before - 1].kind == TokenKind::Punct
        {
            before -= 1;
        }
        let cued = before > ctx.line_of(s.first).start
            && ctx.flags(before - 1)
                & (flag::TITLE | flag::TRIGGER_PER | flag::TRIGGER_LOC | flag::TRIGGER_ORG)
                != 0;
        if s.margin < if cued { CUED_MARGIN } else { MIN_MARGIN } {
            continue;
        }
        for (a, b) in pieces(ctx, s.first, s.end, s.label, |i| taken[i] || in_date[i]) {
            let cut = a > s.first || b < s.end;
            if keep_model_name(ctx, a, b, cut) {
                let key = ctx.words(a, b);
                let text = &ctx.doc.text[ctx.doc.tokens[a].start..ctx.doc.tokens[b - 1].end];
                let canonical = model_canon
                    .entry(key)
                    .or_insert_with(|| translit::canonical(text))
                    .clone();
                cands.push(Cand {
                    first: a,
                    end: b,
                    label: s.label,
                    canonical,
                    id: None,
                    source: Source::Model,
                });
                taken[a..b].iter_mut().for_each(|t| *t = true);
            }
        }
    }

    // 3b. An acronym in brackets right after an organisation's name
    // (`राष्ट्रीय आवास बैंक (एनएचबी)`, `... (PARAKH)`) names it too.
    let orgs: Vec<(usize, String, Option<String>)> = cands
        .iter()
        .filter(|c| c.label == EntityLabel::ORG)
        .map(|c| (c.end, c.canonical.clone(), c.id.clone()))
        .collect();
    for (end, canonical, id) in orgs {
        let line = ctx.line_of(end.saturating_sub(1));
        if end + 2 < line.end
            && punct_is(ctx, end, "(")
            && punct_is(ctx, end + 2, ")")
            && !taken[end + 1]
            && is_acronym(ctx, end + 1)
        {
            taken[end + 1] = true;
            cands.push(Cand {
                first: end + 1,
                end: end + 2,
                label: EntityLabel::ORG,
                canonical,
                id,
                source: Source::Alias,
            });
        }
    }

    // 4. Aliases: parts of a full person's name seen alone.
    aliases(ctx, &mut cands, &mut taken, &model_label);

    // 5. Dates and numbers where no name is.
    for p in patterns {
        if taken[p.first..p.end].iter().any(|&t| t) {
            continue;
        }
        taken[p.first..p.end].iter_mut().for_each(|t| *t = true);
        cands.push(Cand {
            first: p.first,
            end: p.end,
            label: p.label,
            canonical: p.canonical.clone(),
            id: None,
            source: Source::Pattern,
        });
    }

    cands.sort_by_key(|c| c.first);
    cands
        .into_iter()
        .map(|c| {
            let (start, end) = (ctx.doc.tokens[c.first].start, ctx.doc.tokens[c.end - 1].end);
            Entity {
                start,
                end,
                label: c.label,
                text: ctx.doc.text[start..end].to_string(),
                canonical: c.canonical,
                id: c.id,
                source: c.source,
            }
        })
        .collect()
}

/// Token positions where each canonical name is mentioned: the knowledge
/// base's full names found so far, and demonyms (`चीनी`, `उत्तर कोरियाई`)
/// for their country.
fn mentioned_at(ctx: &Context, cands: &[Cand]) -> FxHashMap<String, Vec<usize>> {
    let mut at: FxHashMap<String, Vec<usize>> = FxHashMap::default();
    for c in cands.iter().filter(|c| c.source != Source::Model) {
        at.entry(c.canonical.clone()).or_default().push(c.first);
    }
    for i in 0..ctx.doc.tokens.len() {
        if ctx.flags(i) & flag::DEMONYM == 0 {
            continue;
        }
        let line = ctx.line_of(i);
        let mut country = ctx.lexicons.demonyms.get(ctx.facts.key(i));
        if i > line.start {
            if let Some(c) = ctx.lexicons.demonyms.get(&ctx.words(i - 1, i + 1)) {
                country = Some(c);
            }
        }
        if let Some(c) = country {
            at.entry(c.clone()).or_default().push(i);
        }
    }
    at
}

/// The place a name at token `at` belongs to, by what precedes it: a place
/// name and `के`/`की`/`का` (`रूस के`), or a demonym (`रूसी`).
fn qualifier(
    ctx: &Context,
    place_ending: &dyn Fn(usize) -> Option<String>,
    at: usize,
) -> Option<String> {
    let line = ctx.line_of(at);
    if at == line.start {
        return None;
    }
    let before = at - 1;
    if ctx.flags(before) & flag::POSTPOSITION != 0
        && matches!(ctx.facts.key(before), "के" | "कि" | "का")
    {
        return place_ending(before);
    }
    for len in [2usize, 1] {
        if before + 1 >= line.start + len {
            if let Some(place) = ctx
                .lexicons
                .demonyms
                .get(&ctx.words(before + 1 - len, before + 1))
            {
                return Some(place.clone());
            }
        }
    }
    None
}

/// Is `word` two or more Latin letter names written in Devanagari
/// (`ईबीआरडी`, `एनसीएलटी`)?
fn is_spelled_acronym(word: &str) -> bool {
    translit::spelled_letters(word).is_some()
}

fn punct_is(ctx: &Context, i: usize, p: &str) -> bool {
    let t = &ctx.doc.tokens[i];
    t.kind == TokenKind::Punct && &ctx.doc.text[t.start..t.end] == p
}

/// Is token `i` an acronym: Latin capitals (`NCERT`, `PARAKH`) or Latin
/// letter names spelt in Devanagari (`एनसीईआरटी`)?
fn is_acronym(ctx: &Context, i: usize) -> bool {
    let t = &ctx.doc.tokens[i];
    let raw = &ctx.doc.text[t.start..t.end];
    match t.kind {
        TokenKind::Word(Script::Latin) => {
            raw.chars().count() >= 2 && raw.chars().all(|c| c.is_ascii_uppercase())
        }
        TokenKind::Word(Script::Devanagari) => is_spelled_acronym(raw),
        _ => false,
    }
}

/// The parts of the tagger's span `a..b` outside `blocked` tokens, split at
/// punctuation other than joiners (`(`, `,`, `:`) and at a function word
/// right after the span's last word (`एशियन डेवलपमेंट बैंक और अफ्रीकन
/// डेवलपमेंट बैंक`: no name repeats its head), each trimmed.
fn pieces(
    ctx: &Context,
    a: usize,
    b: usize,
    label: EntityLabel,
    blocked: impl Fn(usize) -> bool,
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let head = (a..b).rev().find(|&i| ctx.is_word(i));
    let repeats_head = |i: usize| {
        head.is_some_and(|h| {
            i > a && i - 1 < h && ctx.is_word(i - 1) && ctx.facts.key(i - 1) == ctx.facts.key(h)
        })
    };
    let splits = |i: usize| {
        blocked(i)
            || (ctx.flags(i) & (flag::FUNCTION | flag::POSTPOSITION) == flag::FUNCTION
                && repeats_head(i))
            || (ctx.doc.tokens[i].kind == TokenKind::Punct
                && !is_joiner(ctx.doc.text, &ctx.doc.tokens[i])
                && !matches!(
                    &ctx.doc.text[ctx.doc.tokens[i].start..ctx.doc.tokens[i].end],
                    "&" | "'" | "’"
                ))
    };
    let mut i = a;
    while i < b {
        if splits(i) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < b && !splits(j) {
            j += 1;
        }
        if let Some(piece) = trim(ctx, i, j, label) {
            out.push(piece);
        }
        i = j;
    }
    out
}

/// Tokens `a..b` without leading function words and punctuation, without
/// trailing postpositions, function words and punctuation, and for a person
/// without the titles before the name (`राष्ट्रपति`, `केंद्रीय मंत्री`). An
/// organisation or place keeps its first word even when it can open a title
/// (`राष्ट्रीय आवास बैंक`, `विदेश मंत्रालय`, `प्रधानमंत्री कार्यालय`).
fn trim(ctx: &Context, mut a: usize, mut b: usize, label: EntityLabel) -> Option<(usize, usize)> {
    let person = label == EntityLabel::PER;
    let edge_junk = |i: usize, leading: bool, a: usize, b: usize| {
        let f = ctx.flags(i);
        match ctx.doc.tokens[i].kind {
            TokenKind::Punct | TokenKind::Number => true,
            TokenKind::Word(_) => {
                f & (flag::FUNCTION | flag::POSTPOSITION) != 0
                    || (leading
                        && person
                        && b - a > 1
                        && (f & flag::TITLE != 0
                            // The first word of a title only with the rest of it.
                            || (f & flag::TITLE_FIRST != 0 && ctx.flags(i + 1) & flag::TITLE != 0)))
            }
        }
    };
    while a < b && edge_junk(a, true, a, b) {
        a += 1;
    }
    while b > a && edge_junk(b - 1, false, a, b) {
        b -= 1;
    }
    (a < b).then_some((a, b))
}

/// Should the tagger's name `a..b` stand?
fn keep_model_name(ctx: &Context, a: usize, b: usize, cut: bool) -> bool {
    let words: Vec<usize> = (a..b).filter(|&i| ctx.is_word(i)).collect();
    if words.is_empty() {
        return false;
    }
    // The tagger learnt from Hindi text: Latin-script names are left to the
    // knowledge base and custom dictionaries.
    if words
        .iter()
        .all(|&i| ctx.doc.tokens[i].kind == TokenKind::Word(Script::Latin))
    {
        return false;
    }
    let key = ctx.words(a, b);
    // Demonyms and adjectives are not entities, nor the start of one
    // (`नॉर्थ` in `नॉर्थ कोरियाई`).
    if ctx.lexicons.demonyms.contains_key(&key)
        || (words.len() == 1 && ctx.flags(words[0]) & flag::DEMONYM != 0)
    {
        return false;
    }
    let line_end = ctx.line_of(a).end;
    for more in 1..=2 {
        if b + more <= line_end && ctx.lexicons.demonyms.contains_key(&ctx.words(a, b + more)) {
            return false;
        }
    }
    let triggers = flag::TRIGGER_PER | flag::TRIGGER_LOC | flag::TRIGGER_ORG | flag::TITLE;
    let plain = |i: &usize| ctx.flags(*i) & (triggers | flag::FUNCTION | flag::POSTPOSITION) == 0;
    // Something must be left besides trigger words (`सरकार` alone is no name).
    if !words.iter().any(plain) {
        return false;
    }
    if cut {
        // What is left of a name the knowledge base took part of must still
        // look like a name: more than one word, or a word that is not common.
        if words.len() == 1 && (ctx.known)(ctx.facts.key(words[0])) {
            return false;
        }
    }
    true
}

/// Links parts of full person names to them: `पुतिन` after `व्लादिमीर पुतिन`,
/// `किम जोंग` after `किम जोंग उन`. A one-word alias that is also an ordinary
/// word needs the tagger to call it a person.
fn aliases(
    ctx: &Context,
    cands: &mut Vec<Cand>,
    taken: &mut [bool],
    model_label: &[Option<EntityLabel>],
) {
    // Full names: every person mentioned with two words or more, once per
    // canonical, with the token positions of its mentions.
    struct Full {
        canonical: String,
        id: Option<String>,
        at: Vec<usize>,
    }
    let mut fulls: Vec<Full> = Vec::new();
    let mut by_canonical: FxHashMap<String, usize> = FxHashMap::default();
    let mut parts: FxHashMap<String, Vec<usize>> = FxHashMap::default();
    let mut seen: FxHashSet<(usize, String)> = FxHashSet::default();
    let add_part = |parts: &mut FxHashMap<String, Vec<usize>>, key: String, k: usize| {
        let v = parts.entry(key).or_default();
        if !v.contains(&k) {
            v.push(k);
        }
    };
    for c in cands
        .iter()
        .filter(|c| c.label == EntityLabel::PER && c.source != Source::Alias)
    {
        let words: Vec<usize> = (c.first..c.end).filter(|&i| ctx.is_word(i)).collect();
        if words.len() < 2 {
            continue;
        }
        let k = *by_canonical.entry(c.canonical.clone()).or_insert_with(|| {
            fulls.push(Full {
                canonical: c.canonical.clone(),
                id: c.id.clone(),
                at: Vec::new(),
            });
            fulls.len() - 1
        });
        fulls[k].at.push(c.first);
        if !seen.insert((k, ctx.words(c.first, c.end))) {
            continue;
        }
        // Prefixes and suffixes of the name, as folded word sequences.
        for len in 1..words.len() {
            for seq in [&words[..len], &words[words.len() - len..]] {
                let key = seq
                    .iter()
                    .map(|&i| ctx.facts.key(i))
                    .collect::<Vec<_>>()
                    .join(" ");
                add_part(&mut parts, key, k);
            }
        }
        // The name as it sounds, to find it written in the other script.
        let text = &ctx.doc.text[ctx.doc.tokens[c.first].start..ctx.doc.tokens[c.end - 1].end];
        for spelled in [translit::canonical(text), c.canonical.clone()] {
            add_part(&mut parts, phonetic(&spelled), k);
        }
    }
    if fulls.is_empty() {
        return;
    }
    for f in &mut fulls {
        f.at.sort_unstable();
    }
    // Of the full names `ks`, the one mentioned last before `at`, else the
    // first one mentioned after it.
    let nearest = |ks: &[usize], at: usize| -> usize {
        let before = ks
            .iter()
            .filter_map(|&k| {
                let p = fulls[k].at.partition_point(|&x| x < at);
                (p > 0).then(|| (fulls[k].at[p - 1], k))
            })
            .max();
        match before {
            Some((_, k)) => k,
            None => ks
                .iter()
                .copied()
                .min_by_key(|&k| fulls[k].at[0])
                .unwrap_or(ks[0]),
        }
    };
    // Relink person mentions that are part of a full name to the nearest
    // such full name (two people may share a surname).
    for c in cands.iter_mut().filter(|c| {
        c.label == EntityLabel::PER && matches!(c.source, Source::Alias | Source::Model)
    }) {
        if let Some(ks) = parts.get(&ctx.words(c.first, c.end)) {
            let best = nearest(ks, c.first);
            c.canonical = fulls[best].canonical.clone();
            c.id = fulls[best].id.clone();
        }
    }
    let max_len = parts
        .keys()
        .map(|k| k.split(' ').count())
        .max()
        .unwrap_or(0);
    let first_words: FxHashSet<&str> = parts
        .keys()
        .filter(|k| !k.starts_with('~'))
        .map(|k| k.split(' ').next().unwrap_or(""))
        .collect();
    let mut words: Vec<&str> = Vec::new();
    for range in ctx.doc.line_tokens.iter() {
        let mut i = range.start;
        while i < range.end {
            let latin = ctx.doc.tokens[i].kind == TokenKind::Word(Script::Latin);
            if taken[i] || !ctx.is_word(i) || (!latin && !first_words.contains(ctx.facts.key(i))) {
                i += 1;
                continue;
            }
            // The longest part of a full name starting here.
            let mut best: Option<(usize, &Vec<usize>)> = None;
            words.clear();
            let mut j = i;
            while j < range.end && words.len() < max_len && !taken[j] {
                if is_joiner(ctx.doc.text, &ctx.doc.tokens[j]) {
                    j += 1;
                    continue;
                }
                if !ctx.is_word(j) {
                    break;
                }
                words.push(ctx.facts.key(j));
                j += 1;
                let key = words.join(" ");
                if let Some(ks) = parts.get(&key) {
                    best = Some((j, ks));
                } else if words.len() > 1
                    && (i..j).all(|t| {
                        !ctx.is_word(t) || ctx.doc.tokens[t].kind == TokenKind::Word(Script::Latin)
                    })
                {
                    // A Latin spelling of the whole name (`Tejashwi yadav`).
                    if let Some(ks) = parts.get(&phonetic(&key)) {
                        best = Some((j, ks));
                    }
                }
            }
            let Some((end, ks)) = best else {
                i += 1;
                continue;
            };
            let one = end - i == 1;
            let ordinary = one && (ctx.known)(ctx.facts.key(i));
            let function = ctx.flags(i) & (flag::FUNCTION | flag::POSTPOSITION | flag::TITLE) != 0;
            if function || (ordinary && model_label[i] != Some(EntityLabel::PER)) {
                i += 1;
                continue;
            }
            let k = nearest(ks, i);
            cands.push(Cand {
                first: i,
                end,
                label: EntityLabel::PER,
                canonical: fulls[k].canonical.clone(),
                id: fulls[k].id.clone(),
                source: Source::Alias,
            });
            taken[i..end].iter_mut().for_each(|t| *t = true);
            i = end;
        }
    }
}

/// A rough sound key of a romanised name: `Tejashwi Yadav` and the
/// romanisation of `तेजस्वी यादव` (`Tejasvi Yadav`) share one. Marked with a
/// leading `~` so it never equals a folded word sequence.
fn phonetic(s: &str) -> String {
    let lower: Vec<char> = s
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'w' => 'v',
            'z' => 'j',
            'q' => 'k',
            'c' => 'k',
            c => c,
        })
        .filter(|c| c.is_ascii_alphabetic() || *c == ' ')
        .collect();
    let mut out = String::from("~");
    let mut prev = ' ';
    for (k, &c) in lower.iter().enumerate() {
        let vowel = |x: char| matches!(x, 'a' | 'e' | 'i' | 'o' | 'u' | ' ');
        if c == 'h' && !vowel(prev) {
            continue;
        }
        if c == prev && c != ' ' {
            continue;
        }
        // `ee` -> `i`, `oo` -> `u`.
        let c = match (c, lower.get(k + 1)) {
            ('e', Some('e')) => 'i',
            ('o', Some('o')) => 'u',
            _ => c,
        };
        if c == 'y' && !vowel(prev) {
            out.push('i');
        } else {
            out.push(c);
        }
        prev = c;
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The document's subjects: every PER/LOC/ORG canonical name mentioned in a
/// content line (or anywhere, when no line is content), most salient first.
/// Salience weighs a mention in the headline 3, in the next two content
/// lines 2, elsewhere in content 1, plus a bonus for the first mentions, and
/// is scaled so the top tag is 1.
pub(crate) fn tags(lines: &[Line], entities: &[Entity]) -> Vec<Tag> {
    let content: Vec<&Line> = lines
        .iter()
        .filter(|l| l.label == LineLabel::Content)
        .collect();
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
    let mut by_name: FxHashMap<(EntityLabel, &str), (usize, f32, Option<&str>, usize)> =
        FxHashMap::default();
    let mut seen = 0usize;
    for e in entities.iter().filter(|e| e.label.is_named()) {
        let Some(w) = weight(e.start) else { continue };
        let entry = by_name.entry((e.label, e.canonical.as_str())).or_insert((
            0,
            0.0,
            e.id.as_deref(),
            e.start,
        ));
        if entry.0 == 0 {
            // Named early: a bonus that fades over the first ten names.
            entry.1 += (10usize.saturating_sub(seen)) as f32 * 0.1;
            seen += 1;
        }
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
                    salience: if top > 0.0 {
                        (score / top * 1000.0).round() / 1000.0
                    } else {
                        0.0
                    },
                },
            )
        })
        .collect();
    tags.sort_by(|a, b| {
        b.1.salience
            .total_cmp(&a.1.salience)
            .then(b.1.count.cmp(&a.1.count))
            .then(a.0.cmp(&b.0))
    });
    tags.into_iter().map(|(_, t)| t).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::Recognizer;

    /// The pieces of a tagger span over the whole of `text`, as text.
    fn pieces_of(text: &str, label: EntityLabel) -> Vec<String> {
        let r = Recognizer::without_model();
        let doc = Document::new(text);
        let facts = TokenFacts::new(&doc, &r.lexicons);
        let ctx = Context {
            doc: &doc,
            gazetteer: &r.gazetteer,
            facts: &facts,
            entities: &r.entities,
            lexicons: &r.lexicons,
            known: &|_| false,
        };
        let n = doc.tokens.len();
        pieces(&ctx, 0, n, label, |_| false)
            .into_iter()
            .map(|(a, b)| text[doc.tokens[a].start..doc.tokens[b - 1].end].to_string())
            .collect()
    }

    #[test]
    fn coordinated_names_with_one_head_are_two_names() {
        assert_eq!(
            pieces_of("एशियन डेवलपमेंट बैंक और अफ्रीकन डेवलपमेंट बैंक", EntityLabel::ORG),
            ["एशियन डेवलपमेंट बैंक", "अफ्रीकन डेवलपमेंट बैंक"]
        );
    }

    #[test]
    fn a_conjunction_inside_one_name_stays() {
        assert_eq!(
            pieces_of("विज्ञान और प्रौद्योगिकी मंत्रालय", EntityLabel::ORG),
            ["विज्ञान और प्रौद्योगिकी मंत्रालय"]
        );
    }

    #[test]
    fn a_span_is_cut_at_punctuation_and_trimmed() {
        assert_eq!(
            pieces_of("राष्ट्रपति डोनाल्ड ट्रंप, कमला हैरिस ने", EntityLabel::PER),
            ["डोनाल्ड ट्रंप", "कमला हैरिस"]
        );
    }
}
