import { db } from './database';
import type { PaperState } from '../lib/paper-state';
import { tagKey } from './tag-names';

export type TagCount = { tag: string; count: number };

const tagOrder = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

export async function getPaperState(id: string): Promise<PaperState | null> {
  return (await db.papers.get(id)) ?? null;
}

export function getAllPaperStates(): Promise<PaperState[]> {
  return db.papers.toArray();
}

// Counts papers per tag from the keys of a multi-entry index: one key per (paper, tag).
// Spellings that differ only in case count as one tag, shown as the first spelling seen.
export function countTags(keys: readonly unknown[]): TagCount[] {
  const counts = new Map<string, TagCount>();
  for (const key of keys) {
    if (typeof key !== 'string') continue;
    const entry = counts.get(tagKey(key));
    if (entry) entry.count += 1;
    else counts.set(tagKey(key), { tag: key, count: 1 });
  }
  return [...counts.values()].sort((a, b) => tagOrder.compare(a.tag, b.tag));
}

/**
 * The same counts from the records themselves (every paper's state is in memory): each record's
 * tags once each, as the multi-entry index holds them, and for each tag the spelling that
 * comes first in the index's order (code units), as countTags shows it.
 */
export function countTagsOfStates(states: Iterable<Pick<PaperState, 'tags'>>): TagCount[] {
  const counts = new Map<string, TagCount>();
  for (const { tags } of states) {
    tags.forEach((tag, index) => {
      if (typeof tag !== 'string' || tags.indexOf(tag) !== index) return;
      const entry = counts.get(tagKey(tag));
      if (!entry) counts.set(tagKey(tag), { tag, count: 1 });
      else {
        entry.count += 1;
        if (tag < entry.tag) entry.tag = tag;
      }
    });
  }
  return [...counts.values()].sort((a, b) => tagOrder.compare(a.tag, b.tag));
}

// Reads only the *tags index, never the records (whose notes may be long).
export async function getTagCounts(): Promise<TagCount[]> {
  return countTags(await db.papers.orderBy('tags').keys());
}
