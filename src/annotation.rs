//! The result of annotating a text, and the options that shape it.

use serde::{Deserialize, Serialize};

use crate::text::offsets::{bytes_to_unit, OffsetUnit};

/// Everything newsmark found in one text. All spans are `start..end`
/// (end exclusive) into the text as given, counted in [`Annotation::unit`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Annotation {
    /// What the offsets count: bytes in Rust, UTF-16 code units in
    /// JavaScript, code points in the CLI's JSON.
    pub unit: OffsetUnit,
    /// Every non-blank line, in order, with its label and the reason for it.
    pub lines: Vec<Line>,
    /// Spans inside content lines that a cleaner should drop.
    pub junk: Vec<Junk>,
    /// Every entity mention, in order, on all lines (boilerplate included).
    pub entities: Vec<Entity>,
    /// The document's subjects: PER/LOC/ORG canonical names, most salient first.
    pub tags: Vec<Tag>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Line {
    pub start: usize,
    pub end: usize,
    pub label: LineLabel,
    pub reason: Reason,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LineLabel {
    Content,
    Boilerplate,
}

/// Why a line got its label. Content reasons say what part of the article
/// the line is; boilerplate reasons say what kind of furniture it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    /// The article's headline.
    Headline,
    /// A dateline or the article's own date line.
    Dateline,
    /// A paragraph of the article body.
    Body,
    /// A short heading inside the body.
    Subheading,
    /// An editor restored the line to content. Part of the schema for
    /// corrected annotations (the page's exports); the core never gives it.
    Kept,
    /// An editor dropped a content line. Part of the schema for corrected
    /// annotations (the page's exports); the core never gives it.
    Dropped,
    /// A list of other stories, its heading or a teaser in it.
    RelatedList,
    /// A read-more link.
    ReadMore,
    /// A call to act: share, follow, subscribe, comment.
    Prompt,
    /// Site furniture: section labels, breadcrumbs, bylines of the desk,
    /// navigation, short lines outside the body.
    Furniture,
    /// A tag or keyword line.
    TagLine,
    /// An image line (markdown image, caption credit).
    Image,
    /// Script, template or style code that leaked into the text.
    Code,
    /// A bare URL alone on a line.
    Url,
    /// A repeat of a line already seen.
    Duplicate,
}

impl Reason {
    /// Every reason, for documentation and the page's legend.
    pub const ALL: [Reason; 15] = [
        Reason::Headline,
        Reason::Dateline,
        Reason::Body,
        Reason::Subheading,
        Reason::Kept,
        Reason::Dropped,
        Reason::RelatedList,
        Reason::ReadMore,
        Reason::Prompt,
        Reason::Furniture,
        Reason::TagLine,
        Reason::Image,
        Reason::Code,
        Reason::Url,
        Reason::Duplicate,
    ];
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Junk {
    pub start: usize,
    pub end: usize,
    pub reason: Reason,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum EntityLabel {
    PER,
    LOC,
    ORG,
    DATE,
    NUM,
}

impl EntityLabel {
    pub const ALL: [EntityLabel; 5] = [
        EntityLabel::PER,
        EntityLabel::LOC,
        EntityLabel::ORG,
        EntityLabel::DATE,
        EntityLabel::NUM,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EntityLabel::PER => "PER",
            EntityLabel::LOC => "LOC",
            EntityLabel::ORG => "ORG",
            EntityLabel::DATE => "DATE",
            EntityLabel::NUM => "NUM",
        }
    }

    /// PER, LOC and ORG: the labels that name a thing and become tags.
    pub fn is_named(self) -> bool {
        matches!(self, EntityLabel::PER | EntityLabel::LOC | EntityLabel::ORG)
    }
}

impl std::str::FromStr for EntityLabel {
    type Err = crate::Error;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        EntityLabel::ALL
            .into_iter()
            .find(|l| l.as_str().eq_ignore_ascii_case(s))
            .ok_or_else(|| {
                crate::Error::invalid_option(format!(
                    "unknown entity label {s:?} (expected PER, LOC, ORG, DATE or NUM)"
                ))
            })
    }
}

/// Where an entity came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Source {
    /// The built-in knowledge base.
    Kb,
    /// A dictionary the user added at run time.
    Custom,
    /// A date or number pattern.
    Pattern,
    /// The statistical tagger, for names the knowledge base lacks.
    Model,
    /// A short form linked to a full mention earlier or later in the text.
    Alias,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entity {
    pub start: usize,
    pub end: usize,
    pub label: EntityLabel,
    /// The mention as written.
    pub text: String,
    /// One English name for what the mention refers to: the same for every
    /// spelling and script (`Kim Jong Un`), a normalised value for DATE/NUM.
    pub canonical: String,
    /// Wikidata id, only where the knowledge base is certain of it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    pub source: Source,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Tag {
    pub canonical: String,
    pub label: EntityLabel,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Mentions in the whole text.
    pub count: usize,
    /// 0..1, higher for subjects named in the headline and early on.
    pub salience: f32,
}

/// What to compute. The defaults compute everything.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase", deny_unknown_fields)]
pub struct Options {
    /// Classify lines as content or boilerplate (otherwise all are content).
    pub boilerplate: bool,
    /// Find entities.
    pub entities: bool,
    /// Entity labels to report; empty means all.
    pub labels: Vec<EntityLabel>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            boilerplate: true,
            entities: true,
            labels: Vec::new(),
        }
    }
}

impl Options {
    pub(crate) fn wants(&self, label: EntityLabel) -> bool {
        self.labels.is_empty() || self.labels.contains(&label)
    }
}

impl Annotation {
    /// The same annotation with its offsets counted in `unit`. `text` must be
    /// the text this annotation was made from.
    pub fn to_unit(&self, text: &str, unit: OffsetUnit) -> Annotation {
        let mut out = self.clone();
        if unit == self.unit {
            return out;
        }
        assert_eq!(
            self.unit,
            OffsetUnit::Bytes,
            "annotations are converted from bytes"
        );
        let mut offsets: Vec<&mut usize> =
            Vec::with_capacity(2 * (out.lines.len() + out.junk.len() + out.entities.len()));
        for l in &mut out.lines {
            offsets.extend([&mut l.start, &mut l.end]);
        }
        for j in &mut out.junk {
            offsets.extend([&mut j.start, &mut j.end]);
        }
        for e in &mut out.entities {
            offsets.extend([&mut e.start, &mut e.end]);
        }
        bytes_to_unit(text, &mut offsets, unit);
        out.unit = unit;
        out
    }

    /// The text a reader keeps: content lines without their junk spans, one
    /// per line. Offsets must be in bytes.
    pub fn clean_text(&self, text: &str) -> String {
        assert_eq!(
            self.unit,
            OffsetUnit::Bytes,
            "clean_text needs byte offsets"
        );
        let mut out = String::new();
        let mut junk = self.junk.iter().peekable();
        for line in self.lines.iter().filter(|l| l.label == LineLabel::Content) {
            let mut pos = line.start;
            while let Some(j) = junk.peek() {
                if j.start >= line.end {
                    break;
                }
                if j.end > pos {
                    out.push_str(&text[pos..j.start.max(pos)]);
                    pos = j.end.min(line.end);
                }
                junk.next();
            }
            out.push_str(&text[pos..line.end]);
            out.push('\n');
        }
        out
    }
}
