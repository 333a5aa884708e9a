/**
 * The state-heavy measures share one page: every paper gets a state (a note of 1–5 KB on every
 * fifth), written once. With --sync the page then connects through Settings and the first sync
 * of every paper is timed, and what the server stored is read. Then: runs that reload the page
 * and take the heap after load and after a full scroll; 20 status changes; runs of typing into
 * a long note; runs of the Markdown export (one file, then the zip).
 * One step failing records an error for its rows and the others go on.
 */
import type { Page } from '@playwright/test';
import { openApp, seedStates, waitForList, watchPage } from './browser';
import type { Measure } from './measure';
import { deadline, repeat } from './measure';
import { exportAll } from './measure-export';
import { heapAfterLoadAndScroll } from './measure-memory';
import { NOTE_KEY_DELAY_MS, NOTE_TEXT, typeNote } from './measure-notes';
import { busyTracker, changeStatuses, rawStatusFloor, waitForQuiet } from './measure-status';
import {
  median,
  medianOf,
  percentile,
  type Metric,
  type MetricKey,
  type SizeResults,
} from './metrics';
import { BACKUP_FILE } from './site';
import {
  firstSync,
  logServerState,
  syncBudgetMs,
  syncResults,
  type SyncSamples,
} from './measure-state-sync';
import {
  changeSync,
  syncRecord,
  syncRecorder,
  waitForChangeSync,
  waitForSynced,
  whyNoChangeSync,
} from './sync-page';

// Status changes are one sample each; every run of the other two reloads the page.
const STATUS_CHANGES = 20;
const MEMORY_BUDGET_MS = 40_000;
const NOTES_BUDGET_MS = 30_000;
const EXPORT_BUDGET_MS = 40_000;
const RESYNC_LIMIT_MS = 60_000;

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

type Samples = Record<
  | 'heapLoad'
  | 'heapScroll'
  | 'status'
  | 'statusFloor'
  | 'busy'
  | 'note'
  | 'notePerRun'
  | 'noteSlow'
  | 'noteSaved'
  | 'md'
  | 'zip',
  number[]
>;

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

/** How many times each distinct message came, most frequent first. */
function tally(messages: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const message of messages) counts.set(message, (counts.get(message) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([message, count]) => `${count}× ${message}`)
    .join('; ');
}

function results(
  samples: Samples,
  errors: Map<string, string>,
  runs: number,
  extra: { sync: SyncSamples | null; seeded: number; pageErrors: () => string[] },
): SizeResults {
  const failed = (name: string, keys: MetricKey[]): SizeResults =>
    Object.fromEntries(keys.map((key) => [key, { error: errors.get(name) ?? '' }]));
  const status = samples.status;
  const statusOf = (p: number): Metric => ({
    value: percentile(status, p),
    samples: status,
    runs,
    detail: `${status.length} changes; page busy (long tasks, IndexedDB) for ${median(samples.busy).toFixed(0)} ms after each (median)${extra.sync ? ', sync on' : ''}`,
  });
  const note = samples.note;
  const pageErrors = extra.pageErrors();
  const noteDetail =
    `"${NOTE_TEXT}" (${NOTE_TEXT.length} keys at ${NOTE_KEY_DELAY_MS} ms/key) typed at the end ` +
    `of a long note ${samples.notePerRun.length}×: ${note.length} keystrokes, max ` +
    `${Math.max(...note).toFixed(0)} ms; Event Timing saw ${samples.noteSlow.length} keydowns ` +
    `of 16 ms or more${samples.noteSlow.length ? ` (longest ${Math.max(...samples.noteSlow)} ms)` : ''}` +
    `; page errors during the state measure: ${pageErrors.length ? tally(pageErrors) : 'none'}`;
  const noteOf = (p: number, perRun: boolean): Metric => ({
    value: percentile(note, p),
    samples: perRun ? samples.notePerRun : note,
    runs: samples.notePerRun.length,
    detail: noteDetail,
  });
  return {
    ...(errors.has('memory')
      ? failed('memory', ['heapLoad', 'heapScroll'])
      : { heapLoad: medianOf(samples.heapLoad), heapScroll: medianOf(samples.heapScroll) }),
    ...(errors.has('status')
      ? failed('status', ['statusP50', 'statusP95', 'statusFloorP95'])
      : {
          statusP50: statusOf(50),
          statusP95: statusOf(95),
          statusFloorP95: {
            value: percentile(samples.statusFloor, 95),
            samples: samples.statusFloor,
            runs,
            detail: `${samples.statusFloor.length} raw writes in the same page`,
          },
        }),
    ...(errors.has('notes')
      ? failed('notes', ['noteP50', 'noteP95', 'noteSaved'])
      : {
          noteP50: noteOf(50, false),
          noteP95: noteOf(95, true),
          noteSaved: medianOf(samples.noteSaved),
        }),
    ...(extra.sync ? syncResults(extra.sync, errors, extra.seeded) : {}),
    ...(errors.has('export')
      ? failed('export', ['exportMd', 'exportZip'])
      : { exportMd: medianOf(samples.md), exportZip: medianOf(samples.zip) }),
  };
}

