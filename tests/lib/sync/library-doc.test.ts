// @vitest-environment node
import * as Y from 'yjs';
import {
  paperIds,
  readPaper,
  removePaper,
  sameContent,
  touchedBy,
  writePaper,
} from '../../../src/lib/sync/library-doc';
import type { PaperState } from '../../../src/lib/paper-state';

const paper: PaperState = {
  id: 'arxiv:1705.06640',
  title: 'DeepXplore',
  url: 'https://arxiv.org/abs/1705.06640',
  status: 'read',
  statusChangedAt: 30,
  startedAt: 10,
  finishedAt: 30,
  note: 'Neuron coverage 🧠',
  noteUpdatedAt: 20,
  tags: ['testing', 'to cite'],
  tagsUpdatedAt: 25,
  createdAt: 1,
  updatedAt: 30,
};

function sync(a: Y.Doc, b: Y.Doc) {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
}

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

  it('names the papers a change from elsewhere touched', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    a.transact(() => writePaper(a, paper));
    sync(a, b);
    const seen: string[][] = [];
    b.on('afterTransaction', (transaction: Y.Transaction) => {
      seen.push([...touchedBy(b, transaction).papers]);
    });
    const base = readPaper(a, paper.id);
    a.transact(() => writePaper(a, { ...paper, note: 'changed' }, base));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(seen).toEqual([[paper.id]]);
  });
});
