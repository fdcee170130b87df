// Small and zoomed windows in both colour schemes: a 375 px phone and a
// 1280 px window at 200 % zoom (640 CSS px). Nothing overflows the window or
// the element, the toolbar's controls do not overlap, the line tools and
// tags stay inside the element, and an opened popup is wholly in view.
// Screenshots of each go to test-output/layout-*.png.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowserAndServer, newPage, openDemo, idle, screenshot } from './harness.mjs';

const WINDOWS = {
  phone: { viewport: { width: 375, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
  zoom200: { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
};

// Problems with the layout of the page and of `selector`'s element, as messages.
const layoutProblems = (page, selector) => page.evaluate((selector) => {
  const problems = [];
  if (document.documentElement.scrollWidth > innerWidth) problems.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${innerWidth}`);
  const host = document.querySelector(selector);
  const root = host.shadowRoot;
  const box = host.getBoundingClientRect();
  const name = (e) => `${e.className || e.tagName} "${e.textContent.trim().slice(0, 20)}"`;
  const shown = (e) => e.checkVisibility() && e.getBoundingClientRect().width > 0;
  for (const e of [...root.querySelectorAll('.toolbar button, .toolbar label, .modes legend, .line-tools button, .tag, .summary')].filter(shown)) {
    const r = e.getBoundingClientRect();
    if (r.left < box.left - 1 || r.right > box.right + 1) problems.push(`${name(e)} sticks out of the element`);
  }
  const controls = [...root.querySelectorAll('.toolbar button, .modes label, .modes legend')].filter(shown);
  for (let i = 0; i < controls.length; i++) {
    for (let j = i + 1; j < controls.length; j++) {
      const a = controls[i].getBoundingClientRect();
      const b = controls[j].getBoundingClientRect();
      const overlap = Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
      if (overlap > 1) problems.push(`${name(controls[i])} overlaps ${name(controls[j])}`);
    }
  }
  return problems;
}, selector);

const popupInView = (page) => page.evaluate(() => {
  const popup = [...document.querySelector('news-mark').shadowRoot.querySelectorAll('.popup')].find((p) => !p.hidden);
  const r = popup.getBoundingClientRect();
  return r.left >= -1 && r.top >= -1 && r.right <= innerWidth + 1 && r.bottom <= innerHeight + 1;
});

describe('layout: phone and 200 % zoom, light and dark', () => {
  const suite = useBrowserAndServer();

  for (const [size, options] of Object.entries(WINDOWS)) {
    for (const scheme of ['light', 'dark']) {
      it(`${size}, ${scheme}: the page, its popups and the examples fit`, async () => {
        const page = await newPage(suite.browser, { ...options, colorScheme: scheme });
        const name = `layout-${size}-${scheme}`;
        await openDemo(page, `${suite.server.url}/demo/`);
        for (const lang of ['en', 'hi']) {
          await page.selectOption('#language', lang);
          assert.deepEqual(await layoutProblems(page, 'news-mark'), [], `demo page (${lang})`);
        }
        await page.locator('news-mark .toolbar').scrollIntoViewIfNeeded();
        await screenshot(page, `${name}-page`, { fullPage: false });

        await page.locator('news-mark mark.ent').nth(2).click();
        assert.ok(await popupInView(page), 'the entity editor is wholly in view');
        await screenshot(page, `${name}-entity-editor`, { fullPage: false });
        await page.keyboard.press('Escape');
        await page.locator('news-mark button.line-add').nth(1).focus();
        await page.keyboard.press('Enter');
        await page.keyboard.press('Shift+ArrowRight');
        await page.keyboard.press('Enter');
        assert.ok(await popupInView(page), 'the type chooser is wholly in view');
        await screenshot(page, `${name}-type-chooser`, { fullPage: false });

        for (const [example, selector] of [['form', '#tagger'], ['editor', '#panel']]) {
          await page.goto(`${suite.server.url}/examples/${example}.html`);
          await idle(page, selector);
          assert.deepEqual(await layoutProblems(page, selector), [], `examples/${example}.html`);
          await page.locator(selector).scrollIntoViewIfNeeded();
          await screenshot(page, `${name}-example-${example}`, { fullPage: false });
        }
        await page.context().close();
      });
    }
  }
});
