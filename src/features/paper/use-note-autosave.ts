import { useCallback, useEffect, useRef, useState } from 'react';
import { clearNoteDraft, journalNoteDraft } from '../../db/note-drafts';
import { saveNoteEdit, type NoteEdit } from '../../db/note-edits';
import type { PaperSnapshot, PaperState } from '../../lib/paper-state';
import { registerFlush } from '../../lib/pending-flushes';
import { mergeTexts } from '../../lib/text/text-splice';

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
 * would blank it; a failed save keeps the text on screen and says so. A change made elsewhere
 * (another tab, another device) shows up here at once, merged into what is being typed.
 */
export function useNoteAutosave(
  paperId: string,
  stored: PaperState | null | undefined,
  snapshot: PaperSnapshot,
) {
  const [draft, setDraft] = useState<NoteEdit | null>(null);
  const [saveState, setSaveState] = useState<NoteSaveState>({ kind: 'idle' });
  const pending = useRef<NoteEdit | null>(null);
  // The texts this editor sent to be saved: seeing one of them stored is no news.
  const sent = useRef(new Set<string>());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const snapshotRef = useRef(snapshot);
  const loaded = stored !== undefined;
  const storedNote = stored?.note ?? '';
  const saving = saveState.kind === 'saving';

  // A change stored from elsewhere: shown as it is when nothing here is waiting, merged into
  // the text being typed when something is. A save in flight merges it itself (note-edits.ts).
  // Only a stored note not seen before is news: the store can lag behind this editor's own save.
  const seenStored = useRef(storedNote);
  useEffect(() => {
    if (!loaded || storedNote === seenStored.current || saving) return;
    seenStored.current = storedNote;
    if (draft === null || storedNote === draft.base || storedNote === draft.text) return;
    if (sent.current.has(storedNote)) return;
    const text = pending.current ? mergeTexts(draft.base, draft.text, storedNote) : storedNote;
    const next = { text, base: storedNote };
    if (pending.current) {
      pending.current = next;
      journalNoteDraft(paperId, text, snapshotRef.current);
    }
    setDraft(next);
  }, [loaded, draft, saving, storedNote, paperId]);

  useEffect(() => {
    snapshotRef.current = snapshot;
  }, [snapshot]);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const edit = pending.current;
    if (edit === null) return;
    pending.current = null;
    sent.current.add(edit.text);
    setSaveState({ kind: 'saving' });
    saveNoteEdit(paperId, edit, snapshotRef.current).then(
      (result) => {
        clearNoteDraft(paperId, edit.text);
        sent.current = new Set([result.note]);
        // Whatever was typed meanwhile builds on what is stored now, with the merged-in change.
        const rebase = (text: string) =>
          result.merged ? mergeTexts(edit.text, text, result.note) : text;
        if (pending.current) {
          pending.current = { text: rebase(pending.current.text), base: result.note };
        }
        setDraft(
          (current) =>
            pending.current ?? (current && { text: rebase(current.text), base: result.note }),
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
      const base = draft === null ? storedNote : draft.base;
      const edit = { text: value, base: pending.current?.base ?? base };
      setDraft(edit);
      pending.current = edit;
      journalNoteDraft(paperId, value, snapshotRef.current);
      setSaveState((state) => (state.kind === 'error' ? state : { kind: 'unsaved' }));
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, AUTOSAVE_DELAY_MS);
    },
    [flush, loaded, paperId, draft, storedNote],
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
    text: draft === null ? storedNote : draft.text,
    loaded,
    saveState,
    change,
    retry: flush,
  };
}
