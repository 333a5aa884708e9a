// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baseCitationKey, citationKeys } from '../../../src/lib/export/citation-key';

const DEEPXPLORE = 'DeepXplore: Automated Whitebox Testing of Deep Learning Systems';

describe('baseCitationKey', () => {
  it('is the first author’s family name, the year and the first significant title word', () => {
    const authors = ['Kexin Pei', 'Yinzhi Cao', 'Junfeng Yang', 'Suman Jana'];
    expect(baseCitationKey({ id: 'a', title: DEEPXPLORE, year: 2017, authors })).toBe(
      'pei2017deepxplore',
    );
    expect(
      baseCitationKey({
        id: 'b',
        title: 'Towards a Theory of Testing',
        year: 2020,
        authors: ['Zhang, Jie M.', 'et al.'],
      }),
    ).toBe('zhang2020theory');
    expect(
      baseCitationKey({
        id: 'c',
        title: 'On the Origin',
        year: 1859,
        authors: ['Guy L. Steele Jr.'],
      }),
    ).toBe('steele1859origin');
  });

  it('folds accents and letters to ASCII', () => {
    expect(
      baseCitationKey({ id: 'a', title: 'Étude de cas', year: 2019, authors: ['José Núñez'] }),
    ).toBe('nunez2019etude');
    expect(baseCitationKey({ id: 'b', title: 'The Straße', authors: ['Hans Ørsted'] })).toBe(
      'orstedstrasse',
    );
  });

  it('takes three title words and the year when no author can be written in ASCII', () => {
    expect(
      baseCitationKey({ id: 'a', title: 'Machine Learning Testing: Survey', year: 2020 }),
    ).toBe('machinelearningtesting2020');
    expect(baseCitationKey({ id: 'b', title: 'On the Bugs', authors: ['et al.'] })).toBe('bugs');
    expect(baseCitationKey({ id: 'c', title: '机器学习', year: 2020, authors: ['张伟'] })).toBe(
      'paper2020',
    );
    expect(baseCitationKey({ id: 'd', title: 'The Of' })).toBe('theof');
  });
});

describe('citationKeys', () => {
  const same = (id: string) => ({ id, title: 'Same', year: 2021, authors: ['Ann Lee'] });

  it('tells papers with the same key apart by their ids, wherever they are in the list', () => {
    expect(citationKeys([same('c'), same('a'), same('b')])).toEqual([
      'lee2021sameb',
      'lee2021same',
      'lee2021samea',
    ]);
    // A paper with another key added in between renames nobody.
    const other = { id: '0', title: 'Other', year: 2021, authors: ['Ann Lee'] };
    expect(citationKeys([same('c'), other, same('a'), same('b')])).toEqual([
      'lee2021sameb',
      'lee2021other',
      'lee2021same',
      'lee2021samea',
    ]);
  });

  it('never gives a suffixed key that is another paper’s own key', () => {
    const keys = citationKeys([
      { id: 'x', title: 'Samea', year: 2021, authors: ['Ann Lee'] },
      same('a'),
      same('b'),
    ]);
    expect(keys).toEqual(['lee2021samea', 'lee2021same', 'lee2021sameb']);
    const many = citationKeys(Array.from({ length: 28 }, (_, n) => same(String(n + 100))));
    expect(many.at(-1)).toBe('lee2021sameaa');
  });

  it('is unique, lower-case ASCII and independent of the list order (property)', () => {
    const paper = fc.record({
      id: fc.string({ minLength: 1, maxLength: 4 }),
      title: fc.oneof(fc.constantFrom('Same', 'Samea', 'The', ''), fc.string({ maxLength: 20 })),
      year: fc.option(fc.constantFrom(2020, 2021), { nil: undefined }),
      authors: fc.option(fc.constantFrom(['Ann Lee'], ['Lee, A.'], ['张伟']), { nil: undefined }),
    });
    const papers = fc.uniqueArray(paper, { selector: (p) => p.id, maxLength: 30 });
    fc.assert(
      fc.property(papers, (list) => {
        const keys = citationKeys(list);
        expect(new Set(keys).size).toBe(list.length);
        for (const key of keys) expect(key).toMatch(/^[a-z0-9]+$/);
        const reversed = citationKeys([...list].reverse()).reverse();
        expect(reversed).toEqual(keys);
      }),
      { numRuns: 300 },
    );
  });
});
