// @vitest-environment node
import { readFileSync } from 'node:fs';
import { readBackupContents, restoreBackup } from '../../src/db/backup-store';
import { createBackup } from '../../src/lib/backup/backup-format';
import { db } from '../../src/db/database';
import { getMeta, META_KEYS } from '../../src/db/meta';
import {
  addMySection,
  addToMyPapers,
  editMyPaper,
  importIntoMyPapers,
  moveMyPaper,
} from '../../src/db/my-papers';
import { saveNote, setStatus } from '../../src/db/paper-writes';
import { addTag } from '../../src/db/tag-writes';
import { papersFromBibtex, type BibtexPaper } from '../../src/lib/papers/bibtex-entries';
import { MY_PAPERS_ID } from '../../src/lib/papers/my-papers';
import { paperOf } from '../../src/lib/papers/paper-details';
import { resetDatabase } from './reset-database';

beforeEach(resetDatabase);

const paper = paperOf('arxiv:2403.07648', 'https://arxiv.org/abs/2403.07648', {
  title: 'A paper',
  authors: ['Ana Müller'],
  venue: 'arXiv',
  year: 2024,
});

async function myList() {
  const list = await db.lists.get(MY_PAPERS_ID);
  if (!list) throw new Error('no My papers list');
  return list;
}

const item = (id: string, note: string, tags: string[]): BibtexPaper => ({
  key: id,
  line: 1,
  paper: paperOf(id, `https://example.org/${id}`, { title: `Title ${id}`, authors: [] }),
  note,
  tags,
});

describe('My papers in the database', () => {
  it('is made by the first paper added, which also makes it the list shown', async () => {
    await addToMyPapers(paper, 100);
    expect(await myList()).toMatchObject({
      id: MY_PAPERS_ID,
      source: 'mine',
      addedAt: 100,
      catalogue: { title: 'My papers', papers: [paper] },
    });
    expect(await getMeta(META_KEYS.activeListId)).toBe(MY_PAPERS_ID);
  });

  it('edits details, makes sections and moves papers between them', async () => {
    await addToMyPapers(paper, 100);
    await editMyPaper(paper.id, { title: 'Better title', authors: ['B'], year: 2025 });
    await addMySection('Reading group', paper.id);
    let list = await myList();
    expect(list.catalogue.sections).toEqual([
      { id: 'reading-group', title: 'Reading group', parentId: null },
    ]);
    expect(list.catalogue.papers[0]).toMatchObject({
      title: 'Better title',
      authors: ['B'],
      year: 2025,
      sectionIds: ['reading-group'],
    });
    expect(list.catalogue.papers[0]?.venue).toBeUndefined();
    await moveMyPaper(paper.id, null);
    list = await myList();
    expect(list.catalogue.papers[0]?.sectionIds).toEqual([]);
    await expect(addMySection('  ', paper.id)).rejects.toThrow('a section needs a name');
  });

  it('refuses to change a list that is not there, in words', async () => {
    await expect(editMyPaper(paper.id, { title: 'T', authors: [] })).rejects.toMatchObject({
      message: 'Not saved: there is no “My papers” list yet.',
      what: 'the details',
    });
  });

  it('counts the papers the user adds as seen, once the list has been seen', async () => {
    const key = 'seen:list:My papers';
    await addToMyPapers(paper, 100);
    expect(await db.meta.get(key)).toBeUndefined();
    await db.meta.put({ key, value: { paperIds: [paper.id], at: 100 } });
    await importIntoMyPapers([item('url:example.org/new', '', [])], new Set(), 200);
    expect((await db.meta.get(key))?.value).toEqual({
      paperIds: [paper.id, 'url:example.org/new'],
      at: 200,
    });
  });

  it('merged from a backup, gains the backup’s papers and keeps its own', async () => {
    await addToMyPapers(paper, 100);
    const { lists } = await readBackupContents();
    await resetDatabase();
    const other = paperOf('url:example.org/here', 'https://example.org/here', {
      title: 'Added here',
      authors: [],
    });
    await addToMyPapers(other, 200);
    const backup = createBackup({
      papers: [],
      lists,
      nextUpOrder: [],
      settings: {},
      exportedAt: new Date(300),
      app: 'readmark test',
    });
    await restoreBackup(backup, 'merge');
    expect((await myList()).catalogue.papers.map((p) => p.id)).toEqual([other.id, paper.id]);
  });

  it('goes into a backup like any other list', async () => {
    await addToMyPapers(paper, 100);
    const { lists } = await readBackupContents();
    expect(lists.map((list) => list.id)).toEqual([MY_PAPERS_ID]);
  });
});

