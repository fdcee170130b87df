//! Structure from an HTML paste: one hint per block of the page, as the
//! browser's DOM (or the CLI's HTML parser) saw it.
//!
//! The text to annotate is the page's text with each block on its own
//! line(s); a hint says where its block is in that text and what the DOM
//! knew about it: tag, heading level, how much of it is link text, whether
//! it sits in a list or table, under `nav`/`aside`/`footer`/`header`/`form`
//! or `article`/`main`, and the class and id names of its ancestors. A line
//! takes the hint of the block it starts in.

use serde::{Deserialize, Serialize};

/// What kind of element a block is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BlockTag {
    /// `p`.
    P,
    /// `h1`..`h6` (see [`BlockHint::heading`]).
    Heading,
    /// `li`, `dt`, `dd`.
    Li,
    /// `td`, `th`.
    Cell,
    /// `blockquote`.
    Quote,
    /// `pre`, `code`.
    Pre,
    /// `figcaption`, `caption`.
    Caption,
    /// `button`, `label`, `option`, `select`, `input`, `legend`.
    Control,
    /// `div`, `section`, `span`, text directly under `body`, anything else.
    #[default]
    Other,
}

/// Where a block is in the text and what the page's DOM said about it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase", deny_unknown_fields)]
pub struct BlockHint {
    /// Start of the block's text, in the unit of the call (bytes in Rust,
    /// UTF-16 code units in JavaScript).
    pub start: usize,
    /// End of the block's text (exclusive), same unit.
    pub end: usize,
    pub tag: BlockTag,
    /// 1..=6 for `h1`..`h6`, else 0.
    pub heading: u8,
    /// How much of the block's text is inside `a` elements, same unit as
    /// `start`/`end`.
    pub link_chars: usize,
    /// Inside `ul`, `ol`, `dl` or `menu`.
    pub in_list: bool,
    /// Inside `table`.
    pub in_table: bool,
    /// Ancestor landmarks: any of `nav`, `aside`, `footer`, `header`,
    /// `form`, `article`, `main`, `figure` (element names, or the ARIA roles
    /// `navigation`, `complementary`, `contentinfo`, `banner`, `main`).
    pub ancestors: Vec<String>,
    /// The `class` and `id` values of the block and its nearest ancestors
    /// that have any (up to four; not `html` or `body`), space-separated
    /// (`"story-body related-links"`).
    pub classes: String,
    /// Ids of the block's own element and its block-level ancestors,
    /// outermost first: any numbers unique within the page (document order
    /// is simplest). They let the core score containers as Readability
    /// does and find the one that holds the article.
    pub path: Vec<u32>,
}

/// A block's hint, reduced to what the line features read.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub(crate) struct LineHint {
    pub tag: BlockTag,
    pub heading: u8,
    /// Link characters over block characters, 0..=1.
    pub link_density: f32,
    pub in_list: bool,
    pub in_table: bool,
    pub landmarks: Landmarks,
    pub classes: ClassHints,
    /// Where the block stands relative to the page's main container.
    pub placement: Placement,
    /// Link density of the block's parent container, 0..=1.
    pub box_link_density: f32,
    /// The parent container's score over the main container's, 0..=1.
    pub box_score: f32,
    /// Where the block's section ends (byte offset in the text), when the
    /// block opens it: the end of its nearest ancestor container that holds
    /// more than the block, if the block is that container's first text.
    /// A heading's section is what it heads.
    pub section_end: Option<usize>,
}

/// Where a block stands relative to the container that scores best as the
/// article's (see [`containers`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum Placement {
    /// No block carried a path, or nothing scored.
    #[default]
    Unknown,
    /// Inside the main container.
    Inside,
    /// In a sibling of it that scores well too, or a long paragraph of
    /// little link text right beside it (Readability joins both).
    Sibling,
    /// Elsewhere, before the main container's text.
    Before,
    /// Elsewhere, after it.
    After,
}

/// Landmark ancestors as bits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Landmarks(pub u8);

impl Landmarks {
    pub const NAV: u8 = 1;
    pub const ASIDE: u8 = 2;
    pub const FOOTER: u8 = 4;
    pub const HEADER: u8 = 8;
    pub const FORM: u8 = 16;
    pub const ARTICLE: u8 = 32;
    pub const MAIN: u8 = 64;
    pub const FIGURE: u8 = 128;

