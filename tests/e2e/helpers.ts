import type { Browser, Page } from '@playwright/test';
import { expect } from './fixtures';

export const DEEPXPLORE = 'DeepXplore: Automated Whitebox Testing of Deep Learning Systems';

/** Finds a paper with the search box and opens its detail; returns the detail dialog. */
export async function openFromSearch(page: Page, query: string, title: string) {
  await page.getByRole('searchbox', { name: 'Search' }).fill(query);
  const card = page.getByRole('article', { name: title });
  await expect(card).toBeVisible();
  await card.getByRole('link', { name: title }).click();
  return page.getByRole('dialog', { name: title });
}

export async function writeNote(page: Page, title: string, query: string, text: string) {
  const detail = await openFromSearch(page, query, title);
  const notes = detail.getByRole('textbox', { name: 'Notes' });
  await expect(notes).toBeEditable();
  await notes.fill(text);
  await expect(detail.getByText('Saved', { exact: true })).toBeVisible();
  return detail;
}

/** Waits until a service worker controls the page, so it can be reloaded offline. */
export async function waitForServiceWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), {
          once: true,
        }),
      );
    }
  });
}

/**
 * Keeps a write transaction on the papers open from outside the app, so the app's next write
 * waits behind it; resolves once it holds the lock. `window.releasePapers()` lets go, and so
 * does closing or reloading the page.
 */
export async function holdPapersTable(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((held) => {
        const open = indexedDB.open('readmark');
        open.onsuccess = () => {
          const store = open.result.transaction('papers', 'readwrite').objectStore('papers');
          let released = false;
          Reflect.set(window, 'releasePapers', () => {
            released = true;
          });
          const keepBusy = () => {
            if (!released) store.count().onsuccess = keepBusy;
          };
          store.count().onsuccess = () => {
            held();
            keepBusy();
          };
        };
      }),
  );
}

export type StoredStatus = {
  status: string;
  startedAt?: number;
  finishedAt?: number;
  statusChangedAt?: number;
};

/** The paper's record as IndexedDB holds it, read past the app; null when there is none. */
export async function storedPaper(page: Page, title: string): Promise<StoredStatus | null> {
  return page.evaluate(
    (title) =>
      new Promise<StoredStatus | null>((resolve, reject) => {
        const open = indexedDB.open('readmark');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('papers').objectStore('papers').getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            db.close();
            const records = all.result as (StoredStatus & { title: string })[];
            resolve(records.find((record) => record.title === title) ?? null);
          };
        };
      }),
    title,
  );
}

/** Marks the papers To read from the list's search, then opens Next up; returns its list. */
export async function queueForNextUp(page: Page, papers: readonly (readonly [string, string])[]) {
  for (const [query, title] of papers) {
    await page.getByRole('searchbox', { name: 'Search' }).fill(query);
    await page
      .getByRole('article', { name: title })
      .getByRole('combobox', { name: 'Status' })
      .selectOption('To read');
  }
  await page.getByRole('link', { name: 'Next up' }).click();
  const list = page.getByRole('list', { name: 'Next up' });
  await expect(list.getByRole('listitem')).toHaveCount(papers.length);
  return list;
}

/**
 * Restores a backup file into a new browser profile, replacing what is there; returns the
 * profile's page and the safety backup the replace downloads first. Close `fresh` when done.
 */
export async function restoreInFreshProfile(browser: Browser, backupPath: string) {
  const fresh = await browser.newContext({ serviceWorkers: 'block' });
  const other = await fresh.newPage();
  await other.goto('/settings');
  await other.getByLabel('Restore backup').setInputFiles(backupPath);
  await other.getByRole('radio', { name: /Replace what is here/ }).check();
  const [safety] = await Promise.all([
    other.waitForEvent('download'),
    other.getByRole('button', { name: 'Restore', exact: true }).click(),
  ]);
  return { fresh, other, safety };
}

/**
 * The page at `path` as it is before the app's script has run (the script never arrives): what
 * index.html and its boot script paint. Needs service workers blocked, or the worker would serve
 * the script from its cache.
 */
export async function withoutTheAppScript(page: Page, path: string) {
  await page.route('**/assets/*.js', (route) => route.abort());
  await page.goto(path);
  await page.unroute('**/assets/*.js');
}
