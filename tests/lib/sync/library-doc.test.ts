// @vitest-environment node
import * as Y from 'yjs';
import {
  paperIds,
  readPaper,
  removePaper,
  sameContent,
  writePaper,
} from '../../../src/lib/sync/library-doc';
import type { PaperState } from '../../../src/lib/paper-state';
import { sync, syncedPaper as paper } from '../../fixtures/library-doc';

describe('the library document', () => {
  it('reads back a paper as it was written', () => {
    const doc = new Y.Doc();
    doc.transact(() => writePaper(doc, paper));
    expect(readPaper(doc, paper.id)).toEqual(paper);
    expect(paperIds(doc)).toEqual([paper.id]);
  });

  it('keeps both tags two devices added to the same paper offline', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    a.transact(() => writePaper(a, { ...paper, tags: [] }));
    sync(a, b);
    const base = readPaper(a, paper.id);
    a.transact(() => writePaper(a, { ...paper, tags: ['from-a'] }, base));
    b.transact(() => writePaper(b, { ...paper, tags: ['from-b'] }, base));
    sync(a, b);
    expect(readPaper(a, paper.id)?.tags.sort()).toEqual(['from-a', 'from-b']);
    expect(sameContent(readPaper(a, paper.id), readPaper(b, paper.id))).toBe(true);
  });

  it('moves a status with its dates, never a status from one device with dates from another', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    a.transact(() => writePaper(a, { ...paper, status: 'unread', startedAt: undefined }));
    sync(a, b);
    const base = readPaper(a, paper.id);
    a.transact(() =>
      writePaper(a, { ...paper, status: 'reading', startedAt: 100, finishedAt: undefined }, base),
    );
    b.transact(() =>
      writePaper(b, { ...paper, status: 'read', startedAt: 200, finishedAt: 300 }, base),
    );
    sync(a, b);
    const merged = readPaper(a, paper.id);
    expect([
      { status: 'reading', startedAt: 100, finishedAt: undefined },
      { status: 'read', startedAt: 200, finishedAt: 300 },
    ]).toContainEqual({
      status: merged?.status,
      startedAt: merged?.startedAt,
      finishedAt: merged?.finishedAt,
    });
  });

  it('flags a removed paper, and a later write brings it back', () => {
    const doc = new Y.Doc();
    doc.transact(() => writePaper(doc, paper));
    doc.transact(() => removePaper(doc, paper.id));
    expect(readPaper(doc, paper.id)).toBeUndefined();
    doc.transact(() => writePaper(doc, paper));
    expect(readPaper(doc, paper.id)).toEqual(paper);
  });

  it('reads a library as the documented layout has it, as an earlier build wrote it', () => {
    const doc = new Y.Doc();
    doc.getMap('index').set(paper.id, true);
    const fields = doc.getMap('paper:' + paper.id);
    fields.set('title', paper.title);
    fields.set('url', paper.url);
    fields.set('createdAt', 1);
    fields.set('updatedAt', 30);
    fields.set('reading', { status: 'reading', statusChangedAt: 10, startedAt: 10 });
    doc.getText('note:' + paper.id).insert(0, 'Check §4');
    doc.getMap('tags:' + paper.id).set('ml', { name: 'ML', at: 5 });
    const read = readPaper(doc, paper.id);
    expect(read).toEqual({
      id: paper.id,
      title: paper.title,
      url: paper.url,
      status: 'reading',
      statusChangedAt: 10,
      startedAt: 10,
      note: 'Check §4',
      tags: ['ML'],
      createdAt: 1,
      updatedAt: 30,
    });
    // A tag added here joins the one stored under its lower-cased name, not beside it.
    const next = { ...paper, ...read, tags: ['ML', 'fuzzing'], tagsUpdatedAt: 40, updatedAt: 40 };
    doc.transact(() => writePaper(doc, next, read));
    expect(readPaper(doc, paper.id)?.tags).toEqual(['ML', 'fuzzing']);
  });

  it('reads a paper whose fields are missing or not understood (a newer build) as empty', () => {
    const doc = new Y.Doc();
    doc.getMap('index').set(paper.id, true);
    const fields = doc.getMap('paper:' + paper.id);
    fields.set('createdAt', '2024-05-01');
    fields.set('reading', {
      status: 'archived',
      statusChangedAt: Number.POSITIVE_INFINITY,
      startedAt: '2024-05-02',
      finishedAt: Number.NaN,
    });
    const tags = doc.getMap<unknown>('tags:' + paper.id);
    tags.set('testing', { name: 'testing', at: 3 });
    tags.set('broken', null);
    tags.set('nameless', { at: 1 });
    expect(readPaper(doc, paper.id)).toEqual({
      id: paper.id,
      title: '',
      url: '',
      status: 'unread',
      note: '',
      tags: ['testing'],
      createdAt: 0,
      updatedAt: 0,
    });
  });

  it('takes a state written without an agreed one as it is: cleared note, removed tag', () => {
    const doc = new Y.Doc();
    doc.transact(() => writePaper(doc, paper));
    // A backup from before the note was written, restored over the paper.
    const restored = {
      ...paper,
      note: '',
      noteUpdatedAt: undefined,
      tags: ['testing'],
      tagsUpdatedAt: undefined,
      updatedAt: 40,
    };
    doc.transact(() => writePaper(doc, restored));
    expect(readPaper(doc, paper.id)).toEqual(restored);
  });

  it('dates the removal of a tag', () => {
    const doc = new Y.Doc();
    doc.transact(() => writePaper(doc, paper));
    const next = { ...paper, tags: ['to cite'], tagsUpdatedAt: 45, updatedAt: 45 };
    doc.transact(() => writePaper(doc, next, paper));
    expect(readPaper(doc, paper.id)).toEqual(next);
  });

  it('keeps the first time a paper was added and the latest time it changed', () => {
    const doc = new Y.Doc();
    doc.transact(() => writePaper(doc, paper));
    // A device whose copy was added later, and whose clock is behind, writes the paper.
    doc.transact(() => writePaper(doc, { ...paper, note: 'Later', createdAt: 5, updatedAt: 20 }));
    expect(readPaper(doc, paper.id)).toMatchObject({ note: 'Later', createdAt: 1, updatedAt: 30 });
  });
});

describe('sameContent', () => {
  it('tells a paper from no paper', () => {
    expect(sameContent(undefined, paper)).toBe(false);
    expect(sameContent(paper, undefined)).toBe(false);
    expect(sameContent(undefined, undefined)).toBe(true);
  });

  it('sees any change a reader would see', () => {
    const changes: Partial<PaperState>[] = [
      { title: 'DeepXplore: Automated Whitebox Testing' },
      { url: 'https://dl.acm.org/doi/10.1145/3132747.3132785' },
      { status: 'reading' },
      { statusChangedAt: 31 },
      { startedAt: 11 },
      { finishedAt: 31 },
      { note: 'Neuron coverage' },
      { tags: ['testing'] },
      { tags: ['testing', 'to read'] },
    ];
    for (const change of changes) {
      expect(sameContent(paper, { ...paper, ...change })).toBe(false);
    }
  });

  it('leaves out times that only date a change, and the order and case of tags', () => {
    const other = {
      ...paper,
      tags: ['To Cite', 'Testing'],
      noteUpdatedAt: 99,
      tagsUpdatedAt: 99,
      createdAt: 99,
      updatedAt: 99,
    };
    expect(sameContent(paper, other)).toBe(true);
  });
});
