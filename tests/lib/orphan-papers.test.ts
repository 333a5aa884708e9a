import { describe, expect, it } from 'vitest';
import { orphanPapers } from '../../src/lib/orphan-papers';

describe('orphanPapers', () => {
  it('keeps state for papers gone from the list, by the name kept with it', () => {
    const inList = new Map([['a', {}]]);
    const orphans = orphanPapers(
      [
        { id: 'a', title: 'Still here', url: 'https://e.org/a' },
        { id: 'z', title: 'Zeta gone', url: 'https://e.org/z' },
        { id: 'b', title: 'Beta gone', url: 'https://e.org/b' },
        { id: 'c', title: '', url: 'https://e.org/c' },
      ],
      inList,
    );
    expect(orphans.map((paper) => paper.title)).toEqual(['Beta gone', 'c', 'Zeta gone']);
    expect(orphans[0]).toMatchObject({ id: 'b', url: 'https://e.org/b', sectionIds: [] });
  });
});
