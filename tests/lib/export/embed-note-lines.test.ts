// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { demoteHeadingLines } from '../../../src/lib/export/embed-note-lines';
import { exportMarkdownDocument } from '../../../src/lib/export/markdown-document';
import { entry, input } from './export-fixtures';

// Notes with code whose comments start with `#`, and nothing that sends them to the parser:
// the Markdown export's line scan alone decides what is a heading.
const CASES: readonly { name: string; note: string; exported: string }[] = [
  {
    name: 'only a fenced block',
    note: '```python\n# comment\nx = 1  # another\n```',
    exported: '```python\n# comment\nx = 1  # another\n```',
  },
  {
    name: 'a heading before the fence and text after it',
    note: '## Setup\n\n```bash\n# install first\npip install torch\n```\n\nThen run it.',
    exported: '##### Setup\n\n```bash\n# install first\npip install torch\n```\n\nThen run it.',
  },
  {
    name: 'a tilde fence',
    note: '~~~\n# comment\n## also code\n~~~\n# After',
    exported: '~~~\n# comment\n## also code\n~~~\n#### After',
  },
  {
    name: 'a longer fence around a shorter one',
    note: '````md\n```\n# comment\n```\n````\n# After',
    exported: '````md\n```\n# comment\n```\n````\n#### After',
  },
  {
    name: 'Windows line endings',
    note: '```sh\r\n# comment\r\n```\r\n# After',
    exported: '```sh\r\n# comment\r\n```\r\n#### After',
  },
];

describe.each(CASES)('exporting a note with $name', ({ note, exported }) => {
  it('takes the line scan, so this test is about it', () => {
    expect(demoteHeadingLines(note)).toBeDefined();
  });

  it('keeps the fence and its `# ` lines unchanged, demoting only real headings', () => {
    const document = exportMarkdownDocument(input([entry({ title: 'Paper' }, { note })]));
    // The note is the last block of the document.
    expect(document.slice(-(exported.length + 3))).toBe(`\n\n${exported}\n`);
  });
});