    fn of(names: &[String]) -> Landmarks {
        let mut bits = 0;
        for n in names {
            let mut lower = [0u8; 16];
            let Some(l) = lower.get_mut(..n.len()) else {
                continue;
            };
            l.copy_from_slice(n.as_bytes());
            l.make_ascii_lowercase();
            bits |= match &*l {
                b"nav" | b"navigation" | b"menu" => Self::NAV,
                b"aside" | b"complementary" => Self::ASIDE,
                b"footer" | b"contentinfo" => Self::FOOTER,
                b"header" | b"banner" => Self::HEADER,
                b"form" | b"search" => Self::FORM,
                b"article" => Self::ARTICLE,
                b"main" => Self::MAIN,
                b"figure" => Self::FIGURE,
                _ => 0,
            };
        }
        Landmarks(bits)
    }

    pub fn has(self, bit: u8) -> bool {
        self.0 & bit != 0
    }
}

/// For each letter `a`..`z`, the keywords of [`ClassHints::WORDS`] that
/// start (end) with it, as bits by index.
const KEYWORDS_BY_FIRST: [u64; 26] = keyword_index(true);
const KEYWORDS_BY_LAST: [u64; 26] = keyword_index(false);

const _: () = assert!(ClassHints::WORDS.len() <= 64);

const fn keyword_index(first: bool) -> [u64; 26] {
    let mut out = [0u64; 26];
    let mut k = 0;
    while k < ClassHints::WORDS.len() {
        let w = ClassHints::WORDS[k].0.as_bytes();
        let c = if first { w[0] } else { w[w.len() - 1] };
        out[(c - b'a') as usize] |= 1 << k;
        k += 1;
    }
    out
}

/// What class and id names suggest, as bits (the words Readability and
/// jusText look for, by kind).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct ClassHints(pub u16);

impl ClassHints {
    /// `nav`, `menu`, `footer`, `sidebar`, `widget`, `masthead`, `breadcrumb` ...
    pub const CHROME: u16 = 1;
    /// `comment`, `reply`, `disqus`, `respond`.
    pub const COMMENT: u16 = 2;
    /// `related`, `recommend`, `popular`, `trending`, `more`, `teaser`, `promo`.
    pub const RELATED: u16 = 4;
    /// `share`, `social`, `follow`, `newsletter`, `subscribe`, `signup`.
    pub const SHARE: u16 = 8;
    /// `ad-`, `ads`, `advert`, `sponsor`, `banner`, `outbrain`, `taboola`.
    pub const AD: u16 = 16;
    /// `article`, `content`, `story`, `post`, `entry`, `body`, `text`, `main`.
    pub const BODY: u16 = 32;
    /// `byline`, `author`.
    pub const META: u16 = 64;
    /// `hidden`, `sr-only`, `visually-hidden`, `modal`, `popup`, `overlay`.
    pub const HIDDEN: u16 = 128;
    /// `caption`, `credit`, `image`, `img`, `photo`, `picture`, `figure`,
    /// `gallery`: what stands beside a picture, not the article's text.
    pub const CAPTION: u16 = 256;
    /// What Readability calls unlikely candidates.
    pub const UNLIKELY: u16 =
        Self::CHROME | Self::COMMENT | Self::RELATED | Self::SHARE | Self::AD | Self::HIDDEN;

