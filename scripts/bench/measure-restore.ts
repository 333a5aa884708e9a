/**
 * Restoring a backup of N paper states (notes on a fifth) through the UI, against the floor of
 * putting the same records into a database with the same schema in one raw IndexedDB
 * transaction, in the same page just before. Long tasks are collected for the whole flow.
 */
import type { Page } from '@playwright/test';
import { heapUsedMb, settle } from './browser';
import type { Measure, MeasureContext } from './measure';
import { deadline, repeat } from './measure';
import { medianOf } from './metrics';
import { rawRestoreFloor } from './restore-floor';
import { BACKUP_FILE } from './site';

type LongTask = { start: number; duration: number };
type Flow = { chosenAt?: number; optionsAt?: number; clickAt?: number; doneAt?: number };
type RestoreWindow = Window & { __benchRestore?: Flow & { longTasks: LongTask[] } };

function restoreProbe(): void {
  const state: Flow & { longTasks: LongTask[] } = { longTasks: [] };
  (window as RestoreWindow).__benchRestore = state;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      state.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask' });
  document.addEventListener(
    'change',
    (event) => {
      if (event.target instanceof HTMLInputElement && event.target.type === 'file') {
        state.chosenAt = performance.now();
      }
    },
    true,
  );
  document.addEventListener(
    'click',
    (event) => {
      const button = event.target instanceof Element ? event.target.closest('button') : null;
      if (button?.textContent?.trim() === 'Restore') state.clickAt = performance.now();
    },
    true,
  );
  // Each moment is the frame after the DOM first shows it.
  new MutationObserver(() => {
    const options = document.querySelector('[role="group"][aria-label="Restore options"]');
    if (state.chosenAt !== undefined && state.optionsAt === undefined && options) {
      requestAnimationFrame(() => (state.optionsAt ??= performance.now()));
    }
    const done = /Restored \d+ papers/.test(document.body.textContent ?? '');
    if (state.clickAt !== undefined && state.doneAt === undefined && done) {
      requestAnimationFrame(() => (state.doneAt ??= performance.now()));
    }
  }).observe(document.body, { childList: true, subtree: true, characterData: true });
}

const longest = (tasks: LongTask[], from: number, to: number) =>
  Math.max(
    0,
    ...tasks.filter((t) => t.start < to && t.start + t.duration > from).map((t) => t.duration),
  );

async function restoreThroughUi(page: Page, backupPath: string) {
  await page.evaluate(restoreProbe);
  await page.getByLabel('Restore backup').setInputFiles(backupPath);
  await page.waitForFunction(
    () => (window as RestoreWindow).__benchRestore?.optionsAt,
    undefined,
    deadline(180_000),
  );
  await page.getByRole('radio', { name: 'Merge with what is here' }).check();
  await settle(page, 300);
  await page.getByRole('button', { name: 'Restore', exact: true }).click();
  await page.waitForFunction(
    () => (window as RestoreWindow).__benchRestore?.doneAt,
    undefined,
    deadline(180_000),
  );
  // The second after the message: the list's live query re-reads every state then.
  await page.waitForTimeout(1000);
  const state = await page.evaluate(() => (window as RestoreWindow).__benchRestore);
  const { chosenAt = NaN, optionsAt = NaN, clickAt = NaN, doneAt = NaN } = state ?? {};
  const tasks = state?.longTasks ?? [];
  return {
    parse: optionsAt - chosenAt,
    write: doneAt - clickAt,
    longTask: longest(tasks, chosenAt, doneAt + 1000),
    split: [
      longest(tasks, chosenAt, optionsAt),
      longest(tasks, clickAt, doneAt),
      longest(tasks, doneAt, doneAt + 1000),
    ],
  };
}

async function once(context: MeasureContext) {
  const browserContext = await context.contexts.cold();
  try {
    const page = await browserContext.newPage();
    await page.goto(`${context.baseUrl}/settings`, { waitUntil: 'commit' });
    await page.getByLabel('Restore backup').waitFor({ state: 'attached' });
    await settle(page, 500);
    const raw = await rawRestoreFloor(page, `${context.baseUrl}${BACKUP_FILE}`);
    // The floor's garbage must not be collected in the middle of the measured restore.
    await heapUsedMb(page);
    return { raw, ...(await restoreThroughUi(page, context.site.backupPath)) };
  } finally {
    await browserContext.close();
  }
}

export const measureRestore: Measure = {
  name: 'restore',
  keys: ['backupParse', 'restoreUi', 'restoreRaw', 'restoreRatio', 'restoreLongTask'],
  budgetMs: (size) => 120_000 + size * 4,
  run: async (context) => {
    const runs = await repeat(context.runs, 70_000, () => once(context));
    const splits = runs.map((run) => run.split.map((ms) => ms.toFixed(0)).join('/')).join(', ');
    return {
      backupParse: medianOf(runs.map((run) => run.parse)),
      restoreUi: medianOf(
        runs.map((run) => run.write),
        'click on Restore → success text',
      ),
      restoreRaw: medianOf(runs.map((run) => run.raw)),
      restoreRatio: medianOf(
        runs.map((run) => run.write / run.raw),
        'median of per-run ratios',
      ),
      restoreLongTask: medianOf(
        runs.map((run) => run.longTask),
        `file chosen → 1 s after success; longest in parse/write/after per run: ${splits}`,
      ),
    };
  },
};
