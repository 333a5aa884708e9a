// @vitest-environment node
import * as Y from 'yjs';
import { db } from '../../../src/db/database';
import { saveNextUpOrder } from '../../../src/db/next-up-order';
import { getPaperState } from '../../../src/db/paper-queries';
import { saveNote, setStatus } from '../../../src/db/paper-writes';
import { saveNoteEdit } from '../../../src/db/note-edits';
import { BRIDGE_ORIGIN } from '../../../src/db/sync/bridge-state';
import { startBridge, type Bridge } from '../../../src/db/sync/sync-bridge';
import { addTag } from '../../../src/db/tag-writes';
import { listsMap, readPaper, settingsMap, writePaper } from '../../../src/lib/sync/library-doc';
import { removeList, saveList } from '../../../src/db/lists';
import type { ImportedList } from '../../../src/lib/backup/backup-format';
import type { PaperState } from '../../../src/lib/paper-state';
import { getSaveState } from '../../../src/db/save-status';
import { refuseWrites } from '../refuse-writes';
import { resetDatabase, snapshotOf } from '../reset-database';

// The other device: its own document, kept in step with this one as a server would.
function pair(local: Y.Doc, remote: Y.Doc) {
  local.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'remote') Y.applyUpdate(remote, update, 'remote');
  });
  remote.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'remote') Y.applyUpdate(local, update, 'remote');
  });
}

function paper(id: string, fields: Partial<PaperState> = {}): PaperState {
  return {
    id,
    ...snapshotOf(id),
    status: 'unread',
    note: '',
    tags: [],
    createdAt: 1,
    updatedAt: 1,
    ...fields,
  };
}

function list(id: string, title: string): ImportedList {
  return {
    id,
    title,
    addedAt: 1_000,
    source: 'markdown',
    catalogue: { schemaVersion: 2, title, sections: [], papers: [] },
  };
}

let bridge: Bridge | undefined;
beforeEach(resetDatabase);
afterEach(() => bridge?.stop());

async function settle(): Promise<void> {
  // Dexie tells its subscribers of a write after the transaction commits, a few turns later.
  for (let i = 0; i < 5; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await bridge?.idle();
  }
}

