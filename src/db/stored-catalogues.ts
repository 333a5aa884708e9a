import type { Catalogue } from '../lib/catalogue/schema';
import { db } from './database';

/** The catalogues of the lists the user added; none when the database cannot be read. */
export async function readStoredCatalogues(): Promise<Catalogue[]> {
  try {
    return (await db.lists.toArray()).map((list) => list.catalogue);
  } catch {
    return [];
  }
}
