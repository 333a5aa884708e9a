import { useMemo } from 'react';
import { listQueryToParams, parseListQuery } from '../../lib/list-query';

/**
 * The list query the shown results are for: the shown filters (a URL search string without
 * the search words) with the search words the search has answered, and its URL search string
 * (for the links that open a paper and come back). Both stay the same object while only words
 * not yet answered change, so a keystroke does not render the list again until its results come.
 */
export function useResultQuery(filters: string, answered: string) {
  const search = useMemo(
    () =>
      listQueryToParams({
        ...parseListQuery(new URLSearchParams(filters)),
        q: answered,
      }).toString(),
    [filters, answered],
  );
  const query = useMemo(() => parseListQuery(new URLSearchParams(search)), [search]);
  return { query, search };
}
