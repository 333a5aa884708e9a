import { useEffect, useMemo, useState } from 'react';
import { changedIdsBetween } from '../../db/shared-states';
import { afterPaint } from '../../lib/after-paint';
import type { CataloguePaper, CatalogueSection } from '../../lib/catalogue/schema';
import type { PaperState } from '../../lib/paper-state';
import type { PaperSearch } from '../../lib/search/paper-search';

type SearchResult = {
  /** Ids matching the query, best first; null when there is nothing to filter by. */
  hits: string[] | null;
  /** The index is still being built: the results are not known yet. */
  pending: boolean;
};

type States = ReadonlyMap<string, PaperState>;
type Search = PaperSearch<PaperState>;

// More changed papers than this (a restore, a first sync) are indexed in batches: their notes
// could hold the page for seconds.
const SYNC_AT_ONCE = 200;

class SyncCancelled extends Error {}

/** The index over `papers`, built once the list is on screen and the states are read. */
function useBuiltSearch(
  papers: readonly CataloguePaper[],
  sections: readonly CatalogueSection[],
  statesRead: boolean,
): Search | null {
  const [built, setBuilt] = useState<{ papers: readonly CataloguePaper[]; search: Search }>();
  useEffect(() => {
    if (!statesRead) return;
    let cancelled = false;
    afterPaint()
      .then(() => import('../../lib/search/paper-search'))
      .then(async ({ buildPaperSearch }) => {
        if (cancelled) return;
        const search = await buildPaperSearch<PaperState>(papers, sections);
        if (!cancelled) setBuilt({ papers, search });
      })
      .catch((error: unknown) => console.error('The search index could not be built', error));
    return () => {
      cancelled = true;
    };
  }, [papers, sections, statesRead]);
  return built?.papers === papers ? built.search : null;
}

/** Whether the changes from `base` to `states` are few enough to index at once; their ids. */
function fewChanges(base: States | undefined, states: States): readonly string[] | null {
  if (!base) return null;
  const ids = states === base ? [] : changedIdsBetween(base, states);
  return ids && ids.length <= SYNC_AT_ONCE ? ids : null;
}

/**
 * Keeps the index's notes and tags up to date with the states: the few papers a write touched
 * at once, as the list renders; many (the first time, a restore) in batches, after which the
 * index answers for them. The index's revision, null until the first sync is done.
 */
function useSyncedIndex(search: Search | null, states: States | undefined): number | null {
  const [batched, setBatched] = useState<{ search: Search; states: States }>();
  const base = batched?.search === search ? batched.states : undefined;

  // Looked up once per change of the states, for both the sync below and the batches.
  const few = useMemo(
    () => (search && states ? fewChanges(base, states) : null),
    [search, states, base],
  );

  useEffect(() => {
    if (!search || !states || few) return;
    let cancelled = false;
    const pause = () =>
      cancelled
        ? Promise.reject(new SyncCancelled())
        : new Promise<void>((resolve) => setTimeout(resolve, 0));
    import('../../lib/search/paper-search')
      .then(({ syncInBatches }) => syncInBatches(search, states, pause))
      .then(
        () => setBatched({ search, states }),
        (error: unknown) => {
          if (!(error instanceof SyncCancelled)) console.error('Notes could not be indexed', error);
        },
      );
    return () => {
      cancelled = true;
    };
  }, [search, states, few]);

  return useMemo(() => {
    if (!search || !states || !base) return null;
    // Many changes wait for the batches above; until then the index answers as it was.
    if (few) search.sync(states, few);
    return search.revision();
  }, [search, states, base, few]);
}

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
  const search = useBuiltSearch(papers, sections, states !== undefined);
  const revision = useSyncedIndex(search, states);
  return useMemo(() => {
    if (query.trim() === '') return { hits: null, pending: false };
    // A new revision (notes or tags re-indexed) asks the index again.
    if (!search || revision === null) return { hits: [], pending: true };
    return { hits: search.search(query), pending: false };
  }, [search, revision, query]);
}
