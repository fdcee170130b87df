// Lookups in the core's sorted, non-overlapping span lists (lines, junk,
// entities), shared by the renderer and the corrections.

/** Index of the first span in sorted `spans` that ends after `offset`. */
export function firstEndingAfter(spans, offset) {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
