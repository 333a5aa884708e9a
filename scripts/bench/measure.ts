/** The shape every `measure-*.ts` shares, and the guard that keeps one failure from hanging. */
import type { Browser } from '@playwright/test';
import { contextsOf, type Contexts } from './browser';
import type { MetricKey, SizeResults } from './metrics';
import type { Site } from './site';
import type { SyncServer } from './sync-server';

export type MeasureContext = {
  browser: Browser;
  contexts: Contexts;
  site: Site;
  baseUrl: string;
  runs: number;
  /** The size's sync server with --sync (only the state measure connects to it), else null. */
  sync: SyncServer | null;
  log: (message: string) => void;
};

export type Measure = {
  name: string;
  keys: readonly MetricKey[];
  /** The rows it adds with --sync. */
  syncKeys?: readonly MetricKey[];
  /** The most this measure may take for a list of `size` papers before it is abandoned. */
  budgetMs: (size: number, sync: boolean) => number;
  run: (context: MeasureContext) => Promise<SizeResults>;
};

/** Runs one measure for one size; a failure or timeout becomes an error in each of its rows. */
export async function runMeasure(
  measure: Measure,
  context: Omit<MeasureContext, 'contexts'>,
): Promise<SizeResults> {
  const contexts = contextsOf(context.browser);
  const budget = measure.budgetMs(context.site.size, context.sync !== null);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`timed out after ${Math.round(budget / 1000)} s`)),
      budget,
    );
  });
  const started = Date.now();
  try {
    const results = await Promise.race([measure.run({ ...context, contexts }), timeout]);
    context.log(`${measure.name}: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return results;
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    context.log(`${measure.name}: FAILED (${message})`);
    const keys = [...measure.keys, ...(context.sync ? (measure.syncKeys ?? []) : [])];
    return Object.fromEntries(keys.map((key) => [key, { error: message ?? 'error' }]));
  } finally {
    clearTimeout(timer);
    // Closing the contexts also rejects anything still waiting inside an abandoned measure.
    await contexts.closeAll();
  }
}

/**
 * Repeats `once` up to `runs` times, but stops early (after at least one run) when another run
 * as slow as the slowest so far would take the total past `budgetMs`: a measure that is far
 * off its target needs no fifth sample to say so, and the whole benchmark must stay short.
 */
export async function repeat<T>(
  runs: number,
  budgetMs: number,
  once: (run: number) => Promise<T>,
): Promise<T[]> {
  const results: T[] = [];
  const started = Date.now();
  let slowest = 0;
  for (let run = 0; run < runs; run += 1) {
    const spent = Date.now() - started;
    if (run > 0 && spent + slowest > budgetMs) break;
    const runStarted = Date.now();
    results.push(await once(run));
    slowest = Math.max(slowest, Date.now() - runStarted);
  }
  return results;
}

/** Waits for a page-side condition without ever waiting forever. */
export function deadline(ms: number): { timeout: number; polling: number } {
  return { timeout: ms, polling: 50 };
}
