/** Chromium for the benchmark: cold contexts, the app loaded and ready, and heap readings. */
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, ensureChromium } from '../chromium';

export const VIEWPORT = { width: 1280, height: 800 };

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: ensureChromium(),
    args: CHROMIUM_ARGS,
    headless: true,
    timeout: 60_000,
  });
}

/**
 * Tracks the contexts a measure opens, so a measure that runs out of time can close them all:
 * closing a context rejects whatever was waiting on its pages, and nothing is left hanging.
 */
export type Contexts = {
  /** A fresh context: empty cache and storage, and no service worker (a cold visit). */
  cold: () => Promise<BrowserContext>;
  closeAll: () => Promise<void>;
};

export function contextsOf(browser: Browser): Contexts {
  const open = new Set<BrowserContext>();
  let closed = false;
  return {
    cold: async () => {
      // An abandoned measure must not open anything once its contexts were closed.
      if (closed) throw new Error('this measure was abandoned');
      const context = await browser.newContext({ serviceWorkers: 'block', viewport: VIEWPORT });
      context.setDefaultTimeout(60_000);
      // tsx compiles with keepNames, which wraps inner functions in `__name(...)` calls; the
      // functions we send to the page need that helper there too.
      await context.addInitScript('globalThis.__name = (fn) => fn;');
      open.add(context);
      context.once('close', () => open.delete(context));
      return context;
    },
    closeAll: async () => {
      closed = true;
      await Promise.allSettled([...open].map((context) => context.close()));
    },
  };
}

/** Waits until the list shows a paper (bounded by the context's default timeout). */
export async function waitForList(page: Page): Promise<void> {
  await page.getByRole('article').first().waitFor({ state: 'visible' });
}

export async function openApp(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'commit' });
  await waitForList(page);
  return page;
}

/**
 * Collects the page's uncaught errors and console errors, logging each distinct one the first
 * time it comes; returns a reader of everything collected. The contexts block service workers,
 * so the app's "Service worker not registered" console error is expected in every page.
 */
export function watchPage(page: Page, log: (message: string) => void): () => string[] {
  const seen: string[] = [];
  const add = (message: string) => {
    if (!seen.includes(message)) log(`  page ${message}`);
    seen.push(message);
  };
  page.on('pageerror', (error) => add(`error: ${error.message.split('\n')[0]}`));
  page.on('console', (message) => {
    if (message.type() === 'error') add(`console error: ${message.text().split('\n')[0]}`);
  });
  return () => [...seen];
}

/** Lets queued work (effects, live queries, idle callbacks) finish before a measurement. */
export async function settle(page: Page, ms = 300): Promise<void> {
  await page.evaluate(
    (wait) =>
      new Promise<void>((resolve) =>
        setTimeout(() => requestAnimationFrame(() => resolve()), wait),
      ),
    ms,
  );
}

/** JS heap in use after a full garbage collection, in MB (CDP `JSHeapUsedSize`). */
export async function heapUsedMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const used = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value;
    if (used === undefined) throw new Error('CDP reported no JSHeapUsedSize');
    return used / 2 ** 20;
  } finally {
    await cdp.detach();
  }
}

/**
 * Writes every record of the served backup straight into the app's `papers` store in one
 * transaction (the app must have created the database first). Returns the records written.
 */
export async function seedStates(page: Page, backupUrl: string): Promise<number> {
  return page.evaluate(async (url) => {
    const backup = (await (await fetch(url)).json()) as { papers: { id: string }[] };
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('readmark');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('papers', 'readwrite');
      const store = tx.objectStore('papers');
      for (const record of backup.papers) store.put(record);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new Error('seeding aborted'));
    });
    db.close();
    return backup.papers.length;
  }, backupUrl);
}