export const measureState: Measure = {
  name: 'state (memory, status, notes, export)',
  syncKeys: ['firstSync', 'storedDoc', 'statusSynced', 'noteSynced'],
  keys: [
    'heapLoad',
    'heapScroll',
    'statusP50',
    'statusP95',
    'statusFloorP95',
    'noteP50',
    'noteP95',
    'noteSaved',
    'exportMd',
    'exportZip',
  ],
  budgetMs: (size, sync) => 190_000 + size * 3 + (sync ? syncBudgetMs(size) : 0),
  run: async (context) => {
    const server = context.sync;
    const browserContext = await context.contexts.cold();
    await browserContext.addInitScript(busyTracker);
    if (server) await browserContext.addInitScript(syncRecorder);
    const page = await openApp(browserContext, `${context.baseUrl}/`);
    const pageErrors = watchPage(page, context.log);
    const seeded = await seedStates(page, `${context.baseUrl}${BACKUP_FILE}`);
    context.log(`  seeded ${seeded} paper states`);
    const samples: Samples = {
      heapLoad: [],
      heapScroll: [],
      status: [],
      statusFloor: [],
      busy: [],
      note: [],
      notePerRun: [],
      noteSlow: [],
      noteSaved: [],
      md: [],
      zip: [],
    };
    const errors = new Map<string, string>();
    const step = stepper(errors);
    const sync: SyncSamples | null = server
      ? { first: null, stored: null, status: [], notes: [] }
      : null;
    if (server && sync) {
      await step('sync', () => firstSync(page, context, server, sync));
      if (errors.has('sync')) {
        context.log(`  first sync FAILED: ${errors.get('sync')}`);
        logServerState(context, server);
        // The rest would measure a page still trying to sync (or one that no longer answers).
        for (const name of ['memory', 'status', 'notes', 'export']) {
          errors.set(name, 'not measured: the first sync failed');
        }
        return results(samples, errors, context.runs, { sync, seeded, pageErrors });
      }
    }
    // Each phase has its own time budget: at 50,000 papers one export takes most of a minute.
    await repeat(context.runs, MEMORY_BUDGET_MS, async () => {
      await page.reload({ waitUntil: 'commit' });
      await waitForStates(page);
      if (server) {
        // A reload resumes sync; the heap is taken once it has caught up.
        await step('resync', () => waitForSynced(page, RESYNC_LIMIT_MS));
        await waitForQuiet(page, 0, 30_000);
      }
      await step('memory', async () => {
        const heap = await heapAfterLoadAndScroll(page);
        samples.heapLoad.push(heap.load);
        samples.heapScroll.push(heap.scroll);
      });
    });
    if (errors.has('resync')) context.log(`  after a reload: ${errors.get('resync')}`);
    await step('status', async () => {
      const times = await changeStatuses(page, STATUS_CHANGES);
      samples.status.push(...times.latencies);
      samples.busy.push(...times.busy);
      samples.statusFloor.push(...(await rawStatusFloor(page, STATUS_CHANGES)));
      if (!sync) return;
      await step('statusSynced', async () => {
        await waitForChangeSync(page, times.starts.at(-1) ?? 0, 30_000);
        const record = await syncRecord(page);
        const changes = times.starts.map((start, i) =>
          changeSync(record, start, times.starts[i + 1]),
        );
        const missed = times.starts.flatMap((start, i) =>
          changes[i]
            ? []
            : [`#${i + 1}: ${whyNoChangeSync(record, start, times.starts[i + 1] ?? Infinity)}`],
        );
        if (missed.length > 0) {
          throw new Error(`${missed.length} of ${changes.length} changes: ${missed.join('; ')}`);
        }
        sync.status.push(...changes.flatMap((change) => (change ? [change] : [])));
      });
    });
    await repeat(context.runs, NOTES_BUDGET_MS, () =>
      step('notes', async () => {
        const run = await typeNote(page, context.site.notePaper, server !== null);
        samples.note.push(...run.latencies);
        samples.notePerRun.push(percentile(run.latencies, 95));
        samples.noteSlow.push(...run.slowEvents);
        samples.noteSaved.push(run.committed);
        if (run.sync) sync?.notes.push(run.sync);
      }),
    );
    await repeat(context.runs, EXPORT_BUDGET_MS, () =>
      step('export', async () => {
        const times = await exportAll(page, ['md', 'zip']);
        samples.md.push(times.md);
        samples.zip.push(times.zip);
      }),
    );
    return results(samples, errors, context.runs, {
      sync,
      seeded,
      pageErrors,
    });
  },
};
