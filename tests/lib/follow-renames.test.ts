import { describe, expect, it } from 'vitest';
import { followRenames } from '../../src/lib/follow-renames';

describe('followRenames', () => {
  it('returns the same array when no tag was renamed', () => {
    const tags = ['a', 'b'];
    expect(followRenames(tags, { c: 'd' })).toBe(tags);
  });

  it('renames, merges without duplicates, and drops deleted tags', () => {
    expect(followRenames(['ML', 'old', 'gone'], { ml: 'machine learning', gone: null })).toEqual([
      'machine learning',
      'old',
    ]);
    expect(followRenames(['a', 'b'], { a: 'b' })).toEqual(['b']);
  });
});
