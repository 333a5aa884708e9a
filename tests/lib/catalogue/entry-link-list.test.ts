// @vitest-environment node
import { firstParagraph } from '../../fixtures/markdown-paragraph';
import { describe, expect, it } from 'vitest';
import { isLabelLink, onlyLabels } from '../../../src/lib/catalogue/entry-link-list';
import { entryLinks } from '../../../src/lib/catalogue/entry-links';

const siblings = (markdown: string) => firstParagraph(markdown).children;

/** Whether the entry's first link names what it points at rather than the paper. */
const firstIsLabel = (markdown: string) => {
  const nodes = siblings(markdown);
  const first = entryLinks(nodes)[0];
  if (!first) throw new Error('no link in the fixture');
  return isLabelLink(first, nodes);
};

const nlp = 'https://nlp.stanford.edu';

describe('isLabelLink', () => {
  it('takes a link written in brackets for a label, spaces inside or not', () => {
    expect(firstIsLabel(`Title. [[Stanford NLP](${nlp})]`)).toBe(true);
    expect(firstIsLabel(`Title. [ [Stanford NLP](${nlp}) ]`)).toBe(true);
  });

  it('does not take a link beside a lone bracket or inside a longer bracket for a label', () => {
    expect(firstIsLabel(`[Stanford NLP](${nlp})] by its group`)).toBe(false);
    expect(firstIsLabel(`[[Stanford NLP](${nlp}), 2019]`)).toBe(false);
    expect(firstIsLabel(`[2019, [Stanford NLP](${nlp})]`)).toBe(false);
  });

  it('takes a link whose whole text is in brackets for a label, and not one with brackets in part', () => {
    expect(firstIsLabel(`[[Stanford NLP]](${nlp})`)).toBe(true);
    expect(firstIsLabel(`[ [Stanford NLP] ](${nlp})`)).toBe(true);
    expect(firstIsLabel(`[Stanford [NLP]](${nlp})`)).toBe(false);
    expect(firstIsLabel(`[[NLP] group](${nlp})`)).toBe(false);
  });
});

describe('onlyLabels', () => {
  it('finds a row of labelled links, and not a row of badges', () => {
    expect(onlyLabels(siblings('[pdf](https://example.org/p) [code](https://example.org/c)'))).toBe(
      true,
    );
    expect(
      onlyLabels(siblings('[![build](https://img.shields.io/b.svg)](https://ci.example.org)')),
    ).toBe(false);
  });
});
