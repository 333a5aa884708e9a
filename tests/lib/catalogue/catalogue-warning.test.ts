// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { warningText, warningsSummary } from '../../../src/lib/catalogue/catalogue-warning';

const skip = (line: number) => warningText({ line, message: `skipped "Entry ${line}": no link` });
const drop = (line: number) => warningText({ line, message: 'dropped link "code": not http(s)' });

describe('warningsSummary', () => {
  it('counts skipped entries right and names their lines', () => {
    expect(warningsSummary([skip(10)])).toBe('1 entry skipped (line 10)');
    expect(warningsSummary([skip(10), skip(14)])).toBe('2 entries skipped (lines 10 and 14)');
    expect(warningsSummary([skip(3), skip(4), skip(5)])).toBe(
      '3 entries skipped (lines 3, 4 and 5)',
    );
    expect(warningsSummary(Array.from({ length: 1207 }, (_, n) => skip(n + 1)))).toBe(
      '1,207 entries skipped (lines 1, 2, 3, 4, 5 and 1,202 more)',
    );
  });

  it('tells other warnings apart from skipped entries', () => {
    expect(warningsSummary([skip(10), drop(12)])).toBe(
      '1 entry skipped (line 10), 1 other warning (line 12)',
    );
    expect(warningsSummary([drop(12), drop(20)])).toBe('2 warnings (lines 12 and 20)');
    expect(warningsSummary([warningText({ line: 0, message: 'source URL is not http(s)' })])).toBe(
      '1 warning',
    );
    expect(warningsSummary([])).toBe('');
  });

  it('says "other warnings" for more than one beside skipped entries', () => {
    expect(warningsSummary([skip(10), drop(12), drop(20)])).toBe(
      '1 entry skipped (line 10), 2 other warnings (lines 12 and 20)',
    );
  });

  it('counts a warning not written as `line N:` as a warning with no line', () => {
    expect(warningsSummary(['could not reach the list', skip(7)])).toBe(
      '1 entry skipped (line 7), 1 other warning',
    );
  });
});
