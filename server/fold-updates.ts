// The snapshot a compaction writes: the document's current state plus whatever the stored
// snapshot and appended updates hold that this state lacks. With one server, that extra is
// usually nothing; with several on one database, it is what another server stored and this one
// has not heard of yet, which must not be dropped with the rows.
import * as Y from 'yjs';

export function foldUpdates(state: Uint8Array, stored: Uint8Array[]): Uint8Array {
  if (stored.length === 0) return state;
  const covered = Y.encodeStateVectorFromUpdate(state);
  // Only the parts missing from `state`, so deleted text already dropped from it stays dropped.
  const missing = stored.map((update) => Y.diffUpdate(update, covered));
  return Y.mergeUpdates([state, ...missing]);
}
