// @vitest-environment node
import { Dexie } from 'dexie';
import { createDatabase } from '../../src/db/database';
import { declareVersions } from '../../src/db/versions';
import type { PaperState } from '../../src/lib/paper-state';

// Records as release 1 wrote them: every field it knew, realistic values.
const V1_PAPERS: PaperState[] = [
  {
    id: 'arxiv:1904.03257',
    title: 'MLSys: The New Frontier of Machine Learning Systems',
    url: 'https://arxiv.org/pdf/1904.03257.pdf',
    status: 'read',
    statusChangedAt: 1_700_000_300_000,
    startedAt: 1_700_000_100_000,
    finishedAt: 1_700_000_300_000,
    note: '## Takeaways\n\n- ML systems need their own research agenda.\n\n```py\nprint("ü")\n```',
    noteUpdatedAt: 1_700_000_200_000,
    tags: ['survey', 'to cite'],
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_300_000,
  },
  {
    id: 'doi:10.1145/3377811.3380362',
    title: 'An Empirical Study on Program Failures of Deep Learning Jobs',
    url: 'https://dl.acm.org/doi/10.1145/3377811.3380362',
    status: 'to-read',
    statusChangedAt: 1_700_000_400_000,
    note: '',
    tags: [],
    createdAt: 1_700_000_400_000,
    updatedAt: 1_700_000_400_000,
  },
  {
    id: 'url:example.org/gone-from-the-list',
    title: 'A paper no longer in the list',
    url: 'https://example.org/gone-from-the-list',
    status: 'reading',
    statusChangedAt: 1_700_000_500_000,
    startedAt: 1_700_000_500_000,
    note: 'Still mine. 日本語 and emoji 🧪',
    noteUpdatedAt: 1_700_000_600_000,
    tags: ['Théorie'],
    createdAt: 1_700_000_500_000,
    updatedAt: 1_700_000_600_000,
  },
];

let name: string;
beforeEach(() => {
  name = `readmark-migration-${Math.random()}`;
});

async function writeAsVersion1() {
  const old = new Dexie(name);
  declareVersions(old, 1);
  await old.table('papers').bulkAdd(V1_PAPERS);
  old.close();
}

describe('database migrations', () => {
  it('v1 -> v2 keeps every field of every record and adds the tag time', async () => {
    await writeAsVersion1();
    const db = createDatabase(name);
    await db.open();
    expect(db.verno).toBe(2);
    const papers = await db.papers.orderBy('id').toArray();
    const expected = [...V1_PAPERS]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((paper) =>
        paper.tags.length > 0 ? { ...paper, tagsUpdatedAt: paper.updatedAt } : paper,
      );
    expect(papers).toEqual(expected);
    expect(await db.papers.where('tags').equals('survey').primaryKeys()).toEqual([
      'arxiv:1904.03257',
    ]);
    expect(await db.papers.where('status').equals('reading').count()).toBe(1);
    expect(await db.lists.count()).toBe(0);
    expect(await db.meta.count()).toBe(0);
    db.close();
  });

  it('a fresh database starts at the latest version, empty', async () => {
    const db = createDatabase(name);
    await db.open();
    expect(db.verno).toBe(2);
    expect(await db.papers.count()).toBe(0);
    db.close();
  });
});
