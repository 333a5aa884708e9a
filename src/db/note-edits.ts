import { keepBothNotes } from '../lib/keep-both-notes';
import type { PaperSnapshot } from '../lib/paper-state';
import { db } from './database';
import { inPapersTransaction, writePaper } from './paper-record';
import { runWrite } from './save-status';

/** An edit of a note: the new text, and the stored text it was typed over. */
export type NoteEdit = { text: string; base: string };

export type NoteSaveResult = { note: string; merged: boolean; savedAt: number };

/**
 * Saves an edit unless the stored note changed since the editor read it (another tab wrote it):
 * then both texts are kept rather than one silently replacing the other.
 */
export function saveNoteEdit(
  id: string,
  edit: NoteEdit,
  snapshot: PaperSnapshot,
  now = Date.now(),
): Promise<NoteSaveResult> {
  return runWrite(
    'the note',
    () =>
      inPapersTransaction(async () => {
        const stored = await db.papers.get(id);
        const current = stored?.note ?? '';
        const changedElsewhere =
          current !== edit.base && current !== edit.text && !edit.text.includes(current);
        const note = changedElsewhere
          ? keepBothNotes(edit.text, current, new Date(stored?.noteUpdatedAt ?? now))
          : edit.text;
        await writePaper(id, snapshot, now, (record) =>
          record.note === note ? {} : { note, noteUpdatedAt: now },
        );
        return { note, merged: changedElsewhere, savedAt: now };
      }),
    // The editor journals every draft (note-drafts.ts) until its save lands.
    { journaled: true },
  );
}
