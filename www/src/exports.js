// What an editor takes away: the clean text and four interchange formats.
// Every function takes the text and the annotation as shown (corrections
// applied), so corrections are part of every export. Offsets in files for
// other tools count code points; the project's JSON names both units.

import { codePointCounter } from './offsets.js';

const WIKIDATA = 'http://www.wikidata.org/entity/';
export const FORMATS = ['json', 'displacy', 'web-annotation', 'ninjs'];

/** Content lines without their junk spans, one per line (as the core's clean_text). */
export function cleanText(text, annotation) {
  const out = [];
  let j = 0;
  const junk = annotation.junk;
  for (const line of annotation.lines) {
    if (line.label !== 'content') continue;
    let pos = line.start;
    let kept = '';
    while (j < junk.length && junk[j].end <= line.start) j++;
    for (let k = j; k < junk.length && junk[k].start < line.end; k++) {
      if (junk[k].end > pos) {
        kept += text.slice(pos, Math.max(junk[k].start, pos));
        pos = Math.min(junk[k].end, line.end);
      }
    }
    out.push(kept + text.slice(pos, line.end) + '\n');
  }
  return out.join('');
}

/** The headline: the line the core calls so, else the first content line. */
export function headline(text, annotation) {
  const line = annotation.lines.find((l) => l.label === 'content' && l.reason === 'headline')
    ?? annotation.lines.find((l) => l.label === 'content');
  return line ? text.slice(line.start, line.end).trim() : '';
}

/** The project's schema (as the CLI writes it), offsets in code points plus UTF-16. */
export function toProjectJson(text, annotation, { id = 'pasted', version = '' } = {}) {
  const cp = codePointCounter(text);
  const both = (span) => ({ ...span, start: cp(span.start), end: cp(span.end), start_utf16: span.start, end_utf16: span.end });
  return {
    id,
    unit: 'codepoints',
    offsets: { 'start/end': 'Unicode code points', 'start_utf16/end_utf16': 'UTF-16 code units' },
    generator: `newsmark ${version}`.trim(),
    text,
    lines: annotation.lines.map(both),
    junk: annotation.junk.map(both),
    entities: annotation.entities.map(both),
    tags: annotation.tags,
  };
}

/** displaCy's manual-mode input: character (code point) offsets. */
export function toDisplacy(text, annotation) {
  const cp = codePointCounter(text);
  return {
    text,
    ents: annotation.entities.map((e) => ({ start: cp(e.start), end: cp(e.end), label: e.label })),
    title: headline(text, annotation) || null,
  };
}

const CONTEXT = 32;

/** W3C Web Annotation: one tagging annotation per entity, in an AnnotationPage. */
export function toWebAnnotation(text, annotation, { source = 'urn:newsmark:pasted-text' } = {}) {
  const cp = codePointCounter(text);
  const items = annotation.entities.map((e, i) => {
    const body = [
      { type: 'TextualBody', purpose: 'tagging', value: e.label },
      { type: 'TextualBody', purpose: 'describing', value: e.canonical },
    ];
    if (e.id) body.push({ type: 'SpecificResource', purpose: 'identifying', source: WIKIDATA + e.id });
    return {
      id: `${source}#entity-${i + 1}`,
      type: 'Annotation',
      motivation: 'tagging',
      body,
      target: {
        source,
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: text.slice(e.start, e.end),
            prefix: text.slice(Math.max(0, e.start - CONTEXT), e.start),
            suffix: text.slice(e.end, e.end + CONTEXT),
          },
          { type: 'TextPositionSelector', start: cp(e.start), end: cp(e.end) },
        ],
      },
    };
  });
  return { '@context': 'http://www.w3.org/ns/anno.jsonld', id: `${source}#annotations`, type: 'AnnotationPage', items };
}

/** IPTC ninjs 2.x: the tags as subjects, split into people, places and organisations. */
export function toNinjs(text, annotation, { uri = 'urn:newsmark:pasted-text' } = {}) {
  const thing = (tag) => ({ name: tag.canonical, ...(tag.id ? { uri: WIKIDATA + tag.id } : {}) });
  const byLabel = (label) => annotation.tags.filter((tag) => tag.label === label).map(thing);
  const title = headline(text, annotation);
  return {
    uri,
    type: 'text',
    ...(title ? { headlines: [{ role: 'main', value: title }] } : {}),
    bodies: [{ role: 'main', contenttype: 'text/plain', value: cleanText(text, annotation) }],
    subjects: annotation.tags.map((tag) => ({ ...thing(tag), rel: 'about' })),
    people: byLabel('PER'),
    places: byLabel('LOC'),
    organisations: byLabel('ORG'),
  };
}

/** The export `format` as a JSON string. */
export function exportAs(format, text, annotation, context = {}) {
  const build = { json: toProjectJson, displacy: toDisplacy, 'web-annotation': toWebAnnotation, ninjs: toNinjs }[format];
  if (!build) throw Object.assign(new Error(`unknown export format ${format}`), { code: 'invalid-option' });
  return JSON.stringify(build(text, annotation, context), null, 2);
}
