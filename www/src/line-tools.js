// Each line's tools (Drop or Keep, "+ Entity") are one tab stop for the
// whole article, however long: a roving tabindex over a grid of two
// columns. Up and Down move between shown lines, Left and Right between a
// line's two tools, Home and End to the first and last line.

export class LineTools {
  #lines;
  #current = null;

  /** `lines()` gives the rendered line elements, in order. */
  constructor(lines) {
    this.#lines = lines;
  }

  /** The tool in the tab order, or null. */
  get current() {
    return this.#current;
  }

  /** Moves between tools for an arrow, Home or End on `button`; false for other keys. */
  onKey(e, button) {
    const kind = button.classList[0];
    const index = lineIndex(button);
    let next;
    switch (e.key) {
      case 'ArrowDown': next = this.#near(index, 1, kind); break;
      case 'ArrowUp': next = this.#near(index, -1, kind); break;
      case 'ArrowRight': case 'ArrowLeft': next = button.parentElement.querySelector(`button:not(.${kind})`); break;
      case 'Home': next = this.#near(-1, 1, kind); break;
      case 'End': next = this.#near(this.#lines().length, -1, kind); break;
      default: return false;
    }
    e.preventDefault();
    if (next) this.setCurrent(next, true);
    return true;
  }

  setCurrent(button, focus) {
    if (this.#current && this.#current !== button) this.#current.tabIndex = -1;
    this.#current = button;
    button.tabIndex = 0;
    if (focus) button.focus();
  }

  /**
   * Keeps one shown tool in the tab order: after its line was re-rendered,
   * the same tool of the new line; when its line is hidden, that of the
   * nearest shown line; at first, the first shown line's toggle.
   */
  ensure() {
    const current = this.#current;
    if (current?.isConnected && current.checkVisibility()) return;
    const index = current ? lineIndex(current) : -1;
    const kind = current?.classList[0] ?? 'line-toggle';
    const line = this.#lines()[index];
    const next = line?.checkVisibility()
      ? line.querySelector(`button.${kind}`)
      : this.#near(index, 1, kind) ?? this.#near(index, -1, kind);
    if (next) this.setCurrent(next, false);
    else this.#current = null;
  }

  /** Forgets the current tool (the lines are about to be rendered anew). */
  reset() {
    this.#current = null;
  }

  // The `kind` tool of the nearest shown line after (step 1) or before (step -1) line `index`.
  #near(index, step, kind) {
    const lines = this.#lines();
    for (let i = index + step; i >= 0 && i < lines.length; i += step) {
      if (lines[i].checkVisibility()) return lines[i].querySelector(`button.${kind}`);
    }
    return null;
  }
}

/** The index of the line a tool belongs to (also for a line no longer in the page). */
export const lineIndex = (tool) => Number(tool.closest('.line').dataset.line);
