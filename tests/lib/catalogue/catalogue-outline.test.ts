import { describe, expect, it } from 'vitest';
import { outlineCatalogue } from '../../../src/lib/catalogue/catalogue-outline';
import type { Catalogue } from '../../../src/lib/catalogue/schema';

const paper = (id: string, sectionIds: string[]) => ({
  id,
  title: id,
  url: `https://example.org/${id}`,
  sectionIds,
  tags: [],
  links: [],
});

const catalogue: Catalogue = {
  schemaVersion: 1,
  title: 'List',
  sections: [
    { id: 'a', title: 'A', parentId: null },
    { id: 'a-1', title: 'A.1', parentId: 'a' },
    { id: 'b', title: 'B', parentId: null },
  ],
  papers: [paper('p1', ['a']), paper('p2', ['a-1']), paper('p3', ['b', 'a-1'])],
};

describe('outlineCatalogue', () => {
  it('nests sections and records depth', () => {
    const outline = outlineCatalogue(catalogue);
    expect(outline.roots.map((node) => node.id)).toEqual(['a', 'b']);
    expect(outline.flat.map((node) => [node.id, node.depth])).toEqual([
      ['a', 0],
      ['a-1', 1],
      ['b', 0],
    ]);
  });

  it('counts papers of subsections in their parents, once each', () => {
    const outline = outlineCatalogue(catalogue);
    expect([...(outline.paperIdsBySection.get('a') ?? [])]).toEqual(['p1', 'p2', 'p3']);
    expect([...(outline.paperIdsBySection.get('a-1') ?? [])]).toEqual(['p2', 'p3']);
    expect([...(outline.paperIdsBySection.get('b') ?? [])]).toEqual(['p3']);
  });

  it('keeps list order', () => {
    expect(outlineCatalogue(catalogue).orderById.get('p3')).toBe(2);
  });

  it('outlines a catalogue whose sections name each other as parents, leaving them out', () => {
    const looped: Catalogue = {
      ...catalogue,
      sections: [
        ...catalogue.sections,
        { id: 'x', title: 'X', parentId: 'y' },
        { id: 'y', title: 'Y', parentId: 'x' },
        { id: 'x-1', title: 'X.1', parentId: 'x' },
      ],
      papers: [...catalogue.papers, paper('p4', ['x-1', 'b'])],
    };
    const outline = outlineCatalogue(looped);
    expect(outline.flat.map((node) => node.id)).toEqual(['a', 'a-1', 'b']);
    expect([...(outline.paperIdsBySection.get('b') ?? [])]).toEqual(['p3', 'p4']);
    expect(outline.paperIdsBySection.has('x')).toBe(false);
  });
});
