import { lazy, Suspense, useMemo } from 'react';
import { usePaperStates } from '../../db/use-paper-states';
import type { CatalogueOutline } from '../../lib/catalogue/catalogue-outline';
import type { Catalogue } from '../../lib/catalogue/schema';
import { exportPapers } from '../../lib/export/export-papers';
import { orphanPapers } from '../../lib/orphan-papers';
import { useCurrentViewStore } from '../../stores/current-view-store';
import { useOverlayStore } from '../../stores/overlay-store';

const ExportDialog = lazy(() =>
  import('./export-dialog').then((module) => ({ default: module.ExportDialog })),
);

const NO_IDS: ReadonlySet<string> = new Set();

type ExportButtonProps = {
  catalogue: Catalogue;
  outline: CatalogueOutline;
  otherListIds: ReadonlySet<string>;
};

export function ExportButton({ catalogue, outline, otherListIds }: ExportButtonProps) {
  // An app-wide overlay, so the command palette can open it too.
  const open = useOverlayStore((state) => state.open === 'export');
  const show = useOverlayStore((state) => state.show);
  const states = usePaperStates();
  // The dialog is modal: the view cannot change while it is open, so it is read when it opens.
  const viewIds = useMemo(
    () => (open ? new Set(useCurrentViewStore.getState().papers.map((paper) => paper.id)) : NO_IDS),
    [open],
  );
  const papers = useMemo(() => {
    if (!open || !states) return [];
    const all = [
      ...catalogue.papers,
      ...orphanPapers(states.values(), {
        has: (id) => outline.paperById.has(id) || otherListIds.has(id),
      }),
    ];
    return exportPapers(all, outline, states);
  }, [open, states, catalogue, outline, otherListIds]);

  return (
    <>
      <button type="button" className="button" onClick={() => show('export')}>
        Export
      </button>
      {open && (
        <Suspense fallback={null}>
          <ExportDialog
            listTitle={catalogue.title}
            papers={papers}
            viewIds={viewIds}
            onClose={() => show(null)}
          />
        </Suspense>
      )}
    </>
  );
}
