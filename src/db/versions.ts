import type { Dexie, Transaction } from 'dexie';
import type { PaperState } from '../lib/paper-state';

// Every schema version ever shipped, in order. Appended, never edited: each one is already on
// users' disks, and Dexie upgrades from whichever it finds there.
type SchemaVersion = {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<unknown>;
};

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  { version: 1, stores: { papers: 'id, status, updatedAt, *tags' } },
  {
    // v2: imported lists (other awesome lists), app metadata (what the user saw of each list,
    // last backup), and a time for tag changes so a backup merge can tell which tags are newer.
    version: 2,
    stores: { lists: 'id', meta: 'key' },
    upgrade: (tx) =>
      tx
        .table<PaperState, string>('papers')
        .toCollection()
        .modify((paper) => {
          if (paper.tagsUpdatedAt === undefined && paper.tags.length > 0) {
            paper.tagsUpdatedAt = paper.updatedAt;
          }
        }),
  },
];

export const LATEST_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;

/** Declares the versions up to `upTo` (tests open a database as an older release wrote it). */
export function declareVersions(db: Dexie, upTo = LATEST_VERSION): void {
  for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
    if (version > upTo) break;
    const declared = db.version(version).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
}
