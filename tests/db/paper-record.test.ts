// @vitest-environment node
import { getPaperState } from '../../src/db/paper-queries';
import { differs, sameRecord, writePaper } from '../../src/db/paper-record';
import type { PaperState } from '../../src/lib/paper-state';
import { resetDatabase } from './reset-database';

const record: PaperState = {
  id: 'arxiv:1904.03257',
  title: 'A paper',
  url: 'https://arxiv.org/abs/1904.03257',
  status: 'reading',
  startedAt: 10,
  note: 'A note',
  tags: ['survey', 'testing'],
  createdAt: 1,
  updatedAt: 10,
};

describe('differs', () => {
  it('compares lists item by item, and anything else by identity', () => {
    expect(differs(['a', 'b'], ['a', 'b'])).toBe(false);
    expect(differs(['a', 'b'], ['b', 'a'])).toBe(true);
    expect(differs(['a'], ['a', 'b'])).toBe(true);
    expect(differs('a', 'a')).toBe(false);
    expect(differs(1, 2)).toBe(true);
  });

  it('takes a list and a missing value for different, without looking into the list', () => {
    expect(differs(['a'], undefined)).toBe(true);
    expect(differs(undefined, [])).toBe(true);
  });
});

describe('sameRecord', () => {
  it('is true for records with the same fields and values, tags in new lists included', () => {
    expect(sameRecord(record, { ...record, tags: [...record.tags] })).toBe(true);
    expect(sameRecord(undefined, undefined)).toBe(true);
  });

  it('is false when one side has no record', () => {
    expect(sameRecord(record, undefined)).toBe(false);
    expect(sameRecord(undefined, record)).toBe(false);
  });

  it('is false when a value differs, tags included', () => {
    expect(sameRecord(record, { ...record, status: 'read' })).toBe(false);
    expect(sameRecord(record, { ...record, tags: ['survey'] })).toBe(false);
    expect(sameRecord(record, { ...record, tags: ['testing', 'survey'] })).toBe(false);
  });

  it('is false when the other record has a field more, or another field in its place', () => {
    expect(sameRecord(record, { ...record, finishedAt: 20 })).toBe(false);
    const withoutStart: PaperState = { ...record };
    delete withoutStart.startedAt;
    expect(sameRecord(withoutStart, record)).toBe(false);
    // The same number of fields, one of them undefined on this side and absent on the other.
    const undefinedStart = { ...record, startedAt: undefined };
    const otherField = { ...withoutStart, finishedAt: 20 };
    expect(sameRecord(undefinedStart, otherField)).toBe(false);
  });
});

describe('writePaper without a snapshot', () => {
  beforeEach(resetDatabase);

  it('creates the record with an empty title and address, to be named by a later write', async () => {
    await writePaper('url:example.org', null, 5, () => ({ status: 'to-read' }));
    const stored = await getPaperState('url:example.org');
    expect(stored?.title).toBe('');
    expect(stored?.url).toBe('');
  });
});
