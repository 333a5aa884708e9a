import { afterEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../src/db/database';
import { putInBatches, storedPapersReader } from '../../src/db/restore-batches';
import type { PaperState } from '../../src/lib/paper-state';
import { resetDatabase, snapshotOf } from './reset-database';

beforeEach(resetDatabase);
afterEach(() => vi.restoreAllMocks());

function paper(id: string, note = ''): PaperState {
  return { id, ...snapshotOf(id), status: 'unread', note, tags: [], createdAt: 1, updatedAt: 1 };
}

const ids = (papers: readonly PaperState[] | null | undefined) =>
  papers?.map(({ id }) => id).sort() ?? null;

/** Stores papers with these ids, and returns every stored key in order, as a restore reads them. */
async function store(...keys: string[]): Promise<string[]> {
  await db.papers.bulkPut(keys.map((id) => paper(id, 'stored')));
  return (await db.papers.toCollection().primaryKeys()).map(String);
}

describe('storedPapersReader', () => {
  it('needs no read when none of the batch is stored', async () => {
    const read = storedPapersReader(await store('a', 'b'));
    expect(read([paper('x'), paper('y')])).toBeNull();
  });

  it("reads a batch's stored papers, and only those, when they sit together (one range read)", async () => {
    const read = storedPapersReader(await store('a', 'b', 'c', 'd', 'e'));
    const bulkGet = vi.spyOn(db.papers, 'bulkGet');
    // Out of order, with one paper not stored and one stored paper in the range left out.
    const found = await read([paper('d'), paper('b'), paper('new'), paper('e')]);
    expect(ids(found)).toEqual(['b', 'd', 'e']);
    expect(found?.every((state) => state.note === 'stored')).toBe(true);
    expect(bulkGet).not.toHaveBeenCalled();
  });

  it('finds the lowest and highest id of the batch, wherever they are in it', async () => {
    const read = storedPapersReader(await store('a', 'b', 'c'));
    expect(ids(await read([paper('b'), paper('c'), paper('a')]))).toEqual(['a', 'b', 'c']);
    expect(ids(await read([paper('c'), paper('a')]))).toEqual(['a', 'c']);
  });

  it('looks each paper up when they are spread among many others', async () => {
    const keys = await store(
      ...Array.from({ length: 20 }, (_, i) => `k${String(i).padStart(2, '0')}`),
    );
    const read = storedPapersReader(keys);
    const bulkGet = vi.spyOn(db.papers, 'bulkGet');
    expect(ids(await read([paper('k00'), paper('k19')]))).toEqual(['k00', 'k19']);
    expect(bulkGet).toHaveBeenCalledWith(['k00', 'k19']);
  });

  it('reads a range when it holds at most twice as many papers as the batch needs', async () => {
    const keys = await store('a', 'b', 'c', 'd', 'e', 'f');
    const bulkGet = vi.spyOn(db.papers, 'bulkGet');
    // a..d holds 4 stored papers for 2 wanted: a range read; a..e holds 5: looked up one by one.
    await storedPapersReader(keys)([paper('a'), paper('d')]);
    expect(bulkGet).not.toHaveBeenCalled();
    await storedPapersReader(keys)([paper('a'), paper('e')]);
    expect(bulkGet).toHaveBeenCalledOnce();
  });
});

describe('putInBatches', () => {
  it('puts every batch as combined with its stored papers, counting what was written', async () => {
    await store('b');
    const written: number[] = [];
    const keys = (await db.papers.toCollection().primaryKeys()).map(String);
    const batches = [[paper('a'), paper('b')], [paper('c')], [paper('d'), paper('e')]];
    await db.transaction('rw', db.papers, () =>
      putInBatches(batches, {
        read: storedPapersReader(keys),
        combine: (batch, stored) =>
          batch.map((state) => ({
            ...state,
            note: stored.some((s) => s.id === state.id) ? 'kept' : 'new',
          })),
        onWritten: (count) => written.push(count),
      }),
    );
    expect(written).toEqual([2, 3, 5]);
    const notes = Object.fromEntries((await db.papers.toArray()).map((s) => [s.id, s.note]));
    expect(notes).toEqual({ a: 'new', b: 'kept', c: 'new', d: 'new', e: 'new' });
  });

  it('does nothing for no batches', async () => {
    const onWritten = vi.fn();
    await putInBatches([], { read: () => null, combine: (batch) => batch, onWritten });
    expect(onWritten).not.toHaveBeenCalled();
  });

  it('fails the whole write when a read fails, without an unhandled rejection', async () => {
    const failing = () => Promise.reject(new Error('read failed'));
    await expect(
      db.transaction('rw', db.papers, () =>
        putInBatches([[paper('a')], [paper('b')]], {
          read: (batch) => (batch[0]?.id === 'b' ? failing() : null),
          combine: (batch) => batch,
          onWritten: () => undefined,
        }),
      ),
    ).rejects.toThrow('read failed');
    expect(await db.papers.count()).toBe(0);
  });
});
