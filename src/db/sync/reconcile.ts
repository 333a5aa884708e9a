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

// Papers reconciled per step. Each step is its own document change (so its own message to the
// server, far under the server's size limit at any library size) and its own short task.
const BATCH = 250;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Reconciles the papers `ids`; returns how many came in from the account. */
function reconcileBatch(state: BridgeState, ids: string[], mode: ReconcileMode): Promise<number> {
  return runWrite(
    FROM_OTHER_DEVICES,
    () =>
      db.transaction('rw', db.papers, async () => {
        const records = await db.papers.bulkGet(ids);
        const puts: PaperState[] = [];
        let added = 0;
        state.doc.transact(() => {
          ids.forEach((id, i) => {
            const record = records[i];
            const current = readPaper(state.doc, id);
            const next =
              record && current ? reconciled(record, current, mode) : (record ?? current);
            if (!next) return;
            if (!sameContent(next, current)) writePaper(state.doc, next, current);
            if (!sameContent(next, record)) puts.push(next);
            if (!record) added += 1;
            state.papers.set(id, next);
          });
        }, BRIDGE_ORIGIN);
        await db.papers.bulkPut(puts);
        return added;
      }),
    { quiet: true },
  );
}

/** Returns how many papers came in from the account that this device did not have. */
export async function reconcile(state: BridgeState, mode: ReconcileMode): Promise<number> {
  const tableIds = (await db.papers.toCollection().primaryKeys()).map(String);
  const ids = [...new Set([...tableIds, ...paperIds(state.doc)])];
  let cameIn = 0;
  for (let start = 0; start < ids.length; start += BATCH) {
    cameIn += await reconcileBatch(state, ids.slice(start, start + BATCH), mode);
    await nextTask();
  }
  await pullLists(state);
  // On joining, the account's order wins when it has one; else this device's becomes it.
  await pullOrder(state);
  await pushOrder(state);
  return cameIn;
}
