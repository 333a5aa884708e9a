// @vitest-environment node
import { readFileSync } from 'node:fs';
import { readCrossrefWork } from '../../../src/lib/papers/crossref-work';

const recorded = (name: string): unknown =>
  JSON.parse(readFileSync(`tests/fixtures/papers/${name}`, 'utf8'));

describe("Crossref's work answer", () => {
  it('gives the title, the authors as "Given Family", the proceedings and the year', () => {
    expect(readCrossrefWork(recorded('crossref-deepxplore.json'))).toEqual({
      title: 'DeepXplore: Automated Whitebox Testing of Deep Learning Systems',
      authors: ['Kexin Pei', 'Yinzhi Cao', 'Junfeng Yang', 'Suman Jana'],
      venue: 'Proceedings of the 26th Symposium on Operating Systems Principles',
      year: 2017,
    });
  });

  it('drops markup from titles, keeps organisations, falls back to the event and online date', () => {
    expect(readCrossrefWork(recorded('crossref-markup.json'))).toEqual({
      title: 'Robust k-Means & the 2-Norm: a Study',
      authors: ['Émile Zola', 'The Robustness Consortium'],
      venue: 'Workshop on Robust Learning',
      year: 2020,
    });
  });

  it('refuses an answer of another shape, or a work without a title', () => {
    expect(readCrossrefWork({ status: 'failed', message: [] })).toBeNull();
    expect(readCrossrefWork('Resource not found.')).toBeNull();
    expect(readCrossrefWork({ status: 'ok', message: { DOI: '10.1/x', title: [] } })).toBeNull();
    expect(readCrossrefWork({ status: 'ok', message: { DOI: 12 } })).toBeNull();
  });
});
