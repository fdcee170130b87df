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

/// What class and id names suggest, as bits (the words Readability and
/// jusText look for, by kind).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct ClassHints(pub u8);

impl ClassHints {
    /// `nav`, `menu`, `footer`, `sidebar`, `widget`, `masthead`, `breadcrumb` ...
    pub const CHROME: u8 = 1;
    /// `comment`, `reply`, `disqus`, `respond`.
    pub const COMMENT: u8 = 2;
    /// `related`, `recommend`, `popular`, `trending`, `more`, `teaser`, `promo`.
    pub const RELATED: u8 = 4;
    /// `share`, `social`, `follow`, `newsletter`, `subscribe`, `signup`.
    pub const SHARE: u8 = 8;
    /// `ad-`, `ads`, `advert`, `sponsor`, `banner`, `outbrain`, `taboola`.
    pub const AD: u8 = 16;
    /// `article`, `content`, `story`, `post`, `entry`, `body`, `text`, `main`.
    pub const BODY: u8 = 32;
    /// `caption`, `credit`, `byline`, `author`, `date`, `meta`, `tag`.
    pub const META: u8 = 64;
    /// `hidden`, `sr-only`, `visually-hidden`, `modal`, `popup`, `overlay`.
    pub const HIDDEN: u8 = 128;

    const WORDS: [(&'static str, u8); 51] = [
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
        ("caption", Self::META),
        ("credit", Self::META),
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
            for (w, bit) in Self::WORDS {
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

    pub fn has(self, bit: u8) -> bool {
        self.0 & bit != 0
    }
}

impl LineHint {
    /// `units` is the block's length in the unit `link_chars` counts in.
    fn with_classes(b: &BlockHint, units: usize, classes: ClassHints) -> LineHint {
        LineHint {
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

/// For each line (`line_starts` ascending), the hint of the innermost block
/// it starts in. `spans[i]` is block `i`'s byte range in the text and
/// `units[i]` its length in the unit its `link_chars` counts in. Linear
/// after sorting the blocks.
pub(crate) fn line_hints(
    line_starts: &[usize],
    blocks: &[BlockHint],
    spans: &[(usize, usize)],
    units: &[usize],
) -> Vec<Option<LineHint>> {
    let mut order: Vec<usize> = (0..blocks.len())
        .filter(|&i| spans[i].0 < spans[i].1)
        .collect();
    order.sort_by_key(|&i| (spans[i].0, std::cmp::Reverse(spans[i].1)));
    let mut out = Vec::with_capacity(line_starts.len());
    // Each block's hint is worked out once, however many lines it has.
    let mut hint: Vec<Option<LineHint>> = vec![None; blocks.len()];
    let mut class_cache: rustc_hash::FxHashMap<&str, ClassHints> = rustc_hash::FxHashMap::default();
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
                // Blocks of one container share their class names: read
                // each distinct string once.
                let classes = *class_cache
                    .entry(blocks[b].classes.as_str())
                    .or_insert_with(|| ClassHints::of(&blocks[b].classes));
                LineHint::with_classes(&blocks[b], units[b], classes)
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
        line_hints(starts, blocks, &spans, &units)
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
        let h = LineHint::with_classes(&b, 20, ClassHints::of(&b.classes));
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
}
