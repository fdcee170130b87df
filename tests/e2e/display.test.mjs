// What the editor sees: marks with badges and a second, non-colour cue; AA
// contrast in both schemes; the legend's counts and toggles; boilerplate
// modes; restoring a line and dropping it again.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowserAndServer, newPage, openDemo, screenshot, contrast } from './harness.mjs';

const TYPES = ['PER', 'LOC', 'ORG', 'DATE', 'NUM'];

describe('display: marks, legend, boilerplate', () => {
  const suite = useBrowserAndServer();

  for (const scheme of ['light', 'dark']) {
    it(`${scheme}: each type has its badge, its own border style and AA contrast`, async () => {
      const page = await newPage(suite.browser, { colorScheme: scheme });
      await openDemo(page, `${suite.server.url}/demo/`);
      // One mention of every type, whatever the core found: add the missing ones as corrections would.
      const styles = await page.evaluate((types) => {
        const root = document.querySelector('news-mark').shadowRoot;
        const line = root.querySelector('.line-text');
        const out = {};
        for (const type of types) {
          const mark = document.createElement('mark');
          mark.className = 'ent';
          mark.dataset.label = type;
          mark.textContent = 'नमूना';
          line.append(mark);
          const s = getComputedStyle(mark);
          const badge = getComputedStyle(mark, '::after');
          const page = getComputedStyle(root.querySelector('.article'));
          out[type] = {
            text: s.color, bg: s.backgroundColor, border: s.borderBottomStyle, decoration: s.textDecorationStyle,
            decorationLine: s.textDecorationLine, badge: badge.content, badgeFg: badge.color, badgeBg: badge.backgroundColor,
            pageBg: getComputedStyle(root.host).backgroundColor, pageFg: page.color,
          };
          mark.remove();
        }
        return out;
      }, TYPES);
      const cues = new Set();
      for (const type of TYPES) {
        const s = styles[type];
        assert.equal(s.badge, `"${type}"`, `${type} badge shows its label`);
        assert.ok(contrast(s.text, s.bg) >= 4.5, `${type} text on its tint: ${contrast(s.text, s.bg).toFixed(2)}`);
        assert.ok(contrast(s.badgeFg, s.badgeBg) >= 4.5, `${type} badge: ${contrast(s.badgeFg, s.badgeBg).toFixed(2)}`);
        cues.add(s.border === 'none' ? `underline-${s.decoration}` : `border-${s.border}`);
      }
      assert.equal(cues.size, TYPES.length, `five distinct non-colour cues: ${[...cues]}`);
      const muted = await page.evaluate(() => {
        const root = document.querySelector('news-mark').shadowRoot;
        const line = root.querySelector('.line[data-label="boilerplate"] .line-text');
        return { fg: getComputedStyle(line).color, bg: getComputedStyle(root.host).backgroundColor };
      });
      assert.ok(contrast(muted.fg, muted.bg) >= 4.5, 'dimmed boilerplate text is still readable');
      await screenshot(page, `display-${scheme}`);
      await page.context().close();
    });
  }

  it('the legend counts each type and toggles it on and off', async () => {
    const page = await newPage(suite.browser);
    await openDemo(page, `${suite.server.url}/demo/`);
    for (const type of TYPES) {
      const marks = await page.locator(`news-mark mark.ent[data-label="${type}"]`).count();
      const shown = await page.locator(`news-mark .legend-item[data-label="${type}"] .count`).textContent();
      assert.equal(Number(shown), marks, `${type} count`);
    }
    const type = await page.locator('news-mark mark.ent').first().getAttribute('data-label');
    const toggle = page.locator(`news-mark .legend-item[data-label="${type}"]`);
    const mark = page.locator(`news-mark mark.ent[data-label="${type}"]`).first();
    assert.equal(await mark.evaluate((m) => getComputedStyle(m, '::after').content), `"${type}"`);
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
    assert.equal(await mark.evaluate((m) => getComputedStyle(m, '::after').content), 'none', 'badge gone');
    assert.equal(await mark.evaluate((m) => getComputedStyle(m).backgroundColor), 'rgba(0, 0, 0, 0)', 'tint gone');
    await screenshot(page, 'display-legend-off');
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
    assert.equal(await mark.evaluate((m) => getComputedStyle(m, '::after').content), `"${type}"`);
    await page.context().close();
  });

  it('boilerplate lines can be hidden, dimmed with their reason, or shown; a line is restored and dropped in one click', async () => {
    const page = await newPage(suite.browser);
    await openDemo(page, `${suite.server.url}/demo/`);
    const boilerplate = page.locator('news-mark .line[data-label="boilerplate"]');
    const first = boilerplate.first();
    const reasonText = await first.locator('.reason').textContent();
    assert.ok(reasonText.length > 0);
    const dimColor = await first.locator('.line-text').evaluate((e) => getComputedStyle(e).color);

    await page.locator('news-mark .modes label', { hasText: 'Hide' }).click();
    assert.equal(await first.isVisible(), false, 'hidden');
    assert.ok(await page.locator('news-mark .hidden-note').isVisible());
    await page.locator('news-mark .modes label', { hasText: 'Show' }).click();
    assert.ok(await first.isVisible(), 'shown');
    const shownColor = await first.locator('.line-text').evaluate((e) => getComputedStyle(e).color);
    assert.notEqual(shownColor, dimColor, 'shown lines are not dimmed');
    await page.locator('news-mark .modes label', { hasText: 'Dim' }).click();

    const count = await boilerplate.count();
    const lineText = await first.locator('.line-text').textContent();
    assert.ok(!(await page.evaluate(() => document.querySelector('news-mark').cleanText())).includes(lineText));
    await first.locator('button.line-toggle').click();
    const restored = page.locator('news-mark .line', { hasText: lineText }).first();
    assert.equal(await restored.getAttribute('data-label'), 'content');
    assert.equal(await restored.getAttribute('data-reason'), 'kept');
    assert.equal(await boilerplate.count(), count - 1);
    assert.ok((await page.evaluate(() => document.querySelector('news-mark').cleanText())).includes(lineText), 'kept in the clean text');
    await screenshot(page, 'display-line-restored');
    await restored.locator('button.line-toggle').click();
    assert.equal(await page.locator('news-mark .line', { hasText: lineText }).first().getAttribute('data-label'), 'boilerplate');
    assert.equal(await boilerplate.count(), count);
    await page.context().close();
  });
});
