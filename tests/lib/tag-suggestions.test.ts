import { describe, expect, it } from 'vitest';
import { tagSuggestions } from '../../src/lib/tag-suggestions';

const all = [
  { tag: 'compiler testing', count: 1 },
  { tag: 'Compilers', count: 3 },
  { tag: 'fuzzing', count: 5 },
  { tag: 'DL compilers', count: 9 },
];

describe('tagSuggestions', () => {
  it('offers the tags containing the text, those starting with it first', () => {
    expect(tagSuggestions(all, [], 'comp').map((entry) => entry.tag)).toEqual([
      'Compilers',
      'compiler testing',
      'DL compilers',
    ]);
  });

  it('leaves out the tags the paper has, in any case, and ignores a leading #', () => {
    expect(tagSuggestions(all, ['compilers'], '#COMP').map((entry) => entry.tag)).toEqual([
      'compiler testing',
      'DL compilers',
    ]);
  });

  it('reads the text past any run of leading # and spaces', () => {
    for (const typed of ['# comp', ' #comp', '##comp']) {
      expect(tagSuggestions(all, [], typed).map((entry) => entry.tag)).toEqual([
        'Compilers',
        'compiler testing',
        'DL compilers',
      ]);
    }
  });

  it('keeps a # inside the text, as in C#', () => {
    const languages = [
      { tag: 'C#', count: 2 },
      { tag: 'compilers', count: 4 },
    ];
    expect(tagSuggestions(languages, [], 'c#').map((entry) => entry.tag)).toEqual(['C#']);
  });

  it('keeps equally used tags in the order given', () => {
    const tied = [
      { tag: 'graphs', count: 2 },
      { tag: 'GNNs', count: 2 },
      { tag: 'generative', count: 2 },
    ];
    expect(tagSuggestions(tied, [], 'g').map((entry) => entry.tag)).toEqual([
      'graphs',
      'GNNs',
      'generative',
    ]);
    expect(tagSuggestions(tied, [], '').map((entry) => entry.tag)).toEqual([
      'graphs',
      'GNNs',
      'generative',
    ]);
  });

  it('offers the most used with nothing typed, up to the limit', () => {
    expect(tagSuggestions(all, [], '', 2).map((entry) => entry.tag)).toEqual([
      'DL compilers',
      'fuzzing',
    ]);
  });
});
