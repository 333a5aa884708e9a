import { describe, expect, it } from 'vitest';
import type { CataloguePaper } from '../../src/lib/catalogue/schema';
import { EMPTY_LIST_QUERY, type ListQuery } from '../../src/lib/list-query';
import {
  orderOf,
  selectPapers,
  selectionUsesStates,
  type StateForSelection,
} from '../../src/lib/select-papers';

const paper = (id: string, title: string, year?: number, tags: string[] = []): CataloguePaper => ({
  id,
  title,
  url: `https://example.org/${id}`,
  ...(year === undefined ? {} : { year }),
  sectionIds: [],
  tags,
  links: [],
});

const papers = [
  paper('a', 'Zebra', 2019),
  paper('b', 'apple', 2023, ['Training']),
  paper('c', 'Mango'),
  paper('d', 'Banana', 2021),
];

const states = new Map<string, StateForSelection>([
  ['a', { status: 'read', tags: ['ML', 'cite'], updatedAt: 10 }],
  ['c', { status: 'reading', tags: ['ml'], updatedAt: 30 }],
  ['d', { status: 'to-read', tags: [], updatedAt: 20 }],
]);

function ids(query: Partial<ListQuery>, searchHits: string[] | null = null, section?: string[]) {
  return selectPapers({
    newPaperIds: new Set(['b', 'd']),
    papers,
    states,
    query: { ...EMPTY_LIST_QUERY, ...query },
    searchHits,
    sectionPaperIds: section ? new Set(section) : null,
  }).map((p) => p.id);
}

describe('selectPapers', () => {
  it('keeps list order by default', () => {
    expect(ids({})).toEqual(['a', 'b', 'c', 'd']);
  });

  it('filters by status, treating papers without state as unread', () => {
    expect(ids({ statuses: ['unread'] })).toEqual(['b']);
    expect(ids({ statuses: ['read', 'reading'] })).toEqual(['a', 'c']);
  });

  it('filters by every selected tag, case-insensitively, list tags included', () => {
    expect(ids({ tags: ['ml'] })).toEqual(['a', 'c']);
    expect(ids({ tags: ['ml', 'CITE'] })).toEqual(['a']);
    expect(ids({ tags: ['training'] })).toEqual(['b']);
  });

  it('filters by section', () => {
    expect(ids({}, null, ['d', 'b'])).toEqual(['b', 'd']);
  });

  it('keeps the search ranking unless a sort is chosen', () => {
    expect(ids({ q: 'x' }, ['d', 'a'])).toEqual(['d', 'a']);
    expect(ids({ q: 'x', sort: 'list' }, ['d', 'a'])).toEqual(['a', 'd']);
  });

  it('sorts by year (unknown last), title and recent updates', () => {
    expect(ids({ sort: 'year' })).toEqual(['b', 'd', 'a', 'c']);
    expect(ids({ sort: 'title' })).toEqual(['b', 'd', 'c', 'a']);
    expect(ids({ sort: 'updated' })).toEqual(['c', 'd', 'a', 'b']);
  });

  it('skips search hits for papers no longer in the list', () => {
    // The search index can still hold a paper the updated list dropped.
    expect(ids({ q: 'x' }, ['d', 'gone', 'a'])).toEqual(['d', 'a']);
  });

  it('puts search hits back in list order when asked', () => {
    expect(ids({ q: 'x', sort: 'list' }, ['b', 'd', 'a', 'c'])).toEqual(['a', 'b', 'c', 'd']);
  });

  it('shows only the papers new since the last visit when asked', () => {
    expect(ids({ newOnly: true })).toEqual(['b', 'd']);
  });

  it('shows nothing as new before new papers are known', () => {
    const query = { ...EMPTY_LIST_QUERY, newOnly: true };
    expect(
      selectPapers({ papers, states, query, searchHits: null, sectionPaperIds: null }),
    ).toEqual([]);
  });

  it('returns the list itself when nothing filters or sorts it, so memoised rows survive', () => {
    const input = { papers, states, searchHits: null, sectionPaperIds: null };
    expect(selectPapers({ ...input, query: EMPTY_LIST_QUERY })).toBe(papers);
    expect(selectPapers({ ...input, query: { ...EMPTY_LIST_QUERY, sort: 'list' } })).toBe(papers);
    expect(selectPapers({ ...input, query: { ...EMPTY_LIST_QUERY, sort: 'year' } })).not.toBe(
      papers,
    );
    expect(papers.map((p) => p.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('uses the order it is given for the list order of search hits', () => {
    const order = orderOf(papers);
    const hits = selectPapers({
      papers,
      order,
      states,
      query: { ...EMPTY_LIST_QUERY, q: 'x', sort: 'list' },
      searchHits: ['d', 'b', 'a'],
      sectionPaperIds: null,
    });
    expect(hits.map((p) => p.id)).toEqual(['a', 'b', 'd']);
  });

  it('says which queries read the states', () => {
    expect(selectionUsesStates(EMPTY_LIST_QUERY)).toBe(false);
    expect(selectionUsesStates({ ...EMPTY_LIST_QUERY, q: 'x', sort: 'year' })).toBe(false);
    expect(selectionUsesStates({ ...EMPTY_LIST_QUERY, statuses: ['read'] })).toBe(true);
    expect(selectionUsesStates({ ...EMPTY_LIST_QUERY, tags: ['ml'] })).toBe(true);
    expect(selectionUsesStates({ ...EMPTY_LIST_QUERY, sort: 'updated' })).toBe(true);
  });
});
