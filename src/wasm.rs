//! The JavaScript binding: the only module that knows about wasm-bindgen.
//!
//! Offsets cross the boundary in UTF-16 code units, the unit JavaScript
//! strings index by, so `text.slice(e.start, e.end)` is the mention. A JS
//! string with lone surrogates arrives with each one replaced by U+FFFD,
//! which is also one code unit, so offsets still index the caller's string.
//! Errors are thrown as JS `Error`s with a stable `code` property.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::{CustomEntity, Error, OffsetUnit, Options};

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** Offsets are UTF-16 code units into the annotated string, end exclusive. */
export interface Span { start: number; end: number; }
export type LineReason =
  | "headline" | "dateline" | "body" | "subheading" | "kept"
  | "related-list" | "read-more" | "prompt" | "furniture" | "tag-line"
  | "image" | "code" | "url" | "duplicate";
export interface Line extends Span { label: "content" | "boilerplate"; reason: LineReason; }
export interface Junk extends Span { reason: LineReason; }
export type EntityLabel = "PER" | "LOC" | "ORG" | "DATE" | "NUM";
export interface Entity extends Span {
  label: EntityLabel;
  /** The mention as written. */
  text: string;
  /** One English name for every spelling; a normalised value for DATE/NUM. */
  canonical: string;
  /** Wikidata id, only where certain. */
  id?: string;
  source: "kb" | "custom" | "pattern" | "model" | "alias";
}
export interface Tag { canonical: string; label: "PER" | "LOC" | "ORG"; id?: string; count: number; salience: number; }
export interface Annotation {
  unit: "utf16";
  lines: Line[];
  junk: Junk[];
  entities: Entity[];
  tags: Tag[];
}
export interface AnnotateOptions {
  /** Classify lines (default true); when false every line is content. */
  boilerplate?: boolean;
  /** Find entities (default true). */
  entities?: boolean;
  /** Only these labels (default: all). */
  labels?: EntityLabel[];
}
export interface CustomEntity { name: string; label: EntityLabel; canonical: string; id?: string; }
/** Thrown by every function here. */
export interface NewsmarkError extends Error {
  code: "too-large" | "invalid-option" | "invalid-dictionary" | "invalid-offset" | "internal";
}
"#;

/// An annotator with its own custom dictionary.
#[wasm_bindgen(js_name = Annotator)]
pub struct JsAnnotator {
    inner: crate::Annotator,
}

#[wasm_bindgen(js_class = Annotator)]
impl JsAnnotator {
    #[wasm_bindgen(constructor)]
    pub fn new() -> JsAnnotator {
        JsAnnotator { inner: crate::Annotator::new() }
    }

    /// Annotates `text`; offsets in UTF-16 code units.
    #[wasm_bindgen(unchecked_return_type = "Annotation")]
    pub fn annotate(
        &self,
        text: &str,
        #[wasm_bindgen(unchecked_param_type = "AnnotateOptions | undefined")] options: JsValue,
    ) -> Result<JsValue, JsValue> {
        run(&self.inner, text, options)
    }

    /// Adds entities that win over the built-in knowledge base: an array of
    /// `CustomEntity` objects, or TSV text (`name<TAB>label<TAB>canonical[<TAB>wikidata]`).
    /// Returns how many were added; adds nothing if any entry is invalid.
    #[wasm_bindgen(js_name = addEntities)]
    pub fn add_entities(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "CustomEntity[] | string")] entries: JsValue,
    ) -> Result<usize, JsValue> {
        let list = match entries.as_string() {
            Some(tsv) => CustomEntity::parse_tsv(&tsv).map_err(to_js)?,
            None => serde_wasm_bindgen::from_value::<Vec<CustomEntity>>(entries)
                .map_err(|e| js_error("invalid-dictionary", &e.to_string()))?,
        };
        self.inner.add_entities(list).map_err(to_js)
    }
}

impl Default for JsAnnotator {
    fn default() -> Self {
        JsAnnotator::new()
    }
}

/// Annotates `text` with the shared built-in annotator; offsets in UTF-16
/// code units.
#[wasm_bindgen(unchecked_return_type = "Annotation")]
pub fn annotate(
    text: &str,
    #[wasm_bindgen(unchecked_param_type = "AnnotateOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsValue> {
    thread_local! {
        static SHARED: crate::Annotator = crate::Annotator::new();
    }
    SHARED.with(|a| run(a, text, options))
}

/// The crate version, for bug reports.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

fn run(annotator: &crate::Annotator, text: &str, options: JsValue) -> Result<JsValue, JsValue> {
    let options: Options = if options.is_undefined() || options.is_null() {
        Options::default()
    } else {
        serde_wasm_bindgen::from_value(options).map_err(|e| js_error("invalid-option", &e.to_string()))?
    };
    let annotation = annotator.annotate(text, &options).map_err(to_js)?.to_unit(text, OffsetUnit::Utf16);
    annotation
        .serialize(&serde_wasm_bindgen::Serializer::new().serialize_maps_as_objects(true))
        .map_err(|e| js_error("internal", &e.to_string()))
}

fn to_js(e: Error) -> JsValue {
    js_error(e.code(), &e.to_string())
}

fn js_error(code: &str, message: &str) -> JsValue {
    let err = js_sys::Error::new(message);
    // Reflect::set only fails on frozen objects; a fresh Error is not.
    let _ = js_sys::Reflect::set(&err, &"code".into(), &code.into());
    err.into()
}
