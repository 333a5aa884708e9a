import { renderHook, waitFor } from '@testing-library/react';
import { useDailyListCheck } from '../../src/app/use-daily-list-check';
import { db } from '../../src/db/database';
import type { ImportedList } from '../../src/lib/backup/backup-format';
import { CHECK_INTERVAL_MS } from '../../src/lib/lists/list-check-due';
import { useListChecksStore } from '../../src/stores/list-checks-store';
import { resetDatabase } from '../db/reset-database';

const followed = (name: string, checkedAt: number): ImportedList => ({
  id: `address:github.com/o/${name}`,
  title: name,
  addedAt: 0,
  source: 'address',
  address: `https://github.com/o/${name}`,
  checkedAt,
  catalogue: {
    schemaVersion: 2,
    title: name,
    sourceUrl: `https://github.com/o/${name}`,
    sections: [{ id: 's', title: 'S', parentId: null }],
    papers: [
      {
        id: 'url:example.org/a',
        title: 'A',
        url: 'https://example.org/a',
        sectionIds: ['s'],
        tags: [],
        links: [],
      },
    ],
  },
});

const requested: string[] = [];

beforeEach(async () => {
  await resetDatabase();
  useListChecksStore.setState({ checks: {} });
  requested.length = 0;
  vi.stubGlobal('fetch', async (url: string) => {
    requested.push(url);
    return new Response('oops', { status: 500 });
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the check on start', () => {
  it('fetches the lists last checked a day ago or more, once per start', async () => {
    const stale = followed('stale', Date.now() - CHECK_INTERVAL_MS);
    const fresh = followed('fresh', Date.now() - 60_000);
    await db.lists.bulkPut([stale, fresh]);
    const { rerender } = renderHook(({ lists }) => useDailyListCheck(lists), {
      initialProps: { lists: [stale, fresh] },
    });
    await waitFor(() =>
      expect(useListChecksStore.getState().checks[stale.id]).toEqual({
        kind: 'failed',
        message:
          'GitHub answered with an error (HTTP 500); try again later. The list is unchanged.',
      }),
    );
    expect(useListChecksStore.getState().checks[fresh.id]).toBeUndefined();
    expect(requested).toEqual(['https://raw.githubusercontent.com/o/stale/HEAD/README.md']);
    // The failed check changed nothing, so the list is still due; it waits for the next start.
    rerender({ lists: [{ ...stale }, fresh] });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(requested).toHaveLength(1);
  });

  it('waits while the browser is offline', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const stale = followed('offline', 0);
    renderHook(() => useDailyListCheck([stale]));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(requested).toEqual([]);
    expect(useListChecksStore.getState().checks).toEqual({});
  });
});
