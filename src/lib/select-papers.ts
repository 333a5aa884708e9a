import type { CataloguePaper } from './catalogue/schema';
import type { ListQuery } from './list-query';
import type { ReadingStatus } from './reading-status';

export type StateForSelection = {
  status: ReadingStatus;
  tags: readonly string[];
  updatedAt: number;
};

export type SelectionInput = {
  /** Every paper the list can show, in list order. */
  papers: readonly CataloguePaper[];
  states: ReadonlyMap<string, StateForSelection>;
  query: ListQuery;
  /** Ids matching the search, best first; null when there is no search. */
  searchHits: readonly string[] | null;
  /** Ids in the selected section (subsections included); null for every section. */
  sectionPaperIds: ReadonlySet<string> | null;
  /** Ids new since the user's last visit, for the "new only" filter. */
  newPaperIds?: ReadonlySet<string>;
};

const titleCollator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function hasAllTags(paper: CataloguePaper, state: StateForSelection | undefined, wanted: string[]) {
  const own = new Set([...paper.tags, ...(state?.tags ?? [])].map((tag) => tag.toLowerCase()));
  return wanted.every((tag) => own.has(tag.toLowerCase()));
}

/** Filters and sorts the list as the query says. Pure, so it is cheap to test and to memoise. */
export function selectPapers(input: SelectionInput): CataloguePaper[] {
  const { papers, states, query, searchHits, sectionPaperIds, newPaperIds } = input;
  const order = new Map(papers.map((paper, index) => [paper.id, index]));
  const statusOf = (id: string): ReadingStatus => states.get(id)?.status ?? 'unread';

  const candidates = searchHits
    ? searchHits.flatMap((id) => {
        const index = order.get(id);
        const paper = index === undefined ? undefined : papers[index];
        return paper ? [paper] : [];
      })
    : [...papers];

  const selected = candidates.filter(
    (paper) =>
      (sectionPaperIds === null || sectionPaperIds.has(paper.id)) &&
      (!query.newOnly || newPaperIds?.has(paper.id) === true) &&
      (query.statuses.length === 0 || query.statuses.includes(statusOf(paper.id))) &&
      (query.tags.length === 0 || hasAllTags(paper, states.get(paper.id), query.tags)),
  );

  const byOrder = (a: CataloguePaper, b: CataloguePaper) =>
    (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0);

  switch (query.sort) {
    case null:
      // List order, or the search's ranking when searching.
      return searchHits ? selected : selected.sort(byOrder);
    case 'list':
      return selected.sort(byOrder);
    case 'year':
      return selected.sort(
        (a, b) => (b.year ?? -Infinity) - (a.year ?? -Infinity) || byOrder(a, b),
      );
    case 'title':
      return selected.sort((a, b) => titleCollator.compare(a.title, b.title) || byOrder(a, b));
    case 'updated':
      return selected.sort(
        (a, b) =>
          (states.get(b.id)?.updatedAt ?? -Infinity) - (states.get(a.id)?.updatedAt ?? -Infinity) ||
          byOrder(a, b),
      );
  }
}
