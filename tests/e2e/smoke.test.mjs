// The walking-skeleton smoke test, run on the page served over HTTP (with the
// strict CSP) and on the same page opened from disk.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowserAndServer, newPage, openDemo, paste, screenshot, SEED_001, FILE_PAGE } from './harness.mjs';

describe('smoke: the page over HTTP and from file://', () => {
  const suite = useBrowserAndServer();

  for (const where of ['http', 'file']) {
    it(`${where}: shows the seed, marks entities, sets boilerplate apart, renders pasted markup as text`, async () => {
      const page = await newPage(suite.browser);
      await openDemo(page, where === 'http' ? `${suite.server.url}/demo/` : FILE_PAGE);
      assert.equal(await page.evaluate(() => document.querySelector('news-mark').text), SEED_001, 'seed 001 is shown on open');

      const ms = await paste(page, { text: SEED_001 });
      console.log(`  [${where}] paste→render, seed 001 (${SEED_001.length} UTF-16 units): ${ms.toFixed(0)} ms`);

      // Entities are marked, each with a visible label badge.
      const marks = page.locator('news-mark mark.ent');
      assert.ok(await marks.count() > 5, 'entities are marked');
      const badge = await marks.first().evaluate((m) => getComputedStyle(m, '::after').content);
      assert.match(badge, /^"(PER|LOC|ORG|DATE|NUM)"$/, 'the mark shows its label');
      assert.ok(await page.locator('news-mark mark.ent', { hasText: 'उत्तर कोरिया' }).count() > 0);

      // Every "और पढो »" line is set apart as boilerplate, with its reason shown.
      const readMore = page.locator('news-mark .line', { hasText: 'और पढो »' });
      const n = await readMore.count();
      assert.equal(n, SEED_001.split('\n').filter((l) => l.trim() === 'और पढो »').length);
      for (let i = 0; i < n; i++) {
        assert.equal(await readMore.nth(i).getAttribute('data-label'), 'boilerplate');
        assert.ok(await readMore.nth(i).locator('.reason').isVisible(), 'its reason is shown');
      }
      assert.equal(await page.evaluate(() => window.__cspViolations.length), 0, 'no CSP violation');
      await screenshot(page, `smoke-${where}-seed`);

      // Pasted markup is text, and nothing runs.
      const payload = '<img src=x onerror=alert(1)>';
      await paste(page, { text: payload });
      const line = page.locator('news-mark .line-text').first();
      assert.equal(await line.textContent(), payload, 'the payload is shown as text');
      assert.equal(await page.locator('news-mark img, img').count(), 0, 'no image element was made');
      assert.deepEqual(page.dialogs, [], 'no alert ran');
      await screenshot(page, `smoke-${where}-xss`);
      assert.deepEqual(page.errors, []);
      await page.context().close();
    });
  }
});
