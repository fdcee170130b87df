// A custom entity list (TSV or JSON) wins over the built-in knowledge base,
// and is kept in the browser only when the user opts in.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowserAndServer, newPage, openDemo, idle } from './harness.mjs';

describe('custom entities', () => {
  const suite = useBrowserAndServer();

  const found = (page, canonical) => page.evaluate((c) => document.querySelector('news-mark').annotation.entities
    .filter((e) => e.canonical === c && e.source === 'custom').map((e) => e.text), canonical);

  it('imports TSV and JSON lists; nothing is stored without opting in', async () => {
    const page = await newPage(suite.browser);
    await openDemo(page, `${suite.server.url}/demo/`);
    assert.deepEqual(await found(page, 'Newsroom Test Person'), []);
    await page.click('#custom summary');
    await page.fill('#custom-list', 'एक्सपर्ट्स\tPER\tNewsroom Test Person\n');
    await page.click('#import');
    await page.waitForFunction(() => document.getElementById('custom-status').textContent.includes('1'));
    await idle(page);
    assert.ok((await found(page, 'Newsroom Test Person')).includes('एक्सपर्ट्स'));
    assert.ok(await page.locator('news-mark mark.ent[data-label="PER"]', { hasText: 'एक्सपर्ट्स' }).count() > 0);

    await page.fill('#custom-list', JSON.stringify([{ name: 'तारीफ', label: 'ORG', canonical: 'Praise Org' }]));
    await page.click('#import');
    await page.waitForFunction(() => document.querySelector('news-mark').annotation.entities.some((e) => e.canonical === 'Praise Org'));
    await idle(page);
    assert.equal(await page.evaluate(() => localStorage.getItem('newsmark.customEntities')), null, 'not stored');

    await page.fill('#custom-list', 'bad line without tabs');
    await page.click('#import');
    await page.waitForFunction(() => /error/i.test(document.getElementById('custom-status').textContent));
    await page.context().close();
  });

  it('keeps the list across reloads only when the user opts in', async () => {
    const page = await newPage(suite.browser);
    await openDemo(page, `${suite.server.url}/demo/`);
    await page.click('#custom summary');
    await page.fill('#custom-list', 'एक्सपर्ट्स\tPER\tRemembered Person\n');
    await page.check('#remember');
    await page.click('#import');
    await page.waitForFunction(() => document.querySelector('news-mark').annotation.entities.some((e) => e.canonical === 'Remembered Person'));
    assert.ok(await page.evaluate(() => localStorage.getItem('newsmark.customEntities')));
    await page.reload();
    await page.waitForFunction(() => document.querySelector('news-mark').annotation?.entities.some((e) => e.canonical === 'Remembered Person'), null, { timeout: 30_000 });
    assert.equal(await page.isChecked('#remember'), true);
    await page.click('#custom summary');
    await page.click('#forget');
    assert.equal(await page.evaluate(() => localStorage.getItem('newsmark.customEntities')), null);
    await page.context().close();
  });
});
