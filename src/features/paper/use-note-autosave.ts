import { useCallback, useEffect, useRef, useState } from 'react';
import { clearNoteDraft, journalNoteDraft } from '../../db/note-drafts';
import { saveNote } from '../../db/paper-writes';
import type { PaperSnapshot, PaperState } from '../../lib/paper-state';

export const AUTOSAVE_DELAY_MS = 600;

export type NoteSaveState =
  | { kind: 'idle' }
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'error'; message: string };

/**
 * The note being edited: saved a moment after typing stops, and at once when the page is hidden
 * or closed or the editor goes away. Nothing is saved before the stored note has loaded, which
 * would blank it; a failed save keeps the text on screen and says so.
 */
export function useNoteAutosave(
  paperId: string,
  stored: PaperState | null | undefined,
  snapshot: PaperSnapshot,
) {
  const [draft, setDraft] = useState<string | null>(null);
  const [saveState, setSaveState] = useState<NoteSaveState>({ kind: 'idle' });
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const snapshotRef = useRef(snapshot);
  const loaded = stored !== undefined;

  useEffect(() => {
    snapshotRef.current = snapshot;
  }, [snapshot]);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const value = pending.current;
    if (value === null) return;
    pending.current = null;
    setSaveState({ kind: 'saving' });
    saveNote(paperId, value, snapshotRef.current).then(
      () => {
        clearNoteDraft(paperId, value);
        if (pending.current === null) setSaveState({ kind: 'saved' });
      },
      (error: unknown) => {
        // Keep the text queued so the next keystroke, a retry or leaving the page tries again.
        pending.current ??= value;
        setSaveState({
          kind: 'error',
          message: error instanceof Error ? error.message : 'Not saved.',
        });
      },
    );
  }, [paperId]);

  const change = useCallback(
    (value: string) => {
      if (!loaded) return;
      setDraft(value);
      pending.current = value;
      journalNoteDraft(paperId, value, snapshotRef.current);
      setSaveState((state) => (state.kind === 'error' ? state : { kind: 'unsaved' }));
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, AUTOSAVE_DELAY_MS);
    },
    [flush, loaded, paperId],
  );

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
      document.removeEventListener('visibilitychange', onHide);
      flush();
    };
  }, [flush]);

  return {
    text: draft ?? stored?.note ?? '',
    loaded,
    saveState,
    change,
    retry: flush,
  };
}
