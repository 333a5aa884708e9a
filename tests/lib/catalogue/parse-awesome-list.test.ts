// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAwesomeList } from '../../../src/lib/catalogue/parse-awesome-list';

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/catalogue/${name}`, import.meta.url), 'utf8');
const base = 'https://github.com/o/r/blob/main/';

describe('skipped content', () => {
  it('reads no papers from ToC, badges, images, HTML, comments, code, quotes or excluded sections', () => {
    const { catalogue, warnings } = parseAwesomeList(fixture('skips.md'));
    expect(catalogue.papers.map((paper) => paper.title)).toEqual(['Kept']);
    expect(catalogue.sections.map((section) => section.id)).toEqual(['papers']);
    expect(warnings).toEqual([]);
  });

  it('returns an empty catalogue for empty input', () => {
    expect(parseAwesomeList('')).toEqual({
      catalogue: { schemaVersion: 2, title: 'Untitled list', sections: [], papers: [] },
      warnings: [],
      skipped: 0,
    });
  });
});

describe('duplicates', () => {
  const markdown = [
    '## One',
    '- [Paper](https://arxiv.org/abs/2403.07648) - First description. [Review](https://r.example/1)',
    '## Two',
    "- [Paper again](https://arxiv.org/pdf/2403.07648v2.pdf), *NSDI'24* [Tag] - Second. [Review](https://r.example/1) [[code]](https://c.example)",
    '- [Paper](https://arxiv.org/abs/2403.07648) - Third, same section.',
    '## Three',
    '- [Other](https://example.com/other)',
    '- [Paper](http://www.arxiv.org/abs/2403.07648)',
  ].join('\n\n');

  it('merges entries with one id into one paper listed in every section', () => {
    const { papers } = parseAwesomeList(markdown).catalogue;
    expect(papers.map((paper) => paper.id)).toEqual(['arxiv:2403.07648', 'url:example.com/other']);
    expect(papers[0]).toEqual({
      id: 'arxiv:2403.07648',
      title: 'Paper',
      url: 'https://arxiv.org/abs/2403.07648',
      venue: 'NSDI',
      year: 2024,
      description: 'First description.',
      sectionIds: ['one', 'two', 'three'],
      tags: ['Tag'],
      links: [
        { label: 'Review', url: 'https://r.example/1' },
        { label: 'code', url: 'https://c.example/' },
      ],
    });
  });
});

describe('links', () => {
  const markdown =
    '- [P](https://example.com/p) - D. [Review](./reviews/Characterization%20of%20X.md) [Notes](reviews/x.md) [Up](../up.md)';

  it('resolves relative links against the source URL', () => {
    const { catalogue } = parseAwesomeList(markdown, { sourceUrl: base });
    expect(catalogue.sourceUrl).toBe(base);
    expect(catalogue.papers[0]?.links).toEqual([
      { label: 'Review', url: `${base}reviews/Characterization%20of%20X.md` },
      { label: 'Notes', url: `${base}reviews/x.md` },
      { label: 'Up', url: 'https://github.com/o/r/blob/up.md' },
    ]);
  });

  it('drops relative links with a warning when there is no source URL', () => {
    const { catalogue, warnings } = parseAwesomeList(`# T\n\n${markdown}`);
    expect(catalogue.papers[0]?.links).toEqual([]);
    expect(warnings.map((warning) => warning.line)).toEqual([3, 3, 3]);
    expect(warnings[0]?.message).toBe('dropped link "Review": relative link needs a source URL');
  });

  it('resolves a relative paper URL, or skips the entry without a source URL', () => {
    const relative = '- [Local](papers/local.pdf) - A local copy.';
    expect(parseAwesomeList(relative, { sourceUrl: base }).catalogue.papers[0]?.url).toBe(
      `${base}papers/local.pdf`,
    );
    expect(parseAwesomeList(relative)).toMatchObject({
      catalogue: { papers: [] },
      warnings: [{ line: 1, message: 'skipped "Local": relative link needs a source URL' }],
    });
  });

  it('ignores a source URL that is not http(s), with a warning', () => {
    const { catalogue, warnings } = parseAwesomeList('', { sourceUrl: 'javascript:alert(1)//' });
    expect(catalogue.sourceUrl).toBeUndefined();
    expect(warnings).toHaveLength(1);
  });
});

