// Adding an entity with the keyboard alone. "+ Entity" focuses the line's
// text and selects its first word; arrows move the selection a word at a
// time and Shift with an arrow extends it (words.js); Enter hands it to the
// type chooser a mouse selection gets; Escape gives up. The selection is the
// page's own, so it looks, and copies, like one made with the mouse.

import { wordsIn, moveSelection, selectedSpan } from './words.js';
import { pointAt } from './render.js';

export class WordPicker {
  #host;
  #state = null; // {words, anchor, focus, target}

  /**
   * `host` gives: text() (the annotated text), offsets() (the renderer's
   * text-node offsets), t(key, params) (a UI string), announce(message),
   * offer() (opens the type chooser on the selection, focused), chooser()
   * (its element), selectedRange() (the selection inside the element).
   */
  constructor(host) {
    this.#host = host;
  }

  /** The line text being picked from, or null. */
  get target() {
    return this.#state?.target ?? null;
  }

  /** Starts picking words of `line` (the annotation's), shown as `lineElement`. */
  start(lineElement, line) {
    this.stop(false);
    const words = wordsIn(this.#host.text(), line.start, line.end);
    if (!words.length) {
      this.#host.announce(this.#host.t('noWords'));
      return;
    }
    const target = lineElement.querySelector('.line-text');
    target.tabIndex = -1;
    target.setAttribute('role', 'group');
    target.setAttribute('aria-label', this.#host.t('addEntity'));
    this.#state = { words, anchor: 0, focus: 0, target };
    target.focus();
    this.#show(this.#host.t('addHelp'));
  }

  /** Back to picking, the same words selected (the type chooser was closed); false if not picking. */
  resume() {
    if (!this.#state) return false;
    this.#state.target.focus();
    this.#show();
    return true;
  }

  onKey(e) {
    const state = this.#state;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.#host.offer();
      return;
    }
    if (e.key === 'Escape') {
      e.preventDefault();
      this.stop(true);
      return;
    }
    const moved = moveSelection(state, e.key, e.shiftKey, state.words.length);
    if (!moved) return;
    e.preventDefault();
    Object.assign(state, moved);
    this.#show();
  }

  /** Leaving the line and the type chooser (Tab, a click elsewhere) ends picking. */
  onFocusOut(e) {
    if (!this.#state) return;
    const to = e.relatedTarget;
    if (to && (to === this.#state.target || this.#host.chooser().contains(to))) return;
    this.stop(false);
  }

  /** Ends picking; with `returnFocus`, on the line's "+ Entity". */
  stop(returnFocus) {
    const state = this.#state;
    if (!state) return;
    this.#state = null;
    this.#host.chooser().hidden = true;
    const { target } = state;
    for (const name of ['tabindex', 'role', 'aria-label']) target.removeAttribute(name);
    // Clear the selection only if it is still ours: focus may have gone to a text field.
    const range = this.#host.selectedRange();
    if (range && target.contains(range.startContainer)) document.getSelection().removeAllRanges();
    if (returnFocus) target.closest('.line').querySelector('button.line-add')?.focus();
  }

  /** Forgets picking without touching the line, which is about to be rendered anew. */
  forget() {
    this.#state = null;
  }

  // Shows the chosen words as the page's selection and says which they are, after `help`.
  #show(help = '') {
    const { words, target } = this.#state;
    const span = selectedSpan(words, this.#state);
    const offsets = this.#host.offsets();
    const from = pointAt(target, offsets, span.start, false);
    const to = pointAt(target, offsets, span.end, true);
    document.getSelection().setBaseAndExtent(from.node, from.offset, to.node, to.offset);
    const selected = this.#host.t('selected', { text: this.#host.text().slice(span.start, span.end) });
    this.#host.announce(help ? `${help} ${selected}` : selected);
  }
}
