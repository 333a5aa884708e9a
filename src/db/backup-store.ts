import type { Backup, BackupContents, ImportedList } from '../lib/backup/backup-format';
import { mergeStates } from '../lib/backup/merge-states';
import { db } from './database';
import { META_KEYS } from './meta';
import { runWrite } from './save-status';

/** Everything the user made, ready for `createBackup`. */
export async function readBackupContents(): Promise<Omit<BackupContents, 'exportedAt' | 'app'>> {
  return db.transaction('r', db.papers, db.lists, async () => ({
    papers: await db.papers.toArray(),
    lists: await db.lists.toArray(),
    settings: {},
  }));
}

export function recordBackupMade(at = Date.now()): Promise<void> {
  return runWrite('the backup time', async () => {
    await db.meta.put({ key: META_KEYS.lastBackupAt, value: at });
  });
}

export type RestoreMode = 'replace' | 'merge';
export type RestoreResult = { papers: number; lists: number; conflicts: number };

/**
 * Writes a validated backup in one transaction: it all lands, or nothing changes. Replace makes
 * the data exactly the backup's; merge keeps the newer of each field and both texts of a note
 * changed on both sides.
 */
export function restoreBackup(backup: Backup, mode: RestoreMode): Promise<RestoreResult> {
  return runWrite('the restored backup', () =>
    db.transaction('rw', db.papers, db.lists, async () => {
      if (mode === 'replace') {
        await db.papers.clear();
        await db.lists.clear();
        await db.papers.bulkPut(backup.papers);
        await db.lists.bulkPut(backup.lists);
        return { papers: backup.papers.length, lists: backup.lists.length, conflicts: 0 };
      }
      const ids = backup.papers.map((paper) => paper.id);
      const current = (await db.papers.bulkGet(ids)).filter((paper) => paper !== undefined);
      const { merged, conflicts } = mergeStates(current, backup.papers);
      await db.papers.bulkPut(merged);
      const known = new Set(await db.lists.toCollection().primaryKeys());
      const newLists: ImportedList[] = backup.lists.filter((list) => !known.has(list.id));
      await db.lists.bulkPut(newLists);
      return { papers: merged.length, lists: newLists.length, conflicts };
    }),
  );
}
