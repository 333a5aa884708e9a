import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'wouter';
import { listQueryToParams, parseListQuery, type ListQuery } from '../../lib/list-query';

type UpdateOptions = { replace?: boolean };
/** The fields to change, or a function of the query as the URL holds it at that moment. */
type QueryPatch = Partial<ListQuery> | ((current: ListQuery) => Partial<ListQuery>);

/** How long typing must pause before the search text goes into the address bar. */
export const SEARCH_URL_DELAY_MS = 400;

/** Search text typed ahead of the URL, over the URL it was typed on. */
type Draft = { q: string; over: string };

/**
 * The list's filters, search and sort, read from and written to the URL. Search text typed in
 * the box goes there once typing pauses, or when the box loses focus (which a click on a result
 * or the keyboard leaving the box does first): a history write on every keystroke costs the
 * keystroke milliseconds, and Back should leave the search anyway, not a letter.
 */
export function useListQuery() {
  const [params, setParams] = useSearchParams();
  const urlSearch = params.toString();
  const urlQuery = useMemo(() => parseListQuery(new URLSearchParams(urlSearch)), [urlSearch]);
  const [draft, setDraft] = useState<Draft | null>(null);
  // A draft typed over another URL is dropped: the URL changed under it (Back, a link).
  const typed = draft?.over === urlSearch ? draft.q : null;
  const query = useMemo(
    () => (typed === null || typed === urlQuery.q ? urlQuery : { ...urlQuery, q: typed }),
    [typed, urlQuery],
  );
  const search = useMemo(
    () => (query === urlQuery ? urlSearch : listQueryToParams(query).toString()),
    [query, urlQuery, urlSearch],
  );

  // The draft waiting for the URL, and the URL as last rendered: a draft is written only over
  // the URL it was typed on.
  const pending = useRef<{ draft: Draft; timer: ReturnType<typeof setTimeout> } | null>(null);
  const shownUrl = useRef(urlSearch);
  useEffect(() => {
    shownUrl.current = urlSearch;
  }, [urlSearch]);

  const write = useCallback(
    (patch: QueryPatch, options: UpdateOptions = {}) => {
      const waiting = pending.current;
      pending.current = null;
      if (waiting) clearTimeout(waiting.timer);
      const draftQ = waiting?.draft.over === shownUrl.current ? waiting.draft.q : null;
      setDraft(null);
      setParams(
        (previous) => {
          const current = parseListQuery(previous);
          if (draftQ !== null) current.q = draftQ;
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
  const flushSearch = useCallback(() => {
    if (pending.current?.draft.over === shownUrl.current) write({}, { replace: true });
  }, [write]);
  const typeSearch = useCallback(
    (q: string) => {
      if (pending.current) clearTimeout(pending.current.timer);
      const draft = { q, over: shownUrl.current };
      pending.current = { draft, timer: setTimeout(flushSearch, SEARCH_URL_DELAY_MS) };
      setDraft(draft);
    },
    [flushSearch],
  );
  useEffect(() => {
    // A reload or a closed tab keeps what was typed.
    window.addEventListener('pagehide', flushSearch);
    return () => window.removeEventListener('pagehide', flushSearch);
  }, [flushSearch]);
  // Leaving the list drops an unwritten draft: writing it then would take the user back to it.
  useEffect(() => () => clearTimeout(pending.current?.timer), []);

  return { query, search, updateQuery: write, typeSearch, flushSearch };
}
