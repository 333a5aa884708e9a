import type { CataloguePaper, CatalogueSection } from '../catalogue/schema';
import type { SearchState } from './state-changes';

/** From the page to the search worker, handled in the order sent. */
export type ToSearchWorker =
  /** The deployed list's text, as the page downloaded it (null: it could not). */
  | { kind: 'default-text'; text: string | null }
  /** The list the page shows, by fingerprint: the worker finds it among the lists it can load. */
  | { kind: 'open'; fingerprint: string }
  /** The list itself, when the worker could not find it. */
  | { kind: 'papers'; papers: readonly CataloguePaper[]; sections: readonly CatalogueSection[] }
  | { kind: 'states'; changes: SearchState[] }
  | { kind: 'search'; seq: number; query: string };

/**
 * From the worker. Hits are positions in the page's list, best first; a hit past the list's end
 * is a paper gone from it, whose id is `extraIds[position - listLength]`.
 */
export type FromSearchWorker =
  | { kind: 'ready' }
  | { kind: 'not-found' }
  | { kind: 'hits'; seq: number; positions: Int32Array | null; extraIds: string[] };
