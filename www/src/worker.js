// The Web Worker that runs the core, so long pastes never block the page.
// Protocol (all messages are plain objects):
//   page → worker  {type:'init', module}            → {type:'ready', version}
//                  {type:'annotate', id, text, blocks, dictionary, options}
//                                                   → {type:'progress', id, done, total}…
//                                                   → {type:'result', id, value} | {type:'error', id, code, message}
//                  {type:'add-entities', id, dictionary, entries} → result | error

import { loadCore, annotateText, annotateWithBlockHints, addEntities } from './core-calls.js';

function fail(id, error) {
  self.postMessage({ type: 'error', id, code: error?.code ?? 'internal', message: String(error?.message ?? error) });
}

self.onmessage = async ({ data: msg }) => {
  switch (msg.type) {
    case 'init':
      try {
        self.postMessage({ type: 'ready', version: await loadCore(msg.module) });
      } catch (error) {
        fail(undefined, error);
      }
      break;
    case 'add-entities':
      try {
        self.postMessage({ type: 'result', id: msg.id, value: addEntities(msg.dictionary, msg.entries) });
      } catch (error) {
        fail(msg.id, error);
      }
      break;
    case 'annotate': {
      const request = {
        dictionary: msg.dictionary,
        options: msg.options,
        onProgress: (done, total) => self.postMessage({ type: 'progress', id: msg.id, done, total }),
      };
      try {
        const value = msg.blocks
          ? annotateWithBlockHints(msg.text, msg.blocks, request)
          : annotateText(msg.text, request);
        self.postMessage({ type: 'result', id: msg.id, value });
      } catch (error) {
        fail(msg.id, error);
      }
      break;
    }
  }
};
