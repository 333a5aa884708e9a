import { useEffect, useMemo, useState } from 'react';
import { afterPaint } from '../../lib/after-paint';
import type { CataloguePaper, CatalogueSection } from '../../lib/catalogue/schema';
import type { PaperState } from '../../lib/paper-state';
import type { PaperSearch } from '../../lib/search/paper-search';
import type { SearchResult } from './use-paper-search';

/**
 * Full-text search over the list and the user's notes and tags, on this thread (where no worker
 * can run). The index is loaded and built after the list is on screen, in small batches, so
 * neither the first paint nor typing waits on indexing thousands of papers. The caller passes
 * a deferred query, as it does to the worker search.
 */
export function useMainThreadSearch(
  papers: readonly CataloguePaper[],
  sections: readonly CatalogueSection[],
  states: ReadonlyMap<string, PaperState> | undefined,
  query: string,
): SearchResult {
  const [built, setBuilt] = useState<{ papers: readonly CataloguePaper[]; search: PaperSearch }>();

  useEffect(() => {
    let cancelled = false;
    afterPaint()
      .then(() => import('../../lib/search/paper-search'))
      .then(({ buildPaperSearch }) => (cancelled ? null : buildPaperSearch(papers, sections)))
      .then(
        (search) => {
          if (search && !cancelled) setBuilt({ papers, search });
        },
        (error: unknown) => console.error('The search index could not be built', error),
      );
    return () => {
      cancelled = true;
    };
  }, [papers, sections]);

  const search = built?.papers === papers ? built.search : null;
  return useMemo(() => {
    if (query.trim() === '') return { hits: null, pending: false, answered: query };
    if (!search) return { hits: [], pending: true, answered: query };
    search.sync(states);
    return { hits: search.search(query), pending: false, answered: query };
  }, [search, states, query]);
}
