// Dropping a line the core kept (a stray photo caption) as easily as
// restoring one: one click (the tool shows on hover) or the keyboard; it
// leaves the clean text and the article's tags, the JSON export marks it
// boilerplate with the reason "dropped", and undo brings it back.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowserAndServer, newPage, openDemo, paste, screenshot, downloadExport } from './harness.mjs';

const CAPTION = 'Kim Jong Un waves during a parade in Pyongyang, with Kremlin spokesman Dmitry Peskov nearby.';
const TEXT = 'उत्तर कोरिया ने रूस के राष्ट्रपति को लिखा पत्र\n'
  + 'व्लादिमीर पुतिन ने 25 अप्रैल 2024 को मॉस्को में कहा कि उत्तर कोरिया से संबंध मजबूत हैं।\n'
  + `${CAPTION}\n`
  + 'Officials in Moscow said on Monday that the talks would continue next week.\n'
  + 'और पढो »\n';

/**
 * The line to drop: the caption, which the core keeps today; should it learn
 * to drop it, another content line. With the people named in no other
 * content line: the article's tags, until the line is dropped.
 */
function lineToDrop(annotation) {
  const content = annotation.lines.filter((l) => l.label === 'content');
  const lineOf = (e) => content.find((l) => l.start <= e.start && e.start < l.end);
  const people = annotation.entities.filter((e) => e.label === 'PER' && lineOf(e));
  const candidates = content.map((line) => ({
    line,
    text: TEXT.slice(line.start, line.end),
    onlyThere: [...new Set(people.filter((e) => lineOf(e) === line).map((e) => e.canonical))]
      .filter((name) => people.every((e) => e.canonical !== name || lineOf(e) === line)),
  })).filter((c) => c.onlyThere.length > 0);
  return candidates.find((c) => c.text === CAPTION) ?? candidates.at(-1);
}

const lineElement = (page, target) => page.locator('news-mark .line', { hasText: target.text.slice(0, 30) });
const jsonLine = (json, target) => json.lines.find((l) => l.start_utf16 === target.line.start);
const copyCleanText = async (page) => {
  await page.click('#copy');
  return page.evaluate(() => navigator.clipboard.readText());
};
const focusedTool = (page) => page.evaluate(() => {
  const active = document.querySelector('news-mark').shadowRoot.activeElement;
  return active && { cls: active.className, text: active.textContent, line: active.closest('.line')?.querySelector('.line-text').textContent };
});

