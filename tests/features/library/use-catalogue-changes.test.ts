import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '../../../src/db/database';
import { markPapersSeen, seenMetaKey } from '../../../src/db/list-visits';
import { useCatalogueChanges } from '../../../src/features/library/use-catalogue-changes';
import { listKey } from '../../../src/lib/catalogue/catalogue-diff';
import type { Catalogue } from '../../../src/lib/catalogue/schema';
import { resetDatabase } from '../../db/reset-database';
import { cataloguePaper } from '../../fixtures/catalogue-paper';

beforeEach(resetDatabase);

const catalogue = (...ids: string[]): Catalogue => ({
  schemaVersion: 2,
  title: 'Awesome Things',
  sections: [],
  papers: ids.map((id) => cataloguePaper(id)),
});

const seenIds = async (list: Catalogue) =>
  ((await db.meta.get(seenMetaKey(listKey(list))))?.value as { paperIds: string[] } | undefined)
    ?.paperIds;

describe('useCatalogueChanges', () => {
  it('shows nothing new on a first visit, and remembers the papers seen then', async () => {
    const list = catalogue('a', 'b');
    const { result } = renderHook(() => useCatalogueChanges(list));
    await waitFor(async () => expect(await seenIds(list)).toEqual(['a', 'b']));
    expect(result.current).toMatchObject({ added: [], removed: [] });
  });

  it('lists the papers added and removed since the last acknowledged visit', async () => {
    const list = catalogue('a', 'c', 'd');
    await markPapersSeen(listKey(list), ['a', 'b']);
    const { result } = renderHook(() => useCatalogueChanges(list));
    await waitFor(() => expect(result.current.added).toEqual(['c', 'd']));
    expect(result.current.removed).toEqual(['b']);
    // Not marked seen until acknowledged.
    expect(await seenIds(list)).toEqual(['a', 'b']);
  });

  it('takes the current papers as seen when acknowledged', async () => {
    const list = catalogue('a', 'c');
    await markPapersSeen(listKey(list), ['a']);
    const { result } = renderHook(() => useCatalogueChanges(list));
    await waitFor(() => expect(result.current.added).toEqual(['c']));
    act(() => result.current.acknowledge());
    await waitFor(() => expect(result.current.added).toEqual([]));
    expect(await seenIds(list)).toEqual(['a', 'c']);
  });

  it('follows a new version of the list', async () => {
    const first = catalogue('a');
    await markPapersSeen(listKey(first), ['a']);
    const { result, rerender } = renderHook(({ list }) => useCatalogueChanges(list), {
      initialProps: { list: first },
    });
    await waitFor(() => expect(result.current.added).toEqual([]));
    rerender({ list: catalogue('a', 'new') });
    await waitFor(() => expect(result.current.added).toEqual(['new']));
  });
});
