import { parseArgs } from 'node:util';

export type BenchOptions = {
  sizes: number[];
  runs: number;
  build: boolean;
  /** Measure names to run (all when empty): for working on one measure. */
  only: string[];
  out: string;
  /**
   * Runs a sync server for each size and connects the state measure's page to it right after
   * its states are seeded, so its status changes and note typing run with sync on.
   */
  sync: boolean;
};

const USAGE =
  'usage: npm run bench -- [--sizes 1000,10000,50000] [--runs 5] [--quick] [--no-build] ' +
  '[--only search,restore] [--sync] [--out bench/results.json]';

export function readOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string' },
      runs: { type: 'string' },
      quick: { type: 'boolean', default: false },
      'no-build': { type: 'boolean', default: false },
      only: { type: 'string' },
      out: { type: 'string', default: 'bench/results.json' },
      sync: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const sizes = (values.sizes ?? (values.quick ? '1000' : '1000,10000,50000'))
    .split(',')
    .map((size) => Number(size.trim().replace(/_/g, '')));
  const runs = Number(values.runs ?? (values.quick ? 3 : 5));
  if (sizes.some((size) => !Number.isInteger(size) || size < 1) || sizes.length === 0) {
    throw new Error(`--sizes wants positive integers separated by commas (${USAGE})`);
  }
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs wants a positive integer`);
  return {
    sizes,
    runs,
    build: !values['no-build'],
    only: values.only ? values.only.split(',').map((name) => name.trim()) : [],
    out: values.out,
    sync: values.sync,
  };
}
