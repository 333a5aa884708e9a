// @vitest-environment node
import bibtexParse from '@orcid/bibtex-parse-js';
import { describe, expect, it } from 'vitest';
import { bibtexAuthors, exportBibtex, isJournal } from '../../../src/lib/export/bibtex';
import { entry, hostileTitles, input } from './export-fixtures';
import { strictParse, unescape } from './strict-bibtex';

describe('exportBibtex', () => {
  const papers = [
    entry(
      { id: 'arxiv:1906.10742', title: 'Machine Learning Testing', venue: 'TSE', year: 2020 },
      { tags: ['survey', 'ml testing'], note: 'private' },
    ),
    entry({
      id: 'doi:10.1145/3368089.3409759',
      title: 'On the Machine Bugs',
      venue: 'ICSE',
      year: 2020,
      url: 'https://dl.acm.org/doi/10.1145/3368089.3409759',
    }),
    entry({ id: 'arxiv:1904.03257', title: 'MLSys: The New Frontier' }),
    entry({
      id: 'url:example.org/a_b',
      title: 'A Machine Note',
      url: 'https://example.org/a_b?x=1%20&y=#frag',
      venue: 'Information and Software Technology',
    }),
    entry({
      id: 'url:example.org/w',
      title: 'Workshop thing',
      url: 'https://example.org/w',
      venue: 'SEMLA',
    }),
  ];
  // Built inside each test, not once here, so each test is what runs the exporter.
  const bibOf = () => exportBibtex(input(papers));

  it('picks entry types, keys and fields', () => {
    const bib = bibOf();
    const parsed = strictParse(bib);
    expect(parsed.map(({ type, key }) => [type, key])).toEqual([
      ['article', 'machinelearningtesting2020'],
      ['inproceedings', 'machinebugs2020'],
      ['misc', 'mlsysnewfrontier'],
      ['article', 'machinenote'],
      ['misc', 'workshopthing'],
    ]);
    expect(parsed[0]?.fields).toEqual({
      title: '{Machine Learning Testing}',
      journal: 'TSE',
      year: '2020',
      eprint: '1906.10742',
      archivePrefix: 'arXiv',
      url: 'https://arxiv.org/pdf/1904.03257.pdf',
      keywords: 'survey, ml testing',
    });
    expect(parsed[1]?.fields).toEqual({
      title: '{On the Machine Bugs}',
      booktitle: 'ICSE',
      year: '2020',
      doi: '10.1145/3368089.3409759',
      url: 'https://dl.acm.org/doi/10.1145/3368089.3409759',
    });
    expect(parsed[2]?.fields).toEqual({
      title: '{MLSys: The New Frontier}',
      eprint: '1904.03257',
      archivePrefix: 'arXiv',
      url: 'https://arxiv.org/pdf/1904.03257.pdf',
    });
    expect(parsed[3]?.fields).toEqual({
      title: '{A Machine Note}',
      journal: 'Information and Software Technology',
      url: 'https://example.org/a_b?x=1%20&y=#frag',
    });
    expect(parsed[4]?.fields).toEqual({
      title: '{Workshop thing}',
      note: 'SEMLA',
      url: 'https://example.org/w',
      howpublished: '\\url{https://example.org/w}',
    });
    expect(bib).not.toContain('private');
  });

  it('parses with bibtex-parse-js', () => {
    const bib = bibOf();
    const parsed = bibtexParse.toJSON(bib);
    expect(parsed.map((e) => e.citationKey)).toEqual(strictParse(bib).map((e) => e.key));
    expect(parsed.map((e) => e.entryType)).toEqual([
      'article',
      'inproceedings',
      'misc',
      'article',
      'misc',
    ]);
    expect(parsed[1]?.entryTags.doi).toBe('10.1145/3368089.3409759');
  });

  it('keeps hostile titles and venues balanced and readable by both parsers', () => {
    const hostile = hostileTitles.map((title, index) =>
      entry(
        {
          id: `url:example.org/${index}`,
          title,
          venue: title,
          year: 2020,
          url: `https://example.org/{${index}}\\%`,
        },
        { tags: [title] },
      ),
    );
    const out = exportBibtex(input(hostile));
    const strict = strictParse(out);
    const loose = bibtexParse.toJSON(out);
    expect(strict).toHaveLength(hostileTitles.length);
    expect(loose).toHaveLength(hostileTitles.length);
    strict.forEach((parsed, index) => {
      const expected = (hostileTitles[index] ?? '').replace(/\s+/g, ' ').trim();
      expect(unescape(parsed.fields.title ?? '')).toBe(`{${expected}}`);
      expect(loose[index]?.entryTags.title).toBe(parsed.fields.title);
      expect(loose[index]?.citationKey).toBe(parsed.key);
      expect(parsed.fields.url).toBe(`https://example.org/%7B${index}%7D%5C%`);
    });
    expect(strict[9]?.fields.title).toBe(
      '{Braces \\textbraceleft{}A\\textbraceright{} and \\textbraceleft{}unbalanced and \\textbraceright{} \\% \\& \\$ \\# \\_ \\textasciitilde{} \\textasciicircum{} \\textbackslash{} end}',
    );
    expect(strict[5]?.fields.title).toBe('{机器学习系统的测试}');
  });
});

