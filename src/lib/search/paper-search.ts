import type { CataloguePaper, CatalogueSection } from '../catalogue/schema';
import { paperFromSnapshot, type PaperSnapshotRecord } from '../orphan-papers';
import { paperSearchDocument, type StateForSearch } from './paper-document';
import { createSearchIndex, type SearchIndex } from './search-index';
import { sectionNames, type SectionNames } from './section-names';

type SyncedState = StateForSearch & PaperSnapshotRecord;

export type PaperSearch = {
  /** Re-indexes only the papers whose note or tags changed since the last sync. */
  sync(states: ReadonlyMap<string, SyncedState> | undefined): void;
  /** Ids matching every word, best first; null for an empty query. */
  search(query: string): string[] | null;
};

/** The search over one list: built once, then kept current one paper at a time. */
export function createPaperSearch(
  papers: readonly CataloguePaper[],
  // Stryker disable next-line ArrayDeclaration: a stray entry in the default defines no section a paper's id list can name
  sections: readonly CatalogueSection[] = [],
): PaperSearch {
  const names = sectionNames(sections);
  const docs = papers.map((paper, order) =>
    paperSearchDocument(paper, order, undefined, names(paper)),
  );
  return searchOver(papers, names, createSearchIndex(docs));
}

/** Yields to the page: the next batch runs in a task of its own. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The same, built a batch at a time with a pause between batches, so indexing a long list never
 * blocks the page (no task longer than one batch).
 */
export async function buildPaperSearch(
  papers: readonly CataloguePaper[],
  // Stryker disable next-line ArrayDeclaration: a stray entry in the default defines no section a paper's id list can name
  sections: readonly CatalogueSection[] = [],
  pause: () => Promise<void> = nextTask,
  batchSize = 1000,
): Promise<PaperSearch> {
  const index = createSearchIndex();
  const names = sectionNames(sections);
  for (let start = 0; start < papers.length; start += batchSize) {
    papers.slice(start, start + batchSize).forEach((paper, offset) => {
      index.upsert(paperSearchDocument(paper, start + offset, undefined, names(paper)));
    });
    await pause();
  }
  return searchOver(papers, names, index);
}

function searchOver(
  papers: readonly CataloguePaper[],
  names: SectionNames,
  index: SearchIndex,
): PaperSearch {
  const orderById = new Map(papers.map((paper, order) => [paper.id, order]));
  const seen = new Map<string, SyncedState>();

  return {
    sync(states) {
      // Stryker disable next-line ArrayDeclaration: a stray entry here would index a paper with no id and no text: no query finds it
      for (const [id, state] of states ?? []) {
        const previous = seen.get(id);
        // Stryker disable next-line ConditionalExpression: the same object has the same note and tags, so the next check skips it too
        if (previous === state) continue;
        seen.set(id, state);
        if (previous && previous.note === state.note && previous.tags === state.tags) continue;
        let order = orderById.get(id);
        if (order === undefined) {
          // A paper gone from the list stays searchable by the title kept with its state.
          order = orderById.size;
          orderById.set(id, order);
        }
        const paper = papers[order] ?? paperFromSnapshot(state);
        index.upsert(paperSearchDocument(paper, order, state, names(paper)));
      }
    },
    search: (query) => index.search(query),
  };
}
