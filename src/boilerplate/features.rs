//! Line features: what a line looks like on its own (length, punctuation,
//! function-word density, case, script, markup, lexicon matches), where it
//! stands in the document (before, inside or after the main body, in a run
//! of short lines, after a related-list or comments heading), whether it
//! repeats the headline, how much of its vocabulary the body shares, and,
//! for an HTML paste, what the DOM said about its block and where that
//! block stands relative to the page's main container (`hints`).
//!
//! Every feature is binary; numbers are cut into bins. A line's features are
//! its own ("base") features plus copies of its neighbours' base features
//! (two lines either side), so the model sees context the way jusText's
//! neighbour smoothing does, but with learned weights.
//!
//! One pass over each line's tokens computes everything local; a few linear
//! passes over the lines compute the document-level parts. Duplicates and
//! vocabulary overlap use hash maps, so the whole is linear in the text.

use rustc_hash::FxHashMap;

use super::hints::{BlockTag, ClassHints, Landmarks, LineHint, Placement};
use super::lexicon::{combine, word_hash, Lexicon, LANGUAGES};
use super::tuning as t;
use crate::annotation::Reason;
use crate::text::script::Script;
use crate::text::segment::TokenKind;
use crate::text::Document;

/// Declares the base features: `name = bins;`. A feature with `n` bins
/// occupies `n` consecutive indices named `name.0` .. `name.{n-1}` (or just
/// `name` when `n == 1`).
macro_rules! feature_space {
    ($($field:ident = $n:expr;)*) => {
        /// The first index of each base feature.
        #[derive(Debug, Clone, Copy)]
        pub(crate) struct Idx { $(pub $field: u16,)* }

        fn build() -> (Idx, Vec<String>) {
            let mut names = Vec::new();
            $(
                let $field = names.len() as u16;
                push_names(&mut names, stringify!($field), $n);
            )*
            (Idx { $($field,)* }, names)
        }
    };
}

fn push_names(names: &mut Vec<String>, name: &str, n: usize) {
    if n == 1 {
        names.push(name.to_string());
    } else {
        names.extend((0..n).map(|b| format!("{name}.{b}")));
    }
}

feature_space! {
    bias = 1;
    // --- the line alone
    words = 12;
    end_sentence = 1;
    end_colon = 1;
    end_comma = 1;
    end_punct = 1;
    end_alnum = 1;
    marks = 4;
    comma = 1;
    stop = 7;
    caps = 4;
    allcaps = 1;
    lower_start = 1;
    start_quote = 1;
    start_bullet = 1;
    start_digit = 1;
    parens = 1;
    script = 4;
    foreign = 1;
    digits = 4;
    date = 1;
    time = 1;
    seps = 3;
    url = 1;
    url_only = 1;
    email = 1;
    image = 1;
    code = 3;
    code_prefix = 1;
    copyright = 1;
    lex_full = 6;
    lex_head = 6;
    lex_tail = 1;
    lex_inside = 1;
    social = 2;
    glued = 1;
    // --- repeats
    headline_repeat = 1;
    // --- the document around it
    overlap = 6;
    region = 12;
    position = 5;
    gap_before = 1;
    gap_after = 1;
    short_run = 5;
    para_near = 4;
    para = 1;
    headline = 1;
    after_comments = 1;
    in_related = 1;
    teaser_read_more = 1;
    // --- the first pass's scores (second pass only)
    s1 = 8;
    s1_win1 = 6;
    s1_win3 = 6;
    s1_win8 = 6;
    s1_rel = 5;
    s1_region = 12;
    s1_before = 4;
    s1_after = 4;
    // --- the DOM (HTML paste only)
    hint = 2;
    tag = 10;
    link_density = 5;
    in_list = 1;
    in_table = 1;
    landmark = 8;
    class_hint = 9;
    main_box = 4;
    box_links = 4;
    box_score = 5;
}

/// Lexicon reasons in feature order (`lex_full.i`, `lex_head.i`).
const LEX_REASONS: [Reason; 6] = [
    Reason::ReadMore,
    Reason::RelatedList,
    Reason::Prompt,
    Reason::Furniture,
    Reason::TagLine,
    Reason::Image,
];

/// Context slots: the line itself, then its neighbours at these offsets.
pub(crate) const SLOTS: [isize; 5] = [0, -1, 1, -2, 2];

/// Feature names and indices, built once.
pub(crate) struct Space {
    pub idx: Idx,
    /// Base feature names; the full space is `SLOTS.len()` copies.
    pub base: Vec<String>,
}

impl Space {
    pub(crate) fn new() -> Space {
        let (idx, base) = build();
        Space { idx, base }
    }

    /// The name of a feature in the full (context) space.
    pub(crate) fn name(&self, f: usize) -> String {
        let (slot, b) = (f / self.base.len(), f % self.base.len());
        match SLOTS[slot] {
            0 => self.base[b].clone(),
            d if d < 0 => format!("p{}:{}", -d, self.base[b]),
            d => format!("n{}:{}", d, self.base[b]),
        }
    }

    pub(crate) fn full_len(&self) -> usize {
        self.base.len() * SLOTS.len()
    }
}

