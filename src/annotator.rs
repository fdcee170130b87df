use std::sync::OnceLock;

use crate::annotation::{Annotation, Options};
use crate::boilerplate::{BlockHint, Classifier};
use crate::entities::{CustomEntity, Recognizer};
use crate::error::Error;
use crate::text::offsets::OffsetUnit;
use crate::text::Document;

/// The largest text accepted, in bytes. Pastes of whole pages are well
/// under a megabyte; this leaves room for batch files without letting one
/// call take unbounded memory.
pub const MAX_TEXT_BYTES: usize = 64 * 1024 * 1024;

/// Lexicons, automata and model weights, built once and reused for every
/// text. `annotate` is a pure function of the annotator and the text.
pub struct Annotator {
    boilerplate: Classifier,
    entities: Recognizer,
}

impl Default for Annotator {
    fn default() -> Self {
        Annotator::new()
    }
}

impl Annotator {
    /// An annotator with the built-in lexicons and knowledge base.
    pub fn new() -> Annotator {
        Annotator {
            boilerplate: Classifier::new(),
            entities: Recognizer::new(),
        }
    }

    /// Adds a newsroom's own entities; where one of their names matches, it
    /// wins over the built-in knowledge base. Nothing is added if any entry
    /// is invalid. See [`CustomEntity::parse_tsv`] for the file format.
    pub fn add_entities(&mut self, entries: Vec<CustomEntity>) -> Result<usize, Error> {
        for (i, e) in entries.iter().enumerate() {
            e.validate()
                .map_err(|m| Error::invalid_dictionary(i + 1, m))?;
        }
        let n = entries.len();
        self.entities.add_custom(entries);
        Ok(n)
    }

    /// Annotates `text`. Offsets in the result are bytes; see
    /// [`Annotation::to_unit`].
    pub fn annotate(&self, text: &str, options: &Options) -> Result<Annotation, Error> {
        self.annotate_with_progress(text, None, options, &mut |_| {})
    }

    /// Annotates `text` from an HTML paste: `blocks` say where each block
    /// of the page is in `text` and what its DOM knew about it (see
    /// [`BlockHint`]); their offsets count in `unit`. The boilerplate pass
    /// then uses the page's structure as well as the text. Offsets in the
    /// result are bytes.
    pub fn annotate_blocks(
        &self,
        text: &str,
        blocks: &[BlockHint],
        unit: OffsetUnit,
        options: &Options,
    ) -> Result<Annotation, Error> {
        self.annotate_with_progress(text, Some((blocks, unit)), options, &mut |_| {})
    }

    /// [`Annotator::annotate`] or, with `blocks`, [`Annotator::annotate_blocks`],
    /// calling `progress` with the share of the work done (0 to 1) after
    /// each stage, so a long text can show how far it has got.
    pub fn annotate_with_progress(
        &self,
        text: &str,
        blocks: Option<(&[BlockHint], OffsetUnit)>,
        options: &Options,
        progress: &mut dyn FnMut(f32),
    ) -> Result<Annotation, Error> {
        if text.len() > MAX_TEXT_BYTES {
            return Err(Error::too_large(text.len(), MAX_TEXT_BYTES));
        }
        let doc = Document::new(text);
        let hints = match blocks {
            Some((blocks, unit)) => Some(
                crate::boilerplate::line_hints(&doc, blocks, unit)
                    .map_err(Error::invalid_offset)?,
            ),
            None => None,
        };
        // Shares of the time each stage takes on news text (criterion,
        // native): segmenting a tenth, boilerplate a third, entities the rest.
        progress(0.1);
        let (lines, junk) = self
            .boilerplate
            .classify(&doc, options.boilerplate, hints.as_deref());
        progress(0.4);
        let (entities, tags) = if options.entities {
            self.entities.recognize(&doc, &lines, options)
        } else {
            (Vec::new(), Vec::new())
        };
        progress(1.0);
        Ok(Annotation {
            unit: OffsetUnit::Bytes,
            lines,
            junk,
            entities,
            tags,
        })
    }
}

/// Annotates `text` with a shared, lazily built default [`Annotator`].
pub fn annotate(text: &str, options: &Options) -> Result<Annotation, Error> {
    static DEFAULT: OnceLock<Annotator> = OnceLock::new();
    DEFAULT.get_or_init(Annotator::new).annotate(text, options)
}
