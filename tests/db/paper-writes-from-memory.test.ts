import { db } from '../../src/db/database';
import { getPaperState } from '../../src/db/paper-queries';
import { saveNote, setDates, setStatus } from '../../src/db/paper-writes';
import { currentStates, subscribeToStates } from '../../src/db/shared-states';
import { addTag } from '../../src/db/tag-writes';
import type { PaperState } from '../../src/lib/paper-state';
import { resetDatabase, snapshotOf } from './reset-database';

// With the states followed in memory, a write is sent along with its read. These check that it
// stores what the read-then-write stores, also when the memory is behind the database.

const ID = 'p1';
const snapshot = snapshotOf(ID);
let unsubscribe = () => {};

beforeEach(async () => {
  await resetDatabase();
  unsubscribe = subscribeToStates(() => undefined);
  await vi.waitFor(() => expect(currentStates()).toBeDefined());
});
afterEach(() => unsubscribe());

function record(fields: Partial<PaperState> = {}): PaperState {
  return {
    id: ID,
    ...snapshot,
    status: 'unread',
    note: '',
    tags: [],
    createdAt: 1,
    updatedAt: 1,
    ...fields,
  };
}

/** Changes the database behind Dexie's back, so the states in memory do not follow. */
async function behindTheBack(change: (store: IDBObjectStore) => void): Promise<void> {
  const tx = db.backendDB().transaction('papers', 'readwrite');
  change(tx.objectStore('papers'));
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
}

async function following(fields: Partial<PaperState>): Promise<void> {
  await db.papers.put(record(fields));
  await vi.waitFor(() => expect(currentStates()?.get(ID)).toMatchObject(fields));
}

describe('a write with the states in memory', () => {
  it('writes what the read finds, when memory and database agree', async () => {
    await following({ status: 'to-read', note: 'kept', tags: ['x'] });
    await setStatus(ID, 'reading', snapshot, 100);
    expect(await getPaperState(ID)).toEqual(
      record({
        status: 'reading',
        statusChangedAt: 100,
        startedAt: 100,
        note: 'kept',
        tags: ['x'],
        updatedAt: 100,
      }),
    );
  });

  it('keeps a change the memory has not seen', async () => {
    await following({ status: 'to-read', note: 'mine' });
    await behindTheBack((store) =>
      store.put(record({ status: 'reading', startedAt: 50, note: 'theirs' })),
    );
    await setStatus(ID, 'read', snapshot, 100);
    expect(await getPaperState(ID)).toEqual(
      record({
        status: 'read',
        statusChangedAt: 100,
        startedAt: 50,
        finishedAt: 100,
        note: 'theirs',
        updatedAt: 100,
      }),
    );
  });

  it('keeps a change the memory has not seen in a record with the same fields', async () => {
    await following({ status: 'to-read', note: 'mine', tags: ['a'] });
    await behindTheBack((store) =>
      store.put(record({ status: 'to-read', note: 'theirs', tags: ['b'] })),
    );
    await setStatus(ID, 'reading', snapshot, 100);
    expect(await getPaperState(ID)).toEqual(
      record({
        status: 'reading',
        statusChangedAt: 100,
        startedAt: 100,
        note: 'theirs',
        tags: ['b'],
        updatedAt: 100,
      }),
    );
  });

  it('builds on a record the memory does not know, or makes a new one for a deleted record', async () => {
    await behindTheBack((store) =>
      store.put(record({ note: 'theirs', createdAt: 7, updatedAt: 7 })),
    );
    await saveNote(ID, 'mine', snapshot, 100);
    expect(await getPaperState(ID)).toEqual(
      record({ note: 'mine', noteUpdatedAt: 100, createdAt: 7, updatedAt: 100 }),
    );
    await vi.waitFor(() => expect(currentStates()?.get(ID)?.note).toBe('mine'));
    await behindTheBack((store) => store.delete(ID));
    await addTag(ID, 'ml', snapshot, 200);
    expect(await getPaperState(ID)).toEqual(
      record({ tags: ['ml'], tagsUpdatedAt: 200, createdAt: 200, updatedAt: 200 }),
    );
  });

  it('takes its write back when the record read needs none', async () => {
    await following({ status: 'to-read' });
    const theirs = record({
      status: 'read',
      statusChangedAt: 40,
      startedAt: 40,
      finishedAt: 40,
      updatedAt: 40,
    });
    await behindTheBack((store) => store.put(theirs));
    await setStatus(ID, 'read', snapshot, 100);
    expect(await getPaperState(ID)).toEqual(theirs);
    await behindTheBack((store) => store.delete(ID));
    await setStatus(ID, 'unread', snapshot, 100);
    expect(await getPaperState(ID)).toBeNull();
  });

  it('answers a date correction from the record read, not from memory', async () => {
    await following({ status: 'reading', startedAt: 50 });
    await behindTheBack((store) => store.put(record({ status: 'to-read' })));
    expect(await setDates(ID, { startedAt: 60 }, snapshot, 100)).not.toBeNull();
    expect(await getPaperState(ID)).toEqual(record({ status: 'to-read' }));
    await behindTheBack((store) => store.put(record({ status: 'reading', startedAt: 50 })));
    await following({ status: 'to-read' });
    await behindTheBack((store) => store.put(record({ status: 'reading', startedAt: 50 })));
    expect(await setDates(ID, { startedAt: 60 }, snapshot, 100)).toBeNull();
    expect((await getPaperState(ID))?.startedAt).toBe(60);
  });
});
