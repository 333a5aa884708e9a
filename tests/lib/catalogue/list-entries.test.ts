// @vitest-environment node
import type { List } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { collectDefinitions } from '../../../src/lib/catalogue/entry-links';
import { isNavigationList, readListEntries } from '../../../src/lib/catalogue/list-entries';

function firstList(markdown: string) {
  const root = fromMarkdown(markdown, {
    extensions: [gfm()],
    mdastExtensions: [gfmFromMarkdown()],
  });
  const list = root.children.find((node): node is List => node.type === 'list');
  if (!list) throw new Error('no list in the fixture');
  return { list, context: { markdown, definitions: collectDefinitions(root) } };
}

const navigation = (markdown: string) => {
  const { list, context } = firstList(markdown);
  return isNavigationList(list, context);
};

const outcomes = (markdown: string) => {
  const { list, context } = firstList(markdown);
  return readListEntries(list, context);
};

const entries = (markdown: string) =>
  outcomes(markdown).map((outcome) => (outcome.kind === 'entry' ? outcome.entry : outcome.kind));

const arxiv = (id: string) => `https://arxiv.org/abs/${id}`;

describe('isNavigationList', () => {
  it('finds a table of contents by its links, nested and empty items included', () => {
    const contents =
      '- [Introduction](#introduction)\n-\n- [Papers](#papers)\n  - [Robustness](#robustness)';
    expect(navigation(contents)).toBe(true);
  });

  it('does not take a list of papers, or a list without links, for one', () => {
    expect(navigation(`- [Papers](#papers)\n- [Certified Defenses](${arxiv('2101.00001')})`)).toBe(
      false,
    );
    expect(navigation('- Surveys\n- Benchmarks')).toBe(false);
  });
});

describe('readListEntries', () => {
  it('reads nested papers in document order, after their heading item', () => {
    const markdown = [
      '- Robustness',
      `  - [Certified Defenses at Scale](${arxiv('2101.00001')}) - Bounds for big nets.`,
      `  - [Smoothing Revisited](${arxiv('2102.00002')})`,
      `- [Data Poisoning Survey](${arxiv('2103.00003')})`,
    ].join('\n');
    expect(entries(markdown)).toEqual([
      'ignored',
      {
        title: 'Certified Defenses at Scale',
        url: arxiv('2101.00001'),
        description: 'Bounds for big nets.',
        tags: [],
        links: [],
      },
      { title: 'Smoothing Revisited', url: arxiv('2102.00002'), tags: [], links: [] },
      { title: 'Data Poisoning Survey', url: arxiv('2103.00003'), tags: [], links: [] },
    ]);
  });

  it('reads a nested line without a title as a detail of its parent, and one with a title alone', () => {
    const markdown = [
      `- [Certified Defenses at Scale](${arxiv('2101.00001')}) - Bounds for big nets.`,
      '  - ICML 2021 [[Slides]](https://e.org/slides.pdf)',
      '  - Attention Maps Revisited [PDF](https://e.org/attn.pdf) [Code](https://github.com/lab/attn)',
    ].join('\n');
    expect(entries(markdown)).toEqual([
      {
        title: 'Certified Defenses at Scale',
        url: arxiv('2101.00001'),
        venue: 'ICML',
        year: 2021,
        description: 'Bounds for big nets.',
        tags: [],
        links: [{ label: 'Slides', url: 'https://e.org/slides.pdf' }],
      },
      {
        title: 'Attention Maps Revisited',
        url: 'https://e.org/attn.pdf',
        tags: [],
        links: [{ label: 'Code', url: 'https://github.com/lab/attn' }],
      },
    ]);
  });

  it("reads a loose item's later paragraph as its details", () => {
    const markdown = `- [Certified Defenses at Scale](${arxiv('2101.00001')})\n\n  Ada Quill, Bo Lind. ICML 2021.\n`;
    expect(entries(markdown)).toEqual([
      {
        title: 'Certified Defenses at Scale',
        url: arxiv('2101.00001'),
        authors: ['Ada Quill', 'Bo Lind'],
        venue: 'ICML',
        year: 2021,
        tags: [],
        links: [],
      },
    ]);
  });
});

