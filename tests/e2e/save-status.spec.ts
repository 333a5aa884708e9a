import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { DEEPXPLORE, openFromSearch, storedPaper } from './helpers';

const FULL = "Not saved: the browser's storage for this site is full.";

/**
 * Makes the browser refuse every write to the papers, the way a full disk does, until
 * `window.allowWrites()`. Also starts keeping every text the header's save indicator shows, so
 * a "saved" that only flashes by is caught too.
 */
async function refuseWrites(page: Page) {
  await page.evaluate(() => {
    const indicator = document.querySelector('header [role="status"]');
    const shown: string[] = [];
    new MutationObserver(() => shown.push(indicator?.textContent ?? '')).observe(
      indicator ?? document.body,
      { childList: true, subtree: true, characterData: true },
    );
    Reflect.set(window, 'shownSaveStates', shown);

    const store = IDBObjectStore.prototype;
    const { put, add } = store;
    const refusing = (write: typeof put): typeof put =>
      function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
        if (this.name === 'papers') {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
        return write.apply(this, args);
      };
    store.put = refusing(put);
    store.add = refusing(add);
    Reflect.set(window, 'allowWrites', () => {
      store.put = put;
      store.add = add;
    });
  });
}

const shownSaveStates = (page: Page) =>
  page.evaluate(() => Reflect.get(window, 'shownSaveStates') as string[]);

test('a write the browser refuses says "Not saved" until a later write lands', async ({ page }) => {
  await page.goto('/');
  const saveState = page.locator('header [role="status"]');
  const detail = await openFromSearch(page, 'deepxplore', DEEPXPLORE);
  await detail.getByRole('radio', { name: 'Reading', exact: true }).check();
  await expect(saveState).toHaveText('All changes saved');

  await refuseWrites(page);
  // Clicked, not checked: the refused status does not stay checked.
  await detail.getByRole('radio', { name: 'Read', exact: true }).click();
  await expect(saveState).toHaveText(FULL);
  await expect(detail.getByRole('radio', { name: 'Reading', exact: true })).toBeChecked();
  // A note typed now is refused too: it stays on screen, and the header keeps saying so.
  const notes = detail.getByRole('textbox', { name: 'Notes' });
  await notes.fill('kept on screen');
  await expect(detail.getByRole('button', { name: 'Try again' })).toBeVisible();
  await expect(notes).toHaveValue('kept on screen');
  await expect(saveState).toHaveText(FULL);
  expect(await storedPaper(page, DEEPXPLORE)).toMatchObject({ status: 'reading' });
  expect(await shownSaveStates(page)).not.toContain('All changes saved');

  await page.evaluate(() => (Reflect.get(window, 'allowWrites') as () => void)());
  await detail.getByRole('button', { name: 'Try again' }).click();
  await expect(saveState).toHaveText('All changes saved');
  await detail.getByRole('radio', { name: 'Read', exact: true }).check();
  await expect.poll(async () => (await storedPaper(page, DEEPXPLORE))?.status).toBe('read');
  await expect(saveState).toHaveText('All changes saved');
  await page.reload();
  await expect(
    page.getByRole('dialog', { name: DEEPXPLORE }).getByRole('textbox', { name: 'Notes' }),
  ).toHaveValue('kept on screen');
});
