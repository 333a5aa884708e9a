// How fast a 1 MB awesome list is read, in Node (as the CLI does) and in the app (Settings → Add
// list, in Chromium), and how fast hostile files are refused:
//   npm run bench:catalogue -- [--runs 5] [--only node,browser,hostile] [--build] [--corpus <dir>] [--json]
import { cpus, loadavg } from 'node:os';
import { measureBrowser } from './catalogue-bench/measure-browser';
import { measureCorpus } from './catalogue-bench/measure-corpus';
import { measureHostile } from './catalogue-bench/measure-hostile';
import { measureNode, SanityError } from './catalogue-bench/measure-node';
import { readOptions, USAGE, type BenchOptions } from './catalogue-bench/options';
import { printTable, type Row } from './catalogue-bench/results';
import { syntheticLists } from './catalogue-bench/synthetic-lists';

const machine = () => ({
  node: process.version,
  cpu: `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}`,
  load: loadavg()
    .map((load) => load.toFixed(2))
    .join(' '),
});

const progress = (text: string) => process.stderr.write(`${text}\n`);
const plural = (runs: number) => (runs === 1 ? '1 run' : `${runs} runs`);

async function measureAll(options: BenchOptions): Promise<Row[]> {
  const { runs, only } = options;
  progress('Writing the synthetic lists…');
  const lists = syntheticLists();
  const rows: Row[] = [];
  if (only.includes('node')) {
    progress(`Parsing each list in Node (${plural(runs)})…`);
    rows.push(...(await measureNode(lists, runs)));
  }
  if (only.includes('browser')) {
    progress(`Adding each list in the app in Chromium (${plural(runs)})…`);
    rows.push(...(await measureBrowser(lists, runs, options.build)));
  }
  if (only.includes('hostile')) {
    progress(`Checking hostile files (${plural(runs)})…`);
    const [list] = lists;
    if (list) rows.push(...(await measureHostile(list, runs)));
  }
  if (options.corpus !== undefined) {
    progress(`Parsing the lists in ${options.corpus} (${plural(runs)})…`);
    rows.push(...(await measureCorpus(options.corpus, runs)));
  }
  return rows;
}

async function main(argv: string[]): Promise<number> {
  const read = readOptions(argv);
  if (!read.ok) {
    process.stderr.write(`bench:catalogue: ${read.message}\n${USAGE}\n`);
    return 2;
  }
  const { options } = read;
  // With --json, stdout carries the JSON alone: what else is printed (the build's line) goes to
  // stderr.
  if (options.json) console.log = console.error;
  const before = machine();
  try {
    const rows = await measureAll(options);
    if (options.json) {
      const report = { options, machine: { ...before, loadAfter: machine().load }, rows };
      process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    } else {
      progress('');
      console.log(`Node ${before.node}, ${before.cpu}, load average ${before.load}\n`);
      printTable(rows, options.runs);
    }
    return 0;
  } catch (error) {
    const what = error instanceof SanityError ? 'error' : 'failed';
    process.stderr.write(
      `bench:catalogue: ${what}: ${error instanceof Error ? error.message : error}\n`,
    );
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
