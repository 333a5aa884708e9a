import type { PaperState } from '../paper-state';
import { normaliseStatusDates } from '../status-dates';

export type MergeResult = { merged: PaperState[]; conflicts: number };

/**
 * Put between two notes that were both edited apart, the newer first. Stable wording so that a
 * person (or a later merge) can find it; the date is when the older note was last edited.
 */
export function mergedNoteMarker(olderEditedAt: number): string {
  return `\n\n---\n\n**Kept from an earlier version of this note (edited ${new Date(olderEditedAt).toISOString()}):**\n\n`;
}

// A paper whose status was never chosen (unread, no time) loses to one that was, whenever its
// record was last touched for a note or a tag; an older record with a status but no time (from
// before statuses were dated) counts from its last change.
const statusTime = (state: PaperState) =>
  state.statusChangedAt ?? (state.status === 'unread' ? 0 : state.updatedAt);
const noteTime = (state: PaperState) => state.noteUpdatedAt ?? state.updatedAt;
const tagsTime = (state: PaperState) => state.tagsUpdatedAt ?? state.updatedAt;

/** The side whose time is newer; on a tie, `current`, so merging twice changes nothing. */
function newer(current: PaperState, incoming: PaperState, time: (state: PaperState) => number) {
  return time(incoming) > time(current) ? incoming : current;
}

// When either side dates its note, the merged note is as recent as the newer of the two.
function mergedNoteTime(current: PaperState, incoming: PaperState): number | undefined {
  if (current.noteUpdatedAt === undefined && incoming.noteUpdatedAt === undefined) return undefined;
  return Math.max(noteTime(current), noteTime(incoming));
}

function mergeNotes(
  current: PaperState,
  incoming: PaperState,
): { note: string; conflict: boolean } {
  const first = newer(current, incoming, noteTime);
  const second = first === current ? incoming : current;
  if (first.note.includes(second.note)) return { note: first.note, conflict: false };
  if (second.note.includes(first.note)) return { note: second.note, conflict: false };
  return { note: first.note + mergedNoteMarker(noteTime(second)) + second.note, conflict: true };
}

function withoutUndefined(state: PaperState): PaperState {
  return Object.fromEntries(
    Object.entries(state).filter(([, value]) => value !== undefined),
  ) as PaperState;
}

/**
 * Both sides' state for one paper, each group of fields from the side that changed it last. The
 * status comes with its own side's dates, brought in line with the status rules (a side written
 * by an older version may hold a started date for a paper To read).
 */
export function mergeState(
  current: PaperState,
  incoming: PaperState,
): { state: PaperState; conflict: boolean } {
  const snapshot = newer(current, incoming, (state) => state.updatedAt);
  const status = newer(current, incoming, statusTime);
  const tags = newer(current, incoming, tagsTime);
  const { note, conflict } = mergeNotes(current, incoming);
  const state = normaliseStatusDates(
    withoutUndefined({
      id: current.id,
      title: snapshot.title,
      url: snapshot.url,
      status: status.status,
      statusChangedAt: status.statusChangedAt,
      startedAt: status.startedAt,
      finishedAt: status.finishedAt,
      note,
      noteUpdatedAt: mergedNoteTime(current, incoming),
      tags: [...tags.tags],
      tagsUpdatedAt: tags.tagsUpdatedAt,
      createdAt: Math.min(current.createdAt, incoming.createdAt),
      updatedAt: Math.max(current.updatedAt, incoming.updatedAt),
    }),
  );
  return { state, conflict };
}

/**
 * Merges a backup's paper states into the current ones. A paper here only is kept as it is; one
 * in the backup only comes in with its dates in line with its status; a paper on both sides is
 * merged by `mergeState`. Notes are never lost: two notes edited
 * apart are both kept, the newer first, after `mergedNoteMarker`; `conflicts` counts those.
 * Current papers keep their order; papers only in the backup follow in its order.
 */
export function mergeStates(current: PaperState[], incoming: PaperState[]): MergeResult {
  const incomingById = new Map(incoming.map((state) => [state.id, state]));
  const seen = new Set<string>();
  let conflicts = 0;
  const merged = current.map((state) => {
    seen.add(state.id);
    const other = incomingById.get(state.id);
    if (!other) return state;
    const result = mergeState(state, other);
    if (result.conflict) conflicts += 1;
    return result.state;
  });
  for (const state of incoming) {
    if (!seen.has(state.id)) merged.push(normaliseStatusDates(state));
    seen.add(state.id);
  }
  return { merged, conflicts };
}