/// What one pass over a line's tokens finds.
#[derive(Debug, Clone, Default)]
pub(crate) struct LineStats {
    /// Word units: words, with runs of CJK characters counted two to a word.
    pub words: u32,
    pub tokens: u32,
    pub latin: u32,
    pub devanagari: u32,
    pub other: u32,
    pub caps: u32,
    pub allcaps: u32,
    pub numbers: u32,
    pub date_words: u32,
    /// Best stopword ratio over the languages, in 1/1000.
    pub stop_permille: u32,
    pub stops: u32,
    pub social: u32,
    /// Words where a title runs into the next text without a space
    /// (`Michigan To Mail Ballots 250,000The state will ...`), the mark of a
    /// teaser card whose heading and summary the copy glued together.
    pub glued: u32,
    /// The first glued word comes after a few title-case words: a teaser
    /// card's title run into its summary, not a paragraph.
    pub teaser: bool,
    /// Hash of all word and number tokens: equal lines, equal hashes.
    pub hash: u64,
    /// Hash of the first `PREFIX_TOKENS` tokens (0 if the line is shorter).
    pub prefix: u64,
    pub lex_full: Option<Reason>,
    pub lex_head: Option<Reason>,
    /// A read-more or prompt phrase at the end of a longer line: byte
    /// offset where the phrase starts.
    pub lex_tail: Option<(Reason, usize)>,
    /// A prompt or read-more phrase of two or more words anywhere in a
    /// short line (`(... यहां क्लिक करें. आप हमें फ़ेसबुक पर फ़ॉलो ...)`).
    pub lex_inside: bool,
    pub end: End,
    pub marks: u32,
    pub comma: bool,
    pub lower_start: bool,
    pub start_quote: bool,
    pub start_bullet: bool,
    pub start_digit: bool,
    pub parens: bool,
    pub seps: u32,
    pub url: bool,
    pub url_only: bool,
    pub email: bool,
    pub image: bool,
    pub code: u32,
    pub copyright: bool,
    pub time: bool,
    /// Starts with leaked script (`head.appendChild;});`).
    pub code_prefix: bool,
    /// Range of this line's vocabulary hashes in `Features::vocab`.
    pub vocab: (u32, u32),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum End {
    #[default]
    None,
    Sentence,
    Colon,
    Comma,
    Punct,
    Alnum,
}

/// Everything the classifier knows about a document's lines.
pub(crate) struct Features {
    pub stats: Vec<LineStats>,
    /// Base features of every line, flattened; `ranges[i]` is line `i`'s.
    pub active: Vec<u16>,
    pub ranges: Vec<(u32, u32)>,
    /// Paragraph-like lines (long, sentence punctuation, function words).
    pub para: Vec<bool>,
    /// The main body: the densest run of paragraphs, `first..=last`.
    pub body: Option<(usize, usize)>,
    /// The line chosen as the article's headline.
    pub headline: Option<usize>,
    /// Line `i` repeats an earlier line (same words).
    pub repeat_of: Vec<Option<usize>>,
    /// Line `i` comes after a related-list heading with no paragraph since.
    pub in_related: Vec<bool>,
    /// Line `i` comes after a comments heading (see [`comments_section`]).
    pub after_comments: Vec<bool>,
    /// Line `i` is in a DOM container opened by a related-list heading
    /// (HTML paste only).
    pub related_section: Vec<bool>,
    /// Line `i` is in the page's main container (HTML paste only).
    pub in_main: Vec<bool>,
    /// Share (%) of the line's vocabulary that the body also uses (`None`:
    /// too few words, or no body).
    pub overlap: Vec<Option<u32>>,
    /// Second-pass features from the first pass's scores (empty before
    /// [`add_stack`]).
    pub stack: Vec<[u16; STACK_FEATURES]>,
}

/// How many features [`add_stack`] gives each line.
pub(crate) const STACK_FEATURES: usize = 8;

impl Features {
    /// Line `i`'s base features: its own, then (second pass) the stack.
    #[cfg(any(feature = "cli", test))]
    pub(crate) fn of_line(&self, i: usize) -> impl Iterator<Item = u16> + '_ {
        let (a, b) = self.ranges[i];
        let stack: &[u16] = self.stack.get(i).map_or(&[], |s| &s[..]);
        self.active[a as usize..b as usize]
            .iter()
            .chain(stack)
            .copied()
    }
}

/// The second pass's view of the first: each line's own first-pass score,
/// the mean content probability around it (1, 3 and 8 lines either side),
/// its score relative to the document's best line, where it stands relative
/// to the densest run of likely content (Kadane over the scores), and how
/// much likely content lies before and after it. This lets the model reason
/// about the document as a whole (stacked generalisation, "auto-context").
pub(crate) fn add_stack(feats: &mut Features, space: &Space, scores: &[f32]) {
    let ix = &space.idx;
    let n = scores.len();
    let prob: Vec<f32> = scores
        .iter()
        .map(|&z| 1.0 / (1.0 + (-z.clamp(-30.0, 30.0)).exp()))
        .collect();
    let mut prefix = vec![0.0f64; n + 1];
    for i in 0..n {
        prefix[i + 1] = prefix[i] + prob[i] as f64;
    }
    let window = |i: usize, k: usize| -> f64 {
        let (a, b) = (i.saturating_sub(k), (i + k + 1).min(n));
        let count = (b - a - 1).max(1) as f64;
        (prefix[b] - prefix[a] - prob[i] as f64) / count
    };
    let best = scores.iter().copied().fold(f32::MIN, f32::max);
    // Likely content, weighted by length, and the densest run of it.
    let mass: Vec<f64> = (0..n)
        .map(|i| prob[i] as f64 * (1 + feats.stats[i].words.min(60)) as f64)
        .collect();
    let total: f64 = mass.iter().sum();
    let mut before = 0.0f64;
    let mut region: Option<(f32, usize, usize)> = None;
    let (mut sum, mut start) = (0.0f32, 0usize);
    for (i, (&z, st)) in scores.iter().zip(&feats.stats).enumerate() {
        let v = z.clamp(-4.0, 4.0) * (1.0 + st.words.min(40) as f32 / 10.0);
        if sum <= 0.0 {
            sum = 0.0;
            start = i;
        }
        sum += v;
        if v > 0.0 && region.is_none_or(|(b, _, _)| sum > b) {
            region = Some((sum, start, i));
        }
    }
    let prob_bins = |p: f64| -> usize {
        [0.1, 0.25, 0.5, 0.75, 0.9]
            .iter()
            .position(|&b| p < b)
            .unwrap_or(5)
    };
    feats.stack = (0..n)
        .map(|i| {
            let z = scores[i];
            let own = [-6.0, -4.0, -2.0, -1.0, 0.0, 1.0, 2.0]
                .iter()
                .position(|&b| z < b)
                .unwrap_or(7);
            let rel = [-8.0, -4.0, -2.0, -0.5]
                .iter()
                .position(|&b| z - best < b)
                .unwrap_or(4);
            let reg = match region {
                None => 11,
                Some((_, a, _)) if i < a => 1 + bin((a - i) as u32, &[2, 3, 6, 16]),
                Some((_, _, b)) if i > b => 6 + bin((i - b) as u32, &[2, 3, 6, 16]),
                Some(_) => 0,
            };
            let share = |m: f64| -> usize {
                if total <= 0.0 {
                    0
                } else {
                    [0.02, 0.25, 0.75]
                        .iter()
                        .position(|&b| m / total < b)
                        .unwrap_or(3)
                }
            };
            let (b, a) = (before, total - before - mass[i]);
            before += mass[i];
            [
                ix.s1 + own as u16,
                ix.s1_win1 + prob_bins(window(i, 1)) as u16,
                ix.s1_win3 + prob_bins(window(i, 3)) as u16,
                ix.s1_win8 + prob_bins(window(i, 8)) as u16,
                ix.s1_rel + rel as u16,
                ix.s1_region + reg as u16,
                ix.s1_before + share(b) as u16,
                ix.s1_after + share(a) as u16,
            ]
        })
        .collect();
}

/// Lines this many tokens long or longer share a prefix hash.
const PREFIX_TOKENS: usize = 5;

