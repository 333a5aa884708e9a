// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findYear, yearOfArxivId, yearOfDate } from '../../../src/lib/catalogue/year-in-text';

const now = 2026;

describe('yearOfDate', () => {
  it.each([
    ['2022.01', 2022],
    ['2023-12-11', 2023],
    ['2021/05', 2021],
    ['Jan. 2020', 2020],
    ['September 3, 2021', 2021],
    ['Mar. 15th, 2022', 2022],
    ['12 Mar 2024', 2024],
    ['(2015)', 2015],
    ['[2019]', 2019],
    ['  2018.  ', 2018],
  ])('reads %s as %i', (text, year) => {
    expect(yearOfDate(text, now)).toBe(year);
  });

  it.each(['ICML 2019', '2019.13', '20190', 'Jan. 2020 was cold', ''])(
    'gives nothing for %j, which is not only a date',
    (text) => {
      expect(yearOfDate(text, now)).toBeUndefined();
    },
  );

  it('accepts years up to next year only, and none before 1900', () => {
    expect(yearOfDate('2027', now)).toBe(2027);
    expect(yearOfDate('2028', now)).toBeUndefined();
    expect(yearOfDate('1899', now)).toBeUndefined();
    expect(yearOfDate('1900', now)).toBe(1900);
  });
});

describe('findYear', () => {
  it.each([
    ['published 2015 in', 2015, 10, 4],
    ["ICSE'19", 2019, 5, 2],
    ["[S&P'17]", 2017, 5, 2],
    ['Arxiv18', 2018, 5, 2],
    ['ICLR15', 2015, 4, 2],
    ['NeurIPS2019', 2019, 7, 4],
    ['Arxiv 24.03.12', 2024, 6, 2],
    ['2019-2020', 2019, 0, 4],
    ['Nature, 2015, pp. 1-5', 2015, 8, 4],
    ['released 2022.01', 2022, 9, 4],
    ['Arxiv 2023-12-11', 2023, 6, 4],
  ])('finds the year in %j', (text, year, index, length) => {
    expect(findYear(text, now)).toEqual({ year, index, length });
  });

  it.each(['ResNet50', 'arXiv:2101.01234', 'v2020', 'page 12019', '#2020', 'x/2020', 'GPT-2019'])(
    'finds no year in %j',
    (text) => {
      expect(findYear(text, now)).toBeUndefined();
    },
  );

  it('reads two-digit years into this century up to next year, else the last one', () => {
    expect(findYear("CVPR'27", now)?.year).toBe(2027);
    expect(findYear("VLDB'98", now)?.year).toBe(1998);
  });

  it('skips an implausible year and takes the next one', () => {
    expect(findYear('1850 then 2012', now)).toEqual({ year: 2012, index: 10, length: 4 });
    expect(findYear('roadmap to 2099, first shown 2012', now)).toEqual({
      year: 2012,
      index: 29,
      length: 4,
    });
  });
});

describe('yearOfArxivId', () => {
  it.each([
    ['arxiv:2101.01234', 2021],
    ['arxiv:1912.00001', 2019],
    ['arxiv:cs/0112017', 2001],
    ['arxiv:hep-th/9901001', 1999],
    ['arxiv:math.GT/9309136', 1993],
    ['arxiv:hep-th/9108001', 1991],
  ])('dates %s to %i', (id, year) => {
    expect(yearOfArxivId(id)).toBe(year);
  });

  it.each([
    'arxiv:2113.01234',
    'url:example.com/2101.01234',
    'doi:10.1145/2101.01234',
    '2101.01234',
  ])('gives nothing for %s', (id) => {
    expect(yearOfArxivId(id)).toBeUndefined();
  });
});
