//! Text handling shared by every stage: character classes, match-key
//! folding, segmentation into lines and tokens, and offset units.

pub(crate) mod normalize;
pub(crate) mod offsets;
pub(crate) mod script;
pub(crate) mod segment;

use std::ops::Range;

use segment::{LineSpan, Token};

/// A text split once into its non-blank lines and their tokens; every later
/// stage reads these instead of scanning the text again.
pub(crate) struct Document<'t> {
    pub text: &'t str,
    /// The non-blank lines, in order.
    pub lines: Vec<LineSpan>,
    /// All tokens of all non-blank lines, in order.
    pub tokens: Vec<Token>,
    /// For each line, its range in `tokens`.
    pub line_tokens: Vec<Range<usize>>,
}

impl<'t> Document<'t> {
    pub(crate) fn new(text: &'t str) -> Document<'t> {
        let lines: Vec<LineSpan> = segment::lines(text)
            .into_iter()
            .filter(|l| !segment::is_blank(&text[l.start..l.end]))
            .collect();
        let mut tokens = Vec::with_capacity(text.len() / 6);
        let mut line_tokens = Vec::with_capacity(lines.len());
        for l in &lines {
            let first = tokens.len();
            segment::tokens_into(text, l.start, l.end, &mut tokens);
            line_tokens.push(first..tokens.len());
        }
        Document {
            text,
            lines,
            tokens,
            line_tokens,
        }
    }

    pub(crate) fn line_text(&self, i: usize) -> &'t str {
        let l = self.lines[i];
        &self.text[l.start..l.end]
    }

    pub(crate) fn tokens_of(&self, i: usize) -> &[Token] {
        &self.tokens[self.line_tokens[i].clone()]
    }
}
