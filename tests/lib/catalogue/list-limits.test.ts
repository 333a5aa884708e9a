// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  checkListText,
  checkMarkdownSize,
  MAX_LINE_CHARS,
  MAX_LINK_TEXT_CHARS,
  MAX_LIST_DEPTH,
  MAX_MARKDOWN_BYTES,
  MAX_QUOTE_DEPTH,
} from '../../../src/lib/catalogue/list-limits';

const bundled = readFileSync(
  new URL('../../../scripts/data/awesome-ml-reliability.md', import.meta.url),
  'utf8',
);
const entry = (n: number) => `[Paper ${n}](https://example.org/${n}), *ICSE'21* - About it.`;

/** A list nested `depth` levels deep, each level indented to its parent's content, as real lists are. */
const nested = (depth: number, marker = '-') =>
  Array.from(
    { length: depth },
    (_, level) => `${' '.repeat(level * (marker.length + 1))}${marker} ${entry(level)}`,
  ).join('\n');

/** The bundled list's entries with fresh URLs until the text is about `bytes` long. */
function bigList(bytes: number): string {
  const entries = bundled.split('\n').filter((line) => line.startsWith('- ['));
  const parts = ['# Big List\n'];
  for (let n = 0, size = 0; size < bytes; n += 1) {
    const line = (entries[n % entries.length] ?? '').replace(
      /\]\(https?:[^)\s]+\)/,
      `](https://example.org/${n})`,
    );
    parts.push(n % entries.length === 0 ? `\n## Section ${n}\n\n${line}` : line);
    size += line.length + 1;
  }
  return parts.join('\n');
}

// How long the checks take is measured by `npm run bench:catalogue`, not here: a timed unit
// test fails on a busy machine and under mutation testing's instrumentation.
const refusal = (text: string) => {
  const result = checkListText(text);
  if (result.ok) throw new Error('expected a refusal');
  return result.reason;
};

