import { expect, test } from './fixtures';

test('keyboard shortcuts: search, move, open, status, tag, notes, close, go to', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('article').first()).toBeVisible();

  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search' })).toBeFocused();
  await page.keyboard.type('empirical study');
  // Typing in the search box never triggers shortcuts ("j", "k", "1"…).
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('empirical study');
  await page.locator('body').click({ position: { x: 5, y: 300 } });

  await page.keyboard.press('j');
  const first = page.locator('article[aria-current="true"]');
  await expect(first).toHaveCount(1);
  const firstTitle = await first.getAttribute('aria-labelledby');
  await page.keyboard.press('j');
  await page.keyboard.press('k');
  await expect(page.locator('article[aria-current="true"]')).toHaveAttribute(
    'aria-labelledby',
    firstTitle ?? '',
  );

  // Status from the list, with an Undo toast.
  await page.keyboard.press('4');
  await expect(first.getByRole('combobox', { name: 'Status' })).toHaveValue('read');
  await expect(page.getByText(/Marked Read/)).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(first.getByRole('combobox', { name: 'Status' })).toHaveValue('unread');

  await page.keyboard.press('o');
  const detail = page.getByRole('dialog');
  await expect(detail).toBeVisible();
  await page.locator('.detail__title').click();
  await page.keyboard.press('3');
  await expect(detail.getByRole('radio', { name: 'Reading', exact: true })).toBeChecked();
  await page.keyboard.press('t');
  await expect(detail.getByRole('combobox', { name: 'Add tag' })).toBeFocused();
  await page.keyboard.type('keyboard');
  await page.keyboard.press('Enter');
  await expect(detail.getByRole('button', { name: 'Remove tag keyboard' })).toBeVisible();
  await page.locator('.detail__title').click();
  await page.keyboard.press('n');
  await expect(detail.getByRole('textbox', { name: 'Notes' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(detail).toBeHidden();

  await page.keyboard.press('g');
  await page.keyboard.press('t');
  await expect(page).toHaveURL(/\/tags$/);
  await expect(page.getByRole('link', { name: '#keyboard' })).toBeVisible();
  await page.keyboard.press('g');
  await page.keyboard.press('s');
  await expect(page).toHaveURL(/\/\?q=empirical/);
});

test('"?" shows the shortcuts, and Ctrl+K opens the command palette', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('article').first()).toBeVisible();
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toContainText('Next / previous paper');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  const input = palette.getByRole('combobox', { name: 'Go to' });
  await expect(input).toBeFocused();
  await input.fill('deepxplore');
  await expect(palette.getByRole('option').first()).toContainText('DeepXplore');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: /DeepXplore/ })).toBeVisible();
  await page.keyboard.press('Escape');

  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Go to' }).fill('monitoring');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/section=monitoring/);
  await expect(page.getByRole('article')).toHaveCount(1);
});

test('the theme switch is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const background = () =>
    page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const light = await background();
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Switch to light theme' })).toBeVisible();
  const dark = await background();
  expect(dark).not.toBe(light);
  await page.getByRole('button', { name: 'Switch to light theme' }).click();
  await expect.poll(background).toBe(light);
});
