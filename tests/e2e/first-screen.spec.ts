import { FIRST_SCREEN_PAPERS } from '../../src/app/first-screen/first-screen-marks';
import { expect, test } from './fixtures';
import { DEEPXPLORE, openFromSearch, withoutTheAppScript } from './helpers';

const TITLE = 'Awesome Machine Learning Reliability';

// A service worker would serve the app's script from its cache, past withoutTheAppScript's block.
test.use({ serviceWorkers: 'block' });

test('a first visit paints the list before any script runs; then the app takes over', async ({
  page,
}) => {
  await withoutTheAppScript(page, '/');
  const firstScreen = page.locator('#first-screen');
  await expect(firstScreen).toBeVisible();
  await expect(firstScreen.locator('h1')).toHaveText(TITLE);
  await expect(firstScreen.locator('article').first()).toBeInViewport();
  await expect(firstScreen.locator('article')).toHaveCount(FIRST_SCREEN_PAPERS);
  // A picture of the page: nothing in it can be used, and screen readers skip it.
  await expect(firstScreen).toHaveAttribute('inert');
  await expect(page.getByRole('article')).toHaveCount(0);

  // With the script, the app replaces it with the real, working list.
  await page.goto('/');
  await expect(page.getByRole('article').first()).toBeVisible();
  await expect(firstScreen).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  const detail = await openFromSearch(page, 'deepxplore', DEEPXPLORE);
  await detail.getByRole('radio', { name: 'Read', exact: true }).check();
  await expect(page.getByText('All changes saved')).toBeVisible();

  // A returning visitor has state the copy does not show: they get the picture of their own
  // first screen that the app kept when they left (see last-screen.spec.ts), not the copy.
  await withoutTheAppScript(page, '/');
  await expect(firstScreen).toBeHidden();
  await expect(page.locator('#last-screen .app-header .progress__text')).toHaveText(
    /^1\/\d+ read$/,
  );
});

test('a first visit to another address does not show the list first', async ({ page }) => {
  await withoutTheAppScript(page, '/settings');
  await expect(page.locator('#first-screen')).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Loading your list…' })).toBeVisible();
  await page.goto('/settings');
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
});
