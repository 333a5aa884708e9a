// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { plainInline } from '../../../src/lib/markdown/plain-inline';

describe('plainInline', () => {
  it('drops inline marks and keeps link text', () => {
    expect(
      plainInline(
        'A study of **failure** in _jobs_ with `code`, see [the review](x.md) <b>now</b>.',
      ),
    ).toBe('A study of failure in jobs with code, see the review now.');
  });

  it('leaves lone marks alone', () => {
    expect(plainInline('2 * 3 and a_b')).toBe('2 * 3 and a_b');
  });
});
