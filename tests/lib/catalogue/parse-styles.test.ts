// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAwesomeList } from '../../../src/lib/catalogue/parse-awesome-list';
import type { CataloguePaper, CatalogueSection } from '../../../src/lib/catalogue/schema';

const read = (name: string, sourceUrl?: string) =>
  parseAwesomeList(
    readFileSync(new URL(`../../fixtures/catalogue/styles/${name}.md`, import.meta.url), 'utf8'),
    sourceUrl === undefined ? {} : { sourceUrl },
  );

function paper(
  id: string,
  title: string,
  url: string,
  sectionId: string,
  extra: Partial<CataloguePaper> = {},
): CataloguePaper {
  return { id, title, url, sectionIds: [sectionId], tags: [], links: [], ...extra };
}

const section = (id: string, title: string, parentId: string | null = null): CatalogueSection => ({
  id,
  title,
  parentId,
});
const link = (label: string, url: string) => ({ label, url });

/** The whole result: the catalogue exactly, and no warnings or skipped entries. */
function expectClean(
  name: string,
  title: string,
  sections: CatalogueSection[],
  papers: CataloguePaper[],
) {
  expect(read(name)).toStrictEqual({
    catalogue: { schemaVersion: 2, title, sections, papers },
    warnings: [],
    skipped: 0,
  });
}

