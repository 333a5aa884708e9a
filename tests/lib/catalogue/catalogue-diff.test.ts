import { describe, expect, it } from 'vitest';
import { diffPaperIds, listKey } from '../../../src/lib/catalogue/catalogue-diff';

describe('diffPaperIds', () => {
  it('finds papers added and removed, in list order', () => {
    expect(diffPaperIds(['a', 'b', 'c'], ['c', 'd', 'a', 'e'])).toEqual({
      added: ['d', 'e'],
      removed: ['b'],
    });
  });

  it('sees no change when papers only moved', () => {
    expect(diffPaperIds(['a', 'b'], ['b', 'a'])).toEqual({ added: [], removed: [] });
  });

  it('keys a list by its source, else its title', () => {
    expect(listKey({ title: 'T', sourceUrl: 'https://x/' })).toBe('list:https://x/');
    expect(listKey({ title: 'T' })).toBe('list:T');
  });
});
