import { getPaperState } from '../../src/db/paper-queries';
import { saveNote } from '../../src/db/paper-writes';
import {
  clearNoteDraft,
  hasNoteDrafts,
  journalNoteDraft,
  recoverNoteDrafts,
} from '../../src/db/note-drafts';
import { resetDatabase, snapshotOf } from './reset-database';

beforeEach(async () => {
  await resetDatabase();
  localStorage.clear();
});

describe('note drafts journal', () => {
  it('puts back a note that never reached the database', async () => {
    journalNoteDraft('p1', 'typed just before closing', snapshotOf('p1'));
    expect(hasNoteDrafts()).toBe(true);
    expect(await recoverNoteDrafts()).toBe(1);
    expect(await getPaperState('p1')).toMatchObject({
      note: 'typed just before closing',
      title: 'Paper p1',
    });
    expect(hasNoteDrafts()).toBe(false);
  });

  it('forgets a draft once exactly its text is saved', async () => {
    journalNoteDraft('p1', 'abc', snapshotOf('p1'));
    clearNoteDraft('p1', 'ab');
    expect(hasNoteDrafts()).toBe(true);
    clearNoteDraft('p1', 'abc');
    expect(hasNoteDrafts()).toBe(false);
  });

  it('does nothing for a draft already saved', async () => {
    await saveNote('p1', 'same', snapshotOf('p1'));
    journalNoteDraft('p1', 'same', snapshotOf('p1'));
    expect(await recoverNoteDrafts()).toBe(0);
    expect(hasNoteDrafts()).toBe(false);
  });

  it('keeps a draft older than a different stored note instead of overwriting it', async () => {
    journalNoteDraft('p1', 'older draft', snapshotOf('p1'));
    await new Promise((resolve) => setTimeout(resolve, 5));
    await saveNote('p1', 'newer note from another tab', snapshotOf('p1'));
    expect(await recoverNoteDrafts()).toBe(0);
    expect((await getPaperState('p1'))?.note).toBe('newer note from another tab');
    expect(hasNoteDrafts()).toBe(true);
  });

  it('drops a corrupt journal entry', async () => {
    localStorage.setItem('readmark:note-draft:p1', '{not json');
    expect(await recoverNoteDrafts()).toBe(0);
    expect(hasNoteDrafts()).toBe(false);
  });
});
