// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findShapeProblem, type ShapeLimits } from '../../../src/lib/catalogue/list-shape';

const limits: ShapeLimits = { lineChars: 120, listDepth: 1, quoteDepth: 2, linkTextChars: 30 };
const shape = (text: string, over: Partial<ShapeLimits> = {}) =>
  findShapeProblem(text, { ...limits, ...over });
const depth = (line: number, size = 2) => ({ kind: 'list-depth', line, size });

describe('findShapeProblem: list markers', () => {
  it('counts every kind of list marker as a level', () => {
    expect(shape('- [Robust training](https://e.org/a)\n  + [Certified](https://e.org/b)')).toEqual(
      depth(2),
    );
    expect(shape('1) Surveys\n   1) [Robustness](https://e.org/a)')).toEqual(depth(2));
    expect(shape('- Surveys\n  9. [Robustness](https://e.org/a)')).toEqual(depth(2));
    expect(shape('- Surveys\n  10. [Robustness](https://e.org/a)')).toEqual(depth(2));
    // An empty item is an item too, and it still opens its content column.
    expect(shape('- Surveys\n  -')).toEqual(depth(2));
    expect(shape('-\r  - [Robustness](https://e.org/a)\r')).toEqual(depth(2));
    // A list item whose content is a thematic break is still a list item.
    expect(shape('- Surveys\n  - ***')).toEqual(depth(2));
    expect(shape('+ + +', { listDepth: 2 })).toEqual({ kind: 'list-depth', line: 1, size: 3 });
    expect(shape('* Surveys\n  * [Robustness](https://e.org/a)')).toEqual(depth(2));
  });

  it('does not take numbers, dots or emphasis for list markers', () => {
    const oneLevel = [
      '- 3D Detection',
      '- **Surveys**',
      '- Surveys\n  Slides. See the talk.',
      '- Surveys\n  1234567890. An arXiv number is no list marker.',
      '- Surveys\n  . . .',
      '- Surveys\n  **Robustness**',
    ];
    for (const text of oneLevel) expect(shape(text)).toBeUndefined();
  });

  it('does not take thematic breaks for list markers', () => {
    for (const text of ['# Papers\n\n---\n', '* * *', '- - -', '_ _ _']) {
      expect(shape(text, { listDepth: 0 })).toBeUndefined();
    }
    expect(shape('* * *', { listDepth: 2 })).toBeUndefined();
    expect(shape('- Surveys\n  - **Robustness**')).toEqual(depth(2));
  });
});

describe('findShapeProblem: nesting by columns', () => {
  it('nests an item only when it reaches the content column of the one above', () => {
    expect(shape('- Surveys\n - [Robustness](https://e.org/a)')).toBeUndefined();
    expect(shape('-    Surveys\n  - [Robustness](https://e.org/a)')).toBeUndefined();
    expect(shape('-    Surveys\n     - [Robustness](https://e.org/a)')).toEqual(depth(2));
    // Five spaces or more after the marker: the content starts one space after it.
    expect(shape('-     indented code\n  - [Robustness](https://e.org/a)')).toEqual(depth(2));
    expect(shape('-\n - [Robustness](https://e.org/a)')).toBeUndefined();
  });

  it('counts the columns of later markers on the same line', () => {
    const text = '1. - [Robustness](https://e.org/a)\n   - [Certified](https://e.org/b)';
    expect(shape(text, { listDepth: 2 })).toBeUndefined();
    expect(shape(text, { listDepth: 1 })).toEqual(depth(1));
  });

  it('counts a tab after a quote marker to the next multiple of four columns', () => {
    expect(shape('> 1. Surveys\n>\t- [Robustness](https://e.org/a)')).toBeUndefined();
    expect(shape('> 1. Surveys\n>\t - [Robustness](https://e.org/a)')).toEqual(depth(2));
  });
});

describe('findShapeProblem: lines and link texts', () => {
  const line = `- [${'A'.repeat(40)}](https://e.org/a) - A paper.`;

  it('allows a line of exactly the limit, whatever its line ending', () => {
    for (const end of ['\n', '\r\n', '\r']) {
      const text = `# Papers${end}${line}${end}## More${end}`;
      expect(shape(text, { lineChars: line.length, linkTextChars: 100 })).toBeUndefined();
      expect(shape(text, { lineChars: line.length - 1, linkTextChars: 100 })).toEqual({
        kind: 'line',
        line: 2,
        size: line.length,
      });
    }
    const mixed = `# Papers\n\nIntro\r\n${line}\n`;
    expect(shape(mixed, { lineChars: line.length - 1, linkTextChars: 100 })).toMatchObject({
      line: 4,
    });
  });

  it('reports a long link text at the line where it starts, in CRLF files too', () => {
    const text = `# Papers\r\n\r\n- [${'A'.repeat(40)}](https://e.org/a)\r\n`;
    expect(shape(text)).toEqual({ kind: 'link-text', line: 3, size: 40 });
  });

  it('allows a link text of exactly the limit', () => {
    expect(shape(`- [${'A'.repeat(30)}](https://e.org/a)`)).toBeUndefined();
    expect(shape(`- [${'A'.repeat(31)}](https://e.org/a)`)).toEqual({
      kind: 'link-text',
      line: 1,
      size: 31,
    });
  });

  it('measures reference links and skips escaped brackets', () => {
    expect(shape(`- [${'A'.repeat(40)}][ref]\n\n[ref]: https://e.org/a`)).toEqual({
      kind: 'link-text',
      line: 1,
      size: 40,
    });
    const escaped = '- [Why \\] breaks parsers, a long study](https://e.org/a)';
    expect(shape(escaped)).toEqual({ kind: 'link-text', line: 1, size: 35 });
  });
});
