//! An HTML page as text and block hints, for the CLI (`--html`) and tests.
//! The browser does the same with its own DOM (see `www/`), so no HTML
//! parser ships in the wasm build.
//!
//! The text approximates what a browser's `innerText` gives: each block
//! element on its own line(s), `<br>` a line break, white space collapsed
//! outside `<pre>`, nothing from `script`, `style`, `noscript`, `template`,
//! `head` or elements marked hidden. Every block becomes a [`BlockHint`]
//! with byte offsets into that text.

use ego_tree::iter::Edge;
use scraper::{Html, Node};

use super::hints::{BlockHint, BlockTag};

/// Elements whose content is never text on the page.
const SKIPPED: [&str; 16] = [
    "script", "style", "noscript", "template", "head", "title", "meta", "link", "svg", "iframe",
    "object", "embed", "canvas", "select", "video", "audio",
];

/// Elements that start a new line (CSS `display: block` and friends by
/// default).
const BLOCKS: [&str; 40] = [
    "p",
    "div",
    "section",
    "article",
    "main",
    "aside",
    "nav",
    "header",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "table",
    "tr",
    "td",
    "th",
    "tbody",
    "thead",
    "blockquote",
    "pre",
    "figure",
    "figcaption",
    "form",
    "fieldset",
    "address",
    "caption",
    "details",
    "summary",
    "center",
    "hgroup",
    "body",
];

/// A block's class hints come from itself and this many nearest ancestors
/// that have class or id names: page-level names (`has-ads`, `modal-open`
/// on a wrapper) would otherwise colour every block.
const CLASS_DEPTH: usize = 4;

/// Landmark elements and the ARIA roles that mean the same.
const LANDMARKS: [&str; 8] = [
    "nav", "aside", "footer", "header", "form", "article", "main", "figure",
];

struct Frame {
    block: bool,
    skip: bool,
    link: bool,
    list: bool,
    table: bool,
    pre: bool,
    tag: BlockTag,
    heading: u8,
    /// The element's number in document order (a block's `path`).
    id: u32,
    /// Length of `classes` and `ancestors` before this element.
    classes_len: usize,
    ancestors_len: usize,
}

/// The page's text and one hint per block, offsets in bytes of that text.
pub fn blocks(html: &str) -> (String, Vec<BlockHint>) {
    let page = Html::parse_document(html);
    let mut b = Builder::default();
    let mut stack: Vec<Frame> = Vec::new();
    let mut skip_depth = 0usize;
    let mut elements = 0u32;
    for edge in page.tree.root().traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(e) => {
                    let name = e.name();
                    let hidden = e.attr("hidden").is_some()
                        || e.attr("style").is_some_and(|s| {
                            let s = s.replace(' ', "").to_ascii_lowercase();
                            s.contains("display:none") || s.contains("visibility:hidden")
                        });
                    let skip = SKIPPED.contains(&name) || hidden;
                    let block = BLOCKS.contains(&name);
                    let parent = stack.last();
                    let (tag, heading) = tag_of(name);
                    elements += 1;
                    let frame = Frame {
                        id: elements,
                        block,
                        skip,
                        link: name == "a" || parent.is_some_and(|p| p.link),
                        list: matches!(name, "ul" | "ol" | "dl" | "menu")
                            || parent.is_some_and(|p| p.list),
                        table: name == "table" || parent.is_some_and(|p| p.table),
                        pre: name == "pre" || parent.is_some_and(|p| p.pre),
                        tag,
                        heading,
                        classes_len: b.classes.len(),
                        ancestors_len: b.ancestors.len(),
                    };
                    if skip {
                        skip_depth += 1;
                    }
                    if skip_depth == 0 {
                        if block {
                            b.flush(&stack);
                        }
                        if name == "br" {
                            b.line_break();
                        }
                        let names: Vec<&str> = [e.attr("class"), e.attr("id")]
                            .into_iter()
                            .flatten()
                            .collect();
                        if !names.is_empty() && !matches!(name, "html" | "body") {
                            b.classes.push(names.join(" "));
                        }
                        let role = e.attr("role").unwrap_or("");
                        for l in LANDMARKS {
                            if name == l {
                                b.ancestors.push(l.to_string());
                            }
                        }
                        if matches!(
                            role,
                            "navigation"
                                | "complementary"
                                | "contentinfo"
                                | "banner"
                                | "main"
                                | "search"
                        ) {
                            b.ancestors.push(role.to_string());
                        }
                    }
                    stack.push(frame);
                }
                Node::Text(t) if skip_depth == 0 => {
                    let (link, pre) = stack.last().map_or((false, false), |f| (f.link, f.pre));
                    b.text(t, link, pre);
                }
                _ => {}
            },
            Edge::Close(node) => {
                if let Node::Element(_) = node.value() {
                    let Some(frame) = stack.pop() else { continue };
                    if skip_depth == 0 && frame.block {
                        stack.push(frame);
                        b.flush(&stack);
                        let Some(frame) = stack.pop() else { continue };
                        b.classes.truncate(frame.classes_len);
                        b.ancestors.truncate(frame.ancestors_len);
                        continue;
                    }
                    if frame.skip {
                        skip_depth -= 1;
                    }
                    if skip_depth == 0 {
                        b.classes.truncate(frame.classes_len);
                        b.ancestors.truncate(frame.ancestors_len);
                    }
                }
            }
        }
    }
    b.flush(&stack);
    (b.out, b.blocks)
}

