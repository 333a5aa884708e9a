import { db } from './database';
import { differs, inPapersTransaction, writePaper } from './paper-record';
import type { PaperSnapshot, PaperState } from '../lib/paper-state';
import { runWrite, SaveError } from './save-status';
import { normaliseTag, sameTag, uniqueTags } from './tag-names';

const EMPTY_TAG = 'Not saved: a tag needs at least one character besides spaces and "#".';

// Every spelling of `tag` in use, from the *tags index alone (no records are read).
async function spellingsInUse(tag: string): Promise<string[]> {
  const keys = await db.papers.orderBy('tags').uniqueKeys();
  return keys.filter((key): key is string => typeof key === 'string' && sameTag(key, tag));
}

// A paper holding two spellings of a tag would be listed twice by a multi-entry index.
async function papersTagged(spellings: string[]): Promise<PaperState[]> {
  const papers = await db.papers.where('tags').anyOf(spellings).toArray();
  return [...new Map(papers.map((paper) => [paper.id, paper])).values()];
}

// Rewrites the tags of every paper holding `tag` (any case); returns how many changed.
async function retagAll(
  tag: string,
  rewrite: (tags: string[]) => string[],
  now: number,
): Promise<number> {
  const spellings = await spellingsInUse(tag);
  if (spellings.length === 0) return 0;
  let changed = 0;
  for (const paper of await papersTagged(spellings)) {
    const tags = rewrite(paper.tags);
    if (!differs(tags, paper.tags)) continue;
    await db.papers.update(paper.id, { tags, tagsUpdatedAt: now, updatedAt: now });
    changed += 1;
  }
  return changed;
}

// Rejects when the tag is empty after normalising: check with normaliseTag() first to
// avoid that.
export function addTag(
  id: string,
  raw: string,
  snapshot: PaperSnapshot,
  now = Date.now(),
): Promise<void> {
  const tag = normaliseTag(raw);
  if (tag === null) return Promise.reject(new SaveError(EMPTY_TAG, 'the tag'));
  return runWrite('the tag', () =>
    inPapersTransaction(async () => {
      // Adopt the spelling already in the library, so "ml" joins "ML" instead of splitting it.
      const spelled = (await spellingsInUse(tag))[0] ?? tag;
      await writePaper(id, snapshot, now, (current) =>
        current.tags.some((t) => sameTag(t, tag))
          ? {}
          : { tags: [...current.tags, spelled], tagsUpdatedAt: now },
      );
    }),
  );
}

export function removeTag(id: string, raw: string, now = Date.now()): Promise<void> {
  const tag = normaliseTag(raw) ?? raw;
  return runWrite('the tag', () =>
    inPapersTransaction(() =>
      writePaper(id, null, now, (current) => {
        const tags = current.tags.filter((t) => !sameTag(t, tag));
        return tags.length === current.tags.length ? {} : { tags, tagsUpdatedAt: now };
      }),
    ),
  );
}

// Renames `from` (any case) to `to` on every paper. A paper that already has `to` keeps one
// copy, at the position of whichever came first, so this also merges two tags. Returns the
// number of papers changed. Rejects when `to` is empty after normalising.
export function renameTag(from: string, to: string, now = Date.now()): Promise<number> {
  const source = normaliseTag(from);
  const target = normaliseTag(to);
  if (target === null) return Promise.reject(new SaveError(EMPTY_TAG, 'the tag'));
  if (source === null) return Promise.resolve(0);
  return runWrite('the tag', () =>
    inPapersTransaction(async () => {
      // Merging into a tag already in use keeps its spelling; a change of case only is the point.
      const spelled = sameTag(source, target)
        ? target
        : ((await spellingsInUse(target))[0] ?? target);
      return retagAll(
        source,
        (tags) =>
          uniqueTags(tags.map((t) => (sameTag(t, source) || sameTag(t, target) ? spelled : t))),
        now,
      );
    }),
  );
}

// Reads better at call sites that merge: every paper tagged `source` ends up tagged `target`.
export const mergeTags: (source: string, target: string, now?: number) => Promise<number> =
  renameTag;

export function deleteTag(raw: string, now = Date.now()): Promise<number> {
  const tag = normaliseTag(raw);
  if (tag === null) return Promise.resolve(0);
  return runWrite('the tag', () =>
    inPapersTransaction(() => retagAll(tag, (tags) => tags.filter((t) => !sameTag(t, tag)), now)),
  );
}

export type TagsSnapshot = { id: string; tags: string[] }[];

/** The tags of every paper holding `tag`, taken before a delete so it can be undone. */
export async function tagsOf(tag: string): Promise<TagsSnapshot> {
  const spellings = await spellingsInUse(tag);
  return (await papersTagged(spellings)).map(({ id, tags }) => ({ id, tags: [...tags] }));
}

/** Puts back tags exactly as a snapshot had them (the Undo of a tag delete). */
export function restoreTags(snapshot: TagsSnapshot, now = Date.now()): Promise<void> {
  return runWrite('the tags', () =>
    inPapersTransaction(async () => {
      for (const { id, tags } of snapshot) {
        await db.papers.update(id, { tags, tagsUpdatedAt: now, updatedAt: now });
      }
    }),
  );
}
