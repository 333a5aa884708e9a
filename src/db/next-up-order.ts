import { useMemo } from 'react';
import { db } from './database';
import { getMeta, setMeta, useMeta } from './meta';

// Not in META_KEYS (that file belongs to the app shell); the one place this key is spelled.
const NEXT_UP_ORDER_KEY = 'nextUpOrder';

// Meta values are untyped in the database: anything but a list of ids (a value from a future
// version, say) reads as "no order chosen yet" rather than breaking the page.
function toOrder(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
}

export async function getNextUpOrder(): Promise<string[]> {
  return toOrder(await getMeta(NEXT_UP_ORDER_KEY));
}

/** The paper ids of Next up in the user's order; live, undefined while loading, [] when unset. */
export function useNextUpOrder(): string[] | undefined {
  const value = useMeta(NEXT_UP_ORDER_KEY);
  return useMemo(() => (value === undefined ? undefined : toOrder(value)), [value]);
}

/** Writes the order without a save of its own: for a caller's transaction (a restore). */
export async function putNextUpOrder(ids: string[]): Promise<void> {
  await db.meta.put({ key: NEXT_UP_ORDER_KEY, value: ids });
}

export function saveNextUpOrder(ids: string[]): Promise<void> {
  return setMeta(NEXT_UP_ORDER_KEY, ids, 'the Next up order');
}
