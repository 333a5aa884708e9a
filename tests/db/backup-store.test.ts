// @vitest-environment node
import { readBackupContents, restoreBackup } from '../../src/db/backup-store';
import { getNextUpOrder, saveNextUpOrder } from '../../src/db/next-up-order';
import { db } from '../../src/db/database';
import { SaveError } from '../../src/db/save-status';
import type { Backup, ImportedList } from '../../src/lib/backup/backup-format';
import { createBackup } from '../../src/lib/backup/backup-format';
import { mergeStates } from '../../src/lib/backup/merge-states';
import type { PaperState } from '../../src/lib/paper-state';
import { normaliseStatusDates } from '../../src/lib/status-dates';
import { exportedAt, list, paperState } from '../lib/backup/backup-fixtures';
import { resetDatabase } from './reset-database';
import { refuseWrites } from './refuse-writes';

beforeEach(resetDatabase);

const idOf = (index: number) => `p${String(index).padStart(5, '0')}`;

// More papers than one write batch holds, so every restore below spans several batches.
const PAPERS = 1234;

function backupOf(papers: PaperState[], lists: ImportedList[] = []): Backup {
  return createBackup({
    papers,
    lists,
    nextUpOrder: [],
    settings: {},
    exportedAt,
    app: 'readmark 0.1.0',
  });
}

function incomingPapers(): PaperState[] {
  return Array.from({ length: PAPERS }, (_, index) =>
    paperState(idOf(index), { note: `backup ${index}`, noteUpdatedAt: 50, updatedAt: 50 }),
  );
}

// Every seventh paper of the backup is also here, with a note of its own, plus one only here.
async function seedCurrent(): Promise<PaperState[]> {
  const current = [
    ...Array.from({ length: PAPERS }, (_, index) => index)
      .filter((index) => index % 7 === 0)
      .map((index) =>
        paperState(idOf(index), { note: `here ${index}`, noteUpdatedAt: 90, updatedAt: 90 }),
      ),
    paperState('only-here', { note: 'mine' }),
  ];
  await db.papers.bulkPut(current);
  await db.lists.put({ ...structuredClone(list), id: 'list-here', title: 'Here' });
  return current;
}

async function contents() {
  return { papers: await db.papers.toArray(), lists: await db.lists.toArray() };
}

// Mutations go through until `okPuts` puts on papers have passed; later ones fail like a full disk.
async function failPapersPutAfter(okPuts: number): Promise<void> {
  let puts = 0;
  await refuseWrites(
    (name, request) => name === 'papers' && request.type === 'put' && ++puts > okPuts,
  );
}

