import { useId } from 'react';
import { ModalDialog } from '../../components/modal-dialog';

type MergeConfirmProps = {
  from: string;
  into: string;
  papers: string;
  onMerge: () => void;
  onCancel: () => void;
};

/** Asked before a rename joins a tag that already exists, which merges the two. */
export function MergeConfirm({ from, into, papers, onMerge, onCancel }: MergeConfirmProps) {
  const titleId = useId();
  return (
    <ModalDialog onClose={onCancel} labelledBy={titleId} className="confirm-dialog" card>
      <h2 id={titleId}>
        Merge #{from} into #{into}?
      </h2>
      <p>
        #{into} already exists, so this rename merges the two: the {papers} tagged #{from} will be
        tagged #{into}. You can undo it right after.
      </p>
      <div className="confirm-dialog__actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="button button--primary" onClick={onMerge}>
          Merge tags
        </button>
      </div>
    </ModalDialog>
  );
}
