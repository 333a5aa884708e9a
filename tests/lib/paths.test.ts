import { describe, expect, it } from 'vitest';
import { listPath, paperIdFromPathname, paperPath } from '../../src/lib/paths';

describe('paper paths', () => {
  it.each([
    'arxiv:1904.03257',
    'doi:10.1145/3377811.3380362',
    'url:cs.purdue.edu/homes/lintan/publications/cradle-icse19.pdf',
    'url:example.org/a%20b?x=1&y=2#',
    'url:例え.jp/論文',
  ])('round-trips %s through the URL', (id) => {
    const path = paperPath(id);
    expect(path.startsWith('/paper/')).toBe(true);
    expect(paperIdFromPathname(new URL(path, 'http://x').pathname)).toBe(id);
  });

  it('keeps the list query after the path', () => {
    expect(paperPath('arxiv:1', 'q=a')).toBe('/paper/arxiv%3A1?q=a');
    expect(listPath('tag=x')).toBe('/?tag=x');
    expect(listPath()).toBe('/');
  });

  it('rejects paths that are not a paper', () => {
    expect(paperIdFromPathname('/tags')).toBeNull();
    expect(paperIdFromPathname('/paper/')).toBeNull();
    expect(paperIdFromPathname('/paper/%E0%A4%A')).toBeNull();
  });
});
