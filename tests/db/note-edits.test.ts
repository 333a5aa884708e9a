// @vitest-environment node
import { saveNoteEdit } from '../../src/db/note-edits';
import { getPaperState } from '../../src/db/paper-queries';
import { saveNote } from '../../src/db/paper-writes';
import { resetDatabase, snapshotOf } from './reset-database';

beforeEach(resetDatabase);

describe('saveNoteEdit', () => {
  it('saves an edit typed over the stored text', async () => {
    await saveNote('p1', 'draft one', snapshotOf('p1'), 1000);
    const result = await saveNoteEdit(
      'p1',
      { base: 'draft one', text: 'draft two' },
      snapshotOf('p1'),
      2000,
    );
    expect(result).toEqual({ note: 'draft two', merged: false, savedAt: 2000 });
    expect((await getPaperState('p1'))?.noteUpdatedAt).toBe(2000);
  });

  it('merges an edit with one another tab made meanwhile, character by character', async () => {
    await saveNote('p1', 'the middle', snapshotOf('p1'), 1000);
    await saveNote('p1', 'the middle, then the end', snapshotOf('p1'), 2000);
    const result = await saveNoteEdit(
      'p1',
      { base: 'the middle', text: 'At first, the middle' },
      snapshotOf('p1'),
      3000,
    );
    expect(result).toEqual({
      note: 'At first, the middle, then the end',
      merged: true,
      savedAt: 3000,
    });
    expect((await getPaperState('p1'))?.note).toBe('At first, the middle, then the end');
  });

  it('does not call it a conflict when the other text is already inside the edit', async () => {
    await saveNote('p1', 'abc', snapshotOf('p1'), 1000);
    const result = await saveNoteEdit('p1', { base: '', text: 'abc def' }, snapshotOf('p1'), 2000);
    expect(result.merged).toBe(false);
    expect((await getPaperState('p1'))?.note).toBe('abc def');
  });

  it('creates the record for a first note', async () => {
    await saveNoteEdit('p9', { base: '', text: 'first' }, snapshotOf('p9'), 5);
    expect(await getPaperState('p9')).toMatchObject({ note: 'first', title: 'Paper p9' });
  });
});
