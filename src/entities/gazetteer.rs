//! Finds knowledge-base names in a document: a trie over folded tokens.
//!
//! Names and text are tokenized the same way and each token folded to its
//! match key, so `किम जोंग-उन`, `किम-जोंग-उन` and `KIM JONG UN` all walk the
//! same path. Hyphens between name parts are skipped on both sides. Matching
//! is left to right, longest match first; a match ends on token boundaries,
//! so postpositions (separate words) stay outside, and `रूसी` never matches
//! `रूस`.

use rustc_hash::{FxHashMap, FxHashSet};

use super::model::TokenFacts;
use crate::text::normalize::{fold_append, fold_with_offsets};
use crate::text::script::Script;
use crate::text::segment::{tokens, Token, TokenKind};
use crate::text::Document;

/// The longest token (in folded bytes, ~30 Devanagari letters) that
/// [`Gazetteer::split_glued`] tries to split.
const MAX_GLUED_BYTES: usize = 96;

/// A one-word name found glued to a word needs this many letters (folded),
/// so that `नवजागरण` is not read as `नव` + `जागरण`; `बांग्लादेश` qualifies.
const MIN_GLUED_NAME_CHARS: usize = 7;

/// Can a syllable start at `c` (a consonant or an independent vowel)?
fn starts_syllable(c: char) -> bool {
    matches!(c, '\u{0904}'..='\u{0939}' | '\u{0958}'..='\u{0961}' | '\u{0972}'..='\u{097F}')
}

/// How a surface form identifies its entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Strength {
    /// Identifies the entity on its own.
    Full,
    /// Ambiguous alone: counts only with support in the document.
    Short,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Terminal {
    pub entity: u32,
    pub strength: Strength,
    /// From a user dictionary rather than the built-in knowledge base.
    pub custom: bool,
}

/// A name found in the document, as a range of document tokens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Match {
    pub first: usize,
    /// One past the last token.
    pub end: usize,
    pub terminal: Terminal,
    /// The trie node of the surface (for its other readings).
    pub node: u32,
}

#[derive(Default)]
pub(crate) struct Gazetteer {
    vocab: FxHashMap<String, u32>,
    edges: FxHashMap<(u32, u32), u32>,
    terminals: FxHashMap<u32, Terminal>,
    /// Further entities a short surface may stand for (`विदेश मंत्रालय`:
    /// the foreign ministry of whichever country the text is about).
    others: FxHashMap<u32, Vec<Terminal>>,
    /// Nodes of acronyms (`WHO`, `US`): found only when written in capitals,
    /// so `who` and `us` stay words. `relaxed` nodes were also reached by a
    /// surface in lower case.
    acronyms: FxHashSet<u32>,
    relaxed: FxHashSet<u32>,
    nodes: u32,
}

/// `WHO`, `U.S.`, `NATO`: capitals (and dots) only, two to six letters.
fn is_acronym(surface: &str) -> bool {
    let letters = surface.chars().filter(char::is_ascii_uppercase).count();
    (2..=6).contains(&letters) && surface.chars().all(|c| c.is_ascii_uppercase() || c == '.')
}

const ROOT: u32 = 0;

/// Hyphens and dashes join the parts of a name and are skipped; so is the
/// full stop after an initial (`एस. जयशंकर` = `एस जयशंकर`).
pub(crate) fn is_joiner(text: &str, t: &Token) -> bool {
    t.kind == TokenKind::Punct && matches!(&text[t.start..t.end], "-" | "‐" | "‑" | "–" | "—" | ".")
}

