// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { parseAwesomeList } from '../../../src/lib/catalogue/parse-awesome-list';
import { planSections } from '../../../src/lib/catalogue/section-tree';

// The whole tree the headings make; the catalogue keeps only the sections that hold papers.
const sectionsOf = (markdown: string) =>
  planSections(fromMarkdown(markdown).children.filter((node) => node.type === 'heading')).sections;
const papersOf = (markdown: string) => parseAwesomeList(markdown).catalogue.papers;

describe('section tree', () => {
  const outline = [
    '# Title',
    '- [Before](https://example.com/0)',
    '## A',
    '### A1',
    '- [In A1](https://example.com/1)',
    '#### A1a',
    '### A2',
    '## B',
    '#### Deep',
    '### A1',
    '- [In second A1](https://example.com/2)',
    '## A',
  ].join('\n\n');

  it('links each heading to the nearest shallower heading above it', () => {
    expect(sectionsOf(outline)).toEqual([
      { id: 'a', title: 'A', parentId: null },
      { id: 'a1', title: 'A1', parentId: 'a' },
      { id: 'a1a', title: 'A1a', parentId: 'a1' },
      { id: 'a2', title: 'A2', parentId: 'a' },
      { id: 'b', title: 'B', parentId: null },
      { id: 'deep', title: 'Deep', parentId: 'b' },
      { id: 'a1-1', title: 'A1', parentId: 'b' },
      { id: 'a-1', title: 'A', parentId: null },
    ]);
  });

  it('puts papers in the innermost section, and none before the first section', () => {
    expect(papersOf(outline).map((paper) => [paper.title, paper.sectionIds])).toEqual([
      ['Before', []],
      ['In A1', ['a1']],
      ['In second A1', ['a1-1']],
    ]);
  });

  it('uses the first # heading as the title, without badges', () => {
    const markdown = '# Awesome Foo [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)';
    expect(parseAwesomeList(markdown).catalogue.title).toBe('Awesome Foo');
  });

  it('falls back to "Untitled list" without a # heading', () => {
    const { catalogue } = parseAwesomeList('## Only a section\n\n- [P](https://example.com/p)');
    expect(catalogue.title).toBe('Untitled list');
    expect(catalogue.sections).toEqual([
      { id: 'only-a-section', title: 'Only a section', parentId: null },
    ]);
  });

  it('counts the title when making ids unique, as GitHub anchors do', () => {
    expect(sectionsOf('# Papers\n\n## Papers').map((section) => section.id)).toEqual(['papers-1']);
  });

  it('ids a heading by its text alone, without the space left by an anchor tag or a logo', () => {
    const markdown = '## Tools <a name="tools"></a>\n\n## ![logo](logo.png) Datasets';
    expect(sectionsOf(markdown)).toEqual([
      { id: 'tools', title: 'Tools', parentId: null },
      { id: 'datasets', title: 'Datasets', parentId: null },
    ]);
  });

  it('treats a later # heading as a top-level section', () => {
    expect(sectionsOf('# Title\n\n# Part Two\n\n## Chapter')).toEqual([
      { id: 'part-two', title: 'Part Two', parentId: null },
      { id: 'chapter', title: 'Chapter', parentId: 'part-two' },
    ]);
  });

  it('keeps entries under a heading with no text in the enclosing section', () => {
    const markdown = '## Outer\n\n### ![logo](logo.png)\n\n- [P](https://example.com/p)';
    expect(sectionsOf(markdown).map((section) => section.id)).toEqual(['outer']);
    expect(papersOf(markdown)[0]?.sectionIds).toEqual(['outer']);
  });

  it.each(['License', 'LICENCE', 'Contributing', 'contributors', '📝 License'])(
    'drops the "%s" section, its subsections and their entries',
    (title) => {
      const markdown = [
        '## Papers',
        '- [Kept](https://example.com/kept)',
        `## ${title}`,
        '- [Dropped](https://example.com/dropped)',
        '### Sub',
        '- [Dropped too](https://example.com/dropped-too)',
        '## After',
        '- [Also kept](https://example.com/also-kept)',
      ].join('\n\n');
      const { catalogue, warnings } = parseAwesomeList(markdown);
      expect(catalogue.sections.map((section) => section.id)).toEqual(['papers', 'after']);
      expect(catalogue.papers.map((paper) => paper.title)).toEqual(['Kept', 'Also kept']);
      expect(warnings).toEqual([]);
    },
  );

  it.each(['Contents', 'Table of Contents'])(
    'keeps papers under a "%s" heading; its table of contents makes no section',
    (title) => {
      const markdown = [
        `## ${title}`,
        '- [Vision](#vision)\n- [Language](./#language)\n  - [Sub](README.md#sub)',
        '### Vision',
        '- [Kept](https://example.com/kept)',
        '## Empty',
        'Some prose and no papers.',
      ].join('\n\n');
      const { catalogue, warnings } = parseAwesomeList(markdown);
      const slug = title.toLowerCase().replace(/ /g, '-');
      expect(catalogue.sections).toEqual([
        { id: slug, title, parentId: null },
        { id: 'vision', title: 'Vision', parentId: slug },
      ]);
      expect(catalogue.papers.map((paper) => [paper.title, paper.sectionIds])).toEqual([
        ['Kept', ['vision']],
      ]);
      expect(warnings).toEqual([]);
    },
  );
});
