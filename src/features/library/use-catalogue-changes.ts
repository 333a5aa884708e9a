import { useEffect, useMemo } from 'react';
import { markPapersSeen, useSeenPaperIds } from '../../db/list-visits';
import { diffPaperIds, listKey, type CatalogueChanges } from '../../lib/catalogue/catalogue-diff';
import type { Catalogue } from '../../lib/catalogue/schema';
import { reportRejection } from '../../lib/report-rejection';

/** What changed in the list since the user last acknowledged it; nothing on a first visit. */
export function useCatalogueChanges(catalogue: Catalogue): CatalogueChanges & {
  acknowledge: () => void;
} {
  const key = listKey(catalogue);
  const seen = useSeenPaperIds(key);
  const currentIds = useMemo(() => catalogue.papers.map((paper) => paper.id), [catalogue]);

  useEffect(() => {
    if (seen === null) reportRejection(markPapersSeen(key, currentIds));
  }, [seen, key, currentIds]);

  const changes = useMemo(
    () => (seen ? diffPaperIds(seen, currentIds) : { added: [], removed: [] }),
    [seen, currentIds],
  );
  return { ...changes, acknowledge: () => reportRejection(markPapersSeen(key, currentIds)) };
}
