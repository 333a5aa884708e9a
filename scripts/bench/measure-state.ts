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
import type { Measure, MeasureContext } from './measure';
import { deadline, repeat } from './measure';
import { exportAll } from './measure-export';
import { heapAfterLoadAndScroll } from './measure-memory';
import { NOTE_KEY_DELAY_MS, NOTE_TEXT, typeNote } from './measure-notes';
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
import {
  connectThroughSettings,
  syncedAfter,
  syncMarks,
  syncRecorder,
  waitForSynced,
  waitForSyncedAfter,
} from './sync-page';
import { storedSize, type StoredSize, type SyncServer } from './sync-server';

// Status changes are one sample each; every run of the other two reloads the page.
const STATUS_CHANGES = 20;
const MEMORY_BUDGET_MS = 40_000;
const NOTES_BUDGET_MS = 30_000;
const EXPORT_BUDGET_MS = 40_000;
// The server folds appended updates into its snapshot 2 s after the last change.
const FOLD_LIMIT_MS = 15_000;
const RESYNC_LIMIT_MS = 60_000;
const firstSyncLimitMs = (size: number) => 60_000 + size * 12;

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
  | 'busy'
  | 'statusSynced'
  | 'note'
  | 'notePerRun'
  | 'noteSlow'
  | 'noteSaved'
  | 'noteSynced'
  | 'firstSync'
  | 'md'
  | 'zip',
  number[]
>;

type Stored = { atSync: StoredSize; folded: StoredSize | null };

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

const mb = (bytes: number) =>
  bytes < 2 ** 20 ? `${(bytes / 1024).toFixed(0)} KB` : `${(bytes / 2 ** 20).toFixed(2)} MB`;

/** How many times each distinct message came, most frequent first. */
function tally(messages: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const message of messages) counts.set(message, (counts.get(message) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([message, count]) => `${count}× ${message}`)
    .join('; ');
}

function storedMetric(stored: Stored): Metric {
  const { atSync, folded } = stored;
  const final = folded ?? atSync;
  const rows = (size: StoredSize) =>
    `snapshot ${mb(size.snapshotBytes)} + ${size.updateRows} appended updates ` +
    `${mb(size.updateBytes)}; files ${mb(size.mainFile)} + -wal ${mb(size.walFile)}`;
  const detail = folded
    ? `after the server folded the updates into its snapshot: ${rows(folded)}; ` +
      `right after the first sync: ${rows(atSync)}`
    : `right after the first sync (the server printed no fold within ${FOLD_LIMIT_MS / 1000} s): ${rows(atSync)}`;
  const bytes = final.snapshotBytes + final.updateBytes;
  return { value: bytes / 2 ** 20, samples: [bytes], runs: 1, detail };
}

function results(
  samples: Samples,
  errors: Map<string, string>,
  runs: number,
  extra: { sync: boolean; seeded: number; stored: Stored | null; pageErrors: () => string[] },
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
  const syncResults = (): SizeResults => {
    if (!extra.sync) return {};
    const synced: SizeResults = errors.has('sync')
      ? failed('sync', ['firstSync', 'storedDoc'])
      : {
          firstSync: {
            value: (samples.firstSync[0] ?? NaN) / 1000,
            samples: samples.firstSync,
            runs: 1,
            detail: `${extra.seeded.toLocaleString('en-US')} papers joined an empty account: from Connect to "synced"`,
          },
          ...(extra.stored ? { storedDoc: storedMetric(extra.stored) } : {}),
        };
    if (errors.has('stored')) Object.assign(synced, failed('stored', ['storedDoc']));
    return {
      ...synced,
      ...(errors.has('status') || errors.has('statusSynced')
        ? { statusSynced: { error: errors.get('status') ?? errors.get('statusSynced') ?? '' } }
        : {
            statusSynced: medianOf(
              samples.statusSynced,
              `from the change to the page saying "synced" again, ${samples.statusSynced.length} changes`,
            ),
          }),
      ...(errors.has('notes')
        ? failed('notes', ['noteSynced'])
        : {
            noteSynced: medianOf(
              samples.noteSynced,
              `from the last keydown to "synced" (the autosave waits 600 ms after typing stops)`,
            ),
          }),
    };
  };
  return {
    ...(errors.has('memory')
      ? failed('memory', ['heapLoad', 'heapScroll'])
      : { heapLoad: medianOf(samples.heapLoad), heapScroll: medianOf(samples.heapScroll) }),
    ...(errors.has('status')
      ? failed('status', ['statusP50', 'statusP95'])
      : { statusP50: statusOf(50), statusP95: statusOf(95) }),
    ...(errors.has('notes')
      ? failed('notes', ['noteP50', 'noteP95', 'noteSaved'])
      : {
          noteP50: noteOf(50, false),
          noteP95: noteOf(95, true),
          noteSaved: medianOf(samples.noteSaved),
        }),
    ...syncResults(),
    ...(errors.has('export')
      ? failed('export', ['exportMd', 'exportZip'])
      : { exportMd: medianOf(samples.md), exportZip: medianOf(samples.zip) }),
  };
}

