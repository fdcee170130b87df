// Privacy and safety: the strict CSP is enough; no request leaves the page
// after it loads; XSS payloads pasted as text or HTML run nothing.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowserAndServer, newPage, openDemo, paste, idle, FILE_PAGE } from './harness.mjs';
import { STRICT_CSP } from '../../scripts/serve.mjs';

const PAYLOADS = [
  '<script>window.__xss = 1</script>',
  '<img src=x onerror="window.__xss = 2">',
  '<svg onload="window.__xss = 3"><circle r="1"/></svg>',
  '<iframe src="javascript:top.__xss = 4"></iframe>',
  '<a href="javascript:window.__xss = 5">click</a>',
  '<body onload="window.__xss = 6">',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__xss = 7">',
  '"><img src=x onerror=window.__xss=8>',
  '<details open ontoggle="window.__xss = 9">x</details>',
  '<object data="javascript:window.__xss = 10"></object>',
  '<video><source onerror="window.__xss = 11"></video>',
  '<style>@import "http://127.0.0.1:9/x.css";</style>',
  '<input autofocus onfocus="window.__xss = 12">',
  '<img src="http://127.0.0.1:9/remote.png"><link rel=stylesheet href="http://127.0.0.1:9/x.css">',
  '<div style="background:url(http://127.0.0.1:9/bg.png)">styled</div>',
  '<form action="javascript:window.__xss = 13"><button>go</button></form>',
];

describe('privacy and safety', () => {
  const suite = useBrowserAndServer();

  it('works under a strict CSP that adds only wasm-unsafe-eval (ES module, classic script, page)', async () => {
    assert.match(STRICT_CSP, /script-src 'self' 'wasm-unsafe-eval'/);
    assert.doesNotMatch(STRICT_CSP, /'unsafe-eval'|'unsafe-inline'|blob:|data:/);
    for (const [path, selector] of [['/examples/editor.html', '#panel'], ['/examples/form.html', '#tagger'], ['/demo/', '#viewer']]) {
      const page = await newPage(suite.browser);
      const response = await page.goto(`${suite.server.url}${path}`);
      assert.equal(response.headers()['content-security-policy'], STRICT_CSP);
      await idle(page, selector);
      assert.ok(await page.locator(`${selector} mark.ent`).count() > 0, `${path}: entities marked`);
      assert.deepEqual(await page.evaluate(() => window.__cspViolations), [], `${path}: no CSP violation`);
      assert.deepEqual(page.errors, [], `${path}: no errors`);
      await page.context().close();
    }
  });

  for (const where of ['http', 'file']) {
    it(`${where}: makes no request after loading, whatever is pasted or done`, async () => {
      const page = await newPage(suite.browser);
      await openDemo(page, where === 'http' ? `${suite.server.url}/demo/` : FILE_PAGE);
      const requests = [];
      page.on('request', (r) => {
        if (!/^(blob|data):/.test(r.url())) requests.push(r.url());
      });
      const served = suite.server.requests.length;
      await paste(page, { text: PAYLOADS.join('\n'), html: PAYLOADS.join('\n') });
      await paste(page, { text: 'मॉस्को में 25 अप्रैल को बैठक हुई।\nऔर पढो »' });
      for (const format of ['json', 'displacy', 'web-annotation', 'ninjs']) {
        await Promise.all([page.waitForEvent('download'), page.click(`button[data-export="${format}"]`)]);
      }
      await page.click('#copy');
      await page.locator('news-mark button.line-toggle').first().click();
      await page.locator('news-mark button.undo').click();
      await page.evaluate(() => document.querySelector('news-mark').addEntities('बैठक\tORG\tMeeting Org'));
      await idle(page);
      assert.deepEqual(requests, [], 'no request left the page');
      assert.equal(suite.server.requests.length, served, 'the server saw nothing either');
      await page.context().close();
    });
  }

  it('runs no XSS payload pasted as text or as HTML', async () => {
    const page = await newPage(suite.browser);
    await openDemo(page, `${suite.server.url}/demo/`);
    const scripts = await page.locator('script').count();
    for (const payload of PAYLOADS) {
      await paste(page, { text: payload });
      assert.equal(await page.evaluate(() => document.querySelector('news-mark').text), payload);
      assert.equal(await page.locator('news-mark .line-text').first().textContent(), payload.split('\n')[0], 'shown as text');
      await paste(page, { text: 'fallback', html: payload });
    }
    await page.locator('news-mark .article').click({ position: { x: 5, y: 5 } });
    assert.equal(await page.evaluate(() => window.__xss), undefined, 'no payload ran');
    assert.deepEqual(page.dialogs, []);
    const kinds = await page.evaluate(() => {
      const article = document.querySelector('news-mark').shadowRoot.querySelector('.article');
      return [...new Set([...article.querySelectorAll('*')].map((e) => e.tagName))].sort();
    });
    assert.deepEqual(kinds.filter((k) => !['BUTTON', 'DIV', 'MARK', 'P', 'SPAN'].includes(k)), [], `only the renderer's own elements: ${kinds}`);
    assert.equal(await page.locator('script').count(), scripts);
    await page.context().close();
  });
});
