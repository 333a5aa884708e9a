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

  const work = (message: Record<string, unknown>): unknown => ({
    status: 'ok',
    message: { DOI: '10.1145/3132747.3132785', title: ['Fuzzing the Kernel'], ...message },
  });
  const yearOf = (message: Record<string, unknown>) =>
    (readCrossrefWork(work(message)) as { year?: number } | null)?.year;

  it('reads a work with nothing but a title, and trims the spaces around it', () => {
    expect(readCrossrefWork(work({ title: ['  Fuzzing the Kernel\n'] }))).toEqual({
      title: 'Fuzzing the Kernel',
      authors: [],
    });
    expect(readCrossrefWork({ status: 'ok', message: { DOI: '10.1/x' } })).toBeNull();
  });

  it('drops an author whose name is empty once the markup is gone', () => {
    const read = readCrossrefWork(
      work({ author: [{ name: '<b> </b>' }, {}, { family: 'Pei', given: 'Kexin' }] }),
    );
    expect(read?.authors).toEqual(['Kexin Pei']);
  });

  it('takes the print date when there is no issued date, before the online one', () => {
    const print = { 'date-parts': [[2017, 10]] };
    const online = { 'date-parts': [[2016]] };
    expect(yearOf({ 'published-print': print, 'published-online': online })).toBe(2017);
    expect(yearOf({ issued: {}, 'published-print': print })).toBe(2017);
    expect(yearOf({ issued: { 'date-parts': [] }, 'published-print': print })).toBe(2017);
  });

  it('skips a year outside four digits and keeps the years 1000 and 9999', () => {
    const on = (year: number) => ({ 'date-parts': [[year]] });
    expect(yearOf({ issued: on(999), published: on(2001) })).toBe(2001);
    expect(yearOf({ issued: on(10000), published: on(2001) })).toBe(2001);
    expect(yearOf({ issued: on(1000), published: on(2001) })).toBe(1000);
    expect(yearOf({ issued: on(9999), published: on(2001) })).toBe(9999);
  });
});
