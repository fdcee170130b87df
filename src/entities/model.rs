//! The sequence tagger for names the knowledge base lacks: an averaged
//! perceptron over hashed features with BIO tags for PER, LOC and ORG,
//! decoded with Viterbi per line.
//!
//! Features of token `i`: its folded word, prefixes and suffixes, shape and
//! script, lexicon flags (title, trigger word, postposition, demonym), the
//! words, shapes and flags of two tokens either side, the word bigrams
//! around it, and the knowledge-base match tags of it and its neighbours.
//! Every feature but the bigrams and match tags depends on one token's text
//! only, so at run time the weight sums are cached per distinct word of the
//! document; the rest are a few lookups per token.
//!
//! The weights live in `data/model.bin`, written by `newsmark train` (see
//! [`crate::train_model`]); its header records [`super::lexicon::data_hash`]
//! of the knowledge base and lexicons it was trained with.

use rustc_hash::{FxHashMap, FxHashSet};

use super::lexicon::Lexicons;
use crate::annotation::EntityLabel;
use crate::text::normalize::fold_append;
use crate::text::script::Script;
use crate::text::segment::{Token, TokenKind};
use crate::text::Document;

pub(crate) const N_TAGS: usize = 7;
pub(crate) const MAGIC: &[u8; 8] = b"NMTAG01\0";
/// Tag 0 is O; then B-PER, I-PER, B-LOC, I-LOC, B-ORG, I-ORG.
pub(crate) const LABELS: [EntityLabel; 3] = [EntityLabel::PER, EntityLabel::LOC, EntityLabel::ORG];

pub(crate) fn tag_b(label: EntityLabel) -> usize {
    match label {
        EntityLabel::PER => 1,
        EntityLabel::LOC => 3,
        _ => 5,
    }
}

fn tag_label(t: usize) -> Option<EntityLabel> {
    (t > 0).then(|| LABELS[(t - 1) / 2])
}

fn is_inside(t: usize) -> bool {
    t > 0 && t % 2 == 0
}

/// May tag `cur` follow tag `prev` (`N_TAGS` = line start)?
pub(crate) fn allowed(prev: usize, cur: usize) -> bool {
    !is_inside(cur) || (prev < N_TAGS && prev > 0 && (prev - 1) / 2 == (cur - 1) / 2)
}

// ---- features --------------------------------------------------------------

const T_BIAS: u32 = 1;
const T_WORD: u32 = 2;
const T_PREFIX: u32 = 3;
const T_SUFFIX: u32 = 6;
const T_SHAPE: u32 = 11;
const T_LEN: u32 = 12;
const T_FLAG: u32 = 13;
const T_KB: u32 = 14;
const T_BIGRAM_L: u32 = 15;
const T_BIGRAM_R: u32 = 16;
const T_KB_WORD: u32 = 17;

