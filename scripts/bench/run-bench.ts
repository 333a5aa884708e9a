/**
 * `npm run bench`: builds the app once, serves the production build with a synthetic list of
 * each size, drives headless Chromium through every measure, and prints medians with targets.
 * Options: --sizes 1000,10000,50000 --runs 5 --quick (1000 only, 3 runs) --no-build
 * --only first-paper,search,state,restore --out bench/results.json
 * --sync: a sync server on loopback for each size (its SQLite file in a temp folder, deleted at
 * the end); the state measure (memory, status changes, note typing, export) connects to it
 * right after seeding and also reports the first sync, the stored size and the times to
 * `synced`. The other measures run without sync either way.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { launchBrowser } from './browser';
import type { Measure } from './measure';
import { runMeasure } from './measure';
import { measureBytes, type BytesReport } from './measure-bytes';
import { measureFirstPaper } from './measure-first-paper';
import { measureRestore } from './measure-restore';
import { measureSearch } from './measure-search';
import { measureState } from './measure-state';
import type { SizeResults } from './metrics';
import { readOptions, type BenchOptions } from './options';
import { verdictsOf, writeReport, type BenchReport, type Machine } from './report';
import { printReport } from './report-print';
import { buildApp, REPO_ROOT, serve } from './server';
import { prepareSite } from './site';
import { startSyncServer, type SyncServer } from './sync-server';

const MEASURES: Record<string, Measure> = {
  'first-paper': measureFirstPaper,
  search: measureSearch,
  state: measureState,
  restore: measureRestore,
};

const started = Date.now();
const log = (message: string) =>
  console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);

/** Every selected measure at every size; a size's failures become errors in its rows. */
async function measureSizes(
  options: BenchOptions,
  measures: Measure[],
  distDir: string,
  root: string,
  machine: Machine,
) {
  const results: Record<number, SizeResults> = {};
  const sites: BenchReport['sites'] = {};
  for (const size of options.sizes) {
    log(`${size.toLocaleString('en-US')} papers: generating the list…`);
    const site = await prepareSite(distDir, root, size);
    sites[size] = site.bytes;
    const sizeResults: SizeResults = {};
    results[size] = sizeResults;
    const server = await serve(site.dir);
    let sync: SyncServer | null = null;
    try {
      if (options.sync) {
        sync = await startSyncServer(`bench-${size}`);
        log(`sync server at ${sync.url} (${sync.dbFile})`);
      }
      // A fresh browser per size, so one size's leftovers never weigh on the next.
      const browser = await launchBrowser();
      machine.chromium = browser.version();
      try {
        for (const measure of measures) {
          const context = { browser, site, baseUrl: server.url, runs: options.runs, sync, log };
          Object.assign(sizeResults, await runMeasure(measure, context));
        }
      } finally {
        await browser.close().catch(() => undefined);
      }
    } finally {
      await sync?.stop();
      await server.stop();
      rmSync(site.dir, { recursive: true, force: true });
    }
  }
  return { results, sites };
}

/** The commit measured, and whether the working tree differed from it (others edit src/). */
function appVersion(): string {
  try {
    const git = (...args: string[]) =>
      execFileSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
    const changed = git('status', '--porcelain', '--', 'src', 'index.html', 'public').split('\n');
    const dirty = changed.filter(Boolean).length;
    return `${git('rev-parse', '--short', 'HEAD')}${dirty ? ` + ${dirty} uncommitted files` : ''}`;
  } catch {
    return 'unknown';
  }
}

function bytesOf(distDir: string): BytesReport | { error: string } {
  try {
    return measureBytes(distDir);
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  const unknown = options.only.filter((name) => !(name in MEASURES));
  if (unknown.length > 0) throw new Error(`unknown measure ${unknown.join(', ')}`);
  const measures = Object.entries(MEASURES)
    .filter(([name]) => options.only.length === 0 || options.only.includes(name))
    .map(([, measure]) => measure);
  if (options.sync && !measures.includes(measureState)) {
    console.log('--sync changes only the state measure, which is not selected: sync stays off.');
    options.sync = false;
  }
  if (options.build) buildApp();
  const machine: Machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    platform: `${process.platform} ${release()}`,
    node: process.version,
    loadAverageAtStart: loadavg()[0]?.toFixed(2) ?? '?',
    app: appVersion(),
  };
  const root = mkdtempSync(join(tmpdir(), 'readmark-bench-'));
  // Also when the run is cut short (with --sync, Ctrl-C exits through the 'exit' handlers).
  process.once('exit', () => rmSync(root, { recursive: true, force: true }));
  try {
    // A snapshot right after the build: others may rebuild dist/ while the benchmark runs.
    const distDir = join(root, 'dist');
    cpSync(join(REPO_ROOT, 'dist'), distDir, { recursive: true });
    const bytes = bytesOf(distDir);
    const { results, sites } = await measureSizes(options, measures, distDir, root, machine);
    const partial = {
      generatedAt: new Date().toISOString(),
      machine,
      options: { sizes: options.sizes, runs: options.runs, sync: options.sync },
      sites,
      results,
      bytes,
    };
    machine.loadAverageAtEnd = loadavg()[0]?.toFixed(2) ?? '?';
    const report: BenchReport = { ...partial, verdicts: verdictsOf(partial) };
    printReport(report);
    writeReport(resolve(REPO_ROOT, options.out), report);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  log('done');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
