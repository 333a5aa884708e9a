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

  it('keeps both texts when another tab changed the note meanwhile', async () => {
    await saveNote('p1', 'start', snapshotOf('p1'), 1000);
    await saveNote('p1', 'start + written in tab B', snapshotOf('p1'), 2000);
    const result = await saveNoteEdit(
      'p1',
      { base: 'start', text: 'start + written in tab A' },
      snapshotOf('p1'),
      3000,
    );
    expect(result.merged).toBe(true);
    const note = (await getPaperState('p1'))?.note ?? '';
    expect(note.startsWith('start + written in tab A')).toBe(true);
    expect(note).toContain('start + written in tab B');
    expect(note).toContain('Also written elsewhere');
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
