import fc from 'fast-check';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { InlineMarkdownRenderer } from '../../src/components/inline-markdown-renderer';
import { isPlainInline } from '../../src/lib/markdown/plain-inline';

const parsed = (text: string) => renderToStaticMarkup(<InlineMarkdownRenderer text={text} />);
const asText = (text: string) => renderToStaticMarkup(<>{text}</>);

describe('isPlainInline', () => {
  it('lets plain sentences skip the parser', () => {
    for (const text of ['A study of robust training', 'Übersicht — 2024, 3.5% better (v2)']) {
      expect(isPlainInline(text)).toBe(true);
      expect(parsed(text)).toBe(asText(text));
    }
  });

  it('sends anything that may be markup to the parser', () => {
    for (const text of [
      '**bold**',
      'a_b',
      '`code`',
      '[link](https://example.org)',
      'see www.example.org',
      'mail a@b.org',
      'https://example.org',
      '1. first',
      '- item',
      '# heading',
      '> quote',
      '    indented',
      'two\nlines',
      'AT&amp;T',
      '<b>x</b>',
      '',
    ]) {
      expect(isPlainInline(text), text).toBe(false);
    }
  });

  it('never disagrees with the parser about a text it calls plain', () => {
    const alphabet = fc.constantFrom(
      ...'ab Z9 .,;()-+"\'?/%$^{}=*_`~[]<>!&:@#|\\\n\t1)wé—'.split(''),
      'www.',
      '1.',
      'http:',
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        if (isPlainInline(text)) expect(parsed(text)).toBe(asText(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('InlineMarkdownRenderer', () => {
  it('renders inline markup and keeps links safe', () => {
    expect(parsed('**Robust** `code` [site](https://example.org)')).toContain(
      '<strong>Robust</strong> <code>code</code> <a',
    );
    expect(parsed('[x](javascript:alert(1))')).not.toContain('javascript:');
  });

  it('renders the same text the same way every time', () => {
    const text = 'A _cached_ description';
    expect(parsed(text)).toBe(parsed(text));
    expect(parsed(text)).toBe('A <em>cached</em> description');
  });
});
