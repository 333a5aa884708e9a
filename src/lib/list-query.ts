import { isReadingStatus, type ReadingStatus } from './reading-status';

export type SortKey = 'list' | 'year' | 'title' | 'updated';

export const SORT_LABELS: Readonly<Record<SortKey, string>> = {
  list: 'List order',
  year: 'Year (newest first)',
  title: 'Title (A–Z)',
  updated: 'Recently updated',
};

/** What the list shows. It lives in the URL, so a view can be bookmarked and Back works. */
export type ListQuery = {
  q: string;
  statuses: ReadingStatus[];
  tags: string[];
  section: string | null;
  /** null: list order, or best match first while searching. */
  sort: SortKey | null;
  /** Only the papers added to the list since the user last acknowledged it. */
  newOnly: boolean;
};

export const EMPTY_LIST_QUERY: ListQuery = {
  q: '',
  statuses: [],
  tags: [],
  section: null,
  sort: null,
  newOnly: false,
};

function isSortKey(value: string | null): value is SortKey {
  return value !== null && value in SORT_LABELS;
}

export function parseListQuery(params: URLSearchParams): ListQuery {
  const sort = params.get('sort');
  return {
    q: params.get('q') ?? '',
    statuses: [...new Set(params.getAll('status').filter(isReadingStatus))],
    tags: [...new Set(params.getAll('tag').filter((tag) => tag.trim() !== ''))],
    section: params.get('section') || null,
    sort: isSortKey(sort) ? sort : null,
    newOnly: params.get('new') === '1',
  };
}

export function listQueryToParams(query: ListQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  query.statuses.forEach((status) => params.append('status', status));
  query.tags.forEach((tag) => params.append('tag', tag));
  if (query.section) params.set('section', query.section);
  if (query.sort) params.set('sort', query.sort);
  if (query.newOnly) params.set('new', '1');
  return params;
}

export function isFiltered(query: ListQuery): boolean {
  return (
    query.q.trim() !== '' ||
    query.statuses.length > 0 ||
    query.tags.length > 0 ||
    query.section !== null ||
    query.newOnly
  );
}

/** The tag filter with one more tag; as it was when the tag is already in it (in any case). */
export function withTagFilter(tags: readonly string[], tag: string): string[] {
  const wanted = tag.toLowerCase();
  return tags.some((t) => t.toLowerCase() === wanted) ? [...tags] : [...tags, tag];
}
