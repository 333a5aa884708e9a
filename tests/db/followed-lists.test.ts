// @vitest-environment node
import { db } from '../../src/db/database';
import { addFollowedList, saveListCheck } from '../../src/db/followed-lists';
import { markPapersSeen } from '../../src/db/list-visits';
import type { ImportedList } from '../../src/lib/backup/backup-format';
import type { Catalogue } from '../../src/lib/catalogue/schema';
import { resetDatabase } from './reset-database';

beforeEach(resetDatabase);

const catalogue = (...ids: string[]): Catalogue => ({
  schemaVersion: 2,
  title: 'Awesome Things',
  sourceUrl: 'https://github.com/o/n',
  sections: [{ id: 's', title: 'S', parentId: null }],
  papers: ids.map((id) => ({
    id: `url:example.org/${id}`,
    title: id,
    url: `https://example.org/${id}`,
    sectionIds: ['s'],
    tags: [],
    links: [],
  })),
});

const followed: ImportedList = {
  id: 'address:github.com/o/n',
  title: 'Awesome Things',
  addedAt: 1_000,
  source: 'address',
  address: 'https://github.com/o/n',
  checkedAt: 1_000,
  catalogue: catalogue('a', 'b'),
};

const seen = async () => (await db.meta.get('seen:list:https://github.com/o/n'))?.value;

describe('a list followed by its address', () => {
  it('is stored as the current list, with its papers counted as seen', async () => {
    await addFollowedList(followed, 5);
    expect(await db.lists.get(followed.id)).toEqual(followed);
    expect((await db.meta.get('activeListId'))?.value).toBe(followed.id);
    expect(await seen()).toEqual({ paperIds: ['url:example.org/a', 'url:example.org/b'], at: 5 });
  });

  it('added again keeps what the user had seen of it', async () => {
    await markPapersSeen('list:https://github.com/o/n', ['url:example.org/old'], 1);
    await addFollowedList(followed, 5);
    expect(await seen()).toEqual({ paperIds: ['url:example.org/old'], at: 1 });
  });

  it('takes a check: the time alone, or the time and a new version', async () => {
    await addFollowedList(followed);
    expect(await saveListCheck(followed.id, { checkedAt: 2_000 })).toBe(true);
    expect(await db.lists.get(followed.id)).toEqual({ ...followed, checkedAt: 2_000 });
    const next = catalogue('b', 'c');
    expect(
      await saveListCheck(followed.id, { checkedAt: 3_000, title: 'Renamed', catalogue: next }),
    ).toBe(true);
    expect(await db.lists.get(followed.id)).toEqual({
      ...followed,
      title: 'Renamed',
      checkedAt: 3_000,
      catalogue: next,
    });
  });

  it('removed while it was checked, stays removed', async () => {
    expect(await saveListCheck(followed.id, { checkedAt: 2_000 })).toBe(false);
    expect(await db.lists.count()).toBe(0);
  });
});
