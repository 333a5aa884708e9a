// Benchmarks the search index on synthetic libraries: `npx tsx scripts/bench-search.ts`.
// Deterministic (seeded), so numbers from two runs or two branches compare like for like.
// The heap figure is only exact with NODE_OPTIONS=--expose-gc, which lets it collect first.
import { createSearchIndex } from '../src/lib/search/search-index';
import type { SearchDocument } from '../src/lib/search/search-index';

const ML_WORDS = (
  'neural network networks learning deep model models language large transformer attention ' +
  'graph reinforcement policy gradient optimisation training inference benchmark dataset ' +
  'embedding retrieval generation diffusion vision convolutional recurrent memory agent ' +
  'robust adversarial fuzzing program synthesis verification compiler tensor shape sparse'
).split(' ');
// English-like syllables, so that two-letter prefixes are about as selective as in real text.
const ONSETS = 'b br c ch cl d dr f fl g gr h j k l m n p pl pr r s sh sp st t th tr v w z'.split(
  ' ',
);
const VOWELS = 'a e i o u ai ea ou io'.split(' ');
const CODAS = ['', '', 'n', 'r', 's', 't', 'l', 'm', 'nd', 'st', 'ng', 'x'];

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rng = mulberry32(42);
const int = (min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
const pseudoWords = Array.from({ length: 3000 }, (_, i) => {
  const pick = (list: string[]) => list[int(0, list.length - 1)] ?? '';
  const syllables = Array.from(
    { length: int(1, 3) },
    () => pick(ONSETS) + pick(VOWELS) + pick(CODAS),
  );
  return `${syllables.join('')}${i % 7 === 0 ? i : ''}`;
});
// Skewed towards the head of the vocabulary, as real word frequencies are.
const word = () =>
  rng() < 0.25 ? ML_WORDS[int(0, ML_WORDS.length - 1)] : pseudoWords[Math.floor(rng() ** 2 * 3000)];
const words = (n: number) => Array.from({ length: n }, word).join(' ');
const note = (bytes: number) => {
  let text = '';
  while (text.length < bytes) text += `${words(12)}. `;
  return text;
};

function makeDocs(count: number): SearchDocument[] {
  return Array.from({ length: count }, (_, order) => ({
    id: `paper-${order}`,
    order,
    fields: {
      title: words(int(6, 12)),
      venue: `${word()} ${int(1990, 2025)}`,
      tags: words(int(0, 3)),
      description: words(20),
      note: order % 5 === 0 ? note(int(1000, 5000)) : '',
    },
  }));
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

// The last query starts with a pseudo-word, as a user searching their own notes would.
const QUERIES = [
  'neural netwo',
  'graph transf',
  'robust fuzzi',
  pseudoWords.slice(3, 8).join(' ').slice(0, 12),
];
const ROUNDS = 20;

for (const count of [10_000, 50_000]) {
  const docs = makeDocs(count);
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let index = createSearchIndex();
  const build = time(() => (index = createSearchIndex(docs)));
  globalThis.gc?.();
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  console.log(`\n${count} papers: build ${build.toFixed(0)} ms, ~${heapMb.toFixed(0)} MB heap`);

  for (const query of QUERIES) {
    const samples: number[] = [];
    let hits = 0;
    for (let round = 0; round < ROUNDS; round++) {
      for (let end = 1; end <= query.length; end++) {
        const prefix = query.slice(0, end);
        samples.push(time(() => (hits = index.search(prefix)?.length ?? -1)));
      }
    }
    // The first round is dropped: it measures the JIT warming up, which happens once a session.
    const sorted = samples.slice(query.length).sort((a, b) => a - b);
    const [p50, p95, max] = [percentile(sorted, 50), percentile(sorted, 95), sorted.at(-1) ?? NaN];
    console.log(
      `  '${query}' per keystroke: p50 ${p50.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms, ` +
        `max ${max.toFixed(2)} ms (${hits} hits for the full query)`,
    );
  }

  const target = docs[1];
  if (!target) throw new Error('no documents generated');
  const fiveKb = note(5000);
  const upsert = time(() =>
    index.upsert({ ...target, fields: { ...target.fields, note: fiveKb } }),
  );
  const edits: number[] = [];
  const searches: number[] = [];
  let typed = fiveKb;
  for (const char of ' transformer attention') {
    typed += char;
    const text = typed;
    edits.push(time(() => index.upsert({ ...target, fields: { ...target.fields, note: text } })));
    searches.push(time(() => index.search('neural netwo')));
  }
  const max = (values: number[]) => Math.max(...values).toFixed(2);
  console.log(`  upsert of a 5 KB note: ${upsert.toFixed(2)} ms`);
  console.log(
    `  typing in that note: upsert max ${max(edits)} ms, then a search max ${max(searches)} ms`,
  );
}
