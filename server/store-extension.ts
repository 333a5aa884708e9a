// The Hocuspocus hooks that keep documents in a DocumentStore.
//
// Hocuspocus runs onStoreDocument debounced (2 s after the last change, at most 10 s), but it
// acknowledges each update to its sender at once. So every update a client sends is also
// appended to the store from beforeHandleMessage, which Hocuspocus awaits before it applies the
// message and sends the sync-status acknowledgement (@hocuspocus/server 3.4.4
// Connection.handleMessage, then MessageReceiver.readSyncMessage). Stored therefore always
// precedes acknowledged, with a synchronous store and an asynchronous one alike. Updates that
// arrive from other servers through Redis do not pass here: the server that received them from
// its client stored them. The debounced store then folds the appended updates into one snapshot.
import type { Extension } from '@hocuspocus/server';
import * as Y from 'yjs';
import type { DocumentStore } from './document-store';
import { addressOf, describeError, quoted } from './log';
import type { Log } from './log';
import type { SyncMetrics } from './metrics';
import { updateIn } from './sync-message';

export function storeExtension(store: DocumentStore, log: Log, metrics: SyncMetrics): Extension {
  return {
    extensionName: 'readmark-store',

    async onLoadDocument({ document, documentName }) {
      try {
        const stored = await store.load(documentName);
        if (stored) Y.applyUpdate(document, stored);
      } catch (error) {
        log(`could not load ${quoted(documentName)}: ${describeError(error)}`);
        metrics.refused('the server could not load the library');
        // Hocuspocus refuses the connection and sends this reason to the client, as for a token.
        throw { reason: 'the server could not load the library' };
      }
    },

    async beforeHandleMessage({ update: message, connection, documentName }) {
      const update = updateIn(message);
      // A reconnecting client that has nothing new still answers the server's sync step 1.
      if (update === null || isEmptyUpdate(update)) return;
      try {
        await store.append(documentName, update);
        metrics.updateStored();
      } catch (error) {
        // Rejecting stops Hocuspocus from applying and acknowledging the message; closing the
        // socket makes the client reconnect and send the update again.
        log(
          `could not store an update to ${quoted(documentName)} from ${addressOf(connection.request)}: ${describeError(error)}; closing the connection`,
        );
        metrics.refused('the server could not store an update');
        connection.webSocket.close(1011, 'the server could not store an update');
        throw { reason: 'the server could not store an update' };
      }
    },

    async onStoreDocument({ document, documentName }) {
      try {
        const state = Y.encodeStateAsUpdate(document);
        const folded = await store.replace(documentName, state);
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

// A Yjs (v1) update with no structs and an empty delete set.
function isEmptyUpdate(update: Uint8Array): boolean {
  return update.length === 2 && update[0] === 0 && update[1] === 0;
}
