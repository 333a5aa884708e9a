import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { saveList } from '../../src/db/lists';
import { META_KEYS, setMeta } from '../../src/db/meta';
import { DEFAULT_LIST_ID, useActiveCatalogue } from '../../src/hooks/use-active-catalogue';
import { catalogueKeys, DEFAULT_CATALOGUE_URL } from '../../src/hooks/use-catalogue';
import type { ImportedList } from '../../src/lib/backup/backup-format';
import type { Catalogue } from '../../src/lib/catalogue/schema';
import { resetDatabase } from '../db/reset-database';

beforeEach(resetDatabase);

const catalogue = (title: string, ...ids: string[]): Catalogue => ({
  schemaVersion: 2,
  title,
  sections: [{ id: 's', title: 'S', parentId: null }],
  papers: ids.map((id) => ({
    id,
    title: id,
    url: `https://example.org/${id}`,
    sectionIds: ['s'],
    tags: [],
    links: [],
  })),
});

const added = (id: string, list: Catalogue): ImportedList => ({
  id,
  title: list.title,
  addedAt: 1_000,
  source: 'markdown',
  catalogue: list,
});

const deployed = catalogue('Deployed', 'd1', 'shared');

/** The hook with the deployed list loaded (or still loading) and the real database. */
function renderActive(withDeployed = true) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  if (withDeployed) client.setQueryData(catalogueKeys.byUrl(DEFAULT_CATALOGUE_URL), deployed);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  return renderHook(() => useActiveCatalogue(), { wrapper });
}

const sorted = (ids: ReadonlySet<string>) => [...ids].sort();

describe('useActiveCatalogue', () => {
  it('is the deployed list when none was chosen, with the papers of added lists as others', async () => {
    await saveList(added('list:a', catalogue('Added A', 'a1', 'shared')));
    await saveList(added('list:b', catalogue('Added B', 'b1')));
    const { result } = renderActive();
    await waitFor(() => expect(result.current.lists).toHaveLength(2));
    expect(result.current.catalogue).toBe(deployed);
    expect(result.current.activeListId).toBe(DEFAULT_LIST_ID);
    expect(sorted(result.current.otherListIds)).toEqual(['a1', 'b1', 'shared']);
  });

  it('is the chosen added list, with the deployed and other added lists as others', async () => {
    const chosen = catalogue('Added A', 'a1', 'shared');
    await saveList(added('list:a', chosen));
    await saveList(added('list:b', catalogue('Added B', 'b1')));
    await setMeta(META_KEYS.activeListId, 'list:a', 'the list shown');
    const { result } = renderActive();
    await waitFor(() => expect(result.current.activeListId).toBe('list:a'));
    expect(result.current.catalogue).toEqual(chosen);
    expect(sorted(result.current.otherListIds)).toEqual(['b1', 'd1', 'shared']);
  });

  it('falls back to the deployed list when the chosen list is gone', async () => {
    await setMeta(META_KEYS.activeListId, 'list:removed', 'the list shown');
    const { result } = renderActive();
    await waitFor(() => expect(result.current.lists).toEqual([]));
    expect(result.current.activeListId).toBe(DEFAULT_LIST_ID);
    expect(result.current.catalogue).toBe(deployed);
    expect(result.current.otherListIds.size).toBe(0);
  });

  it('shows a chosen added list while the deployed one is still loading', async () => {
    await saveList(added('list:a', catalogue('Added A', 'a1')));
    await setMeta(META_KEYS.activeListId, 'list:a', 'the list shown');
    const { result } = renderActive(false);
    await waitFor(() => expect(result.current.catalogue?.title).toBe('Added A'));
    expect(result.current.otherListIds.size).toBe(0);
  });

  it('has no lists, and no list, before anything is read', () => {
    const { result } = renderActive(false);
    expect(result.current.lists).toEqual([]);
    expect(result.current.catalogue).toBeUndefined();
    expect(result.current.activeListId).toBe(DEFAULT_LIST_ID);
  });
});
