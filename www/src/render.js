// Turns the text and its annotation into DOM, one element per line. Article
// text only ever becomes text nodes. Each text node is recorded with the
// offset it starts at, so a selection can be turned back into a span and a
// span into a selection.

import { h } from './dom.js';
import { t } from './i18n.js';
import { firstEndingAfter } from './spans.js';

/**
 * For each line, the [first, end) range of entity indices whose start lies
 * in it. Both lists are sorted by start.
 */
export function entityRangesByLine(lines, entities) {
  const ranges = [];
  let e = 0;
  for (const line of lines) {
    while (e < entities.length && entities[e].start < line.start) e++;
    const first = e;
    while (e < entities.length && entities[e].start < line.end) e++;
    ranges.push([first, e]);
  }
  return ranges;
}

/**
 * Renders line `index` of `lines` with its `entities`.
 * `context` = {text, lang, readonly, junk, offsets: WeakMap<Text, number>}.
 */
export function renderLine(lines, index, entities, context) {
  const line = lines[index];
  const { text, lang } = context;
  const textElement = h('span', { class: 'line-text' });

  const addText = (parent, start, end) => {
    if (end <= start) return;
    const node = document.createTextNode(text.slice(start, end));
    context.offsets.set(node, start);
    parent.append(node);
  };
  // Text from start to end, with junk spans inside it set apart.
  const addPieces = (parent, start, end) => {
    const junk = context.junk;
    let pos = start;
    for (let j = firstEndingAfter(junk, start); j < junk.length && junk[j].start < end; j++) {
      const from = Math.max(junk[j].start, pos);
      const to = Math.min(junk[j].end, end);
      if (to <= from) continue;
      addText(parent, pos, from);
      const span = h('span', { class: 'junk', part: 'junk', title: t(lang, `reason.${junk[j].reason}`) });
      addText(span, from, to);
      parent.append(span);
      pos = to;
    }
    addText(parent, pos, end);
  };

  let pos = line.start;
  for (const entity of entities) {
    // The core never overlaps entities; a defensive skip keeps the DOM sane if it did.
    if (entity.start < pos) continue;
    const end = Math.min(entity.end, line.end);
    addPieces(textElement, pos, entity.start);
    const mark = h('mark', {
      class: 'ent', part: `mark mark-${entity.label}`, role: 'button', tabindex: '-1',
      'data-label': entity.label, 'data-start': entity.start, 'data-end': entity.end,
      'aria-label': t(lang, 'markLabel', {
        text: entity.text, type: t(lang, `one.${entity.label}`), canonical: entity.canonical,
      }),
    });
    addPieces(mark, entity.start, end);
    textElement.append(mark);
    pos = end;
  }
  addPieces(textElement, pos, line.end);

  const boilerplate = line.label === 'boilerplate';
  // The reason is shown where a decision was made: by the core (boilerplate) or by the editor.
  const reason = boilerplate || line.reason === 'kept'
    ? h('span', { class: 'reason', part: 'reason' }, t(lang, `reason.${line.reason}`))
    : null;
  // Every line can be dropped or kept, and can take a new entity. The tools
  // come after the text so that, on lines where they stay out of sight until
  // hovered or focused, they never push the text aside.
  let tools = null;
  if (!context.readonly) {
    const excerpt = text.slice(line.start, Math.min(line.end, line.start + 40));
    const toggle = t(lang, boilerplate ? 'keep' : 'drop');
    tools = h('span', { class: 'line-tools', part: 'line-tools' },
      h('button', {
        type: 'button', class: 'line-toggle', part: 'line-toggle', tabindex: '-1', 'aria-label': `${toggle}: ${excerpt}`,
      }, toggle),
      h('button', {
        type: 'button', class: 'line-add', part: 'line-add', tabindex: '-1', 'aria-label': `${t(lang, 'addEntity')}: ${excerpt}`,
      }, t(lang, 'addEntityShort')));
  }
  // A blank line before this one in the text starts a new paragraph on screen.
  const gap = index > 0 && /\n[^\S\n]*\n/.test(text.slice(lines[index - 1].end, line.start));
  return h('div', {
    class: `line${gap ? ' after-gap' : ''}`, part: `line line-${line.label}`,
    'data-line': index, 'data-label': line.label, 'data-reason': line.reason,
  }, reason, textElement, tools);
}

/**
 * The DOM point inside `container` at text offset `offset`, from the offsets
 * renderLine recorded. An end point takes the node the offset ends, so a
 * range never reaches into the next mark.
 */
export function pointAt(container, offsets, offset, isEnd) {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (offsets.has(n) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP),
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const start = offsets.get(node);
    const end = start + node.length;
    if (isEnd ? offset <= end : offset < end) return { node, offset: offset - start };
  }
  return null;
}