    const WORDS: [(&'static str, u16); 57] = [
        ("nav", Self::CHROME),
        ("menu", Self::CHROME),
        ("footer", Self::CHROME),
        ("sidebar", Self::CHROME),
        ("widget", Self::CHROME),
        ("masthead", Self::CHROME),
        ("breadcrumb", Self::CHROME),
        ("header", Self::CHROME),
        ("toolbar", Self::CHROME),
        ("skip", Self::CHROME),
        ("rail", Self::CHROME),
        ("comment", Self::COMMENT),
        ("reply", Self::COMMENT),
        ("disqus", Self::COMMENT),
        ("respond", Self::COMMENT),
        ("related", Self::RELATED),
        ("recommend", Self::RELATED),
        ("popular", Self::RELATED),
        ("trending", Self::RELATED),
        ("more", Self::RELATED),
        ("teaser", Self::RELATED),
        ("promo", Self::RELATED),
        ("recirc", Self::RELATED),
        ("latest", Self::RELATED),
        ("most", Self::RELATED),
        ("share", Self::SHARE),
        ("social", Self::SHARE),
        ("follow", Self::SHARE),
        ("newsletter", Self::SHARE),
        ("subscribe", Self::SHARE),
        ("signup", Self::SHARE),
        ("advert", Self::AD),
        ("sponsor", Self::AD),
        ("banner", Self::AD),
        ("outbrain", Self::AD),
        ("taboola", Self::AD),
        ("dfp", Self::AD),
        ("article", Self::BODY),
        ("content", Self::BODY),
        ("story", Self::BODY),
        ("post", Self::BODY),
        ("entry", Self::BODY),
        ("body", Self::BODY),
        ("text", Self::BODY),
        ("caption", Self::CAPTION),
        ("credit", Self::CAPTION),
        ("image", Self::CAPTION),
        ("img", Self::CAPTION),
        ("photo", Self::CAPTION),
        ("picture", Self::CAPTION),
        ("figure", Self::CAPTION),
        ("gallery", Self::CAPTION),
        ("byline", Self::META),
        ("author", Self::META),
        ("hidden", Self::HIDDEN),
        ("modal", Self::HIDDEN),
        ("popup", Self::HIDDEN),
    ];

    fn of(classes: &str) -> ClassHints {
        let mut bits = 0;
        let mut lower = [0u8; 32];
        // Each alphabetic run of each name (`related-links` is `related`
        // and `links`), lower-cased; a keyword matches its start or end
        // (`sidebar-left`, `articleBody`, `mainmenu`).
        for run in classes
            .split(|c: char| !c.is_ascii_alphabetic())
            .filter(|r| r.len() >= 2)
        {
            let Some(l) = lower.get_mut(..run.len()) else {
                continue;
            };
            l.copy_from_slice(run.as_bytes());
            l.make_ascii_lowercase();
            // Only the keywords that start with the run's first letter or
            // end with its last can match.
            let (first, last) = (l[0].wrapping_sub(b'a'), l[l.len() - 1].wrapping_sub(b'a'));
            let mut candidates = KEYWORDS_BY_FIRST.get(first as usize).copied().unwrap_or(0)
                | KEYWORDS_BY_LAST.get(last as usize).copied().unwrap_or(0);
            while candidates != 0 {
                let k = candidates.trailing_zeros() as usize;
                candidates &= candidates - 1;
                let (w, bit) = Self::WORDS[k];
                if l.starts_with(w.as_bytes()) || l.ends_with(w.as_bytes()) {
                    bits |= bit;
                }
            }
            // Short ad names only alone: `ad`, `ads`, not `header` or `shadow`.
            if &*l == b"ad" || &*l == b"ads" {
                bits |= Self::AD;
            }
        }
        ClassHints(bits)
    }

    pub fn has(self, bit: u16) -> bool {
        self.0 & bit != 0
    }
}

impl LineHint {
    /// `units` is the block's length in the unit `link_chars` counts in.
    fn with_classes(b: &BlockHint, units: usize, classes: ClassHints, place: &BoxInfo) -> LineHint {
        LineHint {
            placement: place.placement,
            box_link_density: place.link_density,
            box_score: place.score,
            section_end: place.section_end,
            tag: b.tag,
            heading: b.heading.min(6),
            link_density: if units == 0 {
                0.0
            } else {
                (b.link_chars as f32 / units as f32).clamp(0.0, 1.0)
            },
            in_list: b.in_list,
            in_table: b.in_table,
            landmarks: Landmarks::of(&b.ancestors),
            classes,
        }
    }
}

/// What [`containers`] says about one block.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct BoxInfo {
    pub placement: Placement,
    pub link_density: f32,
    pub score: f32,
    pub section_end: Option<usize>,
}

/// A container's sums over the blocks inside it.
#[derive(Debug, Clone, Copy, Default)]
struct Acc {
    /// Readability's content score, from the paragraphs below it.
    score: f32,
    units: usize,
    link: usize,
    /// Where the container's text starts and ends (bytes).
    start: usize,
    end: usize,
}