/** Connects through Settings right after seeding; then reads what the server stored. */
async function firstSync(
  page: Page,
  context: MeasureContext,
  server: SyncServer,
  seeded: number,
  samples: Samples,
): Promise<Stored> {
  const ms = await connectThroughSettings(page, server, firstSyncLimitMs(context.site.size));
  samples.firstSync.push(ms);
  context.log(
    `  first sync of ${seeded.toLocaleString('en-US')} papers: ${(ms / 1000).toFixed(1)} s`,
  );
  const linesAtSync = server.lineCount();
  const atSync = storedSize(server.dbFile, server.documentName);
  const foldLine = await server.waitForLine(/ stored "/, linesAtSync, FOLD_LIMIT_MS);
  const folded = foldLine ? storedSize(server.dbFile, server.documentName) : null;
  context.log(
    `  stored: ${mb((folded ?? atSync).snapshotBytes + (folded ?? atSync).updateBytes)}` +
      `${foldLine ? ` (${foldLine.replace(/^\S+\s+/, '')})` : ' (not folded yet)'}`,
  );
  return { atSync, folded };
}

export const measureState: Measure = {
  name: 'state (memory, status, notes, export)',
  syncKeys: ['firstSync', 'storedDoc', 'statusSynced', 'noteSynced'],
  keys: [
    'heapLoad',
    'heapScroll',
    'statusP50',
    'statusP95',
    'noteP50',
    'noteP95',
    'noteSaved',
    'exportMd',
    'exportZip',
  ],
  budgetMs: (size, sync) =>
    190_000 + size * 3 + (sync ? firstSyncLimitMs(size) + FOLD_LIMIT_MS + 120_000 : 0),
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
      busy: [],
      statusSynced: [],
      note: [],
      notePerRun: [],
      noteSlow: [],
      noteSaved: [],
      noteSynced: [],
      firstSync: [],
      md: [],
      zip: [],
    };
    const errors = new Map<string, string>();
    const step = stepper(errors);
    let stored: Stored | null = null;
    if (server) {
      await step('sync', async () => {
        stored = await firstSync(page, context, server, seeded, samples);
      });
      if (errors.has('sync')) {
        context.log(`  first sync FAILED: ${errors.get('sync')}`);
        try {
          const size = storedSize(server.dbFile, server.documentName);
          context.log(`  the server holds: ${JSON.stringify(size)}`);
        } catch (error) {
          context.log(`  could not read the server's database: ${String(error)}`);
        }
        context.log(`  last server lines:\n    ${server.lines().slice(-8).join('\n    ')}`);
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
      if (!server) return;
      await step('statusSynced', async () => {
        await waitForSyncedAfter(page, times.starts.at(-1) ?? 0, 30_000);
        const marks = await syncMarks(page);
        const missed = times.starts.filter((start) => syncedAfter(marks, start) === undefined);
        if (missed.length > 0) throw new Error(`${missed.length} changes never showed "synced"`);
        for (const start of times.starts) {
          samples.statusSynced.push((syncedAfter(marks, start) ?? NaN) - start);
        }
      });
    });
    await repeat(context.runs, NOTES_BUDGET_MS, () =>
      step('notes', async () => {
        const run = await typeNote(page, context.site.notePaper, server !== null);
        samples.note.push(...run.latencies);
        samples.notePerRun.push(percentile(run.latencies, 95));
        samples.noteSlow.push(...run.slowEvents);
        samples.noteSaved.push(run.committed);
        if (run.synced !== undefined) samples.noteSynced.push(run.synced);
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
      sync: server !== null,
      seeded,
      stored,
      pageErrors,
    });
  },
};
