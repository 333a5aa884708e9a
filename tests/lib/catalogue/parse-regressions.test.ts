// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseAwesomeList } from '../../../src/lib/catalogue/parse-awesome-list';

const papersOf = (markdown: string) => parseAwesomeList(markdown).catalogue.papers;
const only = (markdown: string) => {
  const papers = papersOf(markdown);
  expect(papers).toHaveLength(1);
  return papers[0];
};

// Cases that once came out wrong, each in the smallest list that showed it.
describe('entries that once came out wrong', () => {
  it('a title that starts with a label word is still a title', () => {
    expect(only('- **Video Diffusion Models.** [pdf](https://example.com/vd.pdf)')).toMatchObject({
      title: 'Video Diffusion Models',
      url: 'https://example.com/vd.pdf',
    });
    expect(only('- [ICLR15] [Video Prediction at Scale](https://example.com/vp)')).toMatchObject({
      title: 'Video Prediction at Scale',
      venue: 'ICLR',
      year: 2015,
    });
    expect(only('- [Training] [Code Generation Models](https://example.com/cg)')).toMatchObject({
      title: 'Code Generation Models',
      tags: ['Training'],
    });
  });

  it('a bracket-wrapped link after the title leaves no brackets in the description', () => {
    const plain = only('- [G](https://example.com/g) [[code](https://github.com/g/g)]');
    expect(plain?.description).toBeUndefined();
    expect(plain?.links).toEqual([{ label: 'code', url: 'https://github.com/g/g' }]);
    const prose = only(
      '- **Hollow Nets.** - Some prose here. [[pdf](https://example.com/h.pdf)] [[code](https://github.com/h/h)]',
    );
    expect(prose?.description).toBe('Some prose here.');
  });

  it('a nested line of labelled links belongs to its parent', () => {
    const markdown =
      '- **Pruned Trees (KDD 2019)**\n  - E. Author, F. Author\n  - [pdf](https://e.example/p)';
    expect(papersOf(markdown)).toEqual([
      expect.objectContaining({
        title: 'Pruned Trees',
        url: 'https://e.example/p',
        venue: 'KDD',
        year: 2019,
        authors: ['E. Author', 'F. Author'],
      }),
    ]);
  });

  it('a line of labelled links and nothing else is skipped with a warning', () => {
    const { catalogue, warnings, skipped } = parseAwesomeList(
      '- [pdf](https://example.com/x.pdf) [code](https://github.com/x/x)',
    );
    expect(catalogue.papers).toEqual([]);
    expect(skipped).toBe(1);
    expect(warnings[0]?.message).toMatch(/no title beside its links/);
  });

  it('a model line whose only link is empty gives the nested paper its name and date', () => {
    const markdown =
      '- **GizmoNet** [[Org]]() Dec. 2021\n  - [Gizmos at Scale](https://arxiv.org/abs/2201.00123)';
    expect(only(markdown)).toMatchObject({
      title: 'Gizmos at Scale',
      year: 2021,
      description: 'GizmoNet',
    });
  });

  it('a one-word title in an authors-title-venue run stays the title', () => {
    const markdown =
      '- A. Author, B. Author, Widgetron, ICML 2020. [[Paper]](https://example.com/wt)';
    expect(only(markdown)).toMatchObject({
      title: 'Widgetron',
      authors: ['A. Author', 'B. Author'],
      venue: 'ICML',
      year: 2020,
    });
  });

  it('every venue and year at the end of a link text leaves the title', () => {
    expect(only('- [Widget Nets. arXiv 2019. ICML 2020](https://example.com/wn)')).toMatchObject({
      title: 'Widget Nets',
      venue: 'ICML',
      year: 2019,
    });
  });

  it('a table cell keeps its notes without <br>, and italic authors after the title', () => {
    const markdown = [
      '| Title | Venue |',
      '| --- | --- |',
      '| [Shallow Echo Models](https://example.com/se)<br>*A. Bee, C. Dee*<br>- first note <br>- second note | CVPR 2023 |',
    ].join('\n');
    const paper = only(markdown);
    expect(paper).toMatchObject({ authors: ['A. Bee', 'C. Dee'], venue: 'CVPR', year: 2023 });
    expect(paper?.description).not.toMatch(/<br/);
  });

  it('a number with a thousands comma is not a year', () => {
    expect(only('- [X](https://example.com/x) - Trained on 1,2024 samples.')?.year).toBeUndefined();
  });

  it('a conference site with its year is skipped as a venue, not read as a paper', () => {
    const { catalogue, warnings } = parseAwesomeList('- [ICML 2021](https://icml.cc/2021)');
    expect(catalogue.papers).toEqual([]);
    expect(warnings[0]?.message).toMatch(/names a venue, not a paper/);
  });

  it('a paragraph that starts with a badge and then its title link is an entry', () => {
    const markdown =
      '[![stars](https://img.shields.io/x.svg)](https://github.com/a/b) [Badge First](https://example.com/bf)';
    expect(only(markdown)?.title).toBe('Badge First');
  });
});
