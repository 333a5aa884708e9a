// Checks the Yjs data in each sync message before Hocuspocus applies it. Hocuspocus' sync code
// catches errors from Y.applyUpdate and then acknowledges the update anyway, and a bad update
// can fail half-way through; decoding it first refuses garbage before it touches the document.
import type { Extension } from '@hocuspocus/server';
import * as Y from 'yjs';
import { addressOf, describeError, quoted } from './log';
import type { Log } from './log';

// Message layout (Hocuspocus 3): varString document name, varUint message type; a sync message
// (type 0, or 4 for a reply) then has a varUint sync step and a varUint8Array of Yjs data.
const SYNC_TYPES = new Set([0, 4]);
const STATE_VECTOR_STEP = 0;
const UPDATE_STEPS = new Set([1, 2]);

export function messageGuard(log: Log): Extension {
  return {
    extensionName: 'readmark-message-guard',
    async beforeHandleMessage({ update: message, connection, documentName }) {
      const problem = problemWith(message);
      if (problem === null) return;
      log(
        `closed a connection to ${quoted(documentName)} from ${addressOf(connection.request)}: ${problem}`,
      );
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
    const reader = byteReader(message);
    reader.bytes(); // document name
    if (!SYNC_TYPES.has(reader.varUint())) return null;
    const step = reader.varUint();
    const data = reader.bytes();
    if (step === STATE_VECTOR_STEP) Y.decodeStateVector(data);
    else if (UPDATE_STEPS.has(step)) Y.decodeUpdate(data);
    else return `unknown sync step ${step}`;
    return null;
  } catch (error) {
    return `the Yjs data is not valid (${describeError(error)})`;
  }
}

// lib0's variable-length integers: 7 bits a byte, lowest first, high bit set on all but the last.
function byteReader(data: Uint8Array) {
  let position = 0;
  const varUint = (): number => {
    let value = 0;
    let factor = 1;
    while (position < data.length) {
      const byte = data[position++] as number;
      value += (byte & 0x7f) * factor;
      if (byte < 0x80) return value;
      factor *= 128;
      if (value > Number.MAX_SAFE_INTEGER) throw new Error('a length is out of range');
    }
    throw new Error('the message ends early');
  };
  const bytes = (): Uint8Array => {
    const length = varUint();
    if (position + length > data.length) throw new Error('the message ends early');
    position += length;
    return data.subarray(position - length, position);
  };
  return { varUint, bytes };
}
