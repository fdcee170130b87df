// Adding an entity with the keyboard alone: Tab to the line tools, arrows to
// the line, "+ Entity", arrows and Shift+arrows choose whole words, Enter
// offers the types, Enter adds; each step is said in the live region (English
// and Hindi), and the new entity is in every export.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowserAndServer, newPage, openDemo, paste, screenshot, downloadExport } from './harness.mjs';

// An emoji first (not a word, and two UTF-16 units), then Devanagari words with vowel signs.
const TEXT = '😀 व्लादिमीर पुतिन ने 25 अप्रैल 2024 को मॉस्को में कहा कि उत्तर कोरिया से संबंध मजबूत हैं।\n'
  + 'Officials in Moscow said on Monday that Acme Widgets, a truck maker, would reopen its plant in Pyongyang next year.\n'
  + 'और पढो »\n';

const focused = (page) => page.evaluate(() => {
  const active = document.querySelector('news-mark').shadowRoot.activeElement;
  return active && {
    tag: active.tagName, cls: active.className, label: active.dataset.label, text: active.textContent,
    line: active.closest('.line')?.querySelector('.line-text').textContent,
  };
});
// What the page has selected inside the element, as the user sees it highlighted.
const selectedText = (page) => page.evaluate(() => {
  const element = document.querySelector('news-mark');
  const [range] = document.getSelection().getComposedRanges({ shadowRoots: [element.shadowRoot] });
  const copy = document.createRange();
  copy.setStart(range.startContainer, range.startOffset);
  copy.setEnd(range.endContainer, range.endOffset);
  return copy.toString();
});
const note = (page) => page.locator('news-mark .summary .note').textContent();

describe('adding an entity by keyboard', () => {
  const suite = useBrowserAndServer();

  it('chooses words with arrows, the type with Enter; announces each step; the entity is in every export', async () => {
    const page = await newPage(suite.browser);
    await openDemo(page, `${suite.server.url}/demo/`);
    await paste(page, { text: TEXT });

    // Tab from the toolbar to the line tools (one tab stop), then down to the English line.
    await page.focus('news-mark input[value="dim"]');
    let at;
    for (let i = 0; i < 5 && !/^line-/.test(at?.cls ?? ''); i++) {
      await page.keyboard.press('Tab');
      at = await focused(page);
    }
    assert.equal(at?.cls, 'line-toggle', 'Tab reaches the line tools');
    for (let i = 0; i < 3 && !at.line.startsWith('Officials'); i++) {
      await page.keyboard.press('ArrowDown');
      at = await focused(page);
    }
    assert.ok(at.line.startsWith('Officials'), 'ArrowDown moves to the next line');
    await page.keyboard.press('ArrowRight');
    at = await focused(page);
    assert.equal(at.cls, 'line-add', 'ArrowRight moves to the line\'s "+ Entity"');
    assert.equal(await page.locator('news-mark button.line-add:focus').evaluate((b) => getComputedStyle(b).opacity), '1');

    // Enter: the first word is selected and the help is said.
    await page.keyboard.press('Enter');
    at = await focused(page);
    assert.equal(at.cls, 'line-text', 'the line\'s text has the focus');
    assert.equal(await selectedText(page), 'Officials');
    assert.match(await note(page), /Left and Right arrows move by word.*Selected: “Officials”$/);
    for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
    assert.equal(await selectedText(page), 'Widgets', 'ArrowRight moves a word at a time, through marks and punctuation');
    await page.keyboard.press('ArrowLeft');
    assert.equal(await selectedText(page), 'Acme', 'ArrowLeft moves back a word');
    await page.keyboard.press('Shift+ArrowRight');
    assert.equal(await selectedText(page), 'Acme Widgets', 'Shift+ArrowRight extends by a whole word');
    assert.equal(await note(page), 'Selected: “Acme Widgets”');
    await screenshot(page, 'add-by-keyboard-selecting', { fullPage: false });

    // Enter offers the types; Escape there goes back to the words; arrows move between types; Enter adds.
    await page.keyboard.press('Enter');
    assert.ok(await page.locator('news-mark .add-bar').isVisible(), 'the types are offered');
    assert.equal((await focused(page)).label, 'PER');
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('news-mark .add-bar').isVisible(), false);
    assert.equal((await focused(page)).cls, 'line-text', 'Escape returns to the words');
    assert.equal(await selectedText(page), 'Acme Widgets', 'still selected');
    await page.keyboard.press('Enter');
    assert.equal((await focused(page)).label, 'PER');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    assert.equal((await focused(page)).label, 'ORG');
    await page.keyboard.press('Enter');
    at = await focused(page);
    assert.deepEqual([at.tag, at.label, at.text], ['MARK', 'ORG', 'Acme Widgets'], 'the new mark has the focus');
    assert.equal(await note(page), 'Added “Acme Widgets” as organisation.');

    const start = TEXT.indexOf('Acme');
    const json = await downloadExport(page, 'json', 'add-by-keyboard');
    assert.ok(json.entities.some((e) => e.text === 'Acme Widgets' && e.label === 'ORG' && e.start_utf16 === start && e.corrected));
    const displacy = await downloadExport(page, 'displacy', 'add-by-keyboard');
    // Code points: the emoji before it is one.
    assert.ok(displacy.ents.some((e) => e.label === 'ORG' && e.start === start - 1 && e.end === start - 1 + 'Acme Widgets'.length));
    const web = await downloadExport(page, 'web-annotation', 'add-by-keyboard');
    assert.ok(web.items.some((i) => i.target.selector[0].exact === 'Acme Widgets' && i.body[0].value === 'ORG'));
    const ninjs = await downloadExport(page, 'ninjs', 'add-by-keyboard');
    // A subject only if the core kept its line (as for the core's own tags).
    const line = json.lines.find((l) => l.start_utf16 <= start && start < l.end_utf16);
    assert.equal(ninjs.organisations.some((o) => o.name === 'Acme Widgets'), line.label === 'content');
    await page.context().close();
  });

  it('keeps Devanagari words whole, speaks Hindi, and Escape leaves without adding', async () => {
    const page = await newPage(suite.browser);
    await openDemo(page, `${suite.server.url}/demo/`);
    await paste(page, { text: TEXT });
    await page.selectOption('#language', 'hi');
    const before = await page.evaluate(() => document.querySelector('news-mark').annotation.entities.length);

    const add = page.locator('news-mark .line').first().locator('button.line-add');
    assert.equal(await add.textContent(), '+ इकाई');
    await add.focus();
    await page.keyboard.press('Enter');
    assert.equal(await selectedText(page), 'व्लादिमीर', 'the emoji is skipped and the vowel signs stay with their word');
    assert.match(await note(page), /^इकाई जोड़ना: .*चुना गया: “व्लादिमीर”$/);
    await page.keyboard.press('Shift+End');
    assert.equal(await selectedText(page), TEXT.slice(TEXT.indexOf('व्ला'), TEXT.indexOf('।')), 'Shift+End extends to the last word');
    await page.keyboard.press('Escape');
    const at = await focused(page);
    assert.equal(at.cls, 'line-add', 'Escape returns to "+ इकाई"');
    assert.equal(await selectedText(page).catch(() => ''), '', 'the selection is cleared');
    assert.equal(await page.evaluate(() => document.querySelector('news-mark').annotation.entities.length), before, 'nothing added');
    await page.context().close();
  });
});
