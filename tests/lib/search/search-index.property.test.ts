// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseText, tokenise } from '../../../src/lib/search/normalise';
import { createSearchIndex } from '../../../src/lib/search/search-index';
import type { SearchDocument, SearchField } from '../../../src/lib/search/search-index';

// Few words sharing many prefixes, so that random queries often match and often narrow.
const VOCABULARY = [
  'net',
  'network',
  'Networks',
  'neural',
  'new',
  'planet',
  'a',
  'an',
  'ant',
  'Métrique',
  'metric',
  'über',
  'Uber',
  '深度学习',
  '学习',
  'C++',
  'x-ray',
  'gpt4',
  '2024',
];
const FIELDS: SearchField[] = [
  'title',
  'venue',
  'authors',
  'tags',
  'description',
  'note',
  'sections',
];
const WEIGHT: Record<SearchField, number> = {
  title: 10,
  tags: 6,
  venue: 5,
  authors: 4,
  description: 3,
  note: 2,
  sections: 1,
};
const IDS = ['a', 'b', 'c', 'd', 'e', 'f'];
// Enough bystanders that a search with few hits sorts its hits instead of scanning the list.
const FILLERS: SearchDocument[] = Array.from({ length: 70 }, (_, i) => ({
  id: `filler-${i}`,
  order: i % 5,
  fields: { title: `filler ${i}` },
}));

const text = fc
  .array(fc.constantFrom(...VOCABULARY), { maxLength: 5 })
  .chain((words) => fc.constantFrom(' ', '-', ', ', '/').map((sep) => words.join(sep)));
const fields = fc.record(
  {
    title: text,
    venue: text,
    authors: text,
    tags: text,
    description: text,
    note: text,
    sections: text,
  },
  { requiredKeys: [] },
);
const document = fc.record({ id: fc.constantFrom(...IDS), order: fc.nat(4), fields });
type Op = { kind: 'upsert'; doc: SearchDocument } | { kind: 'remove'; id: string };
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: document.map((doc) => ({ kind: 'upsert' as const, doc })) },
  { weight: 1, arbitrary: fc.constantFrom(...IDS).map((id) => ({ kind: 'remove' as const, id })) },
);
const queryWord = fc
  .tuple(fc.constantFrom(...VOCABULARY), fc.integer({ min: 1, max: 8 }), fc.boolean())
  .map(([word, length, upper]) => (upper ? word.toUpperCase() : word).slice(0, length));
const query = fc
  .tuple(fc.array(queryWord, { minLength: 1, maxLength: 3 }), fc.constantFrom(' ', '-', '  '))
  .map(([words, sep]) => words.join(sep));

/** The specification, by brute force: score every document against every query word. */
function oracle(docs: Map<string, SearchDocument>, q: string): string[] | null {
  const words = tokenise(q);
  if (words.length === 0) return null;
  const phrase = phraseForm(q);
  const scored: { doc: SearchDocument; score: number }[] = [];
  for (const doc of docs.values()) {
    const fieldTokens = FIELDS.map((field) => ({
      field,
      tokens: tokenise(doc.fields[field] ?? ''),
    }));
    // A word's score: the best weight of a field with a token it starts, +1 if it is the token.
    const bests = words.map((word) =>
      Math.max(
        0,
        ...fieldTokens.flatMap(({ field, tokens }) =>
          tokens.filter((t) => t.startsWith(word)).map((t) => WEIGHT[field] + (t === word ? 1 : 0)),
        ),
      ),
    );
    if (bests.includes(0)) continue;
    let score = bests.reduce((sum, best) => sum + best, 0);
    // The phrase bonus as the index defines it: every word is in the title, and so is the phrase.
    const title = fieldTokens[0]?.tokens ?? [];
    const allInTitle = words.every((word) => title.some((t) => t.startsWith(word)));
    if (allInTitle && phraseForm(doc.fields.title ?? '').includes(phrase)) score += 5;
    scored.push({ doc, score });
  }
  scored.sort(
    (x, y) =>
      y.score - x.score ||
      x.doc.order - y.doc.order ||
      (x.doc.id < y.doc.id ? -1 : x.doc.id > y.doc.id ? 1 : 0),
  );
  return scored.map(({ doc }) => doc.id);
}

function phraseForm(value: string): string {
  return normaliseText(value)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

describe('search index against a brute-force oracle', () => {
  it('returns the same ids in the same order after any upserts and removes', () => {
    fc.assert(
      fc.property(
        fc.array(document, { maxLength: 6 }),
        fc.array(op, { maxLength: 12 }),
        fc.array(query, { minLength: 1, maxLength: 4 }),
        (initial, ops, queries) => {
          const docs = new Map([...FILLERS, ...initial].map((doc) => [doc.id, doc]));
          const index = createSearchIndex(docs.values());
          const check = () => {
            for (const q of queries) expect(index.search(q)).toEqual(oracle(docs, q));
          };
          check();
          for (const step of ops) {
            if (step.kind === 'upsert') {
              docs.set(step.doc.id, step.doc);
              index.upsert(step.doc);
            } else {
              docs.delete(step.id);
              index.remove(step.id);
            }
            check();
          }
          expect(index.size()).toBe(docs.size);
        },
      ),
      { numRuns: 200 },
    );
  });
});
