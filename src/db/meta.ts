import { useLiveQuery } from 'dexie-react-hooks';
import { db } from './database';
import { runWrite } from './save-status';

// Keys of the small values the app keeps beside the papers.
export const META_KEYS = {
  lastBackupAt: 'lastBackupAt',
  activeListId: 'activeListId',
} as const;

export async function getMeta(key: string): Promise<unknown> {
  return (await db.meta.get(key))?.value;
}

export function setMeta(key: string, value: unknown, what: string): Promise<void> {
  return runWrite(what, async () => {
    await db.meta.put({ key, value });
  });
}

/** A live meta value; undefined while loading, null when unset. */
export function useMeta(key: string): unknown {
  return useLiveQuery(async () => (await db.meta.get(key))?.value ?? null, [key]);
}
