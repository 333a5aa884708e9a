// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  readMeta,
  splitCitation,
  splitSegments,
  splitTitleTail,
} from '../../../src/lib/catalogue/entry-meta';

describe('splitSegments', () => {
  it('splits at sentence ends, brackets, parentheses, bars, semicolons and spaced dashes', () => {
    expect(splitSegments('A. Author, B. Author. NAACL 2019. Some prose.')).toEqual([
      'A. Author, B. Author',
      'NAACL 2019',
      'Some prose.',
    ]);
    expect(splitSegments('Title (2015) [code]')).toEqual(['Title', '2015', 'code']);
    expect(splitSegments('x | y; z')).toEqual(['x', 'y', 'z']);
    expect(splitSegments('a - b – c — d')).toEqual(['a', 'b', 'c', 'd']);
  });

  it('does not end a sentence at an initial, a month or a usual abbreviation', () => {
    expect(splitSegments('Jan. 2020 was cold. Next')).toEqual(['Jan. 2020 was cold', 'Next']);
    expect(splitSegments('Proc. of ICML. Next')).toEqual(['Proc. of ICML', 'Next']);
    expect(splitSegments('well-known e.g. this. Next')).toEqual(['well-known e.g. this', 'Next']);
  });

  it('ends a sentence after a number, which is no initial', () => {
    expect(splitSegments('Deep Nets, part 2. ICML 2019')).toEqual([
      'Deep Nets, part 2',
      'ICML 2019',
    ]);
  });

  it('keeps a stop without a space after it and a hyphen inside a word', () => {
    expect(splitSegments('end.Start self-supervised')).toEqual(['end.Start self-supervised']);
  });
});

describe('readMeta', () => {
  it('reads authors, venue and year from the pieces around a title', () => {
    expect(readMeta(['A. Author, B. Author', 'NAACL 2019'], true)).toEqual({
      authors: ['A. Author', 'B. Author'],
      venue: 'NAACL',
      year: 2019,
      leftovers: [],
    });
    expect(readMeta(['A. Author, B. Author, ICLR 2015'], true)).toMatchObject({
      authors: ['A. Author', 'B. Author'],
      venue: 'ICLR',
      year: 2015,
    });
  });

  it.each([
    [['(2015)'], { year: 2015 }],
    [["[S&P'17]"], { venue: 'S&P', year: 2017 }],
    [['Jan. 2020'], { year: 2020 }],
    [['2019-ICML'], { venue: 'ICML', year: 2019 }],
    [['Nature 521.7553, 436-444, 2015'], { venue: 'Nature', year: 2015 }],
    [['Workshop on Widgets'], { venue: 'Workshop on Widgets' }],
    [['ICML'], { venue: 'ICML' }],
  ])('reads %j', (segments, meta) => {
    expect(readMeta(segments, true)).toEqual({ ...meta, leftovers: [] });
  });

  it('keeps what is neither as leftovers, but drops pieces of numbers only', () => {
    expect(readMeta(['Some prose here', 'ICML 2020'], true)).toEqual({
      venue: 'ICML',
      year: 2020,
      leftovers: ['Some prose here'],
    });
    // A bare acronym is as often a model's nickname as a venue.
    expect(readMeta(['DCN'], true)).toEqual({ leftovers: ['DCN'] });
    expect(readMeta(['12-34, 7'], true)).toEqual({ leftovers: [] });
  });

  it('lets the first venue and year win, except that a conference replaces arXiv', () => {
    expect(readMeta(['ICML 2022', 'NeurIPS 2023'], true)).toMatchObject({
      venue: 'ICML',
      year: 2022,
    });
    expect(readMeta(['arXiv 2023', 'ICML 2024'], true)).toMatchObject({
      venue: 'ICML',
      year: 2023,
    });
    expect(readMeta(['arXiv preprint', 'ICML 2021'], true)).toMatchObject({
      venue: 'ICML',
      year: 2021,
    });
    expect(readMeta(['arXiv preprint, ICML 2021'], true)).toMatchObject({ venue: 'ICML' });
    expect(readMeta(['arXiv e-prints', 'ICML 2021'], true)).toMatchObject({ venue: 'ICML' });
    expect(readMeta(['arXiv e-print, ICML 2021'], true)).toMatchObject({ venue: 'ICML' });
    expect(readMeta(['Widget Letters', 'ICML 2021'], true)).toMatchObject({
      venue: 'Widget Letters',
    });
  });

  it('drops affiliations in parentheses beside authors', () => {
    expect(readMeta(['Ada Quill (Widget Lab) et al. arXiv.'], true)).toEqual({
      authors: ['Ada Quill', 'et al.'],
      venue: 'arXiv',
      leftovers: [],
    });
  });

  it('reads no authors when they are not allowed', () => {
    expect(readMeta(['A. Author, B. Author', 'ICML 2020'], false)).toEqual({
      venue: 'ICML',
      year: 2020,
      leftovers: ['A. Author, B. Author'],
    });
  });
});

