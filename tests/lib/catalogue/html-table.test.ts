// @vitest-environment node
import type { Link, Table } from 'mdast';
import { describe, expect, it } from 'vitest';
import { htmlTable } from '../../../src/lib/catalogue/html-table';
import { plainText } from '../../../src/lib/catalogue/mdast-text';

function rows(table: Table | undefined): string[][] {
  return (table?.children ?? []).map((row) => row.children.map((cell) => plainText(cell)));
}

function links(table: Table | undefined): { url: string; text: string }[] {
  const cells = (table?.children ?? []).flatMap((row) => row.children);
  return cells.flatMap((cell) =>
    cell.children
      .filter((node): node is Link => node.type === 'link')
      .map((link) => ({ url: link.url, text: plainText(link) })),
  );
}

describe('htmlTable', () => {
  it('repeats a rowspan cell down the rows it spans, and gives each row its line', () => {
    const html = [
      '<table>',
      '<tr><th>Year</th><th>Title</th></tr>',
      '<tr><td rowspan="2">2019</td><td>a</td></tr>',
      '<tr><td>b</td></tr>',
      '<tr><td>2020</td><td>c</td></tr>',
      '</table>',
    ].join('\n');
    const table = htmlTable(html, 10);
    expect(rows(table)).toEqual([
      ['Year', 'Title'],
      ['2019', 'a'],
      ['2019', 'b'],
      ['2020', 'c'],
    ]);
    expect(table?.children.map((row) => row.position?.start.line)).toEqual([11, 12, 13, 14]);
  });

  it('repeats a colspan cell across its columns, and a cell spanning both ways', () => {
    expect(
      rows(
        htmlTable(
          '<table><tr><th colspan=2>Links</th><th>T</th></tr><tr><td>x</td><td>y</td><td>z</td></tr></table>',
          1,
        ),
      ),
    ).toEqual([
      ['Links', 'Links', 'T'],
      ['x', 'y', 'z'],
    ]);
    const both =
      '<table><tr><td>a</td><td>b</td><td>c</td></tr><tr><td rowspan="2" colspan="2">S</td><td>1</td></tr><tr><td>2</td></tr><tr><td>p</td><td>q</td><td>r</td></tr></table>';
    expect(rows(htmlTable(both, 1))).toEqual([
      ['a', 'b', 'c'],
      ['S', 'S', '1'],
      ['S', 'S', '2'],
      ['p', 'q', 'r'],
    ]);
  });

  it('decodes entities and keeps Markdown characters literal', () => {
    const html =
      '<table><tr><th>T</th></tr><tr><td>A&nbsp;&amp;&nbsp;B &lt;c&gt; &quot;d&quot; &#39;e&apos; **not bold** [x](y)</td></tr></table>';
    expect(rows(htmlTable(html, 1))[1]).toEqual([`A & B <c> "d" 'e' **not bold** [x](y)`]);
  });

  it('keeps links with their text, dropping other tags and images', () => {
    const html = `<table><tr><th>T</th></tr><tr><td><b>New</b><br/><a href="https://e.com/a?x=1&amp;y=2">Title <i>one</i></a> and <A HREF='https://e.com/(b)'>b</A> <img src="x.png" alt="alt"></td></tr></table>`;
    const table = htmlTable(html, 1);
    expect(rows(table)[1]).toEqual(['New Title one and b']);
    expect(links(table)).toEqual([
      { url: 'https://e.com/a?x=1&y=2', text: 'Title one' },
      { url: 'https://e.com/(b)', text: 'b' },
    ]);
  });

  it('reads rows and cells left unclosed', () => {
    expect(rows(htmlTable('<table><tr><td>a<td>b<tr><td>c<td>d', 1))).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('caps a huge rowspan rather than making rows for it', () => {
    const html = '<table><tr><th>T</th></tr><tr><td rowspan="999999">a</td></tr></table>';
    expect(rows(htmlTable(html, 1))).toEqual([['T'], ['a']]);
  });

  it('gives nothing for HTML that is no table or has under two rows', () => {
    expect(htmlTable('<div><tr><td>x</td></tr><tr><td>y</td></tr></div>', 1)).toBeUndefined();
    expect(htmlTable('<table><tr><td>x</td></tr></table>', 1)).toBeUndefined();
  });
});

describe('htmlTable: attributes, anchors and the tree it builds', () => {
  it('reads spans and anchors however their attributes are written', () => {
    const html = [
      '<table><tr><th COLSPAN="2">Paper</th><th>Venue</th></tr>',
      '<tr class="odd"><td><a target="_blank" href = "https://arxiv.org/abs/2001.00001">Widget Nets</a></td>',
      '<td><a href="https://github.com/lab/widgets" rel="nofollow">Code</a></td><td>ICML<br>2020</td></tr>',
      '</table>',
    ].join('\n');
    const table = htmlTable(html, 7);
    expect(rows(table)).toEqual([
      ['Paper', 'Paper', 'Venue'],
      ['Widget Nets', 'Code', 'ICML 2020'],
    ]);
    expect(links(table)).toEqual([
      { url: 'https://arxiv.org/abs/2001.00001', text: 'Widget Nets' },
      { url: 'https://github.com/lab/widgets', text: 'Code' },
    ]);
  });

  it('drops an anchor around an image only, keeping the words apart', () => {
    const html =
      '<table><tr><th>Title</th></tr><tr><td>Widget<a href="https://e.org/w"><img src="w.png"></a>Nets</td></tr></table>';
    const table = htmlTable(html, 3);
    expect(rows(table)).toEqual([['Title'], ['Widget Nets']]);
    expect(links(table)).toEqual([]);
  });

  it('builds a Markdown table with row lines and no positions inside cells', () => {
    const html =
      '<table><tr></tr><tr><th>Title</th></tr>\n<tr><td><a href="https://e.org/w"><em>Widget</em> Nets</a></td></tr></table>';
    const table = htmlTable(html, 3);
    expect(table?.type).toBe('table');
    expect(table?.children.map((row) => [row.type, row.position?.start.line])).toEqual([
      ['tableRow', 3],
      ['tableRow', 4],
    ]);
    expect(table?.children[0]?.position).toEqual({
      start: { line: 3, column: 1 },
      end: { line: 3, column: 1 },
    });
    expect(table?.children.flatMap((row) => row.children.map((cell) => cell.type))).toEqual([
      'tableCell',
      'tableCell',
    ]);
    expect(JSON.stringify(table?.children.map((row) => row.children))).not.toContain('position');
  });
});
