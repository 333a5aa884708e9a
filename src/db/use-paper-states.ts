import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { db } from './database';
import { reportReadFailure } from './database-health';
import { getPaperState, getTagCounts } from './paper-queries';
import type { TagCount } from './paper-queries';
import type { PaperState } from '../lib/paper-state';

// A failed read must not take the list down with it: the database banner explains what is
// missing, and writes report "Not saved" on their own.
function orFallback<T>(read: Promise<T>, fallback: T): Promise<T> {
  return read.catch((error: unknown) => {
    reportReadFailure(error);
    return fallback;
  });
}

// Undefined while loading. Live: writes from this tab and from other tabs show up.
export function usePaperStates(): ReadonlyMap<string, PaperState> | undefined {
  const list = useLiveQuery(() => orFallback(db.papers.toArray(), []));
  return useMemo(
    () => (list === undefined ? undefined : new Map(list.map((state) => [state.id, state]))),
    [list],
  );
}

// Undefined while loading, null when there is no record. Never the previous id's record:
// when `id` changes, useLiveQuery keeps returning the old result until the new one arrives,
// so the result carries the id it was read for.
export function usePaperState(id: string): PaperState | null | undefined {
  const result = useLiveQuery(
    async () => ({ id, state: await orFallback(getPaperState(id), null) }),
    [id],
  );
  return result?.id === id ? result.state : undefined;
}

// Sorted by tag, case-insensitively and in the user's locale. Undefined while loading.
export function useTagCounts(): TagCount[] | undefined {
  return useLiveQuery(() => orFallback(getTagCounts(), []));
}
