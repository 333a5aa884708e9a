import { useCallback, type ReactNode } from 'react';
import './paper.css';
import { useLocation, useSearch } from 'wouter';
import { ModalDialog } from '../../components/modal-dialog';
import { usePaperState } from '../../db/use-paper-states';
import type { CatalogueOutline } from '../../lib/catalogue/catalogue-outline';
import { paperFromSnapshot } from '../../lib/orphan-papers';
import { listPath } from '../../lib/paths';
import { PaperDetail } from './paper-detail';

type PaperRouteProps = {
  paperId: string;
  outline: CatalogueOutline;
  /** App-wide notices, shown inside the dialog since everything behind it is inert. */
  notices?: ReactNode;
};

/** /paper/:id — the detail over the list, for a paper in the list or one kept by its state. */
export function PaperRoute({ paperId, outline, notices }: PaperRouteProps) {
  const [, navigate] = useLocation();
  const search = useSearch();
  const state = usePaperState(paperId);
  const listed = outline.paperById.get(paperId);
  const paper = listed ?? (state ? paperFromSnapshot(state) : undefined);

  const close = useCallback(() => {
    // Opened from the list: going back keeps history tidy; opened from a link: replace.
    if ((window.history.state as { fromList?: boolean } | null)?.fromList) window.history.back();
    else navigate(listPath(search), { replace: true });
  }, [navigate, search]);

  return (
    <ModalDialog onClose={close} labelledBy="detail-title" className="paper-dialog">
      {notices}
      {paper ? (
        <PaperDetail key={paper.id} paper={paper} outline={outline} onClose={close} />
      ) : (
        <div className="detail">
          <h2 id="detail-title">{state === undefined ? 'Loading…' : 'Paper not found'}</h2>
          {state === null && <p>There is no paper with this address in your list.</p>}
          <button type="button" className="button" onClick={close}>
            Back to the list
          </button>
        </div>
      )}
    </ModalDialog>
  );
}
