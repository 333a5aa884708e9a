// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withEntries } from '../../src/lib/layered-map';

const base = () =>
  new Map([
    ['a', 1],
    ['b', 2],
    ['c', 3],
  ]);

describe('withEntries', () => {
  it('sets, adds and removes entries, leaving the map it was given as it was', () => {
    const before = base();
    const after = withEntries(before, [
      ['b', 20],
      ['d', 4],
      ['a', undefined],
    ]);
    expect([...after]).toEqual([
      ['b', 20],
      ['c', 3],
      ['d', 4],
    ]);
    expect(after.size).toBe(3);
    expect([after.get('a'), after.get('b'), after.get('d'), after.get('z')]).toEqual([
      undefined,
      20,
      4,
      undefined,
    ]);
    expect([after.has('a'), after.has('b'), after.has('d'), after.has('z')]).toEqual([
      false,
      true,
      true,
      false,
    ]);
    expect([...before]).toEqual([...base()]);
  });

  it('iterates keys, values and entries alike, and forEach passes the map itself', () => {
    const after = withEntries(base(), [['c', 30]]);
    expect([...after.keys()]).toEqual(['a', 'b', 'c']);
    expect([...after.values()]).toEqual([1, 2, 30]);
    expect([...after.entries()]).toEqual([...after]);
    const seen: [string, number][] = [];
    const context = { tag: 'this' };
    after.forEach(function (this: unknown, value, key, map) {
      expect(map).toBe(after);
      expect(this).toBe(context);
      seen.push([key, value]);
    }, context);
    expect(seen).toEqual([...after]);
  });

  it('keeps a stored undefined apart from a removed entry', () => {
    const map = new Map<string, number | undefined>([['a', undefined]]);
    const after = withEntries(map, [['b', 2]]);
    expect(after.has('a')).toBe(true);
    expect(after.size).toBe(2);
  });

  it('counts an entry removed and added again, or removed twice, once', () => {
    const after = withEntries(base(), [
      ['a', undefined],
      ['a', undefined],
      ['a', 10],
      ['e', 5],
      ['e', undefined],
      ['e', undefined],
    ]);
    expect(after.size).toBe(3);
    expect([...after].sort()).toEqual([
      ['a', 10],
      ['b', 2],
      ['c', 3],
    ]);
  });

  it('does not stack layers: a change on a changed map holds every change over the base', () => {
    const once = withEntries(base(), [['a', 10]]);
    const twice = withEntries(once, [['b', 20]]);
    expect([...twice]).toEqual([
      ['a', 10],
      ['b', 20],
      ['c', 3],
    ]);
    expect([...once]).toEqual([
      ['a', 10],
      ['b', 2],
      ['c', 3],
    ]);
  });

  it('folds into a plain map once the changes outgrow a sixteenth of the base', () => {
    const big = new Map(Array.from({ length: 3_200 }, (_, i) => [`k${i}`, i]));
    let map: ReadonlyMap<string, number> = big;
    for (let i = 0; i < 200; i += 1) map = withEntries(map, [[`k${i}`, -i]]);
    expect(map).not.toBeInstanceOf(Map);
    map = withEntries(map, [['k200', -200]]);
    expect(map).toBeInstanceOf(Map);
    expect(map.get('k200')).toBe(-200);
    expect(map.get('k0')).toBe(-0);
    expect(map.get('k3199')).toBe(3_199);
    expect(map.size).toBe(3_200);
    const small = withEntries(
      new Map<string, number>(),
      Array.from({ length: 65 }, (_, i) => [`n${i}`, i] as const),
    );
    expect(small).toBeInstanceOf(Map);
    expect(small.size).toBe(65);
  });

  it('answers as a copied map would, after any sequence of changes', () => {
    const key = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f');
    const update = fc.tuple(key, fc.option(fc.integer(), { nil: undefined }));
    // Reading every entry folds the layers; the next change then builds on the folded map.
    const batch = fc.record({ updates: fc.array(update, { maxLength: 8 }), readAll: fc.boolean() });
    fc.assert(
      fc.property(fc.array(batch, { maxLength: 30 }), (batches) => {
        let layered: ReadonlyMap<string, number> = base();
        const copied = base();
        for (const { updates, readAll } of batches) {
          layered = withEntries(layered, updates);
          for (const [k, v] of updates) {
            if (v === undefined) copied.delete(k);
            else copied.set(k, v);
          }
          expect(layered.size).toBe(copied.size);
          for (const k of ['a', 'b', 'c', 'd', 'e', 'f', 'z']) {
            expect(layered.get(k)).toBe(copied.get(k));
            expect(layered.has(k)).toBe(copied.has(k));
          }
          if (readAll) expect([...layered].sort()).toEqual([...copied].sort());
        }
        expect([...layered].sort()).toEqual([...copied].sort());
      }),
    );
  });
});