describe('readListEntries: a model line over its paper', () => {
  const paper = `[Widgets Are Few-Shot Learners](${arxiv('2005.14165')})`;

  it('gives the nested paper its name, venue, year and site, and both lines their warnings', () => {
    const markdown = `- **WidgetLM** [[Org]](https://org.example/) [[Demo]](demo/) NeurIPS 2020\n  - ${paper} [Code](code/)`;
    expect(outcomes(markdown)).toEqual([
      {
        kind: 'entry',
        entry: {
          title: 'Widgets Are Few-Shot Learners',
          url: arxiv('2005.14165'),
          description: 'WidgetLM',
          venue: 'NeurIPS',
          year: 2020,
          tags: [],
          links: [{ label: 'WidgetLM', url: 'https://org.example/' }],
        },
        warnings: [
          { line: 1, message: 'dropped link "Demo": relative link needs a source URL' },
          { line: 2, message: 'dropped link "Code": relative link needs a source URL' },
        ],
      },
    ]);
  });

  it('reads a model line whose only link is empty, skipping an empty nested item', () => {
    const markdown = [
      '- **GizmoNet** [[Org]]() Ada Quill, Bo Lind. NeurIPS 2021.',
      '  - Google Brain',
      '  -',
      `  - [Gizmos at Scale](${arxiv('2201.00123')}) [Code](code/)`,
    ].join('\n');
    expect(outcomes(markdown)).toEqual([
      {
        kind: 'entry',
        entry: {
          title: 'Gizmos at Scale',
          url: arxiv('2201.00123'),
          description: 'GizmoNet',
          authors: ['Ada Quill', 'Bo Lind'],
          venue: 'NeurIPS',
          year: 2021,
          tags: [],
          links: [],
        },
        warnings: [{ line: 4, message: 'dropped link "Code": relative link needs a source URL' }],
      },
    ]);
  });

  it('reads the authors a model line names after its date', () => {
    const nested = `\n  - [Gizmos at Scale](${arxiv('2201.00123')})`;
    expect(entries(`- **GizmoNet** [[Org]]() Dec. 2021, Ada Quill, Bo Lind${nested}`)).toEqual([
      expect.objectContaining({ authors: ['Ada Quill', 'Bo Lind'], year: 2021 }),
    ]);
  });

  it('does not read a model name of two capitalised words as its authors', () => {
    const nested = `\n  - [Gizmos at Scale](${arxiv('2201.00123')})`;
    expect(entries(`- **Stable Gizmo** [[Org]]() Aug. 2022${nested}`)).toEqual([
      {
        title: 'Gizmos at Scale',
        url: arxiv('2201.00123'),
        description: 'Stable Gizmo',
        year: 2022,
        tags: [],
        links: [],
      },
    ]);
  });

  it('takes a link to blank space for an empty link, and a relative one for none', () => {
    const nested = `\n  - [Gizmos at Scale](${arxiv('2201.00123')})`;
    expect(entries(`- **GizmoNet** [[Org]](< >) Dec. 2021${nested}`)).toEqual([
      expect.objectContaining({ description: 'GizmoNet', year: 2021 }),
    ]);
    expect(entries(`- **GizmoNet** [[Org]](org/) Dec. 2021${nested}`)).toEqual([
      'skipped',
      { title: 'Gizmos at Scale', url: arxiv('2201.00123'), tags: [], links: [] },
    ]);
  });

  it('leaves a paper line, a linkless heading or a link that is no label to stand alone', () => {
    const alone = [
      `- [Survey of Widgets](${arxiv('2001.00001')}) - A survey.\n  - ${paper}`,
      `- [Widget Project Page](https://org.example/widgets) - Demos.\n  - ${paper}`,
      `- Language models\n  - ${paper}`,
      `- **WidgetLM** [[Org]](https://org.example/) [[arXiv]](${arxiv('2005.00001')}) May 2020\n  - ${paper}`,
      '- **WidgetLM** [[Org]](https://org.example/) May 2020\n  - [WidgetLM code](https://github.com/org/widgetlm)',
    ];
    for (const markdown of alone) {
      const read = entries(markdown);
      expect(read).toHaveLength(2);
      expect(read[1]).not.toHaveProperty('description');
    }
  });
});
