// The vocabulary and seeded randomness behind the synthetic lists. Everything here is a pure
// function of the seed, so two runs (or two branches) benchmark exactly the same list.

export type Random = {
  next: () => number;
  int: (min: number, max: number) => number;
  pick: <T>(list: readonly T[]) => T;
  /** Favours the head of the list, as real word frequencies do. */
  skewed: <T>(list: readonly T[]) => T;
  chance: (p: number) => boolean;
};

export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  // mulberry32: tiny, fast and good enough for test data.
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const at = <T>(list: readonly T[], index: number): T => {
    const value = list[Math.min(list.length - 1, index)];
    if (value === undefined) throw new Error('cannot pick from an empty list');
    return value;
  };
  return {
    next,
    int,
    pick: (list) => at(list, Math.floor(next() * list.length)),
    skewed: (list) => at(list, Math.floor(next() ** 2 * list.length)),
    chance: (p) => next() < p,
  };
}

const TOPIC_WORDS = (
  'neural network networks learning deep model models language large transformer attention ' +
  'graph reinforcement policy gradient optimization training inference benchmark dataset ' +
  'embedding retrieval generation diffusion vision convolutional recurrent memory agent ' +
  'robust adversarial fuzzing program synthesis verification compiler tensor shape sparse ' +
  'distributed systems scheduling cluster datacenter storage consistency consensus replication ' +
  'fault tolerance failures bugs testing debugging empirical study analysis static dynamic ' +
  'symbolic execution concurrency kernel operating virtualization serverless cloud edge ' +
  'federated privacy secure inference accelerator hardware GPU quantization pruning ' +
  'distillation compression latency throughput efficient scalable automated automatic ' +
  'detection localization repair mutation coverage oracle differential metamorphic ' +
  'specification contracts types refinement probabilistic causal interpretable explainable ' +
  'fairness uncertainty calibration generalization transfer continual few-shot self-supervised ' +
  'contrastive representation multimodal speech code search recommendation ranking query ' +
  'database transactions indexing streaming incremental caching networking congestion ' +
  'routing wireless energy mobile embedded real-time safety autonomous driving robotics'
).split(' ');

const JOINERS = 'for of in with via and on the to from towards using under at scale'.split(' ');

export const VENUES = (
  'ICSE FSE ASE ISSTA OOPSLA PLDI POPL OSDI SOSP NSDI EuroSys ATC ASPLOS ISCA MICRO ' +
  'NeurIPS ICML ICLR CVPR ACL EMNLP KDD SIGMOD VLDB MLSys TSE TOSEM CCS USENIX-Security'
).split(' ');

export const BRACKET_TAGS =
  'Survey|Tool|Dataset|Benchmark|Best Paper|Code|Empirical|Position|Artifact|Replication'.split(
    '|',
  );

export const USER_TAGS = 'to cite|classic|follow up|thesis|reading group|baseline'.split('|');

const ONSETS = 'b br c ch cl d dr f fl g gr h j k l m n p pl pr r s sh sp st t th tr v w z'.split(
  ' ',
);
const VOWELS = 'a e i o u ai ea ou io'.split(' ');
const CODAS = ['', '', 'n', 'r', 's', 't', 'l', 'm', 'nd', 'st', 'ng', 'x'];

/** A made-up word such as a system's name; real lists are full of them. */
export function pseudoWord(random: Random): string {
  const syllables = random.int(1, 3);
  let word = '';
  for (let i = 0; i < syllables; i += 1) {
    word += random.pick(ONSETS) + random.pick(VOWELS) + random.pick(CODAS);
  }
  return word;
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** Words of running text: mostly the topic vocabulary, some joiners and made-up names. */
export function words(random: Random, count: number, names: readonly string[]): string[] {
  return Array.from({ length: count }, () => {
    const roll = random.next();
    if (roll < 0.2) return random.pick(JOINERS);
    if (roll < 0.35) return random.skewed(names);
    return random.skewed(TOPIC_WORDS);
  });
}

/** A title of 6 to 12 words, in title case, sometimes led by a system's name. */
export function title(random: Random, names: readonly string[]): string {
  const count = random.int(6, 12);
  const named = random.chance(0.3);
  const body = words(random, named ? count - 1 : count, names).map((word, index) =>
    index === 0 || !JOINERS.includes(word) ? capitalise(word) : word,
  );
  return named ? `${capitalise(random.skewed(names))}: ${body.join(' ')}` : body.join(' ');
}

/** A sentence of exactly `count` words, sometimes with a bold phrase as real lists have. */
export function sentence(random: Random, count: number, names: readonly string[]): string {
  const list = words(random, count, names);
  if (random.chance(0.15) && count > 4) {
    const at = random.int(1, count - 2);
    list[at] = `**${list[at] ?? ''}`;
    list[at + 1] = `${list[at + 1] ?? ''}**`;
  }
  return `${capitalise(list.join(' '))}.`;
}

/** Markdown of about `bytes` characters: paragraphs, a heading, a list. */
export function noteText(random: Random, bytes: number, names: readonly string[]): string {
  const parts: string[] = [];
  let length = 0;
  while (length < bytes) {
    const roll = random.next();
    const part =
      roll < 0.1
        ? `## ${capitalise(words(random, random.int(2, 4), names).join(' '))}`
        : roll < 0.3
          ? words(random, 3, names)
              .map(() => `- ${sentence(random, random.int(5, 12), names)}`)
              .join('\n')
          : Array.from({ length: random.int(2, 5) }, () =>
              sentence(random, random.int(8, 20), names),
            ).join(' ');
    parts.push(part);
    length += part.length + 2;
  }
  return parts.join('\n\n');
}

export function nameList(random: Random, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${pseudoWord(random)}${i % 9 === 0 ? i : ''}`);
}
