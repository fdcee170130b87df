//! The data files: furniture phrases and per-language stoplists, matched on
//! hashes of folded word tokens so a line is never copied or re-folded.
//!
//! Every word and number token of a line is folded (case, accents, nukta,
//! vowel length, ZWJ; see `text::normalize`) and hashed once; a phrase is the
//! combined hash of its tokens' hashes. Matching a line's first or last `k`
//! tokens against the phrase table is then `k` integer combinations and one
//! table probe.

use rustc_hash::{FxHashMap, FxHasher};
use std::hash::Hasher;

use crate::annotation::Reason;
use crate::text::normalize::fold_append;
use crate::text::segment::{tokens, TokenKind};

const PHRASES_TSV: &str = include_str!("data/phrases.tsv");
const MONTHS_TXT: &str = include_str!("data/months.txt");

/// Stoplists, one file per language: `(code, words)`.
const STOPLISTS: [(&str, &str); 8] = [
    ("hi", include_str!("data/stopwords/hi.txt")),
    ("en", include_str!("data/stopwords/en.txt")),
    ("de", include_str!("data/stopwords/de.txt")),
    ("pt", include_str!("data/stopwords/pt.txt")),
    ("it", include_str!("data/stopwords/it.txt")),
    ("es", include_str!("data/stopwords/es.txt")),
    ("fr", include_str!("data/stopwords/fr.txt")),
    ("ru", include_str!("data/stopwords/ru.txt")),
];

/// How many stoplists there are; a word's languages fit in a `u8` mask.
pub(crate) const LANGUAGES: usize = STOPLISTS.len();

/// Phrases longer than this many tokens are not looked for.
pub(crate) const MAX_PHRASE_TOKENS: usize = 8;

/// Where a phrase may match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct PhraseEntry {
    pub reason: Reason,
    /// Tokens in the phrase.
    pub len: u8,
}

/// What the lexicon knows about one word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct WordInfo {
    /// Bit `i`: the word is in `STOPLISTS[i]`.
    pub stop: u8,
    flags: u8,
}

impl WordInfo {
    const FURNITURE: u8 = 1;
    const DATE: u8 = 2;
    const PHRASE_START: u8 = 4;

    /// A furniture word (`Facebook`, `शेयर`).
    pub fn furniture(self) -> bool {
        self.flags & Self::FURNITURE != 0
    }

    /// A month or weekday name or another date-line word.
    pub fn date(self) -> bool {
        self.flags & Self::DATE != 0
    }

    /// The first word of some phrase: only there can a phrase match begin.
    pub fn starts_phrase(self) -> bool {
        self.flags & Self::PHRASE_START != 0
    }
}

pub(crate) struct Lexicon {
    /// Combined token hash → phrase.
    phrases: FxHashMap<u64, PhraseEntry>,
    /// Word hash → stoplists, furniture, date and phrase-start flags: one
    /// probe per word of the text.
    words: FxHashMap<u64, WordInfo>,
    /// Lengths (in tokens) that some phrase has, ascending.
    pub phrase_lens: Vec<u8>,
}

