// Reading Hocuspocus 3 messages without applying them. Layout: varString document name, varUint
// message type; a sync message (type 0, or 4 for a reply) then has a varUint sync step and a
// varUint8Array of Yjs data (a state vector for step 0, an update for steps 1 and 2).

const SYNC_TYPES = new Set([0, 4]);
export const STATE_VECTOR_STEP = 0;
export const UPDATE_STEPS = new Set([1, 2]);

export type SyncPart = { step: number; data: Uint8Array };

/** The sync step and Yjs data of a sync message, or null for any other message; throws on garbage. */
export function syncPartOf(message: Uint8Array): SyncPart | null {
  const reader = byteReader(message);
  reader.bytes(); // document name
  if (!SYNC_TYPES.has(reader.varUint())) return null;
  const step = reader.varUint();
  return { step, data: reader.bytes() };
}

/** The Yjs update a message carries (sync step 2 or an update), or null when it carries none. */
export function updateIn(message: Uint8Array): Uint8Array | null {
  const part = syncPartOf(message);
  return part && UPDATE_STEPS.has(part.step) ? part.data : null;
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
