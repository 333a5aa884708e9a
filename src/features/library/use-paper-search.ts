import { useEffect, useMemo, useRef, useState } from 'react';
import { changedIdsBetween } from '../../db/shared-states';
import { afterPaint } from '../../lib/after-paint';
import type { CataloguePaper, CatalogueSection } from '../../lib/catalogue/schema';
import type { PaperState } from '../../lib/paper-state';
import type { PaperSearch } from '../../lib/search/paper-search';

export type SearchResult = {
  /** Ids matching the query, best first; null when there is nothing to filter by. */
  hits: string[] | null;
  /** The index is still being built: the results are not known yet. */
  pending: boolean;
  /** The query the hits answer. */
  answered: string;
};

type States = ReadonlyMap<string, PaperState>;

/**
 * Full-text search over the list and the user's notes and tags, answered within the keystroke
 * itself, so its results are in the very next frame. A search takes a few milliseconds even at
 * 50,000 papers; an answer from a worker would always be a frame late, because after an input
 * the browser runs the messages that come in only once it has drawn the next frame.
 *
 * The index is built once the list is on screen and the states are read, in small batches (the
 * list's papers, then the notes and tags), so neither the first paint nor typing waits on
 * indexing thousands of papers. Until it is ready, a search is pending.
 */
export function usePaperSearch(
  papers: readonly CataloguePaper[],
  sections: readonly CatalogueSection[],
  states: States | undefined,
  query: string,
): SearchResult {
  const [built, setBuilt] = useState<{
    papers: readonly CataloguePaper[];
    search: PaperSearch<PaperState>;
  }>();
  const latestStates = useRef(states);
  useEffect(() => {
    latestStates.current = states;
  }, [states]);
  const statesRead = states !== undefined;

  useEffect(() => {
    if (!statesRead) return;
    let cancelled = false;
    const stillWanted = () => !cancelled;
    afterPaint()
      .then(() => import('../../lib/search/paper-search'))
      .then(async ({ buildPaperSearch, syncInBatches }) => {
        if (!stillWanted()) return;
        const search = await buildPaperSearch<PaperState>(papers, sections);
        const read = latestStates.current;
        if (read && stillWanted()) await syncInBatches(search, read);
        if (stillWanted()) setBuilt({ papers, search });
      })
      .catch((error: unknown) => console.error('The search index could not be built', error));
    return () => {
      cancelled = true;
    };
  }, [papers, sections, statesRead]);

  const search = built?.papers === papers ? built.search : null;
  // Brings the index up to date with the states before a search reads it (a new object each
  // time, so the answer below follows): only the papers a write touched are looked at.
  const current = useMemo(() => {
    if (!search) return null;
    search.sync(states, changedIdsBetween);
    return { search };
  }, [search, states]);

  return useMemo(() => {
    if (query.trim() === '') return { hits: null, pending: false, answered: query };
    if (!current) return { hits: [], pending: true, answered: query };
    return { hits: current.search.search(query), pending: false, answered: query };
  }, [current, query]);
}