pub(crate) fn extract(
    doc: &Document,
    lex: &Lexicon,
    space: &Space,
    hints: Option<&[Option<LineHint>]>,
) -> Features {
    let n = doc.lines.len();
    let mut vocab = Vec::new();
    let mut buf = String::new();
    let mut scratch = Scratch::default();
    let stats: Vec<LineStats> = (0..n)
        .map(|i| line_stats(doc, i, lex, &mut buf, &mut scratch, &mut vocab))
        .collect();

    // Which script the document is written in, by words.
    let (dev, lat, oth) = stats.iter().fold((0u64, 0u64, 0u64), |(d, l, o), s| {
        (
            d + s.devanagari as u64,
            l + s.latin as u64,
            o + s.other as u64,
        )
    });
    let doc_script = if dev >= lat && dev >= oth {
        Script::Devanagari
    } else if lat >= oth {
        Script::Latin
    } else {
        Script::Other
    };

    let para: Vec<bool> = stats.iter().map(is_paragraph).collect();
    let after_comments = comments_section(doc, &stats, &para);
    let blank_after: Vec<bool> = (0..n)
        .map(|i| i + 1 < n && has_blank_line(&doc.text[doc.lines[i].end..doc.lines[i + 1].start]))
        .collect();
    let spaced: Vec<bool> = (0..n)
        .map(|i| blank_after[i] || i > 0 && blank_after[i - 1])
        .collect();
    // With the DOM's main container known, the body is looked for inside
    // it (and its joined siblings): a denser run of teasers elsewhere on
    // the page is not the article.
    let in_main = |i: usize| {
        hints
            .and_then(|h| h.get(i).copied().flatten())
            .is_none_or(|h| {
                matches!(
                    h.placement,
                    Placement::Inside | Placement::Sibling | Placement::Unknown
                )
            })
    };
    // In an HTML paste a related-list heading that opens a container of
    // the DOM heads all of it: the list runs to the container's end,
    // teasers with summaries that read as paragraphs included. Neither the
    // body nor its headline is looked for there.
    let mut related_section = vec![false; n];
    if let Some(h) = hints {
        let mut until = 0usize;
        for i in 0..n {
            related_section[i] = doc.lines[i].start < until;
            let s = &stats[i];
            let heading = s.lex_full.or(if s.words <= 6 { s.lex_head } else { None });
            if heading == Some(Reason::RelatedList) {
                if let Some(end) = h.get(i).copied().flatten().and_then(|h| h.section_end) {
                    until = until.max(end);
                }
            }
        }
    }

    // Readers' comments are not the article however many paragraphs they
    // have.
    let html_main = hints.is_some() && (0..n).any(|i| para[i] && in_main(i));
    let body_para: Vec<bool> = (0..n)
        .map(|i| para[i] && !after_comments[i] && !related_section[i] && (!html_main || in_main(i)))
        .collect();
    let body = if body_para.contains(&true) {
        main_body(&stats, &body_para, &spaced)
    } else {
        main_body(&stats, &para, &spaced)
    };

    // Exact repeats (same word hash). Only the rules read them: as
    // features (how often a line recurs, whether a neighbour is the same)
    // they cost held-out accuracy, teaching page-specific repeat patterns.
    let mut first_seen: FxHashMap<u64, usize> =
        FxHashMap::with_capacity_and_hasher(n, Default::default());
    let repeat_of: Vec<Option<usize>> = stats
        .iter()
        .enumerate()
        .map(|(i, s)| {
            if s.tokens == 0 {
                return None;
            }
            let first = *first_seen.entry(s.hash).or_insert(i);
            (first < i).then_some(first)
        })
        .collect();

    // Vocabulary of the body: in how many body lines each word occurs.
    let mut body_df: FxHashMap<u64, u32> =
        FxHashMap::with_capacity_and_hasher(vocab.len() / 2, Default::default());
    if let Some((a, b)) = body {
        for i in (a..=b).filter(|&i| para[i]) {
            let (x, y) = stats[i].vocab;
            for &h in &vocab[x as usize..y as usize] {
                *body_df.entry(h).or_insert(0) += 1;
            }
        }
    }

    let headline = find_headline(&stats, &para, body, &repeat_of, &vocab, &body_df);
    let headline_hash = headline.map(|h| (stats[h].hash, stats[h].prefix));

    // Runs of non-paragraph lines, and paragraphs nearby.
    let mut run_len = vec![0u32; n];
    let mut i = 0;
    while i < n {
        if para[i] {
            i += 1;
            continue;
        }
        let start = i;
        while i < n && !para[i] {
            i += 1;
        }
        run_len[start..i].fill((i - start) as u32);
    }
    let mut para_prefix = vec![0u32; n + 1];
    for i in 0..n {
        para_prefix[i + 1] = para_prefix[i] + para[i] as u32;
    }

    // Sticky states: after a related-list heading until a paragraph
    // returns; after a comments heading that follows the body start.
    let mut in_related = vec![false; n];
    let mut rel = false;
    for i in 0..n {
        let s = &stats[i];
        if para[i] && s.lex_head.is_none() {
            rel = false;
        }
        in_related[i] = rel;
        let heading = s.lex_full.or(if s.words <= 6 { s.lex_head } else { None });
        if heading == Some(Reason::RelatedList) {
            rel = true;
        }
    }

    // A list of teasers, each closed by its own read-more link.
    let read_more_lines = stats
        .iter()
        .filter(|s| s.lex_full == Some(Reason::ReadMore))
        .count();
    let ix = &space.idx;
    let mut overlap = Vec::with_capacity(n);
    let mut active = Vec::with_capacity(n * 24);
    let mut ranges = Vec::with_capacity(n);
    for i in 0..n {
        let from = active.len() as u32;
        let s = &stats[i];
        let mut push = |base: u16, bin: usize| active.push(base + bin as u16);
        push(ix.bias, 0);
        push(
            ix.words,
            bin(s.words, &[1, 2, 3, 4, 5, 7, 10, 15, 25, 40, 80]),
        );
        match s.end {
            End::Sentence => push(ix.end_sentence, 0),
            End::Colon => push(ix.end_colon, 0),
            End::Comma => push(ix.end_comma, 0),
            End::Punct => push(ix.end_punct, 0),
            End::Alnum => push(ix.end_alnum, 0),
            End::None => {}
        }
        push(ix.marks, bin(s.marks, &[1, 2, 4]));
        if s.comma {
            push(ix.comma, 0);
        }
        if s.words < 3 || (s.devanagari == 0 && s.latin == 0 && s.other > 0 && s.stops == 0) {
            push(ix.stop, 0);
        } else {
            push(ix.stop, 1 + bin(s.stop_permille, &[1, 100, 200, 300, 450]));
        }
        if s.latin >= 2 {
            push(ix.caps, bin(s.caps * 100 / s.latin, &[30, 60, 85]));
            if s.allcaps * 10 >= s.latin * 8 {
                push(ix.allcaps, 0);
            }
        }
        for (flag, f) in [
            (s.lower_start, ix.lower_start),
            (s.start_quote, ix.start_quote),
            (s.start_bullet, ix.start_bullet),
            (s.start_digit, ix.start_digit),
            (s.parens, ix.parens),
            (s.url, ix.url),
            (s.url_only, ix.url_only),
            (s.email, ix.email),
            (s.image, ix.image),
            (s.copyright, ix.copyright),
            (s.time, ix.time),
            (s.code_prefix, ix.code_prefix),
        ] {
            if flag {
                push(f, 0);
            }
        }
        let letters = s.latin + s.devanagari + s.other;
        let line_script = if letters == 0 {
            0
        } else if s.devanagari * 2 >= letters {
            1
        } else if s.latin * 2 >= letters {
            2
        } else {
            3
        };
        push(ix.script, line_script);
        let script_matches = match doc_script {
            Script::Devanagari => line_script == 1,
            Script::Latin => line_script == 2,
            Script::Other => line_script == 3,
        };
        if letters > 0 && !script_matches {
            push(ix.foreign, 0);
        }
        if let Some(share) = (s.numbers * 100).checked_div(s.tokens) {
            push(ix.digits, bin(share, &[1, 20, 50]));
        }
        if s.date_words > 0
            && s.words <= t::DATE_MAX_WORDS
            && (s.date_words + s.numbers) * 2 >= s.tokens
        {
            push(ix.date, 0);
        }
        push(ix.seps, bin(s.seps, &[1, 2]));
        if s.code > 0 {
            push(
                ix.code,
                if s.code >= 6 {
                    2
                } else if s.code >= 3 {
                    1
                } else {
                    0
                },
            );
        }
        if let Some(r) = s.lex_full {
            push(ix.lex_full, lex_index(r));
        }
        if let Some(r) = s.lex_head {
            push(ix.lex_head, lex_index(r));
        }
        if s.lex_tail.is_some() {
            push(ix.lex_tail, 0);
        }
        if s.lex_inside {
            push(ix.lex_inside, 0);
        }
        if s.social > 0 && s.social * 4 >= s.words * 3 {
            push(ix.social, if s.words >= 2 { 1 } else { 0 });
        }
        if s.glued > 0 {
            push(ix.glued, 0);
        }

        if let Some((hh, hp)) = headline_hash {
            if Some(i) != headline && s.tokens > 0 && (s.hash == hh || (hp != 0 && s.prefix == hp))
            {
                push(ix.headline_repeat, 0);
            }
        }

        // Vocabulary shared with the body (the line's own words excluded).
        let (x, y) = s.vocab;
        let own = body.is_some_and(|(a, b)| (a..=b).contains(&i) && para[i]) as u32;
        let total = y - x;
        if total < 2 || body.is_none() {
            push(ix.overlap, 0);
            overlap.push(None);
        } else {
            let shared = vocab[x as usize..y as usize]
                .iter()
                .filter(|h| body_df.get(h).is_some_and(|&c| c > own))
                .count() as u32;
            push(ix.overlap, 1 + bin(shared * 100 / total, &[1, 25, 50, 75]));
            overlap.push(Some(shared * 100 / total));
        }

        // Position.
        match body {
            None => push(ix.region, 11),
            Some((a, b)) => {
                if i < a {
                    push(ix.region, 1 + bin((a - i) as u32, &[2, 3, 6, 16]));
                } else if i > b {
                    push(ix.region, 6 + bin((i - b) as u32, &[2, 3, 6, 16]));
                } else {
                    push(ix.region, 0);
                }
            }
        }
        push(ix.position, (i * 5 / n.max(1)).min(4));
        let (ls, le) = (doc.lines[i].start, doc.lines[i].end);
        if i > 0 && has_blank_line(&doc.text[doc.lines[i - 1].end..ls]) {
            push(ix.gap_before, 0);
        }
        if i + 1 < n && has_blank_line(&doc.text[le..doc.lines[i + 1].start]) {
            push(ix.gap_after, 0);
        }
        if !para[i] {
            push(ix.short_run, bin(run_len[i], &[2, 3, 5, 10]));
        } else {
            push(ix.para, 0);
        }
        let (wa, wb) = (i.saturating_sub(3), (i + 4).min(n));
        let near = para_prefix[wb] - para_prefix[wa] - para[i] as u32;
        push(ix.para_near, bin(near, &[1, 2, 3]));
        if Some(i) == headline {
            push(ix.headline, 0);
        }
        if after_comments[i] {
            push(ix.after_comments, 0);
        }
        if read_more_lines >= t::TEASER_LIST_READ_MORES
            && i + 1 < n
            && stats[i + 1].lex_full == Some(Reason::ReadMore)
            && stats[i].lex_full.is_none()
        {
            push(ix.teaser_read_more, 0);
        }
        if in_related[i] {
            push(ix.in_related, 0);
        }

        // The DOM.
        if let Some(hints) = hints {
            match hints.get(i).copied().flatten() {
                None => push(ix.hint, 0),
                Some(h) => {
                    push(ix.hint, 1);
                    hint_features(ix, &h, &mut push);
                }
            }
        }
        ranges.push((from, active.len() as u32));
    }
    Features {
        stats,
        active,
        ranges,
        para,
        body,
        headline,
        repeat_of,
        in_related,
        after_comments,
        related_section,
        in_main: (0..n)
            .map(|i| {
                hints
                    .and_then(|h| h.get(i).copied().flatten())
                    .is_some_and(|h| matches!(h.placement, Placement::Inside | Placement::Sibling))
            })
            .collect(),
        overlap,
        stack: Vec::new(),
    }
}

