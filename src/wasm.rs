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
  | "headline" | "dateline" | "body" | "subheading"
  /** set by an editor's correction (page exports), never by the core */
  | "kept" | "dropped"
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
/**
 * One block of an HTML paste, as the page's DOM saw it: where its text is in
 * the string passed to `annotateBlocks` (UTF-16 code units, end exclusive)
 * and what the DOM knew about it. A line takes the hint of the block it
 * starts in; lines in no block are annotated from their text alone.
 */
export interface BlockHint extends Span {
  /** `p`; `heading` for h1..h6; `li` (also dt, dd); `cell` (td, th); `quote`
   *  (blockquote); `pre`; `caption` (figcaption, caption); `control` (button,
   *  label, option, legend); `other` (div, section, ...). Default `other`. */
  tag?: "p" | "heading" | "li" | "cell" | "quote" | "pre" | "caption" | "control" | "other";
  /** 1..6 for h1..h6, else 0. */
  heading?: number;
  /** How much of the block's text is inside `a` elements, in UTF-16 units. */
  linkChars?: number;
  /** Inside ul, ol, dl or menu. */
  inList?: boolean;
  /** Inside table. */
  inTable?: boolean;
  /** Landmark ancestors: element names nav, aside, footer, header, form,
   *  article, main, figure, or ARIA roles navigation, complementary,
   *  contentinfo, banner, main, search. */
  ancestors?: string[];
  /** class and id values of the block and its nearest (up to four)
   *  ancestors that have any, not html or body, space-separated. */
  classes?: string;
  /** Ids of the block's own element and its block-level ancestors, outermost
   *  first: any numbers unique within the page (document order is simplest).
   *  They let the core find the container that holds the article. */
  path?: number[];
}
/** Thrown by every function here. */
export interface NewsmarkError extends Error {
  code: "invalid-input" | "too-large" | "invalid-option" | "invalid-dictionary" | "invalid-offset" | "internal";
}
"#;

/// Called with the share of the work done, 0 to 1, after each stage.
type OnProgress = Option<js_sys::Function>;

/// An annotator with its own custom dictionary.
#[wasm_bindgen(js_name = Annotator)]
pub struct JsAnnotator {
    inner: crate::Annotator,
}

#[wasm_bindgen(js_class = Annotator)]
impl JsAnnotator {
    #[wasm_bindgen(constructor)]
    pub fn new() -> JsAnnotator {
        JsAnnotator {
            inner: crate::Annotator::new(),
        }
    }

    /// Annotates `text`; offsets in UTF-16 code units.
    #[wasm_bindgen(unchecked_return_type = "Annotation")]
    pub fn annotate(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
        #[wasm_bindgen(unchecked_param_type = "AnnotateOptions | undefined")] options: JsValue,
        #[wasm_bindgen(js_name = onProgress)] on_progress: OnProgress,
    ) -> Result<JsValue, JsValue> {
        run(&self.inner, text, None, options, on_progress)
    }

    /// Annotates the text of an HTML paste with its block hints (offsets in
    /// UTF-16 code units); the boilerplate pass then uses the page's
    /// structure as well as the text.
    #[wasm_bindgen(js_name = annotateBlocks, unchecked_return_type = "Annotation")]
    pub fn annotate_blocks(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
        #[wasm_bindgen(unchecked_param_type = "BlockHint[]")] blocks: JsValue,
        #[wasm_bindgen(unchecked_param_type = "AnnotateOptions | undefined")] options: JsValue,
        #[wasm_bindgen(js_name = onProgress)] on_progress: OnProgress,
    ) -> Result<JsValue, JsValue> {
        run(&self.inner, text, Some(blocks), options, on_progress)
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

thread_local! {
    /// The built-in annotator the free functions share, built on first use.
    static SHARED: crate::Annotator = crate::Annotator::new();
}

/// Annotates `text` with the shared built-in annotator; offsets in UTF-16
/// code units.
#[wasm_bindgen(unchecked_return_type = "Annotation")]
pub fn annotate(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_param_type = "AnnotateOptions | undefined")] options: JsValue,
    #[wasm_bindgen(js_name = onProgress)] on_progress: OnProgress,
) -> Result<JsValue, JsValue> {
    SHARED.with(|a| run(a, text, None, options, on_progress))
}

/// Annotates the text of an HTML paste with its block hints, with the
/// shared built-in annotator; offsets in UTF-16 code units.
#[wasm_bindgen(js_name = annotateBlocks, unchecked_return_type = "Annotation")]
pub fn annotate_blocks(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_param_type = "BlockHint[]")] blocks: JsValue,
    #[wasm_bindgen(unchecked_param_type = "AnnotateOptions | undefined")] options: JsValue,
    #[wasm_bindgen(js_name = onProgress)] on_progress: OnProgress,
) -> Result<JsValue, JsValue> {
    SHARED.with(|a| run(a, text, Some(blocks), options, on_progress))
}

/// The crate version, for bug reports.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

fn run(
    annotator: &crate::Annotator,
    text: JsValue,
    blocks: Option<JsValue>,
    options: JsValue,
    on_progress: OnProgress,
) -> Result<JsValue, JsValue> {
    // `as_string` replaces each lone surrogate with U+FFFD, which is one
    // UTF-16 unit too, so offsets still index the caller's string.
    let text = text
        .as_string()
        .ok_or_else(|| js_error("invalid-input", "text must be a string"))?;
    let text = text.as_str();
    let blocks: Option<Vec<crate::BlockHint>> = match blocks {
        Some(b) => Some(
            serde_wasm_bindgen::from_value(b)
                .map_err(|e| js_error("invalid-input", &format!("blocks: {e}")))?,
        ),
        None => None,
    };
    let options = parse_options(options)?;
    let mut progress = |done: f32| {
        if let Some(f) = &on_progress {
            // A throwing progress callback must not abort the annotation.
            let _ = f.call1(&JsValue::NULL, &JsValue::from_f64(done.into()));
        }
    };
    let annotation = annotator
        .annotate_with_progress(
            text,
            blocks.as_deref().map(|b| (b, OffsetUnit::Utf16)),
            &options,
            &mut progress,
        )
        .map_err(to_js)?
        .to_unit(text, OffsetUnit::Utf16);
    annotation
        .serialize(&serde_wasm_bindgen::Serializer::new().serialize_maps_as_objects(true))
        .map_err(|e| js_error("internal", &e.to_string()))
}

/// The option names `Options` deserializes (camelCase). serde-wasm-bindgen
/// ignores unknown keys, so a misspelt option would silently do nothing;
/// checking the keys turns it into an error.
const OPTION_NAMES: [&str; 3] = ["boilerplate", "entities", "labels"];

fn parse_options(options: JsValue) -> Result<Options, JsValue> {
    if options.is_undefined() || options.is_null() {
        return Ok(Options::default());
    }
    if !options.is_object() {
        return Err(js_error("invalid-option", "options must be an object"));
    }
    for key in js_sys::Object::keys(options.unchecked_ref::<js_sys::Object>()).iter() {
        let key = key.as_string().unwrap_or_default();
        if !OPTION_NAMES.contains(&key.as_str()) {
            return Err(js_error(
                "invalid-option",
                &format!(
                    "unknown option {key:?} (known: {})",
                    OPTION_NAMES.join(", ")
                ),
            ));
        }
    }
    serde_wasm_bindgen::from_value(options).map_err(|e| js_error("invalid-option", &e.to_string()))
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
