import { describe, expect, it } from 'vitest';
import { countReadBySection } from '../../../src/features/library/count-read-by-section';
import { updateReadCounts } from '../../../src/features/library/use-read-counts';
import { outlineCatalogue } from '../../../src/lib/catalogue/catalogue-outline';
import type { Catalogue } from '../../../src/lib/catalogue/schema';
import type { PaperState, ReadingStatus } from '../../../src/lib/paper-state';

const paper = (id: string, sectionIds: string[]) => ({
  id,
  title: id,
  url: `https://example.org/${id}`,
  sectionIds,
  tags: [],
  links: [],
});

const catalogue: Catalogue = {
  schemaVersion: 1,
  title: 'List',
  sections: [
    { id: 'a', title: 'A', parentId: null },
    { id: 'a-1', title: 'A.1', parentId: 'a' },
    { id: 'b', title: 'B', parentId: null },
  ],
  papers: [paper('p1', ['a']), paper('p2', ['a-1']), paper('p3', ['b', 'a-1']), paper('p4', [])],
};
const outline = outlineCatalogue(catalogue);
const STATUSES: ReadingStatus[] = ['unread', 'to-read', 'reading', 'read'];
const IDS = ['p1', 'p2', 'p3', 'p4', 'gone'];

const state = (id: string, status: ReadingStatus) => ({ id, status }) as PaperState;

describe('updateReadCounts', () => {
  it('moves the counts as counting every paper again would, for any run of changes', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    let states = new Map<string, PaperState>();
    let counts: ReturnType<typeof updateReadCounts> = countReadBySection(outline, states);
    for (let step = 0; step < 300; step += 1) {
      const next = new Map(states);
      const ids = IDS.filter(() => random(3) === 0);
      for (const id of ids) {
        const status = STATUSES[random(5)];
        if (status === undefined) next.delete(id);
        else next.set(id, state(id, status));
      }
      const changes = ids.map((id) => ({ id, before: states.get(id), after: next.get(id) }));
      counts = updateReadCounts(counts, outline, changes);
      states = next;
      expect(counts).toEqual(countReadBySection(outline, states));
    }
  });

  it('keeps the same counts when no paper became read or stopped being read', () => {
    const counts = countReadBySection(outline, new Map([['p1', state('p1', 'read')]]));
    const changes = [
      { id: 'p2', before: state('p2', 'unread'), after: state('p2', 'reading') },
      { id: 'gone', before: undefined, after: state('gone', 'read') },
    ];
    expect(updateReadCounts(counts, outline, changes)).toBe(counts);
  });
});