describe('the sync bridge', () => {
  it('copies a status, a note and a tag written here into the document', async () => {
    const doc = new Y.Doc();
    bridge = await startBridge(doc, 'resume');
    await setStatus('p1', 'reading', snapshotOf('p1'), 1000);
    await saveNote('p1', 'first thoughts', snapshotOf('p1'), 2000);
    await addTag('p1', 'to cite', snapshotOf('p1'), 3000);
    await settle();
    expect(readPaper(doc, 'p1')).toMatchObject({
      status: 'reading',
      startedAt: 1000,
      note: 'first thoughts',
      tags: ['to cite'],
      noteUpdatedAt: 2000,
    });
  });

  it('copies a change from another device into the table, without echoing it back', async () => {
    const doc = new Y.Doc();
    const other = new Y.Doc();
    pair(doc, other);
    bridge = await startBridge(doc, 'resume');
    const sentBack: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === BRIDGE_ORIGIN) sentBack.push(update);
    });
    const saved = getSaveState();
    other.transact(() => writePaper(other, paper('p2', { status: 'read', note: 'from afar' })));
    await settle();
    expect(await getPaperState('p2')).toMatchObject({ status: 'read', note: 'from afar' });
    expect(sentBack).toEqual([]);
    // Written quietly: the header's "All changes saved" is about this person's own changes.
    expect(getSaveState()).toBe(saved);
  });

  it('merges a note typed here with one typed on the other device at the same time', async () => {
    await saveNote('p1', 'the middle', snapshotOf('p1'), 1000);
    const doc = new Y.Doc();
    const other = new Y.Doc();
    bridge = await startBridge(doc, 'resume');
    await settle();
    // Offline: each side edits its own copy.
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc), 'remote');
    const before = readPaper(other, 'p1');
    other.transact(() =>
      writePaper(other, { ...paper('p1'), ...before, note: 'the middle, then the end' }, before),
    );
    await saveNoteEdit(
      'p1',
      { base: 'the middle', text: 'At first, the middle' },
      snapshotOf('p1'),
    );
    await settle();
    // Back online.
    pair(doc, other);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other), 'remote');
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc), 'remote');
    await settle();
    const merged = 'At first, the middle, then the end';
    expect((await getPaperState('p1'))?.note).toBe(merged);
    expect(readPaper(other, 'p1')?.note).toBe(merged);
  });

  it('merges a note typed here while a change from the other device is on its way in', async () => {
    await saveNote('p1', 'the middle', snapshotOf('p1'), 1000);
    const doc = new Y.Doc();
    bridge = await startBridge(doc, 'resume');
    await settle();
    const before = readPaper(doc, 'p1');
    if (!before) throw new Error('no p1 in the document');
    // The change lands in the document; this device writes its own before the bridge copies it.
    doc.transact(
      () => writePaper(doc, { ...before, note: 'the middle, then the end' }, before),
      'remote',
    );
    await db.papers.update('p1', { note: 'At first, the middle' });
    await settle();
    const merged = 'At first, the middle, then the end';
    expect((await getPaperState('p1'))?.note).toBe(merged);
    expect(readPaper(doc, 'p1')?.note).toBe(merged);
  });

  it('keeps tags added on both devices', async () => {
    await addTag('p1', 'mine', snapshotOf('p1'), 1000);
    const doc = new Y.Doc();
    const other = new Y.Doc();
    bridge = await startBridge(doc, 'resume');
    await settle();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc), 'remote');
    const before = readPaper(other, 'p1');
    if (!before) throw new Error('the other device has no p1');
    other.transact(() => writePaper(other, { ...before, tags: ['mine', 'theirs'] }, before));
    await addTag('p1', 'also mine', snapshotOf('p1'), 2000);
    await settle();
    pair(doc, other);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other), 'remote');
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc), 'remote');
    await settle();
    expect([...((await getPaperState('p1'))?.tags ?? [])].sort()).toEqual([
      'also mine',
      'mine',
      'theirs',
    ]);
  });

  it('joins an account: nothing on either side is dropped, and it counts what came in', async () => {
    await saveNote('shared', 'written on this device', snapshotOf('shared'), 1000);
    await addTag('shared', 'mine', snapshotOf('shared'), 1200);
    await setStatus('mine-only', 'read', snapshotOf('mine-only'), 1500);
    const doc = new Y.Doc();
    doc.transact(() => {
      writePaper(
        doc,
        paper('shared', {
          note: 'written on the other',
          noteUpdatedAt: 2000,
          tags: ['theirs'],
          tagsUpdatedAt: 2000,
        }),
      );
      writePaper(doc, paper('theirs-only', { status: 'to-read', statusChangedAt: 5 }));
    }, 'remote');
    bridge = await startBridge(doc, 'join');
    expect(bridge.cameIn).toBe(1);
    const shared = (await getPaperState('shared'))?.note ?? '';
    expect(shared).toContain('written on this device');
    expect(shared).toContain('written on the other');
    expect(readPaper(doc, 'shared')?.note).toBe(shared);
    expect((await getPaperState('shared'))?.tags).toEqual(['theirs', 'mine']);
    expect(await getPaperState('theirs-only')).toMatchObject({ status: 'to-read' });
    expect(readPaper(doc, 'mine-only')).toMatchObject({ status: 'read' });
  });

  it('joins an account: dates that contradict the status follow the status rules on both sides', async () => {
    // As an older version left them: a paper back To read that kept its started date.
    await db.papers.put(paper('p', { status: 'to-read', statusChangedAt: 3000, startedAt: 900 }));
    await setStatus('q', 'to-read', snapshotOf('q'), 100);
    const doc = new Y.Doc();
    doc.transact(() => {
      writePaper(doc, paper('p', { status: 'reading', statusChangedAt: 1000, startedAt: 900 }));
      // A finish typed in before the start, on the other device.
      writePaper(
        doc,
        paper('q', { status: 'read', statusChangedAt: 2000, startedAt: 1900, finishedAt: 1500 }),
      );
    }, 'remote');
    bridge = await startBridge(doc, 'join');
    for (const side of [await getPaperState('p'), readPaper(doc, 'p')]) {
      expect(side).toMatchObject({ status: 'to-read' });
      expect(side).not.toHaveProperty('startedAt');
    }
    for (const side of [await getPaperState('q'), readPaper(doc, 'q')]) {
      expect(side).toMatchObject({ status: 'read', startedAt: 1500, finishedAt: 1500 });
    }
  });

  it('resumes: the newer side of a note wins, with no text kept twice', async () => {
    await saveNote('p1', 'newer here', snapshotOf('p1'), 5000);
    const doc = new Y.Doc();
    doc.transact(() => writePaper(doc, paper('p1', { note: 'older', noteUpdatedAt: 1000 })));
    bridge = await startBridge(doc, 'resume');
    expect((await getPaperState('p1'))?.note).toBe('newer here');
    expect(readPaper(doc, 'p1')?.note).toBe('newer here');
  });

  it('carries the Next up order both ways', async () => {
    const doc = new Y.Doc();
    const other = new Y.Doc();
    pair(doc, other);
    bridge = await startBridge(doc, 'resume');
    await saveNextUpOrder(['b', 'a']);
    await settle();
    expect(settingsMap(other).get('nextUpOrder')).toEqual(['b', 'a']);
    other.transact(() => settingsMap(other).set('nextUpOrder', ['a', 'b', 'c']));
    await settle();
    expect((await db.meta.get('nextUpOrder'))?.value).toEqual(['a', 'b', 'c']);
  });

  it('keeps an order that is not a list of ids from coming in, and sends an order once', async () => {
    const doc = new Y.Doc();
    const other = new Y.Doc();
    pair(doc, other);
    bridge = await startBridge(doc, 'resume');
    await saveNextUpOrder(['a']);
    await settle();
    const sent: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === BRIDGE_ORIGIN) sent.push(update);
    });
    await saveNextUpOrder(['a']);
    await settle();
    expect(sent).toEqual([]);
    other.transact(() => settingsMap(other).set('nextUpOrder', ['a', 7]));
    await settle();
    other.transact(() => settingsMap(other).set('nextUpOrder', 'a,b'));
    await settle();
    expect((await db.meta.get('nextUpOrder'))?.value).toEqual(['a']);
  });

  it('carries added lists both ways: new, changed and removed', async () => {
    const doc = new Y.Doc();
    const other = new Y.Doc();
    pair(doc, other);
    bridge = await startBridge(doc, 'resume');
    await saveList(list('mine', 'Mine'));
    await settle();
    expect(listsMap(other).get('mine')).toEqual(list('mine', 'Mine'));
    await saveList(list('mine', 'Mine, renamed'));
    await settle();
    expect(listsMap(other).get('mine')).toMatchObject({ title: 'Mine, renamed' });

    other.transact(() => listsMap(other).set('theirs', list('theirs', 'Theirs')));
    await settle();
    expect(await db.lists.get('theirs')).toEqual(list('theirs', 'Theirs'));
    other.transact(() => listsMap(other).set('theirs', list('theirs', 'Theirs, renamed')));
    await settle();
    expect((await db.lists.get('theirs'))?.title).toBe('Theirs, renamed');

    other.transact(() => listsMap(other).delete('theirs'));
    await settle();
    expect(await db.lists.get('theirs')).toBeUndefined();
    await removeList('mine');
    await settle();
    expect(listsMap(other).has('mine')).toBe(false);
    expect(await db.lists.count()).toBe(0);
  });

  it('stores no list from another device that is not a valid list', async () => {
    const doc = new Y.Doc();
    const other = new Y.Doc();
    pair(doc, other);
    bridge = await startBridge(doc, 'resume');
    other.transact(() => {
      listsMap(other).set('broken', { id: 'broken', title: '' });
      listsMap(other).set('good', list('good', 'Good'));
    });
    await settle();
    expect((await db.lists.toArray()).map(({ id }) => id)).toEqual(['good']);
  });

  it('sends the lists stored before sync started', async () => {
    await saveList(list('early', 'Early'));
    const doc = new Y.Doc();
    bridge = await startBridge(doc, 'resume');
    await settle();
    expect(listsMap(doc).get('early')).toEqual(list('early', 'Early'));
  });

  it('copies nothing either way once stopped', async () => {
    const doc = new Y.Doc();
    const other = new Y.Doc();
    pair(doc, other);
    bridge = await startBridge(doc, 'resume');
    bridge.stop();
    await setStatus('p1', 'read', snapshotOf('p1'));
    other.transact(() => writePaper(other, paper('p2', { note: 'from afar' })));
    await settle();
    expect(readPaper(other, 'p1')).toBeUndefined();
    expect(await getPaperState('p2')).toBeNull();
  });

  it('fails to start when the first reconciliation cannot write, and then copies nothing', async () => {
    const doc = new Y.Doc();
    doc.transact(() => writePaper(doc, paper('p1', { note: 'from the account' })));
    const allow = await refuseWrites();
    await expect(startBridge(doc, 'join')).rejects.toThrow(/Not saved/);
    allow();
    await setStatus('p2', 'read', snapshotOf('p2'));
    await settle();
    expect(readPaper(doc, 'p2')).toBeUndefined();
  });

  it('passes on a restore that replaced everything as removals', async () => {
    await saveNote('gone', 'old', snapshotOf('gone'), 1000);
    const doc = new Y.Doc();
    bridge = await startBridge(doc, 'resume');
    await settle();
    await db.papers.clear();
    await settle();
    expect(readPaper(doc, 'gone')).toBeUndefined();
  });

  it('joins a big library in steps, each its own small change to send', async () => {
    await db.papers.bulkPut(
      Array.from({ length: 600 }, (_, i) => paper(`p${i}`, { note: `n${i}` })),
    );
    const doc = new Y.Doc();
    const updates: number[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update.length));
    const saved = getSaveState();
    bridge = await startBridge(doc, 'join');
    expect(getSaveState()).toBe(saved);
    const total = updates.reduce((sum, size) => sum + size, 0);
    expect(updates.length).toBeGreaterThanOrEqual(3);
    // No one message carries the whole library.
    expect(Math.max(...updates)).toBeLessThan(total / 2);
    expect(readPaper(doc, 'p599')).toMatchObject({ note: 'n599' });
    expect(readPaper(doc, 'p0')).toMatchObject({ note: 'n0' });
  });

  it('copies a change made while the first reconciliation runs', async () => {
    await db.papers.bulkPut(Array.from({ length: 600 }, (_, i) => paper(`p${i}`)));
    const doc = new Y.Doc();
    const starting = startBridge(doc, 'join');
    await saveNote('p0', 'typed during the join', snapshotOf('p0'), 5000);
    bridge = await starting;
    await settle();
    expect(readPaper(doc, 'p0')?.note).toBe('typed during the join');
  });
});
