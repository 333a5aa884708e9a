// @vitest-environment node
import { db } from '../../src/db/database';
import { getAllPaperStates, getPaperState, getTagCounts } from '../../src/db/paper-queries';
import { normaliseTag } from '../../src/db/tag-names';
import {
  addTag,
  deleteTag,
  mergeTags,
  removeTag,
  renameTag,
  restoreTags,
  tagsOf as tagsBeforeDelete,
} from '../../src/db/tag-writes';
import { resetDatabase, snapshotOf } from './reset-database';

beforeEach(resetDatabase);

async function tagsOf(id: string): Promise<string[] | undefined> {
  return (await getPaperState(id))?.tags;
}

async function tagPapers(tagsById: Record<string, string[]>): Promise<void> {
  for (const [id, tags] of Object.entries(tagsById)) {
    for (const tag of tags) await addTag(id, tag, snapshotOf(id), 100);
  }
}

describe('normaliseTag', () => {
  it.each([
    ['#ml', 'ml'],
    [' deep   learning ', 'deep learning'],
    ['##  graphs', 'graphs'],
    ['tab\tand\nnewline', 'tab and newline'],
  ])('%j becomes %j', (raw, tag) => {
    expect(normaliseTag(raw)).toBe(tag);
  });

  it.each(['', '   ', '#', ' # '])('%j is no tag', (raw) => {
    expect(normaliseTag(raw)).toBeNull();
  });

  it('keeps at most 64 characters', () => {
    expect(normaliseTag('a'.repeat(65))).toBe('a'.repeat(64));
    expect(normaliseTag('🙂'.repeat(65))).toBe('🙂'.repeat(64));
  });
});

describe('addTag and removeTag', () => {
  it('adds normalised tags in order, once whatever their case', async () => {
    await tagPapers({ p1: ['#ml', ' deep   learning ', 'ML', 'Deep Learning', 'x'.repeat(65)] });
    expect(await tagsOf('p1')).toEqual(['ml', 'deep learning', 'x'.repeat(64)]);
  });

  it('adopts the spelling the library already uses', async () => {
    await tagPapers({ p1: ['NLP'], p2: ['nlp'] });
    expect(await tagsOf('p2')).toEqual(['NLP']);
  });

  it('rejects an empty tag and writes nothing', async () => {
    await expect(addTag('p1', ' # ', snapshotOf('p1'))).rejects.toMatchObject({
      message: expect.stringMatching(/^Not saved: a tag needs/),
      what: 'the tag',
    });
    expect(await getPaperState('p1')).toBeNull();
  });

  it('keeps fields another tab changed, and refreshes the snapshot', async () => {
    await tagPapers({ p1: ['a'] });
    await db.papers.update('p1', { note: 'other tab' });
    await addTag('p1', 'b', { title: 'New', url: 'u' }, 200);
    expect(await getPaperState('p1')).toMatchObject({
      tags: ['a', 'b'],
      note: 'other tab',
      title: 'New',
      updatedAt: 200,
    });
  });

  it('removes a tag whatever its case, and ignores a paper without a record', async () => {
    await tagPapers({ p1: ['a', 'B', 'c'] });
    await removeTag('p1', 'b');
    expect(await tagsOf('p1')).toEqual(['a', 'c']);
    await removeTag('nobody', 'a');
    expect(await getPaperState('nobody')).toBeNull();
  });
});

describe('renameTag, mergeTags and deleteTag', () => {
  it('renames across papers, counting the papers changed', async () => {
    await tagPapers({ p1: ['ml', 'x'], p2: ['y', 'ML'], p3: ['z'] });
    expect(await renameTag('ml', 'machine learning', 500)).toBe(2);
    expect(await tagsOf('p1')).toEqual(['machine learning', 'x']);
    expect(await tagsOf('p2')).toEqual(['y', 'machine learning']);
    expect(await getPaperState('p2')).toMatchObject({ updatedAt: 500 });
    expect(await getPaperState('p3')).toMatchObject({ tags: ['z'], updatedAt: 100 });
  });

  it('merges into an existing tag without duplicates, keeping the first position', async () => {
    await tagPapers({
      p1: ['dl', 'a', 'neural'],
      p2: ['neural', 'dl'],
      p3: ['dl'],
      p4: ['neural'],
    });
    expect(await mergeTags('dl', 'Neural')).toBe(3);
    expect(await tagsOf('p1')).toEqual(['neural', 'a']);
    expect(await tagsOf('p2')).toEqual(['neural']);
    expect(await tagsOf('p3')).toEqual(['neural']);
    expect(await tagsOf('p4')).toEqual(['neural']);
  });

  it('changes only the case when asked to', async () => {
    await tagPapers({ p1: ['ml'], p2: ['ml'] });
    expect(await renameTag('ml', 'ML')).toBe(2);
    expect(await getTagCounts()).toEqual([{ tag: 'ML', count: 2 }]);
  });

  it('returns 0 for a tag nobody has, or a rename to itself', async () => {
    await tagPapers({ p1: ['a'] });
    expect(await renameTag('missing', 'b')).toBe(0);
    expect(await renameTag('a', 'a')).toBe(0);
    expect(await tagsOf('p1')).toEqual(['a']);
  });

  it('rejects a rename to an empty name', async () => {
    await tagPapers({ p1: ['a'] });
    await expect(renameTag('a', '#')).rejects.toMatchObject({
      message: expect.stringMatching(/^Not saved: a tag needs/),
      what: 'the tag',
    });
    expect(await tagsOf('p1')).toEqual(['a']);
  });

  it('works across many papers', async () => {
    const ids = Array.from({ length: 60 }, (_, i) => `p${i}`);
    await db.papers.bulkAdd(
      ids.map((id, i) => ({
        id,
        ...snapshotOf(id),
        status: 'unread' as const,
        note: '',
        tags: i % 3 === 0 ? ['keep', 'old'] : ['keep'],
        createdAt: 1,
        updatedAt: 1,
      })),
    );
    expect(await renameTag('old', 'new')).toBe(20);
    expect(await deleteTag('KEEP')).toBe(60);
    expect(await getTagCounts()).toEqual([{ tag: 'new', count: 20 }]);
    expect(await deleteTag('nothing')).toBe(0);
    expect((await getAllPaperStates()).every((p) => !p.tags.includes('keep'))).toBe(true);
  });
});

describe('undoing a tag delete', () => {
  it('puts the tag back on exactly the papers that had it', async () => {
    await addTag('p1', 'keep', snapshotOf('p1'));
    await addTag('p1', 'gone', snapshotOf('p1'));
    await addTag('p2', 'Gone', snapshotOf('p2'));
    const before = await tagsBeforeDelete('gone');
    expect(await deleteTag('gone')).toBe(2);
    await restoreTags(before);
    expect((await getPaperState('p1'))?.tags).toEqual(['keep', 'gone']);
    expect((await getPaperState('p2'))?.tags).toEqual(['gone']);
  });
});
