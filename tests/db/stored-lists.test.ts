// @vitest-environment node
import { readBackupContents, restoreBackup } from '../../src/db/backup-store';
import { db } from '../../src/db/database';
import { readStoredCatalogues, readStoredLists } from '../../src/db/stored-catalogues';
import { createBackup, type ImportedList } from '../../src/lib/backup/backup-format';
import { CATALOGUE_SCHEMA_VERSION } from '../../src/lib/catalogue/catalogue-version';
import { exportedAt, list } from '../lib/backup/backup-fixtures';
import { resetDatabase } from './reset-database';

beforeEach(resetDatabase);

// A list as an earlier release stored it: a version 1 catalogue, papers without authors.
const versionOne: ImportedList = { ...structuredClone(list), id: 'list-v1' };
const versionTwo: ImportedList = {
  ...structuredClone(list),
  id: 'list-v2',
  catalogue: {
    ...structuredClone(list.catalogue),
    schemaVersion: CATALOGUE_SCHEMA_VERSION,
    papers: list.catalogue.papers.map((paper) => ({ ...paper, authors: ['A. Author', 'et al.'] })),
  },
};

describe('stored lists', () => {
  it('read back in the current catalogue version, whatever version was stored', async () => {
    expect(versionOne.catalogue.schemaVersion).toBe(1);
    await db.lists.bulkPut([versionTwo, versionOne]);
    const lists = await readStoredLists();
    expect(lists.map((stored) => stored.id)).toEqual(['list-v1', 'list-v2']);
    expect(lists.map((stored) => stored.catalogue.schemaVersion)).toEqual([2, 2]);
    // Nothing but the version changes: the papers are the ones stored.
    expect(lists[0]).toEqual({
      ...versionOne,
      catalogue: { ...versionOne.catalogue, schemaVersion: 2 },
    });
    expect(lists[1]).toEqual(versionTwo);
    const catalogues = await readStoredCatalogues();
    expect(catalogues.map((catalogue) => catalogue.schemaVersion)).toEqual([2, 2]);
  });

  it('go into a backup in the current catalogue version', async () => {
    await db.lists.put(versionOne);
    const { lists } = await readBackupContents();
    expect(lists.map((stored) => stored.catalogue.schemaVersion)).toEqual([2]);
  });

  it.each(['replace', 'merge'] as const)(
    'restored from a backup with a version 1 catalogue read back as version 2 (%s)',
    async (mode) => {
      const backup = createBackup({
        papers: [],
        lists: [versionOne],
        nextUpOrder: [],
        settings: {},
        exportedAt,
        app: 'readmark 0.1.0',
      });
      expect(await restoreBackup(backup, mode)).toMatchObject({ lists: 1 });
      const [restored] = await readStoredLists();
      expect(restored?.catalogue.schemaVersion).toBe(CATALOGUE_SCHEMA_VERSION);
      expect(restored?.catalogue.papers).toEqual(versionOne.catalogue.papers);
    },
  );
});
