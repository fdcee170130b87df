// Input: HTML from the clipboard is used when present (inertly), and .txt/.html files load.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import fs from 'node:fs';
import { useBrowserAndServer, newPage, openDemo, paste, screenshot, idle, OUTPUT } from './harness.mjs';

const HTML = `<html><head><script>window.__ran = 1</script><link rel="stylesheet" href="https://example.invalid/x.css"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>उत्तर कोरिया के नेता ने रूस को पत्र लिखा</h1>
<p>मॉस्को में 25 अप्रैल को बैठक हुई।<img src="https://example.invalid/pixel.png" onerror="window.__ran = 2"></p>
<iframe src="https://example.invalid/frame"></iframe>
<p onclick="window.__ran = 3">दूसरा <b>अनुच्छेद</b> यहाँ है।</p></article>
<ul><li><a href="/more">और पढो »</a></li></ul></body></html>`;

describe('input: HTML paste and files', () => {
  const suite = useBrowserAndServer();

  it('uses the HTML on the clipboard: its blocks become lines, nothing in it runs or loads', async () => {
    const page = await newPage(suite.browser);
    await openDemo(page, `${suite.server.url}/demo/`);
    const requestsBefore = suite.server.requests.length;
    const outside = [];
    page.on('request', (r) => outside.push(r.url()));
    await paste(page, { text: 'plain fallback that must not be used', html: HTML });
    const text = await page.evaluate(() => document.querySelector('news-mark').text);
    assert.equal(text, [
      'Home World', 'उत्तर कोरिया के नेता ने रूस को पत्र लिखा', 'मॉस्को में 25 अप्रैल को बैठक हुई।',
      'दूसरा अनुच्छेद यहाँ है।', 'और पढो »',
    ].join('\n'));
    assert.equal(await page.locator('news-mark .line').count(), 5);
    assert.ok(await page.locator('news-mark mark.ent').count() > 0, 'entities are marked in the HTML text');
    assert.equal(await page.evaluate(() => window.__ran), undefined, 'no script or handler ran');
    assert.equal(await page.locator('img, iframe, script:not([src])').count(), 0);
    assert.deepEqual(outside, [], 'no request was made');
    assert.equal(suite.server.requests.length, requestsBefore);
    await screenshot(page, 'input-html-paste');
    await page.context().close();
  });

  it('loads a .txt file and an .html file', async () => {
    const page = await newPage(suite.browser);
    await openDemo(page, `${suite.server.url}/demo/`);
    const txt = path.join(OUTPUT, 'input-sample.txt');
    const html = path.join(OUTPUT, 'input-sample.html');
    fs.writeFileSync(txt, 'मॉस्को में विदेश मंत्री सर्गेई लावरोव ने 25 अप्रैल को यह बात कही।\nऔर पढो »\n');
    fs.writeFileSync(html, HTML);

    await page.setInputFiles('#file', txt);
    await page.waitForFunction(() => document.querySelector('news-mark').text.startsWith('मॉस्को में विदेश'));
    await idle(page);
    assert.equal(await page.inputValue('#paste'), fs.readFileSync(txt, 'utf8'));
    assert.ok(await page.locator('news-mark mark.ent').count() > 0);

    await page.setInputFiles('#file', html);
    await page.waitForFunction(() => document.querySelector('news-mark').text.startsWith('Home World'));
    await idle(page);
    assert.equal(await page.locator('news-mark .line').count(), 5, 'the HTML file is read as blocks');
    assert.equal(await page.evaluate(() => window.__ran), undefined);
    await page.context().close();
  });
});
