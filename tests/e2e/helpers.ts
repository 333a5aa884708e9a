import type { Page } from '@playwright/test';
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