impl Acc {
    fn link_density(&self) -> f32 {
        if self.units == 0 {
            0.0
        } else {
            (self.link as f32 / self.units as f32).min(1.0)
        }
    }

    /// The candidate score: content, less the share that is link text.
    fn weighted(&self) -> f32 {
        self.score * (1.0 - self.link_density())
    }
}

/// Dense indices for the ids of the blocks' paths, in order of first
/// sight: the ids themselves when they are small (document-order counters
/// are), else through a map.
struct IdIndex {
    dense: Option<Vec<u32>>,
    map: rustc_hash::FxHashMap<u32, u32>,
}

impl IdIndex {
    fn new(blocks: &[BlockHint]) -> IdIndex {
        let entries: usize = blocks.iter().map(|b| b.path.len()).sum();
        let max = blocks
            .iter()
            .flat_map(|b| b.path.iter().copied())
            .max()
            .unwrap_or(0) as usize;
        let dense = (max < 64 * entries + 1024).then(|| vec![u32::MAX; max + 1]);
        IdIndex {
            dense,
            map: rustc_hash::FxHashMap::default(),
        }
    }

    /// The index of `id`, adding a fresh accumulator for a new one.
    fn get(&mut self, id: u32, acc: &mut Vec<Acc>) -> u32 {
        let next = acc.len() as u32;
        let slot = match &mut self.dense {
            Some(d) => &mut d[id as usize],
            None => self.map.entry(id).or_insert(u32::MAX),
        };
        if *slot == u32::MAX {
            *slot = next;
            acc.push(Acc {
                start: usize::MAX,
                ..Acc::default()
            });
        }
        *slot
    }
}

/// A paragraph scores from this many characters (Readability's 25).
const SCORE_MIN_CHARS: usize = 25;
/// A paragraph gives its score to this many levels of ancestors: all of it
/// to its parent, half to the grandparent, a third of the level to the
/// rest (Readability's `_getNodeAncestors(node, 5)` weighting).
const SCORE_LEVELS: usize = 5;
/// A sibling of the main container joins it from this score, or this share
/// of the main container's, whichever is more (Readability).
const SIBLING_MIN_SCORE: f32 = 10.0;
const SIBLING_MIN_SHARE: f32 = 0.2;
/// A paragraph right beside the main container joins it when it is this
/// long and has less than this link density (Readability).
const SIBLING_PARAGRAPH_CHARS: usize = 80;
const SIBLING_PARAGRAPH_LINKS: f32 = 0.25;

