import { describe, expect, it } from 'vitest';
import { shortTitle } from '../../src/lib/short-title';

describe('shortTitle', () => {
  it('keeps a short title whole', () => {
    expect(shortTitle('DeepXplore')).toBe('DeepXplore');
  });

  it('cuts a long title at a word, with an ellipsis', () => {
    expect(
      shortTitle('NNSmith: Generating Diverse and Valid Test Cases for Deep Learning Compilers'),
    ).toBe('NNSmith: Generating Diverse and Valid…');
  });

  it('cuts a title without spaces inside the limit, never splitting an emoji', () => {
    const cut = shortTitle('🧪'.repeat(60), 10);
    expect(cut).toBe(`${'🧪'.repeat(10)}…`);
  });
});
