import { useLiveQuery } from 'dexie-react-hooks';
import type { ImportedList } from '../lib/backup/backup-format';
import { db } from './database';
import { runWrite } from './save-status';
import { readStoredLists } from './stored-catalogues';

/** The lists the user added, upgraded to the current catalogue schema as they are read. */
export function useStoredLists(): ImportedList[] | undefined {
  return useLiveQuery(readStoredLists);
}

/** Adds a list, or replaces the one with the same id (the same file added again). */
export function saveList(list: ImportedList): Promise<void> {
  return runWrite('the list', async () => {
    await db.lists.put(list);
  });
}

/** Removes a list; the user's notes on its papers stay (they are keyed by paper, not list). */
export function removeList(id: string): Promise<void> {
  return runWrite('the list', async () => {
    await db.lists.delete(id);
  });
}
