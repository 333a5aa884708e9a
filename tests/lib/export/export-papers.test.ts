// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { outlineCatalogue } from '../../../src/lib/catalogue/catalogue-outline';
import type { Catalogue } from '../../../src/lib/catalogue/schema';
import { exportPapers } from '../../../src/lib/export/export-papers';
import { paper, state } from './export-fixtures';

describe('exportPapers', () => {
  it('keeps list order, attaches each state, and names the sections, skipping unknown ones', () => {
    const first = paper({ id: 'doi:1', sectionIds: ['testing', 'gone', 'fuzzing'] });
    const second = paper({ id: 'doi:2', sectionIds: [] });
    const catalogue: Catalogue = {
      schemaVersion: 1,
      title: 'Awesome ML Reliability',
      sections: [
        { id: 'testing', title: 'Testing', parentId: null },
        { id: 'fuzzing', title: 'Fuzzing', parentId: 'testing' },
      ],
      papers: [first, second],
    };
    const reading = state({ id: 'doi:1' });
    const out = exportPapers(
      [first, second],
      outlineCatalogue(catalogue),
      new Map([['doi:1', reading]]),
    );
    expect(out).toEqual([
      { paper: first, state: reading, sectionTitles: ['Testing', 'Fuzzing'] },
      { paper: second, state: undefined, sectionTitles: [] },
    ]);
  });
});