describe('entry styles, read exactly', () => {
  it('titles as text with label links ([pdf], [[code]], [PDF], [OpenReview], [link]…)', () => {
    const s = 'papers';
    expectClean(
      'label-links',
      'Label Links',
      [section(s, 'Papers')],
      [
        paper(
          'url:openreview.net/forum?id=abc',
          'Deep Nets Revisited',
          'https://openreview.net/forum?id=abc',
          s,
          { venue: 'ICML', year: 2019 },
        ),
        paper('url:example.com/qk.pdf', 'Quiet Kernels', 'https://example.com/qk.pdf', s, {
          venue: 'NeurIPS',
          year: 2020,
          links: [
            link('Project', 'https://qk.example.org/'),
            link('video', 'https://video.example.com/qk'),
          ],
        }),
        paper(
          'arxiv:2101.01234',
          'Sparse Probes for Drift',
          'https://arxiv.org/pdf/2101.01234.pdf',
          s,
          { year: 2021, links: [link('code', 'https://github.com/x/y')] },
        ),
        paper('url:example.com/gh.pdf', 'Gradient Hygiene', 'https://example.com/gh.pdf', s, {
          authors: ['A. Author', 'et al.'],
          year: 2016,
        }),
        // The arXiv link is the paper even after [[code]] and [slides].
        paper('arxiv:1905.04321', 'Lattice Memory Routing', 'https://arxiv.org/abs/1905.04321', s, {
          year: 2019,
          links: [
            link('code', 'https://github.com/l/m'),
            link('slides', 'https://slides.example.com/lmr'),
          ],
        }),
        paper(
          'url:openreview.net/forum?id=tas',
          'Tidal Attention for Streams',
          'https://openreview.net/forum?id=tas',
          s,
          { links: [link('link', 'https://example.com/tidal')] },
        ),
      ],
    );
  });

  it('tables: badges and notes in cells, header variants, a Model | Paper table, raw HTML spans', () => {
    expectClean(
      'tables',
      'Tables',
      ['Vision', 'Timeline', 'Headers', 'Models', 'HTML'].map((title) =>
        section(title.toLowerCase(), title),
      ),
      [
        paper(
          'arxiv:2301.00001',
          'Vision Adapters at Scale',
          'https://arxiv.org/pdf/2301.00001.pdf',
          'vision',
          { venue: 'CVPR', year: 2023, links: [link('GitHub', 'https://github.com/v/a')] },
        ),
        paper(
          'url:example.com/pta',
          'Patchwise Tokens Again',
          'https://example.com/pta',
          'vision',
          { venue: 'ICCV', year: 2021 },
        ),
        paper('url:example.com/sem', 'Shallow Echo Models', 'https://example.com/sem', 'timeline', {
          year: 2022,
          description: 'Echoes fade slowly.',
        }),
        paper(
          'arxiv:2111.00042',
          'Brisk Decoders',
          'https://arxiv.org/abs/2111.00042',
          'timeline',
          { year: 2021 },
        ),
        paper('url:example.com/fgn', 'Folded Graph Nets', 'https://example.com/fgn', 'headers', {
          authors: ['A. Author', 'B. Author'],
          venue: 'KDD',
          year: 2020,
        }),
        paper('url:example.com/rot', 'Rotor Embeddings', 'https://example.com/rot', 'headers', {
          authors: ['Ada Quill', 'Bo Reed'],
          venue: 'ACL',
          year: 2018,
        }),
        paper('url:example.com/gbp', 'Glass Box Probes', 'https://example.com/gbp', 'headers', {
          authors: ['D. Author', 'et al.'],
          venue: 'EMNLP',
          year: 2022,
        }),
        paper('arxiv:2302.00002', 'TinyWidget', 'https://arxiv.org/abs/2302.00002', 'models', {
          year: 2023,
          links: [link('Code', 'https://github.com/t/w')],
        }),
        paper('url:example.com/h1', 'Hinged Planners & Friends', 'https://example.com/h1', 'html', {
          venue: 'AAAI',
          year: 2019,
          links: [
            link('code', 'https://github.com/h/1'),
            link('project', 'https://h1.example.org/'),
          ],
        }),
        // Year and venue reach this row through rowspan; its pdf cell spans both link columns.
        paper('url:example.com/h2', 'Second Hinge', 'https://example.com/h2', 'html', {
          venue: 'AAAI',
          year: 2019,
          links: [link('pdf', 'https://example.com/h2.pdf')],
        }),
        paper('url:example.com/h3', 'Third Hinge', 'https://example.com/h3', 'html', {
          venue: 'IJCAI',
          year: 2020,
        }),
      ],
    );
  });

  it('venue and year after the link, before it, in dates, on nested lines, from arXiv ids', () => {
    const [after, before, nested, ids] = [
      'after-the-link',
      'before-the-link',
      'nested-lines',
      'from-arxiv-ids',
    ];
    expectClean(
      'venue-year',
      'Venues and Years',
      [
        section(after, 'After the Link'),
        section(before, 'Before the Link'),
        section(nested, 'Nested Lines'),
        section(ids, 'From arXiv Ids'),
      ],
      [
        paper('url:example.com/fk', 'Folded Kernels', 'https://example.com/fk', after, {
          authors: ['A. Author', 'B. Author'],
          venue: 'ICLR',
          year: 2015,
        }),
        paper('url:example.com/py', 'Paren Year', 'https://example.com/py', after, { year: 2015 }),
        paper('url:example.com/av', 'Apostrophe Venue', 'https://example.com/av', after, {
          venue: 'ICSE',
          year: 2019,
        }),
        paper('url:example.com/iv', 'Italic Venue', 'https://example.com/iv', after, {
          venue: 'NeurIPS',
          year: 2022,
        }),
        paper('url:example.com/md', 'Month Date', 'https://example.com/md', after, { year: 2020 }),
        paper('url:example.com/id', 'Iso Date', 'https://example.com/id', after, { year: 2023 }),
        paper('url:example.com/qr.pdf', 'Quiet Routers', 'https://example.com/qr.pdf', before, {
          authors: ['C. Author', 'D. Author'],
          venue: 'NAACL',
          year: 2019,
        }),
        paper('url:example.com/bv', 'Bracket Venue', 'https://example.com/bv', before, {
          venue: 'S&P',
          year: 2017,
        }),
        paper('url:example.com/ga', 'Glued Arxiv', 'https://example.com/ga', before, {
          venue: 'Arxiv',
          year: 2018,
        }),
        // `[2022.01]` is a date, not a tag; `[Survey]` is a tag.
        paper('url:example.com/dd', 'Dotted Date', 'https://example.com/dd', before, {
          year: 2022,
        }),
        paper('url:example.com/ts', 'Tagged Survey', 'https://example.com/ts', before, {
          tags: ['Survey'],
        }),
        paper('url:example.com/pv', 'Prefixed Venue', 'https://example.com/pv', before, {
          venue: 'ICML',
          year: 2019,
        }),
        paper('url:example.com/cv', 'Colon Venue', 'https://example.com/cv', before, {
          venue: 'ECCV',
          year: 2020,
        }),
        paper('url:example.com/nm', 'Nested Meta', 'https://example.com/nm', nested, {
          authors: ['A. Author', 'B. Author'],
          venue: 'INFOCOM',
          year: 2021,
        }),
        paper('url:example.com/pf', 'Pruned Forests', 'https://example.com/pf', nested, {
          authors: ['E. Author', 'F. Author'],
          venue: 'KDD',
          year: 2019,
          links: [link('Code', 'https://github.com/p/f')],
        }),
        paper('arxiv:2101.01234', 'Id Year', 'https://arxiv.org/abs/2101.01234', ids, {
          year: 2021,
        }),
        paper('arxiv:2101.04321', 'List Year Wins', 'https://arxiv.org/abs/2101.04321', ids, {
          year: 2019,
        }),
      ],
    );
  });

  it('links inside brackets go to links, leaving no stray brackets behind', () => {
    const s = 'papers';
    expectClean(
      'bracketed-links',
      'Bracketed Links',
      [section(s, 'Papers')],
      [
        paper('url:example.com/qr.pdf', 'Quiet Routers', 'https://example.com/qr.pdf', s, {
          authors: ['C. Author', 'D. Author'],
          venue: 'NAACL',
          year: 2019,
          links: [link('code & model', 'https://github.com/q/r')],
        }),
        paper('url:example.com/lrt.pdf', 'Label Run Together', 'https://example.com/lrt.pdf', s, {
          links: [link('code', 'https://github.com/l/r')],
        }),
        paper('arxiv:2006.00001', 'Slotted Memory', 'https://arxiv.org/abs/2006.00001', s, {
          venue: 'ICML',
          year: 2020,
          links: [
            link('project page', 'https://sm.example.org/'),
            link('video', 'https://video.example.com/sm'),
          ],
        }),
        paper('url:example.com/ptl', 'Plain Title Link', 'https://example.com/ptl', s, {
          links: [
            link('code', 'https://github.com/p/t'),
            link('slides', 'https://slides.example.com/ptl'),
          ],
        }),
      ],
    );
  });

  it('a model line gives its date, name and site to the paper nested under it', () => {
    const s = 'language-models';
    expectClean(
      'model-entries',
      'Model Entries',
      [section(s, 'Language Models')],
      [
        // May 2020 from the model line; the paper's own arXiv id would say 2020 as well.
        paper(
          'arxiv:2005.14165',
          'Widgets Are Few-Shot Learners',
          'https://arxiv.org/abs/2005.14165',
          s,
          {
            year: 2020,
            description: 'WidgetLM',
            links: [link('WidgetLM', 'https://org.example/')],
          },
        ),
        paper(
          'url:example.com/sprockets.pdf',
          'Sprockets Revisited',
          'https://example.com/sprockets.pdf',
          s,
          {
            year: 2019,
            description: 'SprocketLM',
            links: [link('SprocketLM', 'https://lab.example.com/')],
          },
        ),
        // `[[Org]]()` has no target: ignored, and the entry is still read.
        paper('arxiv:2105.00007', 'SoloLM', 'https://arxiv.org/abs/2105.00007', s, { year: 2021 }),
      ],
    );
  });

  it('tables of contents are found by their links; sections without papers are left out', () => {
    expectClean(
      'navigation',
      'Navigation',
      [
        section('contents', 'Contents'),
        section('vision', 'Vision', 'contents'),
        section('detection', 'Detection', 'vision'),
        section('language', 'Language', 'contents'),
      ],
      [
        paper('url:example.com/lens', 'Lens Tokens', 'https://example.com/lens', 'vision'),
        paper('url:example.com/bfd', 'Box Free Detection', 'https://example.com/bfd', 'detection'),
        paper('url:example.com/wl', 'Word Lattices', 'https://example.com/wl', 'language'),
      ],
    );
  });

  it('a bold line alone is a sub-heading one level below the heading above it', () => {
    expectClean(
      'bold-headings',
      'Bold Headings',
      [
        section('learning', 'Learning'),
        section('reinforcement-learning', 'Reinforcement Learning', 'learning'),
        section('self-supervised-learning', 'Self-Supervised Learning', 'learning'),
        section('tricks', 'Tricks', 'learning'),
        section('schedules', 'Schedules', 'tricks'),
      ],
      [
        paper('url:example.com/tlp', 'Top Level Paper', 'https://example.com/tlp', 'learning'),
        paper(
          'url:example.com/re',
          'Reward Echoes',
          'https://example.com/re',
          'reinforcement-learning',
        ),
        paper(
          'url:example.com/mp',
          'Masked Puzzles',
          'https://example.com/mp',
          'self-supervised-learning',
        ),
        paper('url:example.com/wra', 'Warm Restarts Again', 'https://example.com/wra', 'schedules'),
        // A bold span followed by words is no heading: this entry stays under Schedules.
        paper(
          'url:example.com/sus',
          'Still Under Schedules',
          'https://example.com/sus',
          'schedules',
        ),
      ],
    );
  });

  it('authors in each style, et al. kept as the last element', () => {
    const s = 'papers';
    expectClean(
      'authors',
      'Authors',
      [section(s, 'Papers')],
      [
        paper('url:example.com/ta', 'Two Authors', 'https://example.com/ta', s, {
          authors: ['A. Author', 'B. Author'],
        }),
        paper('url:example.com/eac', 'Et Al Comma', 'https://example.com/eac', s, {
          authors: ['Quill', 'et al.'],
          venue: 'ICML',
          year: 2020,
        }),
        paper('url:example.com/ia.pdf', 'Italic Authors', 'https://example.com/ia.pdf', s, {
          authors: ['Ada Quill', 'Bo Reed'],
        }),
        paper('url:example.com/na', 'Nested Authors', 'https://example.com/na', s, {
          authors: ['Ada Quill', 'Bo Reed', 'Cy Stone'],
        }),
        // `Marsh, Delia, E. Finch, and F. Gale`: the first author written surname first.
        paper('url:example.com/ifa', 'Inverted First Author', 'https://example.com/ifa', s, {
          authors: ['Delia Marsh', 'E. Finch', 'F. Gale'],
          venue: 'ICML',
          year: 2018,
        }),
        paper('url:example.com/crr', 'Citation Runs Are Read', 'https://example.com/crr', s, {
          authors: ['Ada Quill', 'Bo Reed'],
          venue: 'ICCV',
          year: 2015,
        }),
        paper('url:example.com/tba', 'Table Authors', 'https://example.com/tba', s, {
          authors: ['Ada Quill', 'Bo Reed'],
        }),
      ],
    );
  });

  it('paragraph entries, but not prose that mentions a link', () => {
    const s = 'blocks';
    const result = read('paragraphs', 'https://github.com/o/r/blob/main/');
    expect(result).toStrictEqual({
      catalogue: {
        schemaVersion: 2,
        title: 'Paragraphs',
        sourceUrl: 'https://github.com/o/r/blob/main/',
        sections: [section(s, 'Blocks')],
        papers: [
          paper(
            'arxiv:2306.00001',
            'Loose Paragraph Title',
            'https://arxiv.org/abs/2306.00001',
            s,
            { authors: ['Ada Quill', 'Bo Reed'], venue: 'arXiv', year: 2023 },
          ),
          paper('url:example.com/sbt.pdf', 'Second Block Title', 'https://example.com/sbt.pdf', s, {
            authors: ['Cy Stone', 'et al.'],
            venue: 'ICML',
            year: 2022,
            links: [link('Code', 'https://github.com/s/b')],
          }),
          paper('url:example.com/aqt.pdf', 'A Quoted Title', 'https://example.com/aqt.pdf', s, {
            authors: ['Delia Marsh', 'et al.'],
            venue: 'Journal of Made Up Results',
            year: 2015,
          }),
          paper('arxiv:2403.00001', 'Plain Title Here', 'https://arxiv.org/abs/2403.00001', s, {
            venue: 'Arxiv',
            year: 2024,
            links: [link('Code', 'https://github.com/a/b')],
          }),
        ],
      },
      warnings: [],
      skipped: 0,
    });
  });
});

