import { readPaper, removePaper, sameContent, writePaper } from '../../lib/sync/library-doc';
import { db } from '../database';
import { runWrite } from '../save-status';
import { BRIDGE_ORIGIN, type BridgeState } from './bridge-state';

export const FROM_OTHER_DEVICES = 'changes from your other devices';

/**
 * Copies what changed in the table since the last agreement into the document. `ids` null
 * means the whole table (after a clear). Returns the ids whose document state now differs from
 * the table's (a change from elsewhere was merged in) and so must be copied back.
 */
export async function pushPapers(state: BridgeState, ids: string[] | null): Promise<string[]> {
  const records = ids === null ? await db.papers.toArray() : await db.papers.bulkGet(ids);
  const present = new Set<string>();
  const differ: string[] = [];
  state.doc.transact(() => {
    for (const record of records) {
      if (!record) continue;
      present.add(record.id);
      const agreed = state.papers.get(record.id);
      if (sameContent(record, agreed)) continue;
      writePaper(state.doc, record, agreed);
      state.papers.set(record.id, record);
      if (!sameContent(readPaper(state.doc, record.id), record)) differ.push(record.id);
    }
    // A paper the table no longer has was removed here (a restore that replaced everything).
    for (const id of ids ?? [...state.papers.keys()]) {
      if (present.has(id) || !state.papers.has(id)) continue;
      removePaper(state.doc, id);
      state.papers.delete(id);
    }
  }, BRIDGE_ORIGIN);
  return differ;
}

/**
 * Copies what the document received from elsewhere into the table, in one transaction. A local
 * change not yet in the document goes into it first, so the two merge instead of one undoing
 * the other.
 */
export function pullPapers(state: BridgeState, ids: string[]): Promise<void> {
  return runWrite(
    FROM_OTHER_DEVICES,
    async () => {
      const agreed = await db.transaction('rw', db.papers, async () => {
        const records = await db.papers.bulkGet(ids);
        const settled = new Map<string, ReturnType<typeof readPaper>>();
        state.doc.transact(() => {
          ids.forEach((id, i) => {
            const record = records[i];
            const before = state.papers.get(id);
            if (record && !sameContent(record, before)) {
              writePaper(state.doc, record, before);
              state.papers.set(id, record);
            }
            settled.set(id, readPaper(state.doc, id));
          });
        }, BRIDGE_ORIGIN);
        const puts = [];
        const deletes = [];
        for (const [i, id] of ids.entries()) {
          const next = settled.get(id);
          const record = records[i];
          if (next && !sameContent(next, record)) puts.push(next);
          // Removed elsewhere: only a paper this device had agreed on goes (one it never shared stays).
          if (!next && record && state.papers.has(id)) deletes.push(id);
        }
        await db.papers.bulkPut(puts);
        await db.papers.bulkDelete(deletes);
        return settled;
      });
      // Only once the table has it: were the write lost, the next pull tries again.
      for (const [id, next] of agreed) {
        if (next) state.papers.set(id, next);
        else state.papers.delete(id);
      }
    },
    { quiet: true },
  );
}
