// Corrections and exports: add an entity from a selection, change a mark's
// type and canonical name, remove one, undo/redo; the corrections survive
// re-rendering and re-annotation and appear in every export, whose offsets
// slice the right text. Also: copy the clean text.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowserAndServer, newPage, openDemo, paste, screenshot, idle, downloadExport } from './harness.mjs';

// An emoji first, so code-point and UTF-16 offsets differ.
const TEXT = '😀 व्लादिमीर पुतिन ने 25 अप्रैल 2024 को मॉस्को में कहा कि उत्तर कोरिया से संबंध मजबूत हैं।\n'
  + 'Acme Widgets announced 50% growth in Pyongyang on Monday.\nऔर पढो »\n';

const download = (page, format) => downloadExport(page, format, 'corrections');

/** Drags the mouse across the first occurrence of `needle` in the article. */
async function selectText(page, needle) {
  const box = await page.evaluate((needle) => {
    const root = document.querySelector('news-mark').shadowRoot;
    const walker = document.createTreeWalker(root.querySelector('.article'), NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = n.nodeValue.indexOf(needle);
      if (i < 0) continue;
      const range = document.createRange();
      range.setStart(n, i);
      range.setEnd(n, i + 1);
      const a = range.getBoundingClientRect();
      range.setStart(n, i + needle.length - 1);
      range.setEnd(n, i + needle.length);
      const b = range.getBoundingClientRect();
      return { x1: a.left + 1, x2: b.right - 1, y: (a.top + a.bottom) / 2 };
    }
    return null;
  }, needle);
  assert.ok(box, `${needle} is on screen`);
  await page.mouse.move(box.x1, box.y);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y, { steps: 5 });
  await page.mouse.up();
}

const cpSlice = (text, start, end) => Array.from(text).slice(start, end).join('');

