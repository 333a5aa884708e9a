// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ParseAwesomeListResult } from '../../../src/lib/catalogue/parse-awesome-list';
import { parseAwesomeList } from '../../../src/lib/catalogue/parse-awesome-list';
import { catalogueSchema } from '../../../src/lib/catalogue/schema';

const numRuns = 300;

function expectWellFormed({ catalogue, warnings }: ParseAwesomeListResult): void {
  expect(catalogueSchema.parse(catalogue)).toEqual(catalogue);
  const ids = catalogue.papers.map((paper) => paper.id);
  expect(new Set(ids).size).toBe(ids.length);
  const sectionIds = new Set(catalogue.sections.map((section) => section.id));
  expect(sectionIds.size).toBe(catalogue.sections.length);
  for (const paper of catalogue.papers) {
    for (const id of paper.sectionIds) expect(sectionIds.has(id)).toBe(true);
    expect(new Set(paper.sectionIds).size).toBe(paper.sectionIds.length);
  }
  for (const section of catalogue.sections) {
    if (section.parentId !== null) expect(sectionIds.has(section.parentId)).toBe(true);
  }
  for (const warning of warnings) expect(Number.isInteger(warning.line)).toBe(true);
}

const url = fc.constantFrom(
  'https://arxiv.org/abs/2403.07648',
  'https://arxiv.org/pdf/2403.07648v2.pdf',
  'http://www.arxiv.org/abs/cs/0112017',
  'https://dl.acm.org/doi/abs/10.1145/ABC.123',
  'https://doi.org/10.1145/abc.123',
  'https://example.com/paper/',
  'https://Example.com/paper#x',
  'reviews/x.md',
  './a%20b.md',
  '#anchor',
  'JaVaScRiPt:alert(1)',
  'data:text/html,x',
  'file:///etc/passwd',
  '',
  '<https://e.com/a b>',
);
const word = fc.constantFrom('Foo', 'Bar baz', '**Bold**', '`code`', 'Ünïcode', '', ' ', '🚀');
const link = fc.tuple(word, url).map(([text, target]) => `[${text}](${target})`);
const inline = fc.oneof(
  link,
  word,
  fc.constantFrom("*TSE'20*", '*NeurIps 2015*', '*arXiv*', '[ICLR15]', '[Training]', '(Oral)'),
  fc.constantFrom(
    ' - ',
    ' – ',
    ' — ',
    ': ',
    ', ',
    ' | ',
    '![img](x.png)',
    '[![b](i.svg)](https://b)',
  ),
  fc.constantFrom('<!-- c -->', '<br>', '\\[', '[[code]](https://c.example)', '[ref][r]'),
);
const item = fc
  .tuple(fc.constantFrom('- ', '* ', '+ ', '1. ', '  - ', '    - ', '- [ ] '), fc.array(inline))
  .map(([marker, parts]) => `${marker}${parts.join('')}`);
const heading = fc
  .tuple(fc.integer({ min: 1, max: 6 }), fc.oneof(word, fc.constantFrom('License', 'Contents')))
  .map(([depth, text]) => `${'#'.repeat(depth)} ${text}`);
const block = fc.oneof(
  { arbitrary: item, weight: 5 },
  { arbitrary: heading, weight: 2 },
  fc.constantFrom(
    '',
    '```',
    '<div>',
    '<!--',
    '-->',
    '> - [Q](https://q.example)',
    '[r]: https://r.example',
  ),
);
const document = fc.array(block, { maxLength: 30 }).map((lines) => lines.join('\n'));
const sourceUrl = fc.constantFrom(undefined, 'https://github.com/o/r/blob/main/', 'not a url');

describe('parseAwesomeList properties', () => {
  it('never throws on arbitrary strings, and its output is well formed', () => {
    fc.assert(
      fc.property(fc.string(), (text) => expectWellFormed(parseAwesomeList(text))),
      { numRuns },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) =>
        expectWellFormed(parseAwesomeList(text)),
      ),
      { numRuns },
    );
  });

  it('never throws on Markdown-like lists, and its output is well formed', () => {
    fc.assert(
      fc.property(document, sourceUrl, (markdown, base) =>
        expectWellFormed(parseAwesomeList(markdown, { sourceUrl: base })),
      ),
      { numRuns },
    );
  });

  it('finds a paper in every generated list item with a safe absolute title link', () => {
    const safeItem = fc
      .tuple(fc.constantFrom('Alpha', 'Beta **bold**'), fc.array(inline, { maxLength: 4 }))
      .map(([title, rest]) => `- [${title}](https://example.com/${title.length}) ${rest.join('')}`);
    fc.assert(
      fc.property(safeItem, (markdown) => {
        expect(parseAwesomeList(markdown).catalogue.papers).toHaveLength(1);
      }),
      { numRuns },
    );
  });
});
