import type { ImportedList } from '../../lib/backup/backup-format';
import { reportRejection } from '../../lib/report-rejection';
import { useListChecksStore } from '../../stores/list-checks-store';
import { checkLists } from './check-lists';

/** "Check for updates" for every list followed by its address. */
export function CheckAllLists({ lists }: { lists: readonly ImportedList[] }) {
  const checking = useListChecksStore((state) =>
    lists.some((list) => state.checks[list.id]?.kind === 'checking'),
  );
  return (
    <p className="lists__check-all">
      <button
        type="button"
        className="button"
        aria-disabled={checking}
        onClick={() => {
          if (!checking) reportRejection(checkLists(lists));
        }}
      >
        Check for updates
      </button>{' '}
      <span className="muted">
        Lists added by their address; each is also checked once a day when Readmark starts online.
      </span>
    </p>
  );
}
