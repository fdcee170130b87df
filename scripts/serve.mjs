// Serves dist/ on 127.0.0.1 with a strict Content-Security-Policy, the one
// EMBEDDING.md asks of a site: scripts from the same origin plus
// 'wasm-unsafe-eval', nothing inline, nothing from elsewhere.
//   node scripts/serve.mjs [--port 8317] [--root dist] [--open]
// --open also opens the page in the desktop's browser when there is one.
import { spawn } from 'node:child_process';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const STRICT_CSP = [
  "default-src 'none'", "script-src 'self' 'wasm-unsafe-eval'", "worker-src 'self'", "connect-src 'self'",
  "style-src 'self'", "img-src 'self'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
].join('; ');

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8', '.md': 'text/markdown; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png', '.svg': 'image/svg+xml',
};

/** Starts a static server for `root`; resolves to {server, url}. `csp` null sends no policy. */
export function startServer({ root, port = 0, csp = STRICT_CSP, onRequest } = {}) {
  const base = path.resolve(root);
  const server = http.createServer((request, response) => {
    onRequest?.(request);
    const url = new URL(request.url, 'http://localhost');
    if (url.pathname === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    if (url.pathname === '/') {
      response.writeHead(302, { location: '/demo/' }).end();
      return;
    }
    let file = path.join(base, decodeURIComponent(url.pathname));
    if (!file.startsWith(base)) {
      response.writeHead(403).end();
      return;
    }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const headers = {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
    };
    if (csp) headers['content-security-policy'] = csp;
    response.writeHead(200, headers);
    fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${server.address().port}` }));
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const root = arg('root', path.join(path.dirname(fileURLToPath(import.meta.url)), '../dist'));
  if (!fs.existsSync(path.join(root, 'demo/index.html'))) {
    console.error(`serve: ${root}/demo/index.html is missing; run scripts/build-web.sh first`);
    process.exit(1);
  }
  const { url } = await startServer({ root, port: Number(arg('port', 8317)) });
  console.log(`newsmark page:    ${url}/demo/`);
  console.log(`editor example:   ${url}/examples/editor.html`);
  console.log(`from disk:        file://${path.resolve(root, 'demo/index.html')}`);
  console.log('Ctrl+C to stop.');
  if (process.argv.includes('--open') && (process.env.DISPLAY || process.env.WAYLAND_DISPLAY || process.platform === 'darwin')) {
    const opener = process.platform === 'darwin' ? 'open' : 'xdg-open';
    spawn(opener, [`${url}/demo/`], { stdio: 'ignore', detached: true }).on('error', () => {
      console.log(`(could not run ${opener}; open the URL above)`);
    }).unref();
  }
}
