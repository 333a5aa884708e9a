import { useCallback, useEffect, useId, useState } from 'react';
import { useLocation } from 'wouter';
import { ModalDialog } from '../../components/modal-dialog';
import { PaperDetailsFields } from '../../components/paper-details-fields';
import { META_KEYS, setMeta } from '../../db/meta';
import { DEFAULT_LIST_ID } from '../../hooks/use-active-catalogue';
import type { CatalogueOutline } from '../../lib/catalogue/catalogue-outline';
import type { ListedCatalogue } from '../../lib/papers/listed-paper';
import { detailsInputOf } from '../../lib/papers/paper-details';
import { paperPath } from '../../lib/paths';
import { reportRejection } from '../../lib/report-rejection';
import { useToastStore } from '../../stores/toast-store';
import { lookupSubject } from './look-up-paper';
import { useAddPaper } from './use-add-paper';
import './add-paper.css';

type AddPaperDialogProps = {
  lists: readonly ListedCatalogue[];
  activeListId: string;
  /** The list shown: the paper opens once it is in it. */
  outline: CatalogueOutline;
  onClose: () => void;
};

/** "Add paper": an arXiv id, a DOI or any address; details looked up, or typed by hand. */
export function AddPaperDialog({ lists, activeListId, outline, onClose }: AddPaperDialogProps) {
  const [, navigate] = useLocation();
  const [input, setInput] = useState('');
  const [details, setDetails] = useState(detailsInputOf);
  const [opening, setOpening] = useState<string | null>(null);
  const titleId = useId();
  const inputId = useId();
  const hintId = useId();

  const onListed = useCallback((paperId: string, switchTo: string | null, message: string) => {
    useToastStore.getState().show(message);
    if (switchTo !== null) {
      const value = switchTo === DEFAULT_LIST_ID ? null : switchTo;
      reportRejection(setMeta(META_KEYS.activeListId, value, 'the list you chose'));
    }
    setOpening(paperId);
  }, []);
  const { phase, error, submit, retry } = useAddPaper({ lists, activeListId, onListed });

  // Opens the paper once the list shown holds it (a list just switched to takes a moment).
  useEffect(() => {
    if (opening === null || !outline.paperById.has(opening)) return;
    onClose();
    navigate(paperPath(opening));
  }, [opening, outline, onClose, navigate]);

  const busy = phase.kind === 'looking-up' || phase.kind === 'saving' || opening !== null;
  return (
    <ModalDialog onClose={onClose} labelledBy={titleId} className="add-paper" card>
      <h2 id={titleId}>Add paper</h2>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy) submit(input, details);
        }}
      >
        <label htmlFor={inputId} className="add-paper__label">
          Paper address or id
        </label>
        <input
          id={inputId}
          className="add-paper__address"
          value={input}
          onChange={(event) => setInput(event.target.value)}
          autoFocus
          autoComplete="off"
          spellCheck={false}
          placeholder="2403.07648, 10.1145/3132747.3132785 or https://…"
          aria-describedby={hintId}
        />
        <p id={hintId} className="add-paper__hint muted">
          An arXiv id or address, a DOI, or the address of any paper. Details come from arXiv or
          Crossref when they can.
        </p>
        {phase.kind === 'looking-up' && (
          <p role="status" className="add-paper__status">
            Looking up {lookupSubject(phase.address).id} on {lookupSubject(phase.address).service}…
          </p>
        )}
        {phase.kind === 'details' && (
          <>
            {phase.reason && (
              <p
                role={phase.lookupFailed ? 'alert' : 'status'}
                className={phase.lookupFailed ? 'add-paper__problem' : 'add-paper__status'}
              >
                {phase.reason}
              </p>
            )}
            <PaperDetailsFields value={details} onChange={setDetails} focusTitle />
          </>
        )}
        {error && (
          <p role="alert" className="error-text add-paper__error">
            {error}
          </p>
        )}
        <div className="add-paper__actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          {phase.kind === 'details' && phase.lookupFailed && (
            <button type="button" className="button" onClick={retry}>
              Try again
            </button>
          )}
          <button type="submit" className="button button--primary" aria-disabled={busy}>
            Add
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
