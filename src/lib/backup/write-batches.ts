import type { PaperState } from '../paper-state';

export type BatchLimits = { maxRecords: number; maxChars: number };

// Copying a batch into IndexedDB blocks the page; about half a megabyte (some 500 typical
// records) keeps that well under 50 ms on a slow machine, with few enough round trips.
export const WRITE_BATCH_LIMITS: BatchLimits = { maxRecords: 500, maxChars: 512 * 1024 };

// Strings dominate what structured cloning costs; the fixed part stands for the other fields.
function sizeOf(state: PaperState): number {
  let chars = 200 + state.id.length + state.title.length + state.url.length + state.note.length;
  for (const tag of state.tags) chars += tag.length;
  return chars;
}

/**
 * Consecutive slices of `states`, each within both limits (a single record larger than
 * `maxChars` gets a batch of its own). Empty input gives no batches.
 */
export function writeBatches(
  states: readonly PaperState[],
  limits: BatchLimits = WRITE_BATCH_LIMITS,
): PaperState[][] {
  const batches: PaperState[][] = [];
  let start = 0;
  let chars = 0;
  states.forEach((state, index) => {
    const size = sizeOf(state);
    const count = index - start;
    if (count > 0 && (count >= limits.maxRecords || chars + size > limits.maxChars)) {
      batches.push(states.slice(start, index));
      start = index;
      chars = 0;
    }
    chars += size;
  });
  if (start < states.length) batches.push(states.slice(start));
  return batches;
}

// Code-unit order, which is also how IndexedDB orders string keys.
export const byId = (a: { id: string }, b: { id: string }) =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** The first index in ascending `keys` whose key is not below `key`. */
function lowerBound(keys: readonly string[], key: string, strictlyAbove = false): number {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    // Stryker disable next-line StringLiteral: middle is always below keys.length, so keys[middle] is a string and the fallback (there for the type) is never read
    const below = strictlyAbove ? (keys[middle] ?? '') <= key : (keys[middle] ?? '') < key;
    if (below) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** How many of the ascending `keys` lie between `low` and `high`, both included. */
export function countBetween(keys: readonly string[], low: string, high: string): number {
  if (high < low) return 0;
  return lowerBound(keys, high, true) - lowerBound(keys, low);
}