impl Gazetteer {
    /// Adds `surface` for `terminal`. A full form beats a short one for the
    /// same surface; a custom entry beats a built-in one; otherwise the first
    /// entry added keeps the surface.
    pub(crate) fn insert(&mut self, surface: &str, terminal: Terminal) {
        let mut node = ROOT;
        let mut key = String::new();
        let mut any = false;
        for t in tokens(surface, 0, surface.len()) {
            if is_joiner(surface, &t) {
                continue;
            }
            key.clear();
            fold_append(&surface[t.start..t.end], &mut key);
            let next_id = self.vocab.len() as u32;
            let tok = *self.vocab.entry(key.clone()).or_insert(next_id);
            node = match self.edges.get(&(node, tok)) {
                Some(&n) => n,
                None => {
                    self.nodes += 1;
                    self.edges.insert((node, tok), self.nodes);
                    self.nodes
                }
            };
            any = true;
        }
        if !any {
            return;
        }
        if is_acronym(surface) {
            self.acronyms.insert(node);
        } else {
            self.relaxed.insert(node);
        }
        let old = self.terminals.get(&node).copied();
        let keep_old = old.is_some_and(|old| {
            !terminal.custom
                && (old.custom
                    || old.strength == Strength::Full
                    || terminal.strength == Strength::Short)
        });
        match old {
            Some(old) if keep_old => {
                if old.strength == Strength::Short
                    && terminal.strength == Strength::Short
                    && old.entity != terminal.entity
                {
                    let v = self.others.entry(node).or_default();
                    if !v.iter().any(|t| t.entity == terminal.entity) {
                        v.push(terminal);
                    }
                }
            }
            _ => {
                self.terminals.insert(node, terminal);
            }
        }
    }

    /// Is the surface at `node` an acronym, matched only in capitals?
    pub(crate) fn is_acronym_node(&self, node: u32) -> bool {
        self.acronyms.contains(&node) && !self.relaxed.contains(&node)
    }

    /// The other entities a short surface (its trie `node`) may stand for.
    pub(crate) fn others(&self, node: u32) -> &[Terminal] {
        self.others.get(&node).map_or(&[], Vec::as_slice)
    }

    /// The vocabulary id of every token of the document (`None` for tokens
    /// that occur in no name and can never be part of a match), from the
    /// folded keys in `facts`, looked up once per distinct word.
    pub(crate) fn token_ids(&self, doc: &Document, facts: &TokenFacts) -> Vec<Option<u32>> {
        let mut key = String::new();
        let of_word: Vec<Option<u32>> = (0..facts.word_count())
            .map(|w| {
                let t = facts.word_token(w);
                if t.kind == TokenKind::Number {
                    // A number's key in `facts` is its digit count; names
                    // hold the digits themselves (`G20`).
                    key.clear();
                    fold_append(&doc.text[t.start..t.end], &mut key);
                    self.vocab.get(key.as_str()).copied()
                } else {
                    self.vocab.get(facts.word_key(w)).copied()
                }
            })
            .collect();
        facts.word.iter().map(|&w| of_word[w as usize]).collect()
    }

    /// The vocabulary id of a folded word.
    pub(crate) fn id(&self, key: &str) -> Option<u32> {
        self.vocab.get(key).copied()
    }

    /// The trie node after `tok` from `node`.
    pub(crate) fn step(&self, node: u32, tok: u32) -> Option<u32> {
        self.edges.get(&(node, tok)).copied()
    }

    pub(crate) fn terminal(&self, node: u32) -> Option<Terminal> {
        self.terminals.get(&node).copied()
    }