fn hint_features(ix: &Idx, h: &LineHint, push: &mut impl FnMut(u16, usize)) {
    let tag = match (h.tag, h.heading) {
        (BlockTag::P, _) => 0,
        (BlockTag::Heading, 1) => 1,
        (BlockTag::Heading, 2 | 3) => 2,
        (BlockTag::Heading, _) => 3,
        (BlockTag::Li, _) => 4,
        (BlockTag::Cell, _) => 5,
        (BlockTag::Quote | BlockTag::Pre, _) => 6,
        (BlockTag::Caption, _) => 7,
        (BlockTag::Control, _) => 8,
        (BlockTag::Other, _) => 9,
    };
    push(ix.tag, tag);
    let ld = h.link_density;
    push(
        ix.link_density,
        if ld <= 0.0 {
            0
        } else if ld < 0.3 {
            1
        } else if ld < 0.7 {
            2
        } else if ld < 0.99 {
            3
        } else {
            4
        },
    );
    if h.in_list {
        push(ix.in_list, 0);
    }
    if h.in_table {
        push(ix.in_table, 0);
    }
    for b in 0..8 {
        if h.landmarks.has(1 << b) {
            push(ix.landmark, b);
        }
    }
    for b in 0..9 {
        if h.classes.has(1 << b) {
            push(ix.class_hint, b);
        }
    }
    push(
        ix.main_box,
        match h.placement {
            Placement::Unknown => 0,
            // Readability joins good siblings to the main container.
            Placement::Inside | Placement::Sibling => 1,
            Placement::Before => 2,
            Placement::After => 3,
        },
    );
    let ld = h.box_link_density;
    push(
        ix.box_links,
        [0.1, 0.33, 0.66].iter().position(|&b| ld < b).unwrap_or(3),
    );
    let sc = h.box_score;
    push(
        ix.box_score,
        [0.01, 0.1, 0.3, 0.7]
            .iter()
            .position(|&b| sc < b)
            .unwrap_or(4),
    );
    debug_assert_eq!(Landmarks::FIGURE, 1 << 7);
    debug_assert_eq!(ClassHints::CAPTION, 1 << 8);
}

