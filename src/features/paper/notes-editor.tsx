import { lazy, Suspense } from 'react';
import { useKeptCaret } from './use-kept-caret';
import type { PaperSnapshot, PaperState } from '../../lib/paper-state';
import { useNotesModeStore } from '../../stores/notes-mode-store';
import { useNoteAutosave, type NoteSaveState } from './use-note-autosave';

const MarkdownView = lazy(() =>
  import('../../components/markdown-view').then((module) => ({ default: module.MarkdownView })),
);

type NotesEditorProps = {
  paperId: string;
  stored: PaperState | null | undefined;
  snapshot: PaperSnapshot;
};

const SAVE_LABELS: Record<Exclude<NoteSaveState['kind'], 'error'>, string> = {
  idle: '',
  unsaved: 'Editing…',
  saving: 'Saving…',
  saved: 'Saved',
};

export function NotesEditor({ paperId, stored, snapshot }: NotesEditorProps) {
  const { text, loaded, saveState, change, retry } = useNoteAutosave(paperId, stored, snapshot);
  const { ref: caretRef, remember: rememberCaret } = useKeptCaret(text);
  const mode = useNotesModeStore((state) => state.mode);
  const setMode = useNotesModeStore((state) => state.setMode);

  return (
    <section className="notes" aria-labelledby="notes-heading" data-toast-avoid>
      <div className="notes__header">
        <h3 id="notes-heading">Notes</h3>
        <div className="notes__modes" role="group" aria-label="Notes view">
          <button type="button" aria-pressed={mode === 'write'} onClick={() => setMode('write')}>
            Write
          </button>
          <button
            type="button"
            aria-pressed={mode === 'preview'}
            onClick={() => setMode('preview')}
          >
            Preview
          </button>
        </div>
        <p className="notes__status" role="status" data-state={saveState.kind}>
          {saveState.kind === 'error' ? (
            <>
              {saveState.message}{' '}
              <button type="button" className="button button--quiet" onClick={retry}>
                Try again
              </button>
            </>
          ) : (
            SAVE_LABELS[saveState.kind]
          )}
        </p>
      </div>
      {mode === 'write' ? (
        <textarea
          className="notes__text"
          aria-label="Notes"
          placeholder={loaded ? 'Write your notes in Markdown…' : 'Loading your note…'}
          readOnly={!loaded}
          ref={caretRef}
          value={text}
          onSelect={rememberCaret}
          onChange={(event) => {
            rememberCaret();
            change(event.target.value);
          }}
          spellCheck
        />
      ) : (
        <div className="notes__preview">
          {text.trim() === '' ? (
            <p className="muted">Nothing written yet.</p>
          ) : (
            <Suspense fallback={<p className="muted">Loading preview…</p>}>
              <MarkdownView text={text} />
            </Suspense>
          )}
        </div>
      )}
    </section>
  );
}
