// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { EntryDraft } from '../../../src/lib/catalogue/entry-types';
import { mergeEntries } from '../../../src/lib/catalogue/merge-papers';

const entry = (url: string, tags: string[]): EntryDraft => ({
  title: 'Attention Is All You Need',
  url,
  tags,
  links: [],
});

describe('mergeEntries', () => {
  it('keeps a tag once when the same paper is listed twice with it', () => {
    const papers = mergeEntries([
      { entry: entry('https://arxiv.org/abs/1706.03762', ['NLP', 'Transformer']), sectionId: 'a' },
      { entry: entry('https://arxiv.org/pdf/1706.03762v7.pdf', ['Transformer']), sectionId: 'b' },
    ]);
    expect(papers).toHaveLength(1);
    expect(papers[0]?.tags).toEqual(['NLP', 'Transformer']);
  });
});