fn lex_index(r: Reason) -> usize {
    LEX_REASONS.iter().position(|&x| x == r).unwrap_or(0)
}

/// The index of the first bound greater than `x` (bins are `< bounds[0]`,
/// `< bounds[1]`, ..., the rest).
fn bin(x: u32, bounds: &[u32]) -> usize {
    bounds.iter().position(|&b| x < b).unwrap_or(bounds.len())
}

fn has_blank_line(between: &str) -> bool {
    between.bytes().filter(|&b| b == b'\n').count() >= 2 || between.contains("\r\r")
}

/// A line that reads like running prose: long enough, with sentence
/// punctuation (or long enough not to need it) and function words.
fn is_paragraph(s: &LineStats) -> bool {
    s.words >= t::PARAGRAPH_MIN_WORDS
        && (matches!(s.end, End::Sentence)
            || s.marks >= 1
            || s.words >= t::PARAGRAPH_UNPUNCTUATED_WORDS)
        && (s.stop_permille >= t::PARAGRAPH_MIN_STOP_PERMILLE
            || s.stops == 0 && s.other > s.latin + s.devanagari)
        && s.lex_full.is_none()
        && !s.teaser
        && s.code < 3
        && !s.url_only
        && !s.copyright
}

/// A short line that still reads like part of the text (a sub-heading, a
/// one-line quote) rather than a link: function words or a sentence end.
fn is_texty(s: &LineStats) -> bool {
    s.lex_full.is_none()
        && (s.end == End::Sentence || s.stop_permille >= t::TEXTY_MIN_STOP_PERMILLE && s.words >= 3)
}

/// The densest run of paragraphs: the maximum-sum segment where a paragraph
/// is worth its words (capped) and any other line costs a fixed amount, as
/// in Finn et al.'s body text extraction. Linear (Kadane).
fn main_body(stats: &[LineStats], para: &[bool], spaced: &[bool]) -> Option<(usize, usize)> {
    // Where most paragraphs are set apart by blank lines (`p` margins in
    // innerText), one that is not is likely a teaser or list item (`div`,
    // `li`) and counts for less.
    let paras = para.iter().filter(|&&p| p).count();
    let set_apart = (0..para.len()).filter(|&i| para[i] && spaced[i]).count();
    let spacing_matters = paras > 0 && set_apart * 2 >= paras;
    let mut best: Option<(i64, usize, usize)> = None;
    let (mut sum, mut start) = (0i64, 0usize);
    for i in 0..stats.len() {
        let list_heading = matches!(
            stats[i].lex_full.or(stats[i].lex_head),
            Some(Reason::RelatedList | Reason::ReadMore)
        );
        let v = if para[i] {
            let w = stats[i].words.min(t::BODY_WORD_CAP) as i64;
            if spacing_matters && !spaced[i] {
                w / t::BODY_UNSPACED_DIVISOR
            } else {
                w
            }
        } else if list_heading {
            -t::BODY_LIST_HEADING_COST
        } else if is_texty(&stats[i]) {
            -t::BODY_TEXTY_GAP_COST
        } else {
            -(t::BODY_GAP_COST + (stats[i].words as i64).min(t::BODY_GAP_COST))
        };
        if sum <= 0 {
            sum = 0;
            start = i;
        }
        sum += v;
        if para[i] && best.is_none_or(|(b, _, _)| sum > b) {
            best = Some((sum, start, i));
        }
    }
    // The segment may start on a non-paragraph line; trim to paragraphs.
    best.map(|(_, a, b)| ((a..=b).find(|&i| para[i]).unwrap_or(a), b))
}

/// The headline: among the few lines before the body, the headline-shaped
/// one (a few words, no sentence end, no furniture) that shares the most
/// vocabulary with the body; the earliest wins ties, since repeats follow.
fn find_headline(
    stats: &[LineStats],
    para: &[bool],
    body: Option<(usize, usize)>,
    repeat_of: &[Option<usize>],
    vocab: &[u64],
    body_df: &FxHashMap<u64, u32>,
) -> Option<usize> {
    let (a, _) = body?;
    let from = a.saturating_sub(t::HEADLINE_LOOKBACK);
    let mut best: Option<(u32, usize)> = None;
    // The first body line itself can be the headline when the body run
    // starts with a title-like paragraph; only lines before it are looked at.
    for i in from..a {
        let s = &stats[i];
        if para[i]
            || repeat_of[i].is_some()
            || s.words < t::HEADLINE_MIN_WORDS
            || s.words > t::HEADLINE_MAX_WORDS
            || s.lex_full.is_some()
            || s.lex_head.is_some()
            || s.url
            || s.image
            || s.code >= 3
            || s.seps >= 2
        {
            continue;
        }
        let (x, y) = s.vocab;
        let total = (y - x).max(1);
        let shared = vocab[x as usize..y as usize]
            .iter()
            .filter(|h| body_df.contains_key(h))
            .count() as u32;
        let score = shared * 100 / total;
        // A paste that starts with the article starts with its headline,
        // whatever words it shares with the body.
        let first_line = i == 0 && a <= t::HEADLINE_FIRST_LINE_REACH;
        if (score >= t::HEADLINE_MIN_OVERLAP || first_line) && best.is_none_or(|(b, _)| score > b) {
            best = Some((score, i));
        }
    }
    best.map(|(_, i)| i)
}

/// A comments heading (`Comments`, `10 Comments`, `Kommentare`,
/// `Comentários`, `टिप्पणियां`), matched on the word's stem in either case
/// without lower-casing the line.
/// Lines after a comments heading that follows the first paragraph
/// (`Comments`, `3 Comments`, `Leave a comment`); a `Comment` button in a
/// row of share buttons is not one.
fn comments_section(doc: &Document, stats: &[LineStats], para: &[bool]) -> Vec<bool> {
    let n = stats.len();
    let button = |j: usize| {
        let s = &stats[j];
        s.words <= 2
            && (s.social > 0 || matches!(s.lex_full, Some(Reason::Prompt | Reason::ReadMore)))
    };
    let mut after = vec![false; n];
    let (mut com, mut seen_para) = (false, false);
    for i in 0..n {
        seen_para |= para[i];
        after[i] = com;
        let s = &stats[i];
        if !com
            && s.words <= 4
            && seen_para
            && !para[i]
            && s.end != End::Sentence
            && doc.line_text(i).len() <= 60
            && is_comments_heading(doc.line_text(i))
            && !(i > 0 && button(i - 1) || i + 1 < n && button(i + 1))
        {
            com = true;
        }
    }
    after
}

fn is_comments_heading(line: &str) -> bool {
    [
        "omment",
        "OMMENT",
        "oment",
        "OMENT",
        "оммент",
        "ОММЕНТ",
        "टिप्पणी",
        "कमेंट",
    ]
    .iter()
    .any(|w| line.contains(w))
}

