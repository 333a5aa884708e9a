// @vitest-environment node
import { db } from '../../src/db/database';
import { getPaperState } from '../../src/db/paper-queries';
import { saveNote, setDates, setStatus } from '../../src/db/paper-writes';
import { resetDatabase, snapshotOf } from './reset-database';

const ID = 'arxiv:1904.03257';
const snapshot = snapshotOf(ID);

beforeEach(resetDatabase);

async function stored(id = ID) {
  const state = await getPaperState(id);
  if (state === null) throw new Error(`no record for ${id}`);
  return state;
}

describe('setStatus', () => {
  it('creates the record with defaults and the snapshot', async () => {
    await setStatus(ID, 'to-read', snapshot, 100);
    expect(await stored()).toEqual({
      id: ID,
      title: snapshot.title,
      url: snapshot.url,
      status: 'to-read',
      statusChangedAt: 100,
      note: '',
      tags: [],
      createdAt: 100,
      updatedAt: 100,
    });
  });

  it('does not create a record for the default status', async () => {
    await setStatus(ID, 'unread', snapshot, 100);
    expect(await getPaperState(ID)).toBeNull();
  });

  it('sets startedAt once and finishedAt on read, dropping the dates the new status does not hold', async () => {
    await setStatus(ID, 'reading', snapshot, 100);
    expect(await stored()).toMatchObject({ startedAt: 100, statusChangedAt: 100 });
    await setStatus(ID, 'read', snapshot, 200);
    expect(await stored()).toMatchObject({ startedAt: 100, finishedAt: 200, statusChangedAt: 200 });
    await setStatus(ID, 'reading', snapshot, 300);
    const reopened = await stored();
    expect(reopened).toMatchObject({ startedAt: 100, statusChangedAt: 300 });
    expect(reopened).not.toHaveProperty('finishedAt');
    await setStatus(ID, 'read', snapshot, 400);
    await setStatus(ID, 'unread', snapshot, 500);
    const reset = await stored();
    expect(reset).toMatchObject({ status: 'unread', statusChangedAt: 500 });
    expect(reset).not.toHaveProperty('startedAt');
    expect(reset).not.toHaveProperty('finishedAt');
  });

  it('sets startedAt when going straight to read', async () => {
    await setStatus(ID, 'read', snapshot, 100);
    expect(await stored()).toMatchObject({ startedAt: 100, finishedAt: 100 });
  });

  it('changes nothing when the status is already the same', async () => {
    await setStatus(ID, 'read', snapshot, 100);
    await setStatus(ID, 'read', snapshot, 200);
    expect(await stored()).toMatchObject({ finishedAt: 100, statusChangedAt: 100, updatedAt: 100 });
  });

  it('keeps fields another tab changed in between', async () => {
    await saveNote(ID, 'first', snapshot, 100);
    await db.papers.update(ID, { note: 'from another tab', tags: ['ml'] });
    await setStatus(ID, 'reading', snapshot, 200);
    expect(await stored()).toMatchObject({
      note: 'from another tab',
      tags: ['ml'],
      status: 'reading',
      updatedAt: 200,
    });
  });

  it('refreshes the snapshot', async () => {
    await setStatus(ID, 'reading', snapshot, 100);
    await setStatus(ID, 'read', { title: 'Renamed', url: 'https://example.org/new' }, 200);
    expect(await stored()).toMatchObject({ title: 'Renamed', url: 'https://example.org/new' });
  });
});

describe('setDates', () => {
  it('sets and clears dates, leaving missing keys alone', async () => {
    await setStatus(ID, 'read', snapshot, 100);
    expect(await setDates(ID, { startedAt: 50 }, snapshot, 200)).toBeNull();
    expect(await stored()).toMatchObject({ startedAt: 50, finishedAt: 100, updatedAt: 200 });
    await setDates(ID, { startedAt: null }, snapshot, 300);
    const cleared = await stored();
    expect(cleared.finishedAt).toBe(100);
    expect(cleared).not.toHaveProperty('startedAt');
  });

  it('refuses, in words, a date the status does not hold, writing nothing', async () => {
    expect(await setDates(ID, { startedAt: 10 }, snapshot, 100)).toMatch(
      'A paper marked Unread has no started date',
    );
    expect(await getPaperState(ID)).toBeNull();
    await setStatus(ID, 'reading', snapshot, 100);
    expect(await setDates(ID, { finishedAt: 200 }, snapshot, 300)).toMatch(
      'Only a paper marked Read has a finished date',
    );
    expect(await stored()).not.toHaveProperty('finishedAt');
  });

  it('refuses a finished day before the started day, and a read paper without its finished date', async () => {
    const day = (n: number) => new Date(2024, 2, n, 12).getTime();
    await setStatus(ID, 'reading', snapshot, day(10));
    await setStatus(ID, 'read', snapshot, day(12));
    expect(await setDates(ID, { finishedAt: day(9) }, snapshot)).toMatch(
      'Finished can’t be before Started',
    );
    expect(await setDates(ID, { startedAt: day(13) }, snapshot)).toMatch(
      'Started can’t be after Finished',
    );
    expect(await setDates(ID, { finishedAt: null }, snapshot)).toMatch('keeps its finished date');
    expect(await stored()).toMatchObject({ startedAt: day(10), finishedAt: day(12) });
    // The same day is fine, whatever the hours.
    await setDates(ID, { finishedAt: day(10) - 3 * 3600_000 }, snapshot);
    const sameDay = await stored();
    expect(sameDay.startedAt).toBeLessThanOrEqual(sameDay.finishedAt ?? 0);
  });

  it('rejects a date that is not a number, writing nothing', async () => {
    await expect(setDates(ID, { startedAt: Number.NaN }, snapshot)).rejects.toMatchObject({
      message: 'Not saved: that is not a valid date.',
      what: 'the dates',
    });
    expect(await getPaperState(ID)).toBeNull();
  });
});

describe('saveNote', () => {
  it('sets note, noteUpdatedAt and updatedAt', async () => {
    await saveNote(ID, '# Notes', snapshot, 100);
    await saveNote(ID, '# Notes\n\nmore', snapshot, 200);
    expect(await stored()).toMatchObject({
      note: '# Notes\n\nmore',
      noteUpdatedAt: 200,
      updatedAt: 200,
      createdAt: 100,
    });
  });

  it('stores nothing for an empty note on a paper without a record', async () => {
    await saveNote(ID, '', snapshot, 100);
    expect(await getPaperState(ID)).toBeNull();
  });

  it('keeps a status another tab wrote in between', async () => {
    await saveNote(ID, 'draft', snapshot, 100);
    await db.papers.update(ID, { status: 'reading', startedAt: 150 });
    await saveNote(ID, 'final', snapshot, 200);
    expect(await stored()).toMatchObject({ note: 'final', status: 'reading', startedAt: 150 });
  });

  it('refreshes the snapshot', async () => {
    await saveNote(ID, 'a', snapshot, 100);
    await saveNote(ID, 'b', { title: 'New title', url: snapshot.url }, 200);
    expect(await stored()).toMatchObject({ title: 'New title', note: 'b' });
  });
});
