// Keyboard use throughout, the aria-live summary, and the Hindi UI.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowserAndServer, newPage, openDemo, screenshot } from './harness.mjs';

const focused = (page) => page.evaluate(() => {
  const active = document.querySelector('news-mark').shadowRoot.activeElement;
  return active ? { tag: active.tagName, cls: active.className, start: active.dataset.start, key: active.dataset.key } : null;
});

describe('keyboard, live summary, languages', () => {
  const suite = useBrowserAndServer();

  it('tabs to the marks, moves with arrows, edits with Enter, closes with Escape; tabs to the tags', async () => {
    const page = await newPage(suite.browser);
    await openDemo(page, `${suite.server.url}/demo/`);
    await page.focus('news-mark input[value="dim"]');
    await page.keyboard.press('Tab');
    let at = await focused(page);
    assert.equal(at?.tag, 'MARK', 'Tab reaches the first mark');
    const first = at.start;
    await page.keyboard.press('ArrowRight');
    at = await focused(page);
    assert.equal(at.tag, 'MARK');
    assert.ok(Number(at.start) > Number(first), 'ArrowRight moves to the next mark');
    await page.keyboard.press('ArrowLeft');
    assert.equal((await focused(page)).start, first);
    await page.keyboard.press('Enter');
    assert.ok(await page.locator('news-mark .editor').isVisible(), 'Enter opens the editor');
    assert.equal((await focused(page)).cls, 'editor-type');
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('news-mark .editor').isVisible(), false, 'Escape closes it');
    assert.equal((await focused(page)).start, first, 'focus returns to the mark');

    // Tab leaves the marks (one tab stop), passes the lines' Keep buttons, and reaches the tags.
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      at = await focused(page);
      assert.notEqual(at?.tag, 'MARK', 'the marks are a single tab stop');
      if (at?.cls !== 'line-toggle') break;
    }
    assert.equal(at.cls, 'tag');
    const firstTag = at.key;
    await page.keyboard.press('ArrowDown');
    assert.notEqual((await focused(page)).key, firstTag, 'arrows move between tags');
    await page.keyboard.press('Enter');
    assert.ok(await page.locator('news-mark mark.ent.in-tag').count() > 0, 'Enter chooses the tag');
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('news-mark mark.ent.in-tag').count(), 0, 'Escape clears it');

    // Undo by keyboard: delete a mark with Delete, then Ctrl+Z.
    await page.locator(`news-mark mark.ent[data-start="${first}"]`).focus();
    const before = await page.locator('news-mark mark.ent').count();
    await page.keyboard.press('Delete');
    assert.equal(await page.locator('news-mark mark.ent').count(), before - 1);
    await page.keyboard.press('Control+z');
    assert.equal(await page.locator('news-mark mark.ent').count(), before);
    await page.context().close();
  });

  it('announces counts in a live region and speaks Hindi', async () => {
    const page = await newPage(suite.browser);
    await openDemo(page, `${suite.server.url}/demo/`);
    const summary = page.locator('news-mark .summary');
    assert.equal(await summary.getAttribute('aria-live'), 'polite');
    const annotation = await page.evaluate(() => document.querySelector('news-mark').annotation);
    const text = await summary.textContent();
    assert.ok(text.startsWith(`${annotation.entities.length} entities`), text);
    assert.ok(text.includes(`${annotation.lines.filter((l) => l.label === 'boilerplate').length} of ${annotation.lines.length} lines`));

    await page.selectOption('#language', 'hi');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'hi');
    assert.match(await summary.textContent(), /इकाइयाँ/);
    assert.equal(await page.locator('#copy').textContent(), 'साफ़ पाठ कॉपी करें');
    assert.match(await page.locator('news-mark .legend-item[data-label="PER"]').textContent(), /व्यक्ति/);
    assert.match(await page.locator('news-mark .line[data-label="boilerplate"] .reason').first().textContent(), /[\u0900-\u097F]/);
    await screenshot(page, 'keyboard-hindi');
    await page.context().close();
  });
});
