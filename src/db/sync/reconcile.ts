import { mergeState } from '../../lib/backup/merge-states';
import type { PaperState } from '../../lib/paper-state';
import { paperIds, readPaper, sameContent, writePaper } from '../../lib/sync/library-doc';
import { db } from '../database';
import { runWrite } from '../save-status';
import { uniqueTags } from '../tag-names';
import { BRIDGE_ORIGIN, type BridgeState } from './bridge-state';
import { pullLists, pullOrder, pushOrder } from './list-sync';
import { FROM_OTHER_DEVICES } from './paper-sync';

/**
 * How the two sides are brought together when the bridge starts:
 * - `join`: this device's library meets the account's for the first time. Nothing on either side
 *   is dropped: status and dates from the side that changed them last, the tags of both, and
 *   two different notes both kept (as a backup merge keeps them).
 * - `resume`: the device has synced before; a side differs only because a change reached one of
 *   them before the page closed (or while sync was off), so the newer one wins, note included.
 */
export type ReconcileMode = 'join' | 'resume';

const noteTime = (state: PaperState) => state.noteUpdatedAt ?? state.updatedAt;

function reconciled(table: PaperState, doc: PaperState, mode: ReconcileMode): PaperState {
  const { state } = mergeState(table, doc);
  if (mode === 'join')
    return { ...state, tags: uniqueTags([...state.tags, ...table.tags, ...doc.tags]) };
  const newer = noteTime(doc) > noteTime(table) ? doc : table;
  return { ...state, note: newer.note };
}

/** Returns how many papers came in from the account that this device did not have. */
export async function reconcile(state: BridgeState, mode: ReconcileMode): Promise<number> {
  const cameIn = await runWrite(
    FROM_OTHER_DEVICES,
    () =>
      db.transaction('rw', db.papers, async () => {
        const records = new Map((await db.papers.toArray()).map((r) => [r.id, r]));
        const puts: PaperState[] = [];
        let added = 0;
        state.doc.transact(() => {
          for (const [id, record] of records) {
            const current = readPaper(state.doc, id);
            const next = current ? reconciled(record, current, mode) : record;
            if (!sameContent(next, current)) writePaper(state.doc, next, current);
            if (!sameContent(next, record)) puts.push(next);
            state.papers.set(id, next);
          }
          for (const id of paperIds(state.doc)) {
            const current = readPaper(state.doc, id);
            if (records.has(id) || !current) continue;
            puts.push(current);
            state.papers.set(id, current);
            added += 1;
          }
        }, BRIDGE_ORIGIN);
        await db.papers.bulkPut(puts);
        return added;
      }),
    { quiet: true },
  );
  await pullLists(state);
  // On joining, the account's order wins when it has one; else this device's becomes it.
  await pullOrder(state);
  await pushOrder(state);
  return cameIn;
}
