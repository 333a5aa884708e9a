// @vitest-environment node
import type { Html, Link, Table, TableCell } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { collectDefinitions } from '../../../src/lib/catalogue/entry-links';
import type { EntryOutcome } from '../../../src/lib/catalogue/entry-types';
import { readHtmlTableEntries, readTableEntries } from '../../../src/lib/catalogue/table-entries';

function read(markdown: string): EntryOutcome[] {
  const root = fromMarkdown(markdown, {
    extensions: [gfm()],
    mdastExtensions: [gfmFromMarkdown()],
  });
  const context = { markdown, definitions: collectDefinitions(root) };
  const table = root.children.find((node): node is Table => node.type === 'table');
  if (table) return readTableEntries(table, context);
  const html = root.children.find((node): node is Html => node.type === 'html');
  if (!html) throw new Error('no table in the fixture');
  return readHtmlTableEntries(html, context);
}

const entries = (markdown: string) =>
  read(markdown).map((outcome) => (outcome.kind === 'entry' ? outcome.entry : outcome));

const table = (...rows: string[]) => rows.join('\n');
const paper = '[Widget Nets](https://arxiv.org/abs/2001.00001)';
const widgetNets = { title: 'Widget Nets', url: 'https://arxiv.org/abs/2001.00001', tags: [] };

describe('readTableEntries: the title column', () => {
  it('takes the first cell with a link when no header names the title', () => {
    const rows = table(
      '| Conference | Paper Link |',
      '| --- | --- |',
      `| ICML 2020 | ${paper} |`,
      `| NeurIPS 2021 | *[Gizmo Nets][gizmo]* |`,
      '| ICLR 2022 | no link yet |',
      '',
      '[gizmo]: https://arxiv.org/abs/2102.00002',
    );
    expect(entries(rows)).toEqual([
      { ...widgetNets, venue: 'ICML', year: 2020, links: [] },
      expect.objectContaining({ title: 'Gizmo Nets', venue: 'NeurIPS', year: 2021 }),
    ]);
  });

  it('prefers a Title column to a code column before it, and to a Model column', () => {
    const rows = table(
      '| Code | Paper Title | Model | Book Title | Stars |',
      '| --- | --- | --- | --- | --- |',
      `| [GitHub](https://github.com/lab/widgets) | ${paper} | WidgetNet | ICML | 120 |`,
    );
    expect(entries(rows)).toEqual([
      {
        ...widgetNets,
        venue: 'ICML',
        links: [{ label: 'GitHub', url: 'https://github.com/lab/widgets' }],
      },
    ]);
  });

  it('takes the link of a Paper column beside a Name column, and none from other columns', () => {
    const rows = table(
      '| Name | Paper* | Related Papers |',
      '| --- | --- | --- |',
      '| Widget Nets | [PDF](https://arxiv.org/pdf/2001.00001) | [Survey](https://e.org/survey) |',
      '| Gizmo Nets |',
    );
    expect(entries(rows)[0]).toEqual({
      title: 'Widget Nets',
      url: 'https://arxiv.org/pdf/2001.00001',
      tags: [],
      links: [],
    });
  });
  it('reads a `Paper Link` column beside a Title column as a link column', () => {
    const rows = table(
      '| Title | Paper Link | Code |',
      '| --- | --- | --- |',
      '| Widget Nets | [arXiv](https://arxiv.org/abs/2001.00001) | [GitHub](https://github.com/lab/widgets) |',
      `| ${paper} | [PDF](https://arxiv.org/pdf/2001.00001) | |`,
    );
    const github = { label: 'GitHub', url: 'https://github.com/lab/widgets' };
    expect(entries(rows)).toEqual([
      { ...widgetNets, links: [github] },
      { ...widgetNets, links: [{ label: 'PDF', url: 'https://arxiv.org/pdf/2001.00001' }] },
    ]);
  });
  it('keeps the words of a link column out of a title cell without a link', () => {
    const rows = table(
      '| Title | Code | Paper |',
      '| --- | --- | --- |',
      '| Widget Nets | Coming soon | [PDF](https://arxiv.org/pdf/2001.00001) |',
      '| Gizmo Nets | | arXiv [PDF](https://arxiv.org/pdf/2102.00002) |',
    );
    expect(entries(rows).map((entry) => ('title' in entry ? entry.title : entry))).toEqual([
      'Widget Nets',
      'Gizmo Nets',
    ]);
  });
  it('takes the title from a Link column once, when no header names the title', () => {
    const rows = table(
      '| Year | Links |',
      '| --- | --- |',
      `| 2020 | ${paper} |`,
      '| 2021 | Gizmo Nets [PDF](https://arxiv.org/pdf/2102.00002) |',
    );
    expect(entries(rows)).toEqual([
      { ...widgetNets, year: 2020, links: [] },
      {
        title: 'Gizmo Nets',
        url: 'https://arxiv.org/pdf/2102.00002',
        year: 2021,
        tags: [],
        links: [],
      },
    ]);
  });

  it('reads a Paper Summary column as the description, not as a link column', () => {
    const rows = table(
      '| Title | Paper Summary |',
      '| --- | --- |',
      `| ${paper} | Nets of widgets. |`,
    );
    expect(entries(rows)).toEqual([{ ...widgetNets, description: 'Nets of widgets.', links: [] }]);
  });
  it('reads a Source Code column as a link column, not as the venue', () => {
    const rows = table(
      '| Title | Source Code |',
      '| --- | --- |',
      `| ${paper} | [GitHub](https://github.com/lab/widgets) |`,
    );
    expect(entries(rows)).toEqual([
      { ...widgetNets, links: [{ label: 'GitHub', url: 'https://github.com/lab/widgets' }] },
    ]);
  });
});