/// Readability's candidate scoring over the blocks' paths: every block of
/// text of [`SCORE_MIN_CHARS`] or more scores `1 + commas + min(chars/100,
/// 3)`, spread over its ancestors; a container's score is weighted by its
/// share of non-link text; the best is the main container. Each block is
/// then placed relative to it, and learns its parent container's link
/// density and score. Linear in the blocks times their depth.
pub(crate) fn containers(
    text: &str,
    blocks: &[BlockHint],
    spans: &[(usize, usize)],
    units: &[usize],
    classes: &[ClassHints],
) -> Vec<BoxInfo> {
    let mut index = IdIndex::new(blocks);
    let mut acc: Vec<Acc> = Vec::new();
    // Each block's path as indices into `acc`.
    let mut paths: Vec<u32> = Vec::new();
    let mut path_of: Vec<(u32, u32)> = Vec::with_capacity(blocks.len());
    for b in blocks {
        let from = paths.len() as u32;
        for &id in &b.path {
            let i = index.get(id, &mut acc);
            paths.push(i);
        }
        path_of.push((from, paths.len() as u32));
    }
    let path = |k: usize| &paths[path_of[k].0 as usize..path_of[k].1 as usize];
    for (k, b) in blocks.iter().enumerate() {
        if b.path.is_empty() {
            continue;
        }
        let (s, e) = spans[k];
        let t = text.get(s..e).unwrap_or("");
        let chars = t.chars().count();
        // Readability drops unlikely candidates (comments, sidebars, ads,
        // share bars ...) before scoring: their text adds nothing.
        let unlikely = classes[k].has(ClassHints::UNLIKELY);
        let scored = chars >= SCORE_MIN_CHARS
            && !unlikely
            && !matches!(b.tag, BlockTag::Control | BlockTag::Heading);
        let score = if scored {
            let commas = t
                .chars()
                .filter(|c| matches!(c, ',' | '،' | '、' | '，'))
                .count();
            1.0 + commas as f32 + (chars / 100).min(3) as f32
        } else {
            0.0
        };
        let link = b.link_chars.min(units[k]);
        let n = b.path.len();
        for (depth, &i) in path(k).iter().enumerate() {
            let a = &mut acc[i as usize];
            a.units += units[k];
            a.link += link;
            a.start = a.start.min(spans[k].0);
            a.end = a.end.max(spans[k].1);
            // Level 0 is the parent: the block's own element is path[n-1].
            if scored && depth + 1 < n {
                let level = n - 2 - depth;
                if level < SCORE_LEVELS {
                    a.score += match level {
                        0 => score,
                        1 => score / 2.0,
                        l => score / (l as f32 * 3.0),
                    };
                }
            }
        }
    }
    let Some((top, top_score)) = acc
        .iter()
        .enumerate()
        .map(|(i, a)| (i as u32, a.weighted()))
        .filter(|&(_, w)| w > 0.0)
        // Highest score; the first seen (outermost, earliest) on ties.
        .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))
    else {
        return vec![BoxInfo::default(); blocks.len()];
    };
    // The main container's parent, and where its text starts.
    let mut top_parent = None;
    let mut top_start = usize::MAX;
    for (k, span) in spans.iter().enumerate().take(blocks.len()) {
        let p = path(k);
        if let Some(d) = p.iter().position(|&i| i == top) {
            top_start = top_start.min(span.0);
            if d > 0 {
                top_parent = Some(p[d - 1]);
            }
        }
    }
    let sibling_min = SIBLING_MIN_SCORE.max(SIBLING_MIN_SHARE * top_score);
    blocks
        .iter()
        .enumerate()
        .map(|(k, b)| {
            let p = path(k);
            let n = p.len();
            if n == 0 {
                return BoxInfo::default();
            }
            let parent = acc[p[n.saturating_sub(2)] as usize];
            let placement = if p.contains(&top) {
                Placement::Inside
            } else if let Some(d) = top_parent.and_then(|tp| p.iter().position(|&i| i == tp)) {
                let child = p[d + 1..].first().copied();
                let strong = child.is_some_and(|c| acc[c as usize].weighted() >= sibling_min);
                let (s, e) = spans[k];
                let paragraph = d + 2 == n
                    && text
                        .get(s..e)
                        .is_some_and(|t| t.chars().count() > SIBLING_PARAGRAPH_CHARS)
                    && (b.link_chars as f32) < SIBLING_PARAGRAPH_LINKS * units[k] as f32;
                if strong || paragraph {
                    Placement::Sibling
                } else if spans[k].0 < top_start {
                    Placement::Before
                } else {
                    Placement::After
                }
            } else if spans[k].0 < top_start {
                Placement::Before
            } else {
                Placement::After
            };
            let section_end = p[..n - 1]
                .iter()
                .rev()
                .map(|&i| &acc[i as usize])
                .find(|a| a.end > spans[k].1)
                .filter(|a| a.start == spans[k].0)
                .map(|a| a.end);
            BoxInfo {
                placement,
                link_density: parent.link_density(),
                score: (parent.weighted() / top_score).clamp(0.0, 1.0),
                section_end,
            }
        })
        .collect()
}

