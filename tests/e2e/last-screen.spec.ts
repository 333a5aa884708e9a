import { expect, test } from './fixtures';
import { withoutTheAppScript } from './helpers';

// A service worker would serve the app's script from its cache, past withoutTheAppScript's block.
test.use({ serviceWorkers: 'block' });

test('a returning visitor sees their own first screen before the app has loaded', async ({
  page,
}) => {
  await page.goto('/');
  const statuses = page.getByRole('combobox', { name: 'Status' });
  await statuses.nth(0).selectOption('read');
  await statuses.nth(1).selectOption('reading');
  await expect(page.getByText('All changes saved')).toBeVisible();
  const progress = page.locator('#root .app-header .progress__text');
  await expect(progress).toHaveText(/^1\/\d+ read$/);
  const total = /\/(\d+) read/.exec((await progress.textContent()) ?? '')?.[1];

  // Leaving the page keeps the picture; the next start paints it before any script runs.
  await withoutTheAppScript(page, '/');
  const picture = page.locator('#last-screen');
  await expect(picture).toBeVisible();
  await expect(picture).toHaveAttribute('inert');
  await expect(picture.locator('article').first()).toBeInViewport();
  const pictured = picture.locator('select[aria-label="Status"]');
  await expect(pictured.nth(0)).toHaveValue('read');
  await expect(pictured.nth(1)).toHaveValue('reading');
  await expect(picture.locator('.app-header .progress__text')).toHaveText(`1/${total} read`);
  // Its bar is drawn (the width is set through the style object, which the CSP allows).
  const fill = picture.locator('.app-header .progress__fill');
  expect(await fill.evaluate((element) => element.getBoundingClientRect().width)).toBeGreaterThan(
    0,
  );
  // Nothing in it can be used, and screen readers skip it.
  await expect(page.getByRole('article')).toHaveCount(0);

  // With the script, the app replaces it with the real, working list.
  await page.goto('/');
  await expect(page.getByRole('article').first()).toBeVisible();
  await expect(picture).toHaveCount(0);
  await expect(statuses.nth(0)).toHaveValue('read');
  await expect(statuses.nth(1)).toHaveValue('reading');

  // Another address opens on the app's loading screen, not on a picture of the list.
  await withoutTheAppScript(page, '/settings');
  await expect(picture).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Loading your list…' })).toBeVisible();
});

test('the picture follows the list chosen, the density and the theme, from the first paint', async ({
  page,
}) => {
  await page.goto('/settings');
  await page.getByLabel('Add list').setInputFiles({
    name: 'reading.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from(
      '# My Reading\n\n## Robustness\n\n- [A Picture Test Paper](https://example.org/picture) - A note.\n',
    ),
  });
  await expect(page.getByRole('status').filter({ hasText: /^Added “My Reading”/ })).toBeVisible();
  await page.getByRole('combobox', { name: 'List' }).selectOption({ label: 'My Reading' });
  await page.getByRole('button', { name: /dark theme/i }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.goto('/');
  await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Compact' }).click();
  await expect(page.locator('#root .virtual-list--compact')).toBeVisible();

  await withoutTheAppScript(page, '/');
  const picture = page.locator('#last-screen');
  await expect(picture.locator('label.list-switcher option:checked')).toHaveText('My Reading');
  await expect(picture.locator('article h3')).toHaveText(['A Picture Test Paper']);
  await expect(picture.locator('.virtual-list--compact article')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // The theme button offers the other theme, as the app's does.
  await expect(picture.locator('.theme-toggle button > span')).toHaveText('☀');
});
