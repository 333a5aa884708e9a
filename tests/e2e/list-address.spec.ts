import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page, Route } from '@playwright/test';
import { expect, test } from './fixtures';
import { writeNote } from './helpers';

// GitHub's raw host is answered by routes, so the service worker must not stand in between.
test.use({ serviceWorkers: 'block' });

const ADDRESS = 'https://github.com/acme-lab/awesome-dependable-training';
const README =
  'https://raw.githubusercontent.com/acme-lab/awesome-dependable-training/HEAD/README.md';
const TITLE = 'Awesome Dependable Training';
const V1 = readFileSync('tests/fixtures/lists/dependable-training-v1.md', 'utf8');
const V2 = readFileSync('tests/fixtures/lists/dependable-training-v2.md', 'utf8');
const GONE_WITH_NOTE = 'Label Drift in Week-Long Runs';
const NEW_PAPERS = [
  'Hot Spares for Accelerator Pods',
  'Poisoned Shards and How to Find Them',
  'Mixed Precision, Mixed Results: A Study of Numerical Bugs in Training Code',
];

type Answer = { status: number; body?: string; headers?: Record<string, string> } | { abort: true };

/**
 * raw.githubusercontent.com as the test wants it: `answer` says what each request gets (a 404
 * by default for other files). Like GitHub, it allows cross-origin reads.
 */
async function serveGithub(page: Page) {
  const github = { answer: (): Answer => ({ status: 200, body: V1 }), requested: [] as string[] };
  await page.route('https://raw.githubusercontent.com/**', (route: Route) => {
    const url = route.request().url();
    github.requested.push(url);
    const answer = url === README ? github.answer() : { status: 404, body: '404: Not Found' };
    if ('abort' in answer) return route.abort('internetdisconnected');
    return route.fulfill({
      status: answer.status,
      body: answer.body ?? '',
      contentType: 'text/plain; charset=utf-8',
      headers: {
        'access-control-allow-origin': '*',
        'access-control-expose-headers': 'x-ratelimit-remaining, x-ratelimit-reset, retry-after',
        ...answer.headers,
      },
    });
  });
  return github;
}

async function addByAddress(page: Page, address = ADDRESS) {
  await page.goto('/settings');
  await page.getByRole('textbox', { name: 'List address' }).fill(address);
  await page.getByRole('button', { name: 'Add list from address' }).click();
}

/** The stored list records, read past the app. */
async function storedLists(page: Page): Promise<unknown[]> {
  return page.evaluate(
    () =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('readmark');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('lists').objectStore('lists').getAll();
          all.onsuccess = () => {
            open.result.close();
            resolve(all.result);
          };
        };
      }),
  );
}

/** Makes the list's last check two days old, as if the app had not run since. */
async function ageLastCheck(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('readmark');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const store = open.result.transaction('lists', 'readwrite').objectStore('lists');
          const cursor = store.openCursor();
          cursor.onsuccess = () => {
            const current = cursor.result;
            if (!current) {
              open.result.close();
              resolve();
              return;
            }
            current.update({ ...current.value, checkedAt: Date.now() - 2 * 86_400_000 });
            current.continue();
          };
        };
      }),
  );
}

/** The Lists section passes axe as it is now, in the light and the dark theme. */
async function expectAccessible(page: Page) {
  for (const theme of ['Light', 'Dark']) {
    await page.getByRole('radio', { name: theme }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme.toLowerCase());
    const results = await new AxeBuilder({ page })
      .include('section[aria-labelledby="lists-heading"]')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  }
}

const listRow = (page: Page) =>
  page
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: `Remove list ${TITLE}` }) });

