// Where the ES module build finds the core and its worker: beside itself.
export function coreAssets() {
  return {
    wasmUrl: new URL('./newsmark_bg.wasm', import.meta.url),
    workerUrl: new URL('./newsmark.worker.js', import.meta.url),
  };
}
