// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { sectionsWithPapers } from '../../../src/lib/catalogue/prune-sections';
import type { CataloguePaper, CatalogueSection } from '../../../src/lib/catalogue/schema';

const section = (id: string, parentId: string | null = null): CatalogueSection => ({
  id,
  title: id.toUpperCase(),
  parentId,
});
const paperIn = (...sectionIds: string[]): CataloguePaper => ({
  id: `url:example.com/${sectionIds.join('-')}`,
  title: 'T',
  url: 'https://example.com/',
  sectionIds,
  tags: [],
  links: [],
});

const sections = [
  section('contents'),
  section('vision', 'contents'),
  section('detection', 'vision'),
  section('empty', 'contents'),
  section('language'),
  section('license'),
];

describe('sectionsWithPapers', () => {
  it('keeps sections with papers and every ancestor of them, in their order', () => {
    const kept = sectionsWithPapers(sections, [paperIn('detection'), paperIn('language')]);
    expect(kept).toEqual([
      section('contents'),
      section('vision', 'contents'),
      section('detection', 'vision'),
      section('language'),
    ]);
  });

  it('keeps every section a paper is listed in', () => {
    const kept = sectionsWithPapers(sections, [paperIn('empty', 'license')]);
    expect(kept.map(({ id }) => id)).toEqual(['contents', 'empty', 'license']);
  });

  it('keeps nothing when no paper is in a section', () => {
    expect(sectionsWithPapers(sections, [paperIn()])).toEqual([]);
    expect(sectionsWithPapers(sections, [])).toEqual([]);
  });
});