    /// Splits words glued to a name by a missing space (`उनकिम जोंग उन`,
    /// `दीउत्तर कोरिया`, `संबंधबांग्लादेश`, `जयशंकरएस जयशंकर`): a Devanagari
    /// word that is neither a name part nor a known word is cut at a syllable
    /// boundary when the right side starts a knowledge-base name and the
    /// left side is a known word or a name part, or the left side ends a name
    /// and the right side is a function word (`बांग्लादेशको`). Returns the new token list,
    /// or `None` when nothing was split.
    pub(crate) fn split_glued(
        &self,
        doc: &Document,
        facts: &TokenFacts,
        ids: &[Option<u32>],
        known: &dyn Fn(&str) -> bool,
        function: &dyn Fn(&str) -> bool,
    ) -> Option<(Vec<Token>, Vec<std::ops::Range<usize>>)> {
        let mut cuts: Vec<(usize, usize)> = Vec::new();
        for range in &doc.line_tokens {
            for i in range.clone() {
                let t = doc.tokens[i];
                if t.kind != TokenKind::Word(Script::Devanagari)
                    || ids[i].is_some()
                    || known(facts.key(i))
                {
                    continue;
                }
                let key = facts.key(i);
                // Two glued words are short; a very long token is no name.
                if key.len() > MAX_GLUED_BYTES {
                    continue;
                }
                let mut prev: Option<char> = None;
                for (p, c) in key.char_indices() {
                    let boundary = p > 0 && starts_syllable(c) && prev != Some('\u{094D}');
                    prev = Some(c);
                    if !boundary {
                        continue;
                    }
                    let (left, right) = key.split_at(p);
                    let side_ok = |k: &str| known(k) || self.vocab.contains_key(k);
                    // The right part starts a name, or the left part ends one.
                    let starts =
                        self.id(right)
                            .and_then(|r| self.step(ROOT, r))
                            .is_some_and(|node| {
                                side_ok(left)
                                    && self.continues(
                                        doc,
                                        ids,
                                        node,
                                        i + 1,
                                        range.end,
                                        right.chars().count(),
                                    )
                            });
                    let ends = !starts
                        && self.id(left).is_some_and(|l| {
                            function(right)
                                && self.ends_name(ids, range.start, i, l, left.chars().count())
                        });
                    if starts || ends {
                        // Back from the key to the original text.
                        let raw = &doc.text[t.start..t.end];
                        let (_, map) = fold_with_offsets(raw);
                        let at = map[p];
                        if at > 0 && !raw[..at].ends_with('\u{094D}') {
                            cuts.push((i, t.start + at));
                            break;
                        }
                    }
                }
            }
        }
        if cuts.is_empty() {
            return None;
        }
        let mut tokens = Vec::with_capacity(doc.tokens.len() + cuts.len());
        let mut line_tokens = Vec::with_capacity(doc.line_tokens.len());
        let mut c = cuts.iter().peekable();
        for range in &doc.line_tokens {
            let first = tokens.len();
            for i in range.clone() {
                let t = doc.tokens[i];
                match c.peek() {
                    Some(&&(j, at)) if j == i => {
                        tokens.push(Token {
                            start: t.start,
                            end: at,
                            kind: t.kind,
                        });
                        tokens.push(Token {
                            start: at,
                            end: t.end,
                            kind: t.kind,
                        });
                        c.next();
                    }
                    _ => tokens.push(t),
                }
            }
            line_tokens.push(first..tokens.len());
        }
        Some((tokens, line_tokens))
    }

    /// From `node` (a name's first word, `chars` long), does the name end
    /// there (and is long enough to stand alone) or go on with tokens `from..`?
    fn continues(
        &self,
        doc: &Document,
        ids: &[Option<u32>],
        mut node: u32,
        from: usize,
        limit: usize,
        chars: usize,
    ) -> bool {
        if self
            .terminal(node)
            .is_some_and(|t| t.strength == Strength::Full)
            && chars >= MIN_GLUED_NAME_CHARS
        {
            return true;
        }
        let mut j = from;
        while j < limit {
            if is_joiner(doc.text, &doc.tokens[j]) {
                j += 1;
                continue;
            }
            let Some(next) = ids[j].and_then(|tok| self.step(node, tok)) else {
                return false;
            };
            node = next;
            if self.terminal(node).is_some() {
                return true;
            }
            j += 1;
        }
        false
    }

    /// Does a name end with word `last` (the left part of token `at`), starting
    /// at `at` itself or up to three tokens before it?
    fn ends_name(
        &self,
        ids: &[Option<u32>],
        line_start: usize,
        at: usize,
        last: u32,
        chars: usize,
    ) -> bool {
        for s in (line_start.max(at.saturating_sub(3))..=at).rev() {
            let mut node = ROOT;
            let mut ok = true;
            for id in ids[s..at].iter() {
                match id.and_then(|tok| self.step(node, tok)) {
                    Some(n) => node = n,
                    None => {
                        ok = false;
                        break;
                    }
                }
            }
            if !ok {
                continue;
            }
            if let Some(t) = self.step(node, last).and_then(|n| self.terminal(n)) {
                if t.strength == Strength::Full && (s < at || chars >= MIN_GLUED_NAME_CHARS) {
                    return true;
                }
            }
        }
        false
    }

    /// All longest, non-overlapping matches in the document, in order.
    /// `ids` is [`Gazetteer::token_ids`] of the same document.
    pub(crate) fn find(&self, doc: &Document, ids: &[Option<u32>]) -> Vec<Match> {
        let mut out = Vec::new();
        for range in &doc.line_tokens {
            let mut i = range.start;
            while i < range.end {
                match self.longest_at(doc, ids, i, range.end) {
                    Some(m) => {
                        i = m.end;
                        out.push(m);
                    }
                    None => i += 1,
                }
            }
        }
        out
    }

