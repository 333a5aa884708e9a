import { Dexie, type EntityTable } from 'dexie';
import type { ImportedList } from '../lib/backup/backup-format';
import type { PaperState } from '../lib/paper-state';
import { declareVersions } from './versions';

/** A list the user added besides the default one (stored whole, validated when added). */
export type StoredList = ImportedList;

/** Small pieces of app state: what the user last saw of a list, the last backup time. */
export type MetaEntry = { key: string; value: unknown };

export class ReadmarkDatabase extends Dexie {
  // `declare` so that no class field initialiser overwrites the tables Dexie attaches.
  declare papers: EntityTable<PaperState, 'id'>;
  declare lists: EntityTable<StoredList, 'id'>;
  declare meta: EntityTable<MetaEntry, 'key'>;

  constructor(name: string) {
    // Live query results are frozen rather than deep-cloned on every write: with thousands of
    // states, cloning them all again after each status change was most of the write's cost.
    super(name, { cache: 'immutable' });
    declareVersions(this);
  }
}

export function createDatabase(name = 'readmark'): ReadmarkDatabase {
  return new ReadmarkDatabase(name);
}

export const db = createDatabase();
