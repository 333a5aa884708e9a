// The Hocuspocus hooks that keep documents in a DocumentStore.
//
// Hocuspocus runs onStoreDocument debounced (2 s after the last change, at most 10 s), but it
// acknowledges each update to its sender at once. So every update is also appended to the store
// synchronously, from the document's own 'update' event, which Yjs fires inside applyUpdate:
// MessageReceiver.readSyncMessage calls readUpdate / readSyncStep2 and only afterwards sends the
// sync-status acknowledgement (@hocuspocus/server 3.4.4 src/MessageReceiver.ts, the
// messageYjsSyncStep2 and messageYjsUpdate cases). Stored therefore always precedes acknowledged.
// The debounced store then folds the appended updates into one snapshot.
import type { Document, Extension } from '@hocuspocus/server';
import * as Y from 'yjs';
import type { DocumentStore } from './document-store';
import { describeError, quoted } from './log';
import type { Log } from './log';

export function storeExtension(store: DocumentStore, log: Log): Extension {
  return {
    extensionName: 'readmark-store',

    async onLoadDocument({ document, documentName }) {
      try {
        const stored = store.load(documentName);
        if (stored) Y.applyUpdate(document, stored);
      } catch (error) {
        log(`could not load ${quoted(documentName)}: ${describeError(error)}`);
        // Hocuspocus refuses the connection and sends this reason to the client, as for a token.
        throw { reason: 'the server could not load the library' };
      }
      // Listening only after the stored state is in, so loading appends nothing.
      document.on('update', (update: Uint8Array) => appendOrDrop(store, log, document, update));
    },

    async onStoreDocument({ document, documentName }) {
      try {
        // Encoding and replacing run in one synchronous stretch: no update can arrive between
        // them, so the snapshot covers every appended row that replace() deletes.
        const state = Y.encodeStateAsUpdate(document);
        const folded = store.replace(documentName, state);
        log(
          `stored ${quoted(documentName)} (${state.byteLength} bytes, folded in ${folded} appended update${folded === 1 ? '' : 's'})`,
        );
      } catch (error) {
        // Never rethrow: Hocuspocus runs this from a timer, where a rejection would end the
        // process. The appended updates stay in the store, so nothing acknowledged is lost.
        log(`could not store ${quoted(documentName)}: ${describeError(error)}`);
      }
    },
  };
}

function appendOrDrop(
  store: DocumentStore,
  log: Log,
  document: Document,
  update: Uint8Array,
): void {
  try {
    store.append(document.name, update);
  } catch (error) {
    // Throwing here would not stop the acknowledgement (the sync code catches listener errors)
    // and would leave the Yjs transaction half cleaned up. Closing the sockets does stop it:
    // Hocuspocus sends nothing on a closing socket. Once all are closed the document is unloaded,
    // and reconnecting clients send the update again.
    log(
      `could not store an update to ${quoted(document.name)}: ${describeError(error)}; closing its connections`,
    );
    for (const connection of document.getConnections()) {
      connection.webSocket.close(1011, 'the server could not store an update');
    }
  }
}
