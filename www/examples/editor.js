// Paints newsmark's annotation over a contenteditable editor with the CSS
// Custom Highlight API: Ranges over the editor's own text nodes, registered
// in CSS.highlights. The editor's DOM is never touched.
import '../newsmark.js';

const editor = document.getElementById('editor');
const panel = document.getElementById('panel');
const BLOCKS = /^(P|DIV|LI|H[1-6]|BLOCKQUOTE|PRE|TR|UL|OL|TABLE|SECTION|ARTICLE)$/;

// The editor's text, one line per block, and where each text node starts in it.
function readEditor() {
  const nodes = [];
  let text = '';
  const walk = (parent) => {
    for (const child of parent.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        nodes.push({ node: child, start: text.length });
        text += child.nodeValue;
      } else if (child.nodeName === 'BR') {
        text += '\n';
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const block = BLOCKS.test(child.nodeName);
        if (block && text && !text.endsWith('\n')) text += '\n';
        walk(child);
        if (block && !text.endsWith('\n')) text += '\n';
      }
    }
  };
  walk(editor);
  return { text, nodes };
}

let snapshot = readEditor();

// A Range over [start, end) of the text read from the editor.
function rangeOf(start, end) {
  const { nodes } = snapshot;
  const at = (offset) => {
    let lo = 0;
    let hi = nodes.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (nodes[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    const { node, start: nodeStart } = nodes[lo];
    return [node, Math.min(offset - nodeStart, node.length)];
  };
  const range = new Range();
  range.setStart(...at(start));
  range.setEnd(...at(end));
  return range;
}

function paint() {
  const annotation = panel.annotation;
  for (const name of [...CSS.highlights.keys()]) if (name.startsWith('newsmark-')) CSS.highlights.delete(name);
  if (!annotation || panel.text !== snapshot.text) return;
  const groups = new Map();
  const add = (name, range) => {
    if (!groups.has(name)) groups.set(name, new Highlight());
    groups.get(name).add(range);
  };
  for (const e of annotation.entities) add(`newsmark-${e.label}`, rangeOf(e.start, e.end));
  for (const line of annotation.lines) if (line.label === 'boilerplate') add('newsmark-boilerplate', rangeOf(line.start, line.end));
  for (const [name, highlight] of groups) CSS.highlights.set(name, highlight);
  document.getElementById('status').textContent =
    `${annotation.entities.length} entities highlighted in the editor.`;
}

panel.addEventListener('newsmark-annotated', paint);
panel.addEventListener('newsmark-change', paint);

let timer = 0;
editor.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => {
    snapshot = readEditor();
    panel.text = snapshot.text;
  }, 300);
});

panel.text = snapshot.text;