describe('entry fields', () => {
  const only = (overrides: Parameters<typeof entry>[0], tags: string[] = []) => {
    const [parsed] = strictParse(exportBibtex(input([entry(overrides, { tags })])));
    return parsed;
  };

  it('drops a preprint server as venue: the paper is a @misc with its eprint', () => {
    const parsed = only({
      id: 'arxiv:2101.00001',
      title: 'P',
      venue: 'arXiv preprint',
      year: 2021,
    });
    expect(parsed?.type).toBe('misc');
    expect(parsed?.fields).toEqual({
      title: '{P}',
      year: '2021',
      eprint: '2101.00001',
      archivePrefix: 'arXiv',
      url: 'https://arxiv.org/pdf/1904.03257.pdf',
    });
  });

  it('writes a conference without a year as a note, and a title-less paper as Untitled', () => {
    const parsed = only({ id: 'url:x', title: '  ', url: '', venue: 'ICSE' });
    expect(parsed?.type).toBe('misc');
    expect(parsed?.fields).toEqual({ title: '{Untitled}', note: 'ICSE' });
  });

  it('leaves out a blank link and trims the one it writes', () => {
    expect(only({ id: 'url:x', title: 'T', url: '   ' })?.fields).toEqual({ title: '{T}' });
    expect(only({ id: 'url:x', title: 'T', url: ' https://example.org/p ' })?.fields).toEqual({
      title: '{T}',
      url: 'https://example.org/p',
      howpublished: '\\url{https://example.org/p}',
    });
  });

  it('only reads a doi or arXiv id from the front of the paper id', () => {
    const parsed = only({ id: 'url:example.org/doi:1/arxiv:2', title: 'T', url: '' });
    expect(parsed?.fields).toEqual({ title: '{T}' });
  });

  it('keeps each tag one keyword, a comma in it read as a space', () => {
    const parsed = only({ id: 'url:x', title: 'T', url: '' }, ['to cite', 'ml,testing']);
    expect(parsed?.fields.keywords).toBe('to cite, ml testing');
  });

  it('separates entries with a blank line', () => {
    const bib = exportBibtex(
      input([
        entry({ id: 'url:a', title: 'A', url: '' }, null),
        entry({ id: 'url:b', title: 'B', url: '' }, null),
      ]),
    );
    expect(bib).toBe('@misc{a,\n  title = {{A}}\n}\n\n@misc{b,\n  title = {{B}}\n}\n');
  });
});

describe('citation keys', () => {
  const same = (id: string) =>
    entry({ id, title: 'Same Title', year: 2021, authors: ['Ann Lee'], venue: 'ICSE' });
  const keysOf = (bib: string) => strictParse(bib).map(({ key }) => key);

  it('are made over the whole list, so an export of fewer papers keeps them', () => {
    const all = [same('doi:1'), same('doi:2'), same('doi:3')];
    expect(keysOf(exportBibtex(input(all)))).toEqual([
      'lee2021same',
      'lee2021samea',
      'lee2021sameb',
    ]);
    const some = { ...input([same('doi:3')]), listPapers: all.map(({ paper }) => paper) };
    expect(keysOf(exportBibtex(some))).toEqual(['lee2021sameb']);
  });
});

