// @vitest-environment node
import {
  checkDetails,
  detailsInputOf,
  paperOf,
  splitAuthorsLine,
} from '../../../src/lib/papers/paper-details';

const typed = (year: string) => ({
  title: 'DeepXplore',
  authors: '',
  venue: '',
  year,
});

describe('details typed by the user', () => {
  it('splits authors on commas, semicolons and " and ", dropping empty names', () => {
    expect(splitAuthorsLine('Kexin Pei,  Yinzhi Cao; Junfeng Yang and Suman Jana,')).toEqual([
      'Kexin Pei',
      'Yinzhi Cao',
      'Junfeng Yang',
      'Suman Jana',
    ]);
    expect(splitAuthorsLine('Ada Lovelace AND Charles Babbage')).toEqual([
      'Ada Lovelace',
      'Charles Babbage',
    ]);
    expect(splitAuthorsLine('Alexandra Jones')).toEqual(['Alexandra Jones']);
  });

  it('collapses runs of spaces in the title and venue, and keeps a padded year', () => {
    expect(
      checkDetails({
        title: 'DeepXplore:   Automated\n Whitebox Testing',
        authors: 'Kexin Pei',
        venue: ' SOSP  2017 ',
        year: ' 2017 ',
      }),
    ).toEqual({
      ok: true,
      details: {
        title: 'DeepXplore: Automated Whitebox Testing',
        authors: ['Kexin Pei'],
        venue: 'SOSP 2017',
        year: 2017,
      },
    });
    expect(checkDetails(typed(''))).toEqual({
      ok: true,
      details: { title: 'DeepXplore', authors: [] },
    });
    expect(checkDetails(typed('1000'))).toMatchObject({ ok: true, details: { year: 1000 } });
  });

  it.each(['17', '0999', '20171', '2017.5', 'MMXVII'])('refuses %j as a year', (year) => {
    expect(checkDetails(typed(year))).toEqual({
      ok: false,
      message: `“${year}” is not a year: type four digits, such as 2017.`,
    });
  });

  it('fills the form from known details, and leaves it empty for none', () => {
    expect(
      detailsInputOf({ title: 'DeepXplore', authors: ['Kexin Pei', 'Yinzhi Cao'], year: 2017 }),
    ).toEqual({ title: 'DeepXplore', authors: 'Kexin Pei, Yinzhi Cao', venue: '', year: '2017' });
    expect(detailsInputOf()).toEqual({ title: '', authors: '', venue: '', year: '' });
  });

  it('makes a paper with no year, authors or venue keys when none are known', () => {
    expect(
      paperOf('url:example.org/notes', 'https://example.org/notes', {
        title: 'Notes',
        authors: [],
      }),
    ).toStrictEqual({
      id: 'url:example.org/notes',
      title: 'Notes',
      url: 'https://example.org/notes',
      sectionIds: [],
      tags: [],
      links: [],
    });
  });
});
