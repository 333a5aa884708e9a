// @vitest-environment node
import { firstParagraph } from '../../fixtures/markdown-paragraph';
import { describe, expect, it } from 'vitest';
import { entrySegments } from '../../../src/lib/catalogue/entry-segments';
import { cleanTitle, pickTitle } from '../../../src/lib/catalogue/entry-title';

const paragraph = (markdown: string) => firstParagraph(markdown);

/** The text of the segment picked as the title of a labelled entry. */
const title = (markdown: string) => {
  const segments = entrySegments(paragraph(markdown).children);
  return segments[pickTitle(segments)]?.text;
};

const pdf = '[pdf](https://example.org/paper.pdf)';
const bold = `**Deep Nets Revisited** ${pdf}`;

describe('pickTitle', () => {
  it('prefers a quoted title, then a bold or italic one before the links, then plain words', () => {
    expect(title(`**Survey** "Deep Nets Revisited" ${pdf}`)).toBe('Deep Nets Revisited');
    expect(title(`Plain Words Here **Deep Nets Revisited** ${pdf}`)).toBe('Deep Nets Revisited');
    expect(title(`${pdf} Deep Nets Revisited`)).toBe('Deep Nets Revisited');
  });

  it('takes a model name of two characters, or in capitals, as a title', () => {
    expect(title(`**T5** ${pdf}`)).toBe('T5');
    expect(title(`**CAMEL** ${pdf}`)).toBe('CAMEL');
  });

  it('takes a title longer than any venue', () => {
    const long =
      'Towards Trustworthy Machine Learning Systems: A Survey of Reliability, Robustness, Fairness and Privacy in Deep Neural Networks';
    expect(long.length).toBeGreaterThan(120);
    expect(title(`**${long}** ${pdf}`)).toBe(long);
  });

  it('passes over numbers and single letters that number the entries', () => {
    expect(title(`**42.** *Deep Nets Revisited* ${pdf}`)).toBe('Deep Nets Revisited');
    expect(title(`**a.** *Deep Nets Revisited* ${pdf}`)).toBe('Deep Nets Revisited');
  });

  it('passes over a bracketed nickname, but keeps brackets that are part of a title', () => {
    expect(title(`*[DCN]* ${bold}`)).toBe('Deep Nets Revisited');
    expect(title(`*[N]* ${bold}`)).toBe('Deep Nets Revisited');
    expect(title(`*Deep Nets [v2]* ${pdf}`)).toBe('Deep Nets [v2]');
    expect(title(`*[v2] Deep Nets* ${pdf}`)).toBe('[v2] Deep Nets');
  });

  it('passes over labels, dates, authors and venues', () => {
    expect(title(`*Paper* ${bold}`)).toBe('Deep Nets Revisited');
    expect(title(`*( 12 March 2024 )* ${bold}`)).toBe('Deep Nets Revisited');
    expect(title(`*Published in 2020* ${bold}`)).toBe('Deep Nets Revisited');
    expect(title(`*G. Hinton and Y. LeCun* ${bold}`)).toBe('Deep Nets Revisited');
    expect(title(`*In Proceedings of ICML 2019* ${bold}`)).toBe('Deep Nets Revisited');
    expect(title(`*2019 (Best Paper Award)* ${bold}`)).toBe('Deep Nets Revisited');
    expect(title(`*NeurIPS* ${bold}`)).toBe('Deep Nets Revisited');
  });
});

describe('cleanTitle', () => {
  it('drops a run of spaces and punctuation at the end, and spaces at the start', () => {
    expect(cleanTitle('Attention Is All You Need.,')).toBe('Attention Is All You Need');
    expect(cleanTitle(' Deep Nets Revisited? ')).toBe('Deep Nets Revisited?');
  });
});
