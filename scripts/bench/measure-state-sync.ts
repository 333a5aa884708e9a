/**
 * The --sync part of the state measure: the first sync of every seeded paper (through
 * Settings), what the server then stored (read from its SQLite file), and the rows made from
 * those and from the status changes' and note typing's way to the server.
 */
import type { Page } from '@playwright/test';
import type { MeasureContext } from './measure';
import { median, medianOf, type Metric, type MetricKey, type SizeResults } from './metrics';
import { connectThroughSettings, type ChangeSync, type FirstSync } from './sync-page';
import { storedSize, type StoredSize, type SyncServer } from './sync-server';

// The server folds appended updates into its snapshot 2 s after the last change.
const FOLD_LIMIT_MS = 15_000;
// About 9 s at 10,000 papers on 2 cores; bounded so that a sync that never ends cannot take
// the run past a few minutes.
export const firstSyncLimitMs = (size: number) => Math.min(30_000 + size * 4, 240_000);
/** The most the --sync steps add to the state measure. */
export const syncBudgetMs = (size: number) => firstSyncLimitMs(size) + FOLD_LIMIT_MS + 120_000;

export type Stored = { atSync: StoredSize; folded: StoredSize | null };

export type SyncSamples = {
  first: FirstSync | null;
  stored: Stored | null;
  status: ChangeSync[];
  notes: ChangeSync[];
};

export const mb = (bytes: number) =>
  bytes < 2 ** 20 ? `${(bytes / 1024).toFixed(0)} KB` : `${(bytes / 2 ** 20).toFixed(2)} MB`;

/** Connects through Settings right after seeding; then reads what the server stored. */
export async function firstSync(
  page: Page,
  context: MeasureContext,
  server: SyncServer,
  samples: SyncSamples,
): Promise<void> {
  const first = await connectThroughSettings(page, server, firstSyncLimitMs(context.site.size));
  samples.first = first;
  context.log(`  first sync: ${describeFirstSync(first)}`);
  const linesAtSync = server.lineCount();
  const atSync = storedSize(server.dbFile, server.documentName);
  const foldLine = await server.waitForLine(/ stored "/, linesAtSync, FOLD_LIMIT_MS);
  const folded = foldLine ? storedSize(server.dbFile, server.documentName) : null;
  samples.stored = { atSync, folded };
  const final = folded ?? atSync;
  context.log(
    `  stored: ${mb(final.snapshotBytes + final.updateBytes)} in the tables, files ` +
      `${mb(final.mainFile)} + -wal ${mb(final.walFile)}` +
      `${foldLine ? ` (${foldLine.replace(/^\S+\s+/, '')})` : ' (not folded yet)'}`,
  );
}

/** After a failed first sync: what the server holds and said, for the log. */
export function logServerState(context: MeasureContext, server: SyncServer): void {
  try {
    const size = storedSize(server.dbFile, server.documentName);
    context.log(`  the server holds: ${JSON.stringify(size)}`);
  } catch (error) {
    context.log(`  could not read the server's database: ${String(error)}`);
  }
  context.log(`  last server lines:\n    ${server.lines().slice(-8).join('\n    ')}`);
}

function storedMetric(stored: Stored): Metric {
  const { atSync, folded } = stored;
  const final = folded ?? atSync;
  const rows = (size: StoredSize) =>
    `snapshot ${mb(size.snapshotBytes)} + ${size.updateRows} appended updates ` +
    `${mb(size.updateBytes)}; files ${mb(size.mainFile)} + -wal ${mb(size.walFile)} ` +
    `(free pages ${mb(size.freeBytes)})`;
  const detail = folded
    ? `after the server folded the updates into its snapshot: ${rows(folded)}; ` +
      `right after the first sync: ${rows(atSync)}`
    : `right after the first sync (the server printed no fold within ${FOLD_LIMIT_MS / 1000} s): ${rows(atSync)}`;
  const bytes = final.snapshotBytes + final.updateBytes;
  return { value: bytes / 2 ** 20, samples: [bytes], runs: 1, detail };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function describeFirstSync(first: FirstSync): string {
  const { longTasks } = first;
  return (
    `"synced" ${seconds(first.ms)} after Connect; ${mb(first.bytes)} sent in ${first.messages} ` +
    `Yjs messages, the largest at ${seconds(first.largestSent)}` +
    (first.echoedBytes
      ? `, the server sent it back (${mb(first.echoedBytes)}, arrived at ${seconds(first.echoedAt)})`
      : '') +
    `, acknowledged at ${seconds(first.largestAcked)}; the page had ${longTasks.count} long ` +
    `tasks meanwhile, ${seconds(longTasks.totalMs)} in all, the longest ${longTasks.longestMs.toFixed(0)} ms ` +
    `(from ${seconds(longTasks.longestAt)} to ${seconds(longTasks.longestAt + longTasks.longestMs)})`
  );
}

function firstSyncMetric(first: FirstSync, seeded: number): Metric {
  return {
    value: first.ms / 1000,
    samples: [first.ms],
    runs: 1,
    detail: `${seeded.toLocaleString('en-US')} papers joined an empty account: ${describeFirstSync(first)}`,
  };
}

/** `synced` per change (median), with when it was sent and acknowledged beside it. */
function changeSyncMetric(changes: readonly ChangeSync[], what: string): Metric {
  const at = (pick: (change: ChangeSync) => number) => median(changes.map(pick)).toFixed(0);
  const shown = changes.filter((change) => change.pendingShown).length;
  const quick =
    shown < changes.length
      ? ` (for the other ${changes.length - shown} the acknowledgement came before it rendered, ` +
        'so their time is the acknowledgement)'
      : '';
  return medianOf(
    changes.map((change) => change.synced),
    `${changes.length} ${what}: sent after ${at((c) => c.sent)} ms, acknowledged after ` +
      `${at((c) => c.acked)} ms (medians); the page showed "Syncing…" for ${shown} of them${quick}`,
  );
}

/** The --sync rows; `errors` are the state measure's step errors. */
export function syncResults(
  samples: SyncSamples,
  errors: ReadonlyMap<string, string>,
  seeded: number,
): SizeResults {
  const error = (...steps: string[]): Metric => ({
    error: steps.map((step) => errors.get(step)).find(Boolean) ?? 'not measured',
  });
  const rows: Partial<Record<MetricKey, Metric>> = {};
  rows.firstSync = samples.first ? firstSyncMetric(samples.first, seeded) : error('sync');
  rows.storedDoc = samples.stored ? storedMetric(samples.stored) : error('sync');
  rows.statusSynced =
    errors.has('status') || errors.has('statusSynced') || samples.status.length === 0
      ? error('status', 'statusSynced')
      : changeSyncMetric(samples.status, 'status changes, from the change');
  rows.noteSynced =
    errors.has('notes') || samples.notes.length === 0
      ? error('notes')
      : changeSyncMetric(
          samples.notes,
          'typing runs, from the last keydown (the autosave waits 600 ms after typing stops)',
        );
  return rows;
}
