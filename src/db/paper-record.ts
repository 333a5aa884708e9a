import { db } from './database';
import { currentStates } from './shared-states';
import type { PaperSnapshot, PaperState } from '../lib/paper-state';

export type PaperChanges = Partial<Omit<PaperState, 'id' | 'createdAt'>>;

function newPaperState(id: string, snapshot: PaperSnapshot | null, now: number): PaperState {
  return {
    id,
    title: snapshot?.title ?? '',
    url: snapshot?.url ?? '',
    status: 'unread',
    note: '',
    tags: [],
    createdAt: now,
    updatedAt: now,
  };
}

export function differs(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length !== b.length || a.some((value, index) => value !== b[index]);
  }
  return a !== b;
}

function changedFields(current: PaperState, wanted: PaperChanges): PaperChanges {
  const changes: Record<string, unknown> = {};
  for (const key of Object.keys(wanted) as (keyof PaperChanges)[]) {
    if (differs(current[key], wanted[key])) changes[key] = wanted[key];
  }
  return changes as PaperChanges;
}

// What a write makes of the stored record (undefined: there is none): the record to put, or null
// when nothing would change. A missing record is created only when the result differs from the
// defaults, so e.g. saving an empty note stores nothing.
function outcome(
  stored: PaperState | undefined,
  id: string,
  snapshot: PaperSnapshot | null,
  now: number,
  decide: (current: PaperState) => PaperChanges,
): PaperState | null {
  const current = stored ?? newPaperState(id, snapshot, now);
  const changes = changedFields(current, decide(current));
  if (stored === undefined) {
    return Object.keys(changes).length > 0 ? { ...current, ...changes } : null;
  }
  // The snapshot is refreshed on every write, so the name shown stays the catalogue's latest.
  const withSnapshot = snapshot
    ? { ...changes, ...changedFields(current, { title: snapshot.title, url: snapshot.url }) }
    : changes;
  if (Object.keys(withSnapshot).length === 0) return null;
  // Only the changed fields differ from what is stored (see writePaper).
  // A field set to undefined is a field removed (as update() would do), not stored as undefined.
  return Object.fromEntries(
    Object.entries({ ...stored, ...withSnapshot, updatedAt: now }).filter(
      ([, v]) => v !== undefined,
    ),
  ) as PaperState;
}

/** Whether two records hold the same fields and values (tags compared item by item). */
export function sameRecord(a: PaperState | undefined, b: PaperState | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  const keys = Object.keys(a) as (keyof PaperState)[];
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => key in b && !differs(a[key], b[key]))
  );
}

// Reads one record and writes only the fields `decide` changes, because another tab may have
// changed the others since this tab last read them. Call inside a 'rw' transaction on
// db.papers, so the read and the write are one step: nothing else can write between them, and
// the put is of the record read, so it saves the second read that update() would make.
// When the states in memory (shared-states) hold the record, the write is sent along with the
// read instead of after it (one round trip to IndexedDB less, which a status change waits
// for); should the read find the record otherwise, the right write follows in the same
// transaction, so what is stored is what the read-then-write would store. `decide` may be
// called twice, so it must not keep anything from one call to the next.
export async function writePaper(
  id: string,
  snapshot: PaperSnapshot | null,
  now: number,
  decide: (current: PaperState) => PaperChanges,
): Promise<void> {
  const states = currentStates();
  if (!states) {
    const stored = await db.papers.get(id);
    const next = outcome(stored, id, snapshot, now, decide);
    if (next) await db.papers.put(next);
    return;
  }
  const expected = states.get(id);
  const guess = outcome(expected, id, snapshot, now, decide);
  const [stored] = await Promise.all([db.papers.get(id), guess && db.papers.put(guess)]);
  if (sameRecord(stored, expected)) return;
  const next = outcome(stored, id, snapshot, now, decide);
  if (next) await db.papers.put(next);
  // Nothing to write after all: the guess is taken back.
  else if (guess) await (stored ? db.papers.put(stored) : db.papers.delete(id));
}

export function inPapersTransaction<T>(fn: () => Promise<T>): Promise<T> {
  return db.transaction('rw', db.papers, fn);
}
