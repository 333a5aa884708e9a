import { useMemo } from 'react';
import { useStoredLists } from '../db/lists';
import { META_KEYS, useMeta } from '../db/meta';
import type { ImportedList } from '../lib/backup/backup-format';
import type { Catalogue } from '../lib/catalogue/schema';
import { useCatalogue } from './use-catalogue';

export const DEFAULT_LIST_ID = 'default';

/**
 * The list the user is working in: the default (deployed) list, or one they added. Also the
 * ids of papers on every other list, so a paper on another list is not mistaken for one that
 * left its list.
 */
export function useActiveCatalogue() {
  const defaultQuery = useCatalogue();
  const activeId = useMeta(META_KEYS.activeListId);
  const lists = useStoredLists();
  const active: ImportedList | undefined =
    typeof activeId === 'string' ? lists?.find((list) => list.id === activeId) : undefined;
  const catalogue: Catalogue | undefined = active?.catalogue ?? defaultQuery.data;

  const otherListIds = useMemo(() => {
    const ids = new Set<string>();
    const all = [defaultQuery.data, ...(lists ?? []).map((list) => list.catalogue)];
    for (const other of all) {
      if (!other || other === catalogue) continue;
      for (const paper of other.papers) ids.add(paper.id);
    }
    return ids;
  }, [defaultQuery.data, lists, catalogue]);

  return {
    defaultQuery,
    catalogue,
    activeListId: active?.id ?? DEFAULT_LIST_ID,
    lists: lists ?? [],
    otherListIds,
  };
}
