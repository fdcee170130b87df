// An editor's corrections, kept as a list of operations over the core's
// annotation rather than as an edited copy of it: re-rendering or
// re-annotating the same text (new custom entities, other types) replays
// them, so they survive. Undo and redo move operations between two stacks.
//
// Operations, all spans in UTF-16 code units of the annotated text:
//   {type: 'add',    start, end, label, canonical}
//   {type: 'edit',   start, end, label, canonical}  (the entity at exactly that span)
//   {type: 'remove', start, end}
//   {type: 'line',   start, label}                   (the line starting there)
// A line the editor restores gets the reason 'kept' (as in the core's
// schema); a content line the editor drops gets 'dropped'.

import { firstEndingAfter } from './spans.js';

export const LABELS = ['PER', 'LOC', 'ORG', 'DATE', 'NUM'];
const NAMED = new Set(['PER', 'LOC', 'ORG']);

export class Corrections {
  #done = [];
  #undone = [];

  get operations() {
    return [...this.#done];
  }
  get canUndo() {
    return this.#done.length > 0;
  }
  get canRedo() {
    return this.#undone.length > 0;
  }

  push(operation) {
    this.#done.push(operation);
    this.#undone = [];
  }
  /** Takes back the last operation; returns it (or undefined). */
  undo() {
    const operation = this.#done.pop();
    if (operation) this.#undone.push(operation);
    return operation;
  }
  redo() {
    const operation = this.#undone.pop();
    if (operation) this.#done.push(operation);
    return operation;
  }
  clear() {
    this.#done = [];
    this.#undone = [];
  }
}

export const tagKey = (label, canonical) => `${label}\u0000${canonical}`;

// Mentions per named entity, counting (as the core's tags do) only those in
// content lines, or all of them when no line is content.
function mentionCounts(entities, lines) {
  const content = lines.filter((l) => l.label === 'content');
  const inContent = (start) => {
    const line = content[firstEndingAfter(content, start)];
    return !content.length || (line !== undefined && line.start <= start);
  };
  const counts = new Map();
  for (const e of entities) {
    if (!NAMED.has(e.label) || !inContent(e.start)) continue;
    const key = tagKey(e.label, e.canonical);
    const seen = counts.get(key);
    if (seen) seen.count++;
    else counts.set(key, { count: 1, label: e.label, canonical: e.canonical, id: e.id });
  }
  return counts;
}

/**
 * The tags after corrections: the core's tags with their counts moved by
 * the mentions the corrections added or took away, or moved into or out of
 * the article with their line; tags the core did not have come last (the
 * core alone knows salience).
 */
function correctedTags(base, lines, entities) {
  const before = mentionCounts(base.entities, base.lines);
  const after = mentionCounts(entities, lines);
  const tags = [];
  const known = new Set();
  for (const tag of base.tags) {
    const key = tagKey(tag.label, tag.canonical);
    known.add(key);
    const count = tag.count + (after.get(key)?.count ?? 0) - (before.get(key)?.count ?? 0);
    if (count > 0) tags.push({ ...tag, count });
  }
  const added = [...after.entries()].filter(([key]) => !known.has(key)).map(([, v]) => v);
  added.sort((a, b) => b.count - a.count);
  for (const { label, canonical, id, count } of added) {
    tags.push({ canonical, label, ...(id ? { id } : {}), count, salience: 0 });
  }
  return tags;
}

/** The annotation an editor sees: the core's `base` with `operations` applied. */
export function applyCorrections(text, base, operations) {
  if (operations.length === 0) return base;
  let entities = base.entities;
  const lineLabels = new Map();
  for (const op of operations) {
    switch (op.type) {
      case 'add': {
        const added = {
          start: op.start, end: op.end, label: op.label, text: text.slice(op.start, op.end),
          canonical: op.canonical, source: 'custom', corrected: true,
        };
        entities = entities.filter((e) => e.end <= op.start || e.start >= op.end);
        const at = entities.findIndex((e) => e.start >= op.end);
        entities = at < 0 ? [...entities, added] : [...entities.slice(0, at), added, ...entities.slice(at)];
        break;
      }
      case 'edit':
        entities = entities.map((e) => {
          if (e.start !== op.start || e.end !== op.end) return e;
          const edited = { ...e, label: op.label, canonical: op.canonical, corrected: true };
          // A Wikidata id belongs to the thing the core recognised, not to a new name.
          if (op.canonical !== e.canonical || op.label !== e.label) delete edited.id;
          return edited;
        });
        break;
      case 'remove':
        entities = entities.filter((e) => e.start !== op.start || e.end !== op.end);
        break;
      case 'line':
        lineLabels.set(op.start, op.label);
        break;
    }
  }
  const lines = base.lines.map((line) => {
    const label = lineLabels.get(line.start);
    if (!label || label === line.label) return line;
    return { ...line, label, reason: label === 'content' ? 'kept' : 'dropped' };
  });
  return { ...base, lines, entities, tags: correctedTags(base, lines, entities) };
}
