import { useLocation } from 'wouter';
import { META_KEYS, setMeta } from '../../db/meta';
import { listPath } from '../../lib/paths';
import { reportRejection } from '../../lib/report-rejection';
import type { ListCheckState } from '../../stores/list-checks-store';

type ListCheckStatusProps = { listId: string; check: ListCheckState };

/** What the last check of a followed list found, next to it: changes, or why it failed. */
export function ListCheckStatus({ listId, check }: ListCheckStatusProps) {
  const [, navigate] = useLocation();
  if (check.kind === 'failed') {
    return (
      <p role="alert" className="error-text lists__check">
        {check.message}
      </p>
    );
  }
  const showNew = async () => {
    await setMeta(META_KEYS.activeListId, listId, 'the list you chose');
    navigate(listPath('new=1'));
  };
  return (
    <p role="status" className="lists__check">
      {check.kind === 'checking' ? 'Checking for updates…' : check.message}
      {check.kind === 'checked' && check.added > 0 && (
        <>
          {' '}
          <button type="button" className="button" onClick={() => reportRejection(showNew())}>
            Show new papers
          </button>
        </>
      )}
    </p>
  );
}
