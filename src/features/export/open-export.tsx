import { useMemo, useState } from 'react';
import { useMyPapers } from '../../db/my-papers';
import { usePaperStates } from '../../db/use-paper-states';
import type { CatalogueOutline } from '../../lib/catalogue/catalogue-outline';
import type { Catalogue } from '../../lib/catalogue/schema';
import { exportPapers } from '../../lib/export/export-papers';
import { withKnownAuthors } from '../../lib/export/known-authors';
import { orphanPapers } from '../../lib/orphan-papers';
import { useCurrentViewStore } from '../../stores/current-view-store';
import { ExportDialog } from './export-dialog';

export type OpenExportProps = {
  catalogue: Catalogue;
  outline: CatalogueOutline;
  otherListIds: ReadonlySet<string>;
  onClose: () => void;
};

/** The dialog with every exportable paper, read only while it is open. */
export function OpenExport({ catalogue, outline, otherListIds, onClose }: OpenExportProps) {
  const states = usePaperStates();
  const myPapers = useMyPapers();
  // The dialog is modal: the view cannot change while it is open, so it is read when it opens.
  const [viewIds] = useState(
    () => new Set(useCurrentViewStore.getState().papers.map((paper) => paper.id)),
  );
  const papers = useMemo(() => {
    if (!states) return [];
    const all = [
      ...catalogue.papers,
      ...orphanPapers(states.values(), {
        has: (id) => outline.paperById.has(id) || otherListIds.has(id),
      }),
    ];
    return exportPapers(withKnownAuthors(all, myPapers?.catalogue.papers ?? []), outline, states);
  }, [states, myPapers, catalogue, outline, otherListIds]);

  return (
    <ExportDialog listTitle={catalogue.title} papers={papers} viewIds={viewIds} onClose={onClose} />
  );
}
