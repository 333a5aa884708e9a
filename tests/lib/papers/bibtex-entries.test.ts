// @vitest-environment node
import { readFileSync } from 'node:fs';
import { paperIdFromUrl } from '../../../src/lib/catalogue/paper-id';
import { paperSchema } from '../../../src/lib/catalogue/schema';
import { papersFromBibtex, type BibtexPaper } from '../../../src/lib/papers/bibtex-entries';

const library = readFileSync('tests/fixtures/papers/zotero-library.bib', 'utf8');
// Read inside each test, not once for the file: a mutation run switches its mutant on per test,
// so a read done when the file loads would never see it.
const readLibrary = () => papersFromBibtex(library);
const byKey = (key: string): BibtexPaper => {
  const found = readLibrary().papers.find((paper) => paper.key === key);
  if (!found) throw new Error(`no paper ${key}`);
  return found;
};

describe('a Zotero library of 50 entries', () => {
  it('has 50 entries besides its @comment, @string and @preamble', () => {
    const { papers, skipped } = readLibrary();
    expect(library.match(/^@(?!comment|string|preamble)/gim)).toHaveLength(50);
    expect(papers.length + skipped.length).toBe(50);
  });

  it('gives 44 papers, each a valid catalogue paper with a unique id', () => {
    const { papers } = readLibrary();
    expect(papers).toHaveLength(44);
    for (const { paper } of papers) expect(paperSchema.safeParse(paper).success).toBe(true);
    expect(new Set(papers.map(({ paper }) => paper.id)).size).toBe(44);
  });

  it('skips six entries, each with its key, line and reason, in file order', () => {
    const { skipped } = readLibrary();
    expect(skipped).toEqual([
      { key: 'untitled_2020', line: 44, reason: 'it has no title' },
      { key: 'empty_title_2022', line: 51, reason: 'it has no title' },
      {
        key: 'nolink_2018',
        line: 57,
        reason: 'it has no DOI, arXiv eprint or web address (url)',
      },
      { key: 'muller_naive_2021', line: 64, reason: 'its key was already used on line 26' },
      { key: 'deepxplore_copy', line: 70, reason: 'it is the same paper as pei_deepxplore_2017' },
      {
        key: 'broken_missing_equals_2020',
        line: 268,
        reason: 'it could not be read: “=” after the field “title” expected but found “{”',
      },
    ]);
  });

  it('gives a DOI entry the catalogue’s id, its details, tags and note', () => {
    expect(byKey('pei_deepxplore_2017')).toEqual({
      key: 'pei_deepxplore_2017',
      line: 10,
      paper: {
        id: 'doi:10.1145/3132747.3132785',
        title: 'DeepXplore: Automated Whitebox Testing of Deep Learning Systems',
        url: 'https://dl.acm.org/doi/10.1145/3132747.3132785',
        authors: ['Kexin Pei', 'Yinzhi Cao', 'Junfeng Yang', 'Suman Jana'],
        venue: 'Proceedings of the 26th Symposium on Operating Systems Principles',
        year: 2017,
        sectionIds: [],
        tags: [],
        links: [],
      },
      note: 'Imported note: neuron coverage guides input generation.',
      tags: ['testing', 'to cite'],
    });
    expect(byKey('pei_deepxplore_2017').paper.id).toBe(
      paperIdFromUrl('https://dl.acm.org/doi/10.1145/3132747.3132785'),
    );
  });

  it('turns accents and braces into plain Unicode text', () => {
    expect(byKey('muller_naive_2021').paper).toMatchObject({
      title: 'Naïve Bayes für Schätzung – a Çelik–Erdős Straße study',
      authors: ['Jörg Müller', 'José García', 'Jiří Škoda', 'Søren Østergaard'],
      venue: 'Journal of Reproducible Results',
    });
    expect(byKey('deep_repair_2019').paper).toMatchObject({
      title: 'Deep Learning for Program Repair',
      authors: ['Min-Jun Lee', 'et al.'],
      venue: 'Advances in Neural Information Processing Systems',
      year: 2019,
    });
    expect(byKey('latex_commands_2022')).toMatchObject({
      paper: {
        title: 'Robust Learning with α-Divergences & LaTeX: 50% Fewer Errors',
        authors: ["Seán O'Brien", 'Jan van der Berg', 'John Smith Jr.'],
      },
      note: 'Key idea: divergences.\n\nSecond paragraph of the note.',
    });
  });

  it('knows arXiv papers by their eprint, an arXiv DOI or a Google Scholar journal line', () => {
    expect(byKey('vaswani_attention_2017').paper).toMatchObject({
      id: 'arxiv:1706.03762',
      url: 'https://arxiv.org/abs/1706.03762',
      venue: 'arXiv',
      authors: ['Ashish Vaswani', 'Noam Shazeer', 'Niki Parmar', 'et al.'],
    });
    expect(byKey('vaswani_attention_2017').tags).toEqual(['#transformers', 'attention']);
    expect(byKey('he2016deep').paper).toMatchObject({ id: 'arxiv:1512.03385', venue: 'arXiv' });
    const zotero = byKey('zhang_arxiv_doi_2021');
    expect(zotero.paper).toMatchObject({
      id: 'arxiv:2106.01234',
      url: 'http://arxiv.org/abs/2106.01234',
    });
    // Zotero's "arXiv:2106.01234 [cs]" note is a reference, not the user's note.
    expect(zotero.note).toBe('');
  });

  it('knows other papers by their address, from url or howpublished', () => {
    expect(byKey('openreview_only_2023')).toMatchObject({
      paper: { id: 'url:openreview.net/forum?id=AbC123xyz' },
      note: 'Read for the reading group; see section 4.',
    });
    expect(byKey('howpublished_url_2024')).toMatchObject({
      paper: { id: 'url:example.org/blog/worth-reading', authors: ['Google DeepMind'] },
      tags: ['blog', '#to-read'],
    });
    expect(byKey('parens_entry_2016').paper.id).toBe('url:example.org/parens');
  });

  it('reads quoted values and concatenation', () => {
    expect(byKey('quoted_values_2020').paper).toMatchObject({
      title: 'Quoted Values and "Inner" Quotes',
      venue: 'Quoted Journal',
      year: 2020,
    });
  });
});
