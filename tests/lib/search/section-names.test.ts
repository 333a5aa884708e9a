// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { CatalogueSection } from '../../../src/lib/catalogue/schema';
import { cataloguePaper as paper } from '../../fixtures/catalogue-paper';
import { sectionNames } from '../../../src/lib/search/section-names';

const section = (id: string, title: string, parentId: string | null = null): CatalogueSection => ({
  id,
  title,
  parentId,
});

describe('sectionNames', () => {
  const names = sectionNames([
    section('testing', 'Testing'),
    section('fuzzing', 'Fuzzing', 'testing'),
    section('grammar', 'Grammar-based', 'fuzzing'),
    section('verification', 'Verification'),
    section('loop-a', 'Loop A', 'loop-b'),
    section('loop-b', 'Loop B', 'loop-a'),
  ]);

  it('names a section with the sections it sits in', () => {
    expect(names(paper('p', { sectionIds: ['grammar'] }))).toBe('Testing Fuzzing Grammar-based');
    expect(names(paper('p', { sectionIds: ['testing'] }))).toBe('Testing');
  });

  it('names every section of a paper in several', () => {
    expect(names(paper('p', { sectionIds: ['fuzzing', 'verification'] }))).toBe(
      'Testing Fuzzing Verification',
    );
    expect(names(paper('p', { sectionIds: [] }))).toBe('');
  });

  it('skips a section it does not know, and ends a cycle', () => {
    expect(names(paper('p', { sectionIds: ['unknown'] }))).toBe('');
    expect(names(paper('p', { sectionIds: ['loop-a'] }))).toBe('Loop B Loop A');
  });
});
