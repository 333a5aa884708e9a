import { useLiveQuery } from 'dexie-react-hooks';
import { db } from './database';
import { runWrite } from './save-status';

type SeenPapers = { paperIds: string[]; at: number };

function isSeenPapers(value: unknown): value is SeenPapers {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as SeenPapers).paperIds) &&
    typeof (value as SeenPapers).at === 'number'
  );
}

/** The meta key under which the paper ids the user last acknowledged for a list are kept. */
export const seenMetaKey = (key: string) => `seen:${key}`;

/** The paper ids the user last acknowledged for a list; null on a first visit. Undefined while loading. */
export function useSeenPaperIds(key: string): string[] | null | undefined {
  return useLiveQuery(async () => {
    const entry = await db.meta.get(seenMetaKey(key));
    return isSeenPapers(entry?.value) ? entry.value.paperIds : null;
  }, [key]);
}

export function markPapersSeen(
  key: string,
  paperIds: readonly string[],
  now = Date.now(),
): Promise<void> {
  return runWrite(
    'what you have seen of the list',
    async () => {
      await db.meta.put({ key: seenMetaKey(key), value: { paperIds: [...paperIds], at: now } });
    },
    { quiet: true },
  );
}