fn fnv(tpl: u32, bytes: &[u8]) -> u32 {
    let mut h: u32 = 0x811C_9DC5 ^ tpl.wrapping_mul(0x0100_0193);
    for &b in bytes {
        h ^= b as u32;
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

fn mix(a: u32, b: u32) -> u32 {
    let x = (a.rotate_left(7) ^ b).wrapping_mul(0x9E37_79B1);
    x ^ (x >> 15)
}

/// A feature seen at a neighbour `offset` (-2..=2) of the tagged token.
fn at(h: u32, offset: i32) -> u32 {
    if offset == 0 {
        h
    } else {
        mix(h, 0x51ED_0000 ^ (offset + 8) as u32)
    }
}

/// The word feature of a folded word.
pub(crate) fn word_feature(key: &str) -> u32 {
    fnv(T_WORD, key.as_bytes())
}

/// Shape of a token: script and case.
fn shape(text: &str, kind: TokenKind) -> &'static str {
    match kind {
        TokenKind::Number => "9",
        TokenKind::Punct => "P",
        TokenKind::Word(Script::Devanagari) => "D",
        TokenKind::Word(Script::Other) => "O",
        TokenKind::Word(Script::Latin) => {
            let mut chars = text.chars();
            let first_upper = chars.next().is_some_and(char::is_uppercase);
            let rest: Vec<bool> = chars.map(char::is_uppercase).collect();
            match (
                first_upper,
                rest.iter().all(|&u| u),
                rest.iter().any(|&u| u),
            ) {
                (true, true, _) if !rest.is_empty() => "XX",
                (true, true, _) => "X",
                (true, false, false) => "Xx",
                (false, _, false) => "x",
                _ => "xX",
            }
        }
    }
}

/// The per-token facts the features are made of. All but the
/// knowledge-base codes depend on a token's text alone, so they are worked
/// out once per distinct word of the document (an article repeats about
/// half its tokens) and copied to its tokens.
pub(crate) struct TokenFacts {
    /// Folded keys of the distinct words, concatenated; `key_ends[w]`
    /// closes word `w`'s.
    buf: String,
    key_ends: Vec<u32>,
    words: Vec<Word>,
    /// Per token: its distinct word (an index into `words`).
    pub word: Vec<u32>,
    pub word_hash: Vec<u32>,
    pub flags: Vec<u16>,
    /// Knowledge-base match code (see [`kb_code`]); 0 = none.
    pub kb: Vec<u8>,
}

/// A distinct word of a document: a token text and kind.
#[derive(Clone, Copy)]
struct Word {
    /// The bytes of one occurrence in the text.
    start: usize,
    end: usize,
    kind: TokenKind,
    /// Hash of the raw text (the run-time cache key).
    raw_hash: u32,
    word_hash: u32,
    flags: u16,
}

/// A knowledge-base match tag: begin/inside, label, full/short.
pub(crate) fn kb_code(inside: bool, label: EntityLabel, short: bool) -> u8 {
    let l = match label {
        EntityLabel::PER => 0,
        EntityLabel::LOC => 1,
        _ => 2,
    };
    1 + (inside as u8) * 6 + l * 2 + short as u8
}

impl TokenFacts {
    pub(crate) fn new(doc: &Document, lex: &Lexicons) -> TokenFacts {
        // About half an article's tokens are distinct words, and their keys
        // are about as long as their text.
        let words = doc.tokens.len() / 2;
        let mut f = TokenFacts {
            buf: String::with_capacity(doc.text.len() / 2),
            key_ends: Vec::with_capacity(words),
            words: Vec::with_capacity(words),
            word: Vec::new(),
            word_hash: Vec::new(),
            flags: Vec::new(),
            kb: Vec::new(),
        };
        let seen = FxHashMap::with_capacity_and_hasher(words, Default::default());
        f.add_tokens(doc, lex, seen);
        f
    }

    /// The facts of `split`: the text of this document with some of its
    /// tokens cut in two. Only the new pieces are looked at afresh.
    pub(crate) fn resplit(&self, split: &Document, lex: &Lexicons) -> TokenFacts {
        let mut f = TokenFacts {
            buf: self.buf.clone(),
            key_ends: self.key_ends.clone(),
            words: self.words.clone(),
            word: Vec::new(),
            word_hash: Vec::new(),
            flags: Vec::new(),
            kb: Vec::new(),
        };
        let seen = (self.words.iter().enumerate())
            .map(|(w, x)| ((&split.text[x.start..x.end], x.kind), w as u32))
            .collect();
        f.add_tokens(split, lex, seen);
        f
    }

    /// Facts for every token of `doc`; `seen` holds the words already in
    /// `self.words`, by text and kind.
    fn add_tokens<'t>(
        &mut self,
        doc: &Document<'t>,
        lex: &Lexicons,
        mut seen: FxHashMap<(&'t str, TokenKind), u32>,
    ) {
        let n = doc.tokens.len();
        self.word.reserve_exact(n);
        self.word_hash.reserve_exact(n);
        self.flags.reserve_exact(n);
        self.kb = vec![0; n];
        for t in &doc.tokens {
            let raw = &doc.text[t.start..t.end];
            let w = *seen
                .entry((raw, t.kind))
                .or_insert_with(|| self.add_word(raw, t, lex));
            let x = &self.words[w as usize];
            self.word.push(w);
            self.word_hash.push(x.word_hash);
            self.flags.push(x.flags);
        }
    }

    fn add_word(&mut self, raw: &str, t: &Token, lex: &Lexicons) -> u32 {
        let from = self.buf.len();
        if t.kind == TokenKind::Number {
            // Numbers by their digit count: `#4` for a year-like number.
            let digits = raw.chars().filter(|c| c.is_numeric()).count().min(9);
            self.buf.push('#');
            self.buf.push(char::from(b'0' + digits as u8));
        } else {
            fold_append(raw, &mut self.buf);
        }
        let key = &self.buf[from..];
        self.words.push(Word {
            start: t.start,
            end: t.end,
            kind: t.kind,
            raw_hash: fnv(0, raw.as_bytes()) ^ (t.kind == TokenKind::Number) as u32,
            word_hash: fnv(T_WORD, key.as_bytes()),
            flags: if t.is_word() { lex.flags(key) } else { 0 },
        });
        self.key_ends.push(self.buf.len() as u32);
        (self.words.len() - 1) as u32
    }

    /// How many distinct words the document has.
    pub(crate) fn word_count(&self) -> usize {
        self.words.len()
    }

    /// The folded key of distinct word `w`.
    pub(crate) fn word_key(&self, w: usize) -> &str {
        let from = if w == 0 {
            0
        } else {
            self.key_ends[w - 1] as usize
        };
        &self.buf[from..self.key_ends[w] as usize]
    }

    /// The bytes of one occurrence of distinct word `w` in the text, and its kind.
    pub(crate) fn word_token(&self, w: usize) -> Token {
        let x = &self.words[w];
        Token {
            start: x.start,
            end: x.end,
            kind: x.kind,
        }
    }

    /// The folded key of token `i`.
    pub(crate) fn key(&self, i: usize) -> &str {
        self.word_key(self.word[i] as usize)
    }

    /// The hash of token `i`'s raw text.
    fn raw_hash(&self, i: usize) -> u32 {
        self.words[self.word[i] as usize].raw_hash
    }
}

/// Features of token `i` that depend on its own text only.
pub(crate) fn own_features(doc: &Document, facts: &TokenFacts, i: usize, out: &mut Vec<u32>) {
    let t = &doc.tokens[i];
    let key = facts.key(i);
    let raw = &doc.text[t.start..t.end];
    out.push(T_BIAS);
    out.push(facts.word_hash[i]);
    let sh = shape(raw, t.kind);
    out.push(fnv(T_SHAPE, sh.as_bytes()));
    if t.is_word() {
        let n = key.chars().count();
        out.push(fnv(T_LEN, &[n.min(12) as u8, sh.as_bytes()[0]]));
        for (k, (at, _)) in key.char_indices().enumerate().skip(1).take(3) {
            if n > k {
                out.push(fnv(T_PREFIX + k as u32 - 1, &key.as_bytes()[..at]));
            }
        }
        for (k, (at, _)) in key.char_indices().rev().enumerate().take(4) {
            let k = k + 1;
            if n > k {
                out.push(fnv(T_SUFFIX + k as u32 - 1, &key.as_bytes()[at..]));
            }
        }
    } else if t.kind == TokenKind::Punct {
        out.push(fnv(T_SHAPE, raw.as_bytes()));
    }
    flag_features(facts.flags[i], 0, out);
}

fn flag_features(flags: u16, offset: i32, out: &mut Vec<u32>) {
    let mut f = flags;
    while f != 0 {
        let bit = f.trailing_zeros();
        out.push(at(fnv(T_FLAG, &[bit as u8]), offset));
        f &= f - 1;
    }
}

/// Features token `i` contributes when it is at `offset` from the tagged one.
pub(crate) fn neighbour_features(
    doc: &Document,
    facts: &TokenFacts,
    i: usize,
    offset: i32,
    out: &mut Vec<u32>,
) {
    let t = &doc.tokens[i];
    out.push(at(facts.word_hash[i], offset));
    if offset.abs() == 1 {
        let raw = &doc.text[t.start..t.end];
        out.push(at(fnv(T_SHAPE, shape(raw, t.kind).as_bytes()), offset));
        if t.is_word() {
            let key = facts.key(i);
            let n = key.chars().count();
            if n > 3 {
                let cut = key.char_indices().nth(n - 2).map_or(0, |(b, _)| b);
                out.push(at(fnv(T_SUFFIX + 1, &key.as_bytes()[cut..]), offset));
            }
        }
    }
    flag_features(facts.flags[i], offset, out);
}

/// The stand-in for a neighbour past the start (`offset < 0`) or end of the line.
pub(crate) fn edge_features(offset: i32, out: &mut Vec<u32>) {
    out.push(at(
        fnv(T_WORD, if offset < 0 { b"<s>" } else { b"</s>" }),
        offset,
    ));
    if offset.abs() == 1 {
        out.push(at(fnv(T_SHAPE, b"edge"), offset));
    }
}

/// Features that depend on the position: knowledge-base tags and bigrams.
/// `line` is the token range of the line holding `i`.
pub(crate) fn position_features(
    facts: &TokenFacts,
    line: std::ops::Range<usize>,
    i: usize,
    out: &mut Vec<u32>,
) {
    for off in -1i32..=1 {
        let j = i as i64 + off as i64;
        if j < line.start as i64 || j >= line.end as i64 {
            continue;
        }
        let code = facts.kb[j as usize];
        if code != 0 {
            out.push(at(fnv(T_KB, &[code]), off));
            if off == 0 {
                out.push(mix(fnv(T_KB_WORD, &[code]), facts.word_hash[i]));
            }
        }
    }
    let prev = if i > line.start {
        facts.word_hash[i - 1]
    } else {
        0x5EED
    };
    let next = if i + 1 < line.end {
        facts.word_hash[i + 1]
    } else {
        0xE0D
    };
    out.push(mix(T_BIGRAM_L, mix(prev, facts.word_hash[i])));
    out.push(mix(T_BIGRAM_R, mix(facts.word_hash[i], next)));
}

/// Every feature of token `i` (training; run time sums the same
/// features through a per-word cache).
#[cfg(feature = "cli")]
pub(crate) fn all_features(
    doc: &Document,
    facts: &TokenFacts,
    line: std::ops::Range<usize>,
    i: usize,
    out: &mut Vec<u32>,
) {
    own_features(doc, facts, i, out);
    for off in [-2i32, -1, 1, 2] {
        let j = i as i64 + off as i64;
        if j < line.start as i64 || j >= line.end as i64 {
            edge_features(off, out);
        } else {
            neighbour_features(doc, facts, j as usize, off, out);
        }
    }
    position_features(facts, line, i, out);
}

// ---- the model -------------------------------------------------------------

/// Feature weights: open addressing over interleaved (key, row) slots, so a
/// lookup is one cache line (the table is read for every feature of every
/// distinct word, and cache misses dominate the tagger's time).
pub(crate) struct WeightTable {
    slots: Vec<(u32, [i8; 8])>,
    shift: u32,
}

impl WeightTable {
    /// Key 0 marks an empty slot, so a feature hashing to 0 is stored as 1.
    fn norm(h: u32) -> u32 {
        h.max(1)
    }

    fn with_capacity(n: usize) -> WeightTable {
        let bits = (n.max(8) * 2).next_power_of_two().trailing_zeros();
        WeightTable {
            slots: vec![(0, [0; 8]); 1 << bits],
            shift: 32 - bits,
        }
    }

    fn index(&self, h: u32) -> usize {
        (h.wrapping_mul(0x9E37_79B1) >> self.shift) as usize
    }

    fn insert(&mut self, h: u32, row: [i8; 8]) {
        let h = Self::norm(h);
        let mask = self.slots.len() - 1;
        let mut i = self.index(h);
        while self.slots[i].0 != 0 && self.slots[i].0 != h {
            i = (i + 1) & mask;
        }
        self.slots[i] = (h, row);
    }

    #[inline]
    fn get(&self, h: u32) -> Option<&[i8; 8]> {
        let h = Self::norm(h);
        let mask = self.slots.len() - 1;
        let mut i = self.index(h);
        loop {
            let (k, ref row) = self.slots[i];
            if k == h {
                return Some(row);
            }
            if k == 0 {
                return None;
            }
            i = (i + 1) & mask;
        }
    }
}

/// Weights, read from the bytes `newsmark train` writes.
pub(crate) struct Model {
    pub weights: WeightTable,
    /// `trans[prev][cur]`, `prev == N_TAGS` at the line start.
    pub trans: [[i32; N_TAGS]; N_TAGS + 1],
    /// [`super::lexicon::data_hash`] of what it was trained with.
    #[cfg_attr(not(test), allow(dead_code))]
    pub data_hash: u64,
    /// Hashes of the folded words seen often in the training text.
    pub known: FxHashSet<u32>,
}

/// A name the model found, as a token range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct ModelSpan {
    pub first: usize,
    pub end: usize,
    pub label: EntityLabel,
    /// How much the best path beat tagging the span O, per token.
    pub margin: i32,
}

