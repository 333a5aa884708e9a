// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { expandTwoDigitYear, parseVenueYear } from '../../../src/lib/catalogue/venue-year';

describe('parseVenueYear', () => {
  it.each([
    ["TSE'20", 'TSE', 2020],
    ["NSDI'24", 'NSDI', 2024],
    ["ICSE '19", 'ICSE', 2019],
    ['NeurIPS’19', 'NeurIPS', 2019],
    ["VLDB'98", 'VLDB', 1998],
    ['NeurIps 2015', 'NeurIps', 2015],
    ['ICSE 2024', 'ICSE', 2024],
    ['Information and Software Technology 2021', 'Information and Software Technology', 2021],
    ['IEEE Software 2020', 'IEEE Software', 2020],
    ["ICML'2021", 'ICML', 2021],
    ['ICML’ 21', 'ICML', 2021],
    ['ICLR15', 'ICLR', 2015],
    ['arxiv20', 'arxiv', 2020],
    ['NeurIPS2019', 'NeurIPS', 2019],
    ['(ICML 2019)', 'ICML', 2019],
    ['ICSE, 2022.', 'ICSE', 2022],
  ])('splits %s into venue and year', (text, venue, year) => {
    expect(parseVenueYear(text, 2026)).toEqual({ venue, year });
  });

  it.each([
    ['NeurIPS 2020, Oral', 'NeurIPS', 2020],
    ['NeurIPS 2020 (Oral)', 'NeurIPS', 2020],
    ["ICML'21 Spotlight", 'ICML', 2021],
    ['CVPR 2022 - Best Paper Award', 'CVPR', 2022],
    ['KDD 2019 (best student paper)', 'KDD', 2019],
    ['ICLR 2023, poster', 'ICLR', 2023],
    ["ICML' 21 (Oral)", 'ICML', 2021],
  ])('leaves out how %s was presented', (text, venue, year) => {
    expect(parseVenueYear(text, 2026)).toEqual({ venue, year });
  });

  it('keeps a remark that follows no year', () => {
    expect(parseVenueYear('CVPR Oral', 2026)).toEqual({ venue: 'CVPR Oral' });
  });

  it('keeps a venue without a year', () => {
    expect(parseVenueYear('arXiv', 2026)).toEqual({ venue: 'arXiv' });
  });

  it('reads a bare year', () => {
    expect(parseVenueYear('2019', 2026)).toEqual({ venue: undefined, year: 2019 });
  });

  it.each(['ResNet50', 'GPT-NeoX20', 'LLaMA65B'])(
    'does not read a year out of a model name such as %s',
    (name) => {
      expect(parseVenueYear(name, 2026)).toEqual({ venue: name });
    },
  );

  it('does not read a year out of an arXiv id', () => {
    expect(parseVenueYear('arXiv 2012.07436', 2026)).toEqual({ venue: 'arXiv 2012.07436' });
  });

  it('reads a venue wrapped over lines, with spaces around it or doubled stops after it', () => {
    expect(parseVenueYear('IEEE\n  Software 2020', 2026)).toEqual({
      venue: 'IEEE Software',
      year: 2020,
    });
    expect(parseVenueYear('CVPR 2022 - Best\n  Paper Award', 2026)).toEqual({
      venue: 'CVPR',
      year: 2022,
    });
    expect(parseVenueYear('\n  (ICML 2019)\n', 2026)).toEqual({ venue: 'ICML', year: 2019 });
    expect(parseVenueYear('ICML 2019 .', 2026)).toEqual({ venue: 'ICML', year: 2019 });
    expect(parseVenueYear('ICLR 2015.;', 2026)).toEqual({ venue: 'ICLR', year: 2015 });
  });

  it('drops the dashes and commas trailing a venue without a year', () => {
    expect(parseVenueYear('arXiv, --', 2026)).toEqual({ venue: 'arXiv' });
  });

  it('still reads text of 120 characters, the longest a venue may be', () => {
    const venue =
      'Proceedings of the Annual Meeting of the Conference on Empirical Methods in Natural ' +
      'Language Processing, Main Track';
    expect(`${venue} 2020`).toHaveLength(120);
    expect(parseVenueYear(`${venue} 2020`, 2026)).toEqual({ venue, year: 2020 });
  });

  it('refuses very long text, which is prose rather than a venue', () => {
    expect(parseVenueYear(`${'word '.repeat(40)}2020`, 2026)).toEqual({});
  });
});

describe('expandTwoDigitYear', () => {
  it.each([
    [0, 2000],
    [19, 2019],
    [26, 2026],
    [27, 2027],
    [28, 1928],
    [98, 1998],
  ])('reads %i as %i when the current year is 2026', (twoDigits, year) => {
    expect(expandTwoDigitYear(twoDigits, 2026)).toBe(year);
  });
});
