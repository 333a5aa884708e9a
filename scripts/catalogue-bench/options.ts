import { parseArgs } from 'node:util';

export const PARTS = ['node', 'browser', 'hostile'] as const;
export type Part = (typeof PARTS)[number];

export type BenchOptions = {
  runs: number;
  only: Part[];
  build: boolean;
  corpus?: string;
  json: boolean;
};

export const USAGE =
  'usage: npm run bench:catalogue -- [--runs 5] [--only node,browser,hostile] [--build] ' +
  '[--corpus <dir>] [--json]';

export type ReadOptions = { ok: true; options: BenchOptions } | { ok: false; message: string };

const isPart = (name: string): name is Part => (PARTS as readonly string[]).includes(name);

export function readOptions(argv: string[]): ReadOptions {
  let values: { runs?: string; only?: string; build?: boolean; corpus?: string; json?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        runs: { type: 'string' },
        only: { type: 'string' },
        build: { type: 'boolean' },
        corpus: { type: 'string' },
        json: { type: 'boolean' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  const runs = values.runs === undefined ? 5 : Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) {
    return { ok: false, message: `--runs wants a positive integer, not "${values.runs}"` };
  }
  const only = values.only === undefined ? [...PARTS] : values.only.split(',').map((s) => s.trim());
  const unknown = only.filter((name) => !isPart(name));
  if (only.length === 0 || unknown.length > 0) {
    return { ok: false, message: `--only takes ${PARTS.join(', ')}, not "${values.only}"` };
  }
  if (values.corpus === '') return { ok: false, message: '--corpus needs a folder' };
  return {
    ok: true,
    options: {
      runs,
      only: only.filter(isPart),
      build: values.build ?? false,
      corpus: values.corpus,
      json: values.json ?? false,
    },
  };
}
