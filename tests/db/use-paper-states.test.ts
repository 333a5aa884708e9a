import { act, renderHook, waitFor } from '@testing-library/react';
import { db } from '../../src/db/database';
import { getTagCounts } from '../../src/db/paper-queries';
import { saveNote, setStatus } from '../../src/db/paper-writes';
import { addTag } from '../../src/db/tag-writes';
import {
  useLatestChange,
  usePaperState,
  usePaperStates,
  useTagCounts,
} from '../../src/db/use-paper-states';
import { resetDatabase, snapshotOf } from './reset-database';

beforeEach(resetDatabase);

describe('usePaperState', () => {
  it('is undefined while loading, null without a record, then the record', async () => {
    const { result } = renderHook(() => usePaperState('p1'));
    expect(result.current).toBeUndefined();
    await waitFor(() => expect(result.current).toBeNull());
    await act(() => saveNote('p1', 'hello', snapshotOf('p1')));
    await waitFor(() => expect(result.current).toMatchObject({ id: 'p1', note: 'hello' }));
  });

  it("never returns the previous id's record after the id changes", async () => {
    await saveNote('p1', 'first', snapshotOf('p1'));
    const { result, rerender } = renderHook(({ id }) => usePaperState(id), {
      initialProps: { id: 'p1' },
    });
    await waitFor(() => expect(result.current).toMatchObject({ note: 'first' }));
    rerender({ id: 'p2' });
    expect(result.current).toBeUndefined();
    await waitFor(() => expect(result.current).toBeNull());
  });

  it('shows a change written by another tab', async () => {
    await saveNote('p1', 'mine', snapshotOf('p1'));
    const { result } = renderHook(() => usePaperState('p1'));
    await waitFor(() => expect(result.current).toMatchObject({ note: 'mine' }));
    await act(() => db.papers.update('p1', { note: 'theirs' }));
    await waitFor(() => expect(result.current).toMatchObject({ note: 'theirs' }));
  });
});

describe('usePaperStates', () => {
  it('maps ids to records, live', async () => {
    const { result } = renderHook(() => usePaperStates());
    await waitFor(() => expect(result.current?.size).toBe(0));
    await act(() => setStatus('p1', 'reading', snapshotOf('p1')));
    await waitFor(() => expect(result.current?.get('p1')?.status).toBe('reading'));
  });
});

function record(id: string) {
  return { id, ...snapshotOf(id), status: 'unread' as const, note: '', createdAt: 1, updatedAt: 1 };
}

describe('useTagCounts', () => {
  it('counts papers per tag, sorted case-insensitively', async () => {
    const { result } = renderHook(() => useTagCounts());
    await waitFor(() => expect(result.current).toEqual([]));
    await act(() => addTag('p1', 'zeta', snapshotOf('p1')));
    await act(() => addTag('p1', 'Alpha', snapshotOf('p1')));
    await act(() => addTag('p2', 'beta', snapshotOf('p2')));
    await act(() => addTag('p2', 'alpha', snapshotOf('p2')));
    await waitFor(() =>
      expect(result.current).toEqual([
        { tag: 'Alpha', count: 2 },
        { tag: 'beta', count: 1 },
        { tag: 'zeta', count: 1 },
      ]),
    );
  });

  it('counts as the tags index does, and is the same array after a write to no tags', async () => {
    const { result } = renderHook(() => useTagCounts());
    await waitFor(() => expect(result.current).toEqual([]));
    // Spellings of one tag, and a record holding the same spelling twice (indexed once).
    await act(() => db.papers.put({ ...record('p1'), tags: ['ml', 'ML', 'ml', 'Été'] }));
    await act(() => db.papers.put({ ...record('p2'), tags: ['Ml', 'été', 'b'] }));
    const fromIndex = await getTagCounts();
    expect(fromIndex).toEqual([
      { tag: 'b', count: 1 },
      { tag: 'Été', count: 2 },
      { tag: 'ML', count: 3 },
    ]);
    await waitFor(() => expect(result.current).toEqual(fromIndex));
    const counts = result.current;
    await act(() => setStatus('p1', 'read', snapshotOf('p1')));
    await act(() => setStatus('p3', 'read', snapshotOf('p3')));
    await waitFor(() => expect(result.current).toBe(counts));
    await act(() => db.papers.update('p2', { tags: ['b'] }));
    const changed = await getTagCounts();
    await waitFor(() => expect(result.current).toEqual(changed));
    expect(changed).toContainEqual({ tag: 'ML', count: 2 });
  });
});

describe('useLatestChange', () => {
  const at = (id: string, updatedAt: number) => ({ ...record(id), tags: [], updatedAt });

  it('is the newest change and the number of papers with a record, live', async () => {
    const { result } = renderHook(() => useLatestChange());
    await waitFor(() => expect(result.current).toEqual({ at: null, papers: 0 }));
    await act(() => db.papers.bulkPut([at('p1', 10), at('p2', 30)]));
    await waitFor(() => expect(result.current).toEqual({ at: 30, papers: 2 }));
    await act(() => db.papers.put(at('p1', 50)));
    await waitFor(() => expect(result.current).toEqual({ at: 50, papers: 2 }));
    await act(() => db.papers.put(at('p3', 40)));
    await waitFor(() => expect(result.current).toEqual({ at: 50, papers: 3 }));
  });

  it('looks at every paper again when the newest is removed or put back older', async () => {
    await db.papers.bulkPut([at('p1', 10), at('p2', 30), at('p3', 20)]);
    const { result } = renderHook(() => useLatestChange());
    await waitFor(() => expect(result.current).toEqual({ at: 30, papers: 3 }));
    await act(() => db.papers.put(at('p2', 5)));
    await waitFor(() => expect(result.current).toEqual({ at: 20, papers: 3 }));
    await act(() => db.papers.delete('p3'));
    await waitFor(() => expect(result.current).toEqual({ at: 10, papers: 2 }));
  });
});
