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
    <ModalDialog onClose={onCancel} labelledBy={titleId} className="confirm-dialog">
      <h2 id={titleId}>
        Merge #{from} into #{into}?
      </h2>
      <p>
        #{into} already exists. Renaming #{from} to it tags its {papers} #{into} instead, and #
        {from} is gone. You can undo this right after.
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
