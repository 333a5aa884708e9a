import { db } from './database';
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

// Reads one record and writes only the fields `decide` changes, because another tab may have
// changed the others since this tab last read them. A missing record is created only when
// the result differs from the defaults, so e.g. saving an empty note stores nothing.
// Call inside a 'rw' transaction on db.papers, so the read and the write are one step.
export async function writePaper(
  id: string,
  snapshot: PaperSnapshot | null,
  now: number,
  decide: (current: PaperState) => PaperChanges,
): Promise<void> {
  const stored = await db.papers.get(id);
  const current = stored ?? newPaperState(id, snapshot, now);
  const changes = changedFields(current, decide(current));
  if (stored === undefined) {
    if (Object.keys(changes).length > 0) await db.papers.add({ ...current, ...changes });
    return;
  }
  // The snapshot is refreshed on every write, so the name shown stays the catalogue's latest.
  const withSnapshot = snapshot
    ? { ...changes, ...changedFields(current, { title: snapshot.title, url: snapshot.url }) }
    : changes;
  if (Object.keys(withSnapshot).length === 0) return;
  // One put of the record read above: inside this readwrite transaction nothing else can write
  // between the read and the put, so only the changed fields differ from what is stored, and it
  // saves the second read that update() would make.
  // A field set to undefined is a field removed (as update() would do), not stored as undefined.
  const next = Object.fromEntries(
    Object.entries({ ...stored, ...withSnapshot, updatedAt: now }).filter(
      ([, v]) => v !== undefined,
    ),
  ) as PaperState;
  await db.papers.put(next);
}

export function inPapersTransaction<T>(fn: () => Promise<T>): Promise<T> {
  return db.transaction('rw', db.papers, fn);
}
