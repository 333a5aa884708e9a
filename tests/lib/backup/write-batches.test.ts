// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  byId,
  countBetween,
  WRITE_BATCH_LIMITS,
  writeBatches,
} from '../../../src/lib/backup/write-batches';
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
