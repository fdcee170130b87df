// The tag list: grouped by type with counts; choosing a tag highlights all
// its mentions and steps through them.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowserAndServer, newPage, openDemo, screenshot } from './harness.mjs';

describe('tags', () => {
  const suite = useBrowserAndServer();

  it('groups tags by type with counts; choosing one highlights and steps through its mentions', async () => {
    const page = await newPage(suite.browser);
    await openDemo(page, `${suite.server.url}/demo/`);
    const tags = await page.evaluate(() => document.querySelector('news-mark').annotation.tags);
    assert.ok(tags.length > 0, 'the seed has tags');
    for (const label of new Set(tags.map((t) => t.label))) {
      const group = page.locator(`news-mark .tag-group[data-label="${label}"]`);
      const ofType = tags.filter((t) => t.label === label);
      assert.equal(await group.locator('button.tag').count(), ofType.length, `${label} group lists its tags`);
      const total = ofType.reduce((s, t) => s + t.count, 0);
      assert.match(await group.locator('h3').textContent(), new RegExp(`\\(${total}\\)`));
    }
    const tag = tags.find((t) => t.count > 1) ?? tags[0];
    const button = page.locator('news-mark button.tag', { hasText: tag.canonical }).first();
    assert.equal(await button.locator('.count').textContent(), String(tag.count));

    await button.click();
    const highlighted = page.locator('news-mark mark.ent.in-tag');
    const expected = await page.evaluate(({ label, canonical }) => document.querySelector('news-mark').annotation.entities
      .filter((e) => e.label === label && e.canonical === canonical).length, tag);
    assert.equal(await highlighted.count(), expected, 'every mention is highlighted');
    assert.equal(await button.getAttribute('aria-pressed'), 'true');
    const current = page.locator('news-mark mark.current-mention');
    assert.equal(await current.count(), 1);
    assert.match(await page.locator('news-mark .mention-text').textContent(), new RegExp(`^Mention 1 of ${expected}$`));
    const firstStart = await current.getAttribute('data-start');
    await screenshot(page, 'tags-selected');
    if (expected > 1) {
      await page.locator('news-mark .stepper button.next').click();
      assert.match(await page.locator('news-mark .mention-text').textContent(), /^Mention 2 of /);
      assert.notEqual(await current.getAttribute('data-start'), firstStart, 'moved to the next mention');
      await button.click(); // choosing it again steps on too
      assert.match(await page.locator('news-mark .mention-text').textContent(), new RegExp(`^Mention ${expected > 2 ? 3 : 1} of `));
    }
    await page.context().close();
  });
});
