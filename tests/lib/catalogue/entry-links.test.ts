// @vitest-environment node
import type { Link, Paragraph } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import {
  collectDefinitions,
  collectLinks,
  entryLinks,
  holdsLink,
  linkLabel,
} from '../../../src/lib/catalogue/entry-links';

const parse = (markdown: string) =>
  fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });

const paragraph = (markdown: string) => {
  const root = parse(markdown);
  const found = root.children.find((node): node is Paragraph => node.type === 'paragraph');
  if (!found) throw new Error('no paragraph in the fixture');
  return { nodes: found.children, definitions: collectDefinitions(root) };
};

const labels = (markdown: string) => entryLinks(paragraph(markdown).nodes).map(linkLabel);

describe('collectDefinitions', () => {
  it('keeps the first definition of each label, wherever it is, and nothing else', () => {
    const root = parse(
      'See [the paper][a].\n\n[a]: https://example.org/first\n[A]: https://example.org/second\n\n' +
        '> [b]: https://example.org/quoted\n',
    );
    expect(collectDefinitions(root)).toEqual(
      new Map([
        ['a', 'https://example.org/first'],
        ['b', 'https://example.org/quoted'],
      ]),
    );
  });
});

describe('holdsLink', () => {
  it('finds a link inside the bold around it, and only there', () => {
    const { nodes } = paragraph(
      '**[Title](https://example.org/t), 2019** and [pdf](https://example.org/p)',
    );
    const [bold, text, pdf] = nodes;
    const title = entryLinks(nodes)[0];
    if (!bold || !text || !pdf || !title) throw new Error('unexpected fixture');
    expect(holdsLink(bold, title)).toBe(true);
    expect(holdsLink(text, title)).toBe(false);
    expect(holdsLink(pdf, title)).toBe(false);
  });
});

describe('entryLinks', () => {
  it('leaves out a link whose target is only spaces', () => {
    expect(labels('[paper](https://example.org/p) [code](< >)')).toEqual(['paper']);
  });
});

describe('linkLabel', () => {
  it('drops only brackets around the whole label', () => {
    expect(labels('[[code]](https://example.org/c)')).toEqual(['code']);
    expect(labels('[see [code]](https://example.org/c)')).toEqual(['see [code]']);
    expect(labels('[[code] and data](https://example.org/c)')).toEqual(['[code] and data']);
  });
});

describe('collectLinks', () => {
  it('takes links only, each address once', () => {
    const { nodes, definitions } = paragraph(
      'Title. [code](https://github.com/a/b), [code](https://github.com/a/b) and [talk][t]\n\n' +
        '[t]: https://example.org/talk\n',
    );
    expect(collectLinks(nodes, definitions, undefined)).toEqual({
      links: [
        { label: 'code', url: 'https://github.com/a/b' },
        { label: 'talk', url: 'https://example.org/talk' },
      ],
      warnings: [],
    });
  });

  it('drops an unsafe link built without a source position with a warning at line 0', () => {
    const demo: Link = {
      type: 'link',
      url: 'javascript:alert(1)',
      children: [{ type: 'text', value: 'demo' }],
    };
    expect(collectLinks([demo], new Map(), undefined)).toEqual({
      links: [],
      warnings: [{ line: 0, message: 'dropped link "demo": link is not http(s) (javascript:)' }],
    });
  });
});
