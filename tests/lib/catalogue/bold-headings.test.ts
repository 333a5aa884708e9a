// @vitest-environment node
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { headingsOf } from '../../../src/lib/catalogue/bold-headings';
import { plainText } from '../../../src/lib/catalogue/mdast-text';

const headingsIn = (markdown: string) =>
  headingsOf(
    fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }),
  ).map(({ heading }) => `${heading.depth} ${plainText(heading)}`);

describe('headingsOf', () => {
  it('reads a bold line as a heading one level below the heading above it', () => {
    const markdown =
      '## Methods\n\n**Reinforcement Learning**\n\n- [A paper](https://example.org/a)\n';
    expect(headingsIn(markdown)).toEqual(['2 Methods', '3 Reinforcement Learning']);
    const root = fromMarkdown(markdown);
    expect(headingsOf(root)[1]?.heading).toMatchObject({ type: 'heading', depth: 3 });
  });

  it('takes a bold line ending in colons and spaces as a heading', () => {
    expect(headingsIn('**Datasets** :\n\n**数据集**：\n')).toEqual(['2 Datasets', '2 数据集']);
  });

  it('does not take a bold word followed by other text or code for a heading', () => {
    expect(headingsIn('**Note**: see below.\n\n**Important**!\n\n**Usage** `:`\n')).toEqual([]);
  });

  it('does not take a bold line holding a link for a heading', () => {
    expect(headingsIn('**See [the survey](https://example.org/survey)**\n')).toEqual([]);
    expect(
      headingsIn('**See [the survey][survey]**\n\n[survey]: https://example.org/survey\n'),
    ).toEqual([]);
    expect(headingsIn('**[Survey](https://example.org/survey) of methods**\n')).toEqual([]);
  });

  it('takes bold lines of up to 100 characters with words for headings', () => {
    const words = (length: number) => 'Learning '.repeat(12).slice(0, length);
    expect(headingsIn(`**${words(100)}**\n`)).toEqual([`2 ${words(100)}`]);
    expect(headingsIn(`**${words(101)}**\n`)).toEqual([]);
    expect(headingsIn('**![logo](https://example.org/logo.png)**\n')).toEqual([]);
    expect(headingsIn('**&#160;**\n')).toEqual([]);
  });
});