test('a list added by its GitHub address becomes the current list', async ({ page }) => {
  const github = await serveGithub(page);
  await addByAddress(page);
  await expect(page.getByRole('status').filter({ hasText: 'Added' })).toHaveText(
    `Added “${TITLE}” from acme-lab/awesome-dependable-training: 4 papers (4 with a venue, 4 with a year, 0 with authors). It is the current list now. Go to the list`,
  );
  expect(github.requested).toEqual([README]);
  await expect(listRow(page)).toContainText(
    '4 papers, from acme-lab/awesome-dependable-training, checked just now',
  );
  await expect(
    page.getByRole('link', { name: 'acme-lab/awesome-dependable-training' }),
  ).toHaveAttribute('href', ADDRESS);
  await expect(page.getByRole('combobox', { name: 'List' })).toHaveValue(
    'address:github.com/acme-lab/awesome-dependable-training',
  );

  await page.getByRole('link', { name: 'Go to the list' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { name: 'Faults in Hardware' }).first()).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(4);
  await expect(
    page.getByRole('article', { name: 'Shuffle Bugs Considered Harmful' }).getByText('NeurIPS'),
  ).toBeVisible();
});

test('adding from an address shows its progress and can be cancelled', async ({ page }) => {
  // GitHub holds its answer until the test lets it go.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('https://raw.githubusercontent.com/**', async (route) => {
    await held;
    await route.abort().catch(() => {});
  });
  await addByAddress(page);
  await expect(page.getByRole('status').filter({ hasText: 'Fetching' })).toHaveText(
    'Fetching acme-lab/awesome-dependable-training… fetching it from GitHub (step 1 of 4)',
  );
  await expect(
    page.getByRole('progressbar', { name: 'Reading acme-lab/awesome-dependable-training' }),
  ).toHaveAttribute('value', '1');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Stopped' })).toHaveText(
    'Stopped fetching acme-lab/awesome-dependable-training. Nothing was added.',
  );
  release();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(await storedLists(page)).toEqual([]);
  await expect(page.getByRole('combobox', { name: 'List' })).toHaveCount(0);
});

test('an update adds and removes papers, keeps notes and says what changed', async ({ page }) => {
  const github = await serveGithub(page);
  await addByAddress(page);
  await page.getByRole('link', { name: 'Go to the list' }).click();
  await writeNote(page, GONE_WITH_NOTE, 'label drift', 'Mislabelled batches: check the loader.');
  await page.keyboard.press('Escape');

  github.answer = () => ({ status: 200, body: V2 });
  await page.goto('/settings');
  await page.getByRole('button', { name: 'Check for updates', exact: true }).click();
  await expect(listRow(page).getByRole('status')).toHaveText(
    'Updated: 3 new papers, 2 gone. Show new papers',
  );
  await expect(listRow(page)).toContainText('5 papers');
  await expectAccessible(page);

  await listRow(page).getByRole('button', { name: 'Show new papers' }).click();
  await expect(page).toHaveURL(/new=1/);
  await expect(page.getByText('3 new papers in this list since your last visit.')).toBeVisible();
  await expect(page.getByText(/1 paper you worked on left the list/)).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(3);
  for (const title of NEW_PAPERS)
    await expect(page.getByRole('article', { name: title })).toBeVisible();

  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Not in this list any more' })).toBeVisible();
  const card = page.getByRole('article', { name: GONE_WITH_NOTE });
  await expect(card.getByText('Not in this list any more')).toBeVisible();
  await card.getByRole('link', { name: GONE_WITH_NOTE }).click();
  await expect(
    page.getByRole('dialog', { name: GONE_WITH_NOTE }).getByRole('textbox', { name: 'Notes' }),
  ).toHaveValue('Mislabelled batches: check the loader.');
});

