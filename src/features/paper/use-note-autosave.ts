import { useCallback, useEffect, useRef, useState } from 'react';
import { clearNoteDraft, journalNoteDraft } from '../../db/note-drafts';
import { saveNoteEdit, type NoteEdit } from '../../db/note-edits';
import type { PaperSnapshot, PaperState } from '../../lib/paper-state';
import { registerFlush } from '../../lib/pending-flushes';

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
 * would blank it; a failed save keeps the text on screen and says so. A change made in another
 * tab shows up here when nothing is pending, and is kept beside this tab's text when both typed.
 */
export function useNoteAutosave(
  paperId: string,
  stored: PaperState | null | undefined,
  snapshot: PaperSnapshot,
) {
  const [draft, setDraft] = useState<NoteEdit | null>(null);
  const [saveState, setSaveState] = useState<NoteSaveState>({ kind: 'idle' });
  const [savedAt, setSavedAt] = useState(0);
  const [merged, setMerged] = useState(false);
  const pending = useRef<NoteEdit | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const snapshotRef = useRef(snapshot);
  const loaded = stored !== undefined;
  const storedNote = stored?.note ?? '';
  const dirty =
    saveState.kind === 'unsaved' || saveState.kind === 'saving' || saveState.kind === 'error';
  const newerElsewhere =
    draft !== null && !dirty && (stored?.noteUpdatedAt ?? 0) > savedAt && storedNote !== draft.text;
  const showStored = draft === null || newerElsewhere;

  useEffect(() => {
    snapshotRef.current = snapshot;
  }, [snapshot]);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const edit = pending.current;
    if (edit === null) return;
    pending.current = null;
    setSaveState({ kind: 'saving' });
    saveNoteEdit(paperId, edit, snapshotRef.current).then(
      (result) => {
        clearNoteDraft(paperId, edit.text);
        setSavedAt(result.savedAt);
        // Whatever is typed next builds on what is stored now.
        if (pending.current) pending.current = { ...pending.current, base: result.note };
        if (result.merged) setMerged(true);
        setDraft((current) =>
          result.merged && pending.current === null
            ? { text: result.note, base: result.note }
            : current && { ...current, base: result.note },
        );
        if (pending.current === null) setSaveState({ kind: 'saved' });
      },
      (error: unknown) => {
        // Keep the text queued so the next keystroke, a retry or leaving the page tries again.
        pending.current ??= edit;
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
      const base = showStored || draft === null ? storedNote : draft.base;
      const edit = { text: value, base: pending.current?.base ?? base };
      setDraft(edit);
      pending.current = edit;
      journalNoteDraft(paperId, value, snapshotRef.current);
      setSaveState((state) => (state.kind === 'error' ? state : { kind: 'unsaved' }));
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, AUTOSAVE_DELAY_MS);
    },
    [flush, loaded, paperId, showStored, draft, storedNote],
  );

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    const unregister = registerFlush(flush);
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
      document.removeEventListener('visibilitychange', onHide);
      unregister();
      flush();
    };
  }, [flush]);

  return {
    text: showStored ? storedNote : draft.text,
    loaded,
    saveState,
    merged,
    dismissMerged: () => setMerged(false),
    change,
    retry: flush,
  };
}
