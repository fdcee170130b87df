//! Finds knowledge-base names in a document: a trie over folded tokens.
//!
//! Names and text are tokenized the same way and each token folded to its
//! match key, so `किम जोंग-उन`, `किम-जोंग-उन` and `KIM JONG UN` all walk the
//! same path. Hyphens between name parts are skipped on both sides. Matching
//! is left to right, longest match first; a match ends on token boundaries,
//! so postpositions (separate words) stay outside, and `रूसी` never matches
//! `रूस`.

use rustc_hash::FxHashMap;

use crate::text::normalize::fold_append;
use crate::text::segment::{tokens, Token, TokenKind};
use crate::text::Document;

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
}

#[derive(Default)]
pub(crate) struct Gazetteer {
    vocab: FxHashMap<String, u32>,
    edges: FxHashMap<(u32, u32), u32>,
    terminals: FxHashMap<u32, Terminal>,
    nodes: u32,
}

const ROOT: u32 = 0;

/// Hyphens and dashes join the parts of a name and are skipped.
pub(crate) fn is_joiner(text: &str, t: &Token) -> bool {
    t.kind == TokenKind::Punct && matches!(&text[t.start..t.end], "-" | "‐" | "‑" | "–" | "—")
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
        let keep_old = self.terminals.get(&node).is_some_and(|old| {
            !terminal.custom && (old.custom || old.strength == Strength::Full || terminal.strength == Strength::Short)
        });
        if !keep_old {
            self.terminals.insert(node, terminal);
        }
    }

    /// Folds every token of the document once: `None` for tokens that occur
    /// in no name (they can never be part of a match).
    pub(crate) fn token_ids(&self, doc: &Document) -> Vec<Option<u32>> {
        let mut key = String::new();
        doc.tokens
            .iter()
            .map(|t| {
                key.clear();
                fold_append(&doc.text[t.start..t.end], &mut key);
                self.vocab.get(key.as_str()).copied()
            })
            .collect()
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
    pub(crate) fn longest_at(&self, doc: &Document, ids: &[Option<u32>], first: usize, limit: usize) -> Option<Match> {
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
            let Some(&next) = self.edges.get(&(node, tok)) else { break };
            node = next;
            j += 1;
            if let Some(&terminal) = self.terminals.get(&node) {
                best = Some(Match { first, end: j, terminal });
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

    fn gazetteer() -> Gazetteer {
        let mut g = Gazetteer::default();
        let full = |e| Terminal { entity: e, strength: Strength::Full, custom: false };
        g.insert("किम जोंग उन", full(0));
        g.insert("किम", Terminal { entity: 0, strength: Strength::Short, custom: false });
        g.insert("उत्तर कोरिया", full(1));
        g.insert("North Korea", full(1));
        g.insert("रूस", full(2));
        g
    }

    fn found(text: &str) -> Vec<(&str, u32, Strength)> {
        let g = gazetteer();
        let doc = Document::new(text);
        let ids = g.token_ids(&doc);
        g.find(&doc, &ids)
            .into_iter()
            .map(|m| (&text[doc.tokens[m.first].start..doc.tokens[m.end - 1].end], m.terminal.entity, m.terminal.strength))
            .collect()
    }

    #[test]
    fn longest_match_across_spelling_variants() {
        assert_eq!(
            found("किम-जोंग-उन ने NORTH KOREA और रुस से बात की। किम बोले"),
            [
                ("किम-जोंग-उन", 0, Strength::Full),
                ("NORTH KOREA", 1, Strength::Full),
                ("रुस", 2, Strength::Full),
                ("किम", 0, Strength::Short)
            ]
        );
    }

    #[test]
    fn no_match_inside_a_longer_word_or_across_lines() {
        assert_eq!(found("रूसी सेना"), []);
        assert_eq!(found("उत्तर\nकोरिया"), []);
    }

    #[test]
    fn full_beats_short_and_custom_beats_builtin() {
        let mut g = gazetteer();
        g.insert("किम", Terminal { entity: 0, strength: Strength::Full, custom: false });
        assert_eq!(g.lookup("किम").unwrap().strength, Strength::Full);
        g.insert("रूस", Terminal { entity: 9, strength: Strength::Full, custom: true });
        assert_eq!(g.lookup("रूस").unwrap().entity, 9);
        g.insert("रूस", Terminal { entity: 2, strength: Strength::Full, custom: false });
        assert_eq!(g.lookup("रूस").unwrap().entity, 9);
    }
}
