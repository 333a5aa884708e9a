// @vitest-environment node
import type * as Y from 'yjs';
import { readPaper, removePaper, writePaper } from '../../../src/lib/sync/library-doc';
import type { PaperState } from '../../../src/lib/paper-state';
import { device, sync, syncedPaper as paper } from '../../fixtures/library-doc';

// Two devices that share one paper: `b` has the higher client id, so where both set the same
// key at once, `b`'s value is the one Yjs keeps.
function twoDevices(start: PaperState = paper) {
  const a = device(1);
  const b = device(2);
  a.transact(() => writePaper(a, start));
  sync(a, b);
  return { a, b, base: readPaper(a, start.id) };
}

const write = (doc: Y.Doc, next: PaperState, agreed?: PaperState) =>
  doc.transact(() => writePaper(doc, next, agreed));

const tagsOn = (doc: Y.Doc) => readPaper(doc, paper.id)?.tags;

describe('the library document on two devices', () => {
  // Device a starts reading again, adds to the note and a tag; b gets that before its own table
  // does, and writes a change of its own from the older state.
  const fromA = {
    ...paper,
    status: 'reading',
    statusChangedAt: 40,
    finishedAt: undefined,
    note: 'Neuron coverage 🧠 (see §3)',
    noteUpdatedAt: 40,
    tags: ['testing', 'to cite', 'fuzzing'],
    tagsUpdatedAt: 40,
    updatedAt: 40,
  } satisfies PaperState;

  it('keeps the status and note another device wrote when only the tags changed here', () => {
    const { a, b, base } = twoDevices();
    write(a, fromA, base);
    sync(a, b);
    write(
      b,
      { ...paper, tags: [...paper.tags, 'to share'], tagsUpdatedAt: 50, updatedAt: 50 },
      base,
    );
    expect(readPaper(b, paper.id)).toEqual({
      ...fromA,
      tags: ['testing', 'to cite', 'fuzzing', 'to share'],
      tagsUpdatedAt: 50,
      updatedAt: 50,
    });
  });

  it('keeps the status and tags another device wrote when only the note changed here', () => {
    const { a, b, base } = twoDevices();
    write(a, fromA, base);
    sync(a, b);
    write(
      b,
      { ...paper, note: 'Whitebox: neuron coverage 🧠', noteUpdatedAt: 50, updatedAt: 50 },
      base,
    );
    expect(readPaper(b, paper.id)).toEqual({
      ...fromA,
      note: 'Whitebox: neuron coverage 🧠 (see §3)',
      noteUpdatedAt: 50,
      updatedAt: 50,
    });
  });

  it('keeps a tag removed on one device removed when the other edits the note meanwhile', () => {
    const { a, b, base } = twoDevices();
    write(a, { ...paper, tags: ['testing'], tagsUpdatedAt: 40, updatedAt: 40 }, base);
    write(b, { ...paper, note: 'Read again', noteUpdatedAt: 50, updatedAt: 50 }, base);
    sync(a, b);
    expect(tagsOn(a)).toEqual(['testing']);
    expect(tagsOn(b)).toEqual(['testing']);
  });

  it('loses nothing another device changed meanwhile to a write of what the document held', () => {
    const { a, b, base } = twoDevices();
    write(a, fromA, base);
    // b restores a backup that matches what it already has.
    write(b, paper);
    sync(a, b);
    expect(readPaper(b, paper.id)).toEqual(fromA);
    expect(readPaper(a, paper.id)).toEqual(fromA);
  });

  it('keeps the note time of an edit made meanwhile when a restore clears the time', () => {
    const { a, b, base } = twoDevices();
    write(a, { ...paper, note: `${paper.note} (see §3)`, noteUpdatedAt: 40, updatedAt: 40 }, base);
    write(b, { ...paper, note: '', noteUpdatedAt: undefined });
    sync(a, b);
    expect(readPaper(b, paper.id)?.noteUpdatedAt).toBe(40);
  });

  it('keeps a paper added on one device while the other removed a paper it never had', () => {
    const a = device(1);
    const b = device(2);
    write(a, paper);
    b.transact(() => removePaper(b, paper.id));
    sync(a, b);
    expect(readPaper(b, paper.id)).toEqual(paper);
  });

  it('lists tags in the order they were added, whichever device added them', () => {
    const { a, b, base } = twoDevices({ ...paper, tags: [], tagsUpdatedAt: undefined });
    // a added two tags at 100 and then edited the note; b added one at 200.
    write(a, { ...paper, tags: ['one', 'two'], tagsUpdatedAt: 100, updatedAt: 300 }, base);
    write(b, { ...paper, tags: ['three'], tagsUpdatedAt: 200, updatedAt: 200 }, base);
    sync(a, b);
    expect(tagsOn(a)).toEqual(['one', 'two', 'three']);
    expect(tagsOn(b)).toEqual(['one', 'two', 'three']);
  });

  it('lists tags added at the same moment on two devices alike on both, by name', () => {
    const { a, b, base } = twoDevices({ ...paper, tags: [], tagsUpdatedAt: undefined });
    write(a, { ...paper, tags: ['beta'], tagsUpdatedAt: 100 }, base);
    write(b, { ...paper, tags: ['alpha'], tagsUpdatedAt: 100 }, base);
    sync(a, b);
    expect(tagsOn(a)).toEqual(['alpha', 'beta']);
    expect(tagsOn(b)).toEqual(['alpha', 'beta']);
  });

  it('keeps a tag in its place when only its case changes', () => {
    const { a, b, base } = twoDevices({ ...paper, tags: ['ml', 'testing'], tagsUpdatedAt: 10 });
    write(a, { ...paper, tags: ['ML', 'testing'], tagsUpdatedAt: 100 }, base);
    sync(a, b);
    expect(tagsOn(b)).toEqual(['ML', 'testing']);
  });
});