describe('entries that cannot be read', () => {
  it('are skipped with a warning naming their line; unusable extra links are dropped', () => {
    const skipped = (line: number, label: string, reason: string) => ({
      line,
      message: `skipped "${label}": ${reason}`,
    });
    expect(read('skipped')).toStrictEqual({
      catalogue: {
        schemaVersion: 2,
        title: 'Skipped',
        sections: [section('entries', 'Entries')],
        papers: [
          paper('url:example.com/kept', 'Kept Paper', 'https://example.com/kept', 'entries'),
          paper('url:example.com/row', 'Row Kept', 'https://example.com/row', 'entries', {
            venue: 'ICML',
            year: 2020,
          }),
        ],
      },
      warnings: [
        skipped(6, 'NeurIPS', 'names a venue, not a paper'),
        skipped(7, 'ACM CCS', 'names a venue, not a paper'),
        { line: 11, message: 'dropped link "code": link is not http(s) (javascript:)' },
        skipped(12, '[pdf] [code]', 'no title beside its links'),
        skipped(13, 'Evil Title', 'link is not http(s) (javascript:)'),
        skipped(14, 'Only Bad Links.', 'none of its links is an http(s) URL'),
        skipped(15, '[Unlinked Entry] with no link', 'no link'),
        skipped(16, 'https://example.com/empty', 'link has no text'),
        skipped(17, 'Local Copy', 'relative link needs a source URL'),
        skipped(23, 'Row Evil', 'link is not http(s) (data:)'),
      ],
      skipped: 9,
    });
  });
});
