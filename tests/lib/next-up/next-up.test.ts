// @vitest-environment node
import { outlineCatalogue } from '../../../src/lib/catalogue/catalogue-outline';
import type { Catalogue } from '../../../src/lib/catalogue/schema';
import { mergeOrder, moveItem, nextUpList, suggestUnread } from '../../../src/lib/next-up/next-up';
import type { PaperState, ReadingStatus } from '../../../src/lib/paper-state';

describe('nextUpList', () => {
  it('keeps the saved order, then adds new To read papers in list order', () => {
    expect(nextUpList(['a', 'b', 'c', 'd'], ['c', 'a'])).toEqual(['c', 'a', 'b', 'd']);
  });

  it('drops saved ids that are no longer To read, and duplicates', () => {
    expect(nextUpList(['b', 'c'], ['x', 'c', 'c', 'a', 'b'])).toEqual(['c', 'b']);
    expect(nextUpList([], ['a'])).toEqual([]);
    expect(nextUpList(['a', 'b'], [])).toEqual(['a', 'b']);
  });
});

describe('moveItem', () => {
  const items = ['a', 'b', 'c', 'd'];

  it('moves an item up or down, returning a copy', () => {
    expect(moveItem(items, 2, 1)).toEqual(['a', 'c', 'b', 'd']);
    expect(moveItem(items, 0, 3)).toEqual(['b', 'c', 'd', 'a']);
    expect(moveItem(items, 3, 0)).toEqual(['d', 'a', 'b', 'c']);
    expect(items).toEqual(['a', 'b', 'c', 'd']);
  });

  it('clamps the target to the ends and ignores a source out of range', () => {
    expect(moveItem(items, 0, -1)).toEqual(items);
    expect(moveItem(items, 3, 4)).toEqual(items);
    expect(moveItem(items, 1, 99)).toEqual(['a', 'c', 'd', 'b']);
    expect(moveItem(items, 4, 0)).toEqual(items);
    expect(moveItem(items, -1, 0)).toEqual(items);
    expect(moveItem([], 0, 0)).toEqual([]);
  });
});

describe('mergeOrder', () => {
  it('keeps papers of other lists in their place among the reordered ones', () => {
    // x is on another list: it stays second, between the first and second shown slots.
    const saved = ['a', 'x', 'b', 'c'];
    expect(mergeOrder(saved, ['c', 'a', 'b'], new Set(['a', 'b', 'c', 'x']))).toEqual([
      'c',
      'x',
      'a',
      'b',
    ]);
  });

  it('places each shown paper once when the saved order holds an id twice', () => {
    expect(mergeOrder(['a', 'b', 'a'], ['b', 'a'], new Set(['a', 'b']))).toEqual(['b', 'a']);
  });

  it('forgets papers no longer To read and appends shown papers not saved yet', () => {
    expect(mergeOrder(['gone', 'a'], ['n', 'a'], new Set(['a', 'n']))).toEqual(['n', 'a']);
    expect(mergeOrder(['a'], ['a', 'n'], new Set(['a', 'n']))).toEqual(['a', 'n']);
  });
});

describe('suggestUnread', () => {
  const catalogue: Catalogue = {
    schemaVersion: 1,
    title: 'List',
    sections: [
      { id: 'a', title: 'A', parentId: null },
      { id: 'a1', title: 'A1', parentId: 'a' },
      { id: 'b', title: 'B', parentId: null },
      { id: 'c', title: 'C', parentId: null },
    ],
    papers: [
      ['a-1', 'a'],
      ['a-2', 'a'],
      ['a1-1', 'a1'],
      ['a1-2', 'a1'],
      ['b-1', 'b'],
      ['b-2', 'b'],
      ['b-3', 'b'],
      ['c-1', 'c'],
    ].map(([id = '', section = '']) => ({
      id,
      title: id,
      url: `https://example.org/${id}`,
      sectionIds: [section],
      tags: [],
      links: [],
    })),
  };
  const outline = outlineCatalogue(catalogue);
  const states = (entries: Record<string, ReadingStatus>) =>
    new Map<string, PaperState>(
      Object.entries(entries).map(([id, status]) => [
        id,
        { id, title: id, url: '', status, note: '', tags: [], createdAt: 0, updatedAt: 0 },
      ]),
    );

  it('suggests nothing until a paper is being read or read', () => {
    expect(suggestUnread(states({ 'a-1': 'to-read' }), outline)).toEqual([]);
  });

  it('ranks sections by how far along they are, papers in list order', () => {
    // b: 1/3 read; a1: 1/2 read (a: 1/4); c untouched.
    const result = suggestUnread(states({ 'b-1': 'read', 'a1-1': 'read' }), outline);
    expect(result).toEqual(['a1-2', 'b-2', 'b-3', 'a-1', 'a-2']);
  });

  it('ranks a section with a paper read above one with more papers only being read', () => {
    // b: 1/3 read; a1: none read but 1/2 being read; a: 1/4 being read.
    const result = suggestUnread(states({ 'b-1': 'read', 'a1-1': 'reading' }), outline);
    expect(result).toEqual(['b-2', 'b-3', 'a1-2', 'a-1', 'a-2']);
  });

  it('ranks sections equally far along by the share being read, then in list order', () => {
    // None read; being read: a1 1/2, b 1/3, a 1/4.
    expect(suggestUnread(states({ 'a1-1': 'reading', 'b-1': 'reading' }), outline)).toEqual([
      'a1-2',
      'b-2',
      'b-3',
      'a-1',
      'a-2',
    ]);
    // a and a1 are both half read and half started: a comes first in the list.
    expect(suggestUnread(states({ 'a-1': 'read', 'a1-1': 'read' }), outline)).toEqual([
      'a-2',
      'a1-2',
    ]);
  });

  it('suggests papers in list order whatever order the outline holds them in', () => {
    const reversed = new Map(
      [...outline.paperIdsBySection].map(([id, ids]) => [id, new Set([...ids].reverse())]),
    );
    const result = suggestUnread(states({ 'b-1': 'read' }), {
      ...outline,
      paperIdsBySection: reversed,
    });
    expect(result).toEqual(['b-2', 'b-3']);
  });

  it('counts sections with a paper being read, and skips To read and started papers', () => {
    const result = suggestUnread(
      states({ 'b-1': 'reading', 'b-2': 'to-read', 'c-1': 'read' }),
      outline,
    );
    expect(result).toEqual(['b-3']);
  });

  it('stops at the limit', () => {
    expect(suggestUnread(states({ 'b-1': 'read', 'a-1': 'read' }), outline, 2)).toEqual([
      'b-2',
      'b-3',
    ]);
    expect(suggestUnread(states({ 'b-1': 'read' }), outline, 0)).toEqual([]);
  });
});
