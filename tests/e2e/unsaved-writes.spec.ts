import { expect, test } from './fixtures';
import { DEEPXPLORE, holdPapersTable, openFromSearch } from './helpers';

test.use({ answersLeaveDialogs: true });

test('leaving the page in the middle of a write asks first, and staying lets it land', async ({
  page,
}) => {
  await page.goto('/');
  const detail = await openFromSearch(page, 'deepxplore', DEEPXPLORE);
  const read = detail.getByRole('radio', { name: 'Read', exact: true });
  await expect(read).toBeEnabled();
  await holdPapersTable(page);
  await read.check();
  await expect(page.getByText('Saving…')).toBeVisible();

  await page.evaluate(() => Reflect.set(window, 'sameDocument', true));
  const asked = page.waitForEvent('dialog', { timeout: 5_000 });
  // Staying cancels the reload, so it never finishes: its timeout is expected.
  const reload = page.reload({ timeout: 2_000 }).then(
    () => 'reloaded',
    () => 'stayed',
  );
  const dialog = await asked;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();
  expect(await reload).toBe('stayed');
  expect(await page.evaluate(() => Reflect.get(window, 'sameDocument'))).toBe(true);

  await page.evaluate(() => (Reflect.get(window, 'releasePapers') as () => void)());
  await expect(page.getByText('All changes saved')).toBeVisible();
  // Nothing is in flight now: the page reloads without asking, and the status is there.
  await page.reload();
  await expect(
    page
      .getByRole('dialog', { name: DEEPXPLORE })
      .getByRole('radio', { name: 'Read', exact: true }),
  ).toBeChecked();
});
