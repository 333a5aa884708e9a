// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { FrontMatterField } from '../../../src/lib/export/front-matter';
import { frontMatterYaml, simpleFrontMatter } from '../../../src/lib/export/front-matter';

const library = (fields: readonly FrontMatterField[]) =>
  stringify(Object.fromEntries(fields), { lineWidth: 0 });

// Values at the edges of yaml's rules: indicators, comments, `: `, document markers, numbers,
// booleans and nulls in disguise, quotes, escapes, line breaks and other invisible characters.
const tricky = fc.constantFrom(
  '',
  ' ',
  'null',
  'Null',
  '~',
  'true',
  'FALSE',
  'yes',
  '1',
  '-1',
  '+1',
  '0x1F',
  '0o17',
  '0b1',
  '1.5',
  '.5',
  '1e5',
  '1E-5',
  '.inf',
  '-.Inf',
  '.nan',
  '2026-01-02',
  '12:30',
  'arxiv:1904.03257',
  'https://arxiv.org/abs/1904.03257',
  'MLSys: The New Frontier',
  'a #b',
  'a#b',
  '#tag',
  '- item',
  '-',
  '?',
  '? x',
  ':x',
  'x:',
  'x: ',
  '---',
  '--- x',
  '...',
  '%YAML',
  '@user',
  '`code`',
  '[a]',
  'a [b]',
  '{a}',
  '*star',
  '&anchor',
  '!tag',
  '|pipe',
  '>gt',
  "it's",
  'say "hi"',
  `both ' and "`,
  'back\\slash',
  'tab\there',
  'line\nbreak',
  'trailing\n',
  'cr\rhere',
  'nel\u0085',
  'nbsp\u00a0x',
  'ls\u2028x',
  'bom\ufeff',
  'del\u007f',
  'nul\u0000',
  'lone\ud800',
  '👨‍👩‍👧',
  '机器学习',
  'Café',
);
const text = fc.oneof(
  { weight: 3, arbitrary: tricky },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.array(tricky, { maxLength: 4 }).map((parts) => parts.join(' ')) },
);
const value = fc.oneof(
  text,
  fc.array(text, { maxLength: 4 }),
  fc.integer({ min: 1000, max: 9999 }),
  fc.constantFrom(0, -0, -5, 1.5, NaN, Infinity, Number.MAX_SAFE_INTEGER + 2),
);
const key = fc.constantFrom('id', 'title', 'url', 'year', 'tags', 'sections', 'Key', 'a b', '-');
const fields = fc.array(fc.tuple(key, value), { maxLength: 10 });
const everydayKey = fc.constantFrom('id', 'title', 'url', 'venue', 'year', 'tags', 'sections');
const everydayFields = fc.uniqueArray(fc.tuple(everydayKey, value), {
  maxLength: 7,
  selector: ([name]) => name,
});

describe('frontMatterYaml', () => {
  it('writes what the yaml library writes (property)', () => {
    fc.assert(
      fc.property(fields, (entries) => {
        expect(frontMatterYaml(entries)).toBe(library(entries));
      }),
      { numRuns: 3000 },
    );
  }, 60_000);

  it('writes most maps without the library, exactly as the library would (property)', () => {
    let simple = 0;
    let runs = 0;
    fc.assert(
      fc.property(everydayFields, (entries) => {
        runs += 1;
        const written = simpleFrontMatter(entries);
        if (written === undefined) return;
        simple += 1;
        expect(written).toBe(library(entries));
      }),
      { numRuns: 3000 },
    );
    // Otherwise the agreement above would say little about the library-free path.
    expect(simple / runs).toBeGreaterThan(0.1);
  }, 60_000);

  it('writes everyday front matter itself', () => {
    const entries: FrontMatterField[] = [
      ['id', 'arxiv:1904.03257'],
      ['title', 'MLSys: The New Frontier of Machine Learning Systems'],
      ['url', 'https://arxiv.org/pdf/1904.03257.pdf'],
      ['venue', 'ICSE'],
      ['year', 2020],
      ['status', 'to-read'],
      ['started', '2026-01-02'],
      ['tags', ['Survey', 'deep-learning']],
      ['sections', []],
    ];
    expect(simpleFrontMatter(entries)).toBe(library(entries));
    expect(frontMatterYaml(entries)).toContain(
      'title: "MLSys: The New Frontier of Machine Learning Systems"\n',
    );
  });
});
