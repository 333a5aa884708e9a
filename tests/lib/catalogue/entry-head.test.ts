// @vitest-environment node
import type { Paragraph } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { scanEntryHead } from '../../../src/lib/catalogue/entry-head';

const title = '[Certified Widgets](https://arxiv.org/abs/2101.00001)';

/** Scans the line around its title link; the description as the text from where it starts. */
function head(line: string) {
  const root = fromMarkdown(line, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const paragraph = root.children[0] as Paragraph;
  const index = paragraph.children.findIndex(
    (node) => node.type === 'link' && node.url === 'https://arxiv.org/abs/2101.00001',
  );
  const { descriptionStart, links, ...rest } = scanEntryHead(
    paragraph.children.slice(0, index),
    paragraph.children.slice(index + 1),
    line,
  );
  return {
    ...rest,
    links: links.map((link) => (link.type === 'link' ? link.url : link.type)),
    description: descriptionStart === undefined ? undefined : line.slice(descriptionStart),
  };
}

const plain = { tags: [], remarks: [], links: [], separated: false, description: undefined };

describe('scanEntryHead: before the title', () => {
  it('reads a bracketed venue and year, and other brackets as tags, once each', () => {
    expect(head(`[ICLR15] [Training] [] [Training] ${title}`)).toEqual({
      ...plain,
      venue: 'ICLR',
      year: 2015,
      tags: ['Training'],
    });
  });

  it('reads bold or italic venues with a year, but not a badge or a word without one', () => {
    expect(head(`**ICML 2020** ${title}`)).toEqual({ ...plain, venue: 'ICML', year: 2020 });
    expect(head(`*NeurIPS 2019* ${title}`)).toEqual({ ...plain, venue: 'NeurIPS', year: 2019 });
    expect(head(`**Important** ${title}`)).toEqual(plain);
    expect(head(`![NeurIPS 2019](https://img.shields.io/badge/NeurIPS-2019) ${title}`)).toEqual(
      plain,
    );
  });
});

describe('scanEntryHead: after the title', () => {
  it('starts the description after a separator', () => {
    expect(head(`${title} - Bounds for big nets.`)).toEqual({
      ...plain,
      separated: true,
      description: ' Bounds for big nets.',
    });
    expect(head(`${title}: *ICML 2020* is where it appeared.`)).toEqual({
      ...plain,
      separated: true,
      description: ' *ICML 2020* is where it appeared.',
    });
  });

  it('starts the description at the first words, and reads nothing after them', () => {
    expect(head(`${title} Great paper, *ICML 2020*`)).toEqual({
      ...plain,
      description: 'Great paper, *ICML 2020*',
    });
    expect(head(`${title} \`pip install widgets\` installs it`)).toEqual({
      ...plain,
      description: '`pip install widgets` installs it',
    });
  });

  it('keeps labelled links, remarks, and skips line breaks before authors', () => {
    const line = `${title} [[pdf]](https://e.org/w.pdf) (Best paper award) (TOSEM)<br>*A. Quill, B. Lind*`;
    expect(head(line)).toEqual({
      ...plain,
      authors: ['A. Quill', 'B. Lind'],
      links: ['https://e.org/w.pdf'],
      remarks: ['(Best paper award)', '(TOSEM)'],
    });
    expect(head(`${title}\\\n*A. Quill* - A study.`)).toMatchObject({ authors: ['A. Quill'] });
    expect(head(`${title} *A. Quill, B. Lind* *C. Moss, D. Park* - A study.`)).toMatchObject({
      authors: ['A. Quill', 'B. Lind'],
    });
  });

  it('reads an italic venue with or without a year, a bold one only with a year', () => {
    const venues = [
      ['*TOSEM*', 'TOSEM'],
      ['*Gradient Hygiene*', 'Gradient Hygiene'],
      ['*Information and Software Technology*', 'Information and Software Technology'],
      [
        '*Proceedings of the Web Conference Companion*',
        'Proceedings of the Web Conference Companion',
      ],
      ['*Proc. VLDB Endowment*', 'Proc. VLDB Endowment'],
    ];
    for (const [italic, venue] of venues) {
      expect(head(`${title} ${italic} - A study.`)).toMatchObject({
        venue,
        description: ' A study.',
      });
    }
    expect(head(`${title} *ICML, 2020* - A study.`)).toMatchObject({
      venue: 'ICML',
      year: 2020,
    });
    expect(head(`${title} **ICML 2020** - A study.`)).toMatchObject({ venue: 'ICML', year: 2020 });
  });

  it('starts the description at italics that are a question, or bold without a year', () => {
    const descriptions = [
      '*Widgets everywhere and nowhere at once today*',
      '*Do widgets generalise?*',
      '**Best Paper**',
      '**A. Quill, B. Lind**',
    ];
    for (const styled of descriptions) {
      expect(head(`${title} ${styled} - A study.`)).toEqual({
        ...plain,
        description: `${styled} - A study.`,
      });
    }
  });
});

describe('scanEntryHead: badges, years, tags and made nodes', () => {
  it('skips a badge image, reads a styled year alone, and a bracketed tag after the title', () => {
    const badge = '![Stars](https://img.shields.io/github/stars/lab/widgets)';
    expect(head(`${title} ${badge} [Training] *2020* -- A study.`)).toEqual({
      ...plain,
      year: 2020,
      tags: ['Training'],
      separated: true,
      description: ' A study.',
    });
    expect(head(`**2021** ${title}`)).toEqual({ ...plain, year: 2021 });
  });

  it('stops at a node made in code, which has no place in the line', () => {
    expect(scanEntryHead([], [{ type: 'text', value: ' - A study.' }], '')).toEqual({
      tags: [],
      remarks: [],
      links: [],
      separated: false,
    });
  });
});
