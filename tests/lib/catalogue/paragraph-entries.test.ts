// @vitest-environment node
import type { Paragraph } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import { collectDefinitions } from '../../../src/lib/catalogue/entry-links';
import { readParagraphEntry } from '../../../src/lib/catalogue/paragraph-entries';

const read = (markdown: string) => {
  const root = fromMarkdown(markdown);
  const paragraph = root.children[0] as Paragraph;
  return readParagraphEntry(paragraph, { markdown, definitions: collectDefinitions(root) });
};

describe('readParagraphEntry', () => {
  it.each([
    'Papers are listed by year, newest first.',
    'See [this survey](https://arxiv.org/abs/2106.04554) for an overview.',
    '[Slides](ftp://example.com/slides.pdf) from the talk are online.',
  ])('reads the prose %j as no entry at all', (markdown) => {
    expect(read(markdown)).toEqual([]);
  });
});
