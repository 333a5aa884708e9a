import { useMainThreadSearch } from './use-main-thread-search';
import { useWorkerSearch } from './use-worker-search';

export type SearchResult = {
  /** Ids matching the query, best first; null when there is nothing to filter by. */
  hits: string[] | null;
  /** The index is still being built: the results are not known yet. */
  pending: boolean;
  /**
   * The query the hits answer: the one asked for, or an earlier one (the empty query when there
   * was none) while its answer is on its way.
   */
  answered: string;
};

/**
 * `usePaperSearch(papers, sections, states, query)`: the ids matching the query, best first. In
 * a worker where the browser can run one; on this thread otherwise (and in tests under jsdom).
 */
export const usePaperSearch = typeof Worker === 'function' ? useWorkerSearch : useMainThreadSearch;