    /// The longest match starting at token `first`, not crossing `limit`.
    pub(crate) fn longest_at(
        &self,
        doc: &Document,
        ids: &[Option<u32>],
        first: usize,
        limit: usize,
    ) -> Option<Match> {
        let mut node = ROOT;
        let mut best = None;
        let mut j = first;
        while j < limit {
            let t = &doc.tokens[j];
            if j > first && is_joiner(doc.text, t) && t.start == doc.tokens[j - 1].end {
                j += 1;
                continue;
            }
            let Some(tok) = ids[j] else { break };
            let Some(&next) = self.edges.get(&(node, tok)) else {
                break;
            };
            node = next;
            j += 1;
            if let Some(&terminal) = self.terminals.get(&node) {
                let capitals = || {
                    doc.tokens[first..j]
                        .iter()
                        .filter(|t| t.is_word())
                        .all(|t| {
                            doc.text[t.start..t.end]
                                .bytes()
                                .all(|b| b.is_ascii_uppercase())
                        })
                };
                if !self.is_acronym_node(node) || capitals() {
                    best = Some(Match {
                        first,
                        end: j,
                        terminal,
                        node,
                    });
                }
            }
        }
        best
    }

    /// The terminal that `surface` alone reaches, if it is a complete name.
    #[cfg(test)]
    pub(crate) fn lookup(&self, surface: &str) -> Option<Terminal> {
        let mut node = ROOT;
        let mut key = String::new();
        for t in tokens(surface, 0, surface.len()) {
            if is_joiner(surface, &t) {
                continue;
            }
            key.clear();
            fold_append(&surface[t.start..t.end], &mut key);
            node = *self.edges.get(&(node, *self.vocab.get(key.as_str())?))?;
        }
        self.terminals.get(&node).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::lexicon::Lexicons;

    fn gazetteer() -> Gazetteer {
        let mut g = Gazetteer::default();
        let full = |e| Terminal {
            entity: e,
            strength: Strength::Full,
            custom: false,
        };
        let short = |e| Terminal {
            entity: e,
            strength: Strength::Short,
            custom: false,
        };
        g.insert("किम जोंग उन", full(0));
        g.insert("किम", short(0));
        g.insert("उत्तर कोरिया", full(1));
        g.insert("North Korea", full(1));
        g.insert("डीपीआरके", full(1));
        g.insert("रूस", full(2));
        g.insert("बांग्लादेश", full(3));
        g.insert("एस. जयशंकर", full(4));
        g.insert("नई दिल्ली", full(5));
        g.insert("जेलेंस्की", full(8));
        g.insert("WHO", short(9));
        g.insert("US", full(10));
        g.insert("विदेश मंत्रालय", short(6));
        g.insert("विदेश मंत्रालय", short(7));
        g
    }

    /// Matches as (surface, entity, strength), glued words split first with
    /// `known` as the ordinary words.
    fn found(text: &str) -> Vec<(String, u32, Strength)> {
        let g = gazetteer();
        let lex = Lexicons::new();
        let doc = Document::new(text);
        let facts = TokenFacts::new(&doc, &lex);
        let ids = g.token_ids(&doc, &facts);
        let known = |k: &str| matches!(k, "दि" | "संबंध" | "ने" | "के" | "को");
        let function = |k: &str| matches!(k, "के" | "को" | "ने");
        let split =
            g.split_glued(&doc, &facts, &ids, &known, &function)
                .map(|(tokens, line_tokens)| Document {
                    text: doc.text,
                    lines: doc.lines.clone(),
                    tokens,
                    line_tokens,
                });
        let doc = split.as_ref().unwrap_or(&doc);
        let facts = TokenFacts::new(doc, &lex);
        let ids = g.token_ids(doc, &facts);
        g.find(doc, &ids)
            .into_iter()
            .map(|m| {
                (
                    text[doc.tokens[m.first].start..doc.tokens[m.end - 1].end].to_string(),
                    m.terminal.entity,
                    m.terminal.strength,
                )
            })
            .collect()
    }

    macro_rules! cases {
        ($($name:ident: $text:expr => [$(($span:expr, $e:expr, $s:ident)),*];)*) => {$(
            #[test]
            fn $name() {
                let want: Vec<(String, u32, Strength)> = vec![$(($span.to_string(), $e, Strength::$s)),*];
                assert_eq!(found($text), want);
            }
        )*};
    }

    cases! {
        spaces_and_hyphens_are_one_name: "किम जोंग उन, किम जोंग-उन और किम-जोंग-उन" =>
            [("किम जोंग उन", 0, Full), ("किम जोंग-उन", 0, Full), ("किम-जोंग-उन", 0, Full)];
        latin_case_folds: "NORTH KOREA और North Korea, north korea" =>
            [("NORTH KOREA", 1, Full), ("North Korea", 1, Full), ("north korea", 1, Full)];
        vowel_length_misspelling: "रुस और रूस" => [("रुस", 2, Full), ("रूस", 2, Full)];
        zwj_inside_a_name: "नई दिल्\u{200D}ली में" => [("नई दिल्\u{200D}ली", 5, Full)];
        nukta_variant: "ज़ेलेंस्की ने" => [("ज़ेलेंस्की", 8, Full)];
        postpositions_stay_outside: "रूस के साथ डीपीआरके ने" => [("रूस", 2, Full), ("डीपीआरके", 1, Full)];
        longest_match_wins: "किम जोंग उन बोले, किम चुप" => [("किम जोंग उन", 0, Full), ("किम", 0, Short)];
        demonym_is_not_the_name: "रूसी सेना" => [];
        no_match_across_lines: "उत्तर\nकोरिया" => [];
        initial_with_or_without_full_stop: "एस जयशंकर और एस. जयशंकर" => [("एस जयशंकर", 4, Full), ("एस. जयशंकर", 4, Full)];
        glued_after_a_name: "किम जोंग उनकिम जोंग उन ने कहा" => [("किम जोंग उन", 0, Full), ("किम जोंग उन", 0, Full)];
        glued_after_a_verb: "चेतावनी दीउत्तर कोरिया के नेता" => [("उत्तर कोरिया", 1, Full)];
        glued_one_word_name: "बढ़ते संबंधबांग्लादेश की सरकार" => [("बांग्लादेश", 3, Full)];
        glued_initial: "एस जयशंकरएस जयशंकर ने" => [("एस जयशंकर", 4, Full), ("एस जयशंकर", 4, Full)];
        unknown_glue_is_left_alone: "महाबांग्लादेश" => [];
        short_name_glued_to_a_known_word_is_not_split: "संबंधरूस" => [];
        acronyms_only_in_capitals: "WHO and US said; who told us?" => [("WHO", 9, Short), ("US", 10, Full)];
        glued_postposition: "बांग्लादेशको मदद" => [("बांग्लादेश", 3, Full)];
        short_name_in_an_unknown_word_is_not_split: "पारूस" => [];
    }

    #[test]
    fn full_beats_short_and_custom_beats_builtin() {
        let mut g = gazetteer();
        g.insert(
            "किम",
            Terminal {
                entity: 0,
                strength: Strength::Full,
                custom: false,
            },
        );
        assert_eq!(g.lookup("किम").unwrap().strength, Strength::Full);
        g.insert(
            "रूस",
            Terminal {
                entity: 9,
                strength: Strength::Full,
                custom: true,
            },
        );
        assert_eq!(g.lookup("रूस").unwrap().entity, 9);
        g.insert(
            "रूस",
            Terminal {
                entity: 2,
                strength: Strength::Full,
                custom: false,
            },
        );
        assert_eq!(g.lookup("रूस").unwrap().entity, 9);
    }

    #[test]
    fn a_shared_short_form_keeps_every_reading() {
        let g = gazetteer();
        let doc = Document::new("विदेश मंत्रालय");
        let facts = TokenFacts::new(&doc, &Lexicons::new());
        let m = g.find(&doc, &g.token_ids(&doc, &facts))[0];
        assert_eq!(m.terminal.entity, 6);
        assert_eq!(
            g.others(m.node)
                .iter()
                .map(|t| t.entity)
                .collect::<Vec<_>>(),
            [7]
        );
    }
}
