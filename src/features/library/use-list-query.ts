import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'wouter';
import { listQueryToParams, parseListQuery, type ListQuery } from '../../lib/list-query';

type UpdateOptions = { replace?: boolean };
/** The fields to change, or a function of the query as the URL holds it at that moment. */
type QueryPatch = Partial<ListQuery> | ((current: ListQuery) => Partial<ListQuery>);

/** The list's filters, search and sort, read from and written to the URL. */
export function useListQuery() {
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  const query = useMemo(() => parseListQuery(new URLSearchParams(search)), [search]);

  const updateQuery = useCallback(
    (patch: QueryPatch, options: UpdateOptions = {}) => {
      setParams(
        (previous) => {
          const current = parseListQuery(previous);
          return listQueryToParams({
            ...current,
            ...(typeof patch === 'function' ? patch(current) : patch),
          });
        },
        { replace: options.replace ?? false },
      );
    },
    [setParams],
  );

  return { query, search, updateQuery };
}