fn read_varint(b: &[u8], pos: &mut usize) -> Option<u64> {
    let mut v = 0u64;
    let mut shift = 0;
    loop {
        let byte = *b.get(*pos)?;
        *pos += 1;
        v |= ((byte & 0x7F) as u64) << shift;
        if byte & 0x80 == 0 {
            return Some(v);
        }
        shift += 7;
        if shift > 63 {
            return None;
        }
    }
}

#[cfg(feature = "cli")]
pub(crate) fn write_varint(out: &mut Vec<u8>, mut v: u64) {
    loop {
        let byte = (v & 0x7F) as u8;
        v >>= 7;
        if v == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

impl Model {
    /// Reads a model file; `None` if it is empty or malformed.
    pub(crate) fn from_bytes(b: &[u8]) -> Option<Model> {
        if b.len() < 8 + 8 + 1 || &b[..8] != MAGIC {
            return None;
        }
        let mut pos = 8;
        let data_hash = u64::from_le_bytes(b.get(pos..pos + 8)?.try_into().ok()?);
        pos += 8;
        if *b.get(pos)? as usize != N_TAGS {
            return None;
        }
        pos += 1;
        let mut trans = [[0i32; N_TAGS]; N_TAGS + 1];
        for row in trans.iter_mut() {
            for v in row.iter_mut() {
                *v = i16::from_le_bytes(b.get(pos..pos + 2)?.try_into().ok()?) as i32;
                pos += 2;
            }
        }
        let n = read_varint(b, &mut pos)? as usize;
        let mut weights = WeightTable::with_capacity(n);
        let mut h = 0u64;
        for _ in 0..n {
            h += read_varint(b, &mut pos)?;
            let mask = *b.get(pos)?;
            pos += 1;
            let mut row = [0i8; 8];
            for (t, w) in row.iter_mut().take(N_TAGS).enumerate() {
                if mask & (1 << t) != 0 {
                    *w = *b.get(pos)? as i8;
                    pos += 1;
                }
            }
            weights.insert(h as u32, row);
        }
        let k = read_varint(b, &mut pos)? as usize;
        let mut known = FxHashSet::with_capacity_and_hasher(k, Default::default());
        let mut h = 0u64;
        for _ in 0..k {
            h += read_varint(b, &mut pos)?;
            known.insert(h as u32);
        }
        (pos == b.len()).then_some(Model {
            weights,
            trans,
            data_hash,
            known,
        })
    }

    fn add(&self, f: u32, s: &mut [i32; N_TAGS]) {
        if let Some(row) = self.weights.get(f) {
            for t in 0..N_TAGS {
                s[t] += row[t] as i32;
            }
        }
    }

    fn sum(&self, feats: &[u32]) -> [i32; N_TAGS] {
        let mut s = [0i32; N_TAGS];
        for &f in feats {
            self.add(f, &mut s);
        }
        s
    }

    /// Emission scores of every token of the document, through a per-word
    /// cache of the own and neighbour feature sums.
    pub(crate) fn emissions(&self, doc: &Document, facts: &TokenFacts) -> Vec<[i32; N_TAGS]> {
        // Per raw word hash: own sum, then sums at offsets -2, -1, 1, 2. A
        // token takes the sums of the first token with its hash; each
        // distinct word looks its hash up once.
        let words = facts.word_count();
        let mut cache: FxHashMap<u32, u32> =
            FxHashMap::with_capacity_and_hasher(words, Default::default());
        let mut sums: Vec<[[i32; N_TAGS]; 5]> = Vec::with_capacity(words);
        let mut of_word = vec![u32::MAX; words];
        let mut kind_of: Vec<u32> = Vec::with_capacity(doc.tokens.len());
        let mut feats = Vec::with_capacity(32);
        for i in 0..doc.tokens.len() {
            let w = facts.word[i] as usize;
            if of_word[w] == u32::MAX {
                of_word[w] = *cache.entry(facts.raw_hash(i)).or_insert_with(|| {
                    let mut v = [[0i32; N_TAGS]; 5];
                    feats.clear();
                    own_features(doc, facts, i, &mut feats);
                    v[0] = self.sum(&feats);
                    for (k, off) in [-2i32, -1, 1, 2].into_iter().enumerate() {
                        feats.clear();
                        neighbour_features(doc, facts, i, off, &mut feats);
                        v[k + 1] = self.sum(&feats);
                    }
                    sums.push(v);
                    (sums.len() - 1) as u32
                });
            }
            kind_of.push(of_word[w]);
        }
        let mut edges = [[0i32; N_TAGS]; 5];
        for (k, off) in [-2i32, -1, 1, 2].into_iter().enumerate() {
            feats.clear();
            edge_features(off, &mut feats);
            edges[k + 1] = self.sum(&feats);
        }
        let mut out = vec![[0i32; N_TAGS]; doc.tokens.len()];
        for range in &doc.line_tokens {
            for i in range.clone() {
                let mut s = sums[kind_of[i] as usize][0];
                for (k, off) in [-2i64, -1, 1, 2].into_iter().enumerate() {
                    let j = i as i64 + off;
                    let v = if j < range.start as i64 || j >= range.end as i64 {
                        &edges[k + 1]
                    } else {
                        &sums[kind_of[j as usize] as usize][k + 1]
                    };
                    for t in 0..N_TAGS {
                        s[t] += v[t];
                    }
                }
                feats.clear();
                position_features(facts, range.clone(), i, &mut feats);
                for &f in &feats {
                    self.add(f, &mut s);
                }
                out[i] = s;
            }
        }
        out
    }

    /// Names found in the document, with a confidence margin, and the
    /// tags and emission scores they came from.
    pub(crate) fn find(&self, doc: &Document, facts: &TokenFacts) -> Tagged {
        let em = self.emissions(doc, facts);
        let mut tags = vec![0u8; doc.tokens.len()];
        for range in &doc.line_tokens {
            viterbi(&em[range.clone()], &self.trans, &mut tags[range.clone()]);
        }
        let spans = spans(&tags, &doc.line_tokens)
            .into_iter()
            .map(|(first, end, label)| {
                let b = tag_b(label);
                let mut margin = 0;
                for (k, e) in em[first..end].iter().enumerate() {
                    let t = if k == 0 { b } else { b + 1 };
                    margin += e[t] - e[0];
                }
                ModelSpan {
                    first,
                    end,
                    label,
                    margin: margin / (end - first) as i32,
                }
            })
            .collect();
        Tagged { spans, tags, em }
    }
}

/// What the tagger says about a document.
#[derive(Default)]
pub(crate) struct Tagged {
    pub spans: Vec<ModelSpan>,
    /// Per token: the tag on the best path.
    pub tags: Vec<u8>,
    /// Per token: the score of each tag.
    pub em: Vec<[i32; N_TAGS]>,
}

impl Tagged {
    /// How much more the tagger prefers O over starting a `label` name at token `i`.
    pub(crate) fn o_margin(&self, i: usize, label: EntityLabel) -> i32 {
        self.em.get(i).map_or(0, |e| e[0] - e[tag_b(label)])
    }
}

/// BIO tags to token spans, never across lines.
pub(crate) fn spans(
    tags: &[u8],
    lines: &[std::ops::Range<usize>],
) -> Vec<(usize, usize, EntityLabel)> {
    let mut out = Vec::new();
    for range in lines {
        let mut i = range.start;
        while i < range.end {
            let t = tags[i] as usize;
            match tag_label(t) {
                Some(label) if !is_inside(t) => {
                    let mut j = i + 1;
                    while j < range.end && tags[j] as usize == t + 1 {
                        j += 1;
                    }
                    out.push((i, j, label));
                    i = j;
                }
                _ => i += 1,
            }
        }
    }
    out
}

/// Viterbi over one line with the BIO constraints: an inside tag may only
/// follow the begin or inside tag of its label, so only those two are
/// tried before it.
pub(crate) fn viterbi(em: &[[i32; N_TAGS]], trans: &[[i32; N_TAGS]; N_TAGS + 1], out: &mut [u8]) {
    let n = em.len();
    if n == 0 {
        return;
    }
    const NEG: i32 = i32::MIN / 4;
    let mut score = [NEG; N_TAGS];
    for t in 0..N_TAGS {
        if allowed(N_TAGS, t) {
            score[t] = em[0][t].saturating_add(trans[N_TAGS][t]);
        }
    }
    let mut back: Vec<[u8; N_TAGS]> = vec![[0; N_TAGS]; n];
    for (e, back) in em.iter().zip(back.iter_mut()).skip(1) {
        // The best previous tag of each tag (the first one on ties), and
        // the score through it.
        let mut best = [NEG; N_TAGS];
        // O and the begin tags may follow any tag.
        for t in [0, 1, 3, 5] {
            for (p, row) in trans[..N_TAGS].iter().enumerate() {
                let s = score[p].saturating_add(row[t]);
                if s > best[t] {
                    best[t] = s;
                    back[t] = p as u8;
                }
            }
        }
        for t in [2, 4, 6] {
            for p in [t - 1, t] {
                let s = score[p].saturating_add(trans[p][t]);
                if s > best[t] {
                    best[t] = s;
                    back[t] = p as u8;
                }
            }
        }
        for t in 0..N_TAGS {
            score[t] = if best[t] > NEG {
                best[t].saturating_add(e[t])
            } else {
                NEG
            };
        }
    }
    let mut t = (0..N_TAGS)
        .max_by_key(|&t| (score[t], std::cmp::Reverse(t)))
        .unwrap_or(0);
    for i in (0..n).rev() {
        out[i] = t as u8;
        t = back[i][t] as usize;
    }
}

/// Tags as BIO over token spans (for training).
#[cfg(feature = "cli")]
pub(crate) fn spans_to_tags(n: usize, spans: &[(usize, usize, EntityLabel)]) -> Vec<u8> {
    let mut tags = vec![0u8; n];
    for &(a, b, label) in spans {
        let bt = tag_b(label) as u8;
        for (k, t) in tags[a..b].iter_mut().enumerate() {
            *t = if k == 0 { bt } else { bt + 1 };
        }
    }
    tags
}

#[allow(dead_code)]
pub(crate) fn token_range_of(tokens: &[Token], start: usize, end: usize) -> Option<(usize, usize)> {
    let first = tokens
        .iter()
        .position(|t| t.start >= start && t.end <= end)?;
    let last = tokens
        .iter()
        .rposition(|t| t.start >= start && t.end <= end)?;
    (last >= first).then_some((first, last + 1))
}
