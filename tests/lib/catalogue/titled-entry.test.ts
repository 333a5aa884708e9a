// @vitest-environment node
import type { Paragraph } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import { collectDefinitions, entryLinks } from '../../../src/lib/catalogue/entry-links';
import { parseAwesomeList } from '../../../src/lib/catalogue/parse-awesome-list';
import { readTitledEntry } from '../../../src/lib/catalogue/titled-entry';

const onlyPaper = (markdown: string) => {
  const { catalogue, warnings } = parseAwesomeList(markdown);
  expect(warnings).toEqual([]);
  expect(catalogue.papers).toHaveLength(1);
  const [{ title, venue, year, authors, description }] = catalogue.papers as [
    (typeof catalogue.papers)[number],
  ];
  return { title, venue, year, authors, description };
};

const read = (markdown: string) => {
  const root = fromMarkdown(markdown);
  const paragraph = root.children[0] as Paragraph;
  const [link] = entryLinks(paragraph.children);
  if (!link) throw new Error('no link in the line');
  const source = { line: 1, paragraph, details: [], hasNestedEntries: false };
  return {
    link,
    reading: readTitledEntry(source, link, { markdown, definitions: collectDefinitions(root) }),
  };
};

const arxiv = 'https://arxiv.org/abs/1706.03762';

describe('readTitledEntry', () => {
  it.each([
    `- [Attention Is All You Need](${arxiv}) - A description. ![new](https://img.shields.io/badge/new-red)`,
    `- [Attention Is All You Need](${arxiv}) - A description. ![new][new]\n\n[new]: https://img.shields.io/badge/new-red`,
  ])('leaves a badge image after the description out of it: %j', (markdown) => {
    expect(onlyPaper(markdown).description).toBe('A description.');
  });

  it('ends the description before trailing links set apart by bars', () => {
    const { catalogue } = parseAwesomeList(
      `- [Attention Is All You Need](${arxiv}) - A description. [code](https://github.com/a/b) | [slides](https://example.com/s.pdf)`,
    );
    expect(catalogue.papers).toMatchObject([
      {
        description: 'A description.',
        links: [
          { label: 'code', url: 'https://github.com/a/b' },
          { label: 'slides', url: 'https://example.com/s.pdf' },
        ],
      },
    ]);
  });

  it('reads a line break tag in the description as a space', () => {
    expect(
      onlyPaper(`- [Attention Is All You Need](${arxiv}) - First line.<br />Second line.`),
    ).toMatchObject({ description: 'First line. Second line.' });
  });

  it('reads a description that starts on the line after the separator', () => {
    expect(
      onlyPaper(`- [Attention Is All You Need](${arxiv}) -\n  Description on the next line.`),
    ).toMatchObject({ description: 'Description on the next line.' });
  });

  it('reads a venue alone written right after the title', () => {
    expect(onlyPaper(`- [Attention Is All You Need](${arxiv}), NeurIPS`)).toEqual({
      title: 'Attention Is All You Need',
      venue: 'NeurIPS',
      year: 2017,
      authors: undefined,
      description: undefined,
    });
  });

  it('keeps text right after the title as written when it names no authors, venue or year', () => {
    expect(
      onlyPaper(`- [Attention Is All You Need](${arxiv}) great paper; with code, well written`),
    ).toMatchObject({ description: 'great paper; with code, well written' });
  });

  it('keeps the sentences left after authors, venue and year apart', () => {
    expect(
      onlyPaper(
        `- [Attention Is All You Need](${arxiv}), Ada Lovelace, ICLR 2015, great paper; with code`,
      ),
    ).toEqual({
      title: 'Attention Is All You Need',
      venue: 'ICLR',
      year: 2015,
      authors: ['Ada Lovelace'],
      description: 'great paper. with code',
    });
  });

  it('gives a remark alone as the whole description', () => {
    expect(onlyPaper(`- [Attention Is All You Need](${arxiv}) (Best paper award)`)).toMatchObject({
      description: '(Best paper award)',
    });
  });

  it('skips a link into the list itself', () => {
    expect(read('[Datasets](#datasets)').reading).toEqual({
      kind: 'skipped',
      warning: { line: 1, message: 'skipped "Datasets": link is an anchor' },
    });
  });

  it('drafts a bare title link with no description and no links yet', () => {
    const { link, reading } = read(`[Attention Is All You Need](${arxiv})`);
    expect(reading).toEqual({
      kind: 'draft',
      draft: { title: 'Attention Is All You Need', url: arxiv, tags: [], links: [] },
      paperLink: link,
      warnings: [],
    });
  });
});