test('a failing or rate-limited GitHub leaves the list as it was and says why', async ({
  page,
}) => {
  const github = await serveGithub(page);
  await addByAddress(page);
  await expect(listRow(page)).toContainText('4 papers');
  const before = await storedLists(page);
  const check = page.getByRole('button', { name: `Check ${TITLE} for updates` });
  const alert = listRow(page).getByRole('alert');

  github.answer = () => ({ status: 500, body: 'Internal Server Error' });
  await check.click();
  await expect(alert).toHaveText(
    'GitHub answered with an error (HTTP 500); try again later. The list is unchanged.',
  );
  expect(await storedLists(page)).toEqual(before);

  github.answer = () => ({ status: 404, body: '404: Not Found' });
  await page.getByRole('button', { name: 'Check for updates', exact: true }).click();
  await expect(alert).toHaveText(
    `No README found at ${ADDRESS}: is the repository public, and the address right? The list is unchanged.`,
  );
  expect(github.requested.slice(-3)).toEqual([
    README,
    README.replace('README.md', 'readme.md'),
    README.replace('README.md', 'README.markdown'),
  ]);
  expect(await storedLists(page)).toEqual(before);

  const reset = Math.floor(Date.now() / 1000) + 30 * 60;
  github.answer = () => ({
    status: 403,
    body: 'rate limit exceeded',
    headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
  });
  await check.click();
  await expect(alert).toHaveText(
    /^GitHub is limiting requests from this network; try again in (29|30) minutes\. The list is unchanged\.$/,
  );
  expect(await storedLists(page)).toEqual(before);
  await expect(listRow(page)).toContainText('4 papers, from acme-lab/awesome-dependable-training');
  await expectAccessible(page);

  // Adding a list that is not there adds nothing.
  await page
    .getByRole('textbox', { name: 'List address' })
    .fill('https://github.com/acme-lab/nothing-here');
  await page.getByRole('button', { name: 'Add list from address' }).click();
  await expect(page.locator('.add-list').getByRole('alert')).toHaveText(
    'No README found at https://github.com/acme-lab/nothing-here: is the repository public, and the address right? Nothing was added.',
  );
  expect(await storedLists(page)).toEqual(before);
});

test('offline, a check says so and changes nothing', async ({ page, context }) => {
  const github = await serveGithub(page);
  await addByAddress(page);
  await expect(listRow(page)).toContainText('4 papers');
  const before = await storedLists(page);
  const alert = listRow(page).getByRole('alert');

  // The network is gone but the browser has not noticed.
  github.answer = () => ({ abort: true });
  await page.getByRole('button', { name: 'Check for updates', exact: true }).click();
  await expect(alert).toHaveText(
    'GitHub could not be reached: check that you are online. The list is unchanged.',
  );
  expect(await storedLists(page)).toEqual(before);

  // The browser knows it is offline: nothing is even tried.
  const tried = github.requested.length;
  await context.setOffline(true);
  await page.getByRole('button', { name: `Check ${TITLE} for updates` }).click();
  await expect(alert).toHaveText(
    'You are offline, so GitHub cannot be reached. The list is unchanged.',
  );
  expect(github.requested).toHaveLength(tried);
  expect(await storedLists(page)).toEqual(before);
  await context.setOffline(false);
});

test('a list last checked a day ago or more is checked on start, once', async ({ page }) => {
  const github = await serveGithub(page);
  await addByAddress(page);
  await expect(listRow(page)).toContainText('4 papers');
  await ageLastCheck(page);

  github.answer = () => ({ status: 200, body: V2 });
  await page.goto('/');
  await expect(page.getByText('3 new papers in this list since your last visit.')).toBeVisible();
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(listRow(page).getByRole('status')).toHaveText(
    'Updated: 3 new papers, 2 gone. Show new papers',
  );
  await expect(listRow(page)).toContainText(
    '5 papers, from acme-lab/awesome-dependable-training, checked just now',
  );
  const requests = github.requested.length;

  // Checked today: a new start does not ask GitHub again.
  await page.reload();
  await expect(listRow(page)).toContainText('checked just now');
  await page.waitForLoadState('networkidle');
  await expect(listRow(page).getByRole('status')).toHaveCount(0);
  expect(github.requested).toHaveLength(requests);
});
