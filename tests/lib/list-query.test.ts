import { describe, expect, it } from 'vitest';
import {
  EMPTY_LIST_QUERY,
  isFiltered,
  listQueryToParams,
  parseListQuery,
  withTagFilter,
} from '../../src/lib/list-query';

describe('list query in the URL', () => {
  it('round-trips every field', () => {
    const query = {
      q: 'fuzzing ü',
      statuses: ['read', 'reading'] as const,
      tags: ['to cite', 'ml'],
      section: 'debugging',
      sort: 'year' as const,
      newOnly: true,
    };
    const params = listQueryToParams({ ...query, statuses: [...query.statuses] });
    expect(parseListQuery(new URLSearchParams(params.toString()))).toEqual({
      ...query,
      statuses: ['read', 'reading'],
    });
  });

  it('ignores unknown statuses and sorts, and duplicates', () => {
    const query = parseListQuery(
      new URLSearchParams('status=read&status=done&status=read&sort=random&tag=&tag=a&tag=a'),
    );
    expect(query.statuses).toEqual(['read']);
    expect(query.sort).toBeNull();
    expect(query.tags).toEqual(['a']);
    expect(parseListQuery(new URLSearchParams('tag=%20%20&tag=ml')).tags).toEqual(['ml']);
  });

  it('writes nothing for the empty query', () => {
    expect(listQueryToParams(EMPTY_LIST_QUERY).toString()).toBe('');
    expect(isFiltered(EMPTY_LIST_QUERY)).toBe(false);
    expect(isFiltered({ ...EMPTY_LIST_QUERY, tags: ['x'] })).toBe(true);
  });

  it('counts any one field as a filter, but not a search of spaces', () => {
    expect(isFiltered({ ...EMPTY_LIST_QUERY, q: 'fuzzing' })).toBe(true);
    expect(isFiltered({ ...EMPTY_LIST_QUERY, q: '   ' })).toBe(false);
    expect(isFiltered({ ...EMPTY_LIST_QUERY, statuses: ['to-read'] })).toBe(true);
    expect(isFiltered({ ...EMPTY_LIST_QUERY, section: 'debugging' })).toBe(true);
    expect(isFiltered({ ...EMPTY_LIST_QUERY, newOnly: true })).toBe(true);
    expect(isFiltered({ ...EMPTY_LIST_QUERY, sort: 'year' })).toBe(false);
  });
});

describe('adding a tag to the filter', () => {
  it('adds the tag after those already there', () => {
    expect(withTagFilter([], 'ml')).toEqual(['ml']);
    expect(withTagFilter(['to cite'], 'ml')).toEqual(['to cite', 'ml']);
  });

  it('leaves the filter as it is when the tag is in it, in any case', () => {
    expect(withTagFilter(['ML', 'x'], 'ml')).toEqual(['ML', 'x']);
  });

  it('never changes the array it is given', () => {
    const tags = ['a'];
    expect(withTagFilter(tags, 'b')).not.toBe(tags);
    expect(withTagFilter(tags, 'a')).not.toBe(tags);
    expect(tags).toEqual(['a']);
  });
});