fn tag_of(name: &str) -> (BlockTag, u8) {
    match name {
        "p" => (BlockTag::P, 0),
        "h1" => (BlockTag::Heading, 1),
        "h2" => (BlockTag::Heading, 2),
        "h3" => (BlockTag::Heading, 3),
        "h4" => (BlockTag::Heading, 4),
        "h5" => (BlockTag::Heading, 5),
        "h6" => (BlockTag::Heading, 6),
        "li" | "dt" | "dd" => (BlockTag::Li, 0),
        "td" | "th" => (BlockTag::Cell, 0),
        "blockquote" => (BlockTag::Quote, 0),
        "pre" => (BlockTag::Pre, 0),
        "figcaption" | "caption" => (BlockTag::Caption, 0),
        "button" | "label" | "option" | "legend" => (BlockTag::Control, 0),
        _ => (BlockTag::Other, 0),
    }
}

#[derive(Default)]
struct Builder {
    out: String,
    blocks: Vec<BlockHint>,
    /// The block being collected: text so far, starting at `start` in `out`.
    start: usize,
    link_bytes: usize,
    /// Pending white space (emitted only between words).
    space: bool,
    /// The class and id names of each open element that has any.
    classes: Vec<String>,
    ancestors: Vec<String>,
}

impl Builder {
    fn text(&mut self, t: &str, link: bool, pre: bool) {
        for c in t.chars() {
            if pre && c == '\n' {
                self.line_break();
            } else if c.is_whitespace() {
                self.space = true;
            } else {
                // A pending space goes before the text, link or not.
                if self.space && self.out.len() > self.start && !self.out.ends_with('\n') {
                    self.out.push(' ');
                }
                self.space = false;
                self.out.push(c);
                if link {
                    self.link_bytes += c.len_utf8();
                }
            }
        }
    }

    fn line_break(&mut self) {
        if self.out.len() > self.start && !self.out.ends_with('\n') {
            self.out.push('\n');
        }
        self.space = false;
    }

    /// Ends the current block; its hint takes the innermost block element
    /// on `stack`.
    fn flush(&mut self, stack: &[Frame]) {
        while self.out.ends_with('\n') && self.out.len() > self.start {
            self.out.pop();
        }
        if self.out.len() > self.start {
            let inner = stack.iter().rev().find(|f| f.block);
            let (tag, heading) = inner.map_or((BlockTag::Other, 0), |f| (f.tag, f.heading));
            let top = stack.last();
            self.blocks.push(BlockHint {
                start: self.start,
                end: self.out.len(),
                tag,
                heading,
                link_chars: self.link_bytes.min(self.out.len() - self.start),
                in_list: top.is_some_and(|f| f.list),
                in_table: top.is_some_and(|f| f.table),
                ancestors: self.ancestors.clone(),
                classes: self.classes[self.classes.len().saturating_sub(CLASS_DEPTH)..].join(" "),
                path: stack.iter().filter(|f| f.block).map(|f| f.id).collect(),
            });
            self.out.push('\n');
        }
        self.start = self.out.len();
        self.link_bytes = 0;
        self.space = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_from_a_small_page() {
        let page = r##"<html><head><title>T</title><script>var x = 1;</script></head><body>
            <nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/w">World</a></li></ul></nav>
            <article><h1>Big  news</h1><p>First <b>para</b> with a <a href="#">link</a>.</p>
            <p>Line one<br>line two</p><div style="display: none">hidden</div></article>
            <footer>© 2024</footer></body></html>"##;
        let (text, blocks) = blocks(page);
        assert_eq!(
            text,
            "Home\nWorld\nBig news\nFirst para with a link.\nLine one\nline two\n© 2024\n"
        );
        let kinds: Vec<(&str, BlockTag)> = blocks
            .iter()
            .map(|b| (&text[b.start..b.end], b.tag))
            .collect();
        assert_eq!(
            kinds,
            [
                ("Home", BlockTag::Li),
                ("World", BlockTag::Li),
                ("Big news", BlockTag::Heading),
                ("First para with a link.", BlockTag::P),
                ("Line one\nline two", BlockTag::P),
                ("© 2024", BlockTag::Other),
            ]
        );
        assert_eq!(blocks[0].link_chars, 4);
        assert!(blocks[0].in_list && blocks[0].ancestors == ["nav"] && blocks[0].classes == "menu");
        assert_eq!(blocks[2].heading, 1);
        assert_eq!(blocks[3].link_chars, 4);
        assert_eq!(blocks[3].ancestors, ["article"]);
        assert_eq!(blocks[5].ancestors, ["footer"]);
        // Paths: body, then the block elements down to the block's own.
        let body = blocks[0].path[0];
        assert!(blocks.iter().all(|b| b.path[0] == body));
        assert_eq!(blocks[0].path.len(), 4, "body nav ul li");
        assert_eq!(blocks[3].path.len(), 3, "body article p");
        assert_eq!(blocks[2].path[1], blocks[3].path[1], "one article");
        assert_ne!(blocks[3].path[2], blocks[4].path[2], "two paragraphs");
    }
}
