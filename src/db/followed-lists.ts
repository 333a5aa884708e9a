import type { ImportedList } from '../lib/backup/backup-format';
import { listKey } from '../lib/catalogue/catalogue-diff';
import type { Catalogue } from '../lib/catalogue/schema';
import { db } from './database';
import { seenMetaKey } from './list-visits';
import { META_KEYS } from './meta';
import { runWrite } from './save-status';

/**
 * Stores a list just added from its address and makes it the list the user works in. Its papers
 * count as seen, so its first update can tell what is new even before the list was opened.
 */
export function addFollowedList(list: ImportedList, now = Date.now()): Promise<void> {
  return runWrite('the list', () =>
    db.transaction('rw', db.lists, db.meta, async () => {
      await db.lists.put(list);
      await db.meta.put({ key: META_KEYS.activeListId, value: list.id });
      const seen = seenMetaKey(listKey(list.catalogue));
      if ((await db.meta.get(seen)) === undefined) {
        const paperIds = list.catalogue.papers.map((paper) => paper.id);
        await db.meta.put({ key: seen, value: { paperIds, at: now } });
      }
    }),
  );
}

export type CheckedList =
  { checkedAt: number } | { checkedAt: number; title: string; catalogue: Catalogue };

/**
 * Records a check of a followed list: the time, and its new version when it changed. A list
 * removed meanwhile stays removed. Resolves to whether the list was still there.
 */
export function saveListCheck(id: string, checked: CheckedList): Promise<boolean> {
  // A new version is the user's data; the time of a check alone is not worth a "Saving…".
  return runWrite('the list', async () => (await db.lists.update(id, checked)) === 1, {
    quiet: !('catalogue' in checked),
  });
}
