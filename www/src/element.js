// <news-mark>: shows a text annotated by the newsmark core (article lines,
// boilerplate with its reason, entities with a label badge, tags), lets an
// editor correct it, and exports it. This module defines the class only;
// define.js registers it.

import css from './element.css';
import { h } from './dom.js';
import { t, defaultLanguage, LANGUAGES } from './i18n.js';
import { Corrections, applyCorrections, LABELS, tagKey } from './corrections.js';
import { renderLine, entityRangesByLine } from './render.js';
import { firstEndingAfter } from './spans.js';
import { WordPicker } from './word-picker.js';
import { LineTools, lineIndex } from './line-tools.js';
import { exportAs, cleanText } from './exports.js';
import { htmlToBlocks } from './html-blocks.js';
import { sharedEngine } from './engine.js';
import { coreAssets } from './assets.js';

const MODES = ['hide', 'dim', 'show'];
const NAMED = ['PER', 'LOC', 'ORG'];
// Lines rendered between two yields to the event loop, so a long text never
// blocks input for long.
const LINES_PER_BATCH = 200;

let styleSheet = null;
function sharedStyleSheet() {
  // A constructed sheet, not a <style> element: no 'unsafe-inline' style-src needed.
  if (!styleSheet) {
    styleSheet = new CSSStyleSheet();
    styleSheet.replaceSync(css);
  }
  return styleSheet;
}

const nextTask = () =>
  globalThis.scheduler?.yield ? globalThis.scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));

export class NewsMarkElement extends HTMLElement {
  static formAssociated = true;
  static observedAttributes = ['types', 'boilerplate', 'ui-lang', 'readonly'];

  #internals = this.attachInternals();
  #root = this.attachShadow({ mode: 'open' });
  #ui = {};

  #text = '';
  #blocks = null;
  #base = null; // the core's annotation
  #view = null; // the core's annotation with the corrections applied
  #corrections = new Corrections();
  #dictionary = null;
  #request = null;
  #busy = false;
  #lastError = null;

