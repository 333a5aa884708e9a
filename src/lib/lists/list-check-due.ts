import type { ImportedList } from '../backup/backup-format';

// Apart from list-update.ts: the app's first load needs only this, not the comparing and wording.

/** A day: a followed list is checked on start when its last check is at least this old. */
export const CHECK_INTERVAL_MS = 24 * 60 * 60 * 1000;

/** The lists followed by their address whose last check is a day old or more. */
export function listsDueForCheck(lists: readonly ImportedList[], now: number): ImportedList[] {
  return lists.filter(
    (list) =>
      list.source === 'address' &&
      list.address !== undefined &&
      now - (list.checkedAt ?? list.addedAt) >= CHECK_INTERVAL_MS,
  );
}
