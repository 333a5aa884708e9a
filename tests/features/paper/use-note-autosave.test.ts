import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getPaperState } from '../../../src/db/paper-queries';
import { flushAfterPendingWrites } from '../../../src/db/save-status';
import { AUTOSAVE_DELAY_MS, useNoteAutosave } from '../../../src/features/paper/use-note-autosave';
import { resetDatabase, snapshotOf } from '../../db/reset-database';
import { refuseWrites } from '../../db/refuse-writes';

const ID = 'arxiv:2101.00001';
const snapshot = snapshotOf(ID);

beforeEach(resetDatabase);
afterEach(() => vi.useRealTimers());

function renderNote() {
  return renderHook(() => useNoteAutosave(ID, null, snapshot));
}

const storedNote = async () => {
  await act(() => flushAfterPendingWrites());
  return (await getPaperState(ID))?.note;
};

function setVisibility(state: DocumentVisibilityState) {
  vi.spyOn(document, 'visibilityState', 'get').mockReturnValue(state);
  act(() => {
    document.dispatchEvent(new Event('visibilitychange'));
  });
}

describe('the note autosave', () => {
  it('is idle, shows the stored text, and marks typing unsaved until the delay passes', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { result } = renderNote();
    expect(result.current).toMatchObject({ text: '', loaded: true, saveState: { kind: 'idle' } });
    act(() => result.current.change('first words'));
    expect(result.current).toMatchObject({ text: 'first words', saveState: { kind: 'unsaved' } });
    act(() => vi.advanceTimersByTime(AUTOSAVE_DELAY_MS - 1));
    vi.useRealTimers();
    expect(await storedNote()).toBeUndefined();
  });

  it('saves at once when the page is hidden, and not when it is shown', async () => {
    const { result } = renderNote();
    act(() => result.current.change('kept when hidden'));
    setVisibility('visible');
    expect(await storedNote()).toBeUndefined();
    setVisibility('hidden');
    expect(await storedNote()).toBe('kept when hidden');
  });

  it.each(['pagehide', 'beforeunload'])('saves at once on %s', async (type) => {
    const { result } = renderNote();
    act(() => result.current.change(`kept on ${type}`));
    act(() => {
      window.dispatchEvent(new Event(type));
    });
    expect(await storedNote()).toBe(`kept on ${type}`);
  });

  it('saves when the editor goes away, and stops listening then', async () => {
    const { result, unmount } = renderNote();
    act(() => result.current.change('kept on close'));
    const removed = vi.spyOn(window, 'removeEventListener');
    const removedFromDocument = vi.spyOn(document, 'removeEventListener');
    unmount();
    expect(await storedNote()).toBe('kept on close');
    expect(removed.mock.calls.map(([type]) => type)).toEqual(
      expect.arrayContaining(['pagehide', 'beforeunload']),
    );
    expect(removedFromDocument.mock.calls.map(([type]) => type)).toContain('visibilitychange');
  });

  it('says saving, then saved; and a failure keeps the text with the reason', async () => {
    const { result } = renderNote();
    act(() => result.current.change('will be saved'));
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    expect(result.current.saveState).toEqual({ kind: 'saving' });
    await act(() => flushAfterPendingWrites());
    expect(result.current.saveState).toEqual({ kind: 'saved' });

    await refuseWrites();
    act(() => result.current.change('will fail'));
    await act(async () => {
      window.dispatchEvent(new Event('pagehide'));
      await flushAfterPendingWrites();
    });
    expect(result.current.text).toBe('will fail');
    expect(result.current.saveState).toEqual({
      kind: 'error',
      message: "Not saved: the browser's storage for this site is full.",
    });
    // Typing after a failure keeps saying so until a save works.
    act(() => result.current.change('will fail again'));
    expect(result.current.saveState.kind).toBe('error');
  });

  it('saves nothing before the stored note has loaded', async () => {
    const { result } = renderHook(() => useNoteAutosave(ID, undefined, snapshot));
    expect(result.current.loaded).toBe(false);
    act(() => result.current.change('too early'));
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    expect(result.current.text).toBe('');
    expect(await storedNote()).toBeUndefined();
  });
});
