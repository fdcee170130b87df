// Starts the core: compiles the wasm once on the page, then runs it in a Web
// Worker (from a same-origin URL, or from embedded source when the page is
// opened from disk), or on the page itself if no worker can be started.

import * as coreOnPage from './core-calls.js';

function base64ToBytes(base64) {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function compileCore(assets) {
  if (assets.wasmBase64) return WebAssembly.compile(base64ToBytes(assets.wasmBase64));
  const response = await fetch(assets.wasmUrl);
  if (!response.ok) throw new Error(`newsmark: cannot load ${assets.wasmUrl} (${response.status})`);
  if (response.headers.get('content-type')?.startsWith('application/wasm')) {
    return WebAssembly.compileStreaming(response);
  }
  return WebAssembly.compile(await response.arrayBuffer());
}

/** Starts a worker from `url` and hands it the compiled core; resolves once it answers. */
function startWorker(url, module) {
  return new Promise((resolve, reject) => {
    let worker;
    try {
      worker = new Worker(url);
    } catch (error) {
      reject(error);
      return;
    }
    worker.onerror = (event) => {
      event.preventDefault?.();
      worker.terminate();
      reject(new Error('newsmark: the worker did not start'));
    };
    worker.onmessage = ({ data }) => {
      if (data.type === 'ready') resolve({ worker, version: data.version });
      else {
        worker.terminate();
        reject(new Error(data.message));
      }
    };
    worker.postMessage({ type: 'init', module });
  });
}

function coreError(code, message) {
  return Object.assign(new Error(message), { code });
}

let nextDictionary = 1;

/** Runs annotation requests in a worker, or on the page as a fallback. */
export class Engine {
  #worker = null;
  #pending = new Map();
  #nextId = 1;

  /** 'worker' or 'page': where the core runs. */
  where = 'page';
  version = '';

  /** Compiles the core and starts the best runner the context allows. */
  static async start(assets) {
    const engine = new Engine();
    const module = await compileCore(assets);
    const workerUrls = [];
    if (assets.workerUrl) workerUrls.push(assets.workerUrl);
    if (assets.workerSource) {
      workerUrls.push(URL.createObjectURL(new Blob([assets.workerSource], { type: 'text/javascript' })));
    }
    for (const url of workerUrls) {
      try {
        const { worker, version } = await startWorker(url, module);
        engine.#attach(worker);
        engine.version = version;
        engine.where = 'worker';
        break;
      } catch {
        // A CSP without worker-src for this URL, or no Worker at all: try the next way.
      }
    }
    for (const url of workerUrls) if (typeof url === 'string' && url.startsWith('blob:')) URL.revokeObjectURL(url);
    if (!engine.#worker) engine.version = await coreOnPage.loadCore(module);
    return engine;
  }

  #attach(worker) {
    this.#worker = worker;
    worker.onerror = () => {
      for (const { reject } of this.#pending.values()) reject(coreError('internal', 'newsmark: the worker stopped'));
      this.#pending.clear();
    };
    worker.onmessage = ({ data }) => {
      const request = this.#pending.get(data.id);
      if (!request) return;
      if (data.type === 'progress') {
        request.onProgress?.(data.done, data.total);
        return;
      }
      this.#pending.delete(data.id);
      if (data.type === 'result') request.resolve(data.value);
      else request.reject(coreError(data.code, data.message));
    };
  }

  #send(message, onProgress, signal) {
    return new Promise((resolve, reject) => {
      const id = this.#nextId++;
      this.#pending.set(id, { resolve, reject, onProgress });
      // An aborted request settles at once; the worker's late answer is dropped.
      signal?.addEventListener('abort', () => {
        if (this.#pending.delete(id)) reject(signal.reason);
      }, { once: true });
      this.#worker.postMessage({ ...message, id });
    });
  }

  /** A name for a new, empty custom dictionary. */
  newDictionary() {
    return `dictionary-${nextDictionary++}`;
  }

  /** Adds custom entities (CustomEntity[] or TSV text); resolves to how many. */
  async addEntities(dictionary, entries) {
    if (this.#worker) return this.#send({ type: 'add-entities', dictionary, entries });
    return coreOnPage.addEntities(dictionary, entries);
  }

  /**
   * Annotates `text`; `blocks` are HTML block hints or null. Rejects with
   * `signal.reason` when aborted.
   */
  async annotate(text, { blocks = null, dictionary = null, options, onProgress, signal } = {}) {
    signal?.throwIfAborted();
    if (this.#worker) return this.#send({ type: 'annotate', text, blocks, dictionary, options }, onProgress, signal);
    const request = { dictionary, options, onProgress };
    const value = blocks
      ? coreOnPage.annotateWithBlockHints(text, blocks, request)
      : coreOnPage.annotateText(text, request);
    signal?.throwIfAborted();
    return value;
  }
}

let shared = null;

/** The engine every <news-mark> on the page shares, started on first use. */
export function sharedEngine(assets) {
  shared ??= Engine.start(assets);
  return shared;
}
