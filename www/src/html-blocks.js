// Pasted or loaded HTML becomes text blocks. It is parsed with DOMParser into
// a document that has no window: its scripts never run, its handlers never
// fire, and its images, frames and styles are never fetched. Nothing from it
// is put into the page; only its text is read.

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN',
  'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
// Elements whose text is not part of what a reader sees.
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'CANVAS',
  'VIDEO', 'AUDIO', 'SELECT', 'DATALIST', 'HEAD',
]);
// A block's class names come from this many nearest elements that have any.
const CLASS_DEPTH = 4;
// Marked hidden in the markup itself (the page's style sheets are not read).
const isHidden = (el) => el.hasAttribute('hidden')
  || /display:none|visibility:hidden/.test((el.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase());
// The core's BlockHint `tag` for the nearest element of these kinds.
const HINT_TAGS = {
  P: 'p', H1: 'heading', H2: 'heading', H3: 'heading', H4: 'heading', H5: 'heading', H6: 'heading',
  LI: 'li', DT: 'li', DD: 'li', TD: 'cell', TH: 'cell', BLOCKQUOTE: 'quote', PRE: 'pre', CODE: 'pre',
  FIGCAPTION: 'caption', CAPTION: 'caption', BUTTON: 'control', LABEL: 'control', OPTION: 'control', LEGEND: 'control',
};
// Landmark ancestors, by element name or ARIA role.
const LANDMARKS = new Set(['nav', 'aside', 'footer', 'header', 'form', 'article', 'main', 'figure',
  'navigation', 'complementary', 'contentinfo', 'banner']);

/**
 * Reads the text of `html` as blocks. Returns `{text, blocks}`: `text` is the
 * blocks' text joined by line breaks; each block is the core's `BlockHint`
 * (src/boilerplate/hints.rs): `{start, end, tag, heading, linkChars, inList,
 * inTable, ancestors, classes, path}`, offsets in UTF-16 code units into
 * `text`. Like the CLI's reader (src/boilerplate/html.rs), elements marked
 * hidden are skipped, `classes` has the nearest four class-bearing elements,
 * and `path` numbers the block's element and its block ancestors.
 */
export function htmlToBlocks(html) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const blocks = [];
  const lines = [];
  let length = 0;
  let pending = null;
  let elements = 0;

  const flush = () => {
    if (!pending) return;
    const value = pending.parts.join('').trim();
    if (value) {
      if (lines.length) length += 1; // the joining line break
      const { tag, heading, inList, inTable, ancestors, classes, path } = pending.context;
      blocks.push({
        start: length, end: length + value.length, tag, heading, linkChars: Math.min(pending.linkChars, value.length),
        inList, inTable, ancestors: [...ancestors], classes: classes.slice(-CLASS_DEPTH).join(' '), path,
      });
      lines.push(value);
      length += value.length;
    }
    pending = null;
  };

  const walk = (node, context) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        const value = context.pre ? child.nodeValue : child.nodeValue.replace(/\s+/g, ' ');
        if (!value) continue;
        if (context.pre && value.includes('\n')) {
          value.split('\n').forEach((part, i) => {
            if (i > 0) flush();
            append(part, context);
          });
        } else append(value, context);
        continue;
      }
      if (child.nodeType !== Node.ELEMENT_NODE) continue;
      const tag = child.tagName.toUpperCase();
      if (SKIPPED_TAGS.has(tag) || isHidden(child)) continue;
      elements += 1;
      if (tag === 'BR') {
        flush();
        continue;
      }
      const name = tag.toLowerCase();
      const role = child.getAttribute('role');
      const landmark = LANDMARKS.has(name) ? name : LANDMARKS.has(role) ? role : null;
      const own = [child.getAttribute('class'), child.getAttribute('id')].filter(Boolean).join(' ').trim();
      const inner = {
        ...context,
        tag: HINT_TAGS[tag] ?? (BLOCK_TAGS.has(tag) ? 'other' : context.tag),
        heading: /^H[1-6]$/.test(tag) ? Number(tag[1]) : context.heading,
        inList: context.inList || ['UL', 'OL', 'DL', 'MENU'].includes(tag),
        inTable: context.inTable || tag === 'TABLE',
        ancestors: landmark && !context.ancestors.includes(landmark) ? [...context.ancestors, landmark] : context.ancestors,
        classes: own && tag !== 'BODY' && tag !== 'HTML' ? [...context.classes, own] : context.classes,
        path: BLOCK_TAGS.has(tag) ? [...context.path, elements] : context.path,
        link: context.link || tag === 'A',
        pre: context.pre || tag === 'PRE',
      };
      if (BLOCK_TAGS.has(tag)) flush();
      walk(child, inner);
      if (BLOCK_TAGS.has(tag)) flush();
    }
  };

  const append = (value, context) => {
    pending ??= { parts: [], context, linkChars: 0 };
    pending.parts.push(value);
    if (context.link) pending.linkChars += value.trim().length;
  };

  walk(doc.body ?? doc.documentElement, {
    tag: 'other', heading: 0, inList: false, inTable: false, ancestors: [], classes: [], link: false, pre: false,
    path: [0], // the body itself, as the CLI's reader counts it
  });
  flush();
  return { text: lines.join('\n'), blocks };
}