/// Buffers reused from line to line: the line's word and number tokens'
/// hashes and byte spans, and which of them can start a phrase.
#[derive(Default)]
struct Scratch {
    hashes: Vec<u64>,
    spans: Vec<(usize, usize)>,
    starts: Vec<usize>,
}

/// One pass over the tokens of line `i`.
fn line_stats(
    doc: &Document,
    i: usize,
    lex: &Lexicon,
    buf: &mut String,
    scratch: &mut Scratch,
    vocab: &mut Vec<u64>,
) -> LineStats {
    use std::hash::Hasher;
    let text = doc.line_text(i);
    let line_end = doc.lines[i].end;
    let toks = doc.tokens_of(i);
    let mut s = LineStats::default();
    let Scratch {
        hashes,
        spans,
        starts,
    } = scratch;
    hashes.clear();
    spans.clear();
    starts.clear();
    let mut stop_counts = [0u32; LANGUAGES];
    let mut line_hasher = rustc_hash::FxHasher::default();
    let vocab_start = vocab.len();
    // Leaked script glued to the start is junk, not part of the line's shape.
    let code_prefix = super::junk::code_prefix(text).unwrap_or(0);
    s.code_prefix = code_prefix > 0;
    let body_start = doc.lines[i].start + code_prefix;
    let mut prev_end = usize::MAX;
    let mut prev_number = false;
    let mut prev_mark = false;
    for tok in toks.iter().filter(|t| t.start >= body_start) {
        let w = &doc.text[tok.start..tok.end];
        // A number glued to a capitalised word: `250,000The`.
        // ...or to a question or exclamation mark: `On The Rise?Violence is`.
        let prev_number_glued = (prev_number || prev_mark)
            && prev_end == tok.start
            && w.starts_with(|c: char| c.is_ascii_uppercase());
        prev_mark = tok.kind == TokenKind::Punct && matches!(w, "?" | "!");
        prev_end = tok.end;
        prev_number = tok.kind == TokenKind::Number;
        match tok.kind {
            TokenKind::Punct => {
                // Punctuation tokens are one character each.
                match w.chars().next().unwrap_or(' ') {
                    // A sentence mark inside the line: a space and more text
                    // follow.
                    '.' | '!' | '?' | '।' | '॥' | '。' | '！' | '？'
                        if tok.end < line_end && doc.text.as_bytes()[tok.end] == b' ' =>
                    {
                        s.marks += 1
                    }
                    ',' | '،' | '、' => s.comma = true,
                    '|' | '•' | '·' | '›' | '»' | '«' | '‹' | '/' | '>' | '<' | '→' | '▸' | '►'
                    | '●' | '▪' => s.seps += 1,
                    '{' | '}' | ';' | '=' | '$' | '\\' | '`' | '#' => s.code += 1,
                    '©' => s.copyright = true,
                    _ => {}
                }
                continue;
            }
            TokenKind::Number => {
                s.numbers += 1;
                s.tokens += 1;
            }
            TokenKind::Word(script) => {
                s.tokens += 1;
                let units = match script {
                    Script::Other if w.chars().next().is_some_and(is_cjk) => {
                        (w.chars().count() as u32).div_ceil(2)
                    }
                    _ => 1,
                };
                s.words += units;
                match script {
                    Script::Devanagari => s.devanagari += units,
                    Script::Latin => {
                        s.latin += 1;
                        if is_glued(w) || prev_number_glued {
                            let before = s.latin - 1;
                            if s.glued == 0
                                && (2..=t::TEASER_MAX_TITLE_WORDS).contains(&before)
                                && s.caps * 10 >= before * 6
                            {
                                s.teaser = true;
                            }
                            s.glued += 1;
                        }
                        let mut cs = w.chars();
                        if cs.next().is_some_and(char::is_uppercase) {
                            s.caps += 1;
                            if w.len() >= 2 && cs.all(|c| !c.is_lowercase()) {
                                s.allcaps += 1;
                            }
                        }
                    }
                    Script::Other => s.other += units,
                }
            }
        }
        let h = word_hash(w, buf);
        line_hasher.write_u64(h);
        hashes.push(h);
        spans.push((tok.start, tok.end));
        if let TokenKind::Word(_) = tok.kind {
            let info = lex.word(h);
            let mask = info.stop;
            if mask != 0 {
                s.stops += 1;
                // A stopword is in one or two of the lists.
                let mut m = mask;
                while m != 0 {
                    stop_counts[m.trailing_zeros() as usize] += 1;
                    m &= m - 1;
                }
            } else if w.len() >= 3 && vocab.len() - vocab_start < t::VOCAB_PER_LINE {
                vocab.push(h);
            }
            if info.furniture() {
                s.social += 1;
            }
            if info.date() {
                s.date_words += 1;
            }
            if info.starts_phrase() {
                starts.push(hashes.len() - 1);
            }
        }
    }
    if hashes.len() >= PREFIX_TOKENS {
        s.prefix = combine(&hashes[..PREFIX_TOKENS]);
    }
    line_hasher.write_u32(s.tokens);
    s.hash = line_hasher.finish();
    // Distinct words only (a line's own repeats say nothing about topic).
    vocab[vocab_start..].sort_unstable();
    let mut distinct = vocab_start;
    for k in vocab_start..vocab.len() {
        if k == vocab_start || vocab[k] != vocab[distinct - 1] {
            vocab[distinct] = vocab[k];
            distinct += 1;
        }
    }
    vocab.truncate(distinct);
    s.vocab = (vocab_start as u32, vocab.len() as u32);
    s.stop_permille = (stop_counts.iter().max().copied().unwrap_or(0) * 1000)
        .checked_div(s.words)
        .unwrap_or(0);
    shape(&text[code_prefix..], &mut s);
    lexicon_matches(doc.text, line_end, lex, hashes, spans, starts, &mut s);
    s
}

/// A Latin word with a lower-to-upper case change after at least three
/// lower-case letters and before at least two more (`OptionsThe`), which
/// `McDonald`, `iPhone` and `WeWork` do not have.
fn is_glued(w: &str) -> bool {
    let b = w.as_bytes();
    // Most words have no capital past their third letter.
    if b.len() < 4 || !b[3..].iter().any(u8::is_ascii_uppercase) {
        return false;
    }
    let mut lower_run = 0;
    for i in 0..b.len() {
        if b[i].is_ascii_lowercase() {
            lower_run += 1;
        } else if b[i].is_ascii_uppercase() && lower_run >= 3 {
            // `DetroitOfficially`, or a one-letter word glued on:
            // `SteakhouseA party`.
            if b.len() >= i + 3 && b[i + 1].is_ascii_lowercase() && b[i + 2].is_ascii_lowercase()
                || i + 1 == b.len() && lower_run >= 4
            {
                return true;
            }
            lower_run = 0;
        } else {
            lower_run = 0;
        }
    }
    false
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF)
}

