// @vitest-environment node
import { db } from '../../src/db/database';
import { getPaperState } from '../../src/db/paper-queries';
import { saveNote, setStatus } from '../../src/db/paper-writes';
import {
  flushAfterPendingWrites,
  getSaveState,
  runWrite,
  SaveError,
  subscribeSaveState,
  toSaveError,
} from '../../src/db/save-status';
import { resetDatabase, snapshotOf } from './reset-database';
import { refuseWrites } from './refuse-writes';

const snapshot = snapshotOf('p1');
const FULL = "Not saved: the browser's storage for this site is full.";
const CLOSED = 'Not saved: the database was closed. Reload the page; your text is still on screen.';

beforeEach(resetDatabase);

// Every mutation fails the way a full disk does.
async function makeStorageFull(): Promise<void> {
  await refuseWrites();
}

describe('the write path', () => {
  it('reports a full disk in words, and a later success clears it', async () => {
    await makeStorageFull();
    const failed = saveNote('p1', 'text', snapshot);
    await expect(failed).rejects.toBeInstanceOf(SaveError);
    await expect(failed).rejects.toThrow(FULL);
    expect(getSaveState().lastError?.message).toBe(FULL);
    expect(getSaveState().lastError?.what).toBe('the note');

    await resetDatabase();
    await saveNote('p1', 'text', snapshot);
    expect(getSaveState().lastError).toBeNull();
    expect(getSaveState().lastSavedAt).not.toBeNull();
    expect(await getPaperState('p1')).toMatchObject({ note: 'text' });
  });

  it('reports a closed database', async () => {
    db.close();
    await expect(setStatus('p1', 'reading', snapshot)).rejects.toThrow(CLOSED);
    expect(getSaveState().lastError?.message).toBe(CLOSED);
  });

  it('counts pending writes, tells subscribers, and flushes', async () => {
    const seen: number[] = [];
    const unsubscribe = subscribeSaveState(() => seen.push(getSaveState().pending));
    const writes = [saveNote('p1', 'a', snapshot), setStatus('p2', 'read', snapshotOf('p2'))];
    expect(getSaveState().pending).toBe(2);
    await flushAfterPendingWrites();
    expect(getSaveState().pending).toBe(0);
    await Promise.all(writes);
    unsubscribe();
    expect(seen).toEqual([1, 2, 1, 0]);
    expect(await getPaperState('p2')).toMatchObject({ status: 'read' });
  });

  it('settles pending count after a failure too, and never swallows it', async () => {
    const failing = runWrite('the test', () => Promise.reject(new Error('boom')));
    expect(getSaveState().pending).toBe(1);
    await flushAfterPendingWrites();
    expect(getSaveState().pending).toBe(0);
    await expect(failing).rejects.toThrow('Not saved: boom');
  });

  it('keeps a quiet write out of the indicator, unless it fails', async () => {
    const before = getSaveState();
    let resolve = () => {};
    const quiet = runWrite('bookkeeping', () => new Promise<void>((r) => (resolve = r)), {
      quiet: true,
    });
    expect(getSaveState()).toBe(before);
    resolve();
    await quiet;
    expect(getSaveState()).toBe(before);
    const failing = runWrite('bookkeeping', () => Promise.reject(new Error('gone')), {
      quiet: true,
    });
    await expect(failing).rejects.toThrow('Not saved: gone');
    expect(getSaveState()).toMatchObject({ pending: 0, lastError: { what: 'bookkeeping' } });
  });

  it('keeps the previous state object until something changes', () => {
    const before = getSaveState();
    expect(getSaveState()).toBe(before);
  });
});

describe('toSaveError', () => {
  it.each([
    [new DOMException('x', 'QuotaExceededError'), FULL],
    [new DOMException('x', 'InvalidStateError'), CLOSED],
    [
      Object.assign(new Error('Abort'), {
        name: 'AbortError',
        inner: { name: 'QuotaExceededError' },
      }),
      FULL,
    ],
    [
      Object.assign(new Error('no idb'), { name: 'MissingAPIError' }),
      'Not saved: this browser has no IndexedDB (private mode?).',
    ],
    [new Error('Key already exists'), 'Not saved: Key already exists'],
    ['plain string', 'Not saved: plain string'],
  ])('turns %o into a sentence', (error, message) => {
    expect(toSaveError(error, 'it').message).toBe(message);
  });

  it('names itself, keeps what was being saved and the cause', () => {
    const cause = new DOMException('x', 'QuotaExceededError');
    const error = toSaveError(cause, 'the note');
    expect(error).toBeInstanceOf(SaveError);
    expect(error).toMatchObject({ name: 'SaveError', what: 'the note', cause });
    expect(toSaveError(new Error('odd'), 'the tag')).toMatchObject({
      what: 'the tag',
      cause: expect.objectContaining({ message: 'odd' }),
    });
  });

  it('looks five errors deep for a known cause, and no deeper', () => {
    const wrapped = (depth: number) => {
      let error: unknown = { name: 'QuotaExceededError', message: 'deep' };
      for (let i = 1; i < depth; i += 1) error = { name: 'AbortError', message: '', inner: error };
      return error;
    };
    expect(toSaveError(wrapped(5), 'it').message).toBe(FULL);
    expect(toSaveError(wrapped(6), 'it').message).toBe('Not saved: [object Object]');
  });

  it('falls back to the error itself when the deepest message is empty', () => {
    expect(toSaveError(new Error(''), 'it').message).toBe('Not saved: Error');
    expect(toSaveError({ name: 'Odd', message: 42 }, 'it').message).toBe(
      'Not saved: [object Object]',
    );
  });

  it('passes a SaveError through unchanged', () => {
    const error = new SaveError('Not saved: reason.', 'it');
    expect(toSaveError(error, 'other')).toBe(error);
  });
});
