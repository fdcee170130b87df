// <news-mark> embedded in a CMS form page that loads both builds: events
// bubble out of the shadow root, the form submits the tags, theming works.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowserAndServer, newPage, idle, screenshot } from './harness.mjs';

describe('the <news-mark> element', () => {
  const suite = useBrowserAndServer();

  it('survives being loaded twice, fires composed bubbling events, submits its tags, takes a theme', async () => {
    const page = await newPage(suite.browser);
    await page.addInitScript(() => {
      window.__events = [];
      for (const name of ['newsmark-annotated', 'newsmark-change', 'newsmark-select', 'newsmark-error']) {
        document.addEventListener(name, (e) => window.__events.push({ name, bubbles: e.bubbles, composed: e.composed, target: e.target.id }));
      }
    });
    await page.goto(`${suite.server.url}/examples/form.html`);
    await idle(page, '#tagger');
    assert.deepEqual(page.errors, [], 'loading both builds is harmless');
    assert.equal(await page.evaluate(() => customElements.get('news-mark') === window.NewsMark.NewsMarkElement), true);

    // newsmark-select (a tag), newsmark-change (keep a line), newsmark-error (a bad list).
    await page.locator('#tagger button.tag').first().click();
    await page.locator('#tagger button.line-toggle').first().click();
    await page.evaluate(() => document.getElementById('tagger').addEntities('no tabs here').catch(() => {}));
    await page.waitForFunction(() => window.__events.some((e) => e.name === 'newsmark-error'));
    const events = await page.evaluate(() => window.__events);
    for (const name of ['newsmark-annotated', 'newsmark-change', 'newsmark-select', 'newsmark-error']) {
      const event = events.find((e) => e.name === name);
      assert.ok(event, `${name} reached the document`);
      assert.equal(event.bubbles, true);
      assert.equal(event.composed, true);
      assert.equal(event.target, 'tagger');
    }

    // Theming: a custom property and a ::part rule from the page.
    const themed = await page.evaluate(() => {
      const tagger = document.getElementById('tagger');
      tagger.style.setProperty('--newsmark-loc', 'rgb(1, 2, 3)');
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('news-mark::part(summary) { color: rgb(4, 5, 6); }');
      document.adoptedStyleSheets = [sheet];
      const root = tagger.shadowRoot;
      return {
        swatch: getComputedStyle(root.querySelector('.swatch[data-label="LOC"]')).backgroundColor,
        summary: getComputedStyle(root.querySelector('.summary')).color,
      };
    });
    assert.deepEqual(themed, { swatch: 'rgb(1, 2, 3)', summary: 'rgb(4, 5, 6)' });
    await screenshot(page, 'element-form');

    // The form submits the accepted tags under the element's name.
    const tags = await page.evaluate(() => document.getElementById('tagger').annotation.tags.map(({ label, canonical, id, count }) => ({ label, canonical, ...(id ? { id } : {}), count })));
    assert.ok(tags.length > 0);
    const formData = await page.evaluate(() => new FormData(document.getElementById('story')).get('tags'));
    assert.deepEqual(JSON.parse(formData), tags);
    await Promise.all([page.waitForURL(/tags=/), page.click('button[type="submit"]')]);
    assert.deepEqual(JSON.parse(new URL(page.url()).searchParams.get('tags')), tags);
    await page.context().close();
  });
});
