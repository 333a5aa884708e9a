import { getPaperState } from '../../src/db/paper-queries';
import { setStatus } from '../../src/db/paper-writes';
import type { PaperSnapshot, PaperState } from '../../src/lib/paper-state';
import { READING_STATUSES, type ReadingStatus } from '../../src/lib/reading-status';

/**
 * Each status as a user reaches it, by the real writes: the dates a record carries depend on
 * its past (an unread paper that was once read keeps its start date), and Undo must put back
 * whichever dates it had.
 */
const HISTORIES: readonly { name: string; steps: readonly ReadingStatus[] }[] = [
  { name: 'unread, never touched', steps: [] },
  { name: 'unread, once read', steps: ['reading', 'read', 'unread'] },
  { name: 'to read', steps: ['to-read'] },
  { name: 'to read, once read', steps: ['reading', 'read', 'to-read'] },
  { name: 'reading', steps: ['to-read', 'reading'] },
  { name: 'read', steps: ['reading', 'read'] },
];

export type Transition = { from: string; steps: readonly ReadingStatus[]; to: ReadingStatus };

/** Every history to every other status: the 4×4 statuses minus staying put, and more. */
export const TRANSITIONS: readonly Transition[] = HISTORIES.flatMap(({ name, steps }) =>
  READING_STATUSES.filter((to) => to !== (steps.at(-1) ?? 'unread')).map((to) => ({
    from: name,
    steps,
    to,
  })),
);

/** Replays the history a second apart, starting at 1 s; returns the stored record, if any. */
export async function reach(
  id: string,
  steps: readonly ReadingStatus[],
  snapshot: PaperSnapshot,
): Promise<PaperState | null> {
  for (const [index, status] of steps.entries()) {
    await setStatus(id, status, snapshot, (index + 1) * 1000);
  }
  return getPaperState(id);
}

/** What a status change may change and Undo must put back; a missing record is unread. */
export function statusFields(state: PaperState | null) {
  return {
    status: state?.status ?? 'unread',
    startedAt: state?.startedAt,
    finishedAt: state?.finishedAt,
  };
}
