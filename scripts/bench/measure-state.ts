/**
 * The state-heavy measures share one page: every paper gets a state (a note of 1–5 KB on every
 * fifth), written once. Then: runs that reload the page and take the heap after load and after
 * a full scroll; 20 status changes; runs of the Markdown export (one file, then the zip).
 * One step failing records an error for its rows and the others go on.
 */
import type { Page } from '@playwright/test';
import { openApp, seedStates, waitForList } from './browser';
import type { Measure } from './measure';
import { deadline, repeat } from './measure';
import { exportAll } from './measure-export';
import { heapAfterLoadAndScroll } from './measure-memory';
import { busyTracker, changeStatuses, waitForQuiet } from './measure-status';
import {
  median,
  medianOf,
  percentile,
  type Metric,
  type MetricKey,
  type SizeResults,
} from './metrics';
import { BACKUP_FILE } from './site';

// Status changes are one sample each; every run of the other two reloads the page.
const STATUS_CHANGES = 20;
const MEMORY_BUDGET_MS = 40_000;
const EXPORT_BUDGET_MS = 40_000;

/** The page shows the list before the states arrive; a non-default status means they did. */
async function waitForStates(page: Page): Promise<void> {
  await waitForList(page);
  await page.waitForFunction(
    () =>
      Array.from(document.querySelectorAll('select[aria-label="Status"]')).some(
        (select) => (select as HTMLSelectElement).value !== 'unread',
      ),
    undefined,
    deadline(90_000),
  );
  await waitForQuiet(page, 0, 30_000);
}

type Samples = Record<'heapLoad' | 'heapScroll' | 'status' | 'busy' | 'md' | 'zip', number[]>;

/** Runs each step, recording its first error; a step that failed once is not tried again. */
function stepper(errors: Map<string, string>) {
  return async (name: string, work: () => Promise<void>) => {
    if (errors.has(name)) return;
    try {
      await work();
    } catch (error) {
      const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
      errors.set(name, message ?? 'error');
    }
  };
}

function results(samples: Samples, errors: Map<string, string>, runs: number): SizeResults {
  const failed = (name: string, keys: MetricKey[]): SizeResults =>
    Object.fromEntries(keys.map((key) => [key, { error: errors.get(name) ?? '' }]));
  const status = samples.status;
  const statusOf = (p: number): Metric => ({
    value: percentile(status, p),
    samples: status,
    runs,
    detail: `${status.length} changes; page busy (long tasks, IndexedDB) for ${median(samples.busy).toFixed(0)} ms after each (median)`,
  });
  return {
    ...(errors.has('memory')
      ? failed('memory', ['heapLoad', 'heapScroll'])
      : { heapLoad: medianOf(samples.heapLoad), heapScroll: medianOf(samples.heapScroll) }),
    ...(errors.has('status')
      ? failed('status', ['statusP50', 'statusP95'])
      : { statusP50: statusOf(50), statusP95: statusOf(95) }),
    ...(errors.has('export')
      ? failed('export', ['exportMd', 'exportZip'])
      : { exportMd: medianOf(samples.md), exportZip: medianOf(samples.zip) }),
  };
}

export const measureState: Measure = {
  name: 'state (memory, status, export)',
  keys: ['heapLoad', 'heapScroll', 'statusP50', 'statusP95', 'exportMd', 'exportZip'],
  budgetMs: (size) => 150_000 + size * 3,
  run: async (context) => {
    const browserContext = await context.contexts.cold();
    await browserContext.addInitScript(busyTracker);
    const page = await openApp(browserContext, `${context.baseUrl}/`);
    const seeded = await seedStates(page, `${context.baseUrl}${BACKUP_FILE}`);
    context.log(`  seeded ${seeded} paper states`);
    const samples: Samples = {
      heapLoad: [],
      heapScroll: [],
      status: [],
      busy: [],
      md: [],
      zip: [],
    };
    const errors = new Map<string, string>();
    const step = stepper(errors);
    // Each phase has its own time budget: at 50,000 papers one export takes most of a minute.
    await repeat(context.runs, MEMORY_BUDGET_MS, async () => {
      await page.reload({ waitUntil: 'commit' });
      await waitForStates(page);
      await step('memory', async () => {
        const heap = await heapAfterLoadAndScroll(page);
        samples.heapLoad.push(heap.load);
        samples.heapScroll.push(heap.scroll);
      });
    });
    await step('status', async () => {
      const times = await changeStatuses(page, STATUS_CHANGES);
      samples.status.push(...times.latencies);
      samples.busy.push(...times.busy);
    });
    await repeat(context.runs, EXPORT_BUDGET_MS, () =>
      step('export', async () => {
        const times = await exportAll(page, ['md', 'zip']);
        samples.md.push(times.md);
        samples.zip.push(times.zip);
      }),
    );
    return results(samples, errors, context.runs);
  },
};
