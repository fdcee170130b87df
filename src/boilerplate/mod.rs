//! Line classification: the article (`content`) versus the furniture the
//! site wrapped around it (`boilerplate`), each line with a reason, and junk
//! glued to the ends of content lines.
//!
//! 1. `features`: what each line looks like and where it stands (see there).
//! 2. `model`: a learned linear score per line from its own and its
//!    neighbours' features, then Viterbi smoothing. Lines that the lexicon
//!    or their shape make certain (`और पढो »`, a markdown image, a bare URL,
//!    leaked code, a row of share buttons) are fixed as boilerplate first.
//! 3. Exact repeats of a kept line are dropped (the headline printed twice).
//! 4. Reasons: why each line got its label, from a small documented set.
//! 5. `junk`: code glued to the start or end of a kept line, a read-more
//!    link glued to its end.
//!
//! With HTML block hints (`hints`), the DOM's structure adds features and a
//! second set of weights, trained on pages parsed the same way, is used.

mod features;
pub(crate) mod hints;
#[cfg(feature = "html")]
pub mod html;
mod junk;
mod lexicon;
mod model;
#[cfg(feature = "cli")]
pub mod training;
mod tuning;

use crate::annotation::{Junk, Line, LineLabel, Reason};
use crate::text::Document;
use features::{Features, Space};
use hints::LineHint;
use lexicon::Lexicon;
use model::Model;

pub use hints::{BlockHint, BlockTag};

const WEIGHTS_TEXT: &str = include_str!("data/weights-text.tsv");
const WEIGHTS_HTML: &str = include_str!("data/weights-html.tsv");

pub(crate) struct Classifier {
    lex: Lexicon,
    space: Space,
    text: Model,
    html: Model,
}

impl Classifier {
    pub(crate) fn new() -> Classifier {
        let space = Space::new();
        // The weight files are generated against this very feature space and
        // checked by a test; a stale file degrades to the rules alone rather
        // than failing at run time.
        let text = Model::parse(WEIGHTS_TEXT, &space).unwrap_or_else(|_| Model::empty(&space));
        let html = Model::parse(WEIGHTS_HTML, &space).unwrap_or_else(|_| Model::empty(&space));
        Classifier {
            lex: Lexicon::new(),
            space,
            text,
            html,
        }
    }

    /// Labels every line of `doc`; with `enabled == false` every line is
    /// content. `hints` (one per line) come from an HTML paste.
    pub(crate) fn classify(
        &self,
        doc: &Document,
        enabled: bool,
        hints: Option<&[Option<LineHint>]>,
    ) -> (Vec<Line>, Vec<Junk>) {
        if !enabled {
            let lines = doc
                .lines
                .iter()
                .map(|l| Line {
                    start: l.start,
                    end: l.end,
                    label: LineLabel::Content,
                    reason: Reason::Body,
                })
                .collect();
            return (lines, Vec::new());
        }
        let model = if hints.is_some() {
            &self.html
        } else {
            &self.text
        };
        self.classify_with(doc, hints, model)
    }

    fn classify_with(
        &self,
        doc: &Document,
        hints: Option<&[Option<LineHint>]>,
        model: &Model,
    ) -> (Vec<Line>, Vec<Junk>) {
        let mut feats = features::extract(doc, &self.lex, &self.space, hints);
        let content = self.decide(&mut feats, model);
        let lines: Vec<Line> = (0..doc.lines.len())
            .map(|i| {
                let span = doc.lines[i];
                let (label, reason) = if content[i] {
                    (LineLabel::Content, content_reason(&feats, i))
                } else {
                    (LineLabel::Boilerplate, boilerplate_reason(&feats, i))
                };
                Line {
                    start: span.start,
                    end: span.end,
                    label,
                    reason,
                }
            })
            .collect();
        let junk = junk::find(doc, &feats, &lines);
        (lines, junk)
    }

