// The editor example: CSS Custom Highlight API overlays on a contenteditable,
// whose DOM is never changed.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowserAndServer, newPage, idle, screenshot } from './harness.mjs';

describe('the contenteditable example', () => {
  const suite = useBrowserAndServer();

  it('highlights entities and boilerplate in the editor without touching its DOM, and follows edits', async () => {
    const page = await newPage(suite.browser);
    await page.goto(`${suite.server.url}/examples/editor.html`);
    const original = await page.locator('#editor').innerHTML();
    await idle(page, '#panel');
    await page.waitForFunction(() => [...CSS.highlights.keys()].some((k) => k.startsWith('newsmark-')));
    const painted = () => page.evaluate(() => {
      const out = {};
      for (const [name, highlight] of CSS.highlights) out[name] = [...highlight].map((r) => r.toString());
      return out;
    });
    const highlights = await painted();
    const entities = await page.evaluate(() => document.getElementById('panel').annotation.entities);
    const shown = Object.entries(highlights).filter(([k]) => k !== 'newsmark-boilerplate').flatMap(([, v]) => v).sort();
    assert.deepEqual(shown, entities.map((e) => e.text).sort(), 'one highlight per entity, over its text');
    const boilerplate = await page.evaluate(() => {
      const { text, annotation } = document.getElementById('panel');
      return annotation.lines.filter((l) => l.label === 'boilerplate').map((l) => text.slice(l.start, l.end));
    });
    assert.ok(boilerplate.includes('और पढो »'));
    assert.deepEqual(highlights['newsmark-boilerplate'], boilerplate);
    assert.equal(await page.locator('#editor').innerHTML(), original, 'the editor DOM is untouched');
    await screenshot(page, 'example-editor');

    await page.locator('#editor p').nth(1).click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Later in London.');
    await page.waitForFunction(() => document.getElementById('panel').text.includes('Later in London.'));
    await idle(page, '#panel');
    await page.waitForFunction(() => [...(CSS.highlights.get('newsmark-LOC') ?? [])].some((r) => r.toString() === 'London'));
    await page.context().close();
  });
});
