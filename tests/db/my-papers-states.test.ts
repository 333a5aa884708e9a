import { db } from '../../src/db/database';
import { mergeImportedStates } from '../../src/db/my-papers-states';
import type { PaperState } from '../../src/lib/paper-state';
import type { BibtexPaper } from '../../src/lib/papers/bibtex-entries';
import { cataloguePaper } from '../fixtures/catalogue-paper';
import { resetDatabase } from './reset-database';

beforeEach(resetDatabase);

const NOW = 50_000;

function entry(id: string, note: string, tags: string[]): BibtexPaper {
  return {
    key: id,
    line: 1,
    paper: cataloguePaper(id, { title: `Imported ${id}`, url: `https://file.example/${id}` }),
    note,
    tags,
  };
}

function stored(id: string, fields: Partial<PaperState> = {}): PaperState {
  return {
    id,
    title: `Listed ${id}`,
    url: `https://list.example/${id}`,
    status: 'reading',
    statusChangedAt: 1_100,
    startedAt: 1_100,
    note: '',
    tags: [],
    createdAt: 1_000,
    updatedAt: 2_000,
    ...fields,
  };
}

const merge = (...items: BibtexPaper[]) =>
  db.transaction('rw', db.papers, () => mergeImportedStates(items, NOW));

describe('mergeImportedStates', () => {
  it("adds a new paper's note and tags, timed now, and skips an entry with neither", async () => {
    await merge(entry('a', 'read this', ['#robustness', '  ', 'Verification']), entry('b', '', []));
    expect(await db.papers.get('a')).toEqual({
      id: 'a',
      title: 'Imported a',
      url: 'https://file.example/a',
      status: 'unread',
      note: 'read this',
      noteUpdatedAt: NOW,
      tags: ['robustness', 'Verification'],
      tagsUpdatedAt: NOW,
      createdAt: NOW,
      updatedAt: NOW,
    });
    expect(await db.papers.get('b')).toBeUndefined();
  });

  it('gives no note or tag time to what an entry does not bring', async () => {
    await merge(entry('a', 'only a note', []), entry('b', '', ['only-a-tag']));
    const [a, b] = await db.papers.bulkGet(['a', 'b']);
    expect(a).not.toHaveProperty('tagsUpdatedAt');
    expect(a?.noteUpdatedAt).toBe(NOW);
    expect(b).not.toHaveProperty('noteUpdatedAt');
    expect(b?.tagsUpdatedAt).toBe(NOW);
  });

  it('spells tags as the library does, and as earlier entries of the same file did', async () => {
    await db.papers.put(stored('s', { tags: ['ML'] }));
    await merge(entry('a', '', ['ml', 'New Tag']), entry('b', '', ['new tag']));
    expect((await db.papers.get('a'))?.tags).toEqual(['ML', 'New Tag']);
    expect((await db.papers.get('b'))?.tags).toEqual(['New Tag']);
  });

  it("keeps a stored paper's name, status and times, adding the file's tags beside its own", async () => {
    await db.papers.put(
      stored('a', { tags: ['mine'], tagsUpdatedAt: 1_500, note: 'kept', noteUpdatedAt: 1_200 }),
    );
    await merge(entry('a', 'kept', ['theirs']));
    expect(await db.papers.get('a')).toMatchObject({
      title: 'Listed a',
      url: 'https://list.example/a',
      status: 'reading',
      note: 'kept',
      noteUpdatedAt: 1_200,
      tags: ['mine', 'theirs'],
      tagsUpdatedAt: NOW,
      updatedAt: NOW,
    });
  });

  it("uses the file's name for a stored paper that has none", async () => {
    await db.papers.put(stored('a', { title: '', url: '' }));
    await merge(entry('a', 'note', []));
    expect(await db.papers.get('a')).toMatchObject({
      title: 'Imported a',
      url: 'https://file.example/a',
    });
  });

  it('writes nothing when the file brings nothing new, and leaves missing times missing', async () => {
    const before = stored('a', { tags: ['ml'], note: 'same' });
    await db.papers.put(before);
    await merge(entry('a', 'same', ['ML']));
    expect(await db.papers.get('a')).toEqual(before);
  });

  it('keeps both notes when they differ, and counts them', async () => {
    await db.papers.put(stored('a', { note: 'mine', noteUpdatedAt: 1_000 }));
    await db.papers.put(stored('b', { note: 'same' }));
    expect(await merge(entry('a', 'theirs', []), entry('b', 'same', []))).toBe(1);
    const note = (await db.papers.get('a'))?.note ?? '';
    expect(note).toContain('mine');
    expect(note).toContain('theirs');
  });
});
