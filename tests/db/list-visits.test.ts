import { act, renderHook, waitFor } from '@testing-library/react';
import { db } from '../../src/db/database';
import { markPapersSeen, seenMetaKey, useSeenPaperIds } from '../../src/db/list-visits';
import { getSaveState } from '../../src/db/save-status';
import { resetDatabase } from './reset-database';

beforeEach(resetDatabase);

describe('what the user has seen of a list', () => {
  it('is null on a first visit, then the ids last acknowledged, live and per list', async () => {
    const { result, rerender } = renderHook(({ key }) => useSeenPaperIds(key), {
      initialProps: { key: 'list:a' },
    });
    expect(result.current).toBeUndefined();
    await waitFor(() => expect(result.current).toBeNull());
    await act(() => markPapersSeen('list:a', ['p1', 'p2'], 1_000));
    await waitFor(() => expect(result.current).toEqual(['p1', 'p2']));
    expect((await db.meta.get(seenMetaKey('list:a')))?.value).toEqual({
      paperIds: ['p1', 'p2'],
      at: 1_000,
    });
    rerender({ key: 'list:b' });
    await waitFor(() => expect(result.current).toBeNull());
  });

  it.each([
    ['nothing', null],
    ['a bare list of ids', ['p1']],
    ['ids that are not a list', { paperIds: 'p1', at: 1 }],
    ['no time', { paperIds: ['p1'] }],
    ['a time that is not a number', { paperIds: ['p1'], at: '1' }],
  ])('is null when what is stored is %s', async (_, value) => {
    await db.meta.put({ key: seenMetaKey('list:a'), value });
    const { result } = renderHook(() => useSeenPaperIds('list:a'));
    await waitFor(() => expect(result.current).toBeNull());
  });

  it('is saved quietly: the header does not announce it', async () => {
    const before = getSaveState();
    await markPapersSeen('list:a', ['p1']);
    expect(getSaveState().lastSavedAt).toBe(before.lastSavedAt);
  });
});
