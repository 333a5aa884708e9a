import { toDateInputValue } from './dates';
import type { PaperState } from './paper-state';
import { STATUS_LABELS, type ReadingStatus } from './reading-status';

/*
 * Which reading dates each status holds, in one place for every write (status change, date
 * correction, Undo, backup restore and merge, sync):
 *   Unread, To read  no dates
 *   Reading          a started date, no finished date
 *   Read             a finished date, and the started date if it has one (never after finished)
 */

export type StatusDates = Pick<PaperState, 'status' | 'startedAt' | 'finishedAt'>;
export type DateField = 'startedAt' | 'finishedAt';

export function holdsDate(status: ReadingStatus, field: DateField): boolean {
  return field === 'startedAt' ? status === 'reading' || status === 'read' : status === 'read';
}

// Compared as calendar days, as the fields show them: a date typed in today (noon) is not
// "before" a start set by a status change at 15:00 the same day.
const day = (time: number) => toDateInputValue(time);

/** The dates a paper holds once its status becomes `status` at `now`. */
export function datesForStatus(
  current: StatusDates,
  status: ReadingStatus,
  now: number,
): Pick<PaperState, DateField> {
  if (status === 'reading') return { startedAt: current.startedAt ?? now, finishedAt: undefined };
  if (status === 'read') {
    const finishedAt = (current.status === 'read' ? current.finishedAt : undefined) ?? now;
    // A paper marked Read straight away was started and finished the same day.
    const startedAt = Math.min(current.startedAt ?? now, finishedAt);
    return { startedAt, finishedAt };
  }
  return { startedAt: undefined, finishedAt: undefined };
}

/**
 * A record whose dates contradict its status (from a backup, a merge, another device or an older
 * version of the app), brought in line with the rules above. A date the status needs but lacks is
 * the time the status last changed. The same object comes back when nothing is wrong.
 */
export function normaliseStatusDates<T extends PaperState>(state: T): T {
  const fallback = state.statusChangedAt ?? state.updatedAt;
  let { startedAt, finishedAt } = state;
  if (!holdsDate(state.status, 'startedAt')) startedAt = undefined;
  // Stryker disable next-line StringLiteral: holdsDate reads any field but 'startedAt' as the finished date
  if (!holdsDate(state.status, 'finishedAt')) finishedAt = undefined;
  if (state.status === 'reading') startedAt ??= fallback;
  if (state.status === 'read') {
    finishedAt ??= fallback;
    if (startedAt !== undefined) startedAt = Math.min(startedAt, finishedAt);
  }
  if (startedAt === state.startedAt && finishedAt === state.finishedAt) return state;
  const next: T = { ...state, startedAt, finishedAt };
  if (startedAt === undefined) delete next.startedAt;
  if (finishedAt === undefined) delete next.finishedAt;
  return next;
}

const dayName = (time: number) =>
  new Date(time).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

/**
 * Why a correction of one date is refused, in words for the field; null when it may be saved.
 * `value` is the new date, or null to clear it.
 */
export function dateCorrectionProblem(
  state: StatusDates,
  field: DateField,
  value: number | null,
): string | null {
  const status = STATUS_LABELS[state.status];
  if (!holdsDate(state.status, field)) {
    return field === 'startedAt'
      ? `A paper marked ${status} has no started date: mark it Reading or Read first.`
      : `Only a paper marked Read has a finished date.`;
  }
  if (value === null) {
    if (field === 'finishedAt') return 'A read paper keeps its finished date: pick another day.';
    return state.status === 'reading'
      ? 'A paper you are reading keeps its started date: pick another day.'
      : null;
  }
  if (
    field === 'finishedAt' &&
    // Stryker disable next-line ConditionalExpression: without a start, day() gives '', and no day sorts before ''
    state.startedAt !== undefined &&
    day(value) < day(state.startedAt)
  ) {
    return `Finished can’t be before Started (${dayName(state.startedAt)}).`;
  }
  if (
    field === 'startedAt' &&
    state.finishedAt !== undefined &&
    day(value) > day(state.finishedAt)
  ) {
    return `Started can’t be after Finished (${dayName(state.finishedAt)}).`;
  }
  return null;
}