/// For each line (`line_starts` ascending), the hint of the innermost block
/// it starts in. `spans[i]` is block `i`'s byte range in `text` and
/// `units[i]` its length in the unit its `link_chars` counts in. Linear
/// after sorting the blocks.
pub(crate) fn line_hints(
    text: &str,
    line_starts: &[usize],
    blocks: &[BlockHint],
    spans: &[(usize, usize)],
    units: &[usize],
) -> Vec<Option<LineHint>> {
    // Blocks of one container share their class names: read each
    // distinct string once, and each distinct name in them once.
    let mut class_cache: rustc_hash::FxHashMap<&str, ClassHints> = rustc_hash::FxHashMap::default();
    let mut name_cache: rustc_hash::FxHashMap<&str, u16> = rustc_hash::FxHashMap::default();
    let classes: Vec<ClassHints> = blocks
        .iter()
        .map(|b| {
            *class_cache.entry(b.classes.as_str()).or_insert_with(|| {
                let mut bits = 0;
                for name in b.classes.split_ascii_whitespace() {
                    bits |= *name_cache
                        .entry(name)
                        .or_insert_with(|| ClassHints::of(name).0);
                }
                ClassHints(bits)
            })
        })
        .collect();
    let boxes = containers(text, blocks, spans, units, &classes);
    let mut order: Vec<usize> = (0..blocks.len())
        .filter(|&i| spans[i].0 < spans[i].1)
        .collect();
    order.sort_by_key(|&i| (spans[i].0, std::cmp::Reverse(spans[i].1)));
    let mut out = Vec::with_capacity(line_starts.len());
    // Each block's hint is worked out once, however many lines it has.
    let mut hint: Vec<Option<LineHint>> = vec![None; blocks.len()];
    let mut k = 0;
    // Blocks open at the current line, outermost first.
    let mut open: Vec<usize> = Vec::new();
    for &s in line_starts {
        while k < order.len() && spans[order[k]].0 <= s {
            open.push(order[k]);
            k += 1;
        }
        // Closed blocks leave; an outer block may still cover the line.
        while let Some(&b) = open.last() {
            if spans[b].1 > s {
                break;
            }
            open.pop();
        }
        let current = open.iter().rev().find(|&&b| spans[b].1 > s).copied();
        out.push(current.map(|b| {
            *hint[b].get_or_insert_with(|| {
                LineHint::with_classes(&blocks[b], units[b], classes[b], &boxes[b])
            })
        }));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block(start: usize, end: usize, tag: BlockTag) -> BlockHint {
        BlockHint {
            start,
            end,
            tag,
            ..BlockHint::default()
        }
    }

    fn tags(starts: &[usize], blocks: &[BlockHint]) -> Vec<Option<BlockTag>> {
        let spans: Vec<(usize, usize)> = blocks.iter().map(|b| (b.start, b.end)).collect();
        let units: Vec<usize> = blocks.iter().map(|b| b.end - b.start).collect();
        let text = " ".repeat(spans.iter().map(|s| s.1).max().unwrap_or(0));
        line_hints(&text, starts, blocks, &spans, &units)
            .iter()
            .map(|h| h.map(|h| h.tag))
            .collect()
    }

    #[test]
    fn lines_take_the_block_they_start_in() {
        let blocks = [
            block(0, 10, BlockTag::Heading),
            block(11, 30, BlockTag::P),
            block(40, 50, BlockTag::Li),
        ];
        assert_eq!(
            tags(&[0, 11, 20, 31, 40], &blocks),
            [
                Some(BlockTag::Heading),
                Some(BlockTag::P),
                Some(BlockTag::P),
                None,
                Some(BlockTag::Li)
            ]
        );
    }

    #[test]
    fn nested_blocks_give_the_innermost_and_then_the_outer_again() {
        let blocks = [
            block(0, 100, BlockTag::Quote),
            block(10, 20, BlockTag::P),
            block(10, 20, BlockTag::Caption),
        ];
        assert_eq!(
            tags(&[0, 10, 30, 100], &blocks),
            [
                Some(BlockTag::Quote),
                Some(BlockTag::Caption),
                Some(BlockTag::Quote),
                None
            ]
        );
    }

    /// A page: a menu (`ul` of links), an article `div` of paragraphs with
    /// a sibling `div` holding the rest of the article, and a comments
    /// `div` with longer paragraphs than the article's.
    fn page() -> (String, Vec<BlockHint>) {
        let mut text = String::new();
        let mut blocks = Vec::new();
        let mut push = |line: &str, path: &[u32], links: bool, classes: &str| {
            let start = text.len();
            text.push_str(line);
            blocks.push(BlockHint {
                start,
                end: text.len(),
                tag: BlockTag::P,
                link_chars: if links { line.len() } else { 0 },
                classes: classes.into(),
                path: path.to_vec(),
                ..BlockHint::default()
            });
            text.push('\n');
        };
        let para =
            "The council said on Monday that the river, which rose overnight, would fall by noon.";
        for item in [
            "Home page of the site",
            "World news and more",
            "Sport results today",
        ] {
            push(item, &[1, 2, 3], true, "menu");
        }
        for k in 0..5 {
            push(para, &[1, 10, 11, 30 + k], false, "story");
        }
        for k in 0..4 {
            push(para, &[1, 10, 13, 40 + k], false, "story");
        }
        let comment = format!("{para} {para}, and, more, commas, here");
        for _ in 0..4 {
            push(&comment, &[1, 20, 21], false, "comment-list");
        }
        (text, blocks)
    }

    #[test]
    fn the_main_container_is_found_as_readability_would() {
        let (text, blocks) = page();
        let spans: Vec<(usize, usize)> = blocks.iter().map(|b| (b.start, b.end)).collect();
        let units: Vec<usize> = blocks.iter().map(|b| b.end - b.start).collect();
        let classes: Vec<ClassHints> = blocks.iter().map(|b| ClassHints::of(&b.classes)).collect();
        let boxes = containers(&text, &blocks, &spans, &units, &classes);
        let places: Vec<Placement> = boxes.iter().map(|b| b.placement).collect();
        use Placement::*;
        assert_eq!(
            places,
            [
                [Before; 3].as_slice(),
                &[Inside; 5],
                &[Sibling; 4],
                &[After; 4]
            ]
            .concat(),
            "the comments score nothing (unlikely candidates), the menu is all links"
        );
        assert!(boxes[0].link_density > 0.99 && boxes[3].link_density < 0.01);
        assert!(
            (boxes[3].score - 1.0).abs() < 1e-6,
            "the main container is its own best"
        );
        // Without paths nothing is known.
        let bare: Vec<BlockHint> = blocks
            .iter()
            .map(|b| BlockHint {
                path: Vec::new(),
                ..b.clone()
            })
            .collect();
        let boxes = containers(&text, &bare, &spans, &units, &classes);
        assert!(boxes.iter().all(|b| b.placement == Unknown));
    }

    #[test]
    fn ids_need_not_be_small() {
        let (text, mut blocks) = page();
        for b in &mut blocks {
            for id in &mut b.path {
                *id = id.wrapping_mul(2_654_435_761);
            }
        }
        let spans: Vec<(usize, usize)> = blocks.iter().map(|b| (b.start, b.end)).collect();
        let units: Vec<usize> = blocks.iter().map(|b| b.end - b.start).collect();
        let classes: Vec<ClassHints> = blocks.iter().map(|b| ClassHints::of(&b.classes)).collect();
        let boxes = containers(&text, &blocks, &spans, &units, &classes);
        assert_eq!(boxes[3].placement, Placement::Inside);
        assert_eq!(boxes[0].placement, Placement::Before);
    }

    #[test]
    fn link_density_landmarks_and_classes() {
        let b = BlockHint {
            start: 0,
            end: 20,
            link_chars: 15,
            ancestors: vec!["nav".into(), "Footer".into()],
            classes: "site-header related-links ad-slot".into(),
            ..BlockHint::default()
        };
        let h = LineHint::with_classes(&b, 20, ClassHints::of(&b.classes), &BoxInfo::default());
        assert!((h.link_density - 0.75).abs() < 1e-6);
        assert!(h.landmarks.has(Landmarks::NAV) && h.landmarks.has(Landmarks::FOOTER));
        assert!(!h.landmarks.has(Landmarks::ARTICLE));
        assert!(
            h.classes.has(ClassHints::CHROME)
                && h.classes.has(ClassHints::RELATED)
                && h.classes.has(ClassHints::AD)
        );
        assert!(!ClassHints::of("shadow heading").has(ClassHints::AD));
    }

    #[test]
    fn picture_names_are_captions_not_bylines() {
        for name in [
            "wp-caption-text",
            "photoCredit",
            "article-image",
            "gallery-item",
        ] {
            let h = ClassHints::of(name);
            assert!(
                h.has(ClassHints::CAPTION) && !h.has(ClassHints::META),
                "{name}"
            );
        }
        let byline = ClassHints::of("story-byline");
        assert!(byline.has(ClassHints::META) && !byline.has(ClassHints::CAPTION));
    }
}