describe('restoreBackup', () => {
  it('replaces everything with the backup, batch by batch, reporting progress', async () => {
    await seedCurrent();
    const papers = incomingPapers();
    const progress: [number, number][] = [];
    const result = await restoreBackup(backupOf(papers, [list]), 'replace', {
      onProgress: (written, total) => progress.push([written, total]),
    });
    expect(result).toEqual({ papers: PAPERS, lists: 1, conflicts: 0 });
    const after = await contents();
    // The fixture's papers are Reading without a started date: they get one, as the rules say.
    expect(after.papers).toEqual(papers.map(normaliseStatusDates));
    expect(after.lists).toEqual([list]);
    expect(progress[0]).toEqual([0, PAPERS]);
    expect(progress.at(-1)).toEqual([PAPERS, PAPERS]);
    expect(progress.length).toBeGreaterThan(3);
    const written = progress.map(([count]) => count);
    expect(written).toEqual([...written].sort((a, b) => a - b));
    expect(progress.every(([, total]) => total === PAPERS)).toBe(true);
  });

  it('merges across batches exactly as one merge of everything would', async () => {
    const current = await seedCurrent();
    const papers = incomingPapers();
    const expected = mergeStates(current, papers);
    const progress: number[] = [];
    const result = await restoreBackup(backupOf(papers, [list]), 'merge', {
      onProgress: (written) => progress.push(written),
    });
    expect(result).toEqual({
      papers: PAPERS,
      lists: 1,
      conflicts: expected.conflicts,
    });
    expect(expected.conflicts).toBe(Math.ceil(PAPERS / 7));
    const byId = (a: PaperState, b: PaperState) => a.id.localeCompare(b.id);
    expect((await db.papers.toArray()).sort(byId)).toEqual([...expected.merged].sort(byId));
    expect((await db.lists.toArray()).map((stored) => stored.id).sort()).toEqual([
      'list-1',
      'list-here',
    ]);
    expect(progress.at(-1)).toBe(PAPERS);
  });

  it('merges a backup in any order, and one spread thinly over a fuller database', async () => {
    const current = Array.from({ length: PAPERS }, (_, index) =>
      paperState(idOf(index), { note: `here ${index}`, noteUpdatedAt: 90, updatedAt: 90 }),
    );
    await db.papers.bulkPut(current);
    const papers = incomingPapers()
      .filter((_, index) => index % 10 === 3 || index >= PAPERS - 2)
      .reverse()
      .concat([paperState('new', { note: 'new' })]);
    const expected = mergeStates(current, papers);
    const result = await restoreBackup(
      { ...backupOf([]), papers: papers.map((paper) => structuredClone(paper)) },
      'merge',
    );
    expect(result).toEqual({
      papers: papers.length,
      lists: 0,
      conflicts: expected.conflicts,
    });
    expect(expected.conflicts).toBe(papers.length - 1);
    const byId = (a: PaperState, b: PaperState) => a.id.localeCompare(b.id);
    expect((await db.papers.toArray()).sort(byId)).toEqual([...expected.merged].sort(byId));
  });

  it('brings dates that contradict a status in line with the status, on replace and on merge', async () => {
    const stale = [
      paperState('to-read', { status: 'to-read', startedAt: 5, finishedAt: 6 }),
      paperState('read', { status: 'read', startedAt: 9, finishedAt: 7 }),
    ];
    for (const mode of ['replace', 'merge'] as const) {
      await resetDatabase();
      await restoreBackup(backupOf(stale), mode);
      const stored = await db.papers.toArray();
      expect(stored.find((paper) => paper.id === 'to-read')).not.toHaveProperty('startedAt');
      expect(stored.find((paper) => paper.id === 'to-read')).not.toHaveProperty('finishedAt');
      expect(stored.find((paper) => paper.id === 'read')).toMatchObject({
        startedAt: 7,
        finishedAt: 7,
      });
    }
  });

  it('adds only lists it does not have when merging', async () => {
    await seedCurrent();
    const result = await restoreBackup(
      backupOf([], [{ ...structuredClone(list), id: 'list-here', title: 'Changed' }]),
      'merge',
    );
    expect(result).toEqual({ papers: 0, lists: 0, conflicts: 0 });
    expect((await db.lists.get('list-here'))?.title).toBe('Here');
  });

  it.each(['merge', 'replace'] as const)(
    'changes nothing when a later batch fails to write (%s)',
    async (mode) => {
      await seedCurrent();
      const before = await contents();
      await failPapersPutAfter(1);
      const restoring = restoreBackup(backupOf(incomingPapers(), [list]), mode);
      await expect(restoring).rejects.toBeInstanceOf(SaveError);
      await expect(restoring).rejects.toThrow("Not saved: the browser's storage for this site");
      await expect(restoring).rejects.toMatchObject({ what: 'the restored backup' });
      expect(await contents()).toEqual(before);
    },
  );

  it.each(['merge', 'replace'] as const)(
    'changes nothing when a record in a later batch cannot be stored (%s)',
    async (mode) => {
      await seedCurrent();
      const before = await contents();
      const papers = incomingPapers();
      const last = papers.length - 1;
      papers[last] = { ...paperState(idOf(last)), note: (() => 'x') as unknown as string };
      await expect(restoreBackup(backupOf(papers), mode)).rejects.toBeInstanceOf(SaveError);
      expect(await contents()).toEqual(before);
    },
  );
});

describe('the Next up order in a backup', () => {
  const withOrder = (nextUpOrder: string[]): Backup => ({ ...backupOf([]), nextUpOrder });

  it('is read into the backup and comes back whole on replace', async () => {
    await saveNextUpOrder(['b', 'a', 'c']);
    expect((await readBackupContents()).nextUpOrder).toEqual(['b', 'a', 'c']);
    await saveNextUpOrder(['x']);
    await restoreBackup(withOrder(['b', 'a', 'c']), 'replace');
    expect(await getNextUpOrder()).toEqual(['b', 'a', 'c']);
  });

  it('is emptied on replace by a backup with nothing lined up, and kept on such a merge', async () => {
    await saveNextUpOrder(['x', 'y']);
    await restoreBackup(withOrder([]), 'merge');
    expect(await getNextUpOrder()).toEqual(['x', 'y']);
    await restoreBackup(withOrder([]), 'replace');
    expect(await getNextUpOrder()).toEqual([]);
  });

  it('keeps this browser’s order on merge and adds the backup’s other papers after it', async () => {
    await saveNextUpOrder(['mine', 'shared']);
    await restoreBackup(withOrder(['shared', 'theirs']), 'merge');
    expect(await getNextUpOrder()).toEqual(['mine', 'shared', 'theirs']);
  });
});

describe('the current list in a backup', () => {
  const chooseList = (id: string) => db.meta.put({ key: 'activeListId', value: id });
  const shownList = async () => (await db.meta.get('activeListId'))?.value;

  it('is read into the backup’s settings', async () => {
    expect((await readBackupContents()).settings).toEqual({});
    await chooseList('fuzzing');
    expect((await readBackupContents()).settings).toEqual({ currentList: 'fuzzing' });
  });

  it('comes back on replace, over the list this browser showed', async () => {
    await chooseList('default');
    await restoreBackup(backupOf([]), 'replace', { currentList: 'fuzzing' });
    expect(await shownList()).toBe('fuzzing');
  });

  it('leaves the list this browser shows when the backup names none', async () => {
    await chooseList('fuzzing');
    await restoreBackup(backupOf([]), 'replace');
    expect(await shownList()).toBe('fuzzing');
  });

  it('is taken on merge only when this browser never chose a list', async () => {
    await restoreBackup(backupOf([]), 'merge', { currentList: 'fuzzing' });
    expect(await shownList()).toBe('fuzzing');
    await chooseList('default');
    await restoreBackup(backupOf([]), 'merge', { currentList: 'other' });
    expect(await shownList()).toBe('default');
  });
});
