// @vitest-environment node
import { arxivIdFromText } from '../../../src/lib/papers/arxiv-id';

describe('arxivIdFromText', () => {
  it('reads an id pasted with spaces and a line break around it', () => {
    expect(arxivIdFromText('  arXiv:1706.03762v7\n')).toBe('1706.03762');
  });
});
