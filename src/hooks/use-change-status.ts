import { useCallback } from 'react';
import { restoreStatus, setStatus } from '../db/paper-writes';
import type { PaperSnapshot, PaperState } from '../lib/paper-state';
import { STATUS_LABELS, type ReadingStatus } from '../lib/reading-status';
import { reportRejection } from '../lib/report-rejection';
import { shortTitle } from '../lib/short-title';
import { useToastStore } from '../stores/toast-store';

/** Changes a paper's status and confirms it with a toast that can undo it. */
export function useChangeStatus() {
  const show = useToastStore((state) => state.show);
  return useCallback(
    async (
      id: string,
      status: ReadingStatus,
      snapshot: PaperSnapshot,
      previous: PaperState | null | undefined,
    ) => {
      const before = {
        status: previous?.status ?? 'unread',
        startedAt: previous?.startedAt,
        finishedAt: previous?.finishedAt,
      };
      if (before.status === status) return;
      await setStatus(id, status, snapshot);
      show(`Marked ${STATUS_LABELS[status]}: “${shortTitle(snapshot.title)}”`, () =>
        reportRejection(restoreStatus(id, before, snapshot)),
      );
    },
    [show],
  );
}
