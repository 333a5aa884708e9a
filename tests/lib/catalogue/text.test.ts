// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { collapseWhitespace, trimEndOf } from '../../../src/lib/catalogue/text';

describe('collapseWhitespace', () => {
  it('joins the lines of a wrapped title with single spaces and trims its ends', () => {
    expect(collapseWhitespace('\n  Attention Is\n    All You Need  \t')).toBe(
      'Attention Is All You Need',
    );
  });
});

describe('trimEndOf', () => {
  it('drops the separators after a description', () => {
    expect(trimEndOf('Introduces coverage, |; ', ' ,;|')).toBe('Introduces coverage');
  });

  it('leaves nothing of text made only of those characters', () => {
    expect(trimEndOf(' , ; ', ' ,;|')).toBe('');
  });
});