describe('corrections and exports', () => {
  const suite = useBrowserAndServer();

  it('exports parse and their offsets slice the right text; the clean text is copied', async () => {
    const page = await newPage(suite.browser);
    await openDemo(page, `${suite.server.url}/demo/`);
    await paste(page, { text: TEXT });
    const shown = await page.evaluate(() => document.querySelector('news-mark').annotation);
    assert.ok(shown.entities.length > 0);

    const json = await download(page, 'json');
    assert.equal(json.text, TEXT);
    assert.equal(json.unit, 'codepoints');
    assert.equal(json.entities.length, shown.entities.length);
    for (const e of json.entities) {
      assert.equal(cpSlice(TEXT, e.start, e.end), e.text, 'code-point offsets');
      assert.equal(TEXT.slice(e.start_utf16, e.end_utf16), e.text, 'UTF-16 offsets');
    }
    for (const l of json.lines) assert.equal(TEXT.slice(l.start_utf16, l.end_utf16), cpSlice(TEXT, l.start, l.end));

    const displacy = await download(page, 'displacy');
    assert.equal(displacy.text, TEXT);
    assert.ok(typeof displacy.title === 'string' && displacy.title.length > 0);
    displacy.ents.forEach((e, i) => {
      assert.equal(cpSlice(TEXT, e.start, e.end), shown.entities[i].text);
      assert.equal(e.label, shown.entities[i].label);
    });

    const web = await download(page, 'web-annotation');
    assert.equal(web['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(web.items.length, shown.entities.length);
    for (const item of web.items) {
      assert.equal(item.type, 'Annotation');
      const quote = item.target.selector.find((s) => s.type === 'TextQuoteSelector');
      const position = item.target.selector.find((s) => s.type === 'TextPositionSelector');
      assert.equal(cpSlice(TEXT, position.start, position.end), quote.exact);
      assert.ok(TEXT.includes(quote.prefix + quote.exact + quote.suffix));
    }

    const ninjs = await download(page, 'ninjs');
    assert.ok(ninjs.uri);
    for (const key of ['subjects', 'people', 'places', 'organisations']) assert.ok(Array.isArray(ninjs[key]), key);
    assert.deepEqual(ninjs.places.map((p) => p.name), shown.tags.filter((t) => t.label === 'LOC').map((t) => t.canonical));

    await page.click('#copy');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const expected = shown.lines.filter((l) => l.label === 'content').map((l) => `${TEXT.slice(l.start, l.end)}\n`).join('');
    assert.equal(copied, expected);
    assert.ok(!copied.includes('और पढो'), 'boilerplate is not in the clean text');
    await page.context().close();
  });

  it('corrects entities, undoes and redoes; corrections survive re-rendering and are in every export', async () => {
    const page = await newPage(suite.browser);
    await openDemo(page, `${suite.server.url}/demo/`);
    await paste(page, { text: TEXT });
    const entities = () => page.evaluate(() => document.querySelector('news-mark').annotation.entities);
    const changes = [];
    await page.exposeFunction('__change', (action) => changes.push(action));
    await page.evaluate(() => document.addEventListener('newsmark-change', (e) => window.__change(e.detail.action)));

    // Add: select "Acme Widgets" and choose ORG.
    await selectText(page, 'Acme Widgets');
    const addBar = page.locator('news-mark .add-bar');
    assert.ok(await addBar.isVisible(), 'the add bar appears for a selection');
    await addBar.locator('button[data-label="ORG"]').click();
    const added = page.locator('news-mark mark.ent', { hasText: 'Acme Widgets' });
    assert.equal(await added.getAttribute('data-label'), 'ORG');
    assert.ok((await entities()).some((e) => e.text === 'Acme Widgets' && e.label === 'ORG' && e.corrected));

    // Change the type and canonical name of the first mark the core made.
    const core = (await entities()).filter((e) => !e.corrected);
    assert.ok(core.length >= 2, 'the core marked at least two entities');
    const [toEdit, toRemove] = [core[0], core[core.length - 1]];
    await page.locator(`news-mark mark.ent[data-start="${toEdit.start}"]`).click();
    const editor = page.locator('news-mark .editor');
    assert.ok(await editor.isVisible());
    const newLabel = toEdit.label === 'PER' ? 'ORG' : 'PER';
    await editor.locator(`button.editor-type[data-label="${newLabel}"]`).click();
    await editor.locator('input').fill('Edited Name');
    await editor.locator('button.save').click();
    assert.equal(await editor.isVisible(), false);
    assert.equal(await page.locator(`news-mark mark.ent[data-start="${toEdit.start}"]`).getAttribute('data-label'), newLabel);

    // Remove another.
    await page.locator(`news-mark mark.ent[data-start="${toRemove.start}"]`).click();
    await editor.locator('button.remove').click();
    assert.equal(await page.locator(`news-mark mark.ent[data-start="${toRemove.start}"]`).count(), 0);
    await screenshot(page, 'corrections-made');

    // Undo brings it back, redo takes it away again.
    await page.locator('news-mark button.undo').click();
    assert.equal(await page.locator(`news-mark mark.ent[data-start="${toRemove.start}"]`).count(), 1);
    await page.locator('news-mark button.redo').click();
    assert.equal(await page.locator(`news-mark mark.ent[data-start="${toRemove.start}"]`).count(), 0);
    assert.deepEqual(changes, ['correct', 'correct', 'correct', 'undo', 'redo']);

    // Re-rendering (another UI language) and re-annotating keep them.
    await page.selectOption('#language', 'hi');
    await page.evaluate(() => document.querySelector('news-mark').annotate());
    await idle(page);
    await page.selectOption('#language', 'en');
    const after = await entities();
    assert.ok(after.some((e) => e.text === 'Acme Widgets' && e.label === 'ORG'));
    assert.ok(after.some((e) => e.start === toEdit.start && e.label === newLabel && e.canonical === 'Edited Name'));
    assert.ok(!after.some((e) => e.start === toRemove.start && e.end === toRemove.end));

    // Every export carries them.
    const json = await download(page, 'json');
    assert.ok(json.entities.some((e) => e.text === 'Acme Widgets' && e.label === 'ORG' && e.start_utf16 === TEXT.indexOf('Acme')));
    assert.ok(json.entities.some((e) => e.canonical === 'Edited Name' && e.label === newLabel));
    assert.ok(!json.entities.some((e) => e.start_utf16 === toRemove.start));
    const displacy = await download(page, 'displacy');
    assert.ok(displacy.ents.some((e) => e.label === 'ORG' && cpSlice(TEXT, e.start, e.end) === 'Acme Widgets'));
    assert.ok(!displacy.ents.some((e) => cpSlice(TEXT, e.start, e.end) === toRemove.text && e.label === toRemove.label
      && TEXT.indexOf(toRemove.text) === toRemove.start));
    const web = await download(page, 'web-annotation');
    const describing = (item) => item.body.find((b) => b.purpose === 'describing').value;
    assert.ok(web.items.some((i) => describing(i) === 'Edited Name'));
    assert.ok(web.items.some((i) => i.target.selector[0].exact === 'Acme Widgets'));
    const ninjs = await download(page, 'ninjs');
    // Tags are the article's subjects: as in the core's tags, a mention counts only in a content line.
    const acmeLine = json.lines.find((l) => l.start_utf16 <= TEXT.indexOf('Acme') && TEXT.indexOf('Acme') < l.end_utf16);
    assert.equal(ninjs.organisations.some((o) => o.name === 'Acme Widgets'), acmeLine.label === 'content');
    assert.ok([...ninjs.people, ...ninjs.organisations].some((o) => o.name === 'Edited Name'));
    await page.context().close();
  });
});
