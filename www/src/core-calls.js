// The only module that calls the wasm core. It runs in the worker, or on the
// page when no worker can be started.

import init, { annotate, annotateBlocks, Annotator, version } from '../../pkg/web/newsmark_core.js';

let ready = null;

/** Instantiates the core from a compiled WebAssembly.Module (once). */
export function loadCore(module) {
  ready ??= init({ module_or_path: module }).then(() => version());
  return ready;
}

const annotators = new Map();

/** A core Annotator with its own custom dictionary, created on first use. */
function annotatorFor(dictionary) {
  if (!dictionary) return null;
  let annotator = annotators.get(dictionary);
  if (!annotator) {
    annotator = new Annotator();
    annotators.set(dictionary, annotator);
  }
  return annotator;
}

/** Adds custom entities (array or TSV text) to the named dictionary. */
export function addEntities(dictionary, entries) {
  return annotatorFor(dictionary).addEntities(entries);
}

/** `onProgress(done, total)` as the core's share-done callback, or undefined. */
function progressOf(onProgress) {
  return onProgress && ((share) => onProgress(Math.round(share * 100), 100));
}

/**
 * Annotates `text` with the named dictionary (or the built-in one), in one
 * call so every line is judged against the whole text. `onProgress(done,
 * total)` is called as the core finishes each stage.
 */
export function annotateText(text, { dictionary, options, onProgress }) {
  const annotator = annotatorFor(dictionary);
  const report = progressOf(onProgress);
  return annotator ? annotator.annotate(text, options, report) : annotate(text, options, report);
}

/**
 * Annotates text that came from pasted HTML. `blocks` are the HTML's blocks
 * as the core's BlockHint (see html-blocks.js), with UTF-16 spans into
 * `text`; the boilerplate pass then uses the page's structure too.
 */
export function annotateWithBlockHints(text, blocks, { dictionary, options, onProgress }) {
  const annotator = annotatorFor(dictionary);
  const report = progressOf(onProgress);
  return annotator
    ? annotator.annotateBlocks(text, blocks, options, report)
    : annotateBlocks(text, blocks, options, report);
}