impl Lexicon {
    pub(crate) fn new() -> Lexicon {
        let mut phrases = FxHashMap::default();
        let mut words: FxHashMap<u64, WordInfo> = FxHashMap::default();
        let mut buf = String::new();
        for (n, line) in PHRASES_TSV.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            // The data file is part of the build; a malformed line is a bug
            // that the lexicon test catches.
            let Some((kind, phrase)) = line.split_once('\t') else {
                debug_assert!(false, "phrases.tsv:{}: no tab", n + 1);
                continue;
            };
            let hashes = phrase_hashes(phrase, &mut buf);
            if kind == "word" {
                if let [h] = hashes[..] {
                    words.entry(h).or_default().flags |= WordInfo::FURNITURE;
                }
                continue;
            }
            let Some(reason) = reason_of(kind) else {
                debug_assert!(false, "phrases.tsv:{}: unknown reason {kind:?}", n + 1);
                continue;
            };
            if hashes.is_empty() || hashes.len() > MAX_PHRASE_TOKENS {
                continue;
            }
            words.entry(hashes[0]).or_default().flags |= WordInfo::PHRASE_START;
            phrases.insert(
                combine(&hashes),
                PhraseEntry {
                    reason,
                    len: hashes.len() as u8,
                },
            );
        }
        let mut phrase_lens: Vec<u8> = phrases.values().map(|e| e.len).collect();
        phrase_lens.sort_unstable();
        phrase_lens.dedup();
        for (bit, (_, list)) in STOPLISTS.iter().enumerate() {
            for w in list
                .lines()
                .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            {
                for h in phrase_hashes(w.trim(), &mut buf) {
                    words.entry(h).or_default().stop |= 1 << bit;
                }
            }
        }
        for w in MONTHS_TXT
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            for h in phrase_hashes(w.trim(), &mut buf) {
                words.entry(h).or_default().flags |= WordInfo::DATE;
            }
        }
        Lexicon {
            phrases,
            words,
            phrase_lens,
        }
    }

    /// What the lexicon knows about a word (all false for most words).
    pub(crate) fn word(&self, h: u64) -> WordInfo {
        self.words.get(&h).copied().unwrap_or_default()
    }

    /// The phrase whose tokens are exactly `hashes`, if any.
    pub(crate) fn phrase(&self, hashes: &[u64]) -> Option<PhraseEntry> {
        if hashes.is_empty() || hashes.len() > MAX_PHRASE_TOKENS {
            return None;
        }
        self.phrases.get(&combine(hashes)).copied()
    }
}

fn reason_of(kind: &str) -> Option<Reason> {
    Some(match kind {
        "read-more" => Reason::ReadMore,
        "related-list" => Reason::RelatedList,
        "prompt" => Reason::Prompt,
        "furniture" => Reason::Furniture,
        "tag-line" => Reason::TagLine,
        "image" => Reason::Image,
        _ => return None,
    })
}

/// The hashes of the word and number tokens of `s`.
fn phrase_hashes(s: &str, buf: &mut String) -> Vec<u64> {
    tokens(s, 0, s.len())
        .iter()
        .filter(|t| t.kind != TokenKind::Punct)
        .map(|t| word_hash(&s[t.start..t.end], buf))
        .collect()
}

/// The hash of a word's match key. ASCII words hash their lower-cased bytes
/// directly (that is their key); others are folded into `buf` first.
pub(crate) fn word_hash(word: &str, buf: &mut String) -> u64 {
    if word.is_ascii() {
        // Word tokens are letters, number tokens digits, `,` and `.`: for
        // all of these, setting bit 5 is lower-casing (and changes nothing
        // else), so the key needs no copy.
        hash_key(word.as_bytes(), 0x20)
    } else if word.chars().all(folds_to_itself) {
        // The key is the word itself: no need to build it.
        hash_key(word.as_bytes(), 0)
    } else {
        buf.clear();
        fold_append(word, buf);
        hash_key(buf.as_bytes(), 0)
    }
}

/// A 64-bit hash of a key, eight bytes at a time; `or` is applied to every
/// byte of the key (not to the padding of the last chunk).
fn hash_key(bytes: &[u8], or: u8) -> u64 {
    const K: u64 = 0xf135_7aea_2e62_a9c5;
    let mut h = bytes.len() as u64;
    let or8 = u64::from_ne_bytes([or; 8]);
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut v = [0u8; 8];
        v.copy_from_slice(chunk);
        h = (h.rotate_left(26) ^ (u64::from_le_bytes(v) | or8)).wrapping_mul(K);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut v = [0u8; 8];
        for (d, &b) in v.iter_mut().zip(rest) {
            *d = b | or;
        }
        h = (h.rotate_left(26) ^ u64::from_le_bytes(v)).wrapping_mul(K);
    }
    h ^ (h >> 29)
}

/// Devanagari letters and signs that folding leaves as they are (see
/// `text::normalize`): not nukta forms, nukta, chandrabindu, candra vowels,
/// long ī/ū, digits, or the nasal consonants that fold with a virama.
fn folds_to_itself(c: char) -> bool {
    matches!(c, '\u{0900}'..='\u{097F}')
        && !matches!(
            c,
            '\u{0901}'
                | '\u{0908}'
                | '\u{090A}'
                | '\u{090D}'
                | '\u{0911}'
                | '\u{0919}'
                | '\u{091E}'
                | '\u{0923}'
                | '\u{0928}'
                | '\u{0929}'
                | '\u{092E}'
                | '\u{0931}'
                | '\u{0934}'
                | '\u{093C}'
                | '\u{0940}'
                | '\u{0942}'
                | '\u{0945}'
                | '\u{0949}'
                | '\u{0958}'..='\u{095F}'
                | '\u{0966}'..='\u{096F}'
        )
}

