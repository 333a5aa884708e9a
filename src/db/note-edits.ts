import type { PaperSnapshot } from '../lib/paper-state';
import { db } from './database';
import { inPapersTransaction, writePaper } from './paper-record';
import { runWrite } from './save-status';
import { mergeTexts } from '../lib/text/text-splice';

/** An edit of a note: the new text, and the stored text it was typed over. */
export type NoteEdit = { text: string; base: string };

export type NoteSaveResult = { note: string; merged: boolean; savedAt: number };

/**
 * Saves an edit. When the stored note changed since the editor read it (another tab, or another
 * device through sync, wrote it), the two edits are merged character by character: both stay,
 * each where it was made. `merged` then says the editor must show the stored result.
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
        // An edit that already holds the stored text (this editor's own earlier save) builds on it.
        const changedElsewhere =
          current !== edit.base && current !== edit.text && !edit.text.includes(current);
        const note = changedElsewhere ? mergeTexts(edit.base, edit.text, current) : edit.text;
        await writePaper(id, snapshot, now, (record) =>
          record.note === note ? {} : { note, noteUpdatedAt: now },
        );
        return { note, merged: changedElsewhere, savedAt: now };
      }),
    // The editor journals every draft (note-drafts.ts) until its save lands.
    { journaled: true },
  );
}
