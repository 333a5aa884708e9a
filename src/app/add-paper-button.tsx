import { useMemo } from 'react';
import { DEFAULT_LIST_ID } from '../hooks/use-active-catalogue';
import type { ImportedList } from '../lib/backup/backup-format';
import type { Catalogue } from '../lib/catalogue/schema';
import type { ListedCatalogue } from '../lib/papers/listed-paper';
import { useOverlayStore } from '../stores/overlay-store';
import { AddPaperLabel } from './add-paper-label';

/** The header's "Add paper": opens the dialog (also `a` and the command palette). */
export function AddPaperButton() {
  return (
    <button
      type="button"
      className="button add-paper-button"
      aria-keyshortcuts="a"
      onClick={() => useOverlayStore.getState().show('add-paper')}
    >
      <AddPaperLabel />
    </button>
  );
}

/** The default list and every stored one, as "Add paper" searches them for a duplicate. */
export function useListedCatalogues(
  defaultCatalogue: Catalogue | undefined,
  defaultTitle: string,
  lists: readonly ImportedList[],
): ListedCatalogue[] {
  return useMemo(
    () => [
      ...(defaultCatalogue
        ? [{ id: DEFAULT_LIST_ID, title: defaultTitle, catalogue: defaultCatalogue }]
        : []),
      ...lists.map(({ id, title, catalogue }) => ({ id, title, catalogue })),
    ],
    [defaultCatalogue, defaultTitle, lists],
  );
}

/** The ids of the default list's papers (Import BibTeX merges into them rather than adding). */
export function useDefaultIds(defaultCatalogue: Catalogue | undefined): ReadonlySet<string> {
  return useMemo(
    () => new Set(defaultCatalogue?.papers.map((paper) => paper.id) ?? []),
    [defaultCatalogue],
  );
}
