// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { resolveHttpUrl, usableSourceUrl } from '../../../src/lib/catalogue/resolve-url';

const source = 'https://github.com/o/r/blob/main/README.md';

describe('resolveHttpUrl', () => {
  it.each(['#datasets', '  #datasets '])('reads %j as an anchor into the list', (raw) => {
    expect(resolveHttpUrl(raw, source)).toEqual({ kind: 'anchor' });
    expect(resolveHttpUrl(raw, undefined)).toEqual({ kind: 'anchor' });
  });

  it('resolves a relative link whose query holds a colon against the source', () => {
    expect(resolveHttpUrl('search?q=venue:ICML', 'https://example.com/list/')).toEqual({
      kind: 'ok',
      url: 'https://example.com/list/search?q=venue:ICML',
    });
  });

  it.each(['', '   '])('refuses the empty link %j rather than linking the list itself', (raw) => {
    expect(resolveHttpUrl(raw, source)).toEqual({ kind: 'rejected', reason: 'link has no URL' });
  });

  it('reads a link with its own scheme on its own, not against an http source', () => {
    expect(resolveHttpUrl('http:paper.pdf', 'http://example.com/list/')).toEqual({
      kind: 'ok',
      url: 'http://paper.pdf/',
    });
  });

  it.each(['https://', 'https://exa mple.com/paper'])('refuses %j, which is no URL', (raw) => {
    expect(resolveHttpUrl(raw, source)).toEqual({
      kind: 'rejected',
      reason: 'link is not a valid URL',
    });
  });

  it('refuses a scheme split by a tab, which the URL parser joins back', () => {
    expect(resolveHttpUrl('ft\tp://example.com/paper.pdf', source)).toEqual({
      kind: 'rejected',
      reason: 'link is not http(s)',
    });
  });
});

describe('usableSourceUrl', () => {
  it('normalizes an http or https source with spaces around it', () => {
    expect(usableSourceUrl(`  ${source} `)).toBe(source);
    expect(usableSourceUrl('http://example.com/awesome.md')).toBe('http://example.com/awesome.md');
  });

  it('refuses a source without slashes after its scheme, or none at all', () => {
    expect(usableSourceUrl('https:github.com/o/r')).toBeUndefined();
    expect(usableSourceUrl(undefined)).toBeUndefined();
  });
});