describe('unsafe URLs', () => {
  it.each([
    ['JaVaScRiPt:alert(1)', 'javascript:'],
    ['javascript:alert(1)', 'javascript:'],
    ['data:text/html;base64,PHNjcmlwdD4=', 'data:'],
    ['VBScript:msgbox(1)', 'vbscript:'],
    ['file:///etc/passwd', 'file:'],
    ['ftp://example.com/paper.pdf', 'ftp:'],
  ])('skips an entry linking to %s with a warning naming the line', (url, scheme) => {
    const markdown = `# T\n\n## S\n\n- [Safe](https://example.com/safe)\n- [Bad](${url}) - x`;
    const { catalogue, warnings } = parseAwesomeList(markdown, { sourceUrl: base });
    expect(catalogue.papers.map((paper) => paper.title)).toEqual(['Safe']);
    expect(warnings).toEqual([
      { line: 6, message: `skipped "Bad": link is not http(s) (${scheme})` },
    ]);
  });

  it('catches a scheme hidden by a tab, which the URL parser removes', () => {
    const markdown = '- [Sneaky](java&#9;script:alert(1))';
    const { catalogue, warnings } = parseAwesomeList(markdown, { sourceUrl: base });
    expect(catalogue.papers).toEqual([]);
    expect(warnings).toEqual([{ line: 1, message: 'skipped "Sneaky": link is not http(s)' }]);
  });

  it('drops unsafe extra links but keeps the paper', () => {
    const markdown = '- [P](https://example.com/p) [code](javascript:alert(1))';
    const { catalogue, warnings } = parseAwesomeList(markdown);
    expect(catalogue.papers[0]?.links).toEqual([]);
    expect(warnings).toEqual([
      { line: 1, message: 'dropped link "code": link is not http(s) (javascript:)' },
    ]);
  });
});

describe('warnings', () => {
  it('reports skipped items that look like entries, with their line, and nothing else', () => {
    const { warnings } = parseAwesomeList(fixture('warnings.md'));
    expect(warnings).toEqual([
      { line: 6, message: 'dropped link "Review": relative link needs a source URL' },
      { line: 7, message: 'skipped "Evil": link is not http(s) (javascript:)' },
      { line: 8, message: 'skipped "Relative": relative link needs a source URL' },
    ]);
  });

  it('warns for a bracketed title without a link but not for prose items', () => {
    const markdown = '## S\n\n- see below\n- [Something] without a link\n- [](https://e.com/x)';
    expect(parseAwesomeList(markdown).warnings).toEqual([
      { line: 4, message: 'skipped "[Something] without a link": no link' },
      { line: 5, message: 'skipped "https://e.com/x": link has no text' },
    ]);
  });

  it('returns a warning instead of throwing when nesting is too deep to parse', () => {
    const { catalogue, warnings } = parseAwesomeList('>'.repeat(10_000));
    expect(catalogue.papers).toEqual([]);
    expect(warnings).toEqual([{ line: 1, message: expect.stringContaining('nesting') }]);
    const nested = Array.from(
      { length: 40 },
      (_, depth) => `${'  '.repeat(depth)}- [P${depth}](https://e.example/${depth})`,
    );
    const deep = parseAwesomeList(['# Deep', ...nested].join('\n'));
    expect(deep.catalogue.papers).toEqual([]);
    expect(deep.warnings).toEqual([
      {
        line: 34,
        message: 'could not parse the Markdown: nesting is too deep (33 levels at line 34)',
      },
    ]);
  });
});

describe('parseAwesomeList: fallbacks and skipped blocks', () => {
  it('says which source URL it ignored', () => {
    const { warnings } = parseAwesomeList('', { sourceUrl: 'ftp://e.org/list.md' });
    expect(warnings).toEqual([
      {
        line: 0,
        message:
          'source URL "ftp://e.org/list.md" is not an http(s) URL; relative links are dropped',
      },
    ]);
  });

  it('keeps the source URL on an empty catalogue when nesting is too deep', () => {
    const { catalogue, skipped } = parseAwesomeList('>'.repeat(100), { sourceUrl: base });
    expect(catalogue).toEqual({
      schemaVersion: expect.any(Number),
      title: 'Untitled list',
      sourceUrl: base,
      sections: [],
      papers: [],
    });
    expect(skipped).toBe(0);
  });

  it('reads no papers from an HTML table shown in a code block', () => {
    const markdown = [
      '# Papers',
      '',
      '```html',
      '<table>',
      '<tr><th>Title</th></tr>',
      '<tr><td><a href="https://arxiv.org/abs/2001.00001">Widget Nets</a></td></tr>',
      '</table>',
      '```',
    ].join('\n');
    expect(parseAwesomeList(markdown).catalogue.papers).toEqual([]);
  });
});
