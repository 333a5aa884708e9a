import type { Catalogue } from '../lib/catalogue/schema';
import { upgradeList } from '../lib/lists/upgrade-list';
import { db, type StoredList } from './database';

/**
 * The lists the user added, by id, each with its catalogue in the current schema version. Every
 * read of stored lists goes through here: the disk keeps whatever version wrote them.
 */
export async function readStoredLists(): Promise<StoredList[]> {
  return (await db.lists.orderBy('id').toArray()).map(upgradeList);
}

/** The catalogues of the lists the user added; none when the database cannot be read. */
export async function readStoredCatalogues(): Promise<Catalogue[]> {
  try {
    return (await readStoredLists()).map((list) => list.catalogue);
  } catch {
    return [];
  }
}
