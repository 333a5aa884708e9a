import type { ImportedList } from '../../lib/backup/backup-format';
import { importedListSchema } from '../../lib/backup/backup-format';
import { listsMap, settingsMap } from '../../lib/sync/library-doc';
import { db } from '../database';
import { runWrite } from '../save-status';
import { BRIDGE_ORIGIN, type BridgeState } from './bridge-state';
import { FROM_OTHER_DEVICES } from './paper-sync';

// The meta key of the Next up order (next-up-order.ts spells it the same).
const ORDER_KEY = 'nextUpOrder';

/** Copies added, changed and removed lists from the table into the document. */
export async function pushLists(state: BridgeState): Promise<void> {
  const lists = await db.lists.toArray();
  const map = listsMap(state.doc);
  state.doc.transact(() => {
    const present = new Set<string>();
    for (const list of lists) {
      present.add(list.id);
      const json = JSON.stringify(list);
      if (state.lists.get(list.id) === json) continue;
      map.set(list.id, list);
      state.lists.set(list.id, json);
    }
    for (const id of [...state.lists.keys()]) {
      if (present.has(id)) continue;
      map.delete(id);
      state.lists.delete(id);
    }
  }, BRIDGE_ORIGIN);
}

// A list from another device crosses a boundary: it is checked as a backup's list would be.
function validList(value: unknown): ImportedList | null {
  const parsed = importedListSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** Copies the document's lists into the table: new and changed ones, and removals. */
export async function pullLists(state: BridgeState): Promise<void> {
  await pushLists(state);
  const map = listsMap(state.doc);
  const incoming = new Map<string, string>();
  const puts: ImportedList[] = [];
  for (const [id, value] of map) {
    const list = validList(value);
    if (!list) continue;
    const json = JSON.stringify(value);
    incoming.set(id, json);
    if (state.lists.get(id) !== json) puts.push(list);
  }
  const deletes = [...state.lists.keys()].filter((id) => !incoming.has(id));
  if (puts.length === 0 && deletes.length === 0) return;
  await runWrite(
    FROM_OTHER_DEVICES,
    () =>
      db.transaction('rw', db.lists, async () => {
        await db.lists.bulkPut(puts);
        await db.lists.bulkDelete(deletes);
      }),
    { quiet: true },
  );
  state.lists = incoming;
}

function orderOf(value: unknown): string[] | null {
  return Array.isArray(value) && value.every((id) => typeof id === 'string') ? value : null;
}

/** The Next up order follows the person: the last one chosen on any device wins. */
export async function pushOrder(state: BridgeState): Promise<void> {
  const order = orderOf((await db.meta.get(ORDER_KEY))?.value);
  const json = order ? JSON.stringify(order) : undefined;
  if (json === undefined || json === state.order) return;
  state.doc.transact(() => settingsMap(state.doc).set(ORDER_KEY, order), BRIDGE_ORIGIN);
  state.order = json;
}

export async function pullOrder(state: BridgeState): Promise<void> {
  const order = orderOf(settingsMap(state.doc).get(ORDER_KEY));
  const json = order ? JSON.stringify(order) : undefined;
  if (json === undefined || json === state.order) return;
  await runWrite(FROM_OTHER_DEVICES, () => db.meta.put({ key: ORDER_KEY, value: order }), {
    quiet: true,
  });
  state.order = json;
}
