import { expect, test } from './fixtures';
import { DEEPXPLORE, waitForServiceWorker, writeNote } from './helpers';

test('after a first visit, the app and the notes open with the network off', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await writeNote(page, DEEPXPLORE, 'deepxplore', 'Read offline on the train.');
  await waitForServiceWorker(page);

  await context.setOffline(true);
  await page.reload();
  const detail = page.getByRole('dialog', { name: DEEPXPLORE });
  await expect(detail.getByRole('textbox', { name: 'Notes' })).toHaveValue(
    'Read offline on the train.',
  );
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Awesome Machine Learning Reliability',
  );
  await expect(page.getByRole('article').first()).toBeVisible();

  // A cold start offline: a new page in the same browser profile.
  const cold = await context.newPage();
  await cold.goto('/tags');
  await expect(cold.getByRole('heading', { name: 'Tags' })).toBeVisible();
  await cold.goto('/?q=deepxplore');
  await expect(cold.getByRole('article', { name: DEEPXPLORE })).toBeVisible();
  await context.setOffline(false);
});

test('the web app manifest makes it installable', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifest = (await (await request.get(href ?? '')).json()) as {
    name: string;
    short_name: string;
    start_url: string;
    theme_color: string;
    icons: { src: string; sizes: string; purpose?: string }[];
  };
  expect(manifest.short_name).toBe('Readmark');
  expect(manifest.start_url).toBe('/');
  expect(manifest.theme_color).toMatch(/^#/);
  expect(manifest.icons.map((icon) => icon.sizes)).toEqual(
    expect.arrayContaining(['192x192', '512x512']),
  );
  expect(manifest.icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
  for (const icon of manifest.icons) expect((await request.get(icon.src)).ok()).toBe(true);
});
