//! Word lists the tagger and the resolver read: titles, trigger words,
//! demonyms and function words (postpositions and the like), all keyed by
//! the folded match key of a single token.
//!
//! `titles.txt`, `triggers.tsv` and `demonyms.tsv` belong to the knowledge
//! base; `function_words.txt` to entity recognition. A multi-word entry
//! (`विदेश मंत्री`, `उत्तर कोरियाई`) marks its last word, and is also kept whole.

use rustc_hash::{FxHashMap, FxHashSet};

use crate::text::normalize::fold_append;
use crate::text::segment::tokens;

pub(crate) const TITLES_TXT: &str = include_str!("data/titles.txt");
pub(crate) const FUNCTION_WORDS_TXT: &str = include_str!("data/function_words.txt");
pub(crate) const TRIGGERS_TSV: &str = include_str!(concat!(env!("OUT_DIR"), "/triggers.tsv"));
pub(crate) const DEMONYMS_TSV: &str = include_str!(concat!(env!("OUT_DIR"), "/demonyms.tsv"));

/// Per-token flags, one bit each.
pub(crate) mod flag {
    pub const TITLE: u16 = 1;
    pub const POSTPOSITION: u16 = 2;
    pub const FUNCTION: u16 = 4;
    pub const TRIGGER_PER: u16 = 8;
    pub const TRIGGER_LOC: u16 = 16;
    pub const TRIGGER_ORG: u16 = 32;
    pub const DEMONYM: u16 = 64;
    pub const TITLE_FIRST: u16 = 128;
    /// The last word of a person's name in the knowledge base (`सिंह`,
    /// `लुईस`): telling of the names the base lacks.
    pub const SURNAME: u16 = 256;
    /// A government-like head (`सरकार`): `भारत सरकार` is India's, not a name.
    pub const GENERIC_HEAD: u16 = 512;
}

#[derive(Default)]
pub(crate) struct Lexicons {
    /// Flags of single folded tokens.
    pub flags: FxHashMap<String, u16>,
    /// Folded one-word place names and last words of place names: the stems
    /// that demonyms are made of (`रूस` → `रूसी`, `कोरिया` → `कोरियाई`).
    pub place_stems: FxHashSet<String>,
    /// The place stems that end in `ा`, without it (`अमेरिका` → `अमेरिक`).
    pub place_stems_aa: FxHashSet<String>,
    /// Hashes of words common in the tagger's training text.
    pub known: FxHashSet<u32>,
    /// Whole demonyms, folded with single spaces, to their country.
    pub demonyms: FxHashMap<String, String>,
    /// Whole titles, folded with single spaces.
    pub titles: FxHashSet<String>,
}

/// The folded tokens of `s`, joined by single spaces (hyphens and the
/// full stops of initials dropped, as the matcher skips them).
pub(crate) fn fold_words(s: &str) -> String {
    let mut out = String::new();
    for t in tokens(s, 0, s.len()) {
        if super::gazetteer::is_joiner(s, &t) {
            continue;
        }
        let w = &s[t.start..t.end];
        if !out.is_empty() {
            out.push(' ');
        }
        fold_append(w, &mut out);
    }
    out
}

fn rows(text: &str) -> impl Iterator<Item = Vec<&str>> {
    text.lines()
        .map(|l| l.trim_end_matches('\r'))
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split('\t').map(str::trim).collect())
}

impl Lexicons {
    pub(crate) fn new() -> Lexicons {
        let mut lex = Lexicons::default();
        for cols in rows(FUNCTION_WORDS_TXT) {
            let f = match cols.get(1).copied() {
                Some("postposition") => flag::POSTPOSITION,
                Some("generic_head") => flag::GENERIC_HEAD,
                _ => flag::FUNCTION,
            };
            lex.mark(cols[0], f, false);
        }
        for cols in rows(TITLES_TXT) {
            lex.titles.insert(fold_words(cols[0]));
            lex.mark(cols[0], flag::TITLE, false);
            lex.mark(cols[0], flag::TITLE_FIRST, true);
        }
        for cols in rows(TRIGGERS_TSV) {
            let f = match cols.get(1).copied() {
                Some("PER") => flag::TRIGGER_PER,
                Some("LOC") => flag::TRIGGER_LOC,
                Some("ORG") => flag::TRIGGER_ORG,
                _ => continue,
            };
            lex.mark(cols[0], f, false);
        }
        for cols in rows(DEMONYMS_TSV) {
            if let Some(country) = cols.get(1).filter(|c| !c.is_empty()) {
                lex.demonyms
                    .insert(fold_words(cols[0]), country.to_string());
                lex.mark(cols[0], flag::DEMONYM, false);
            }
        }
        lex
    }