describe('readTableEntries: venue, year, authors and description columns', () => {
  it('takes the first column of a kind, and a venue named in the Year column', () => {
    const rows = table(
      '| Title | Year | Date | Authors | Summary |',
      '| --- | --- | --- | --- | --- |',
      `| ${paper} | ICML 2019 | Mar 2020 | Widget Lab,Gizmo Group , Sprocket Inc | Nets of widgets. |`,
    );
    expect(entries(rows)).toEqual([
      {
        ...widgetNets,
        venue: 'ICML',
        year: 2019,
        authors: ['Widget Lab', 'Gizmo Group', 'Sprocket Inc'],
        description: 'Nets of widgets.',
        links: [],
      },
    ]);
  });

  it('keeps a row it cannot read as a skipped row with its line, and ignores a row without links', () => {
    const rows = table(
      '| Title | Code |',
      '| --- | --- |',
      '| Widget Nets | [Code](code/) |',
      '| Gizmo Nets |',
    );
    expect(read(rows)).toEqual([
      {
        kind: 'skipped',
        warning: {
          line: 3,
          message: 'skipped "Widget Nets": none of its links is an http(s) URL',
        },
      },
      { kind: 'ignored' },
    ]);
  });

  it('warns of a row that looks like an entry but has no link', () => {
    const rows = table('| Title | Code |', '| --- | --- |', '| [Draft] Gizmo Nets | Coming soon |');
    const message = 'skipped "[Draft] Gizmo Nets Coming soon": no link';
    expect(read(rows)).toEqual([{ kind: 'skipped', warning: { line: 3, message } }]);
  });

  it('adds no venue or year for empty Venue and Year cells', () => {
    const rows = table('| Title | Venue | Year |', '| --- | --- | --- |', `| ${paper} | | |`);
    expect(entries(rows)).toStrictEqual([{ ...widgetNets, links: [] }]);
  });
});

describe('readTableEntries: tables made in code', () => {
  const context = { markdown: '', definitions: new Map() };
  const cell = (children: TableCell['children']): TableCell => ({ type: 'tableCell', children });
  const text = (value: string) => cell([{ type: 'text', value }]);

  it('gives nothing for a table without rows', () => {
    expect(readTableEntries({ type: 'table', children: [] }, context)).toEqual([]);
  });

  it('reads rows without positions, giving their warnings line 0', () => {
    const code: Link = { type: 'link', url: 'code/', children: [{ type: 'text', value: 'Code' }] };
    const made: Table = {
      type: 'table',
      children: [
        { type: 'tableRow', children: [text('Title'), text('Code')] },
        { type: 'tableRow', children: [text('Widget Nets'), cell([code])] },
      ],
    };
    const html: Html = {
      type: 'html',
      value: '<table><tr><th>Title</th></tr><tr><td><a href="w/">Widget Nets</a></td></tr></table>',
    };
    expect([...readTableEntries(made, context), ...readHtmlTableEntries(html, context)]).toEqual([
      {
        kind: 'skipped',
        warning: { line: 0, message: 'skipped "Widget Nets": none of its links is an http(s) URL' },
      },
      {
        kind: 'skipped',
        warning: { line: 0, message: 'skipped "Widget Nets": relative link needs a source URL' },
      },
    ]);
  });
});

