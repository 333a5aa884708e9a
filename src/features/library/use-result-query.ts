import { useMemo } from 'react';
import { listQueryToParams, parseListQuery } from '../../lib/list-query';

/**
 * The list query the shown results are for: the shown filters (a URL search string without the
 * search words) with the search words, and its URL search string (for the links that open a
 * paper and come back).
 */
export function useResultQuery(filters: string, q: string) {
  const search = useMemo(
    () => listQueryToParams({ ...parseListQuery(new URLSearchParams(filters)), q }).toString(),
    [filters, q],
  );
  const query = useMemo(() => parseListQuery(new URLSearchParams(search)), [search]);
  return { query, search };
}
