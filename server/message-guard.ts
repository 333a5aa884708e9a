// Checks the Yjs data in each sync message before Hocuspocus applies it. Hocuspocus' sync code
// catches errors from Y.applyUpdate and then acknowledges the update anyway, and a bad update
// can fail half-way through; decoding it first refuses garbage before it touches the document.
import type { Extension } from '@hocuspocus/server';
import * as Y from 'yjs';
import { addressOf, describeError, quoted } from './log';
import type { Log } from './log';
import { STATE_VECTOR_STEP, UPDATE_STEPS, syncPartOf } from './sync-message';

export function messageGuard(log: Log, refused: (reason: string) => void): Extension {
  return {
    extensionName: 'readmark-message-guard',
    async beforeHandleMessage({ update: message, connection, documentName }) {
      const problem = problemWith(message);
      if (problem === null) return;
      log(
        `closed a connection to ${quoted(documentName)} from ${addressOf(connection.request)}: ${problem}`,
      );
      refused('the message is not valid');
      // 1007: the message's data is not what the protocol allows.
      connection.webSocket.close(1007, 'the message is not valid');
      // Rejecting stops Hocuspocus from applying the message. A plain object, not an Error:
      // Hocuspocus prints each error's message to stderr once per hook, and the line above says it.
      throw { reason: 'the message is not valid' };
    },
  };
}

/** Why a message must not be applied, or null when it is fine (or not a sync message). */
export function problemWith(message: Uint8Array): string | null {
  try {
    const part = syncPartOf(message);
    if (part === null) return null;
    if (part.step === STATE_VECTOR_STEP) Y.decodeStateVector(part.data);
    else if (UPDATE_STEPS.has(part.step)) Y.decodeUpdate(part.data);
    else return `unknown sync step ${part.step}`;
    return null;
  } catch (error) {
    return `the Yjs data is not valid (${describeError(error)})`;
  }
}
