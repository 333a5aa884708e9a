import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'wouter';
import { listQueryToParams, parseListQuery, type ListQuery } from '../../lib/list-query';

type UpdateOptions = { replace?: boolean };

/** The list's filters, search and sort, read from and written to the URL. */
export function useListQuery() {
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  const query = useMemo(() => parseListQuery(new URLSearchParams(search)), [search]);

  const updateQuery = useCallback(
    (patch: Partial<ListQuery>, options: UpdateOptions = {}) => {
      setParams((previous) => listQueryToParams({ ...parseListQuery(previous), ...patch }), {
        replace: options.replace ?? false,
      });
    },
    [setParams],
  );

  return { query, search, updateQuery };
}
