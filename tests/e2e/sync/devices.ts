import type { Browser, BrowserContext, Locator, Page } from '@playwright/test';
import { cspViolationsOf, expect, recordCspViolations } from '../fixtures';
import { openFromSearch } from '../helpers';

/** How long a device may take to reach a sync state (reconnects back off for a few seconds). */
export const SYNC_TIMEOUT = 30_000;

export type SyncState = 'off' | 'connecting' | 'synced' | 'pending' | 'offline' | 'refused';
export type Status = 'Unread' | 'To read' | 'Reading' | 'Read';

export type Device = {
  name: string;
  context: BrowserContext;
  page: Page;
  /** Page errors, dialogs and CSP violations seen so far (the last ones are read on close). */
  problems: string[];
};

/**
 * A browser profile of its own (one device), with the checks fixtures.ts makes for the default
 * context: no CSP violation, no page error, no dialog. closeDevice() reports what it saw.
 */
export async function openDevice(browser: Browser, name: string): Promise<Device> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const problems: string[] = [];
  await context.addInitScript(recordCspViolations);
  context.on('page', (page) => {
    page.on('pageerror', (error) => problems.push(`${name}: page error: ${error.message}`));
    page.on('dialog', (dialog) => {
      problems.push(`${name}: dialog opened: ${dialog.message()}`);
      void dialog.dismiss();
    });
  });
  const page = await context.newPage();
  return { name, context, page, problems };
}

/** Closes the device's browser profile; returns every problem it saw. */
export async function closeDevice(device: Device): Promise<string[]> {
  for (const page of device.context.pages()) {
    const violations = await cspViolationsOf(page);
    device.problems.push(...violations.map((line) => `${device.name}: ${line}`));
  }
  await device.context.close();
  return device.problems;
}

/** The one element that tells the sync state (strict: a second one fails the test). */
export function syncIndicator(page: Page): Locator {
  return page.locator('[data-sync-state]');
}

export async function expectSyncState(page: Page, state: SyncState, timeout = SYNC_TIMEOUT) {
  await expect(syncIndicator(page)).toHaveAttribute('data-sync-state', state, { timeout });
}

/** Opens Settings in the app (loading it first when the page is blank). */
export async function goToSettings(page: Page) {
  if (page.url() === 'about:blank') {
    await page.goto('/settings');
    return;
  }
  await closeOpenDialog(page);
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('link', { name: 'Settings' })
    .click();
}

/**
 * Fills the sync address and token in Settings and presses Connect (pressing Disconnect first
 * when the device offers it); does not wait for a state.
 */
export async function connectSync(page: Page, url: string, token: string) {
  await goToSettings(page);
  const disconnect = page.getByRole('button', { name: 'Disconnect', exact: true });
  if (await disconnect.isVisible()) {
    await disconnect.click();
    await expectSyncState(page, 'off');
  }
  await page.getByRole('textbox', { name: 'Sync server' }).fill(url);
  // By its label: a password field (which a token deserves) has no textbox role.
  await page.getByLabel('Sync token', { exact: true }).fill(token);
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
}

export async function disconnectSync(page: Page) {
  await goToSettings(page);
  await page.getByRole('button', { name: 'Disconnect', exact: true }).click();
  await expectSyncState(page, 'off');
}

async function closeOpenDialog(page: Page) {
  const dialog = page.getByRole('dialog');
  if (await dialog.isVisible()) {
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  }
}

/** Goes to the papers list in the app (no reload) and opens a paper's detail. */
export async function openPaper(page: Page, query: string, title: string) {
  if (page.url() === 'about:blank') await page.goto('/');
  await closeOpenDialog(page);
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('link', { name: 'Papers' })
    .click();
  const detail = await openFromSearch(page, query, title);
  await expect(detail.getByRole('textbox', { name: 'Notes' })).toBeEditable();
  return detail;
}

/** Waits for the note's own save line to say Saved after an edit. */
export async function expectNoteSaved(detail: Locator) {
  await expect(detail.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
}

export async function addTag(detail: Locator, tag: string) {
  const input = detail.getByRole('combobox', { name: 'Add tag' });
  await input.fill(tag);
  await input.press('Enter');
  await expect(detail.getByRole('button', { name: `Remove tag ${tag}` })).toBeVisible();
}

export async function setStatus(detail: Locator, status: Status) {
  const radio = detail.getByRole('radio', { name: status, exact: true });
  await radio.check();
  await expect(radio).toBeChecked();
}

/** The detail shows exactly these tags (as #tag chips), in any order. */
export async function expectTags(detail: Locator, tags: readonly string[]) {
  const chips = detail.getByRole('list', { name: 'Tags' }).getByRole('listitem');
  await expect(chips).toHaveCount(tags.length, { timeout: SYNC_TIMEOUT });
  for (const tag of tags) {
    await expect(detail.getByText(`#${tag}`, { exact: false }).first()).toBeVisible();
    await expect(detail.getByRole('button', { name: `Remove tag ${tag}` })).toBeVisible();
  }
}
