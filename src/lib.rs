/*!
newsmark takes the text a person copies from a news page and pastes — mostly
Hindi in Devanagari, often mixed with English, or English alone — and says
which lines are the article and which are the site's furniture around it, and
where the people, places, organisations, dates and numbers are, each under one
canonical English name.

It never changes the text. Everything it returns is a span over the text as
given: line labels with a reason, junk spans inside kept lines, entities and
document tags.

# Example

```
use newsmark::{Annotator, EntityLabel, LineLabel, Options};

let text = "रूस ने उत्तर कोरिया से संबंध बढ़ाए\n\
            मॉस्को में विदेश मंत्री सर्गेई लावरोव ने 25 अप्रैल को यह बात कही। दोनों देशों ने समझौते पर दस्तखत किए।\n\
            और पढो »\n";
let annotator = Annotator::new();
let annotation = annotator.annotate(text, &Options::default()).unwrap();

// The read-more line is boilerplate, the article lines are content.
let labels: Vec<_> = annotation.lines.iter().map(|l| l.label).collect();
assert_eq!(labels, [LineLabel::Content, LineLabel::Content, LineLabel::Boilerplate]);

// Entities carry byte offsets and a canonical name.
let lavrov = annotation.entities.iter().find(|e| e.label == EntityLabel::PER).unwrap();
assert_eq!(&text[lavrov.start..lavrov.end], "सर्गेई लावरोव");
assert_eq!(lavrov.canonical, "Sergei Lavrov");

// The clean text keeps only the article.
assert!(!annotation.clean_text(text).contains("और पढो"));
```

# Offsets

Inside Rust all offsets are **bytes** of the UTF-8 text. An [`Annotation`]
names its unit; [`Annotation::to_unit`] converts to UTF-16 code units (what
the JavaScript binding returns) or code points (what the CLI's JSON and
`ANNOTATION.md` use).

# Pipeline

`text` (lines, tokens, match-key folding with a map back to the original) →
`boilerplate` (line features, furniture lexicon, neighbour smoothing, inline
junk) → `entities` (knowledge-base matcher, date/number patterns, a small
sequence model, document-level alias linking and tags). An [`Annotator`]
builds its lexicons and automata once; reuse it for every text.
*/

#![forbid(unsafe_code)]

mod annotation;
mod annotator;
mod boilerplate;
mod entities;
mod error;
mod text;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use annotation::{
    Annotation, Entity, EntityLabel, Junk, Line, LineLabel, Options, Reason, Source, Tag,
};
pub use annotator::{annotate, Annotator, MAX_TEXT_BYTES};
/// An HTML page as text and block hints (the CLI's `--html` modes).
#[cfg(feature = "html")]
pub use boilerplate::html;
/// Training the boilerplate line model (the CLI's `newsmark train boilerplate`).
#[cfg(feature = "cli")]
#[doc(hidden)]
pub use boilerplate::training as boilerplate_training;
pub use boilerplate::{BlockHint, BlockTag};
/// Training the entity tagger (the CLI's `newsmark train`).
#[cfg(feature = "cli")]
pub use entities::train::{evaluate_model, train_model, TrainExample, TrainOptions};
pub use entities::CustomEntity;
pub use error::Error;
pub use text::offsets::OffsetUnit;
