// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createSlugger, githubSlug } from '../../../src/lib/catalogue/slug';

describe('githubSlug', () => {
  it.each([
    ['Background', 'background'],
    ['High-Level View', 'high-level-view'],
    [
      'Empirical Studies on Machine Learning Bugs & Challenges',
      'empirical-studies-on-machine-learning-bugs--challenges',
    ],
    ['C++ / Rust: (2024)!', 'c--rust-2024'],
    ['Überblick: Café', 'überblick-café'],
    ['日本語 論文', '日本語-論文'],
    ['snake_case words', 'snake_case-words'],
    ['🚀 Launch', '-launch'],
  ])('slugs %s as %s', (text, slug) => {
    expect(githubSlug(text)).toBe(slug);
  });
});

describe('createSlugger', () => {
  it('suffixes repeated headings like GitHub does', () => {
    const slug = createSlugger();
    expect(['Intro', 'Intro', 'Intro', 'Intro 1'].map(slug)).toEqual([
      'intro',
      'intro-1',
      'intro-2',
      'intro-1-1',
    ]);
  });

  it('never returns an empty id', () => {
    const slug = createSlugger();
    expect(['🚀', '🚀'].map(slug)).toEqual(['section', 'section-1']);
  });
});
