//! Line classification: the article (`content`) versus the furniture the
//! site wrapped around it (`boilerplate`), each with a reason, and junk glued
//! to the ends of content lines.

use rustc_hash::{FxHashMap, FxHashSet};

use crate::annotation::{Junk, Line, LineLabel, Reason};
use crate::text::normalize::fold;
use crate::text::segment::TokenKind;
use crate::text::Document;

const PHRASES_TSV: &str = include_str!("data/phrases.tsv");

/// A body paragraph has at least this many word tokens.
const PARAGRAPH_MIN_WORDS: usize = 20;
/// Before the body, a line with fewer words is a label, not a headline.
const HEADLINE_MIN_WORDS: usize = 3;

pub(crate) struct Classifier {
    /// Folded phrase (punctuation and spaces squeezed) → reason.
    phrases: FxHashMap<String, Reason>,
}

impl Classifier {
    pub(crate) fn new() -> Classifier {
        let mut phrases = FxHashMap::default();
        for (n, line) in PHRASES_TSV.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let (reason, phrase) = line.split_once('\t').unwrap_or_else(|| panic!("phrases.tsv:{}: no tab", n + 1));
            let reason = match reason {
                "read-more" => Reason::ReadMore,
                "related-list" => Reason::RelatedList,
                "prompt" => Reason::Prompt,
                "furniture" => Reason::Furniture,
                other => panic!("phrases.tsv:{}: unknown reason {other:?}", n + 1),
            };
            phrases.insert(squeeze(phrase), reason);
        }
        Classifier { phrases }
    }

    /// Labels every line of `doc`; with `enabled == false` every line is
    /// content.
    pub(crate) fn classify(&self, doc: &Document, enabled: bool) -> (Vec<Line>, Vec<Junk>) {
        let n = doc.lines.len();
        let mut labels: Vec<Option<Reason>> = vec![None; n];
        let mut junk = Vec::new();
        if enabled {
            self.rule_lines(doc, &mut labels, &mut junk);
        }
        let lines = doc
            .lines
            .iter()
            .zip(labels)
            .enumerate()
            .map(|(i, (span, reason))| {
                let (label, reason) = match reason {
                    Some(r) => (LineLabel::Boilerplate, r),
                    None => (LineLabel::Content, if i == 0 { Reason::Headline } else { Reason::Body }),
                };
                Line { start: span.start, end: span.end, label, reason }
            })
            .collect();
        (lines, junk)
    }

    fn rule_lines(&self, doc: &Document, labels: &mut [Option<Reason>], junk: &mut Vec<Junk>) {
        let n = doc.lines.len();
        let words: Vec<usize> = (0..n).map(|i| doc.tokens_of(i).iter().filter(|t| t.is_word()).count()).collect();
        let paragraph: Vec<bool> = (0..n).map(|i| words[i] >= PARAGRAPH_MIN_WORDS).collect();
        let first_body = paragraph.iter().position(|&p| p).unwrap_or(0);
        let last_body = paragraph.iter().rposition(|&p| p).unwrap_or(n.saturating_sub(1));
        let mut seen = FxHashSet::default();
        for i in 0..n {
            let text = doc.line_text(i);
            let key = squeeze(text);
            labels[i] = self
                .phrase_reason(&key)
                .or_else(|| shape_reason(doc, i))
                .or_else(|| (!seen.insert(key.clone())).then_some(Reason::Duplicate))
                .or_else(|| {
                    if i > last_body {
                        Some(Reason::RelatedList)
                    } else if i < first_body && words[i] < HEADLINE_MIN_WORDS {
                        Some(Reason::Furniture)
                    } else {
                        None
                    }
                });
            if labels[i].is_none() {
                if let Some(end) = code_prefix(text) {
                    let start = doc.lines[i].start;
                    junk.push(Junk { start, end: start + end, reason: Reason::Code });
                }
            }
        }
    }

    fn phrase_reason(&self, key: &str) -> Option<Reason> {
        if let Some(&r) = self.phrases.get(key) {
            return Some(r);
        }
        // `heading: teaser` lines: the heading part is the phrase.
        let (head, _) = key.split_once(':')?;
        self.phrases.get(head.trim()).copied()
    }
}

/// Reasons that follow from a line's shape alone: URLs, images, code, tag lines.
fn shape_reason(doc: &Document, i: usize) -> Option<Reason> {
    let text = doc.line_text(i).trim();
    if text.starts_with("![") || text.starts_with("[![") {
        return Some(Reason::Image);
    }
    if (text.starts_with("http://") || text.starts_with("https://") || text.starts_with("www.")) && !text.contains(' ') {
        return Some(Reason::Url);
    }
    let toks = doc.tokens_of(i);
    let letters = toks.iter().filter(|t| t.is_word()).map(|t| t.end - t.start).sum::<usize>();
    if text.len() >= 3 && letters * 3 < text.len() && ["%>", "<%", ";", "{", "}", "()"].iter().any(|c| text.contains(c)) {
        return Some(Reason::Code);
    }
    let latin_caps = toks.iter().all(|t| match t.kind {
        TokenKind::Word(_) => {
            let w = &doc.text[t.start..t.end];
            w.chars().all(|c| c.is_ascii_uppercase())
        }
        _ => false,
    });
    (latin_caps && toks.len() >= 4).then_some(Reason::TagLine)
}

/// The length of leaked script glued to the start of a line
/// (`head.appendChild;});रूस के ...`): ASCII code ending in `;` `)` or `}`
/// right before non-ASCII text.
fn code_prefix(line: &str) -> Option<usize> {
    let ascii_end = line.find(|c: char| !c.is_ascii())?;
    let prefix = &line[..ascii_end];
    let looks_like_code = prefix.ends_with(';') || prefix.ends_with("});") || prefix.ends_with("})");
    let has_call = prefix.contains('.') && (prefix.contains(';') || prefix.contains('('));
    (looks_like_code && has_call && !prefix.contains(' ')).then_some(ascii_end)
}

/// A line's folded text with punctuation and spaces squeezed out, for
/// phrase and duplicate matching.
fn squeeze(s: &str) -> String {
    let folded = fold(s);
    let mut out = String::with_capacity(folded.len());
    let mut space = false;
    for c in folded.chars() {
        if c.is_alphanumeric() || crate::text::script::is_mark(c) || c == ':' {
            if space && !out.is_empty() {
                out.push(' ');
            }
            out.push(c);
            space = false;
        } else {
            space = true;
        }
    }
    out
}
