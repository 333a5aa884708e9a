import { useMemo } from 'react';
import { listQueryToParams, parseListQuery, type ListQuery } from '../../lib/list-query';

/**
 * The list query the shown results are for: the deferred query with the search words the
 * search has answered, and its URL search string (for the links that open a paper and come
 * back). Both stay the same object while only words not yet answered change, so a keystroke
 * does not render the list again until its results come.
 */
export function useResultQuery(shown: ListQuery, answered: string) {
  const search = listQueryToParams({ ...shown, q: answered }).toString();
  const query = useMemo(() => parseListQuery(new URLSearchParams(search)), [search]);
  return { query, search };
}
