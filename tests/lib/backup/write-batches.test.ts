// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  byId,
  countBetween,
  WRITE_BATCH_LIMITS,
  writeBatches,
} from '../../../src/lib/backup/write-batches';
import type { PaperState } from '../../../src/lib/paper-state';
import { paperState, statesArb } from './backup-fixtures';

describe('writeBatches', () => {
  it('splits the states in order, within the limits', () => {
    fc.assert(
      fc.property(
        statesArb,
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 200, max: 2000 }),
        (states, maxRecords, maxChars) => {
          const batches = writeBatches(states, { maxRecords, maxChars });
          expect(batches.flat()).toEqual(states);
          for (const batch of batches) {
            expect(batch.length).toBeGreaterThan(0);
            expect(batch.length).toBeLessThanOrEqual(maxRecords);
          }
        },
      ),
    );
  });

  it('cuts by count for small records and by size for large notes', () => {
    const small = Array.from({ length: 1200 }, (_, index) => paperState(`p${index}`));
    expect(writeBatches(small).map((batch) => batch.length)).toEqual([500, 500, 200]);
    const note = 'x'.repeat(100 * 1024);
    const large = Array.from({ length: 12 }, (_, index) => paperState(`p${index}`, { note }));
    expect(writeBatches(large).map((batch) => batch.length)).toEqual([5, 5, 2]);
    expect(WRITE_BATCH_LIMITS.maxRecords).toBe(500);
  });

  it('gives a record larger than the size limit a batch of its own', () => {
    const huge = paperState('huge', { note: 'x'.repeat(WRITE_BATCH_LIMITS.maxChars) });
    const states = [paperState('a'), huge, paperState('b')];
    expect(writeBatches(states).map((batch) => batch.map((state) => state.id))).toEqual([
      ['a'],
      ['huge'],
      ['b'],
    ]);
    expect(writeBatches([])).toEqual([]);
  });

  it('weighs a record as 200 plus the length of its id, title, URL, note and tags', () => {
    // Each field in turn carries the weight, so none can be left out of the estimate.
    const long = 'x'.repeat(300);
    const blank = { title: '', url: '', note: '' };
    const heavy: Record<string, (index: number) => PaperState> = {
      id: (index) => paperState(`p${index}${long}`, blank),
      title: (index) => paperState(`p${index}`, { ...blank, title: long }),
      url: (index) => paperState(`p${index}`, { ...blank, url: long }),
      note: (index) => paperState(`p${index}`, { ...blank, note: long }),
      // Five tags of 60 characters: tags are at most 64 each.
      tags: (index) =>
        paperState(`p${index}`, {
          ...blank,
          tags: Array.from({ length: 5 }, (_, tag) => `tag ${tag} `.padEnd(60, 'x')),
        }),
    };
    for (const [field, make] of Object.entries(heavy)) {
      const states = Array.from({ length: 6 }, (_, index) => make(index));
      const size = ({ id, title, url, note, tags }: PaperState) =>
        200 + [id, title, url, note, ...tags].join('').length;
      // Two records fill a batch exactly; with one character less each goes alone.
      const pair = states.slice(0, 2).reduce((sum, state) => sum + size(state), 0);
      const lengths = (maxChars: number) =>
        writeBatches(states, { maxRecords: 100, maxChars }).map((batch) => batch.length);
      expect(lengths(pair), field).toEqual([2, 2, 2]);
      expect(lengths(pair - 1), field).toEqual([1, 1, 1, 1, 1, 1]);
    }
  });
});

describe('byId', () => {
  it('orders ids by code unit, as IndexedDB orders keys, and ties equal ids', () => {
    const ids = ['url:b', 'url:B', 'arxiv:2301.00002', 'url:\uffff', 'url:😀', 'url:a'];
    expect(
      ids
        .map((id) => ({ id }))
        .sort(byId)
        .map(({ id }) => id),
    ).toEqual(['arxiv:2301.00002', 'url:B', 'url:a', 'url:b', 'url:😀', 'url:\uffff']);
    // Signs, not just the order one engine's sort makes of them: other engines read a 0 as a tie.
    expect(byId({ id: 'url:a' }, { id: 'url:b' })).toBe(-1);
    expect(byId({ id: 'url:b' }, { id: 'url:a' })).toBe(1);
    expect(byId({ id: 'url:a' }, { id: 'url:a' })).toBe(0);
  });
});

describe('countBetween', () => {
  it('counts the sorted keys between two keys, both included', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ maxLength: 4 })),
        fc.string({ maxLength: 4 }),
        fc.string({ maxLength: 4 }),
        (keys, low, high) => {
          const sorted = keys
            .map((id) => ({ id }))
            .sort(byId)
            .map(({ id }) => id);
          const expected = sorted.filter((key) => key >= low && key <= high).length;
          expect(countBetween(sorted, low, high)).toBe(expected);
        },
      ),
    );
    expect(countBetween(['a', 'b', 'c'], 'b', 'b')).toBe(1);
    expect(countBetween(['a', 'b', 'c'], 'c', 'a')).toBe(0);
  });
});
