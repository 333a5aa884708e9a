import type { ImportedList } from '../backup/backup-format';
import { upgradeCatalogue } from '../catalogue/catalogue-version';

/**
 * A stored or backed-up list may hold a catalogue of any schema version the schema accepts;
 * the app works with the current one. The same object when nothing changes, so a list read
 * again compares equal by identity.
 */
export function upgradeList(list: ImportedList): ImportedList {
  const catalogue = upgradeCatalogue(list.catalogue);
  return catalogue === list.catalogue ? list : { ...list, catalogue };
}
