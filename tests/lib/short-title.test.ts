import { describe, expect, it } from 'vitest';
import { shortTitle } from '../../src/lib/short-title';

describe('shortTitle', () => {
  it('keeps a short title whole', () => {
    expect(shortTitle('DeepXplore')).toBe('DeepXplore');
  });

  it('trims spaces around the title', () => {
    expect(shortTitle('  DeepXplore \n')).toBe('DeepXplore');
  });

  it('keeps a title of exactly the limit whole', () => {
    expect(shortTitle('Fuzzing Deep-Learning Libraries via LLMs')).toBe(
      'Fuzzing Deep-Learning Libraries via LLMs',
    );
  });

  it('cuts at a word that ends halfway, dropping the colon before it', () => {
    expect(shortTitle('Metamorphic Testing: Hyperparameter-Optimisation-Aware Frameworks')).toBe(
      'Metamorphic Testing…',
    );
  });

  it('drops a dash and the space before it at the cut', () => {
    expect(shortTitle('Differential Testing of Deep Learning — Cross-Framework Consistency')).toBe(
      'Differential Testing of Deep Learning…',
    );
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
