import { useCallback, useMemo, useState } from 'react';
import { saveNextUpOrder, useNextUpOrder } from '../../db/next-up-order';
import { mergeOrder, moveItem, nextUpList } from '../../lib/next-up/next-up';
import { reportRejection } from '../../lib/report-rejection';

// The order shown between a move and the database echoing it back, so a row never jumps back
// for a moment. `ours` holds the stored orders this run of moves started from or wrote: while
// the stored order is one of them, the shown order stands; any other order (another tab) wins.
type Pending = { order: string[]; ours: string[] };

/**
 * The Next up ids in the user's order, and a move that saves it.
 * @param toReadIds the shown list's To read papers, in list order.
 * @param allToRead every paper marked To read, on any list, whose place in the order is kept.
 */
export function useNextUp(toReadIds: readonly string[], allToRead: ReadonlySet<string>) {
  const stored = useNextUpOrder();
  const [pending, setPending] = useState<Pending | null>(null);
  const storedKey = stored === undefined ? undefined : JSON.stringify(stored);
  const active =
    pending !== null && storedKey !== undefined && pending.ours.includes(storedKey)
      ? pending
      : null;
  const order = active?.order ?? stored;
  const ids = useMemo(
    () => (order === undefined ? undefined : nextUpList(toReadIds, order)),
    [order, toReadIds],
  );

  const move = useCallback(
    (from: number, to: number) => {
      if (ids === undefined || order === undefined || storedKey === undefined) return;
      const saved = mergeOrder(order, moveItem(ids, from, to), allToRead);
      setPending({ order: saved, ours: [...(active?.ours ?? [storedKey]), JSON.stringify(saved)] });
      reportRejection(
        saveNextUpOrder(saved).catch((error: unknown) => {
          // Not saved (the save indicator says so): show what is stored again.
          setPending(null);
          throw error;
        }),
      );
    },
    [ids, order, storedKey, active, allToRead],
  );

  return { ids, move };
}
