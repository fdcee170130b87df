// Shared set-up for the end-to-end tests: Debian's Chromium through
// playwright-core, the dist/ folder served with the strict CSP, and helpers
// that act as a user would (paste through the real clipboard, click, type).
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startServer } from '../../scripts/serve.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = path.join(ROOT, 'dist');
export const OUTPUT = path.join(ROOT, 'test-output');
export const SEED_001 = fs.readFileSync(path.join(ROOT, 'seeds/001_4a434ab6c7f788b6.txt'), 'utf8');
export const FILE_PAGE = pathToFileURL(path.join(DIST, 'demo/index.html')).href;

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--no-first-run', '--disable-sync', '--disable-quic'];

if (!fs.existsSync(path.join(DIST, 'demo/index.html'))) {
  throw new Error('dist/ is missing: run scripts/build-web.sh first');
}
fs.mkdirSync(OUTPUT, { recursive: true });

export function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ARGS });
}

/** Serves dist/ with the strict CSP; `requests` collects every path asked for. */
export async function serve(options = {}) {
  const requests = [];
  const { server, url } = await startServer({ root: DIST, onRequest: (r) => requests.push(r.url), ...options });
  return { url, requests, close: () => new Promise((resolve) => server.close(resolve)) };
}

/**
 * Launches Chromium and serves dist/ before the tests of the `describe` it is
 * called in, and closes both after them; the returned object's `browser` and
 * `server` are set once they are up.
 */
export function useBrowserAndServer() {
  const suite = { browser: null, server: null };
  before(async () => {
    suite.browser = await launch();
    suite.server = await serve();
  });
  after(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}

/**
 * A fresh page (own context, clipboard allowed) that records dialogs (and
 * dismisses them), page errors and CSP violations.
 */
export async function newPage(browser, options = {}) {
  const context = await browser.newContext({ acceptDownloads: true, ...options });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  page.dialogs = [];
  page.errors = [];
  page.on('dialog', (dialog) => {
    page.dialogs.push(dialog.message());
    dialog.dismiss().catch(() => {});
  });
  page.on('pageerror', (error) => page.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') page.errors.push(message.text());
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return page;
}

/** Waits until the <news-mark> matching `selector` shows an annotation and is idle. */
export async function idle(page, selector = 'news-mark') {
  await page.waitForFunction((s) => {
    const el = document.querySelector(s);
    return el && el.annotation && !el.busy;
  }, selector, { timeout: 60_000 });
}

/** Opens the demo page and waits for the seed to be shown. */
export async function openDemo(page, url) {
  await page.goto(url);
  await idle(page);
}

/**
 * Puts `text` (and `html`, if given) on the system clipboard and pastes it
 * into `selector` with Ctrl+V, as a user would. Resolves once the element is
 * idle again with new content.
 */
export async function paste(page, { text, html }, selector = '#paste') {
  await page.evaluate(async ({ text, html }) => {
    const items = { 'text/plain': new Blob([text], { type: 'text/plain' }) };
    if (html) items['text/html'] = new Blob([html], { type: 'text/html' });
    await navigator.clipboard.write([new ClipboardItem(items)]);
    window.__annotated = false;
    document.querySelector('news-mark').addEventListener('newsmark-annotated', (e) => {
      window.__annotated = true;
      window.__pasteMs = performance.now() - window.__pasteAt;
    }, { once: true });
    document.querySelector('#paste')?.addEventListener('paste', () => { window.__pasteAt = performance.now(); }, { once: true, capture: true });
  }, { text, html });
  await page.focus(selector);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+V');
  await page.waitForFunction(() => window.__annotated, null, { timeout: 120_000 });
  return page.evaluate(() => window.__pasteMs);
}

/** Clicks the page's export button for `format` and returns the downloaded file, parsed; a copy goes to test-output/. */
export async function downloadExport(page, format, prefix) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(`button[data-export="${format}"]`)]);
  const target = path.join(OUTPUT, `${prefix}-${file.suggestedFilename()}`);
  await file.saveAs(target);
  return JSON.parse(fs.readFileSync(target, 'utf8'));
}

export async function screenshot(page, name, { fullPage = true } = {}) {
  const file = path.join(OUTPUT, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}

/** WCAG contrast ratio of two CSS rgb()/rgba() colours. */
export function contrast(a, b) {
  const lum = (color) => {
    const [r, g, bl] = color.match(/[\d.]+/g).slice(0, 3).map(Number).map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
