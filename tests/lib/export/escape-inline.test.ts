// @vitest-environment node
import fc from 'fast-check';
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { escapeInline } from '../../../src/lib/export/escape-inline';

/** The node types of the parsed Markdown, depth first. */
function nodeTypes(node: Nodes): string[] {
  const children = 'children' in node ? node.children : [];
  return [node.type, ...children.flatMap((child) => nodeTypes(child))];
}

function parse(markdown: string) {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

const pieces = fc.constantFrom(' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\ufeff', '\u3000');
const special = fc.constantFrom(
  ...'\\`*_[]<>#|~&!$'.split(''),
  '&amp;',
  '&#38;',
  '<b>',
  '</i>',
  '<!--',
  'a',
  'Word',
  '机器',
  '👨‍👩‍👧',
);
// GFM turns `www.x.y`, `http://…` and `name@host.x` into links whose text is the same, and no
// escape stops it finding an email in the parsed text: left out here (no `@`).
const text = fc.oneof(
  fc
    .string({ unit: 'grapheme-ascii', maxLength: 30 })
    .map((value) => value.replaceAll('@', ' at ')),
  fc.array(fc.oneof(pieces, special), { maxLength: 20 }).map((parts) => parts.join('')),
);

describe('escapeInline', () => {
  it('leaves alone what Markdown reads as text', () => {
    for (const plain of [
      'Deep Learning for Systems',
      'Empirical Studies on Machine Learning Bugs & Challenges',
      'C# and F# | pipes > arrows, 3 < 4, $5 and !bang',
      'snake_case_names',
      'A \\ backslash',
    ]) {
      expect(escapeInline(plain)).toBe(plain);
    }
  });

  it('escapes what would become syntax', () => {
    expect(escapeInline(' two  spaces\u00a0and #tags ')).toBe('two spaces and \\#tags');
    expect(escapeInline('*bold* _em_ `code` [link] ~strike~')).toBe(
      '\\*bold\\* \\_em\\_ \\`code\\` \\[link\\] \\~strike\\~',
    );
    expect(escapeInline('&amp; <b>tag</b> $x$')).toBe('\\&amp; \\<b>tag\\</b> \\$x\\$');
    expect(escapeInline('Title ##')).toBe('Title \\##');
  });

  it('reads back as the same text in a heading, with no markup (property)', () => {
    fc.assert(
      fc.property(text, (value) => {
        const tree = parse(`### ${escapeInline(value)}`);
        const expected = value.replace(/\s+/g, ' ').trim();
        if (expected === '') return;
        expect(tree.children).toHaveLength(1);
        const [heading] = tree.children;
        expect(heading?.type).toBe('heading');
        expect(new Set(nodeTypes(tree))).toEqual(new Set(['root', 'heading', 'text']));
        expect(toString(heading)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });
});
