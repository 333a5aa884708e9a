// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { CataloguePaper, CatalogueSection } from '../../../src/lib/catalogue/schema';
import { cataloguePaper as paper } from '../../fixtures/catalogue-paper';
import { papersFingerprint } from '../../../src/lib/search/papers-fingerprint';

const section = (id: string, title: string, parentId: string | null = null): CatalogueSection => ({
  id,
  title,
  parentId,
});

describe('papersFingerprint', () => {
  const first = paper('a', {
    description: 'One.',
    tags: ['x'],
    venue: 'ICML',
    authors: ['Ada Quill'],
  });
  const second = paper('b');
  const papers = [first, second];
  const sections = [section('s', 'Section')];
  const base = papersFingerprint(papers, sections);

  it('starts with the number of papers and is the same for the same list', () => {
    expect(base).toMatch(/^2:[0-9a-z]+$/);
    expect(papersFingerprint(structuredClone(papers), structuredClone(sections))).toBe(base);
    expect(papersFingerprint([])).toMatch(/^0:/);
  });

  it.each([
    ['the order', [second, first]],
    ['an id', [{ ...first, id: 'z' }, second]],
    ['a title', [{ ...first, title: 'Other' }, second]],
    ['a description', [{ ...first, description: 'One more.' }, second]],
    ['the tags', [{ ...first, tags: [] }, second]],
    ['a venue', [{ ...first, venue: 'ICLR' }, second]],
    ['the authors', [{ ...first, authors: ['Ada Quill', 'B'] }, second]],
  ])('changes with %s', (_, changed: CataloguePaper[]) => {
    expect(papersFingerprint(changed, sections)).not.toBe(base);
  });

  it('changes with a section title, and tells a title apart from the next field', () => {
    expect(papersFingerprint(papers, [section('s', 'Renamed')])).not.toBe(base);
    expect(papersFingerprint(papers)).not.toBe(base);
    const glued = [paper('ab', { title: 'c' })];
    const split = [paper('a', { title: 'bc' })];
    expect(papersFingerprint(glued)).not.toBe(papersFingerprint(split));
  });
});
