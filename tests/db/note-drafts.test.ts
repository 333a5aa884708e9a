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

  it('drops entries that are JSON but not a draft, and recovers nothing from them', async () => {
    const notDrafts = ['5', 'null', '"text"', '[]', '{"text":1,"at":1}', '{"text":"x","at":"1"}'];
    notDrafts.forEach((value, i) => localStorage.setItem(`readmark:note-draft:p${i}`, value));
    expect(await recoverNoteDrafts()).toBe(0);
    for (let i = 0; i < notDrafts.length; i += 1) {
      expect(await getPaperState(`p${i}`)).toBeNull();
    }
    expect(hasNoteDrafts()).toBe(false);
  });

  it('recovers a draft whose title and address are missing as a note with empty ones', async () => {
    localStorage.setItem(
      'readmark:note-draft:p1',
      JSON.stringify({ text: 'kept', at: Date.now(), title: 5, url: null }),
    );
    expect(await recoverNoteDrafts()).toBe(1);
    expect(await getPaperState('p1')).toMatchObject({ note: 'kept', title: '', url: '' });
  });

  it('takes the draft’s title and address only where the stored record has none', async () => {
    await saveNote('p1', 'old', { title: 'Stored title', url: '' });
    const storedAt = (await getPaperState('p1'))?.noteUpdatedAt ?? 0;
    const draft = { title: 'Draft title', url: 'https://example.org/d' };
    localStorage.setItem(
      'readmark:note-draft:p1',
      JSON.stringify({ text: 'new text', at: storedAt + 1, ...draft }),
    );
    expect(await recoverNoteDrafts()).toBe(1);
    expect(await getPaperState('p1')).toMatchObject({
      note: 'new text',
      title: 'Stored title',
      url: 'https://example.org/d',
    });
  });

  it('leaves the rest of localStorage alone', async () => {
    const unrelated = JSON.stringify({ text: 'not ours', at: Date.now(), title: 't', url: 'u' });
    localStorage.setItem('readmark:density', 'compact');
    localStorage.setItem('other:p1', unrelated);
    expect(hasNoteDrafts()).toBe(false);
    expect(await recoverNoteDrafts()).toBe(0);
    expect(localStorage.getItem('other:p1')).toBe(unrelated);
    expect(localStorage.getItem('readmark:density')).toBe('compact');
  });

  it('an empty draft of a paper with no record changes nothing', async () => {
    journalNoteDraft('p1', '', snapshotOf('p1'));
    expect(await recoverNoteDrafts()).toBe(0);
    expect(await getPaperState('p1')).toBeNull();
    expect(hasNoteDrafts()).toBe(false);
  });

  it('keeps a draft written in the same millisecond as a different stored note', async () => {
    await saveNote('p1', 'stored', snapshotOf('p1'));
    const storedAt = (await getPaperState('p1'))?.noteUpdatedAt;
    localStorage.setItem(
      'readmark:note-draft:p1',
      JSON.stringify({ text: 'draft', at: storedAt, title: 't', url: 'u' }),
    );
    expect(await recoverNoteDrafts()).toBe(0);
    expect((await getPaperState('p1'))?.note).toBe('stored');
    expect(hasNoteDrafts()).toBe(true);
  });

  it('puts back a draft newer than a different stored note', async () => {
    await saveNote('p1', 'stored', snapshotOf('p1'));
    const storedAt = (await getPaperState('p1'))?.noteUpdatedAt ?? 0;
    localStorage.setItem(
      'readmark:note-draft:p1',
      JSON.stringify({ text: 'draft', at: storedAt + 1, title: 't', url: 'u' }),
    );
    expect(await recoverNoteDrafts()).toBe(1);
    expect((await getPaperState('p1'))?.note).toBe('draft');
  });

  describe('where localStorage is missing', () => {
    beforeEach(() => vi.stubGlobal('localStorage', undefined));
    afterEach(() => vi.unstubAllGlobals());

    it('journals nothing and finds nothing, without throwing', async () => {
      expect(() => journalNoteDraft('p1', 'text', snapshotOf('p1'))).not.toThrow();
      expect(() => clearNoteDraft('p1', 'text')).not.toThrow();
      expect(hasNoteDrafts()).toBe(false);
      expect(await recoverNoteDrafts()).toBe(0);
    });
  });
});
