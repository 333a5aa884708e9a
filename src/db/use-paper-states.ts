import { useLiveQuery } from 'dexie-react-hooks';
import { startTransition, useEffect, useMemo, useState } from 'react';
import { reportReadFailure } from './database-health';
import { differs } from './paper-record';
import { countTagsOfStates, getPaperState } from './paper-queries';
import { currentStates, subscribeToStates, type StatesMap } from './shared-states';
import type { TagCount } from './paper-queries';
import { statesDerivation } from './states-derivation';
import type { PaperState } from '../lib/paper-state';

// A failed read must not take the list down with it: the database banner explains what is
// missing, and writes report "Not saved" on their own.
function orFallback<T>(read: Promise<T>, fallback: T): Promise<T> {
  return read.catch((error: unknown) => {
    reportReadFailure(error);
    return fallback;
  });
}

/**
 * Undefined while loading. Live: writes from this tab and from other tabs show up.
 * The views follow in a transition, not at once: re-rendering a long list right after a write
 * would hold up the next click or keystroke. Whatever was just changed already shows its own
 * optimistic value.
 */
export function usePaperStates(): StatesMap | undefined {
  const [states, setStates] = useState(currentStates);
  useEffect(() => {
    const follow = () => startTransition(() => setStates(currentStates()));
    const unsubscribe = subscribeToStates(follow);
    // The states may have arrived between the first render and this effect.
    follow();
    return unsubscribe;
  }, []);
  return states;
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

// Counted from the states in memory, and again only after a write that changed some tags: a
// live query of the tags index re-read all of it (one cursor step per tag of every paper) after
// any write to a paper with tags, a status change included.
const tagCounts = statesDerivation<TagCount[] | undefined>(
  (states) => states && countTagsOfStates(states.values()),
  (counts, changes) =>
    changes.every(({ before, after }) => !differs(before?.tags ?? [], after?.tags ?? []))
      ? counts
      : null,
);

// Sorted by tag, case-insensitively and in the user's locale. Undefined while loading.
export function useTagCounts(): TagCount[] | undefined {
  const states = usePaperStates();
  return useMemo(() => tagCounts(states), [states]);
}

function newestChange(states: Iterable<{ updatedAt: number }>): number | null {
  let latest: number | null = null;
  for (const { updatedAt } of states) latest = Math.max(latest ?? updatedAt, updatedAt);
  return latest;
}

// Followed from each write's own records: a write moves a paper's `updatedAt` forward, so the
// newest is the newer of the last one and theirs. Anything else (a record removed, or put back
// older by a restore) has them all looked at again.
const latestChange = statesDerivation<number | null>(
  (states) => newestChange(states?.values() ?? []),
  (latest, changes) => {
    const afters: PaperState[] = [];
    for (const { before, after } of changes) {
      if (!after || (before && after.updatedAt < before.updatedAt)) return null;
      afters.push(after);
    }
    return newestChange(latest === null ? afters : [...afters, { updatedAt: latest }]);
  },
);

/** When any paper last changed (null: none has), and how many have a record; undefined while loading. */
export function useLatestChange(): { at: number | null; papers: number } | undefined {
  const states = usePaperStates();
  return useMemo(() => states && { at: latestChange(states), papers: states.size }, [states]);
}