describe('checkListText', () => {
  it('accepts real lists, with their nesting, quotes, code and rules', () => {
    expect(checkListText(bundled)).toEqual({ ok: true });
    expect(checkListText(nested(MAX_LIST_DEPTH))).toEqual({ ok: true });
    expect(checkListText(`${'> '.repeat(MAX_QUOTE_DEPTH)}quoted`)).toEqual({ ok: true });
    // Thematic breaks are not nested list markers, however many dashes they have.
    expect(checkListText(`${'- '.repeat(100)}\n${'* '.repeat(100)}`)).toEqual({ ok: true });
    expect(checkListText('# Ünïcödé list ✓\n\n- [Schölkopf](https://e.org/a) 🙂\n')).toEqual({
      ok: true,
    });
    expect(checkListText('')).toEqual({ ok: true });
  });

  it('accepts a 1 MB list', () => {
    expect(checkListText(bigList(1024 * 1024))).toEqual({ ok: true });
  });

  it('refuses a list nested 500 levels deep, by indentation or on one line', () => {
    expect(refusal(nested(500))).toBe(
      `its lists nest more than ${MAX_LIST_DEPTH} levels deep (at line ${MAX_LIST_DEPTH + 1}), and no real list nests that deep`,
    );
    expect(refusal(nested(MAX_LIST_DEPTH + 1, '1.'))).toContain('lists nest more than 32');
    expect(refusal(`${'* - '.repeat(500)}x`)).toContain(
      'lists nest more than 32 levels deep (at line 1)',
    );
    // Lines end at \r\n or a lone \r too, as in CommonMark.
    expect(refusal(nested(500).replaceAll('\n', '\r'))).toContain('(at line 33)');
    expect(refusal(nested(500).replaceAll('\n', '\r\n'))).toContain('(at line 33)');
    expect(checkListText(bundled.replaceAll('\n', '\r\n'))).toEqual({ ok: true });
    // Tabs indent to the next multiple of four columns.
    expect(
      refusal(Array.from({ length: 40 }, (_, i) => `${'\t'.repeat(i)}- x`).join('\n')),
    ).toContain('lists nest');
  });

  it('refuses 20,000 blockquote markers, and lists and quotes nested in each other', () => {
    expect(refusal(`${'>'.repeat(20_000)} deep`)).toBe(
      `its blockquotes nest more than ${MAX_QUOTE_DEPTH} levels deep (at line 1), and no real list nests that deep`,
    );
    expect(refusal(`${'> '.repeat(20_000)}deep`)).toContain('blockquotes nest');
    expect(
      refusal(Array.from({ length: 500 }, (_, i) => `${'> - '.repeat(i)}x`).join('\n')),
    ).toMatch(/nest more than/);
  });

  it('refuses a 2 MB link text, on one line or over many', () => {
    const oneLine = `# List\n\n- [${'a'.repeat(2_000_000)}](https://e.org/)\n`;
    expect(refusal(oneLine)).toBe(
      `line 3 is 2,000,020 characters long, and the limit is ${MAX_LINE_CHARS.toLocaleString('en-US')}`,
    );
    const manyLines = `# List\n\n- [${'word '.repeat(20).concat('\n').repeat(20_000)}](https://e.org/)\n`;
    expect(refusal(manyLines)).toMatch(
      /^the link text at line 3 is 2,020,000 characters long, and the limit is 10,000$/,
    );
    // A long text in brackets that is no link, or link texts each under the limit, are fine.
    expect(checkListText(`[${'a'.repeat(MAX_LINK_TEXT_CHARS + 1)}] not a link`)).toEqual({
      ok: true,
    });
    expect(checkListText(`[${'a'.repeat(MAX_LINK_TEXT_CHARS)}](https://e.org)`)).toEqual({
      ok: true,
    });
    expect(refusal(manyLines.replaceAll('\n', '\r'))).toMatch(/^the link text at line 3 is/);
    // A blank line ends the paragraph: a `[` before it never meets a `](` after it.
    expect(checkListText(`[${'a'.repeat(9_000)}\n\n${'b'.repeat(9_000)}](https://e.org)`)).toEqual({
      ok: true,
    });
  });

  it('refuses binary files: NUL bytes, UTF-16, or many control or replacement characters', () => {
    const bytes = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256);
    expect(refusal(new TextDecoder().decode(bytes))).toMatch(
      /^it contains NUL bytes, so it is a binary file/,
    );
    const utf16 = new TextDecoder().decode(
      new Uint8Array(Buffer.from('\ufeff# List\n', 'utf16le')),
    );
    expect(refusal(utf16)).toContain('NUL bytes');
    const noNul = new TextDecoder().decode(bytes.map((byte) => byte || 1));
    expect(refusal(noNul)).toMatch(
      /^\d+% of it is control characters or invalid UTF-8, so it is a binary file or not UTF-8 text \(save it as UTF-8\)$/,
    );
    // A Latin-1 accent here and there is not binary.
    expect(checkListText(`${bundled}\ufffd\ufffd\u0001`)).toEqual({ ok: true });
  });

  it('calls text binary past 5% odd characters, and only once there are 16 of them', () => {
    // A Latin-1 file read as UTF-8: each accented letter became U+FFFD.
    const misread = (odd: number, length: number) =>
      `${'Schr\ufffddinger '.repeat(odd)}${'x'.repeat(length - odd * 12)}`;
    expect(misread(16, 320)).toHaveLength(320);
    expect(checkListText(misread(16, 320))).toEqual({ ok: true });
    expect(refusal(misread(16, 319))).toBe(
      '5% of it is control characters or invalid UTF-8, so it is a binary file or not UTF-8 text (save it as UTF-8)',
    );
    expect(checkListText(misread(15, 180))).toEqual({ ok: true });
    expect(checkListText(`${bundled}${'\ufffd'.repeat(20)}`)).toEqual({ ok: true });
    // Terminal output with colour codes: escape characters, no replacement characters.
    expect(refusal('\u001b[31mFAIL\u001b[0m tests/list.test.ts\n'.repeat(16))).toMatch(
      /^6% of it is control characters/,
    );
  });

  it('counts line breaks, tabs and form feeds as text', () => {
    expect(checkListText('- [a](https://e.org)\r\n\f\t'.repeat(50))).toEqual({ ok: true });
    expect(checkListText('a\n'.repeat(100))).toEqual({ ok: true });
    expect(checkListText('a\r'.repeat(100))).toEqual({ ok: true });
    expect(checkListText('a\f'.repeat(100))).toEqual({ ok: true });
  });

  it('counts 1, 2, 3 and 4 UTF-8 bytes per character up to exactly 5 MiB', () => {
    // One character each side of every boundary in UTF-8's widths, and two astral ones.
    const sample = '# \u007f\u0080 Schrödinger \u07ff\u0800 語 \ud7ff \ue000 ！ 𐀀 𝒜 🙂\n';
    const fill = (bytes: number) => {
      const line = `${'a'.repeat(1023)}\n`;
      return line.repeat(Math.floor(bytes / line.length)) + 'a'.repeat(bytes % line.length);
    };
    const exact = sample + fill(MAX_MARKDOWN_BYTES - Buffer.byteLength(sample));
    expect(Buffer.byteLength(exact)).toBe(MAX_MARKDOWN_BYTES);
    expect(checkListText(exact)).toEqual({ ok: true });
    expect(refusal(`${exact}a`)).toBe('it is 5.1 MB of Markdown, over the 5 MB limit for a list');
    // As many characters as the limit has bytes, one of them two bytes long.
    const accented = `é${fill(MAX_MARKDOWN_BYTES - 1)}`;
    expect(accented).toHaveLength(MAX_MARKDOWN_BYTES);
    expect(refusal(accented)).toMatch(/^it is 5.1 MB of Markdown/);
  });

  it('refuses a huge file, by its text or by its size before reading', () => {
    expect(refusal(bigList(MAX_MARKDOWN_BYTES + 1000))).toMatch(
      /^it is 5.1 MB of Markdown, over the 5 MB limit for a list$/,
    );
    expect(checkMarkdownSize(12 * 1024 * 1024)).toEqual({
      ok: false,
      reason: 'it is 12 MB of Markdown, over the 5 MB limit for a list',
    });
    expect(checkMarkdownSize(MAX_MARKDOWN_BYTES)).toEqual({ ok: true });
    // Counted in UTF-8 bytes, not characters: 2 million three-byte characters are 6 MB.
    expect(refusal('語'.repeat(2_000_000))).toMatch(/^it is 5.8 MB of Markdown/);
  });

  it('refuses an absurdly long line', () => {
    expect(refusal(`# List\n\n${'x'.repeat(MAX_LINE_CHARS + 1)}`)).toBe(
      'line 3 is 20,001 characters long, and the limit is 20,000',
    );
  });
});
