import type { PaperChanges } from './paper-record';
import { inPapersTransaction, writePaper } from './paper-record';
import type { PaperSnapshot, PaperState, ReadingStatus } from '../lib/paper-state';
import { runWrite, SaveError } from './save-status';
import { dateCorrectionProblem, datesForStatus, normaliseStatusDates } from '../lib/status-dates';

// A status change as a pure function of the stored record; its dates follow lib/status-dates.
export function statusChanges(
  current: PaperState,
  status: ReadingStatus,
  now: number,
): PaperChanges {
  if (current.status === status) return {};
  return { status, statusChangedAt: now, ...datesForStatus(current, status, now) };
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

const DATE_FIELDS = ['startedAt', 'finishedAt'] as const;

// For the user correcting dates: a number sets the date, null clears it, a missing key or
// undefined leaves it alone. Resolves with why nothing was written when the paper's status does
// not hold that date or finished would come before started (checked against the stored record,
// after any write still on its way), else with null.
export function setDates(
  id: string,
  dates: DateCorrection,
  snapshot: PaperSnapshot,
  now = Date.now(),
): Promise<string | null> {
  for (const key of DATE_FIELDS) {
    const value = dates[key];
    if (value !== undefined && value !== null && !Number.isFinite(value)) {
      return Promise.reject(new SaveError('Not saved: that is not a valid date.', 'the dates'));
    }
  }
  return runWrite('the dates', () =>
    inPapersTransaction(async () => {
      let refused: string | null = null;
      await writePaper(id, snapshot, now, (current) => {
        // Decided anew on each call: writePaper may ask again about the record it read.
        refused = null;
        let next: PaperState = current;
        for (const key of DATE_FIELDS) {
          const value = dates[key];
          if (value === undefined) continue;
          refused ??= dateCorrectionProblem(next, key, value);
          next = { ...next, [key]: value ?? undefined };
        }
        if (refused !== null) return {};
        // Within one day the times may cross (a start at 15:00, a finish typed in for noon).
        const { startedAt, finishedAt } = normaliseStatusDates(next);
        return { startedAt, finishedAt };
      });
      return refused;
    }),
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
