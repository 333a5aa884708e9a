// @vitest-environment node
import { firstParagraph } from '../../fixtures/markdown-paragraph';
import { describe, expect, it } from 'vitest';
import { entrySegments, textOutsideLinks } from '../../../src/lib/catalogue/entry-segments';

const paragraph = (markdown: string) => firstParagraph(markdown);

const segments = (markdown: string) => entrySegments(paragraph(markdown).children);
const texts = (markdown: string) => segments(markdown).map((segment) => segment.text);
const quoted = (markdown: string) =>
  segments(markdown)
    .filter((segment) => segment.quoted)
    .map((segment) => segment.text);

const pdf = '[pdf](https://example.org/paper.pdf)';

describe('textOutsideLinks', () => {
  it('keeps words, code and line breaks, and leaves out links, images and raw HTML', () => {
    const markdown = `**The \`grep\` paper:\\\nfast [search](https://example.org) ![logo](https://example.org/l.png) <br> tools**`;
    expect(textOutsideLinks(paragraph(markdown))).toBe('The grep paper: fast    tools');
  });
});

describe('entrySegments', () => {
  it('splits an entry into styled and plain pieces, before and after its first link', () => {
    expect(segments(`**Title.** *A. Author*. ICML 2019. ${pdf} Oral.`)).toEqual([
      { text: 'Title.', styled: true, quoted: false, beforeLink: true },
      { text: 'A. Author', styled: true, quoted: false, beforeLink: true },
      { text: 'ICML 2019', styled: false, quoted: false, beforeLink: true },
      { text: 'Oral.', styled: false, quoted: false, beforeLink: false },
    ]);
  });

  it('counts what follows a bold title link as after the link, and an image as no link', () => {
    expect(segments('**[Title](https://example.org/t)**: A. Author')).toEqual([
      { text: 'A. Author', styled: false, quoted: false, beforeLink: false },
    ]);
    expect(segments('**[Title](https://example.org/t), 2019** A. Author')).toEqual([
      { text: '2019', styled: true, quoted: false, beforeLink: true },
      { text: 'A. Author', styled: false, quoted: false, beforeLink: false },
    ]);
    expect(segments(`A. Author ![badge](https://example.org/b.svg) NeurIPS 2019 ${pdf}`)).toEqual([
      { text: 'A. Author', styled: false, quoted: false, beforeLink: true },
      { text: 'NeurIPS 2019', styled: false, quoted: false, beforeLink: true },
    ]);
  });

  it('keeps code and struck-through text', () => {
    expect(segments(`Uses \`awk\` daily. ~~Old Title~~ ${pdf}`)).toEqual([
      { text: 'Uses awk daily', styled: false, quoted: false, beforeLink: true },
      { text: 'Old Title', styled: true, quoted: false, beforeLink: true },
    ]);
  });

  it('reads a title in quotes, with or without a stop inside them', () => {
    const markdown = `A. Author, “Attention Is All You Need,” NeurIPS 2017. ${pdf}`;
    expect(texts(markdown)).toEqual(['A. Author,', 'Attention Is All You Need', 'NeurIPS 2017']);
    expect(quoted(markdown)).toEqual(['Attention Is All You Need']);
    expect(texts(`"Deep Residual Learning" K. He. CVPR 2016`)).toEqual([
      'Deep Residual Learning',
      'K. He',
      'CVPR 2016',
    ]);
  });

  it('reads a styled title after an opening quote as quoted, and leaves the quote out', () => {
    expect(segments(`A. Author, "**Deep Residual Learning**" CVPR 2016. ${pdf}`)).toEqual([
      { text: 'A. Author,', styled: false, quoted: false, beforeLink: true },
      { text: 'Deep Residual Learning', styled: true, quoted: true, beforeLink: true },
      { text: 'CVPR 2016', styled: false, quoted: false, beforeLink: true },
    ]);
    expect(texts(`A. Author, “ **Deep Residual Learning** ” CVPR 2016.`)).toEqual([
      'A. Author,',
      'Deep Residual Learning',
      'CVPR 2016.',
    ]);
    expect(quoted(`A. Author, “ **Deep Residual Learning** ” CVPR 2016.`)).toEqual([
      'Deep Residual Learning',
    ]);
  });

  it('does not take a styled title after a closed quote for quoted', () => {
    expect(segments(`The "AI" book: **Deep Learning** ${pdf}`)).toEqual([
      { text: 'The "AI" book:', styled: false, quoted: false, beforeLink: true },
      { text: 'Deep Learning', styled: true, quoted: false, beforeLink: true },
    ]);
  });
});
