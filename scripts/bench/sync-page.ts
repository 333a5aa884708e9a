/**
 * The page's side of `--sync`: a recorder of every change of the `data-sync-state` attribute
 * (in page time, so it lines up with the other probes), connecting through Settings, and
 * finding when the page said `synced` again after a change.
 */
import type { Page } from '@playwright/test';
import { waitForList } from './browser';
import { deadline } from './measure';
import type { SyncServer } from './sync-server';

export type SyncMark = { state: string; at: number };
type SyncRecord = { marks: SyncMark[]; connectAt?: number };
type SyncWindow = Window & { __benchSync?: SyncRecord };

/**
 * An init script: records the state shown each time it changes, and when the sync form was
 * submitted. It watches only that attribute, so it adds nothing to the page's other DOM work.
 */
export function syncRecorder(): void {
  const record: SyncRecord = { marks: [] };
  (window as SyncWindow).__benchSync = record;
  const note = () => {
    const element = document.querySelector('[data-sync-state]');
    if (!element) return;
    const state = element.getAttribute('data-sync-state') ?? '';
    if (record.marks.at(-1)?.state !== state) record.marks.push({ state, at: performance.now() });
  };
  new MutationObserver(note).observe(document, {
    subtree: true,
    attributes: true,
    attributeFilter: ['data-sync-state'],
  });
  document.addEventListener(
    'submit',
    (event) => {
      if (event.target instanceof HTMLFormElement && event.target.matches('.sync-form')) {
        record.connectAt = performance.now();
        note();
      }
    },
    true,
  );
}

/**
 * The first time, after `from`, that the page said `synced` having said something else after
 * `from` (the change went out and the server acknowledged it); undefined when it has not yet.
 */
export function syncedAfter(marks: readonly SyncMark[], from: number): number | undefined {
  const left = marks.findIndex((mark) => mark.at >= from && mark.state !== 'synced');
  if (left < 0) return undefined;
  return marks.slice(left).find((mark) => mark.state === 'synced')?.at;
}

export async function syncMarks(page: Page): Promise<SyncMark[]> {
  return page.evaluate(() => (window as SyncWindow).__benchSync?.marks ?? []);
}

/** The state the page shows now, and why when refused. */
async function shownState(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.querySelector('[data-sync-state]');
    const state = element?.getAttribute('data-sync-state') ?? 'none';
    return state === 'refused' ? `refused (${element?.textContent?.trim()})` : state;
  });
}

/**
 * Waits until the page says `synced` after having left it after `from` (see syncedAfter);
 * returns that time, in page time. Fails at once on `refused`, and after `ms` otherwise. (The
 * times come from the recorder, so how often this looks does not change them.)
 */
export async function waitForSyncedAfter(page: Page, from: number, ms: number): Promise<number> {
  const started = Date.now();
  for (;;) {
    const marks = await syncMarks(page);
    const at = syncedAfter(marks, from);
    if (at !== undefined) return at;
    if (marks.at(-1)?.state === 'refused') throw new Error(`sync ${await shownState(page)}`);
    if (Date.now() - started > ms) {
      throw new Error(
        `not synced within ${Math.round(ms / 1000)} s (the page shows ${await shownState(page)})`,
      );
    }
    await page.waitForTimeout(100);
  }
}

/** Waits until the page shows `synced` now (after a reload, say); bounded by `ms`. */
export async function waitForSynced(page: Page, ms: number): Promise<void> {
  try {
    await page.locator('[data-sync-state="synced"]').waitFor({ state: 'attached', timeout: ms });
  } catch {
    throw new Error(
      `not synced within ${Math.round(ms / 1000)} s (the page shows ${await shownState(page).catch(() => '?')})`,
    );
  }
}

const views = (page: Page) => page.getByRole('navigation', { name: 'Views' });

/**
 * Connects the app through Settings (Sync server, Sync token, Connect), waits for `synced` and
 * goes back to the list. Returns the ms from the form's submission to `synced`.
 */
export async function connectThroughSettings(
  page: Page,
  server: SyncServer,
  ms: number,
): Promise<number> {
  await views(page).getByRole('link', { name: 'Settings', exact: true }).click();
  await page.getByRole('textbox', { name: 'Sync server' }).fill(server.url);
  await page.getByLabel('Sync token', { exact: true }).fill(server.token);
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await page.waitForFunction(
    () => (window as SyncWindow).__benchSync?.connectAt !== undefined,
    undefined,
    deadline(10_000),
  );
  const connectAt = await page.evaluate(() => (window as SyncWindow).__benchSync?.connectAt ?? 0);
  const synced = await waitForSyncedAfter(page, connectAt, ms);
  await views(page).getByRole('link', { name: 'Papers', exact: true }).click();
  await waitForList(page);
  return synced - connectAt;
}
