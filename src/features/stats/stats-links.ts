import { EMPTY_LIST_QUERY, listQueryToParams, type ListQuery } from '../../lib/list-query';
import { listPath } from '../../lib/paths';

/** The list filtered to what a number on this page counts, so every number leads somewhere. */
export function filteredListPath(filter: Partial<ListQuery>): string {
  return listPath(listQueryToParams({ ...EMPTY_LIST_QUERY, ...filter }).toString());
}
