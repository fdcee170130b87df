// Adding an entity by keyboard: a selection that snaps to whole words of one
// line and moves as a text editor's does (arrows move it a word, Shift with
// an arrow extends it). Pure functions; word-picker.js shows the result.

let segmenter = null;

/**
 * The words of text[start, end) as spans of `text`. Intl.Segmenter keeps a
 * Devanagari word's vowel signs and viramas with it, which a \w+ regex would not.
 */
export function wordsIn(text, start, end) {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  const words = [];
  for (const { segment, index, isWordLike } of segmenter.segment(text.slice(start, end))) {
    if (isWordLike) words.push({ start: start + index, end: start + index + segment.length });
  }
  return words;
}

/**
 * The selection {anchor, focus} (word indices) after `key` over `count`
 * words, or null when the key is not one that moves it. Without Shift the
 * selection becomes the one word beside it; with Shift its focus end moves.
 */
export function moveSelection({ anchor, focus }, key, shift, count) {
  let to;
  switch (key) {
    case 'ArrowRight': to = shift ? focus + 1 : Math.max(anchor, focus) + 1; break;
    case 'ArrowLeft': to = shift ? focus - 1 : Math.min(anchor, focus) - 1; break;
    case 'Home': to = 0; break;
    case 'End': to = count - 1; break;
    default: return null;
  }
  to = Math.max(0, Math.min(count - 1, to));
  return shift ? { anchor, focus: to } : { anchor: to, focus: to };
}

/** The text span a selection covers. */
export function selectedSpan(words, { anchor, focus }) {
  return { start: words[Math.min(anchor, focus)].start, end: words[Math.max(anchor, focus)].end };
}
