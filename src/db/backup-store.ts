import type { Backup, BackupContents, ImportedList } from '../lib/backup/backup-format';
import { mergeStates } from '../lib/backup/merge-states';
import { writeBatches } from '../lib/backup/write-batches';
import type { PaperState } from '../lib/paper-state';
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
export type RestoreOptions = {
  /** Papers written so far: once with 0 before the first batch, then after each batch. */
  onProgress?: (written: number, total: number) => void;
};

// A request still in flight while another is awaited: its failure aborts the transaction, which
// rejects the restore, so it must not also surface as an unhandled rejection.
function inFlight<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

type BatchSteps = {
  /** The stored records of a batch, or null when none can exist (no request to wait for). */
  read: (batch: PaperState[]) => Promise<PaperState[]> | null;
  /** What to store for a batch, given its stored records. */
  combine: (batch: PaperState[], stored: PaperState[]) => PaperState[];
  onWritten: (written: number) => void;
};

/**
 * Puts the papers batch by batch inside the caller's transaction, so no single call copies them
 * all at once (that copy blocks the page). The next batch is read before this one is put, and a
 * put is awaited only after the next one is issued: the database writes one batch while the page
 * prepares the next, and every batch still waits on a request, so each runs in its own task.
 * Only database requests are awaited: waiting on anything else would let the transaction commit.
 */
async function putInBatches(batches: PaperState[][], steps: BatchSteps): Promise<void> {
  let reading = batches[0] ? steps.read(batches[0]) : null;
  let writing: { put: Promise<unknown>; count: number } | null = null;
  let written = 0;
  for (const [index, batch] of batches.entries()) {
    const stored = reading ? await reading : [];
    const next = batches[index + 1];
    reading = next ? steps.read(next) : null;
    if (reading) inFlight(reading);
    const put = inFlight(db.papers.bulkPut(steps.combine(batch, stored)));
    if (writing) {
      await writing.put;
      written += writing.count;
      steps.onWritten(written);
    }
    writing = { put, count: batch.length };
  }
  if (writing) {
    await writing.put;
    steps.onWritten(written + writing.count);
  }
}

/**
 * Writes a validated backup in one transaction: it all lands, or nothing changes. Replace makes
 * the data exactly the backup's; merge keeps the newer of each field and both texts of a note
 * changed on both sides.
 */
export function restoreBackup(
  backup: Backup,
  mode: RestoreMode,
  { onProgress }: RestoreOptions = {},
): Promise<RestoreResult> {
  const total = backup.papers.length;
  const onWritten = (written: number) => onProgress?.(written, total);
  const batches = writeBatches(backup.papers);
  return runWrite('the restored backup', () =>
    db.transaction('rw', db.papers, db.lists, async () => {
      onWritten(0);
      if (mode === 'replace') {
        await db.papers.clear();
        await db.lists.clear();
        await putInBatches(batches, { read: () => null, combine: (batch) => batch, onWritten });
        for (const list of backup.lists) await db.lists.put(list);
        return { papers: total, lists: backup.lists.length, conflicts: 0 };
      }
      // One request for the stored keys spares a lookup for each paper the database lacks.
      const storedIds = new Set(await db.papers.toCollection().primaryKeys());
      let papers = 0;
      let conflicts = 0;
      await putInBatches(batches, {
        read: (batch) => {
          const ids = batch.filter((paper) => storedIds.has(paper.id)).map((paper) => paper.id);
          if (ids.length === 0) return null;
          return db.papers
            .bulkGet(ids)
            .then((found) => found.filter((paper) => paper !== undefined));
        },
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
      return { papers, lists: newLists.length, conflicts };
    }),
  );
}