describe('importing BibTeX into My papers', () => {
  it('adds the 44 papers of the Zotero library with their notes and tags', async () => {
    const { papers } = papersFromBibtex(
      readFileSync('tests/fixtures/papers/zotero-library.bib', 'utf8'),
    );
    const counts = await importIntoMyPapers(papers, new Set(), 500);
    expect(counts).toEqual({ added: 44, alreadyThere: 0, conflicts: 0 });
    expect((await myList()).catalogue.papers).toHaveLength(44);
    const deepxplore = await db.papers.get('doi:10.1145/3132747.3132785');
    expect(deepxplore).toMatchObject({
      note: 'Imported note: neuron coverage guides input generation.',
      tags: ['testing', 'to cite'],
      status: 'unread',
    });
    // Keywords go through the tag normalisation: '#transformers' is 'transformers'.
    expect((await db.papers.get('arxiv:1706.03762'))?.tags).toEqual(['transformers', 'attention']);
    // A paper with neither note nor keywords gets no state record.
    expect(await db.papers.get('arxiv:1602.10001')).toBeUndefined();

    // The same file again: everything is already there and nothing changes.
    const before = await db.papers.toArray();
    expect(await importIntoMyPapers(papers, new Set(), 900)).toEqual({
      added: 0,
      alreadyThere: 44,
      conflicts: 0,
    });
    expect(await db.papers.toArray()).toEqual(before);
  });

  it('merges into a paper already on a list, losing none of the user’s state', async () => {
    const id = 'doi:10.1145/3132747.3132785';
    const snapshot = { title: 'DeepXplore (from the list)', url: 'https://example.org/dx' };
    await setStatus(id, 'reading', snapshot, 100);
    await saveNote(id, 'My own note.', snapshot, 110);
    await addTag(id, 'Testing', snapshot, 120);
    await addTag(id, 'mine', snapshot, 120);

    const counts = await importIntoMyPapers(
      [item(id, 'Imported note.', ['testing', 'zotero']), item('url:example.org/new', '', [])],
      new Set([id]),
      500,
    );
    expect(counts).toEqual({ added: 1, alreadyThere: 1, conflicts: 1 });
    expect((await myList()).catalogue.papers.map((p) => p.id)).toEqual(['url:example.org/new']);
    const merged = await db.papers.get(id);
    expect(merged).toMatchObject({
      title: 'DeepXplore (from the list)',
      status: 'reading',
      tags: ['Testing', 'mine', 'zotero'],
      tagsUpdatedAt: 500,
    });
    expect(merged?.note).toMatch(/^Imported note\./);
    expect(merged?.note).toContain('My own note.');
  });

  it('makes no empty list when nothing new comes in', async () => {
    const id = 'doi:10.1145/3132747.3132785';
    expect(await importIntoMyPapers([item(id, 'Note.', [])], new Set([id]), 500)).toEqual({
      added: 0,
      alreadyThere: 1,
      conflicts: 0,
    });
    expect(await db.lists.get(MY_PAPERS_ID)).toBeUndefined();
    expect((await db.papers.get(id))?.note).toBe('Note.');
  });

  it('treats papers on any stored list as already there', async () => {
    await addToMyPapers(paper, 100);
    await db.lists.put({
      id: 'imported:other',
      title: 'Other',
      addedAt: 1,
      source: 'markdown',
      catalogue: {
        schemaVersion: 2,
        title: 'Other',
        sections: [],
        papers: [item('url:example.org/other', '', []).paper],
      },
    });
    const counts = await importIntoMyPapers(
      [item(paper.id, '', []), item('url:example.org/other', '', [])],
      new Set(),
      500,
    );
    expect(counts).toEqual({ added: 0, alreadyThere: 2, conflicts: 0 });
  });
});