describe('splitTitleTail', () => {
  it.each([
    ['Pruned Forests (KDD 2019)', 'Pruned Forests', { venue: 'KDD', year: 2019 }],
    [
      'Deep Leakage from Widgets. NIPS 2019.',
      'Deep Leakage from Widgets',
      { venue: 'NIPS', year: 2019 },
    ],
    ['Title (2019)', 'Title', { venue: undefined, year: 2019 }],
  ])('splits %j', (text, title, meta) => {
    expect(splitTitleTail(text)).toEqual({ title, meta });
  });

  it.each([
    'Title (GPT-3)',
    'Title. BERT',
    'Title. ICML',
    'Title (Best Paper)',
    'Seed, Expand and Constrain: Three Principles',
  ])('keeps %j whole: its tail is no venue with a year', (text) => {
    expect(splitTitleTail(text)).toEqual({ title: text, meta: {} });
  });

  it('splits a venue and year written after a comma', () => {
    expect(splitTitleTail('Widgets, ICML workshop on FL, 2020')).toEqual({
      title: 'Widgets',
      meta: { venue: 'ICML workshop on FL', year: 2020 },
    });
  });
});

describe('splitCitation', () => {
  it('reads authors, title, venue and year from one comma-separated run', () => {
    expect(splitCitation('Ada Quill, Bo Reed, Citation Runs Are Read, ICCV, 2015')).toEqual({
      title: 'Citation Runs Are Read',
      meta: { authors: ['Ada Quill', 'Bo Reed'], venue: 'ICCV', year: 2015 },
    });
    expect(splitCitation('A. Author, B. Author, Title of the Paper, ICCV 2015')).toEqual({
      title: 'Title of the Paper',
      meta: { authors: ['A. Author', 'B. Author'], venue: 'ICCV', year: 2015 },
    });
  });

  it('keeps commas inside the title', () => {
    expect(splitCitation('A. Author, B. Author, Deep widgets, a survey, ICML 2020')).toEqual({
      title: 'Deep widgets, a survey',
      meta: { authors: ['A. Author', 'B. Author'], venue: 'ICML', year: 2020 },
    });
  });

  it('gives nothing unless the run starts with authors', () => {
    expect(splitCitation('Citation Runs Are Read, ICCV, 2015')).toBeUndefined();
    expect(splitCitation('Deep Nets Revisited')).toBeUndefined();
  });
});

