import type { PaperChanges } from './paper-record';
import { inPapersTransaction, writePaper } from './paper-record';
import type { PaperSnapshot, PaperState, ReadingStatus } from '../lib/paper-state';
import { runWrite, SaveError } from './save-status';

// The date rules of a status change, as a pure function of the stored record.
export function statusChanges(
  current: PaperState,
  status: ReadingStatus,
  now: number,
): PaperChanges {
  if (current.status === status) return {};
  const changes: PaperChanges = { status, statusChangedAt: now };
  if ((status === 'reading' || status === 'read') && current.startedAt === undefined) {
    changes.startedAt = now;
  }
  if (status === 'read') changes.finishedAt = now;
  else if (current.finishedAt !== undefined) changes.finishedAt = undefined;
  return changes;
}

export function setStatus(
  id: string,
  status: ReadingStatus,
  snapshot: PaperSnapshot,
  now = Date.now(),
): Promise<void> {
  return runWrite('the status', () =>
    inPapersTransaction(() =>
      writePaper(id, snapshot, now, (current) => statusChanges(current, status, now)),
    ),
  );
}

export type DateCorrection = { startedAt?: number | null; finishedAt?: number | null };

// For the user correcting dates: a number sets the date, null clears it, a missing key or
// undefined leaves it alone.
export function setDates(
  id: string,
  dates: DateCorrection,
  snapshot: PaperSnapshot,
  now = Date.now(),
): Promise<void> {
  const changes: PaperChanges = {};
  for (const key of ['startedAt', 'finishedAt'] as const) {
    const value = dates[key];
    if (value === undefined) continue;
    if (value !== null && !Number.isFinite(value)) {
      return Promise.reject(new SaveError('Not saved: that is not a valid date.', 'the dates'));
    }
    changes[key] = value ?? undefined;
  }
  return runWrite('the dates', () =>
    inPapersTransaction(() => writePaper(id, snapshot, now, () => changes)),
  );
}

export function saveNote(
  id: string,
  note: string,
  snapshot: PaperSnapshot,
  now = Date.now(),
): Promise<void> {
  return runWrite('the note', () =>
    inPapersTransaction(() =>
      writePaper(id, snapshot, now, (current) =>
        current.note === note ? {} : { note, noteUpdatedAt: now },
      ),
    ),
  );
}

export type StatusFields = Pick<PaperState, 'status' | 'startedAt' | 'finishedAt'>;

/** Puts a paper's status and dates back exactly as they were (the Undo of a status change). */
export function restoreStatus(
  id: string,
  previous: StatusFields,
  snapshot: PaperSnapshot,
  now = Date.now(),
): Promise<void> {
  return runWrite('the status', () =>
    inPapersTransaction(() =>
      writePaper(id, snapshot, now, () => ({
        status: previous.status,
        statusChangedAt: now,
        startedAt: previous.startedAt,
        finishedAt: previous.finishedAt,
      })),
    ),
  );
}