/// The bytes [`shape`] looks at: URL, e-mail, time, copyright and code signs.
const RARE_BYTES: [bool; 256] = {
    let mut t = [false; 256];
    let signs = b":.@y(=;%<&|{";
    let mut i = 0;
    while i < signs.len() {
        t[signs[i] as usize] = true;
        i += 1;
    }
    t
};

/// Character-level shape: how the line starts and ends, URLs, markup.
fn shape(text: &str, s: &mut LineStats) {
    let trimmed = text.trim();
    let mut chars = trimmed.chars();
    let first = chars.next();
    // The last character that is not a closing quote or bracket.
    let last_raw = trimmed.chars().next_back();
    let last = trimmed.chars().rev().find(|c| {
        !matches!(
            c,
            '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '*' | '\u{200D}' | '\u{200C}'
        )
    });
    s.end = match last {
        None => End::None,
        Some('.' | '!' | '?' | '।' | '॥' | '。' | '！' | '？' | '…') => End::Sentence,
        Some(':') => End::Colon,
        Some(',' | ';') => End::Comma,
        Some(c) if c.is_alphanumeric() || crate::text::script::is_mark(c) => End::Alnum,
        Some(_) => End::Punct,
    };
    if last_raw == Some('»') && s.end == End::Alnum {
        s.end = End::Punct;
    }
    if let Some(c) = first {
        s.lower_start = c.is_lowercase();
        s.start_quote = matches!(c, '"' | '\'' | '“' | '‘' | '«' | '„');
        s.start_bullet = matches!(
            c,
            '•' | '*' | '-' | '–' | '—' | '·' | '●' | '▪' | '►' | '>' | '+'
        );
        s.start_digit = c.is_numeric();
        s.parens = c == '(' && trimmed.ends_with(')');
    }
    s.image = trimmed.starts_with("![") || trimmed.starts_with("[![");
    // One pass over the bytes says which of the rarer checks can match.
    let (mut colon_slash, mut www, mut at, mut paren, mut code_byte, mut time) =
        (false, false, false, false, false, false);
    let mut copyright = false;
    let b = trimmed.as_bytes();
    for (k, &c) in b.iter().enumerate() {
        // Most bytes of prose are none of these: one table look-up each.
        if !RARE_BYTES[c as usize] {
            continue;
        }
        match c {
            b':' => {
                colon_slash |= b.get(k + 1) == Some(&b'/');
                time |= k > 0
                    && b[k - 1].is_ascii_digit()
                    && b.get(k + 1).is_some_and(u8::is_ascii_digit)
                    && b.get(k + 2).is_some_and(u8::is_ascii_digit);
            }
            b'.' => www |= k >= 3 && b[k - 3..k].eq_ignore_ascii_case(b"www"),
            b'@' => at = true,
            b'y' => {
                copyright |= k >= 2 && &b[k - 2..k] == b"op" && b[k + 1..].starts_with(b"right")
            }
            b'(' => {
                paren = true;
                code_byte = true;
            }
            b'=' | b';' | b'%' | b'<' | b'&' | b'|' | b'{' => code_byte = true,
            _ => {}
        }
    }
    let has_url = colon_slash && trimmed.contains("://") || www;
    s.url = has_url;
    s.url_only = has_url && !trimmed.contains(' ');
    s.email = at && s.words <= 6 && trimmed.contains('.');
    if copyright || paren && trimmed.contains("(c)") {
        s.copyright = true;
    }
    // Code: `function(`, `=>`, `});`, `.push(`, `.appendChild(`, `%>`, `<%`,
    // `</div`, `var x`. Prose rarely has any of these bytes, so most lines
    // skip the substring search.
    if code_byte {
        for sign in [
            "function", "=>", "});", "();", ".push(", ".append", "%>", "<%", "</", "var ",
            "const ", "&&", "||",
        ] {
            if trimmed.contains(sign) {
                s.code += 2;
            }
        }
    }
    s.time = time;
}