    /// Content (true) or boilerplate for every line.
    fn decide(&self, feats: &mut Features, model: &Model) -> Vec<bool> {
        let scores = model.scores(feats, &self.space);
        let fixed: Vec<Option<bool>> = (0..scores.len())
            .map(|i| certain_boilerplate(feats, i).then_some(false))
            .collect();
        let mut content = model::decode(&scores, &fixed, model.switch_cost);
        keep_article_parts(feats, &fixed, &scores, &mut content);
        keep_some_body(feats, &fixed, &mut content);
        // A line that repeats a kept headline or paragraph word for word is
        // the repeat. (Short lines recur legitimately: `Meal 2`, `Step 1`.)
        // In the DOM's main container a repeat further down is the
        // article's own (a recipe's `Meal 2`, a refrain); a paragraph
        // printed twice in a row is not.
        for i in 0..content.len() {
            if let Some(j) = feats.repeat_of[i] {
                let own = feats.in_main[i]
                    && feats.in_main[j]
                    && feats.headline != Some(j)
                    && i - j > tuning::REPEAT_MIN_DISTANCE;
                if content[j]
                    && !own
                    && (feats.headline == Some(j)
                        || feats.stats[i].words >= tuning::REPEAT_MIN_WORDS)
                {
                    content[i] = false;
                }
            }
        }
        content
    }
}

/// What ANNOTATION.md keeps whatever the model says: the headline, the
/// article's own date line next to it, and sub-headings between kept
/// paragraphs that share the body's vocabulary.
fn keep_article_parts(
    feats: &Features,
    fixed: &[Option<bool>],
    scores: &[f32],
    content: &mut [bool],
) {
    let n = content.len();
    if let Some(h) = feats.headline {
        if fixed[h].is_none() {
            content[h] = true;
        }
        // The first paragraph after the headline: the standfirst or the
        // lead, both the article's own, unless the model is sure it is not
        // (a disclaimer or a newsletter prompt between headline and body).
        if let Some(lead) = (h + 1..n)
            .take(tuning::HEADLINE_LOOKBACK)
            .find(|&i| feats.para[i] && fixed[i].is_none())
        {
            if scores[lead] > tuning::LEAD_MIN_SCORE {
                content[lead] = true;
            }
        }
        // A date line right after the headline or right before the body.
        let body_start = feats.body.map_or(h + 1, |(a, _)| a);
        for i in (h + 1..(h + 1 + tuning::DATELINE_REACH).min(n))
            .chain(body_start.saturating_sub(1)..body_start)
        {
            let s = &feats.stats[i];
            if fixed[i].is_none() && is_date_line(s) {
                content[i] = true;
            }
        }
    }
    // Within the body: short on-topic lines between kept lines are
    // sub-headings, and an on-topic paragraph that follows kept text (past
    // such sub-headings) is the article going on, often its last paragraph
    // before a list of other stories.
    let Some((a, b)) = feats.body else { return };
    let mut anchored = false;
    let mut bridge: Vec<usize> = Vec::new();
    for i in a..=b {
        if fixed[i].is_some() {
            continue;
        }
        let s = &feats.stats[i];
        let overlap = feats.overlap[i].unwrap_or(0);
        let on_topic = overlap >= tuning::SUBHEADING_MIN_OVERLAP && s.glued == 0 && !s.url;
        let continues = overlap >= tuning::CONTINUATION_MIN_OVERLAP
            && !s.url
            && feats.para[i]
            && !feats.in_related[i];
        if !content[i] && anchored && continues && scores[i] > tuning::LEAD_MIN_SCORE {
            content[i] = true;
        }
        if content[i] {
            for &j in &bridge {
                content[j] = true;
            }
            bridge.clear();
            anchored = true;
        } else if anchored
            && on_topic
            && s.words < tuning::SUBHEADING_MAX_WORDS
            && bridge.len() < tuning::SUBHEADING_MAX_RUN
        {
            bridge.push(i);
        } else {
            bridge.clear();
            anchored = false;
        }
    }
}

/// Every paste holds an article: when the model keeps almost nothing of
/// the main body (a page unlike any it was trained on), the body's
/// paragraphs are kept rather than returning an empty article.
fn keep_some_body(feats: &Features, fixed: &[Option<bool>], content: &mut [bool]) {
    let Some((a, b)) = feats.body else { return };
    let words = |keep: &dyn Fn(usize) -> bool| -> u32 {
        (a..=b)
            .filter(|&i| keep(i))
            .map(|i| feats.stats[i].words)
            .sum()
    };
    let body_words = words(&|i| feats.para[i]);
    let kept_words: u32 = (0..content.len())
        .filter(|&i| content[i])
        .map(|i| feats.stats[i].words)
        .sum();
    if kept_words * 100 < body_words * tuning::MIN_KEPT_SHARE {
        for i in a..=b {
            if feats.para[i] && fixed[i].is_none() {
                content[i] = true;
            }
        }
    }
}

