// The standalone page: a paste box, file loading, custom entities, exports
// and the UI language around one <news-mark>. Built into one classic script
// with the core inlined, so it also works opened from disk.

import './define.js';
import seedText from 'newsmark:seed';
import { t } from './i18n.js';

const STORAGE_KEY = 'newsmark.customEntities';
const $ = (id) => document.getElementById(id);
const viewer = $('viewer');
const pasteBox = $('paste');
let lang = viewer.getAttribute('ui-lang') || 'en';

function translatePage() {
  document.documentElement.lang = lang;
  document.title = t(lang, 'title');
  for (const element of document.querySelectorAll('[data-i18n]')) element.textContent = t(lang, element.dataset.i18n);
  pasteBox.placeholder = t(lang, 'pasteLabel');
}

function say(message) {
  $('page-status').textContent = message;
}

// ---- Input: paste, type, load a file -----------------------------------------

function show(text, html = null) {
  pasteBox.value = text;
  if (html !== null) viewer.setHtml(html).catch(() => {});
  else viewer.text = text;
}

function isHtmlFile(file) {
  return /\.html?$/i.test(file.name) || file.type === 'text/html';
}

// A paste replaces the whole box (one article at a time) unless part of it is
// selected. HTML is used when the clipboard has it: its blocks become lines.
pasteBox.addEventListener('paste', (event) => {
  const data = event.clipboardData;
  if (!data) return;
  event.preventDefault();
  const html = data.getData('text/html');
  const plain = data.getData('text/plain');
  const partial = pasteBox.selectionEnd > pasteBox.selectionStart
    && !(pasteBox.selectionStart === 0 && pasteBox.selectionEnd === pasteBox.value.length);
  if (partial) {
    pasteBox.setRangeText(plain, pasteBox.selectionStart, pasteBox.selectionEnd, 'end');
    viewer.text = pasteBox.value;
  } else if (html) {
    viewer.setHtml(html).then(() => { pasteBox.value = viewer.text; }, () => {});
    pasteBox.value = '';
  } else {
    show(plain);
  }
});

let typingTimer = 0;
pasteBox.addEventListener('input', (event) => {
  if (event.inputType === 'insertFromPaste') return;
  clearTimeout(typingTimer);
  typingTimer = setTimeout(() => { viewer.text = pasteBox.value; }, 500);
});

async function loadFile(file) {
  const content = await file.text();
  if (isHtmlFile(file)) {
    await viewer.setHtml(content).catch(() => {});
    pasteBox.value = viewer.text;
  } else show(content);
}

$('file').addEventListener('change', (event) => {
  const [file] = event.target.files;
  if (file) loadFile(file);
});
pasteBox.addEventListener('dragover', (event) => event.preventDefault());
pasteBox.addEventListener('drop', (event) => {
  const [file] = event.dataTransfer?.files ?? [];
  if (!file) return;
  event.preventDefault();
  loadFile(file);
});
$('annotate').addEventListener('click', () => { viewer.text = pasteBox.value; });

// ---- Output: clean text and exports ----------------------------------------

$('copy').addEventListener('click', async () => {
  const text = viewer.cleanText();
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // No clipboard permission: copy through a selected, off-screen textarea.
    const scratch = Object.assign(document.createElement('textarea'), { value: text, className: 'offscreen' });
    document.body.append(scratch);
    scratch.select();
    document.execCommand('copy');
    scratch.remove();
  }
  say(t(lang, 'copied'));
});

const FILE_NAMES = {
  json: 'newsmark.json', displacy: 'newsmark.displacy.json', 'web-annotation': 'newsmark.annotations.jsonld', ninjs: 'newsmark.ninjs.json',
};
for (const button of document.querySelectorAll('button[data-export]')) {
  button.addEventListener('click', () => {
    const format = button.dataset.export;
    const content = viewer.export(format);
    if (content === null) return;
    const url = URL.createObjectURL(new Blob([content], { type: 'application/json' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: FILE_NAMES[format] });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  });
}

// ---- Custom entities: kept in this browser only when the user opts in -------

function parseList(source) {
  return source.trimStart().startsWith('[') ? JSON.parse(source) : source;
}

async function importList(source) {
  const status = $('custom-status');
  try {
    const added = await viewer.addEntities(parseList(source));
    status.textContent = t(lang, 'imported', { n: added });
    if ($('remember').checked) localStorage.setItem(STORAGE_KEY, source);
  } catch (error) {
    status.textContent = error.code ? t(lang, `error.${error.code}`, { message: error.message }) : String(error.message);
  }
}

$('import').addEventListener('click', () => importList($('custom-list').value));
$('custom-file').addEventListener('change', async (event) => {
  const [file] = event.target.files;
  if (file) $('custom-list').value = await file.text();
});
$('remember').addEventListener('change', (event) => {
  if (!event.target.checked) localStorage.removeItem(STORAGE_KEY);
});
$('forget').addEventListener('click', () => {
  localStorage.removeItem(STORAGE_KEY);
  $('remember').checked = false;
  $('custom-status').textContent = t(lang, 'forgotten');
});

// ---- Language, version, first article -----------------------------------------

$('language').addEventListener('change', (event) => {
  lang = event.target.value;
  viewer.setAttribute('ui-lang', lang);
  translatePage();
});

viewer.addEventListener('newsmark-annotated', (event) => {
  $('version').textContent = `newsmark · ${event.detail.where} · ${Math.round(event.detail.ms)} ms`;
}, { once: false });

lang = ['en', 'hi'].includes(navigator.language.slice(0, 2)) ? navigator.language.slice(0, 2) : 'en';
$('language').value = lang;
viewer.setAttribute('ui-lang', lang);
translatePage();

const saved = localStorage.getItem(STORAGE_KEY);
if (saved !== null) {
  $('custom-list').value = saved;
  $('remember').checked = true;
  importList(saved);
}
show(seedText);
