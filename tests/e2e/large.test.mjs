// A long paste is annotated in the worker with progress, and the page keeps
// answering input meanwhile. Times are printed, never asserted.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { useBrowserAndServer, newPage, openDemo, paste, screenshot, ROOT } from './harness.mjs';

function textOf(bytes) {
  const seeds = fs.readdirSync(path.join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => fs.readFileSync(path.join(ROOT, 'seeds', f), 'utf8'));
  let text = '';
  while (Buffer.byteLength(text) < bytes) text += `${seeds.join('\n\n')}\n\n`;
  return text;
}

describe('long pastes', () => {
  const suite = useBrowserAndServer();

  it('annotates 1 MB and more in the worker with progress while the page answers input', async () => {
    const page = await newPage(suite.browser);
    await openDemo(page, `${suite.server.url}/demo/`);
    // 1 MB, timed.
    const oneMb = textOf(1 << 20);
    const ms = await paste(page, { text: oneMb });
    console.log(`  paste→render, ${(Buffer.byteLength(oneMb) / 1e6).toFixed(2)} MB (${oneMb.length} UTF-16 units): ${ms.toFixed(0)} ms`);

    // 3 MB: watch progress and click while it works.
    const big = textOf(3 << 20);
    await page.evaluate(() => {
      const viewer = document.querySelector('news-mark');
      window.__progress = [];
      window.__clicksWhileBusy = 0;
      viewer.addEventListener('newsmark-progress', (e) => window.__progress.push(e.detail.fraction));
      document.getElementById('language').addEventListener('change', () => {
        if (viewer.busy) window.__clicksWhileBusy++;
      });
    });
    const done = paste(page, { text: big });
    // Polled on a timer, not on animation frames, so the wait itself does not
    // depend on how often the busy page paints.
    await page.waitForFunction(() => window.__progress.some((f) => f > 0 && f < 1), null, { timeout: 60_000, polling: 50 });
    // A user switches the UI language with the keyboard while the page is
    // busy: a real key event, which the page must handle between its work.
    await page.focus('#language');
    await page.keyboard.press('ArrowDown');
    await screenshot(page, 'large-progress', { fullPage: false });
    const bigMs = await done;
    console.log(`  paste→render, ${(Buffer.byteLength(big) / 1e6).toFixed(2)} MB: ${bigMs.toFixed(0)} ms`);

    const progress = await page.evaluate(() => window.__progress);
    assert.ok(progress.filter((f) => f > 0 && f < 1).length >= 2, `progress was reported in steps: ${progress.length}`);
    assert.equal(await page.evaluate(() => window.__clicksWhileBusy), 1, 'the input was handled while annotating');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'hi');
    const annotation = await page.evaluate(() => {
      const a = document.querySelector('news-mark').annotation;
      return { lines: a.lines.length, entities: a.entities.length, where: document.getElementById('version').textContent };
    });
    assert.ok(annotation.entities > 1000 && annotation.lines > 1000);
    assert.match(annotation.where, /worker/);
    assert.equal(await page.locator('news-mark .line').count(), annotation.lines, 'every line is rendered');
    await page.context().close();
  });
});
