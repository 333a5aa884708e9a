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
  /** Each paper's position in `papers`; built here when not given (callers memoise it). */
  order?: ReadonlyMap<string, number>;
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

export function orderOf(papers: readonly CataloguePaper[]): Map<string, number> {
  return new Map(papers.map((paper, index) => [paper.id, index]));
}

/** Whether the selection reads the user's states at all: when not, a write need not redo it. */
export function selectionUsesStates(query: ListQuery): boolean {
  return query.statuses.length > 0 || query.tags.length > 0 || query.sort === 'updated';
}

function hasAllTags(paper: CataloguePaper, state: StateForSelection | undefined, wanted: string[]) {
  const own = new Set([...paper.tags, ...(state?.tags ?? [])].map((tag) => tag.toLowerCase()));
  return wanted.every((tag) => own.has(tag.toLowerCase()));
}

/**
 * Filters and sorts the list as the query says. Pure, so it is cheap to test and to memoise.
 * With nothing to filter or sort, it returns `papers` itself, so memoised rows stay as they are.
 */
export function selectPapers(input: SelectionInput): readonly CataloguePaper[] {
  const { papers, states, query, searchHits, sectionPaperIds, newPaperIds } = input;
  const filtered =
    sectionPaperIds !== null || query.newOnly || query.statuses.length > 0 || query.tags.length > 0;
  const inListOrder = query.sort === null || query.sort === 'list';
  if (searchHits === null && !filtered && inListOrder) return papers;

  const order = input.order ?? orderOf(papers);
  const statusOf = (id: string): ReadingStatus => states.get(id)?.status ?? 'unread';
  // The hits in their ranked order: a fresh array, so nothing below copies it again.
  let hits: CataloguePaper[] | null = null;
  if (searchHits) {
    hits = [];
    for (const id of searchHits) {
      const paper = papers[order.get(id) ?? -1];
      if (paper) hits.push(paper);
    }
  }
  const candidates = hits ?? papers;
  // A fresh array either way: the sorts below sort it in place.
  const selected = filtered
    ? candidates.filter(
        (paper) =>
          (sectionPaperIds === null || sectionPaperIds.has(paper.id)) &&
          (!query.newOnly || newPaperIds?.has(paper.id) === true) &&
          (query.statuses.length === 0 || query.statuses.includes(statusOf(paper.id))) &&
          // Stryker disable next-line ConditionalExpression: hasAllTags of no tags is true (every over an empty list)
          (query.tags.length === 0 || hasAllTags(paper, states.get(paper.id), query.tags)),
      )
    : (hits ?? [...papers]);

  const byOrder = (a: CataloguePaper, b: CataloguePaper) =>
    (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0);

  switch (query.sort) {
    case null:
      // `papers` is in list order, and the search's ranking is kept while searching.
      return selected;
    case 'list':
      return searchHits ? selected.sort(byOrder) : selected;
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
