/**
 * Status change: from the `change` event of a row's Status menu to the moment a raw IndexedDB
 * read of that paper returns the new status (the write has committed). The reads are chained
 * back to back rather than once per frame, so the resolution is well under a millisecond.
 * Between two changes the page is left until it is quiet (no IndexedDB transaction open and no
 * long task for half a second), so each change is timed on its own rather than queued behind
 * the last one's aftermath; how long that aftermath kept the page busy is reported beside it.
 */
import type { Page } from '@playwright/test';
import { settle } from './browser';
import { deadline } from './measure';

const STATUSES = ['unread', 'to-read', 'reading', 'read'];

type Change = { id: string; wanted: string; t0: number; t1?: number; error?: string };
type Busy = { openTransactions: number; lastEnd: number };
type StatusWindow = Window & { __benchStatus?: Change[]; __benchBusy?: Busy };

/**
 * An init script (it must run before the app opens its database) that tracks when the page was
 * last busy: long tasks, and IndexedDB transactions in flight, since the reads that follow a
 * write (live queries) keep the page busy off the main thread, where no long task shows them.
 */
export function busyTracker(): void {
  const busy: Busy = { openTransactions: 0, lastEnd: 0 };
  (window as StatusWindow).__benchBusy = busy;
  new PerformanceObserver((list) => {
    for (const task of list.getEntries()) {
      busy.lastEnd = Math.max(busy.lastEnd, task.startTime + task.duration);
    }
  }).observe({ type: 'longtask', buffered: true });
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args) {
    const tx = transaction.apply(this, args);
    busy.openTransactions += 1;
    const end = () => {
      busy.openTransactions -= 1;
      busy.lastEnd = Math.max(busy.lastEnd, performance.now());
    };
    tx.addEventListener('complete', end);
    tx.addEventListener('abort', end);
    return tx;
  } as typeof transaction;
}

/** Per change: ms to the commit, ms the page stayed busy, and when it began (page time). */
export type StatusTimes = { latencies: number[]; busy: number[]; starts: number[] };

function statusProbe(): void {
  const probe = window as StatusWindow;
  if (probe.__benchStatus) return;
  const changes: Change[] = [];
  probe.__benchStatus = changes;
  let opened: Promise<IDBDatabase> | undefined;
  const open = () =>
    (opened ??= new Promise((resolve, reject) => {
      const request = indexedDB.open('readmark');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    }));
  const poll = (db: IDBDatabase, change: Change) => {
    if (performance.now() - change.t0 > 10_000) return void (change.error = 'not written in 10 s');
    const request = db.transaction('papers', 'readonly').objectStore('papers').get(change.id);
    request.onsuccess = () => {
      const record = request.result as { status?: string } | undefined;
      if (record?.status === change.wanted) change.t1 = performance.now();
      else poll(db, change);
    };
    request.onerror = () => (change.error = String(request.error));
  };
  document.addEventListener(
    'change',
    (event) => {
      const select = event.target;
      if (
        !(select instanceof HTMLSelectElement) ||
        select.getAttribute('aria-label') !== 'Status'
      ) {
        return;
      }
      const t0 = performance.now();
      const titleId = select.closest('article')?.getAttribute('aria-labelledby') ?? '';
      const change: Change = { id: titleId.replace(/^paper-title-/, ''), wanted: select.value, t0 };
      changes.push(change);
      open().then(
        (db) => poll(db, change),
        (error: unknown) => (change.error = String(error)),
      );
    },
    true,
  );
}

/**
 * Waits (at most `limitMs`) until the page has been quiet for half a second (see busyTracker);
 * returns when its last work after `since` ended, or NaN if it never went quiet.
 */
export async function waitForQuiet(page: Page, since = 0, limitMs = 15_000): Promise<number> {
  const quiet = () =>
    page.evaluate((from) => {
      const busy = (window as StatusWindow).__benchBusy;
      if (!busy) throw new Error('busyTracker was not installed');
      if (busy.openTransactions > 0) return null;
      const end = Math.max(from, busy.lastEnd);
      return performance.now() - end > 500 ? end : null;
    }, since);
  const started = Date.now();
  for (;;) {
    const end = await quiet();
    if (end !== null || Date.now() - started > limitMs) return end ?? NaN;
    await page.waitForTimeout(100);
  }
}

/** Changes the status of the first rows `count` times, one at a time. */
export async function changeStatuses(page: Page, count: number): Promise<StatusTimes> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await settle(page, 300);
  await page.evaluate(statusProbe);
  const start = await page.evaluate(() => (window as StatusWindow).__benchStatus?.length ?? 0);
  const menus = page.getByRole('combobox', { name: 'Status' });
  const times: StatusTimes = { latencies: [], busy: [], starts: [] };
  for (let i = 0; i < count; i += 1) {
    const menu = menus.nth(i % 4);
    const current = await menu.inputValue();
    await menu.selectOption(STATUSES[(STATUSES.indexOf(current) + 1) % STATUSES.length] ?? 'read');
    const handle = await page.waitForFunction(
      (index) => {
        const change = (window as StatusWindow).__benchStatus?.[index];
        return change && (change.t1 !== undefined || change.error) ? change : undefined;
      },
      start + i,
      deadline(15_000),
    );
    const change = (await handle.jsonValue()) as Change;
    if (change.error || change.t1 === undefined) {
      throw new Error(`status of ${change.id}: ${change.error ?? 'no time'}`);
    }
    times.latencies.push(change.t1 - change.t0);
    times.starts.push(change.t0);
    times.busy.push((await waitForQuiet(page, change.t1)) - change.t0);
  }
  return times;
}

/**
 * The floor under a status change: the same write and the same chained reads, made raw in the
 * page (no app code), in a database of its own with one record. Per change, ms from the put to
 * the read that sees it.
 */
export async function rawStatusFloor(page: Page, count: number): Promise<number[]> {
  return page.evaluate(async (changes) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('bench-status-floor', 1);
      request.onupgradeneeded = () => request.result.createObjectStore('papers', { keyPath: 'id' });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const seen = (status: string) =>
      new Promise<number>((resolve, reject) => {
        const poll = () => {
          const request = db.transaction('papers', 'readonly').objectStore('papers').get('paper');
          request.onsuccess = () => {
            const record = request.result as { status?: string } | undefined;
            if (record?.status === status) resolve(performance.now());
            else poll();
          };
          request.onerror = () => reject(request.error);
        };
        poll();
      });
    const latencies: number[] = [];
    for (let i = 0; i < changes; i += 1) {
      const status = `status-${i}`;
      const t0 = performance.now();
      db.transaction('papers', 'readwrite').objectStore('papers').put({ id: 'paper', status });
      latencies.push((await seen(status)) - t0);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    db.close();
    return latencies;
  }, count);
}
