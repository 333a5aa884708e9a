// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { filterPaletteItems } from '../../src/lib/palette-items';

const items = [
  { id: 'a', label: 'Go to tags', hint: 'Action' },
  { id: 'b', label: 'Debugging Machine Learning Pipelines', hint: 'Paper' },
  { id: 'c', label: 'Machine Learning Testing', hint: 'Paper' },
  { id: 'd', label: 'Théorie des tests', hint: 'Paper' },
];

describe('filterPaletteItems', () => {
  it('needs every word, ignores case and accents, and puts prefix matches first', () => {
    expect(filterPaletteItems(items, 'machine').map((i) => i.id)).toEqual(['c', 'b']);
    expect(filterPaletteItems(items, 'learning pipe').map((i) => i.id)).toEqual(['b']);
    expect(filterPaletteItems(items, 'theorie').map((i) => i.id)).toEqual(['d']);
  });

  it('ignores spaces typed before the first word', () => {
    expect(filterPaletteItems(items, '  machine').map((i) => i.id)).toEqual(['c', 'b']);
  });

  it('keeps to the limit when prefix and inner matches together exceed it', () => {
    const papers = [
      { id: 'p1', label: 'Fuzzing Deep Learning Libraries', hint: 'Paper' },
      { id: 'p2', label: 'Coverage-guided Fuzzing', hint: 'Paper' },
      { id: 'p3', label: 'Fuzzing the JavaScript Engines', hint: 'Paper' },
      { id: 'p4', label: 'Grammar-based Fuzzing', hint: 'Paper' },
    ];
    expect(filterPaletteItems(papers, 'fuzzing', 3).map((i) => i.id)).toEqual(['p1', 'p3', 'p2']);
  });

  it('lists the first items for an empty query, up to the limit', () => {
    expect(filterPaletteItems(items, '  ', 2).map((i) => i.id)).toEqual(['a', 'b']);
  });
});