describe('entry meta: edge cases', () => {
  it('splits at a dash with a space on both sides only', () => {
    expect(splitSegments('Self- and Semi-Supervised Widgets')).toEqual([
      'Self- and Semi-Supervised Widgets',
    ]);
    expect(splitSegments('Co -training Widgets')).toEqual(['Co -training Widgets']);
  });

  it('reads a year alone, keeps a venue beside a later year, and leaves prose', () => {
    expect(readMeta(['2020'], true)).toEqual({ leftovers: [], year: 2020 });
    expect(readMeta(['arXiv', '2020'], true)).toEqual({
      leftovers: [],
      venue: 'arXiv',
      year: 2020,
    });
    expect(readMeta(['Released in spring 2020'], true)).toEqual({
      leftovers: ['Released in spring 2020'],
    });
    expect(readMeta(['ICML 2021 Workshop on Robust Widgets'], true)).toMatchObject({
      venue: 'ICML',
      year: 2021,
    });
    expect(readMeta(['Nature Communications'], true)).toEqual({
      leftovers: [],
      venue: 'Nature Communications',
    });
  });

  it('reads comma-separated pieces one by one, keeping the first authors', () => {
    expect(readMeta(['ICML 2020, Vienna'], true)).toEqual({
      leftovers: ['Vienna'],
      venue: 'ICML',
      year: 2020,
    });
    const authors = { leftovers: [], authors: ['A. Quill', 'B. Lind'] };
    expect(readMeta(['(2020), A. Quill, B. Lind'], true)).toEqual({ ...authors, year: 2020 });
    expect(readMeta(['A. Quill / B. Lind'], true)).toEqual(authors);
    // Names after a date or a venue in the same piece.
    expect(readMeta(['Dec. 2021, A. Quill, B. Lind'], true)).toEqual({ ...authors, year: 2021 });
    expect(readMeta(['ICML 2021, A. Quill, B. Lind, with code'], true)).toEqual({
      ...authors,
      leftovers: ['with code'],
      venue: 'ICML',
      year: 2021,
    });
    expect(readMeta(['see also, A. Quill, B. Lind'], true)).toEqual({
      leftovers: ['see also, A. Quill, B. Lind'],
    });
    // No space after the comma: `B.` is still an initial, not the end of a sentence.
    expect(readMeta(['A. Quill,B. Lind'], true)).toEqual(authors);
    expect(readMeta(['A. Quill,B. Lind. ICML 2021.'], true)).toEqual({
      ...authors,
      venue: 'ICML',
      year: 2021,
    });
    expect(readMeta(['A. Quill(Widget Lab), B. Lind'], true)).toEqual(authors);
    expect(readMeta(['A. Quill, B. Lind', 'C. Moss, D. Reed'], true)).toEqual({
      ...authors,
      leftovers: ['C. Moss, D. Reed'],
    });
  });

  it('splits a venue tail off a title, keeping the title as written', () => {
    const icml = (year: number) => ({ venue: 'ICML', year });
    expect(splitTitleTail('Widgets; Gadgets (ICML 2019)')).toEqual({
      title: 'Widgets; Gadgets',
      meta: icml(2019),
    });
    expect(splitTitleTail('Widgets; Gadgets(ICML 2019)')).toEqual({
      title: 'Widgets; Gadgets',
      meta: icml(2019),
    });
    expect(splitTitleTail('Widget Nets. Revisited. ICML 2019')).toEqual({
      title: 'Widget Nets. Revisited',
      meta: icml(2019),
    });
    expect(splitTitleTail('Widgets, Gadgets and Gizmos, ICML 2020')).toEqual({
      title: 'Widgets, Gadgets and Gizmos',
      meta: icml(2020),
    });
    expect(splitTitleTail('Widget Nets,ICML 2020')).toEqual({
      title: 'Widget Nets',
      meta: icml(2020),
    });
    expect(splitTitleTail('Widget Nets, ICML,2020')).toEqual({
      title: 'Widget Nets',
      meta: icml(2020),
    });
    expect(splitTitleTail('Widget Nets, 2019 - ICML')).toEqual({
      title: 'Widget Nets',
      meta: icml(2019),
    });
    expect(splitTitleTail('Widget Nets (ICML 2019) extended')).toEqual({
      title: 'Widget Nets (ICML 2019) extended',
      meta: {},
    });
  });

  it('reads a venue and year before a colon, and a year first only before a venue', () => {
    expect(readMeta(['Widget Letters 2020:'], true)).toEqual({
      leftovers: [],
      venue: 'Widget Letters',
      year: 2020,
    });
    expect(readMeta(['2019 survey of widgets'], true)).toEqual({
      leftovers: ['2019 survey of widgets'],
    });
  });

  it('keeps an arXiv venue when a later piece gives only a year', () => {
    expect(readMeta(['arXiv', '2019 Oral'], true)).toEqual({
      leftovers: [],
      venue: 'arXiv',
      year: 2019,
    });
  });

  it('reads a two-word venue as a venue, not as a name', () => {
    expect(readMeta(['ACM MM'], true)).toEqual({ leftovers: [], venue: 'ACM MM' });
    expect(splitCitation('ACM MM, 2020')).toBeUndefined();
  });

  it('splits at a comma without a space and ignores empty pieces', () => {
    expect(readMeta(['ICML 2020,Vienna,'], true)).toEqual({
      leftovers: ['Vienna'],
      venue: 'ICML',
      year: 2020,
    });
    expect(splitCitation('Ada Quill, Bo Reed, Widget Nets,ICML 2020')).toEqual({
      title: 'Widget Nets',
      meta: { authors: ['Ada Quill', 'Bo Reed'], venue: 'ICML', year: 2020 },
    });
  });

  it('drops a remark in parentheses only beside authors', () => {
    expect(readMeta(['NeurIPS 2020 (Spotlight)'], true)).toEqual({
      leftovers: ['Spotlight'],
      venue: 'NeurIPS',
      year: 2020,
    });
  });

  it('reads a citation with a trailing comma', () => {
    expect(splitCitation('A. Author, B. Author, Widgetron, ICML 2020,')).toEqual({
      title: 'Widgetron',
      meta: { authors: ['A. Author', 'B. Author'], venue: 'ICML', year: 2020 },
    });
  });
});
