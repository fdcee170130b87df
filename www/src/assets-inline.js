// The standalone page carries the core and the worker inside its one script,
// because a page opened from disk (file://) may not fetch files or start a
// worker from a file. Over HTTP it prefers the worker file of the
// distributable it ships in (demo/ sits inside dist/), which a strict
// Content-Security-Policy allows where a blob: worker is not.
import wasmBase64 from 'newsmark:inline-wasm';
import workerSource from 'newsmark:inline-worker';

const scriptUrl = document.currentScript?.src ?? location.href;

export function coreAssets() {
  return {
    wasmBase64,
    workerSource,
    workerUrl: /^https?:$/.test(new URL(scriptUrl).protocol) ? new URL('../newsmark.worker.js', scriptUrl) : null,
  };
}