  #hiddenTypes = new Set();
  #mode = 'dim';
  #lineElements = [];
  #textOffsets = new WeakMap();
  #currentMark = null;
  #tools = new LineTools(() => this.#lineElements);
  #picker = new WordPicker({
    text: () => this.#text,
    offsets: () => this.#textOffsets,
    t: (key, params) => t(this.#lang, key, params),
    announce: (message) => this.#announce(message),
    offer: () => {
      this.#offerAdd();
      this.#ui.addBar.querySelector('button')?.focus();
    },
    chooser: () => this.#ui.addBar,
    selectedRange: () => this.#selectedRange(),
  });
  #selectedTag = null;
  #mention = -1;
  #editing = null;

  constructor() {
    super();
    this.#root.adoptedStyleSheets = [sharedStyleSheet()];
    this.#build();
    this.addEventListener('keydown', (e) => this.#onHostKey(e));
  }

  connectedCallback() {
    // A property set before the element was upgraded shadows the accessor; re-apply it.
    for (const name of ['text', 'annotation']) {
      if (Object.hasOwn(this, name)) {
        const value = this[name];
        delete this[name];
        this[name] = value;
      }
    }
    this.#internals.ariaBusy = String(this.#busy);
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue === newValue) return;
    if (name === 'boilerplate') this.#setMode(MODES.includes(newValue) ? newValue : 'dim');
    else if (name === 'ui-lang' || name === 'readonly') {
      this.#build();
      this.#renderAll();
    } else if (name === 'types' && this.#text) this.annotate().catch(() => {});
  }

  // ---- Public API -------------------------------------------------------

  /** The text shown. Setting it annotates it (corrections are cleared). */
  get text() {
    return this.#text;
  }
  set text(value) {
    this.#load(String(value ?? ''), null).catch(() => {});
  }

  /**
   * The annotation shown, corrections applied; offsets in UTF-16 code units.
   * Setting one (made for the current text) shows it without calling the core.
   */
  get annotation() {
    return this.#view;
  }
  set annotation(value) {
    this.#request?.abort();
    this.#corrections.clear();
    this.#base = value ? structuredClone(value) : null;
    this.#renderAll();
  }

  /** The corrections made so far, as operations over the core's annotation. */
  get corrections() {
    return this.#corrections.operations;
  }

  /** True while the core or the renderer is working. */
  get busy() {
    return this.#busy;
  }

  get canUndo() {
    return this.#corrections.canUndo;
  }
  get canRedo() {
    return this.#corrections.canRedo;
  }

  /** Shows the text of pasted or loaded HTML; see html-blocks.js. */
  setHtml(html) {
    const { text, blocks } = htmlToBlocks(String(html ?? ''));
    return this.#load(text, blocks);
  }

  /** Annotates the current text again (keeping corrections). Resolves to the annotation. */
  async annotate() {
    this.#request?.abort();
    const request = (this.#request = new AbortController());
    if (!this.#text) {
      this.#base = null;
      this.#setBusy(false);
      await this.#renderAll();
      this.#emit('newsmark-annotated', { annotation: null, ms: 0, coreMs: 0, where: null });
      return null;
    }
    this.#setBusy(true, 0);
    const started = performance.now();
    try {
      const engine = await this.#engine();
      const base = await engine.annotate(this.#text, {
        blocks: this.#blocks,
        dictionary: this.#dictionary,
        options: this.#coreOptions(),
        onProgress: (done, total) => this.#setBusy(true, done / total),
        signal: request.signal,
      });
      const coreMs = performance.now() - started;
      this.#base = base;
      this.#setBusy(true, 1);
      await this.#renderAll(request.signal);
      this.#setBusy(false);
      this.#emit('newsmark-annotated', {
        annotation: this.#view, ms: performance.now() - started, coreMs, where: engine.where,
      });
      return this.#view;
    } catch (error) {
      if (request.signal.aborted) return null;
      this.#setBusy(false);
      this.#fail(error);
      throw error;
    }
  }

  /**
   * Adds custom entities (CustomEntity[] or TSV text) to this element's own
   * dictionary and annotates again. Resolves to how many were added.
   */
  async addEntities(entries) {
    const engine = await this.#engine();
    this.#dictionary ??= engine.newDictionary();
    let added;
    try {
      added = await engine.addEntities(this.#dictionary, entries);
    } catch (error) {
      this.#fail(error);
      throw error;
    }
    if (this.#text) await this.annotate();
    return added;
  }

  /** The annotation in `format`: 'json', 'displacy', 'web-annotation' or 'ninjs' (a JSON string). */
  export(format, context = {}) {
    if (!this.#view) return null;
    return exportAs(format, this.#text, this.#view, { version: this.#engineVersion, ...context });
  }

  /** The article's text: content lines without junk spans. */
  cleanText() {
    return this.#view ? cleanText(this.#text, this.#view) : '';
  }

  undo() {
    const operation = this.#corrections.undo();
    if (operation) this.#changed(operation, 'undo');
  }
  redo() {
    const operation = this.#corrections.redo();
    if (operation) this.#changed(operation, 'redo');
  }

  // ---- Form association ---------------------------------------------------

  formResetCallback() {
    this.#corrections.clear();
    this.#renderAll();
  }

  formDisabledCallback(disabled) {
    this.toggleAttribute('readonly', disabled);
  }

  get form() {
    return this.#internals.form;
  }
  get name() {
    return this.getAttribute('name');
  }

  // ---- Internals --------------------------------------------------------

  get #lang() {
    const asked = this.getAttribute('ui-lang') || document.documentElement.lang;
    return LANGUAGES.includes(asked) ? asked : defaultLanguage();
  }
  get #readonly() {
    return this.hasAttribute('readonly');
  }
  #engineVersion = '';

  async #engine() {
    const engine = await sharedEngine(coreAssets());
    this.#engineVersion = engine.version;
    return engine;
  }

  #coreOptions() {
    const types = (this.getAttribute('types') || '').split(/[\s,]+/).filter((x) => LABELS.includes(x));
    return types.length ? { labels: types } : {};
  }

  #load(text, blocks) {
    this.#text = text;
    this.#blocks = blocks;
    this.#corrections.clear();
    this.#selectedTag = null;
    return this.annotate();
  }

  #emit(name, detail) {
    this.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail }));
  }

  #fail(error) {
    const code = error?.code ?? 'internal';
    this.#lastError = { code, message: String(error?.message ?? error) };
    this.#ui.error.textContent = t(this.#lang, `error.${code}`, this.#lastError);
    this.#ui.error.hidden = false;
    this.#emit('newsmark-error', { ...this.#lastError, error });
  }

  #setBusy(busy, fraction = 0) {
    this.#busy = busy;
    this.#internals.ariaBusy = String(busy);
    this.#ui.article.setAttribute('aria-busy', String(busy));
    this.#ui.progress.hidden = !busy;
    this.#ui.progressBar.value = Math.round(fraction * 100);
    this.#ui.progressText.textContent = fraction >= 1
      ? t(this.#lang, 'rendering')
      : t(this.#lang, 'annotating', { percent: Math.round(fraction * 100) });
    this.#emit('newsmark-progress', { busy, fraction });
    if (busy) this.#ui.error.hidden = true;
  }

  // The static skeleton: toolbar, article, tags, status, popups. Rebuilt when the UI language changes.
  #build() {
    const lang = this.#lang;
    const ui = (this.#ui = {});
    const types = this.#coreOptions().labels ?? LABELS;

    ui.legend = h('div', { class: 'legend', part: 'legend', role: 'group', 'aria-label': t(lang, 'legend') },
      types.map((label) => h('button', {
        type: 'button', class: 'legend-item', part: 'legend-item', 'data-label': label,
        'aria-pressed': String(!this.#hiddenTypes.has(label)), onclick: () => this.#toggleType(label),
      }, h('span', { class: 'swatch', 'data-label': label }, label), ` ${t(lang, `type.${label}`)} `,
      h('span', { class: 'count' }, '0'))));

    const modeName = `mode-${Math.random().toString(36).slice(2)}`;
    ui.modes = h('fieldset', { class: 'modes', part: 'modes' },
      h('legend', {}, t(lang, 'boilerplate')),
      MODES.map((mode) => h('label', {},
        h('input', {
          type: 'radio', name: modeName, value: mode, checked: mode === this.#mode,
          onchange: () => this.#setMode(mode),
        }), ` ${t(lang, `mode.${mode}`)}`)));

    ui.undo = h('button', { type: 'button', class: 'undo', part: 'undo', onclick: () => this.undo() }, t(lang, 'undo'));
    ui.redo = h('button', { type: 'button', class: 'redo', part: 'redo', onclick: () => this.redo() }, t(lang, 'redo'));

    ui.progressBar = h('progress', { max: '100', value: '0' });
    ui.progressText = h('span', {});
    ui.progress = h('div', { class: 'progress', part: 'progress', hidden: true }, ui.progressBar, ' ', ui.progressText);
    ui.error = h('p', { class: 'error', part: 'error', role: 'alert', hidden: true });
    // One live region: the counts, and a note on what the editor just did.
    ui.counts = h('span', { class: 'counts' });
    ui.note = h('span', { class: 'note' });
    ui.summary = h('p', { class: 'summary', part: 'summary', role: 'status', 'aria-live': 'polite' }, ui.counts, ' ', ui.note);
    ui.hiddenNote = h('p', { class: 'hidden-note', hidden: true });

    ui.article = h('div', {
      class: `article mode-${this.#mode}`, part: 'article', 'aria-busy': 'false',
      onclick: (e) => this.#onArticleClick(e), onkeydown: (e) => this.#onArticleKey(e),
      onfocusin: (e) => this.#onFocusIn(e), onfocusout: (e) => this.#picker.onFocusOut(e),
      onpointerup: () => this.#offerAdd(), onkeyup: (e) => {
        // Shift+arrows with caret browsing select text; the word picker offers the types on Enter.
        if (e.shiftKey && !this.#picker.target) this.#offerAdd();
      },
    });
    for (const label of this.#hiddenTypes) ui.article.classList.add(`hide-${label}`);

    ui.tagList = h('div', { class: 'tag-groups', onkeydown: (e) => this.#onTagKey(e) });
    ui.mentionText = h('span', { class: 'mention-text' });
    ui.stepper = h('div', { class: 'stepper', hidden: true },
      h('button', { type: 'button', class: 'previous', onclick: () => this.#stepMention(-1) }, t(lang, 'previous')),
      ui.mentionText,
      h('button', { type: 'button', class: 'next', onclick: () => this.#stepMention(1) }, t(lang, 'next')));
    ui.tags = h('aside', { class: 'tags', part: 'tags', 'aria-label': t(lang, 'tags') },
      h('h2', {}, t(lang, 'tags')), ui.stepper, ui.tagList);

    ui.addBar = h('div', { class: 'add-bar popup', part: 'add-bar', role: 'toolbar', 'aria-label': t(lang, 'addAs'), hidden: true,
      onkeydown: (e) => this.#onAddBarKey(e), onfocusout: (e) => this.#picker.onFocusOut(e) },
    h('span', {}, t(lang, 'addAs')),
    LABELS.map((label) => h('button', {
      type: 'button', class: 'add-type', 'data-label': label, onmousedown: (e) => e.preventDefault(),
      onclick: () => this.#addFromSelection(label),
    }, h('span', { class: 'swatch', 'data-label': label }, label), ` ${t(lang, `one.${label}`)}`)));

    ui.editorTitle = h('h2', { id: 'editor-title' });
    ui.editorCanonical = h('input', { type: 'text', id: 'editor-canonical', autocomplete: 'off',
      onkeydown: (e) => {
        if (e.key === 'Enter') this.#saveEdit();
      } });
    ui.editorTypes = h('div', { class: 'editor-types', role: 'group', 'aria-label': t(lang, 'type') },
      LABELS.map((label) => h('button', {
        type: 'button', class: 'editor-type', 'data-label': label, 'aria-pressed': 'false',
        onclick: (e) => this.#pickEditorType(e.currentTarget.dataset.label),
      }, h('span', { class: 'swatch', 'data-label': label }, label), ` ${t(lang, `one.${label}`)}`)));
    ui.editor = h('div', {
      class: 'editor popup', part: 'editor', role: 'dialog', 'aria-labelledby': 'editor-title', hidden: true,
      onkeydown: (e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          this.#closePopups();
        }
      },
    },
    ui.editorTitle, ui.editorTypes,
    h('label', { for: 'editor-canonical' }, t(lang, 'canonical')), ui.editorCanonical,
    h('div', { class: 'editor-actions' },
      h('button', { type: 'button', class: 'save', onclick: () => this.#saveEdit() }, t(lang, 'save')),
      h('button', { type: 'button', class: 'remove', onclick: () => this.#removeEditing() }, t(lang, 'remove')),
      h('button', { type: 'button', class: 'cancel', onclick: () => this.#closePopups() }, t(lang, 'cancel'))));

    this.#root.replaceChildren(
      h('div', { class: 'toolbar', part: 'toolbar' }, ui.legend, ui.modes,
        h('div', { class: 'history' }, ui.undo, ui.redo)),
      ui.progress, ui.error, ui.summary,
      h('div', { class: 'body' }, h('div', { class: 'article-column' }, ui.hiddenNote, ui.article), ui.tags),
      ui.addBar, ui.editor,
    );
    this.#lineElements = [];
  }

  #onHostKey(e) {
    if (this.#readonly || !(e.ctrlKey || e.metaKey) || e.target?.matches?.('input, textarea')) return;
    const key = e.key.toLowerCase();
    if (key === 'z' && !e.shiftKey) this.undo();
    else if ((key === 'z' && e.shiftKey) || key === 'y') this.redo();
    else return;
    e.preventDefault();
  }

  // Renders everything from #base and the corrections; in batches when long.
  async #renderAll(signal) {
    this.#picker.stop(false);
    this.#closePopups();
    this.#announce('');
    this.#view = this.#base ? applyCorrections(this.#text, this.#base, this.#corrections.operations) : null;
    const article = this.#ui.article;
    this.#lineElements = [];
    this.#textOffsets = new WeakMap();
    this.#currentMark = null;
    this.#tools.reset();
    if (!this.#view) {
      article.replaceChildren(h('p', { class: 'empty' }, t(this.#lang, 'empty')));
      this.#updatePanels();
      return;
    }
    const { lines, entities } = this.#view;
    const ranges = entityRangesByLine(lines, entities);
    const context = this.#renderContext();
    article.replaceChildren();
    for (let first = 0; first < lines.length; first += LINES_PER_BATCH) {
      if (first > 0) {
        await nextTask();
        if (signal?.aborted) return;
      }
      const batch = document.createDocumentFragment();
      for (let i = first; i < Math.min(lines.length, first + LINES_PER_BATCH); i++) {
        const element = renderLine(lines, i, entities.slice(...ranges[i]), context);
        this.#lineElements.push(element);
        batch.append(element);
      }
      article.append(batch);
    }
    this.#updatePanels();
  }

  #renderContext() {
    return { text: this.#text, lang: this.#lang, readonly: this.#readonly, junk: this.#view.junk, offsets: this.#textOffsets };
  }

  // Re-renders only the lines a correction touched.
  #renderLines(indices) {
    const { lines, entities } = this.#view;
    const context = this.#renderContext();
    for (const i of indices) {
      const first = firstEndingAfter(entities, lines[i].start);
      let end = first;
      while (end < entities.length && entities[end].start < lines[i].end) end++;
      const inLine = entities.slice(first, end).filter((e) => e.start >= lines[i].start);
      const element = renderLine(lines, i, inLine, context);
      this.#lineElements[i].replaceWith(element);
      this.#lineElements[i] = element;
    }
  }

  #linesTouching(start, end) {
    const lines = this.#view.lines;
    const indices = [];
    for (let i = firstEndingAfter(lines, start); i < lines.length && lines[i].start < Math.max(end, start + 1); i++) {
      indices.push(i);
    }
    return indices;
  }

  // After a correction, undo or redo: refresh what it touched and tell the page.
  #changed(operation, action) {
    this.#closePopups();
    const focused = this.#focusedSelector();
    this.#view = applyCorrections(this.#text, this.#base, this.#corrections.operations);
    const span = operation.type === 'line'
      ? [operation.start, operation.start + 1]
      : [operation.start, operation.end];
    // An added entity may replace neighbours that reach past the span; take whole lines around it.
    this.#renderLines(this.#linesTouching(...span));
    this.#updatePanels();
    if (focused) {
      const again = this.#root.querySelector(focused);
      // In Hide mode a dropped line disappears: go on to the nearest shown line's tool.
      if (again?.checkVisibility()) again.focus();
      else if (focused.startsWith('.line')) this.#tools.current?.focus();
    }
    this.#announce(operation.type === 'line' ? this.#lineNote(operation.start) : '');
    this.#emit('newsmark-change', { annotation: this.#view, operation, action });
  }

  // The focused mark or line tool as a selector, to focus its copy once its line is re-rendered.
  #focusedSelector() {
    const active = this.#root.activeElement;
    if (active?.matches('mark.ent')) return `mark.ent[data-start="${active.dataset.start}"]`;
    if (active?.matches('.line-tools button')) {
      return `.line[data-line="${lineIndex(active)}"] button.${active.classList[0]}`;
    }
    return null;
  }

  #lineNote(start) {
    const lines = this.#view.lines;
    const line = lines[firstEndingAfter(lines, start)];
    return t(this.#lang, line?.label === 'content' ? 'lineKept' : 'lineDropped');
  }

  /** Says `message` in the live region (beside the counts, so it is also seen). */
  #announce(message) {
    this.#ui.note.textContent = message;
  }

  #correct(operation) {
    if (this.#readonly || !this.#view) return;
    this.#corrections.push(operation);
    this.#changed(operation, 'correct');
  }

  // Legend counts, tag list, summary, toolbar state, form value.
  #updatePanels() {
    const lang = this.#lang;
    const view = this.#view;
    const counts = Object.fromEntries(LABELS.map((l) => [l, 0]));
    for (const e of view?.entities ?? []) counts[e.label]++;
    for (const item of this.#ui.legend.querySelectorAll('.legend-item')) {
      item.querySelector('.count').textContent = String(counts[item.dataset.label]);
    }
    this.#ui.undo.disabled = this.#readonly || !this.#corrections.canUndo;
    this.#ui.redo.disabled = this.#readonly || !this.#corrections.canRedo;

    const boilerplate = view ? view.lines.filter((l) => l.label === 'boilerplate').length : 0;
    this.#ui.counts.textContent = view
      ? t(lang, 'summary', {
        entities: view.entities.length, per: counts.PER, loc: counts.LOC, org: counts.ORG, date: counts.DATE,
        num: counts.NUM, boiler: boilerplate, lines: view.lines.length,
      })
      : '';
    this.#ui.hiddenNote.textContent = t(lang, 'hiddenLines', { n: boilerplate });
    this.#ui.hiddenNote.hidden = this.#mode !== 'hide' || boilerplate === 0;

    this.#renderTags();
    const tags = (view?.tags ?? []).map(({ label, canonical, id, count }) => ({ label, canonical, ...(id ? { id } : {}), count }));
    this.#internals.setFormValue(JSON.stringify(tags));
    this.#ensureCurrentMark();
    this.#tools.ensure();
    if (this.#selectedTag) this.#highlightTag(this.#selectedTag, false);
  }

  #renderTags() {
    const lang = this.#lang;
    const tags = this.#view?.tags ?? [];
    const groups = NAMED.map((label) => {
      const ofType = tags.filter((tag) => tag.label === label);
      if (!ofType.length) return null;
      const total = ofType.reduce((sum, tag) => sum + tag.count, 0);
      return h('section', { class: 'tag-group', 'data-label': label },
        h('h3', {}, h('span', { class: 'swatch', 'data-label': label }, label), ` ${t(lang, `type.${label}`)} (${total})`),
        h('ul', {}, ofType.map((tag) => h('li', {}, h('button', {
          type: 'button', class: 'tag', part: 'tag', tabindex: '-1', 'data-key': tagKey(tag.label, tag.canonical),
          'aria-pressed': String(this.#selectedTag === tagKey(tag.label, tag.canonical)),
          onclick: () => this.#chooseTag(tagKey(tag.label, tag.canonical)),
        }, h('span', { class: 'tag-name' }, tag.canonical), ' ', h('span', { class: 'count' }, String(tag.count)))))));
    }).filter(Boolean);
    this.#ui.tagList.replaceChildren(...(groups.length ? groups : [h('p', { class: 'no-tags' }, t(lang, 'noTags'))]));
    const buttons = this.#ui.tagList.querySelectorAll('button.tag');
    const current = [...buttons].find((b) => b.dataset.key === this.#selectedTag) ?? buttons[0];
    if (current) current.tabIndex = 0;
  }

  // ---- Marks: focus, keyboard, editing ------------------------------------

  #marks() {
    return [...this.#ui.article.querySelectorAll('mark.ent')];
  }

  #isReachable(mark) {
    return !this.#hiddenTypes.has(mark.dataset.label) && mark.checkVisibility();
  }

  // Keeps exactly one reachable mark in the tab order (roving tabindex).
  #ensureCurrentMark() {
    if (this.#currentMark?.isConnected && this.#isReachable(this.#currentMark)) return;
    this.#currentMark = this.#marks().find((m) => this.#isReachable(m)) ?? null;
    if (this.#currentMark) this.#currentMark.tabIndex = 0;
  }

  #setCurrentMark(mark, focus = true) {
    if (this.#currentMark && this.#currentMark !== mark) this.#currentMark.tabIndex = -1;
    this.#currentMark = mark;
    mark.tabIndex = 0;
    if (focus) mark.focus();
  }

  #entityOf(mark) {
    const start = Number(mark.dataset.start);
    const end = Number(mark.dataset.end);
    return this.#view.entities.find((e) => e.start === start && e.end === end);
  }

  #onFocusIn(e) {
    const mark = e.target.closest?.('mark.ent');
    if (mark) this.#setCurrentMark(mark, false);
    if (e.target.matches?.('.line-tools button')) this.#tools.setCurrent(e.target, false);
  }

  #onArticleClick(e) {
    const tool = e.target.closest('.line-tools button');
    if (tool) {
      const index = lineIndex(tool);
      if (tool.classList.contains('line-toggle')) this.#toggleLine(index);
      else this.#picker.start(this.#lineElements[index], this.#view.lines[index]);
      return;
    }
    const mark = e.target.closest('mark.ent');
    if (!mark || !this.#isReachable(mark)) return;
    // A click that ends a text selection is for adding an entity, not for editing this one.
    const selection = this.#selectionRange();
    if (selection && selection.end > selection.start) return;
    this.#setCurrentMark(mark);
    this.#selectMark(mark);
    this.#openEditor(mark);
  }

  #onArticleKey(e) {
    if (e.target === this.#picker.target) {
      this.#picker.onKey(e);
      return;
    }
    if (e.target.matches?.('.line-tools button') && this.#tools.onKey(e, e.target)) return;
    const mark = e.target.closest?.('mark.ent');
    if (e.key === 'Escape') {
      this.#closePopups();
      this.#clearTag();
      return;
    }
    if (!mark) return;
    const reachable = this.#marks().filter((m) => this.#isReachable(m));
    const at = reachable.indexOf(mark);
    let next = null;
    switch (e.key) {
      case 'ArrowRight': case 'ArrowDown': next = reachable[Math.min(at + 1, reachable.length - 1)]; break;
      case 'ArrowLeft': case 'ArrowUp': next = reachable[Math.max(at - 1, 0)]; break;
      case 'Home': next = reachable[0]; break;
      case 'End': next = reachable[reachable.length - 1]; break;
      case 'Enter': case ' ': case 'F2':
        e.preventDefault();
        this.#selectMark(mark);
        this.#openEditor(mark);
        return;
      case 'Delete': case 'Backspace': {
        e.preventDefault();
        const entity = this.#entityOf(mark);
        const neighbour = reachable[at + 1] ?? reachable[at - 1];
        if (neighbour) this.#setCurrentMark(neighbour);
        if (entity) this.#correct({ type: 'remove', start: entity.start, end: entity.end });
        return;
      }
      default: return;
    }
    e.preventDefault();
    if (next) this.#setCurrentMark(next);
  }

  #selectMark(mark) {
    const entity = this.#entityOf(mark);
    if (entity) this.#emit('newsmark-select', { entity, tag: null });
  }

  #placePopup(popup, rect) {
    const host = this.getBoundingClientRect();
    popup.hidden = false;
    popup.style.left = `${Math.max(0, Math.min(rect.left - host.left, host.width - popup.offsetWidth))}px`;
    popup.style.top = `${rect.bottom - host.top + 6}px`;
    // At high zoom or on a phone the popup may reach below the window: bring all of it into view.
    popup.scrollIntoView({ block: 'nearest' });
  }

  #openEditor(mark) {
    if (this.#readonly) return;
    const entity = this.#entityOf(mark);
    if (!entity) return;
    this.#closePopups();
    this.#editing = { entity, mark };
    this.#ui.editorTitle.textContent = `${t(this.#lang, 'editEntity')}: ${entity.text}`;
    this.#ui.editorCanonical.value = entity.canonical;
    this.#pickEditorType(entity.label);
    this.#placePopup(this.#ui.editor, mark.getBoundingClientRect());
    this.#ui.editor.querySelector(`.editor-type[data-label="${entity.label}"]`).focus();
  }

  #pickEditorType(label) {
    for (const button of this.#ui.editorTypes.children) button.setAttribute('aria-pressed', String(button.dataset.label === label));
    this.#ui.editor.dataset.label = label;
  }

  #saveEdit() {
    if (!this.#editing) return;
    const { entity } = this.#editing;
    const label = this.#ui.editor.dataset.label;
    const canonical = this.#ui.editorCanonical.value.trim() || entity.canonical;
    if (label === entity.label && canonical === entity.canonical) {
      this.#closePopups();
      return;
    }
    this.#correct({ type: 'edit', start: entity.start, end: entity.end, label, canonical });
    this.#focusMarkAt(entity.start);
  }

  #removeEditing() {
    if (!this.#editing) return;
    const { entity } = this.#editing;
    this.#correct({ type: 'remove', start: entity.start, end: entity.end });
  }

  #focusMarkAt(start) {
    const mark = this.#root.querySelector(`mark.ent[data-start="${start}"]`);
    if (mark) this.#setCurrentMark(mark);
  }

  #closePopups() {
    const returnTo = this.#editing?.mark;
    this.#editing = null;
    const wasOpen = !this.#ui.editor.hidden;
    this.#ui.editor.hidden = true;
    this.#ui.addBar.hidden = true;
    if (wasOpen && returnTo?.isConnected) returnTo.focus();
  }

  // ---- Adding an entity from a selection ----------------------------------

  // The selection inside the article as a live Range, or null. The document's
  // own view of it stops at the shadow host, so ask for the composed range.
  #selectedRange() {
    const selection = document.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.type !== 'Range') return null;
    const [found] = selection.getComposedRanges
      ? selection.getComposedRanges({ shadowRoots: [this.#root] })
      : [selection.getRangeAt(0)];
    if (!found || found.collapsed) return null;
    if (!this.#ui.article.contains(found.startContainer) || !this.#ui.article.contains(found.endContainer)) return null;
    const range = document.createRange();
    range.setStart(found.startContainer, found.startOffset);
    range.setEnd(found.endContainer, found.endOffset);
    return range;
  }

  // The selection inside the article as a UTF-16 span, trimmed of spaces, or null.
  #selectionRange() {
    const range = this.#selectedRange();
    if (!range) return null;
    let start = this.#offsetOf(range.startContainer, range.startOffset, false);
    let end = this.#offsetOf(range.endContainer, range.endOffset, true);
    if (start === null || end === null) return null;
    while (start < end && /\s/.test(this.#text[start])) start++;
    while (end > start && /\s/.test(this.#text[end - 1])) end--;
    return { start, end };
  }

  // The text offset of a DOM boundary point inside the article.
  #offsetOf(node, offset, isEnd) {
    if (node.nodeType === Node.TEXT_NODE) {
      const start = this.#textOffsets.get(node);
      return start === undefined ? null : start + offset;
    }
    // A boundary between elements: use the nearest text node on the right side of it.
    const walker = document.createTreeWalker(this.#ui.article, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => (this.#textOffsets.has(n) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP),
    });
    const child = node.childNodes[offset];
    if (child) {
      walker.currentNode = child;
      const text = child.nodeType === Node.TEXT_NODE && this.#textOffsets.has(child) ? child : walker.nextNode();
      if (text) return this.#textOffsets.get(text);
    }
    if (!isEnd) return null;
    walker.currentNode = node;
    let last = null;
    for (let n = walker.nextNode(); n && node.contains(n); n = walker.nextNode()) last = n;
    return last ? this.#textOffsets.get(last) + last.length : null;
  }

  #offerAdd() {
    if (this.#readonly || !this.#view) return;
    const span = this.#selectionRange();
    const lines = this.#view.lines;
    const line = span && lines[firstEndingAfter(lines, span.start)];
    if (!span || span.end <= span.start || !line || span.end > line.end || span.start < line.start) {
      this.#ui.addBar.hidden = true;
      return;
    }
    this.#pendingAdd = span;
    this.#placePopup(this.#ui.addBar, this.#selectedRange().getBoundingClientRect());
  }
  #pendingAdd = null;

  #addFromSelection(label) {
    const span = this.#pendingAdd;
    if (!span) return;
    this.#pendingAdd = null;
    this.#picker.forget(); // its line is about to be re-rendered around the new mark
    document.getSelection()?.removeAllRanges();
    const text = this.#text.slice(span.start, span.end);
    this.#correct({ type: 'add', ...span, label, canonical: text });
    this.#focusMarkAt(span.start);
    this.#announce(t(this.#lang, 'added', { text, type: t(this.#lang, `one.${label}`) }));
  }

  #onAddBarKey(e) {
    const buttons = [...this.#ui.addBar.querySelectorAll('button')];
    if (e.key === 'Escape') {
      e.stopPropagation();
      // Back to picking words, if that is how the bar came; focus moves
      // before the bar hides, so hiding it does not end the picking.
      this.#picker.resume();
      this.#ui.addBar.hidden = true;
      return;
    }
    // A toolbar: arrows move between the types (Tab still works too).
    const at = buttons.indexOf(e.target);
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[e.key];
    if (at < 0 || !step) return;
    e.preventDefault();
    buttons[(at + step + buttons.length) % buttons.length].focus();
  }

  // ---- Lines, types, modes -------------------------------------------------

  #toggleLine(index) {
    const line = this.#view.lines[index];
    this.#correct({ type: 'line', start: line.start, label: line.label === 'boilerplate' ? 'content' : 'boilerplate' });
  }

  #toggleType(label) {
    if (this.#hiddenTypes.has(label)) this.#hiddenTypes.delete(label);
    else this.#hiddenTypes.add(label);
    this.#ui.article.classList.toggle(`hide-${label}`, this.#hiddenTypes.has(label));
    this.#ui.legend.querySelector(`[data-label="${label}"]`).setAttribute('aria-pressed', String(!this.#hiddenTypes.has(label)));
    this.#ensureCurrentMark();
  }

  #setMode(mode) {
    this.#mode = mode;
    const article = this.#ui.article;
    for (const m of MODES) article.classList.toggle(`mode-${m}`, m === mode);
    for (const input of this.#ui.modes.querySelectorAll('input')) input.checked = input.value === mode;
    const boilerplate = this.#view?.lines.filter((l) => l.label === 'boilerplate').length ?? 0;
    this.#ui.hiddenNote.hidden = mode !== 'hide' || boilerplate === 0;
    this.#ensureCurrentMark();
    this.#tools.ensure();
  }

  // ---- Tags ------------------------------------------------------------------

  #onTagKey(e) {
    const buttons = [...this.#ui.tagList.querySelectorAll('button.tag')];
    const at = buttons.indexOf(e.target);
    if (at < 0) return;
    let next = null;
    if (e.key === 'ArrowDown' || e.key === 'ArrowRight') next = buttons[at + 1];
    else if (e.key === 'ArrowUp' || e.key === 'ArrowLeft') next = buttons[at - 1];
    else if (e.key === 'Home') next = buttons[0];
    else if (e.key === 'End') next = buttons[buttons.length - 1];
    else if (e.key === 'Escape') {
      this.#clearTag();
      return;
    } else return;
    e.preventDefault();
    if (!next) return;
    for (const b of buttons) b.tabIndex = b === next ? 0 : -1;
    next.focus();
  }

  // Choosing a tag highlights its mentions; choosing it again steps to the next one.
  #chooseTag(key) {
    if (this.#selectedTag === key) {
      this.#stepMention(1);
      return;
    }
    this.#selectedTag = key;
    this.#mention = -1;
    for (const b of this.#ui.tagList.querySelectorAll('button.tag')) {
      b.setAttribute('aria-pressed', String(b.dataset.key === key));
      b.tabIndex = b.dataset.key === key ? 0 : -1;
    }
    this.#highlightTag(key, true);
    const tag = this.#view.tags.find((x) => tagKey(x.label, x.canonical) === key);
    this.#emit('newsmark-select', { entity: null, tag, mentions: this.#tagMentions().length });
  }

  #tagMentions() {
    return [...this.#ui.article.querySelectorAll('mark.ent.in-tag')];
  }

  #highlightTag(key, step) {
    for (const mark of this.#ui.article.querySelectorAll('mark.ent')) {
      const entity = this.#entityOf(mark);
      mark.classList.toggle('in-tag', !!entity && tagKey(entity.label, entity.canonical) === key);
      mark.classList.remove('current-mention');
    }
    const mentions = this.#tagMentions();
    this.#ui.stepper.hidden = mentions.length === 0;
    if (step) this.#stepMention(1);
    else if (this.#mention >= 0) this.#showMention(mentions, Math.min(this.#mention, mentions.length - 1));
  }

  #stepMention(by) {
    const mentions = this.#tagMentions();
    if (!mentions.length) return;
    this.#showMention(mentions, (this.#mention + by + mentions.length) % mentions.length);
  }

  #showMention(mentions, index) {
    this.#mention = index;
    mentions.forEach((m, i) => m.classList.toggle('current-mention', i === index));
    const mark = mentions[index];
    if (!mark) return;
    mark.scrollIntoView({ block: 'center', behavior: 'instant' });
    if (this.#currentMark && this.#currentMark !== mark) this.#currentMark.tabIndex = -1;
    this.#currentMark = mark;
    mark.tabIndex = 0;
    this.#ui.mentionText.textContent = t(this.#lang, 'mention', { n: index + 1, total: mentions.length });
  }

  #clearTag() {
    if (!this.#selectedTag) return;
    this.#selectedTag = null;
    this.#mention = -1;
    this.#ui.stepper.hidden = true;
    for (const mark of this.#ui.article.querySelectorAll('mark.in-tag')) mark.classList.remove('in-tag', 'current-mention');
    for (const b of this.#ui.tagList.querySelectorAll('button.tag')) b.setAttribute('aria-pressed', 'false');
  }
}