describe('author', () => {
  it('joins names with `and`, and writes "et al." as `others`', () => {
    expect(bibtexAuthors(['A. Author', 'B. Author'])).toBe('A. Author and B. Author');
    expect(bibtexAuthors(['A. Author', 'B. Author', 'et al.'])).toBe(
      'A. Author and B. Author and others',
    );
    expect(bibtexAuthors(['Zhang, Jie M.'])).toBe('Zhang, Jie M.');
  });

  it('leaves the field out when the list names nobody', () => {
    expect(bibtexAuthors(undefined)).toBeUndefined();
    expect(bibtexAuthors([])).toBeUndefined();
    expect(bibtexAuthors(['et al.'])).toBeUndefined();
    expect(bibtexAuthors(['  '])).toBeUndefined();
  });

  it('escapes specials and braces a name BibTeX would split or misread', () => {
    expect(bibtexAuthors(['R&D Team_1', 'José  Núñez'])).toBe('R\\&D Team\\_1 and José Núñez');
    expect(bibtexAuthors(['Google and DeepMind', 'others', 'A, B, C, D'])).toBe(
      '{Google and DeepMind} and {others} and {A, B, C, D}',
    );
    expect(bibtexAuthors(['Alexandra Anderson'])).toBe('Alexandra Anderson');
    expect(bibtexAuthors(['{Unbalanced'])).toBe('\\textbraceleft{}Unbalanced');
  });

  it('comes after the title, and both parsers read it back', () => {
    const bib = exportBibtex(
      input([
        entry({
          title: 'DeepXplore',
          venue: 'SOSP',
          year: 2017,
          authors: ['Kexin Pei', 'Yinzhi Cao', 'Junfeng Yang', 'Suman Jana'],
        }),
        entry({ id: 'url:x', title: 'Other', authors: ['Ann {Smith}', 'et al.'] }),
        ...hostileTitles.map((title, index) =>
          entry({ id: `url:example.org/${index}`, title: 'T', authors: [title, 'et al.'] }),
        ),
      ]),
    );
    expect(bib).toContain(
      '  title = {{DeepXplore}},\n  author = {Kexin Pei and Yinzhi Cao and Junfeng Yang and Suman Jana},\n',
    );
    const strict = strictParse(bib);
    const loose = bibtexParse.toJSON(bib);
    expect(loose).toHaveLength(strict.length);
    expect(strict[1]?.fields.author).toBe(
      'Ann \\textbraceleft{}Smith\\textbraceright{} and others',
    );
    strict.forEach((parsed, index) => {
      expect(loose[index]?.entryTags.author).toBe(parsed.fields.author);
    });
    strict.slice(2).forEach((parsed, index) => {
      const name = (hostileTitles[index] ?? '').replace(/\s+/g, ' ').trim();
      const written = unescape(parsed.fields.author ?? '');
      expect([`${name} and others`, `{${name}} and others`]).toContain(written);
    });
  });
});

describe('howpublished', () => {
  it('escapes what \\url cannot take inside an argument', () => {
    const url = 'https://example.org/a%20b#frag';
    const [parsed] = strictParse(exportBibtex(input([entry({ id: 'url:x', url, title: 'T' })])));
    expect(parsed?.fields.url).toBe(url);
    expect(parsed?.fields.howpublished).toBe('\\url{https://example.org/a\\%20b\\#frag}');
  });
});

describe('isJournal', () => {
  it('tells journals from conferences', () => {
    for (const venue of [
      'TSE',
      'TOSEM',
      'IEEE Software',
      'Journal of Systems and Software',
      'IEEE Transactions on Reliability',
      'Information and Software Technology',
      'Empirical Software Engineering',
      'IEEE Robotics and Automation Letters',
      'Proceedings of the ACM on Programming Languages',
      'ACM Computing Surveys',
    ]) {
      expect(isJournal(venue), venue).toBe(true);
    }
    for (const venue of [
      'ICSE',
      'FSE',
      'NeurIps',
      'NSDI',
      'SOSP',
      'ICSEW',
      'ASPLOS',
      'DEEM',
      'International Conference on Software Engineering',
      'Workshop on Software Engineering for ML',
      'Proceedings of ICML',
    ]) {
      expect(isJournal(venue), venue).toBe(false);
    }
  });
});
