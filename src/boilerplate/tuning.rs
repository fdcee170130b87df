//! Every tuning constant of the boilerplate pass, in one place (as
//! Readability does), each with the reason for its value. The learned
//! weights live in `data/weights-*.tsv`; these shape the features the
//! weights read and the rules around them.

/// A line is paragraph-like from this many words: short enough for a
/// two-sentence news paragraph, long enough to exclude headlines (most are
/// under 12 words) and menu entries.
pub(crate) const PARAGRAPH_MIN_WORDS: u32 = 12;

/// ...and with at least this many function words per 1000 words: prose runs
/// 250–500‰ in every stoplist language, headlines and teaser lists well
/// under 150‰.
pub(crate) const PARAGRAPH_MIN_STOP_PERMILLE: u32 = 120;

/// ...unless it has this many words: then it is prose without a full stop
/// (a paragraph cut at the end, a caption-less quote).
pub(crate) const PARAGRAPH_UNPUNCTUATED_WORDS: u32 = 20;

/// In the search for the main body, a paragraph is worth its words up to
/// this many, so one very long comment or teaser cannot outweigh a run of
/// ordinary paragraphs.
pub(crate) const BODY_WORD_CAP: u32 = 60;

/// ...and any other line costs this much plus its words (up to this much
/// again): a sub-heading or caption between paragraphs is cheap to bridge,
/// a menu of twenty links is not.
pub(crate) const BODY_GAP_COST: i64 = 4;

/// ...but a short line that reads as text (a sentence end, or at least
/// this many function words per 1000: a sub-heading, a one-line quote;
/// title-case teasers have fewer)...
pub(crate) const TEXTY_MIN_STOP_PERMILLE: u32 = 250;

/// ...costs only this much...
pub(crate) const BODY_TEXTY_GAP_COST: i64 = 1;

/// ...and a related-list or read-more heading this much: the article
/// rarely goes on after one.
pub(crate) const BODY_LIST_HEADING_COST: i64 = 30;

/// The headline is looked for among this many lines before the body (room
/// for a breadcrumb, a byline, a date, a share row and an image line).
pub(crate) const HEADLINE_LOOKBACK: usize = 8;

/// A headline has at least this many words (fewer is a section label)...
pub(crate) const HEADLINE_MIN_WORDS: u32 = 3;

/// ...at most this many (more is a standfirst or a paragraph)...
pub(crate) const HEADLINE_MAX_WORDS: u32 = 40;

/// ...and at least this share (%) of its vocabulary recurs in the body,
pub(crate) const HEADLINE_MIN_OVERLAP: u32 = 20;

/// ...or it is the paste's first line and the body starts within this many
/// lines of it (the reader copied the article from its headline down).
pub(crate) const HEADLINE_FIRST_LINE_REACH: usize = 3;

/// Vocabulary overlap reads at most this many distinct content words of a
/// line: enough to tell a teaser from a paragraph, and it bounds the work on
/// very long lines.
pub(crate) const VOCAB_PER_LINE: usize = 48;

/// A date line has at most this many words (`Updated: Nov. 19, 2019, 4:47
/// p.m. ET` is ten tokens with the numbers, seven words).
pub(crate) const DATE_MAX_WORDS: u32 = 8;

/// A content line that is not paragraph-like and has fewer words than this
/// is a sub-heading (inside the body) rather than body text.
pub(crate) const SUBHEADING_MAX_WORDS: u32 = 15;

/// A line is code when it has at least this many code signs and they
/// outnumber its words.
pub(crate) const CODE_MIN_SIGNS: u32 = 3;

/// A kept line repeated word for word is dropped from this many words on
/// (the headline whatever its length): a repeated paragraph is a teaser
/// block, while short lines (`Meal 2`, `Step 1`) recur in real text.
pub(crate) const REPEAT_MIN_WORDS: u32 = 6;

/// The article's date line is kept when it is at most this many lines after
/// the headline (room for a byline between them).
pub(crate) const DATELINE_REACH: usize = 2;

/// A short line between two kept body lines is a sub-heading when at least
/// this share (%) of its vocabulary recurs in the body; captions and ads
/// inside the body share far less.
pub(crate) const SUBHEADING_MIN_OVERLAP: u32 = 50;

/// If the kept text has fewer words than this share (%) of the main body's
/// paragraphs, the model has failed on the page and the body is kept.
pub(crate) const MIN_KEPT_SHARE: u32 = 25;

/// Prompts are looked for anywhere inside lines of at most this many
/// tokens (a promo line; paragraphs are longer)...
pub(crate) const LEX_INSIDE_MAX_TOKENS: usize = 64;

/// ...as phrases of two to this many tokens (`click here`, `follow us on`).
pub(crate) const LEX_INSIDE_MAX_PHRASE: usize = 4;

/// At most this many sub-heading lines in a row between kept lines (a
/// heading and a one-line standfirst under it).
pub(crate) const SUBHEADING_MAX_RUN: usize = 2;

/// An on-topic paragraph after kept text is kept when at least this share
/// (%) of its vocabulary recurs in the body: lower than for sub-headings,
/// since a paragraph brings new words of its own, but teasers of other
/// stories share less.
pub(crate) const CONTINUATION_MIN_OVERLAP: u32 = 25;

/// A teaser card's title (glued to its summary) has at most this many
/// words before the glued one.
pub(crate) const TEASER_MAX_TITLE_WORDS: u32 = 16;

/// A line followed by a read-more link is a teaser when the page has at
/// least this many such links (a list of them; one alone may close the
/// article).
pub(crate) const TEASER_LIST_READ_MORES: usize = 3;

/// ...but where most paragraphs are set apart by blank lines, one that is
/// not is worth this much less (a teaser or list item, not a `p`).
pub(crate) const BODY_UNSPACED_DIVISOR: i64 = 2;

/// ...except, in an HTML paste, a repeat inside the main container more
/// than this many lines after the first (repeated items of a list or
/// recipe); closer, it is the same block printed twice.
pub(crate) const REPEAT_MIN_DISTANCE: usize = 2;

/// The first paragraph after the headline is kept as the lead unless the
/// model's log-odds for it are below this (odds of 1 in 50: it is sure).
pub(crate) const LEAD_MIN_SCORE: f32 = -4.0;
