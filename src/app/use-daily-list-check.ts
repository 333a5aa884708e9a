import { useEffect } from 'react';
import type { ImportedList } from '../lib/backup/backup-format';
import { listsDueForCheck } from '../lib/lists/list-check-due';

// Checked once per page load at most, whatever the lists' records say meanwhile.
const checkedThisSession = new Set<string>();

/**
 * On start, when online, lists followed by their address that were last checked a day ago or
 * more are fetched again (their outcome shows next to them in Settings). The checking code loads
 * only then.
 */
export function useDailyListCheck(lists: readonly ImportedList[]): void {
  useEffect(() => {
    if (!navigator.onLine) return;
    const due = listsDueForCheck(lists, Date.now()).filter(
      (list) => !checkedThisSession.has(list.id),
    );
    if (due.length === 0) return;
    for (const list of due) checkedThisSession.add(list.id);
    import('../features/settings/check-lists')
      .then(({ checkLists }) => checkLists(due))
      .catch((error: unknown) => console.error(error));
  }, [lists]);
}
