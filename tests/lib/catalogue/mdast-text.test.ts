// @vitest-environment node
import type { Nodes, Paragraph, Strong } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { isImageOnly, nodeSource, plainText } from '../../../src/lib/catalogue/mdast-text';

const definitions = [
  '[badge]: https://img.shields.io/badge/build-passing-green.svg',
  '[ci]: https://github.com/o/r/actions',
].join('\n');

/** The inline nodes of the first paragraph, with the reference definitions in scope. */
const inline = (markdown: string): Nodes[] => {
  const root = fromMarkdown(`${markdown}\n\n${definitions}\n`, {
    extensions: [gfm()],
    mdastExtensions: [gfmFromMarkdown()],
  });
  const found = root.children.find((node): node is Paragraph => node.type === 'paragraph');
  if (!found) throw new Error('no paragraph in the fixture');
  return found.children;
};
const only = (markdown: string): Nodes => {
  const [node] = inline(markdown);
  if (!node) throw new Error('no inline node in the fixture');
  return node;
};

describe('plainText', () => {
  it('reads nested emphasis in order, without images', () => {
    expect(plainText(only('**Deep *Nets* ![logo](l.png) `Revisited`**'))).toBe(
      'Deep Nets  Revisited',
    );
  });
});

describe('isImageOnly', () => {
  it('takes badges written with references, and links around them, as images', () => {
    expect(isImageOnly(only('![build][badge]'))).toBe(true);
    expect(isImageOnly(only('[![build][badge]][ci]'))).toBe(true);
    expect(isImageOnly(only('[![build][badge]](https://github.com/o/r/actions)'))).toBe(true);
    expect(isImageOnly(only('[![build](https://img.shields.io/b.svg)][ci]'))).toBe(true);
  });

  it('keeps a link with words beside its image, a reference link without one, and a bold image', () => {
    expect(isImageOnly(only('**![logo](https://example.org/l.png)**'))).toBe(false);
    expect(isImageOnly(only('[![logo](l.png) Paper](https://example.org/p)'))).toBe(false);
    expect(isImageOnly(only('[Paper][ci]'))).toBe(false);
  });
});

describe('nodeSource', () => {
  const markdown = 'See **Deep Nets** here';
  const strong = () => {
    const node = inline(markdown)[1];
    if (node?.type !== 'strong') throw new Error('no strong node in the fixture');
    return node;
  };

  it('gives the Markdown as written', () => {
    expect(nodeSource(markdown, strong())).toBe('**Deep Nets**');
  });

  it('gives the text of a node without a position, or with only one end of it', () => {
    const { position, ...bare } = strong();
    if (!position) throw new Error('the parser gave no position');
    expect(nodeSource(markdown, bare)).toBe('Deep Nets');
    const noStart: Strong = {
      ...bare,
      position: { start: { line: 1, column: 5 }, end: position.end },
    };
    expect(nodeSource(markdown, noStart)).toBe('Deep Nets');
    const noEnd: Strong = {
      ...bare,
      position: { start: position.start, end: { line: 1, column: 18 } },
    };
    expect(nodeSource(markdown, noEnd)).toBe('Deep Nets');
  });
});
