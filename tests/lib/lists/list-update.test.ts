// @vitest-environment node
import type { ImportedList } from '../../../src/lib/backup/backup-format';
import type { Catalogue, CataloguePaper } from '../../../src/lib/catalogue/schema';
import { CHECK_INTERVAL_MS, listsDueForCheck } from '../../../src/lib/lists/list-check-due';
import { compareCatalogues, describeListUpdate } from '../../../src/lib/lists/list-update';

const paper = (n: number, description?: string): CataloguePaper => ({
  id: `url:example.org/${n}`,
  title: `Paper ${n}`,
  url: `https://example.org/${n}`,
  sectionIds: ['s'],
  tags: [],
  links: [],
  ...(description === undefined ? {} : { description }),
});

const catalogue = (papers: CataloguePaper[]): Catalogue => ({
  schemaVersion: 2,
  title: 'Awesome Things',
  sections: [{ id: 's', title: 'S', parentId: null }],
  papers,
});

const version = (papers: CataloguePaper[], title = 'Awesome Things') => ({
  title,
  catalogue: catalogue(papers),
});

describe('comparing two versions of a list', () => {
  it('counts papers added and gone by id', () => {
    const before = version([paper(1), paper(2), paper(3)]);
    const after = version([paper(3), paper(4), paper(5), paper(1)]);
    expect(compareCatalogues(before, after)).toEqual({ added: 2, removed: 1, changed: true });
  });

  it('sees changed details and titles, and no change at all', () => {
    const before = version([paper(1), paper(2)]);
    expect(compareCatalogues(before, version([paper(1), paper(2)]))).toEqual({
      added: 0,
      removed: 0,
      changed: false,
    });
    expect(compareCatalogues(before, version([paper(1, 'new words'), paper(2)]))).toEqual({
      added: 0,
      removed: 0,
      changed: true,
    });
    expect(compareCatalogues(before, version([paper(1), paper(2)], 'Renamed')).changed).toBe(true);
  });
});

describe('an update in words', () => {
  it.each([
    [{ added: 7, removed: 2, changed: true }, 'Updated: 7 new papers, 2 gone.'],
    [{ added: 1, removed: 0, changed: true }, 'Updated: 1 new paper, none gone.'],
    [{ added: 0, removed: 3, changed: true }, 'Updated: no new papers, 3 gone.'],
    [{ added: 1_200, removed: 1, changed: true }, 'Updated: 1,200 new papers, 1 gone.'],
    [
      { added: 0, removed: 0, changed: true },
      'Updated: the same papers, with some details changed.',
    ],
    [{ added: 0, removed: 0, changed: false }, 'Up to date: nothing changed.'],
  ])('%j is %j', (update, words) => {
    expect(describeListUpdate(update)).toBe(words);
  });
});

describe('lists due for their daily check', () => {
  const NOW = Date.UTC(2026, 10, 26, 9, 30);
  const list = (id: string, extra: Partial<ImportedList>): ImportedList => ({
    id,
    title: id,
    addedAt: NOW - 10 * CHECK_INTERVAL_MS,
    source: 'address',
    address: `https://github.com/o/${id}`,
    catalogue: catalogue([paper(1)]),
    ...extra,
  });

  it('are those followed by address and last checked a day ago or more', () => {
    const lists = [
      list('fresh', { checkedAt: NOW - CHECK_INTERVAL_MS + 1 }),
      list('day-old', { checkedAt: NOW - CHECK_INTERVAL_MS }),
      list('never-checked', {}),
      list('just-added', { addedAt: NOW - 1000 }),
      list('file', { source: 'markdown', address: undefined, fileName: 'a.md' }),
      // A backup is checked against the schema, which lets a list read from a file carry an
      // address: it is still not followed.
      list('file-with-address', { source: 'markdown', fileName: 'a.md' }),
      list('json-with-address', { source: 'json', fileName: 'c.json' }),
      list('no-address', { address: undefined }),
    ];
    expect(listsDueForCheck(lists, NOW).map((due) => due.id)).toEqual(['day-old', 'never-checked']);
  });
});
