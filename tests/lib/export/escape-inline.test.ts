// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeInline } from '../../../src/lib/export/markdown-document';

// The rule in full, as the document has always applied it.
function escapeAlways(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>#|~&!$]/g, '\\$&');
}

const pieces = fc.constantFrom(
  ' ',
  '  ',
  '\t',
  '\n',
  '\r\n',
  '\u00a0',
  '\ufeff',
  '\u2028',
  '\u3000',
);
const special = fc.constantFrom(...'\\`*_[]<>#|~&!$'.split(''), 'a', 'Word', '机器', '👨‍👩‍👧');
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.array(fc.oneof(pieces, special), { maxLength: 20 }).map((parts) => parts.join('')),
);

describe('escapeInline', () => {
  it('returns plain text as it is and escapes the rest as before (property)', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(escapeInline(value)).toBe(escapeAlways(value));
      }),
      { numRuns: 5000 },
    );
    expect(escapeInline('Deep Learning for Systems')).toBe('Deep Learning for Systems');
    expect(escapeInline(' two  spaces\u00a0and #tags ')).toBe('two spaces and \\#tags');
  });
});
