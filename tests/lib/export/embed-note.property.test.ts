// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { embedNote } from '../../../src/lib/export/embed-note';
import { demoteHeadingLines } from '../../../src/lib/export/embed-note-lines';
import { embedNoteByParse } from '../../../src/lib/export/embed-note-parse';

// Pieces of every construct that decides where a heading is: containers, indentation, setext
// underlines, rules, fences, HTML, tables, definitions, footnotes, escapes and all line endings.
const pieces = [
  '#',
  '##',
  '###',
  '######',
  '#######',
  '# ',
  '## ',
  '#\t',
  ' ',
  '  ',
  '    ',
  '\t',
  '>',
  '> ',
  '- ',
  '* ',
  '+ ',
  '1. ',
  '2) ',
  '-',
  '=',
  '===',
  '---',
  '***',
  '___',
  '<',
  '<!--',
  '-->',
  '<div>',
  '<script>',
  '<?',
  '<![CDATA[',
  '<!x',
  '<a href="x">',
  '```',
  '````',
  '```js',
  '~~~',
  '~~~~',
  '   ```',
  '`',
  '|',
  '| a |',
  '|---|',
  '[a]: /u "t',
  '[^a]: ',
  '"',
  '\\',
  '**',
  '_',
  'text',
  'x',
  'Title',
  '\n',
  '\n',
  '\n',
  '\n\n',
  '\r\n',
  '\r',
];

const soup = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(''));

// Notes as people write them: mostly prose, lists and headings, now and then something odd.
const plainLine = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('Some text with *emphasis*.', 'more words', '') },
  { weight: 3, arbitrary: fc.constantFrom('# One', '## Two', '### Three #', '###### Six') },
  { weight: 2, arbitrary: fc.constantFrom('- item', '* item', '1. item', '  continued') },
  { weight: 1, arbitrary: fc.constantFrom('#tag', '---', '===', '> quote', '- ## Listed') },
  { weight: 1, arbitrary: fc.constantFrom('    code', '  # almost', '<br>', 'a | b', '```') },
);
const lineEnding = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r');
const plainNote = fc
  .array(fc.tuple(plainLine, lineEnding), { maxLength: 12 })
  .map((lines) => lines.map(([line, end]) => `${line}${end}`).join(''))
  .chain((note) => fc.constantFrom(note, note.trimEnd()));

describe('embedNote without a parse', () => {
  it('agrees with the parser on arbitrary Markdown fragments', () => {
    fc.assert(
      fc.property(soup, (note) => {
        expect(embedNote(note)).toBe(embedNoteByParse(note));
      }),
      { numRuns: 3000 },
    );
  }, 60_000);

  it('agrees with the parser on everyday notes, and skips it for most of them', () => {
    let scanned = 0;
    let runs = 0;
    fc.assert(
      fc.property(plainNote, (note) => {
        runs += 1;
        const fast = demoteHeadingLines(note);
        if (fast !== undefined) scanned += 1;
        expect(fast ?? embedNoteByParse(note)).toBe(embedNoteByParse(note));
      }),
      { numRuns: 2000 },
    );
    // The scan must actually be taken, or the agreement above proves nothing about it.
    expect(scanned / runs).toBeGreaterThan(0.3);
  }, 60_000);

  it('scans notes of prose, lists and headings', () => {
    const notes = [
      '## Takeaways\n\nNeuron **coverage** guides input generation.\n\n- one\n- two',
      '#tag and #7 at the start of lines\n#######  seven is text\n\n---\n\nafter a rule',
      '# A\r\n## B\r\ntext\r\n',
      'text\n\n===\n',
      '| a | b |\n|---|---|\n| 1 | 2 |\n# After the table',
      '# Code\n\n```python\n# a comment\n```\n\n~~~~\n```\n# still code\n~~~~\n## After',
      'text\n```\n# code\n   ```  \n# heading',
    ];
    for (const note of notes) {
      expect(demoteHeadingLines(note)).toBe(embedNoteByParse(note));
    }
  });

  it('leaves notes a line scan cannot be sure of to the parser', () => {
    const notes = [
      'Title\n---',
      'Title\n===',
      '- item\n  # heading',
      '> # quoted',
      '   # indented',
      '    # code',
      '<div>\n# in html\n</div>',
      '```js\n# code left open',
      '> ```\n> # quoted code\n> ```',
      '- item\n\n  ```\n  # listed code\n  ```',
      '[^a]: # footnote',
    ];
    for (const note of notes) expect(demoteHeadingLines(note)).toBeUndefined();
  });
});
