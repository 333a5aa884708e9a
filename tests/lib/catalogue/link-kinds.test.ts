// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  isLabelText,
  isNavigationUrl,
  isPaperUrl,
  paperLabelRankOf,
} from '../../../src/lib/catalogue/link-kinds';

describe('isLabelText', () => {
  it.each([
    'pdf',
    '[PDF]',
    '[[pdf]]',
    'Paper:',
    'arXiv 📄',
    'Code & Model',
    'paper link',
    'Project Page',
    'official code',
    'GitHub',
    'OpenReview',
  ])('%j names a link', (label) => {
    expect(isLabelText(label)).toBe(true);
  });

  it.each([
    'Deep Nets Revisited',
    'Paperclip Nets',
    'Codebook Learning',
    'Projected Gradients',
    '',
  ])('%j is no label', (label) => {
    expect(isLabelText(label)).toBe(false);
  });
});

describe('paperLabelRankOf', () => {
  it('ranks labels that point at the paper, best first, and every other label last', () => {
    const labels = ['paper', 'PDF', '[arXiv]', 'OpenReview', 'link', 'abs', 'DOI', 'html', 'url'];
    expect(labels.map(paperLabelRankOf)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(paperLabelRankOf('code')).toBe(9);
    expect(paperLabelRankOf('Project')).toBe(9);
  });

  it('ranks by the first word: `paper link` is a paper label', () => {
    expect(paperLabelRankOf('paper link')).toBe(0);
  });
});

describe('isPaperUrl', () => {
  it.each([
    'https://arxiv.org/abs/2101.01234',
    'https://export.arxiv.org/abs/2101.01234',
    'https://openreview.net/forum?id=abc',
    'https://dl.acm.org/doi/10.1145/1',
    'https://proceedings.neurips.cc/paper/1',
    'https://example.com/widgets.PDF',
    'https://example.com/widgets.pdf#page=2',
  ])('%s points at a paper', (url) => {
    expect(isPaperUrl(url)).toBe(true);
  });

  it.each([
    'https://github.com/x/y',
    'https://example.com/pdf',
    'https://notarxiv.org/abs/1',
    'https://arxiv.org.example.com/abs/1',
    'not a url',
  ])('%s does not', (url) => {
    expect(isPaperUrl(url)).toBe(false);
  });
});

describe('isNavigationUrl', () => {
  it.each(['#anchor', ' #anchor', './#anchor', 'README.md#anchor', 'readme.MD#x'])(
    '%j points inside the document',
    (url) => {
      expect(isNavigationUrl(url)).toBe(true);
    },
  );

  it.each(['https://example.com/#x', 'other.md', 'docs/README.md#x', '../README.md#x'])(
    '%j points elsewhere',
    (url) => {
      expect(isNavigationUrl(url)).toBe(false);
    },
  );
});

describe('link labels and paper URLs: edge cases', () => {
  it('reads a label written as two words, with sizes and versions', () => {
    expect(isLabelText('Hugging Face')).toBe(true);
    expect(isLabelText('PDF (12 MB)')).toBe(true);
    expect(isLabelText('Code v2')).toBe(true);
    expect(isLabelText('Our')).toBe(false);
    expect(isLabelText('📄 Paper & Code')).toBe(true);
  });

  it.each(['Paper and Code', 'The Paper', 'Our Code', 'Full Paper', 'PDF (800 KB)', 'arXiv v1'])(
    'reads label words joined by small words: %j',
    (label) => {
      expect(isLabelText(label)).toBe(true);
    },
  );

  it('ranks a label by its letters alone', () => {
    expect(paperLabelRankOf('Open Review')).toBe(paperLabelRankOf('openreview'));
    expect(paperLabelRankOf('Open Review')).toBeLessThan(paperLabelRankOf('Code'));
  });

  it('takes a URL for a PDF only when its path ends in .pdf', () => {
    expect(isPaperUrl('https://github.com/lab/w.pdf-tools')).toBe(false);
    expect(isPaperUrl('https://e.org/papers/widgets.PDF')).toBe(true);
  });
});
