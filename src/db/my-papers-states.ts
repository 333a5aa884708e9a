import type { PaperState } from '../lib/paper-state';
import { mergeState } from '../lib/backup/merge-states';
import type { BibtexPaper } from '../lib/papers/bibtex-entries';
import { db } from './database';
import { differs } from './paper-record';
import { normaliseTag, sameTag, uniqueTags } from './tag-names';

function sameState(a: PaperState, b: PaperState): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof PaperState>;
  return [...keys].every((key) => !differs(a[key], b[key]));
}

/** An imported entry's note and tags as a paper state, tags spelled as the library spells them. */
function importedState(item: BibtexPaper, spellings: readonly string[], now: number): PaperState {
  const tags = uniqueTags(
    item.tags.flatMap((raw) => {
      const tag = normaliseTag(raw);
      return tag === null ? [] : [spellings.find((known) => sameTag(known, tag)) ?? tag];
    }),
  );
  return {
    id: item.paper.id,
    title: item.paper.title,
    url: item.paper.url,
    status: 'unread',
    note: item.note,
    ...(item.note ? { noteUpdatedAt: now } : {}),
    tags,
    ...(tags.length > 0 ? { tagsUpdatedAt: now } : {}),
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * Writes the notes and tags of imported entries, inside the caller's transaction on papers.
 * A paper with state already is merged as a backup merge does (the status chosen last wins,
 * two different notes are both kept), and keeps its own tags beside the imported ones: nothing
 * is lost. Returns how many notes had to be kept side by side.
 */
export async function mergeImportedStates(
  items: readonly BibtexPaper[],
  now: number,
): Promise<number> {
  const keys = await db.papers.orderBy('tags').uniqueKeys();
  // Spellings in use, and those the import brings, so "ML" and "ml" become one tag.
  const spellings = keys.filter((key): key is string => typeof key === 'string');
  let conflicts = 0;
  for (const item of items) {
    if (item.note === '' && item.tags.length === 0) continue;
    const incoming = importedState(item, spellings, now);
    spellings.push(...incoming.tags);
    const stored = await db.papers.get(incoming.id);
    if (!stored) {
      await db.papers.add(incoming);
      continue;
    }
    const { state, conflict } = mergeState(stored, incoming);
    if (conflict) conflicts += 1;
    const tags = uniqueTags([...stored.tags, ...incoming.tags]);
    const merged: PaperState = {
      ...state,
      // The name the list gives the paper stays; the file's is only for a paper it alone knows.
      title: stored.title || state.title,
      url: stored.url || state.url,
      tags,
      updatedAt: stored.updatedAt,
    };
    // A note or tags the file did not change keep their times.
    if (merged.note === stored.note) merged.noteUpdatedAt = stored.noteUpdatedAt;
    if (merged.noteUpdatedAt === undefined) delete merged.noteUpdatedAt;
    const tagsUpdatedAt = differs(tags, stored.tags) ? now : stored.tagsUpdatedAt;
    if (tagsUpdatedAt === undefined) delete merged.tagsUpdatedAt;
    else merged.tagsUpdatedAt = tagsUpdatedAt;
    if (sameState(merged, stored)) continue;
    await db.papers.put({ ...merged, updatedAt: now });
  }
  return conflicts;
}
