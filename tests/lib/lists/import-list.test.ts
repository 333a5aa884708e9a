// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { importListFile } from '../../../src/lib/lists/import-list';
import { sampleCatalogue } from '../../fixtures/sample-catalogue';

const markdown = `# Awesome Testing

## Fuzzing

- [AFL Revisited](https://example.org/afl), *ICSE'21* - A study.
- [Bad](javascript:alert(1))
`;

describe('importListFile', () => {
  it('parses an awesome-list Markdown file with the same parser as the build', () => {
    const result = importListFile('testing.md', markdown, 42);
    if (!result.ok) throw new Error(result.error);
    expect(result.list).toMatchObject({
      id: 'imported:awesome-testing',
      title: 'Awesome Testing',
      addedAt: 42,
      source: 'markdown',
      fileName: 'testing.md',
    });
    expect(result.list.catalogue.papers.map((paper) => paper.title)).toEqual(['AFL Revisited']);
    expect(result.warnings.some((warning) => warning.startsWith('line 6:'))).toBe(true);
  });

  it('accepts a catalogue JSON file', () => {
    const result = importListFile('catalogue.json', JSON.stringify(sampleCatalogue));
    expect(result.ok && result.list.catalogue.papers.length).toBe(3);
    expect(result.ok && result.list.source).toBe('json');
    expect(result.ok && result.list.catalogue.papers[1]?.authors).toEqual([
      'Chenyuan Yang',
      'Yinlin Deng',
      'et al.',
    ]);
  });

  it('reads a catalogue by its content when its name does not end in .json, with no warnings', () => {
    const result = importListFile('catalogue.txt', `\n  ${JSON.stringify(sampleCatalogue)}\n`);
    if (!result.ok) throw new Error(result.error);
    expect(result.list.source).toBe('json');
    expect(result.list.catalogue.papers).toHaveLength(3);
    expect(result.warnings).toEqual([]);
    expect(result.skipped).toBe(0);
    expect(importListFile('catalogue.json', JSON.stringify(sampleCatalogue))).toMatchObject({
      warnings: [],
    });
  });

  it('reads a Markdown file as Markdown even when .json is inside its name', () => {
    const result = importListFile('papers.json.md', markdown);
    if (!result.ok) throw new Error(result.error);
    expect(result.list.source).toBe('markdown');
    expect(result.list.catalogue.papers.map((paper) => paper.title)).toEqual(['AFL Revisited']);
  });

  it('resolves relative links against the source address, when given', () => {
    const list = '# Reading\n\n- [Fuzzing survey](papers/fuzzing.pdf) - A survey.\n';
    const result = importListFile('README.md', list, 1, () => {}, {
      sourceUrl: 'https://github.com/o/n/blob/main/',
    });
    if (!result.ok) throw new Error(result.error);
    expect(result.list.catalogue.papers[0]?.url).toBe(
      'https://github.com/o/n/blob/main/papers/fuzzing.pdf',
    );
  });

  it('names a list whose title has no letters or digits "list"', () => {
    const result = importListFile('emoji.md', markdown.replace('Awesome Testing', '📚'));
    expect(result.ok && result.list.id).toBe('imported:list');
  });

  it('stores a version 1 catalogue file as the current version, papers unchanged', () => {
    const versionOne = {
      ...sampleCatalogue,
      schemaVersion: 1,
      // Left out of the file's JSON: version 1 had no authors.
      papers: sampleCatalogue.papers.map((paper) => ({ ...paper, authors: undefined })),
    };
    const result = importListFile('old.json', JSON.stringify(versionOne));
    if (!result.ok) throw new Error(result.error);
    expect(result.list.catalogue).toEqual({ ...versionOne, schemaVersion: 2 });
  });

  it('refuses a file with no papers, bad JSON, or an invalid catalogue, saying why', () => {
    expect(importListFile('empty.md', '# Nothing here\n\nJust prose.')).toEqual({
      ok: false,
      error: expect.stringContaining('No papers found in empty.md'),
    });
    expect(importListFile('broken.json', '{"schemaVersion": 1,')).toEqual({
      ok: false,
      error: 'broken.json is not valid JSON.',
    });
    const invalid = importListFile(
      'bad.json',
      JSON.stringify({ schemaVersion: 1, title: 'X', sections: [], papers: [{ id: 'a' }] }),
    );
    expect(invalid.ok).toBe(false);
    expect(!invalid.ok && invalid.error).toContain('papers[0].title');
  });

  it('counts skipped entries, and refuses what no real list does before parsing it', () => {
    const result = importListFile('testing.md', markdown);
    expect(result.ok && result.skipped).toBe(1);
    expect(importListFile('quotes.md', `${'>'.repeat(20_000)} deep`)).toEqual({
      ok: false,
      error:
        'quotes.md was refused: its blockquotes nest more than 16 levels deep (at line 1), and no real list nests that deep.',
    });
  });
});
