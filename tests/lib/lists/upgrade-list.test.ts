// @vitest-environment node
import type { ImportedList } from '../../../src/lib/backup/backup-format';
import { upgradeList } from '../../../src/lib/lists/upgrade-list';
import { sampleCatalogue } from '../../fixtures/sample-catalogue';

const list: ImportedList = {
  id: 'imported:sample-reading-list',
  title: 'Sample Reading List',
  addedAt: 42,
  source: 'json',
  fileName: 'catalogue.json',
  catalogue: sampleCatalogue,
};

describe('upgradeList', () => {
  it('gives back the same list when its catalogue is current, so a re-read compares equal', () => {
    expect(upgradeList(list)).toBe(list);
  });

  it('brings a version 1 catalogue to the current version, the rest of the list unchanged', () => {
    const old = { ...list, catalogue: { ...sampleCatalogue, schemaVersion: 1 as const } };
    expect(upgradeList(old)).toEqual(list);
  });
});
