// @vitest-environment node
import { firstParagraph, parseMarkdown } from '../../fixtures/markdown-paragraph';
import { describe, expect, it } from 'vitest';
import { collectDefinitions, entryLinks } from '../../../src/lib/catalogue/entry-links';
import { readLabelledEntry } from '../../../src/lib/catalogue/labelled-entry';
import { parseAwesomeList } from '../../../src/lib/catalogue/parse-awesome-list';

/** Reads one line of a list as a labelled entry. */
const readLine = (markdown: string, hasNestedEntries = false) => {
  const root = parseMarkdown(markdown);
  const paragraph = firstParagraph(markdown, root);
  return readLabelledEntry(
    { line: 1, paragraph, details: [], hasNestedEntries },
    entryLinks(paragraph.children),
    [],
    { markdown, definitions: collectDefinitions(root) },
  );
};

/** Each entry's title, the link read as the paper, its description and tags. */
const read = (...entries: string[]) => {
  const { catalogue, warnings } = parseAwesomeList(
    ['# List', '', '## Papers', '', ...entries].join('\n'),
  );
  return {
    warnings,
    papers: catalogue.papers.map(({ title, url, description, tags }) => ({
      title,
      url,
      description,
      tags,
    })),
  };
};
const paper = (title: string, url: string, description?: string) => ({
  title,
  url,
  description,
  tags: [],
});

describe('readLabelledEntry', () => {
  it('keeps the prose after a venue or remark in parentheses between the title and the separator', () => {
    const read3 = parseAwesomeList(
      [
        '# List',
        '',
        '## Papers',
        '',
        '- **Fast Nets** (ICML 2019) - Fast training, with small models. [pdf](https://x.org/a.pdf)',
        '- **Oral Nets** (ICML 2019) (Oral): Heard at the meeting. [pdf](https://x.org/b.pdf)',
        '- **Two Venues** (NeurIPS) (ICML 2019) — Read twice. [pdf](https://x.org/c.pdf)',
      ].join('\n'),
    ).catalogue.papers;
    expect(
      read3.map(({ title, venue, year, description }) => ({ title, venue, year, description })),
    ).toEqual([
      {
        title: 'Fast Nets',
        venue: 'ICML',
        year: 2019,
        description: 'Fast training, with small models.',
      },
      {
        title: 'Oral Nets',
        venue: 'ICML',
        year: 2019,
        description: '(Oral) Heard at the meeting.',
      },
      { title: 'Two Venues', venue: 'NeurIPS', year: 2019, description: 'Read twice.' },
    ]);
  });

  it('takes the best label as the paper, then a paper host, then the first link', () => {
    expect(
      read(
        '- **Same Label** [pdf](https://example.org/same) [pdf](https://arxiv.org/pdf/1904.03257)',
        '- **Label First** [pdf](https://arxiv.org/pdf/1906.10742) [paper](https://example.org/label)',
        '- **First Of Three** [pdf](https://example.org/a) [pdf](https://example.org/b) [pdf](https://example.org/c)',
      ).papers,
    ).toEqual([
      paper('Same Label', 'https://arxiv.org/pdf/1904.03257'),
      paper('Label First', 'https://example.org/label'),
      paper('First Of Three', 'https://example.org/a'),
    ]);
  });

  it('reads the prose after a dash or colon as written, without the separators after it', () => {
    expect(
      read(
        '- **Bracket Words** - Uses [CLS] tokens. [pdf](https://example.org/cls)',
        '- **Colon Title**: A survey of training tricks. [pdf](https://example.org/colon)',
        '- ⭐**Starred Title** - A survey of tricks. [pdf](https://example.org/star)',
        '- **Dotted Trail** - A survey • [pdf](https://example.org/dot) • [code](https://github.com/o/r)',
      ).papers,
    ).toEqual([
      paper('Bracket Words', 'https://example.org/cls', 'Uses [CLS] tokens.'),
      paper('Colon Title', 'https://example.org/colon', 'A survey of training tricks.'),
      paper('Starred Title', 'https://example.org/star', 'A survey of tricks.'),
      paper('Dotted Trail', 'https://example.org/dot', 'A survey'),
    ]);
  });

  it('falls back to the words around the title when no prose follows it', () => {
    expect(
      read(
        '- **Author Then Prose** *A. Author* - A survey of tricks. [pdf](https://example.org/ap)',
        '- Intro words. **Empty Prose** - | [pdf](https://example.org/empty)',
        '- Intro words. More words. **Two Leftovers** [pdf](https://example.org/two)',
        '- **Bare Title** [pdf](https://example.org/bare)',
      ).papers,
    ).toEqual([
      paper('Author Then Prose', 'https://example.org/ap', 'A survey of tricks'),
      paper('Empty Prose', 'https://example.org/empty', 'Intro words'),
      paper('Two Leftovers', 'https://example.org/two', 'Intro words. More words'),
      paper('Bare Title', 'https://example.org/bare'),
    ]);
  });

  it('reads a linkless line, or a line of links above nested entries, as a heading', () => {
    expect(
      read(
        '- Training tricks [WIP]',
        '- 2019 · [pdf](https://example.org/all)',
        '  - **Nested Child** [pdf](https://example.org/child)',
      ),
    ).toEqual({ warnings: [], papers: [paper('Nested Child', 'https://example.org/child')] });
  });

  it('leaves out the description of a title with nothing beside it', () => {
    const read = readLine('**Bare Title** [pdf](https://example.org/bare)');
    expect(read.kind === 'draft' && read.draft).toEqual({
      title: 'Bare Title',
      url: 'https://example.org/bare',
      tags: [],
      links: [],
    });
  });

  it('ignores a line of links without a title above nested entries', () => {
    expect(readLine('2019 · [pdf](https://example.org/all)', true)).toEqual({ kind: 'ignored' });
  });
});
