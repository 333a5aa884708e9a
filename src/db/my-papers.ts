import { useLiveQuery } from 'dexie-react-hooks';
import type { ImportedList } from '../lib/backup/backup-format';
import { listKey } from '../lib/catalogue/catalogue-diff';
import type { CataloguePaper } from '../lib/catalogue/schema';
import { upgradeList } from '../lib/lists/upgrade-list';
import type { BibtexPaper } from '../lib/papers/bibtex-entries';
import {
  addPapers,
  addSection,
  editPaper,
  mergeMyPapers,
  movePaper,
  MY_PAPERS_ID,
  newMyPapers,
} from '../lib/papers/my-papers';
import type { PaperDetails } from '../lib/papers/paper-details';
import { db } from './database';
import { seenMetaKey } from './list-visits';
import { META_KEYS } from './meta';
import { mergeImportedStates } from './my-papers-states';
import { runWrite, SaveError } from './save-status';

// The only code that writes the "My papers" list; each change is one transaction.

async function readMyPapers(): Promise<ImportedList | null> {
  const list = await db.lists.get(MY_PAPERS_ID);
  return list ? upgradeList(list) : null;
}

/** The user's own list; null before the first paper is added, undefined while loading. */
export function useMyPapers(): ImportedList | null | undefined {
  return useLiveQuery(readMyPapers);
}

/**
 * Papers the user adds are not "new in this list since your last visit": they are counted as
 * seen (once the list has been seen at all), inside the caller's transaction on meta.
 */
async function markSeen(list: ImportedList, paperIds: readonly string[], now: number) {
  const key = seenMetaKey(listKey(list.catalogue));
  const seen = (await db.meta.get(key))?.value as { paperIds?: unknown } | undefined;
  if (!Array.isArray(seen?.paperIds) || paperIds.length === 0) return;
  const ids = [...new Set([...(seen.paperIds as string[]), ...paperIds])];
  await db.meta.put({ key, value: { paperIds: ids, at: now } });
}

function changeMyPapers(what: string, change: (list: ImportedList) => ImportedList) {
  return runWrite(what, () =>
    db.transaction('rw', db.lists, async () => {
      const list = await readMyPapers();
      if (!list) throw new SaveError('Not saved: there is no “My papers” list yet.', what);
      const changed = change(list);
      if (changed !== list) await db.lists.put(changed);
    }),
  );
}

/** Adds a paper to My papers (made on first use) and shows that list, in one step. */
export function addToMyPapers(paper: CataloguePaper, now = Date.now()): Promise<void> {
  return runWrite('the paper', () =>
    db.transaction('rw', db.lists, db.meta, async () => {
      const list = (await readMyPapers()) ?? newMyPapers(now);
      await db.lists.put(addPapers(list, [paper]));
      await markSeen(list, [paper.id], now);
      await db.meta.put({ key: META_KEYS.activeListId, value: MY_PAPERS_ID });
    }),
  );
}

/**
 * A backup's My papers merged into this browser's, inside the restore's transaction on lists:
 * a merge restore keeps this browser's lists as they are, but My papers gains the backup's papers
 * and sections, so none of them is lost.
 */
export async function mergeMyPapersFromBackup(incoming: ImportedList): Promise<void> {
  const current = await readMyPapers();
  await db.lists.put(current ? mergeMyPapers(current, upgradeList(incoming)) : incoming);
}

export function editMyPaper(id: string, details: PaperDetails): Promise<void> {
  return changeMyPapers('the details', (list) => editPaper(list, id, details));
}

/** Puts a paper in a section of My papers, or in none (null). */
export function moveMyPaper(paperId: string, sectionId: string | null): Promise<void> {
  return changeMyPapers('the section', (list) => movePaper(list, paperId, sectionId));
}

/** Makes a section (or finds the one with that title) and puts the paper in it. */
export async function addMySection(title: string, paperId: string): Promise<void> {
  if (title.trim() === '') {
    throw new SaveError('Not saved: a section needs a name.', 'the section');
  }
  await changeMyPapers('the section', (list) => {
    const added = addSection(list, title);
    return movePaper(added.list, paperId, added.sectionId);
  });
}

export type BibtexImportCounts = { added: number; alreadyThere: number; conflicts: number };

/**
 * Brings papers read from a BibTeX file into My papers, in one transaction. A paper already on a
 * list (My papers, another stored list, or `listedElsewhere`: the default list) is not added
 * again; its note and tags are merged into the user's state for it, as a backup merge does.
 */
export function importIntoMyPapers(
  items: readonly BibtexPaper[],
  listedElsewhere: ReadonlySet<string>,
  now = Date.now(),
): Promise<BibtexImportCounts> {
  return runWrite('the imported papers', () =>
    db.transaction('rw', db.lists, db.papers, db.meta, async () => {
      const lists = await db.lists.toArray();
      const mine = (await readMyPapers()) ?? newMyPapers(now);
      const listed = new Set(listedElsewhere);
      for (const list of lists) for (const paper of list.catalogue.papers) listed.add(paper.id);
      const fresh = items.filter((item) => !listed.has(item.paper.id));
      const freshPapers = fresh.map((item) => item.paper);
      // An import that adds nothing makes no empty list.
      if (freshPapers.length > 0) await db.lists.put(addPapers(mine, freshPapers));
      await markSeen(
        mine,
        freshPapers.map((paper) => paper.id),
        now,
      );
      const conflicts = await mergeImportedStates(items, now);
      return { added: fresh.length, alreadyThere: items.length - fresh.length, conflicts };
    }),
  );
}
