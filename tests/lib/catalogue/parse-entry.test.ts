// @vitest-environment node
import { readFileSync } from 'node:fs';
import type { Paragraph } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import { collectDefinitions } from '../../../src/lib/catalogue/entry-links';
import { readEntry } from '../../../src/lib/catalogue/parse-entry';
import type { CataloguePaper } from '../../../src/lib/catalogue/schema';
import { parseAwesomeList } from '../../../src/lib/catalogue/parse-awesome-list';

const markdown = readFileSync(
  new URL('../../fixtures/catalogue/dialects.md', import.meta.url),
  'utf8',
);
// Parsed inside each test, not once for the file: a mutation run switches its mutant on per
// test, so a parse done when the file loads would never see it.
const parseFixture = () =>
  parseAwesomeList(markdown, { sourceUrl: 'https://github.com/o/r/blob/main/' });
const byTitle = () => new Map(parseFixture().catalogue.papers.map((paper) => [paper.title, paper]));

function paper(title: string): CataloguePaper {
  const found = byTitle().get(title);
  if (!found) throw new Error(`no paper titled ${title}`);
  return found;
}

const facts = (title: string) => {
  const { venue, year, description, tags } = paper(title);
  return { venue, year, description, tags };
};

describe('entry dialects', () => {
  it('reads every entry of the fixture without warnings', () => {
    const { catalogue, warnings } = parseFixture();
    expect(catalogue.papers).toHaveLength(25);
    expect(warnings).toEqual([]);
  });

  it.each([
    ['Comma Venue', 'TSE', 2020, 'Apostrophe year.'],
    ['No Comma', 'NeurIps', 2015, undefined],
    ['Award', 'SOSP', 2017, '(Best paper award) Introduces **coverage**.'],
    ['Bracket Venue', 'NeurIPS', 2019, 'Ada Lovelace, Alan Turing.'],
    ['Glued Venue', 'ICLR', 2015, 'Glued year.'],
    ['Paren Venue', 'ICML', 2019, 'In parentheses.'],
    ['Long Venue', 'Information and Software Technology', 2021, undefined],
    ['No Year', 'arXiv', undefined, 'Venue without year.'],
    ['Old Year', 'VLDB', 1998, undefined],
  ])('%s: venue %s, year %s', (title, venue, year, description) => {
    expect(facts(title)).toEqual({ venue, year, description, tags: [] });
  });

  it.each([
    ['Bold Title', 'Bold wrapper.'],
    ['En Dash', 'en dash.'],
    ['Em Dash', 'em dash.'],
    ['Colon', 'colon.'],
    ['Numbered', 'Ordered list.'],
    ['Star', 'Star bullet.'],
    ['Plus', 'Plus bullet.'],
    ['Multi Line', 'First line continues here.'],
  ])('%s: description after the separator', (title, description) => {
    expect(facts(title)).toEqual({ venue: undefined, year: undefined, description, tags: [] });
  });

  it('keeps a venue-looking italic inside the description', () => {
    expect(facts('Italic Later')).toMatchObject({
      venue: undefined,
      description: "Published at *ICSE'20* last year.",
    });
  });

  it('turns plain bracketed words into tags, before or after the title', () => {
    expect(paper('Tagged').tags).toEqual(['Training', 'Inference']);
    expect(facts('Tags After')).toMatchObject({
      tags: ['Benchmark'],
      description: '(Oral) Tags and a remark after the title.',
    });
  });

  it('strips inline formatting from titles and collapses whitespace', () => {
    expect(byTitle().has('Formatted Title')).toBe(true);
  });

  it('moves trailing links out of the description, resolving relative ones', () => {
    expect(paper('Trailing Links')).toMatchObject({
      venue: 'ICSE',
      year: 2024,
      description: 'Has links.',
      links: [
        { label: 'Review', url: 'https://github.com/o/r/blob/main/reviews/l.md' },
        { label: 'code', url: 'https://github.com/x/l' },
        { label: 'talk', url: 'https://youtu.be/l' },
      ],
    });
  });

  it('reads nested items on their own, under a linkless parent or an entry', () => {
    expect(['Nested Child', 'Parent Entry', 'Nested Grandchild'].map(paper)).toMatchObject([
      { sectionIds: ['nested'] },
      { description: 'Parent.', sectionIds: ['nested'] },
      { sectionIds: ['nested'] },
    ]);
  });

  it('reads reference-style links', () => {
    const { catalogue: refs } = parseAwesomeList(
      '- [Ref Paper][ref] - Via a definition.\n\n[ref]: https://example.com/ref',
    );
    expect(refs.papers).toMatchObject([
      { title: 'Ref Paper', url: 'https://example.com/ref', description: 'Via a definition.' },
    ]);
  });

  it('leaves out a link to the paper itself written again among the other links', () => {
    const { catalogue } = parseAwesomeList(
      '- [Attention Is All You Need](https://arxiv.org/abs/1706.03762) ' +
        '[[pdf]](https://arxiv.org/abs/1706.03762) [[code]](https://github.com/tensorflow/tensor2tensor)',
    );
    expect(catalogue.papers.map((entry) => entry.links)).toEqual([
      [{ label: 'code', url: 'https://github.com/tensorflow/tensor2tensor' }],
    ]);
  });
});

describe('readEntry', () => {
  it('ignores a line whose first link points inside the list, such as "back to top"', () => {
    const markdown =
      '[Back to top](#contents) · [Attention Is All You Need](https://arxiv.org/abs/1706.03762)';
    const root = fromMarkdown(markdown);
    const paragraph = root.children[0] as Paragraph;
    const source = { line: 1, paragraph, details: [], hasNestedEntries: false };
    const context = { markdown, definitions: collectDefinitions(root) };
    expect(readEntry(source, context)).toEqual({ kind: 'ignored' });
  });
});
