// @vitest-environment node
import { getPaperState } from '../../src/db/paper-queries';
import { restoreStatus, setStatus } from '../../src/db/paper-writes';
import type { PaperState } from '../../src/lib/paper-state';
import { resetDatabase, snapshotOf } from './reset-database';
import { reach, statusFields, TRANSITIONS } from './status-histories';

const ID = 'arxiv:1904.03257';
const snapshot = snapshotOf(ID);
const CHANGED_AT = 10_000;
const UNDONE_AT = 20_000;

beforeEach(resetDatabase);

// Everything but the status, its dates and the write times: Undo must leave it alone.
const STATUS_KEYS = new Set(['status', 'startedAt', 'finishedAt', 'statusChangedAt', 'updatedAt']);
function otherFields(state: PaperState | null) {
  return Object.fromEntries(Object.entries(state ?? {}).filter(([key]) => !STATUS_KEYS.has(key)));
}

describe('restoreStatus, the Undo of a status change', () => {
  it.each(TRANSITIONS)('puts back $from after a change to $to', async ({ steps, to }) => {
    const before = await reach(ID, steps, snapshot);
    await setStatus(ID, to, snapshot, CHANGED_AT);
    expect((await getPaperState(ID))?.status).toBe(to);

    await restoreStatus(ID, statusFields(before), snapshot, UNDONE_AT);
    const after = await getPaperState(ID);
    expect(statusFields(after)).toEqual(statusFields(before));
    // A date the paper did not have is gone, not kept as a stored `undefined`.
    for (const key of ['startedAt', 'finishedAt'] as const) {
      expect(Object.hasOwn(after ?? {}, key)).toBe(before?.[key] !== undefined);
    }
    if (before !== null) expect(otherFields(after)).toEqual(otherFields(before));
    // The Undo is itself the latest status change: merging with another tab or an older backup
    // compares these times, and must not take the Undo back.
    expect(after?.statusChangedAt).toBe(UNDONE_AT);
  });
});