describe('readTableEntries: header spellings', () => {
  const github = { label: 'GitHub', url: 'https://github.com/lab/widgets' };
  const withColumn = (header: string, value: string) =>
    entries(table(`| Title | ${header} |`, '| --- | --- |', `| ${paper} | ${value} |`));

  it('reads each way a list names a column', () => {
    const kinds: [string[], string, Record<string, unknown>][] = [
      [
        ['Venue', 'Venues', 'Conference', 'Conferences', 'Conf', 'Journal', 'Journals'],
        'ICML',
        { venue: 'ICML' },
      ],
      [
        ['Publication', 'Publications', 'Published In', 'Book Title', 'Source'],
        'ICML',
        { venue: 'ICML' },
      ],
      [
        ['Year', 'Years', 'Date', 'Dates', 'Time', 'Published', 'Release Date', 'Month'],
        '2020',
        { year: 2020 },
      ],
      [['Author', 'Authors', 'By', 'First Author'], 'Ada Quill', { authors: ['Ada Quill'] }],
      [
        ['Code', 'Source Code', 'GitHub', 'Repo', 'Link', 'Links', 'PDF', 'URL', 'arXiv'],
        `[GitHub](${github.url})`,
        { links: [github] },
      ],
      [
        ['Resource', 'Resources', 'Material', 'Materials', 'Implementation', 'Project'],
        `[GitHub](${github.url})`,
        { links: [github] },
      ],
      [
        ['Description', 'Summary', 'TL;DR', 'Note', 'Notes', 'Abstract', 'Highlight', 'Highlights'],
        'Nets of widgets.',
        { description: 'Nets of widgets.' },
      ],
      [
        ['Comment', 'Comments', 'Keyword', 'Keywords', 'Contribution', 'Contributions'],
        'Nets of widgets.',
        { description: 'Nets of widgets.' },
      ],
      [['Remark', 'Remarks'], 'Nets of widgets.', { description: 'Nets of widgets.' }],
    ];
    for (const [headers, value, fields] of kinds) {
      for (const header of headers) {
        expect(withColumn(header, value), header).toEqual([
          { ...widgetNets, links: [], ...fields },
        ]);
      }
    }
  });

  it('reads nothing from a column a list names otherwise', () => {
    for (const header of ['Stars', 'Runtime', 'Confidence']) {
      for (const value of ['2020', `[GitHub](${github.url})`, 'ICML']) {
        expect(withColumn(header, value), header).toEqual([{ ...widgetNets, links: [] }]);
      }
    }
  });

  it('takes the title from a Paper column before a Model Size column, and a Model before a Framework', () => {
    expect(
      entries(
        table(
          '| Code | Paper | Model Size |',
          '| --- | --- | --- |',
          `| [GitHub](${github.url}) | ${paper} | 7B |`,
        ),
      ),
    ).toEqual([{ ...widgetNets, links: [github] }]);
    expect(
      entries(
        table(
          '| Framework | Model | Book Title | Paper |',
          '| --- | --- | --- | --- |',
          '| PyTorch | WidgetNet | ICML | [PDF](https://arxiv.org/pdf/2001.00001) |',
        ),
      ),
    ).toEqual([
      {
        title: 'WidgetNet',
        url: 'https://arxiv.org/pdf/2001.00001',
        venue: 'ICML',
        tags: [],
        links: [],
      },
    ]);
  });
});

describe('readHtmlTableEntries', () => {
  it('reads an HTML table with its lines, and nothing from other HTML', () => {
    const html = [
      '# Papers',
      '',
      '<table>',
      '<tr><th>Title</th><th>Venue</th></tr>',
      '<tr><td><a href="https://arxiv.org/abs/2001.00001">Widget Nets</a></td><td>ICML 2020</td></tr>',
      '<tr><td><a href="gizmo/">Gizmo Nets</a></td><td>ICLR 2021</td></tr>',
      '</table>',
    ].join('\n');
    expect(read(html)).toEqual([
      expect.objectContaining({ kind: 'entry', entry: expect.objectContaining({ venue: 'ICML' }) }),
      expect.objectContaining({ kind: 'skipped', warning: expect.objectContaining({ line: 6 }) }),
    ]);
    expect(read('<div align="center">Widgets</div>')).toEqual([]);
  });
});
