import type { Backup, BackupContents, ImportedList } from '../lib/backup/backup-format';
import { settingsForBackup } from '../lib/backup/backup-settings';
import { mergeStates } from '../lib/backup/merge-states';
import { byId, writeBatches } from '../lib/backup/write-batches';
import { MY_PAPERS_ID } from '../lib/papers/my-papers';
import { normaliseStatusDates } from '../lib/status-dates';
import { db } from './database';
import { META_KEYS } from './meta';
import { mergeMyPapersFromBackup } from './my-papers';
import { getNextUpOrder, putNextUpOrder } from './next-up-order';
import { putInBatches, storedPapersReader } from './restore-batches';
import { runWrite } from './save-status';
import { readStoredLists } from './stored-catalogues';

/** Everything the user made, ready for `createBackup`; lists in the current catalogue schema. */
export async function readBackupContents(): Promise<Omit<BackupContents, 'exportedAt' | 'app'>> {
  return db.transaction('r', db.papers, db.lists, db.meta, async () => ({
    papers: await db.papers.toArray(),
    lists: await readStoredLists(),
    nextUpOrder: await getNextUpOrder(),
    settings: settingsForBackup({ currentList: await currentListId() }),
  }));
}

async function currentListId(): Promise<string | undefined> {
  const value = (await db.meta.get(META_KEYS.activeListId))?.value;
  return typeof value === 'string' ? value : undefined;
}

// Replace takes the backup's current list; merge only when this browser never chose one.
async function restoreCurrentList(mode: RestoreMode, currentList: string | undefined) {
  if (currentList === undefined) return;
  if (mode === 'merge' && (await currentListId()) !== undefined) return;
  await db.meta.put({ key: META_KEYS.activeListId, value: currentList });
}

// Replace takes the backup's order; merge keeps this browser's and adds the backup's others
// after it, so no paper the person had lined up drops out of Next up.
async function restoreOrder(backup: Backup, mode: RestoreMode): Promise<void> {
  const current = mode === 'replace' ? [] : await getNextUpOrder();
  const order = [...new Set([...current, ...backup.nextUpOrder])];
  if (mode === 'replace' || order.length !== current.length) await putNextUpOrder(order);
}

export function recordBackupMade(at = Date.now()): Promise<void> {
  return runWrite('the backup time', async () => {
    await db.meta.put({ key: META_KEYS.lastBackupAt, value: at });
  });
}

export type RestoreMode = 'replace' | 'merge';
export type RestoreResult = { papers: number; lists: number; conflicts: number };
export type RestoreOptions = {
  /** Papers written so far: once with 0 before the first batch, then after each batch. */
  onProgress?: (written: number, total: number) => void;
  /** The list to show after the restore, already checked to be one the restored data holds. */
  currentList?: string;
};

/**
 * Writes a validated backup in one transaction: it all lands, or nothing changes. Replace makes
 * the data exactly the backup's; merge keeps the newer of each field and both texts of a note
 * changed on both sides.
 */
export function restoreBackup(
  backup: Backup,
  mode: RestoreMode,
  { onProgress, currentList }: RestoreOptions = {},
): Promise<RestoreResult> {
  const total = backup.papers.length;
  const onWritten = (written: number) => onProgress?.(written, total);
  // In key order, each batch covers its own stretch of keys, which the merge reads in one go.
  // Dates that contradict a status (a file from an older version) follow the status rules.
  const batches = writeBatches(backup.papers.map(normaliseStatusDates).sort(byId));
  return runWrite('the restored backup', () =>
    db.transaction('rw', db.papers, db.lists, db.meta, async () => {
      onWritten(0);
      await restoreOrder(backup, mode);
      await restoreCurrentList(mode, currentList);
      if (mode === 'replace') {
        await db.papers.clear();
        await db.lists.clear();
        await putInBatches(batches, { read: () => null, combine: (batch) => batch, onWritten });
        for (const list of backup.lists) await db.lists.put(list);
        return { papers: total, lists: backup.lists.length, conflicts: 0 };
      }
      // One request for the stored keys spares a lookup for each paper the database lacks.
      const read = storedPapersReader(await db.papers.toCollection().primaryKeys());
      let papers = 0;
      let conflicts = 0;
      await putInBatches(batches, {
        read,
        combine: (batch, stored) => {
          const result = mergeStates(stored, batch);
          papers += result.merged.length;
          conflicts += result.conflicts;
          return result.merged;
        },
        onWritten,
      });
      const known = new Set(await db.lists.toCollection().primaryKeys());
      const newLists: ImportedList[] = backup.lists.filter((list) => !known.has(list.id));
      for (const list of newLists) await db.lists.put(list);
      // My papers on both sides: the backup's papers join this browser's.
      const mine = backup.lists.find((list) => list.id === MY_PAPERS_ID && known.has(list.id));
      if (mine) await mergeMyPapersFromBackup(mine);
      return { papers, lists: newLists.length, conflicts };
    }),
  );
}