describe('dropping a line the core kept', () => {
  const suite = useBrowserAndServer();

  it('drops it in one click; it leaves the clean text and the tags, is "dropped" in the JSON; undo restores it', async () => {
    const page = await newPage(suite.browser);
    await openDemo(page, `${suite.server.url}/demo/`);
    await paste(page, { text: TEXT });
    const base = await page.evaluate(() => document.querySelector('news-mark').annotation);
    const target = lineToDrop(base);
    assert.ok(target, 'a content line names someone no other content line does');
    for (const name of target.onlyThere) assert.ok(base.tags.some((t) => t.canonical === name), `${name} is a tag`);
    const line = lineElement(page, target);

    // Out of the way until the line is hovered; then one click.
    const toggle = line.locator('button.line-toggle');
    await page.mouse.move(0, 0);
    assert.equal(await toggle.evaluate((b) => getComputedStyle(b).opacity), '0', 'hidden on a content line at rest');
    assert.equal(await page.locator('news-mark .line[data-label="boilerplate"] button.line-toggle').first()
      .evaluate((b) => getComputedStyle(b).opacity), '1', 'always shown on a boilerplate line');
    await line.hover();
    assert.equal(await toggle.evaluate((b) => getComputedStyle(b).opacity), '1', 'shown on hover');
    assert.equal(await toggle.textContent(), 'Drop');
    await toggle.click();

    assert.equal(await line.getAttribute('data-label'), 'boilerplate');
    assert.equal(await line.locator('.reason').textContent(), 'dropped by you');
    assert.equal(await page.locator('news-mark .summary .note').textContent(), 'Line dropped');
    assert.deepEqual(await focusedTool(page), { cls: 'line-toggle', text: 'Keep', line: target.text }, 'the focus stays on the line');
    await screenshot(page, 'drop-line-dropped');
    assert.ok(!(await copyCleanText(page)).includes(target.text), 'gone from the clean text');
    let json = await downloadExport(page, 'json', 'drop-line');
    assert.deepEqual([jsonLine(json, target).label, jsonLine(json, target).reason], ['boilerplate', 'dropped']);
    let ninjs = await downloadExport(page, 'ninjs', 'drop-line');
    assert.ok(!ninjs.bodies[0].value.includes(target.text), 'gone from the ninjs body');
    for (const name of target.onlyThere) assert.ok(!ninjs.people.some((p) => p.name === name), `${name} is no longer a subject`);
    const formTags = await page.evaluate(() => document.querySelector('news-mark').annotation.tags.map((t) => t.canonical));
    for (const name of target.onlyThere) assert.ok(!formTags.includes(name), `${name} is no longer a tag`);

    // Undo restores it, everywhere.
    await page.locator('news-mark button.undo').click();
    assert.equal(await line.getAttribute('data-label'), 'content');
    assert.equal(await page.locator('news-mark .summary .note').textContent(), 'Line kept');
    assert.ok((await copyCleanText(page)).includes(target.text), 'back in the clean text');
    json = await downloadExport(page, 'json', 'drop-line');
    assert.deepEqual([jsonLine(json, target).label, jsonLine(json, target).reason], ['content', target.line.reason]);
    ninjs = await downloadExport(page, 'ninjs', 'drop-line');
    for (const name of target.onlyThere) assert.ok(ninjs.people.some((p) => p.name === name), `${name} is a subject again`);
    await page.context().close();
  });

  it('drops and keeps it by keyboard; in Hide mode the focus moves on to the nearest shown line', async () => {
    const page = await newPage(suite.browser);
    await openDemo(page, `${suite.server.url}/demo/`);
    await paste(page, { text: TEXT });
    const target = lineToDrop(await page.evaluate(() => document.querySelector('news-mark').annotation));
    const line = lineElement(page, target);

    // The line tools are one tab stop; ArrowDown moves from line to line.
    await page.focus('news-mark input[value="dim"]');
    let at;
    for (let i = 0; i < 5 && at?.cls !== 'line-toggle'; i++) {
      await page.keyboard.press('Tab');
      at = await focusedTool(page);
    }
    assert.equal(at?.cls, 'line-toggle', 'Tab reaches the line tools');
    for (let i = 0; i < 5 && at.line !== target.text; i++) {
      await page.keyboard.press('ArrowDown');
      at = await focusedTool(page);
    }
    assert.equal(at.line, target.text, 'ArrowDown reaches the line');
    await page.keyboard.press('Enter');
    assert.equal(await line.getAttribute('data-label'), 'boilerplate');
    at = await focusedTool(page);
    assert.deepEqual([at.text, at.line], ['Keep', target.text], 'the focus stays on the line, whose tool now keeps it');
    await page.keyboard.press('Enter');
    assert.equal(await line.getAttribute('data-label'), 'content');
    assert.equal(await line.getAttribute('data-reason'), target.line.reason, 'keeping it again undoes the drop');

    await page.locator('news-mark .modes label', { hasText: 'Hide' }).click();
    await line.locator('button.line-toggle').focus();
    await page.keyboard.press('Enter');
    assert.equal(await line.isVisible(), false, 'hidden with the boilerplate');
    at = await focusedTool(page);
    assert.equal(at?.cls, 'line-toggle', 'the focus is not lost');
    assert.notEqual(at.line, target.text, 'it moved to a shown line');
    await page.keyboard.press('Control+z');
    assert.ok(await line.isVisible(), 'Ctrl+Z shows it again');
    await page.context().close();
  });
});
