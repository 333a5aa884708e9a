// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  describeSummary,
  summarizeCatalogue,
  type CatalogueSummary,
} from '../../../src/lib/catalogue/catalogue-summary';
import type { Catalogue, CataloguePaper } from '../../../src/lib/catalogue/schema';

const paper = (n: number, fields: Partial<CataloguePaper> = {}): CataloguePaper => ({
  id: `url:example.org/${n}`,
  title: `Paper ${n}`,
  url: `https://example.org/${n}`,
  sectionIds: ['s'],
  tags: [],
  links: [],
  ...fields,
});

const catalogue = (papers: CataloguePaper[]): Catalogue => ({
  schemaVersion: 2,
  title: 'List',
  sections: [
    { id: 's', title: 'S', parentId: null },
    { id: 't', title: 'T', parentId: 's' },
  ],
  papers,
});

describe('summarizeCatalogue', () => {
  it('counts papers, sections, and papers with a venue, a year and authors', () => {
    const papers = [
      paper(1, { venue: 'ICSE', year: 2021, authors: ['A. Author'] }),
      paper(2, { venue: 'FSE' }),
      paper(3, { year: 2019, authors: [] }),
      paper(4),
    ];
    expect(summarizeCatalogue({ catalogue: catalogue(papers), skipped: 3 })).toEqual({
      papers: 4,
      sections: 2,
      withVenue: 2,
      withYear: 2,
      withAuthors: 1,
      skipped: 3,
    });
  });

  it('counts every paper that names authors and none that names no one', () => {
    const papers = [paper(1, { authors: ['A. Author'] }), paper(2, { authors: ['B. Author'] })];
    const withAuthors = (list: CataloguePaper[]) =>
      summarizeCatalogue({ catalogue: catalogue(list), skipped: 0 }).withAuthors;
    expect(withAuthors(papers)).toBe(2);
    expect(withAuthors([...papers, paper(3, { authors: [] })])).toBe(2);
  });

  it('gives zeros for an empty catalogue', () => {
    expect(summarizeCatalogue({ catalogue: catalogue([]), skipped: 0 })).toEqual({
      papers: 0,
      sections: 2,
      withVenue: 0,
      withYear: 0,
      withAuthors: 0,
      skipped: 0,
    });
  });
});

describe('describeSummary', () => {
  const summary: CatalogueSummary = {
    papers: 812,
    sections: 40,
    withVenue: 640,
    withYear: 790,
    withAuthors: 512,
    skipped: 3,
  };

  it('says the counts the way the app and the CLI show them', () => {
    expect(describeSummary(summary)).toBe(
      '812 papers (640 with a venue, 790 with a year, 512 with authors); 3 entries skipped',
    );
    expect(describeSummary(summary, { sections: true })).toBe(
      '812 papers in 40 sections (640 with a venue, 790 with a year, 512 with authors); 3 entries skipped',
    );
  });

  it('uses the singular for one, thousands separators, and leaves out skips when none', () => {
    const one = { ...summary, papers: 1, sections: 1, withVenue: 1, withYear: 0, withAuthors: 0 };
    expect(describeSummary({ ...one, skipped: 1 }, { sections: true })).toBe(
      '1 paper in 1 section (1 with a venue, 0 with a year, 0 with authors); 1 entry skipped',
    );
    expect(describeSummary({ ...summary, papers: 12_345, skipped: 0 })).toBe(
      '12,345 papers (640 with a venue, 790 with a year, 512 with authors)',
    );
  });
});
