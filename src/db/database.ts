import { Dexie, type EntityTable } from 'dexie';
import type { PaperState } from '../lib/paper-state';

export class ReadmarkDatabase extends Dexie {
  // `declare` so that no class field initialiser overwrites the table Dexie attaches.
  declare papers: EntityTable<PaperState, 'id'>;

  constructor(name: string) {
    super(name);
    // Versions are appended, never edited: every shipped version is already on users' disks,
    // and Dexie upgrades from whichever one it finds there.
    this.version(1).stores({ papers: 'id, status, updatedAt, *tags' });
  }
}

export function createDatabase(name = 'readmark'): ReadmarkDatabase {
  return new ReadmarkDatabase(name);
}

export const db = createDatabase();
