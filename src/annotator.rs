use std::sync::OnceLock;

use crate::annotation::{Annotation, Options};
use crate::boilerplate::Classifier;
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
        Annotator { boilerplate: Classifier::new(), entities: Recognizer::new() }
    }

    /// Adds a newsroom's own entities; where one of their names matches, it
    /// wins over the built-in knowledge base. Nothing is added if any entry
    /// is invalid. See [`CustomEntity::parse_tsv`] for the file format.
    pub fn add_entities(&mut self, entries: Vec<CustomEntity>) -> Result<usize, Error> {
        for (i, e) in entries.iter().enumerate() {
            e.validate().map_err(|m| Error::invalid_dictionary(i + 1, m))?;
        }
        let n = entries.len();
        self.entities.add_custom(entries);
        Ok(n)
    }

    /// Annotates `text`. Offsets in the result are bytes; see
    /// [`Annotation::to_unit`].
    pub fn annotate(&self, text: &str, options: &Options) -> Result<Annotation, Error> {
        if text.len() > MAX_TEXT_BYTES {
            return Err(Error::too_large(text.len(), MAX_TEXT_BYTES));
        }
        let doc = Document::new(text);
        let (lines, junk) = self.boilerplate.classify(&doc, options.boilerplate);
        let (entities, tags) = if options.entities {
            self.entities.recognize(&doc, &lines, options)
        } else {
            (Vec::new(), Vec::new())
        };
        Ok(Annotation { unit: OffsetUnit::Bytes, lines, junk, entities, tags })
    }
}

/// Annotates `text` with a shared, lazily built default [`Annotator`].
pub fn annotate(text: &str, options: &Options) -> Result<Annotation, Error> {
    static DEFAULT: OnceLock<Annotator> = OnceLock::new();
    DEFAULT.get_or_init(Annotator::new).annotate(text, options)
}
