import { describe, expect, it } from 'vitest';
import { parseListDensity } from '../../src/lib/list-density';

describe('list density read back from storage', () => {
  it('keeps the two known values', () => {
    expect(parseListDensity('compact')).toBe('compact');
    expect(parseListDensity('cards')).toBe('cards');
  });

  it('falls back to cards for nothing stored or anything unknown', () => {
    expect(parseListDensity(null)).toBe('cards');
    expect(parseListDensity('Compact')).toBe('cards');
    expect(parseListDensity('"compact"')).toBe('cards');
  });
});
