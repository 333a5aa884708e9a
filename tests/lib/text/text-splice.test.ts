import fc from 'fast-check';
import {
  applySplice,
  mapOffset,
  mergeTexts,
  spliceBetween,
} from '../../../src/lib/text/text-splice';

describe('spliceBetween', () => {
  it('finds the one change between two texts', () => {
    expect(spliceBetween('the cat sat', 'the dog sat')).toEqual({
      at: 4,
      remove: 3,
      insert: 'dog',
    });
    expect(spliceBetween('abc', 'abc')).toEqual({ at: 3, remove: 0, insert: '' });
    expect(spliceBetween('', 'new')).toEqual({ at: 0, remove: 0, insert: 'new' });
  });

  it('never cuts an emoji in half', () => {
    const splice = spliceBetween('a😀b', 'a😃b');
    expect(splice).toEqual({ at: 1, remove: 2, insert: '😃' });
  });

  it('keeps a pair whole at either end of the change, at the edges of the surrogate ranges', () => {
    // Same first half (U+10000 / U+10001 share D800): the change starts before the pair.
    expect(spliceBetween('a\u{10000}b', 'a\u{10001}b')).toEqual({
      at: 1,
      remove: 2,
      insert: '\u{10001}',
    });
    expect(spliceBetween('a\u{10FFFF}', 'a\u{10FFFE}')).toEqual({
      at: 1,
      remove: 2,
      insert: '\u{10FFFE}',
    });
    // Same second half (DBFF DFFF / DBFE DFFF, and D800 DC00 / D801 DC00): the change ends after.
    expect(spliceBetween('a\u{10FFFF}b', 'a\u{10FBFF}b')).toEqual({
      at: 1,
      remove: 2,
      insert: '\u{10FBFF}',
    });
    expect(spliceBetween('\u{10000}b', '\u{10400}b')).toEqual({
      at: 0,
      remove: 2,
      insert: '\u{10400}',
    });
  });

  it('does not take a character past the surrogate ranges for half of a pair', () => {
    expect(spliceBetween('\uF900a', '\uF900b')).toEqual({ at: 1, remove: 1, insert: 'b' });
    expect(spliceBetween('a\uF900', 'b\uF900')).toEqual({ at: 0, remove: 1, insert: 'b' });
    expect(spliceBetween('😀a', '😀b')).toEqual({ at: 2, remove: 1, insert: 'b' });
  });

  it('turns any text into any other', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (a, b) => {
        expect(applySplice(a, spliceBetween(a, b))).toBe(b);
      }),
    );
  });
});

describe('mapOffset', () => {
  const splice = { at: 4, remove: 3, insert: 'horse' };
  it('leaves a caret before the change alone and moves one after it', () => {
    expect(mapOffset(2, splice)).toBe(2);
    expect(mapOffset(4, splice)).toBe(4);
    expect(mapOffset(9, splice)).toBe(11);
  });

  it('puts a caret inside a replaced stretch after the new text', () => {
    expect(mapOffset(5, splice)).toBe(9);
  });
});

describe('mergeTexts', () => {
  it('keeps an insertion at the start and an addition at the end', () => {
    expect(mergeTexts('middle', 'start middle', 'middle end')).toBe('start middle end');
    expect(mergeTexts('middle', 'middle end', 'start middle')).toBe('start middle end');
  });

  it('takes the one side that changed', () => {
    expect(mergeTexts('a', 'a', 'b')).toBe('b');
    expect(mergeTexts('a', 'b', 'a')).toBe('b');
    expect(mergeTexts('a', 'b', 'b')).toBe('b');
  });

  it('keeps both insertions where both typed at the same place', () => {
    expect(mergeTexts('ab', 'aXb', 'aYb')).toBe('aXYb');
    expect(mergeTexts('ab', 'aXXb', 'Yb')).toBe('YXXb');
  });

  it('drops what either side deleted where overlapping changes start at different places', () => {
    // Mine deletes "bcd"; theirs replaces "cde" with X: "b" goes, as mine asked.
    expect(mergeTexts('abcdef', 'aef', 'abXf')).toBe('aXf');
    expect(mergeTexts('abcdef', 'abXf', 'aef')).toBe('aXf');
  });

  it('drops what either side deleted where the changes overlap', () => {
    expect(mergeTexts('alpha beta gamma', 'alpha gamma', 'alpha BETA gamma')).toBe(
      'alpha BETAgamma',
    );
  });

  it('keeps every character either side added when the edits do not touch', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        fc.string(),
        fc.string({ minLength: 1 }),
        fc.string({ minLength: 1 }),
        (head, middle, tail, mine, theirs) => {
          const base = `${head}|${middle}|${tail}`;
          const a = `${head}${mine}|${middle}|${tail}`;
          const b = `${head}|${middle}|${theirs}${tail}`;
          expect(mergeTexts(base, a, b)).toBe(`${head}${mine}|${middle}|${theirs}${tail}`);
        },
      ),
    );
  });
});
