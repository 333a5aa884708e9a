import type { CataloguePaper, CatalogueSection } from '../catalogue/schema';
import { paperFromSnapshot, type PaperSnapshotRecord } from '../orphan-papers';
import { paperSearchDocument, type StateForSearch } from './paper-document';
import { createSearchIndex, type SearchIndex } from './search-index';
import { sectionNames, type SectionNames } from './section-names';

type SyncedState = StateForSearch & PaperSnapshotRecord;

export type PaperSearch<S extends SyncedState = SyncedState> = {
  /**
   * Re-indexes the papers whose note or tags changed since they were last synced; given the ids
   * that may have changed, looks at those alone (at 50,000 papers, looking at every state takes
   * milliseconds).
   */
  sync(states: ReadonlyMap<string, S>, changedIds?: readonly string[]): void;
  /** How many times papers were re-indexed: an answer read before a change may differ after. */
  revision(): number;
  /** Ids matching every word, best first; null for an empty query. */
  search(query: string): string[] | null;
};

/**
 * Searched once when an index is built or has taken many notes: the first search after that
 * sorts in the new words, ranks the papers and compiles the search's loops, a few milliseconds
 * better spent now than on the first keystroke. Any common letter does.
 */
const WARM_UP_QUERY = 'e';

/** Yields to the page: the next batch runs in a task of its own. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The search over one list, built a batch at a time with a pause between batches, so indexing a
 * long list never blocks the page (no task longer than one batch); then kept current one paper
 * at a time by `sync`.
 */
export async function buildPaperSearch<S extends SyncedState = SyncedState>(
  papers: readonly CataloguePaper[],
  // Stryker disable next-line ArrayDeclaration: a stray entry in the default defines no section a paper's id list can name
  sections: readonly CatalogueSection[] = [],
  pause: () => Promise<void> = nextTask,
  batchSize = 1000,
): Promise<PaperSearch<S>> {
  const index = createSearchIndex();
  const names = sectionNames(sections);
  for (let start = 0; start < papers.length; start += batchSize) {
    papers.slice(start, start + batchSize).forEach((paper, offset) => {
      index.upsert(paperSearchDocument(paper, start + offset, undefined, names(paper)));
    });
    await pause();
  }
  index.search(WARM_UP_QUERY);
  return searchOver<S>(papers, names, index);
}

function searchOver<S extends SyncedState>(
  papers: readonly CataloguePaper[],
  names: SectionNames,
  index: SearchIndex,
): PaperSearch<S> {
  const orderById = new Map(papers.map((paper, order) => [paper.id, order]));
  const seen = new Map<string, S>();
  let revision = 0;

  /** Re-indexes the paper if its note or tags changed. */
  const look = (id: string, state: S) => {
    const previous = seen.get(id);
    // Stryker disable next-line ConditionalExpression: the same object has the same note and tags, so the next check skips it too
    if (previous === state) return;
    seen.set(id, state);
    if (previous && previous.note === state.note && previous.tags === state.tags) return;
    let order = orderById.get(id);
    if (order === undefined) {
      // A paper gone from the list stays searchable by the title kept with its state.
      order = orderById.size;
      orderById.set(id, order);
    }
    const paper = papers[order] ?? paperFromSnapshot(state);
    index.upsert(paperSearchDocument(paper, order, state, names(paper)));
    revision += 1;
  };

  return {
    sync(states, changedIds) {
      if (!changedIds) {
        for (const [id, state] of states) look(id, state);
        return;
      }
      for (const id of changedIds) {
        const state = states.get(id);
        if (state) look(id, state);
      }
    },
    revision: () => revision,
    search: (query) => index.search(query),
  };
}

/**
 * Indexes the notes and tags of `states` a batch at a time, pausing between batches: at
 * 10,000 papers with notes, indexing them all at once would hold the page for most of a second.
 * A batch ends once its notes reach `batchChars` characters (about 8 ms of indexing), so a
 * batch of long notes is no longer than one of short ones.
 */
export async function syncInBatches<S extends SyncedState>(
  search: PaperSearch<S>,
  states: ReadonlyMap<string, S>,
  pause: () => Promise<void> = nextTask,
  batchChars = 40_000,
): Promise<void> {
  let batch = new Map<string, S>();
  let chars = 0;
  for (const [id, state] of states) {
    batch.set(id, state);
    // Each state costs something even without a note: its tags and a look at it.
    chars += state.note.length + 40;
    if (chars < batchChars) continue;
    search.sync(batch);
    batch = new Map();
    chars = 0;
    await pause();
  }
  search.sync(batch);
  search.search(WARM_UP_QUERY);
}