/// One hash for a sequence of token hashes (order matters).
pub(crate) fn combine(hashes: &[u64]) -> u64 {
    let mut h = FxHasher::default();
    for &x in hashes {
        h.write_u64(x);
    }
    h.write_usize(hashes.len());
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hashes(s: &str) -> Vec<u64> {
        phrase_hashes(s, &mut String::new())
    }

    #[test]
    fn data_files_are_well_formed() {
        for (n, line) in PHRASES_TSV.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let (kind, phrase) = line
                .split_once('\t')
                .unwrap_or_else(|| panic!("phrases.tsv:{}: no tab", n + 1));
            assert!(
                kind == "word" || reason_of(kind).is_some(),
                "phrases.tsv:{}: unknown reason {kind:?}",
                n + 1
            );
            let len = hashes(phrase).len();
            assert!(
                (1..=MAX_PHRASE_TOKENS).contains(&len),
                "phrases.tsv:{}: {len} tokens",
                n + 1
            );
            assert!(
                kind != "word" || len == 1,
                "phrases.tsv:{}: a word entry is one token",
                n + 1
            );
        }
        for (lang, list) in STOPLISTS {
            let words: Vec<&str> = list
                .lines()
                .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
                .collect();
            assert!(words.len() >= 60, "{lang}: {} words", words.len());
            assert!(
                words.iter().all(|w| !w.contains(char::is_whitespace)),
                "{lang}: one word a line"
            );
        }
    }

    #[test]
    fn phrases_match_after_folding() {
        let lex = Lexicon::new();
        let cases = [
            ("और पढ़ें", Some(Reason::ReadMore)),
            ("और पढें", Some(Reason::ReadMore)),
            ("READ MORE", Some(Reason::ReadMore)),
            ("Similar  News", Some(Reason::RelatedList)),
            ("ये भी पढ़ें", Some(Reason::RelatedList)),
            (
                "Have something to say? Post your opinion",
                Some(Reason::Prompt),
            ),
            ("[ad_1]", Some(Reason::Furniture)),
            ("read the news", None),
        ];
        for (text, want) in cases {
            assert_eq!(lex.phrase(&hashes(text)).map(|e| e.reason), want, "{text}");
        }
    }

    #[test]
    fn the_fast_path_hashes_the_folded_key() {
        // Every Devanagari character that the fast path keeps must be one
        // that folding keeps, alone and before a virama.
        for c in (0x0900..=0x097Fu32)
            .filter_map(char::from_u32)
            .filter(|&c| folds_to_itself(c))
        {
            for w in [format!("क{c}"), format!("{c}\u{094D}क")] {
                assert_eq!(crate::text::normalize::fold(&w), w, "{c:?}");
            }
        }
        let mut buf = String::new();
        for (a, b) in [
            ("की", "कि"),
            ("हिन्दी", "हिंदी"),
            ("ज़मीन", "जमिन"),
            ("खबर", "ख़बर"),
        ] {
            assert_eq!(word_hash(a, &mut buf), word_hash(b, &mut buf), "{a} {b}");
        }
    }

    #[test]
    fn stoplists_and_furniture_words() {
        let lex = Lexicon::new();
        let h = |w: &str| hashes(w)[0];
        assert_ne!(lex.word(h("THE")).stop, 0);
        assert_ne!(lex.word(h("की")).stop, 0);
        assert_ne!(lex.word(h("nicht")).stop, 0);
        assert_eq!(lex.word(h("Putin")), WordInfo::default());
        assert!(lex.word(h("WhatsApp")).furniture());
        assert!(!lex.word(h("Moscow")).furniture());
        assert!(lex.word(h("अप्रैल")).date() && lex.word(h("Nov")).date());
        assert!(lex.word(h("read")).starts_phrase() && lex.word(h("और")).starts_phrase());
    }
}
