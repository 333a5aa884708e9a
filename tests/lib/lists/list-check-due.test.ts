// @vitest-environment node
import type { ImportedList } from '../../../src/lib/backup/backup-format';
import { CHECK_INTERVAL_MS, listsDueForCheck } from '../../../src/lib/lists/list-check-due';
import { sampleCatalogue } from '../../fixtures/sample-catalogue';

const NOW = Date.UTC(2026, 10, 26, 9, 30);

const list = (id: string, extra: Partial<ImportedList>): ImportedList => ({
  id,
  title: id,
  addedAt: NOW - 2 * CHECK_INTERVAL_MS,
  source: 'address',
  address: `https://github.com/o/${id}`,
  catalogue: sampleCatalogue,
  ...extra,
});

describe('listsDueForCheck', () => {
  it('picks the followed lists last checked a day ago or more', () => {
    const due = listsDueForCheck(
      [
        list('never-checked', {}),
        list('checked-a-day-ago', { checkedAt: NOW - CHECK_INTERVAL_MS }),
        list('checked-an-hour-ago', { checkedAt: NOW - 3_600_000 }),
      ],
      NOW,
    );
    expect(due.map((each) => each.id)).toEqual(['never-checked', 'checked-a-day-ago']);
  });

  it('leaves lists read from a file, even one carrying an address, and lists with none', () => {
    // A backup is checked against the schema, which lets any list carry an address.
    const lists = [
      list('from-a-file', { source: 'markdown', fileName: 'list.md' }),
      list('from-json', { source: 'json', fileName: 'catalogue.json' }),
      list('no-address', { address: undefined }),
    ];
    expect(listsDueForCheck(lists, NOW)).toEqual([]);
  });
});
