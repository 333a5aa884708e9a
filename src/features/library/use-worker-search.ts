import { useEffect, useState } from 'react';
import type { CataloguePaper, CatalogueSection } from '../../lib/catalogue/schema';
import type { PaperState } from '../../lib/paper-state';
import { openSearchClient, type SearchClient } from './search-worker-client';
import type { SearchResult } from './use-paper-search';

type Answer = { client: SearchClient; query: string; hits: string[] | null };

/**
 * Full-text search over the list and the user's notes and tags, indexed and answered in a
 * worker, so neither building the index nor a search ever holds up the page.
 */
export function useWorkerSearch(
  papers: readonly CataloguePaper[],
  sections: readonly CatalogueSection[],
  states: ReadonlyMap<string, PaperState> | undefined,
  query: string,
): SearchResult {
  const [opened, setOpened] = useState<{ papers: typeof papers; client: SearchClient }>();
  const [answer, setAnswer] = useState<Answer>();

  useEffect(() => {
    const client = openSearchClient(papers, sections, () => setOpened({ papers, client }));
    return () => client.close();
  }, [papers, sections]);

  // Only a ready index gets states (all of them at first): the worker is busy building before.
  const ready = opened?.papers === papers ? opened.client : undefined;
  // Declared before the search below, so a search always follows the states it should see.
  useEffect(() => ready?.sync(states), [ready, states]);

  const blank = query.trim() === '';
  useEffect(() => {
    if (!ready || blank) return;
    ready.search(query, (hits) => setAnswer({ client: ready, query, hits }));
  }, [ready, states, query, blank]);

  if (blank) return { hits: null, pending: false, answered: query };
  // Until this query's answer arrives (a few milliseconds), the previous query's stays shown.
  if (ready && answer?.client === ready) {
    return { hits: answer.hits, pending: false, answered: answer.query };
  }
  // The first search's answer is on its way: the whole list stays shown until it comes, rather
  // than a "Preparing search" note that would unmount the list and mount it again.
  if (ready) return { hits: null, pending: false, answered: '' };
  return { hits: [], pending: true, answered: query };
}
