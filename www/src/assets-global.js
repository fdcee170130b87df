// Where the classic-script build finds the core and its worker: beside the
// script, whose address is only known while it first runs.
const scriptUrl = document.currentScript?.src ?? location.href;

export function coreAssets() {
  return {
    wasmUrl: new URL('./newsmark_bg.wasm', scriptUrl),
    workerUrl: new URL('./newsmark.worker.js', scriptUrl),
  };
}
