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

describe('single entries', () => {
  const onlyPaper = (bib: string): BibtexPaper => {
    const [found] = papersFromBibtex(bib).papers;
    if (!found) throw new Error('no paper');
    return found;
  };

  it('skips an entry whose only address is not a web page', () => {
    const bib =
      '@misc{tapes_1999, title = {Backup Tapes}, url = {ftp://ftp.example.org/tapes.pdf}}';
    expect(papersFromBibtex(bib)).toEqual({
      papers: [],
      skipped: [
        {
          key: 'tapes_1999',
          line: 1,
          reason: 'it has no DOI, arXiv eprint or web address (url)',
        },
      ],
    });
  });

  it('reads a biblatex preprint: its eprinttype, eprint and date', () => {
    const bib = `@online{vaswani_2017,
  title = {Attention Is All You Need},
  author = {Vaswani, Ashish and Shazeer, Noam},
  date = {2017-06-12},
  eprinttype = {arXiv},
  eprint = {1706.03762},
}`;
    expect(onlyPaper(bib).paper).toMatchObject({
      id: 'arxiv:1706.03762',
      url: 'https://arxiv.org/abs/1706.03762',
      venue: 'arXiv',
      year: 2017,
    });
  });

  it.each([
    ['booktitle', '{arXiv preprint arXiv:1706.03762}'],
    ['howpublished', '{arXiv:1706.03762}'],
    ['note', '{arXiv:1706.03762 [cs]}'],
  ])('knows an arXiv paper by an arXiv id in its %s', (field, value) => {
    const bib = `@misc{vaswani_2017, title = {Attention Is All You Need}, ${field} = ${value}}`;
    expect(onlyPaper(bib).paper).toMatchObject({
      id: 'arxiv:1706.03762',
      url: 'https://arxiv.org/abs/1706.03762',
    });
  });

  it('keeps the note and the annotation as two paragraphs', () => {
    const bib = `@misc{blog_2024, title = {Worth Reading}, url = {https://example.org/post},
  note = {Read for the reading group.}, annote = {Section 3 is the key part.}}`;
    expect(onlyPaper(bib).note).toBe('Read for the reading group.\n\nSection 3 is the key part.');
  });

  it('gives a web page without year, authors or venue none of them, not an arXiv venue', () => {
    const bib = `@misc{illustrated_transformer,
  title = {The Illustrated Transformer},
  url = {https://jalammar.github.io/illustrated-transformer/},
}`;
    expect(onlyPaper(bib).paper).toEqual({
      id: 'url:jalammar.github.io/illustrated-transformer',
      title: 'The Illustrated Transformer',
      url: 'https://jalammar.github.io/illustrated-transformer/',
      sectionIds: [],
      tags: [],
      links: [],
    });
  });

  it('takes a biblatex journaltitle as the venue', () => {
    const bib = `@article{lecun_2015, title = {Deep Learning}, journaltitle = {Nature},
  doi = {10.1038/nature14539}, date = {2015-05-27}}`;
    expect(onlyPaper(bib).paper).toMatchObject({ venue: 'Nature', year: 2015 });
  });

  it('keeps the conference of a paper known by its arXiv eprint', () => {
    const bib = `@inproceedings{vaswani_2017, title = {Attention Is All You Need},
  booktitle = {Advances in Neural Information Processing Systems},
  archiveprefix = {arXiv}, eprint = {1706.03762}, year = {2017}}`;
    expect(onlyPaper(bib).paper).toMatchObject({
      id: 'arxiv:1706.03762',
      venue: 'Advances in Neural Information Processing Systems',
    });
  });
});