fn is_date_line(s: &features::LineStats) -> bool {
    s.date_words > 0
        && s.words <= tuning::DATE_MAX_WORDS
        && (s.date_words + s.numbers) * 2 >= s.tokens
}

/// Lines that no context makes content: a furniture phrase alone, a
/// markdown image, a bare URL, code, a row of share buttons, readers'
/// comments, a DOM section under a related-list heading.
fn certain_boilerplate(feats: &Features, i: usize) -> bool {
    let s = &feats.stats[i];
    s.lex_full.is_some()
        || s.lex_head.is_some()
        || s.image
        || s.url_only
        || is_code(s)
        || (s.words >= 1 && s.social == s.words)
        || (s.copyright && s.words <= 12)
        || feats.after_comments[i]
        || feats.related_section[i]
}

/// Script or template code: code signs outnumber the words, or a line of
/// nothing but signs (`--%>`, `});`).
fn is_code(s: &features::LineStats) -> bool {
    s.code >= tuning::CODE_MIN_SIGNS && s.code > s.words || s.tokens == 0 && s.code >= 2
}

fn content_reason(feats: &Features, i: usize) -> Reason {
    let s = &feats.stats[i];
    let body_start = feats.body.map_or(0, |(a, _)| a);
    if feats.headline == Some(i) {
        return Reason::Headline;
    }
    if is_date_line(s) && i <= body_start {
        return Reason::Dateline;
    }
    if feats.para[i] || s.words >= tuning::SUBHEADING_MAX_WORDS {
        return Reason::Body;
    }
    if i < body_start && feats.headline.is_none() {
        return Reason::Headline;
    }
    Reason::Subheading
}

fn boilerplate_reason(feats: &Features, i: usize) -> Reason {
    let s = &feats.stats[i];
    if let Some(r) = s.lex_full.or(s.lex_head) {
        return r;
    }
    if s.image {
        return Reason::Image;
    }
    if s.url_only {
        return Reason::Url;
    }
    if is_code(s) {
        return Reason::Code;
    }
    if s.social > 0 && s.social * 4 >= s.words * 3 {
        return Reason::Prompt;
    }
    if feats.repeat_of[i].is_some() {
        return Reason::Duplicate;
    }
    if s.latin >= 3 && s.allcaps == s.latin && s.end != features::End::Sentence {
        return Reason::TagLine;
    }
    if s.copyright {
        return Reason::Furniture;
    }
    let after_body = feats.body.is_some_and(|(_, b)| i > b);
    // A story's teaser followed by its own read-more link is one entry of a
    // list of other stories, wherever the list stands.
    let teaser = s.words >= 4
        && feats
            .stats
            .get(i + 1)
            .is_some_and(|next| next.lex_full == Some(Reason::ReadMore));
    if feats.in_related[i] || feats.related_section[i] || (after_body && s.words >= 4) || teaser {
        return Reason::RelatedList;
    }
    Reason::Furniture
}

impl Model {
    /// No weights: every line scores zero and only the certain rules act.
    fn empty(space: &Space) -> Model {
        Model::new(
            &vec![0.0; space.full_len()],
            &vec![0.0; space.full_len()],
            0.0,
        )
    }
}

/// One hint per line of `doc` from `blocks` whose offsets count in `unit`;
/// the error is the first offset that is past the end of the text, inside a
/// character, or a block whose end is before its start.
pub(crate) fn line_hints(
    doc: &Document,
    blocks: &[BlockHint],
    unit: crate::OffsetUnit,
) -> Result<Vec<Option<LineHint>>, usize> {
    if let Some(b) = blocks.iter().find(|b| b.end < b.start) {
        return Err(b.end);
    }
    // Link density is computed in the caller's unit, before conversion.
    let units: Vec<usize> = blocks.iter().map(|b| b.end - b.start).collect();
    let mut spans: Vec<(usize, usize)> = blocks.iter().map(|b| (b.start, b.end)).collect();
    let mut offsets: Vec<&mut usize> = spans.iter_mut().flat_map(|(s, e)| [s, e]).collect();
    crate::text::offsets::unit_to_bytes(doc.text, &mut offsets, unit)?;
    let starts: Vec<usize> = doc.lines.iter().map(|l| l.start).collect();
    Ok(hints::line_hints(doc.text, &starts, blocks, &spans, &units))
}
