import { RangeSet } from 'dexie';
import { db } from '../../src/db/database';
import { saveNote, setStatus } from '../../src/db/paper-writes';
import {
  changedIdsBetween,
  currentStates,
  subscribeToStates,
  touchedIds,
} from '../../src/db/shared-states';
import { resetDatabase, snapshotOf } from './reset-database';

beforeEach(resetDatabase);

describe('touchedIds', () => {
  it('lists the keys a write touched', () => {
    expect(touchedIds(new RangeSet().addKeys(['b', 'a', 'c']))?.sort()).toEqual(['a', 'b', 'c']);
    expect(touchedIds(new RangeSet())).toEqual([]);
  });

  it('gives up on a range of keys, or on very many keys', () => {
    expect(touchedIds(new RangeSet('a', 'z'))).toBeNull();
    const many = Array.from({ length: 501 }, (_, i) => `p${i}`);
    expect(touchedIds(new RangeSet().addKeys(many))).toBeNull();
  });
});

describe('shared states', () => {
  async function following() {
    let calls = 0;
    const unsubscribe = subscribeToStates(() => (calls += 1));
    await vi.waitFor(() => expect(currentStates()).toBeDefined());
    return { unsubscribe, calls: () => calls };
  }

  it('reads every state once, then follows each write', async () => {
    await saveNote('p1', 'first', snapshotOf('p1'));
    const { unsubscribe } = await following();
    expect(currentStates()?.get('p1')?.note).toBe('first');
    await setStatus('p2', 'read', snapshotOf('p2'));
    await vi.waitFor(() => expect(currentStates()?.get('p2')?.status).toBe('read'));
    await saveNote('p1', 'second', snapshotOf('p1'));
    await vi.waitFor(() => expect(currentStates()?.get('p1')?.note).toBe('second'));
    unsubscribe();
    expect(currentStates()).toBeUndefined();
  });

  it('follows writes it did not make, deletions and a cleared table', async () => {
    const { unsubscribe } = await following();
    await db.papers.bulkPut(
      Array.from({ length: 60 }, (_, i) => ({
        id: `q${i}`,
        ...snapshotOf(`q${i}`),
        status: 'read' as const,
        note: '',
        tags: [],
        createdAt: 1,
        updatedAt: 1,
      })),
    );
    await vi.waitFor(() => expect(currentStates()?.size).toBe(60));
    await db.papers.delete('q3');
    await vi.waitFor(() => expect(currentStates()?.has('q3')).toBe(false));
    await db.papers.clear();
    await vi.waitFor(() => expect(currentStates()?.size).toBe(0));
    unsubscribe();
  });

  it('applies quick successive writes in order', async () => {
    const { unsubscribe } = await following();
    for (const status of ['to-read', 'reading', 'read', 'reading'] as const) {
      void setStatus('p1', status, snapshotOf('p1'));
    }
    await vi.waitFor(() => expect(currentStates()?.get('p1')?.status).toBe('reading'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(currentStates()?.get('p1')?.status).toBe('reading');
    expect(new Map(currentStates())).toEqual(
      new Map((await db.papers.toArray()).map((s) => [s.id, s])),
    );
    unsubscribe();
  });

  it('knows which ids changed between two maps, unless the table was read whole', async () => {
    await setStatus('p1', 'read', snapshotOf('p1'));
    const { unsubscribe } = await following();
    const first = currentStates();
    await setStatus('p2', 'read', snapshotOf('p2'));
    await vi.waitFor(() => expect(currentStates()?.has('p2')).toBe(true));
    const second = currentStates();
    await saveNote('p1', 'a note', snapshotOf('p1'));
    await vi.waitFor(() => expect(currentStates()?.get('p1')?.note).toBe('a note'));
    const third = currentStates();
    if (!first || !second || !third) throw new Error('no states');
    expect(changedIdsBetween(first, second)).toEqual(['p2']);
    expect(changedIdsBetween(first, third)?.sort()).toEqual(['p1', 'p2']);
    expect(changedIdsBetween(third, third)).toEqual([]);
    // Backwards, or across a whole re-read: not known.
    expect(changedIdsBetween(third, first)).toBeNull();
    await db.papers.clear();
    await vi.waitFor(() => expect(currentStates()?.size).toBe(0));
    expect(changedIdsBetween(third, currentStates() ?? third)).toBeNull();
    unsubscribe();
  });

  it('follows the last twenty writes back, and no further', async () => {
    const { unsubscribe } = await following();
    const maps = [currentStates()];
    for (let i = 1; i <= 21; i += 1) {
      await setStatus(`w${i}`, 'read', snapshotOf(`w${i}`));
      await vi.waitFor(() => expect(currentStates()?.has(`w${i}`)).toBe(true));
      maps.push(currentStates());
    }
    const [first, second] = maps;
    const last = maps.at(-1);
    if (!first || !second || !last) throw new Error('no states');
    expect(changedIdsBetween(second, last)?.length).toBe(20);
    expect(changedIdsBetween(first, last)).toBeNull();
    expect(changedIdsBetween(maps.at(-2) ?? first, last)).toEqual(['w21']);
    unsubscribe();
  });
});