/// Whole-line, heading and trailing matches of the phrase lexicon.
fn lexicon_matches(
    text: &str,
    line_end: usize,
    lex: &Lexicon,
    hashes: &[u64],
    spans: &[(usize, usize)],
    starts: &[usize],
    s: &mut LineStats,
) {
    let n = hashes.len();
    // Every phrase starts with a word the lexicon flags.
    if starts.is_empty() {
        return;
    }
    let at_start = starts[0] == 0;
    if at_start {
        s.lex_full = lex.phrase(hashes).map(|e| e.reason);
        if s.lex_full.is_some() {
            return;
        }
    }
    // `phrase<sep> ...`: the phrase ends where a separator follows.
    for &k in lex.phrase_lens.iter().filter(|_| at_start) {
        let k = k as usize;
        if k >= n {
            break;
        }
        let sep = text[spans[k - 1].1..spans[k].0].trim_start().chars().next();
        if matches!(sep, Some(':' | '|' | '»' | '-' | '–' | '—' | '›' | '>')) {
            if let Some(e) = lex.phrase(&hashes[..k]) {
                if k >= 2 || e.reason != Reason::ReadMore {
                    s.lex_head = Some(e.reason);
                    return;
                }
            }
        }
    }
    // A prompt anywhere in a line of modest length (the cost is a few
    // probes per token, so long paragraphs are not searched).
    if n <= t::LEX_INSIDE_MAX_TOKENS {
        s.lex_inside = starts.iter().any(|&from| {
            (2..=t::LEX_INSIDE_MAX_PHRASE.min(n - from)).any(|k| {
                lex.phrase(&hashes[from..from + k])
                    .is_some_and(|e| matches!(e.reason, Reason::Prompt | Reason::ReadMore))
            })
        });
    }
    // A read-more or prompt phrase of two or more tokens closing a longer
    // line, followed by nothing but punctuation.
    for &k in lex.phrase_lens.iter().rev() {
        let k = k as usize;
        if k < 2 || k + 2 > n || starts.binary_search(&(n - k)).is_err() {
            continue;
        }
        if let Some(e) = lex.phrase(&hashes[n - k..]) {
            let rest = &text[spans[n - 1].1..line_end];
            if matches!(e.reason, Reason::ReadMore | Reason::Prompt)
                && rest.chars().all(|c| !c.is_alphanumeric())
            {
                s.lex_tail = Some((e.reason, spans[n - k].0));
                return;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn features(text: &str) -> Features {
        let doc = Document::new(text);
        extract(&doc, &Lexicon::new(), &Space::new(), None)
    }

    /// The stats of a one-line document.
    fn stats(line: &str) -> LineStats {
        features(line).stats.remove(0)
    }

    #[test]
    fn line_shapes() {
        type Check = fn(&LineStats) -> bool;
        let cases: [(&str, &str, Check); 24] = [
            (
                "danda ends a sentence",
                "उन्होंने यह बात कही।",
                |s| s.end == End::Sentence,
            ),
            (
                "full stop before a closing quote",
                "He said \"yes.\"",
                |s| s.end == End::Sentence,
            ),
            ("colon end", "Sources:", |s| s.end == End::Colon),
            ("sentence marks inside", "One. Two. Three", |s| s.marks == 2),
            (
                "hindi function words",
                "राष्ट्रपति ने कहा कि वह जल्द ही यात्रा करेंगे",
                |s| s.stop_permille >= 300,
            ),
            (
                "english function words",
                "The minister said that the talks would go on",
                |s| s.stop_permille >= 300,
            ),
            (
                "german function words",
                "Der Minister sagte, dass die Gespräche weitergehen",
                |s| s.stop_permille >= 300,
            ),
            (
                "headline has few",
                "Storm Floods River Districts Overnight",
                |s| s.stop_permille < 150,
            ),
            (
                "title case",
                "Storm Floods River Districts Overnight",
                |s| s.caps == s.latin,
            ),
            ("all caps", "KIM JONG UN VLADIMIR PUTIN", |s| s.allcaps == 5),
            ("cjk counts two a word", "東京都知事選挙", |s| {
                s.words == 4
            }),
            ("bare url", "https://example.com/a/b", |s| {
                s.url && s.url_only
            }),
            ("www url", "Visit www.example.com today", |s| {
                s.url && !s.url_only
            }),
            ("markdown image", "![alt](https://x.y/z.png)", |s| s.image),
            (
                "script",
                "googletag.cmd.push(function() { googletag.display('ad'); });",
                |s| s.code >= 6,
            ),
            ("template close", "--%>", |s| s.code >= 2 && s.tokens == 0),
            (
                "prose is not code",
                "The return of the king (2003) was a hit; critics agreed.",
                |s| s.code < 3,
            ),
            (
                "leaked prefix",
                "head.appendChild;});रूस के करीब",
                |s| s.code_prefix && s.code == 0,
            ),
            (
                "copyright",
                "© 2024 Example News. All rights reserved.",
                |s| s.copyright,
            ),
            (
                "glued teaser",
                "Michigan Mails Ballots To 250,000The state will mail forms",
                |s| s.glued >= 1,
            ),
            (
                "brand names are not glued",
                "McDonald uses iPhone and WeWork",
                |s| s.glued == 0,
            ),
            ("date line", "November 19, 2019 4:47 pm", |s| {
                s.date_words == 2 && s.time
            }),
            ("hindi date", "25 अप्रैल 2024", |s| {
                s.date_words == 1 && s.numbers == 2
            }),
            ("social row", "Follow us: Facebook Twitter Instagram", |s| {
                s.social == 5
            }),
        ];
        for (name, line, check) in cases {
            assert!(check(&stats(line)), "{name}: {line:?} {:#?}", stats(line));
        }
    }

    #[test]
    fn lexicon_positions() {
        // (line, whole-line match, heading match, trailing, inside)
        type Case<'a> = (&'a str, Option<Reason>, Option<Reason>, bool, bool);
        let cases: [Case; 8] = [
            ("और पढो »", Some(Reason::ReadMore), None, false, false),
            (
                "ये भी पढ़ें:Watch: महिला सांसदों पर बयान",
                None,
                Some(Reason::RelatedList),
                false,
                false,
            ),
            (
                "Similar News:आप इससे मिलती-जुलती खबरें पढ़ सकते हैं",
                None,
                Some(Reason::RelatedList),
                false,
                false,
            ),
            (
                "होम › देश › खबर",
                None,
                Some(Reason::Furniture),
                false,
                false,
            ),
            (
                "Tags: weather, floods",
                None,
                Some(Reason::TagLine),
                false,
                false,
            ),
            (
                "The talks went on late into the night. Read more",
                None,
                None,
                true,
                true,
            ),
            (
                "(यहां क्लिक करें. आप हमें फ़ेसबुक पर फ़ॉलो भी कर सकते हैं.)",
                None,
                None,
                false,
                true,
            ),
            (
                "More people than ever read the news",
                None,
                None,
                false,
                false,
            ),
        ];
        for (line, full, head, tail, inside) in cases {
            let s = stats(line);
            assert_eq!(
                (s.lex_full, s.lex_head, s.lex_tail.is_some(), s.lex_inside),
                (full, head, tail, inside),
                "{line}"
            );
        }
    }

    const PAGE: &str = "Home\nWorld\nSport\n\
        Storm floods the river districts\n\
        The river burst its banks in the districts overnight, and the floods closed two roads into the city.\n\
        Crews pumped water from the flooded districts all morning, and the river began to fall by noon.\n\
        Storm floods the river districts\n\
        Related Stories\n\
        Celebrity chef opens a new restaurant downtown\n\
        Local team wins the cup final\n\
        Comments\n\
        I think the council should have built the flood walls much higher years ago, honestly.\n";

    #[test]
    fn document_structure() {
        let f = features(PAGE);
        assert_eq!(f.body, Some((4, 5)), "the two paragraphs are the body");
        assert_eq!(f.headline, Some(3));
        assert_eq!(f.repeat_of[6], Some(3), "the headline printed again");
        assert!(
            f.in_related[8] && f.in_related[9],
            "teasers after the related heading"
        );
        assert!(!f.in_related[5]);
        assert!(
            f.overlap[3].unwrap() >= 75,
            "the headline shares the body's words"
        );
        assert!(f.overlap[8].unwrap() < 25, "a teaser does not");
        // After the comments heading every line carries the flag.
        let space = Space::new();
        let flag = space.idx.after_comments;
        assert!(f.of_line(11).any(|x| x == flag));
        assert!(!f.of_line(5).any(|x| x == flag));
    }

    #[test]
    fn every_line_has_one_bin_of_each_binned_feature() {
        let f = features(PAGE);
        let space = Space::new();
        for i in 0..f.stats.len() {
            let active: Vec<u16> = f.of_line(i).collect();
            for (base, n) in [
                (space.idx.words, 12),
                (space.idx.stop, 7),
                (space.idx.region, 12),
                (space.idx.overlap, 6),
            ] {
                let hits = active
                    .iter()
                    .filter(|&&x| x >= base && x < base + n)
                    .count();
                assert_eq!(hits, 1, "line {i}: {}", space.base[base as usize]);
            }
        }
    }

    #[test]
    fn the_stack_adds_one_feature_per_group() {
        let mut f = features(PAGE);
        let space = Space::new();
        let scores: Vec<f32> = (0..f.stats.len())
            .map(|i| if f.para[i] { 3.0 } else { -3.0 })
            .collect();
        add_stack(&mut f, &space, &scores);
        assert_eq!(f.stack.len(), f.stats.len());
        // The paragraphs are the region of likely content.
        assert_eq!(f.stack[4][5], space.idx.s1_region);
        assert_ne!(f.stack[0][5], space.idx.s1_region);
    }

    #[test]
    fn feature_names_are_unique() {
        let space = Space::new();
        let mut names: Vec<String> = (0..space.full_len()).map(|f| space.name(f)).collect();
        names.sort();
        let n = names.len();
        names.dedup();
        assert_eq!(names.len(), n);
    }
}
