// @vitest-environment node
import type { Heading, Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { embedNote } from '../../../src/lib/export/embed-note';
import { exportMarkdownDocument } from '../../../src/lib/export/markdown-document';
import { bigNote, entry, hostileNotes, hostileTitles, input } from './export-fixtures';

function headings(markdown: string): [number, string][] {
  const tree = fromMarkdown(markdown, {
    extensions: [gfm()],
    mdastExtensions: [gfmFromMarkdown()],
  });
  const found: Heading[] = [];
  const stack: Nodes[] = [tree];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'heading') found.push(node);
    else if ('children' in node) stack.push(...[...node.children].reverse());
  }
  return found.map((heading) => [heading.depth, toString(heading)]);
}

function htmlNodes(markdown: string): number {
  const stack: Nodes[] = [
    fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }),
  ];
  let count = 0;
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'html') count += 1;
    else if ('children' in node) stack.push(...node.children);
  }
  return count;
}

const outline = (markdown: string) => headings(markdown).filter(([depth]) => depth <= 3);

describe('exportMarkdownDocument', () => {
  it('writes the list title, the date, sections in order of first appearance and papers', () => {
    const doc = exportMarkdownDocument(
      input([
        entry(
          { id: 'a', title: 'First', venue: 'ICSE', year: 2020, tags: ['Survey'] },
          {
            status: 'read',
            startedAt: Date.UTC(2026, 0, 2),
            finishedAt: Date.UTC(2026, 1, 3, 23, 59),
            tags: ['deep learning'],
          },
        ),
        entry({ id: 'b', title: 'Second' }, null, []),
        entry({ id: 'c', title: 'Third' }, {}, ['Background', 'Other']),
      ]),
    );
    expect(outline(doc)).toEqual([
      [1, 'Awesome ML Reliability'],
      [2, 'Background'],
      [3, 'First'],
      [3, 'Third'],
      [2, 'Other papers'],
      [3, 'Second'],
    ]);
    expect(doc).toContain('Exported from Readmark on 2026-11-26: 3 papers.');
    expect(doc).toContain(
      [
        '### First',
        '',
        '- Link: <https://arxiv.org/pdf/1904.03257.pdf>',
        '- Venue: ICSE 2020',
        '- Status: Read',
        '- Started: 2026-01-02',
        '- Finished: 2026-02-03',
        '- Tags: #Survey #deep-learning',
      ].join('\n'),
    );
    expect(doc).toMatch(/### Second\n\n- Link: <[^>]+>\n- Status: Unread\n/);
  });

  it('names the authors after the link, "et al." as the list writes it', () => {
    const doc = exportMarkdownDocument(
      input([
        entry({ id: 'a', title: 'A', authors: ['Kexin Pei', 'Yinzhi Cao', 'et al.'] }, null),
        entry({ id: 'b', title: 'B', authors: ['*Not* <b>bold</b>', 'Jie M. Zhang'] }, null),
        entry({ id: 'c', title: 'C', authors: ['et al.'] }, null),
        entry({ id: 'd', title: 'D', authors: [] }, null),
      ]),
    );
    expect(doc).toContain(
      [
        '### A',
        '',
        '- Link: <https://arxiv.org/pdf/1904.03257.pdf>',
        '- Authors: Kexin Pei, Yinzhi Cao et al.',
        '- Status: Unread',
      ].join('\n'),
    );
    expect(doc).toContain('- Authors: \\*Not\\* \\<b>bold\\</b>, Jie M. Zhang\n');
    expect(htmlNodes(doc)).toBe(0);
    // A list that says only "et al." names nobody.
    expect(doc.match(/- Authors:/g)).toHaveLength(2);
  });

  it('keeps every hostile title one heading with its text intact', () => {
    const papers = hostileTitles.map((title, index) => entry({ id: `p${index}`, title }));
    const doc = exportMarkdownDocument(input(papers, '# List *with* [odd] <title>'));
    const expected = hostileTitles.map((title) => title.replace(/\s+/g, ' ').trim());
    expect(outline(doc)).toEqual([
      [1, '# List *with* [odd] <title>'],
      [2, 'Background'],
      ...expected.map((title): [number, string] => [3, title]),
    ]);
    expect(htmlNodes(doc)).toBe(0);
  });

  it('escapes nothing a heading reads as text', () => {
    const doc = exportMarkdownDocument(
      input(
        [entry({ title: 'Bugs & Challenges of C# in 2020 | $5 a_b' }, null, ['Bugs & Challenges'])],
        'Papers & Notes',
      ),
    );
    expect(doc).toContain('# Papers & Notes\n');
    expect(doc).toContain('## Bugs & Challenges\n');
    expect(doc).toContain('### Bugs & Challenges of C# in 2020 | $5 a_b\n');
  });

  it('copies notes exactly, the 100 KB one included', () => {
    const notes = [...hostileNotes.filter((note) => !/^#|\n#|===|^---/.test(note)), bigNote];
    const doc = exportMarkdownDocument(
      input(notes.map((note, index) => entry({ id: `p${index}`, title: `P${index}` }, { note }))),
    );
    for (const note of notes.filter((text) => text.trim() !== '')) expect(doc).toContain(note);
    expect(outline(doc).filter(([depth]) => depth === 3)).toHaveLength(notes.length);
  });

  it('keeps the structure when a note has headings, rules and front-matter lookalikes', () => {
    const papers = hostileNotes.map((note, index) =>
      entry({ id: `p${index}`, title: `P${index}` }, { note }),
    );
    const doc = exportMarkdownDocument(input(papers));
    expect(outline(doc).map(([, text]) => text)).toEqual([
      'Awesome ML Reliability',
      'Background',
      ...hostileNotes.map((_, index) => `P${index}`),
    ]);
    expect(doc).toContain('#### Heading\n\n---\n\nText: # not a heading');
  });

  it('does not let an unclosed fence, comment or indented note swallow the next paper', () => {
    const notes = [
      '```js\n# code',
      '~~~~\ncode',
      '<!-- open comment',
      '<script>\nx',
      '    indented',
      '- item',
    ];
    const papers = notes.map((note, index) =>
      entry({ id: `p${index}`, title: `P${index}` }, { note }),
    );
    const doc = exportMarkdownDocument(input(papers));
    expect(outline(doc).filter(([depth]) => depth === 3)).toHaveLength(notes.length);
    for (const note of notes) expect(doc).toContain(note);
  });
});

describe('exportMarkdownDocument paper blocks', () => {
  // The whole block of one paper, from its heading to the end of the document.
  const block = (doc: string) => doc.slice(doc.indexOf('### '));

  it('writes no link, tags or note lines a paper has nothing for', () => {
    const doc = exportMarkdownDocument(
      input([entry({ title: 'No link', url: '   ' }, { note: '  \n ' })]),
    );
    expect(block(doc)).toBe('### No link\n\n- Status: Reading\n- Started: 2026-01-02\n');
    const untouched = exportMarkdownDocument(input([entry({ title: 'Bare', url: '' }, null)]));
    expect(block(untouched)).toBe('### Bare\n\n- Status: Unread\n');
  });

  it('trims a pasted link and percent-encodes spaces and angle brackets inside it', () => {
    const doc = exportMarkdownDocument(
      input([entry({ url: '  https://example.org/a paper<v2>.pdf \n' }, null)]),
    );
    expect(doc).toContain('- Link: <https://example.org/a%20paper%3Cv2%3E.pdf>\n');
  });

  it('puts the separator only before a note that would continue the metadata list', () => {
    const doc = exportMarkdownDocument(
      input([
        entry(
          { id: 'a', title: 'Listed', url: '' },
          { note: '- check the proofs', startedAt: undefined },
        ),
        entry({ id: 'b', title: 'Prose', url: '' }, { note: 'Good intro.', startedAt: undefined }),
      ]),
    );
    expect(doc).toContain(
      '### Listed\n\n- Status: Reading\n\n<!-- note -->\n\n- check the proofs\n\n### Prose',
    );
    expect(doc).toContain('### Prose\n\n- Status: Reading\n\nGood intro.\n');
  });

  it('says "Year" for a paper with a year and no venue', () => {
    const doc = exportMarkdownDocument(input([entry({ url: '', year: 2019 }, null)]));
    expect(doc).toContain('\n- Year: 2019\n');
    const venue = exportMarkdownDocument(input([entry({ url: '', venue: 'NeurIPS' }, null)]));
    expect(venue).toContain('\n- Venue: NeurIPS\n');
  });

  it('names an untitled list and paper, and counts a single paper as one', () => {
    const doc = exportMarkdownDocument(input([entry({ title: '' }, null)], ''));
    expect(doc).toMatch(/^# Reading list\n\nExported from Readmark on 2026-11-26: 1 paper\.\n/);
    expect(doc).toContain('\n### Untitled\n');
  });

  it('groups papers whose section titles differ only in surrounding spaces', () => {
    const doc = exportMarkdownDocument(
      input([
        entry({ id: 'a', title: 'A' }, null, ['Testing']),
        entry({ id: 'b', title: 'B' }, null, ['  Testing ']),
        entry({ id: 'c', title: 'C' }, null, ['   ']),
      ]),
    );
    expect(outline(doc).slice(1)).toEqual([
      [2, 'Testing'],
      [3, 'A'],
      [3, 'B'],
      [2, 'Other papers'],
      [3, 'C'],
    ]);
  });
});

describe('embedNote', () => {
  it('demotes ATX headings by three levels, at most to 6', () => {
    const note = '# Big\n## Two\n### Three #\n#### Four\n###### Six\ntext #1';
    expect(embedNote(note)).toBe(
      '#### Big\n##### Two\n###### Three #\n###### Four\n###### Six\ntext #1',
    );
  });

  it('leaves fenced and indented code alone', () => {
    const note =
      '```\n# not a heading\n```\n\n~~~md\n## nor this\n~~~\n\n    # nor this\n\n# But this';
    expect(embedNote(note)).toBe(note.replace('\n# But this', '\n#### But this'));
  });

  it('demotes headings inside quotes and lists', () => {
    expect(embedNote('> # Quoted\n\n- ## Listed')).toBe('> #### Quoted\n\n- ##### Listed');
  });

  it('turns setext headings into ATX headings', () => {
    expect(embedNote('Title\n=====\n\nSub #\n---\n\nbody')).toBe(
      '#### Title\n\n##### Sub \\#\n\nbody',
    );
    expect(embedNote('> Two\n> lines\n> ===')).toBe('> #### Two lines');
  });

  it('changes nothing else', () => {
    const note =
      'Plain *text* with [a link](https://x.org)\n\n---\n\n| a | b |\n|---|---|\n| 1 | 2 |';
    expect(embedNote(note)).toBe(note);
    expect(embedNote(bigNote)).toBe(bigNote);
  });

  it('closes a fence or HTML block the note leaves open', () => {
    expect(embedNote('````\ncode')).toBe('````\ncode\n````');
    expect(embedNote('<!-- open')).toBe('<!-- open\n-->');
    expect(embedNote('<script>\nx')).toBe('<script>\nx\n</script>');
  });
});
