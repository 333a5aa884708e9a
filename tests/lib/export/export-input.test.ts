// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  exportFileName,
  exportTags,
  selectScope,
  slugWords,
} from '../../../src/lib/export/export-input';
import { entry, exportedAt } from './export-fixtures';

describe('selectScope', () => {
  const papers = [
    entry({ id: 'a' }, { note: 'Some note' }),
    entry({ id: 'b' }, { note: '  \n\t ' }),
    entry({ id: 'c' }, null),
  ];

  it('keeps everything for all', () => {
    expect(selectScope(papers, 'all', new Set())).toEqual(papers);
  });

  it('keeps papers whose note has text', () => {
    expect(selectScope(papers, 'with-notes', new Set()).map((p) => p.paper.id)).toEqual(['a']);
  });

  it('keeps the papers in view, in list order', () => {
    const ids = selectScope(papers, 'view', new Set(['c', 'a'])).map((p) => p.paper.id);
    expect(ids).toEqual(['a', 'c']);
  });
});

describe('exportFileName', () => {
  it('names exports after the list and the UTC day', () => {
    const title = 'Awesome Machine Learning Reliability';
    expect(exportFileName('md', title, exportedAt)).toBe(
      'readmark-awesome-machine-learning-reliability-2026-11-26.md',
    );
    expect(exportFileName('zip', title, exportedAt)).toMatch(/reliability-2026-11-26\.zip$/);
    expect(exportFileName('bib', title, exportedAt)).toMatch(/reliability-2026-11-26\.bib$/);
    expect(exportFileName('backup', title, exportedAt)).toBe('readmark-backup-2026-11-26.json');
  });

  it('keeps hostile list titles out of the path', () => {
    const name = exportFileName('md', '../../etc/passwd: "x" <y>', exportedAt);
    expect(name).toBe('readmark-etc-passwd-x-y-2026-11-26.md');
    expect(exportFileName('md', '🔥🔥', exportedAt)).toBe('readmark-list-2026-11-26.md');
    expect(exportFileName('md', 'x'.repeat(500), exportedAt).length).toBeLessThan(90);
  });

  it('cuts a long list title after a whole word', () => {
    const title = 'Awesome Machine Learning Reliability and Robustness Papers for Practitioners';
    expect(exportFileName('bib', title, exportedAt)).toBe(
      'readmark-awesome-machine-learning-reliability-and-robustness-papers-2026-11-26.bib',
    );
  });
});

describe('exportTags', () => {
  const tagged = entry(
    { tags: ['Survey'] },
    { tags: ['survey', 'deep  learning', '#ml', 'ml/testing', 'deep-learning'] },
  );

  it('writes tags as typed for BibTeX, without repeats or a leading #', () => {
    expect(exportTags(tagged, 'typed')).toEqual([
      'Survey',
      'deep learning',
      'ml',
      'ml/testing',
      'deep-learning',
    ]);
  });

  it('writes spaces as dashes for Obsidian and Logseq, keeping / for nesting', () => {
    expect(exportTags(tagged, 'hyphenated')).toEqual([
      'Survey',
      'deep-learning',
      'ml',
      'ml/testing',
    ]);
  });
});

describe('slugWords', () => {
  it('keeps letters of every script and drops punctuation', () => {
    expect(slugWords('Héllo, Wörld! 机器 — मशीन')).toBe('héllo-wörld-机器-मशीन');
  });
});
