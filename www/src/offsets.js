// Offsets cross from the core in UTF-16 code units (what JS strings index);
// files for other tools (the project's JSON, displaCy, Web Annotation) count
// code points. This converts between the two for one text.

/** Returns a function mapping a UTF-16 offset in `text` to a code-point offset. */
export function codePointCounter(text) {
  if (!/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text)) return (offset) => offset;
  // prefix[i] = surrogate pairs that end before UTF-16 offset i.
  const prefix = new Uint32Array(text.length + 1);
  let pairs = 0;
  for (let i = 0; i < text.length; i++) {
    prefix[i] = pairs;
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
      const before = text.charCodeAt(i - 1);
      if (before >= 0xd800 && before <= 0xdbff) pairs++;
    }
  }
  prefix[text.length] = pairs;
  return (offset) => offset - prefix[offset];
}