    /// Sets `f` on the last (or first) word of `surface`.
    fn mark(&mut self, surface: &str, f: u16, first: bool) {
        let words = fold_words(surface);
        let w = if first {
            words.split(' ').next()
        } else {
            words.rsplit(' ').next()
        };
        if let Some(w) = w.filter(|w| !w.is_empty()) {
            *self.flags.entry(w.to_string()).or_insert(0) |= f;
        }
    }

    /// Marks the last word of every person's name of two words or more in
    /// the knowledge base as a surname, unless it is a function word or a
    /// title, which say nothing about names. (Marking first words as given
    /// names was tried too: it split names the base holds by surname alone,
    /// `एंतोनियो गुतारेस`, and made things named after people, `राफेल`,
    /// persons.)
    pub(crate) fn add_person_names<'a>(&mut self, names: impl Iterator<Item = &'a str>) {
        let ordinary = flag::FUNCTION | flag::POSTPOSITION | flag::TITLE;
        for name in names {
            let words = fold_words(name);
            let Some((_, last)) = words.rsplit_once(' ') else {
                continue;
            };
            let flags = self.flags.entry(last.to_string()).or_insert(0);
            if *flags & ordinary == 0 && last.chars().count() > 1 {
                *flags |= flag::SURNAME;
            }
        }
    }

    /// Adds the last word of a place name as a demonym stem.
    pub(crate) fn add_place_stem(&mut self, word: &str) {
        if let Some(without) = word.strip_suffix('ा') {
            self.place_stems_aa.insert(without.to_string());
        }
        self.place_stems.insert(word.to_string());
    }

    /// The lexicon flags of a folded word, with the derived ones: a demonym
    /// made from a place name.
    pub(crate) fn flags(&self, key: &str) -> u16 {
        let mut f = self.flags.get(key).copied().unwrap_or(0);
        if f & flag::DEMONYM == 0 && self.is_derived_demonym(key) {
            f |= flag::DEMONYM;
        }
        f
    }

    /// `रूसी`, `कोरियाई`, `भारतीय`, `अमेरिकी`: a place name with an adjective
    /// ending (folded: `ि`, `इ`, `िय`), `ा` restored where it was dropped.
    pub(crate) fn is_derived_demonym(&self, key: &str) -> bool {
        for suffix in ["िय", "ि", "इ"] {
            if let Some(stem) = key.strip_suffix(suffix) {
                if stem.chars().count() < 2 {
                    continue;
                }
                if self.place_stems.contains(stem) || self.place_stems_aa.contains(stem) {
                    return true;
                }
            }
        }
        false
    }
}

/// The hash a folded word is known by (the tagger's word feature).
pub(crate) fn word_hash(key: &str) -> u32 {
    super::model::word_feature(key)
}

/// A 64-bit FNV-1a hash of every text the tagger's features depend on: the
/// knowledge base and the lexicons. The model file records it, so a test can
/// tell when the model was trained with other data than it runs with.
#[cfg(any(test, feature = "cli"))]
pub(crate) fn data_hash(kb: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in [
        kb,
        TITLES_TXT,
        FUNCTION_WORDS_TXT,
        TRIGGERS_TSV,
        DEMONYMS_TSV,
    ] {
        for &b in part.as_bytes().iter().chain(b"\x00") {
            h ^= b as u64;
            h = h.wrapping_mul(0x0000_0100_0000_01B3);
        }
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn last_words_of_persons_names_are_surnames_unless_titles() {
        let mut lex = Lexicons::new();
        lex.add_person_names(["डोनाल्ड ट्रंप", "Joe Biden", "मोदी", "राम श्री"].into_iter());
        let surname = |w: &str| lex.flags(w) & flag::SURNAME != 0;
        assert!(surname("ट्रंप") && surname("biden"));
        // Not a first word, a one-word name, or a title.
        assert!(!surname("डोनाल्ड") && !surname("मोदी") && !surname("श्री"));
    }
}
