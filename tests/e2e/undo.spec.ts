import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { DEEPXPLORE, openFromSearch, storedPaper } from './helpers';

const STARTED = '2024-01-10';
const FINISHED = '2024-02-20';

// A status shortcut for the open paper: clicking its title first takes focus from any field.
async function pressStatusKey(page: Page, key: '1' | '2' | '3' | '4') {
  await page.locator('.detail__title').click();
  await page.keyboard.press(key);
}

async function undo(detail: Locator) {
  await detail.getByRole('button', { name: 'Undo' }).click();
  await expect(detail.getByRole('button', { name: 'Undo' })).toBeHidden();
}

test('Undo of a status key puts back a read paper with both its dates', async ({ page }) => {
  await page.goto('/');
  const opened = await openFromSearch(page, 'deepxplore', DEEPXPLORE);
  await opened.getByRole('radio', { name: 'Read', exact: true }).check();
  await opened.getByLabel('Started').fill(STARTED);
  await opened.getByLabel('Finished').fill(FINISHED);
  await expect
    .poll(async () => (await storedPaper(page, DEEPXPLORE))?.finishedAt)
    .toBe(await page.evaluate(() => new Date(2024, 1, 20, 12).getTime()));
  const before = await storedPaper(page, DEEPXPLORE);
  expect(before).toMatchObject({
    status: 'read',
    startedAt: await page.evaluate(() => new Date(2024, 0, 10, 12).getTime()),
  });

  // A fresh start, so the status keys see the stored dates whatever the timing of the writes.
  await page.reload();
  const detail = page.getByRole('dialog', { name: DEEPXPLORE });
  const started = detail.getByLabel('Started');
  const finished = detail.getByLabel('Finished');
  await expect(page.getByText('1/24 read').first()).toBeVisible();
  await expect(finished).toHaveValue(FINISHED);

  for (const [key, label] of [
    ['2', 'To read'],
    ['3', 'Reading'],
    ['1', 'Unread'],
  ] as const) {
    await pressStatusKey(page, key);
    await expect(detail.getByRole('radio', { name: label, exact: true })).toBeChecked();
    await expect(finished).toHaveValue('');
    // Only Reading holds a started date: To read and Unread drop it (and Undo brings it back).
    await expect(started).toHaveValue(label === 'Reading' ? STARTED : '');
    await undo(detail);
    await expect(detail.getByRole('radio', { name: 'Read', exact: true })).toBeChecked();
    await expect(started).toHaveValue(STARTED);
    await expect(finished).toHaveValue(FINISHED);
    await expect(page.getByText('1/24 read').first()).toBeVisible();
    expect(await storedPaper(page, DEEPXPLORE)).toMatchObject({
      status: 'read',
      startedAt: before?.startedAt,
      finishedAt: before?.finishedAt,
    });
  }
});

// A paper of its own for each change: what the key reads as the paper's current state is then
// "untouched" whatever the timing, so only Undo decides the outcome.
const UNTOUCHED = [
  ['nnsmith', 'NNSmith: Generating Diverse and Valid Test Cases for Deep Learning Compilers', '3'],
  ['neuri', 'NeuRI: Diversifying DNN Generation via Inductive Rule Inference', '4'],
  [
    'cradle',
    'CRADLE: Cross-Backend Validation to Detect and Localize Bugs in Deep Learning Libraries',
    '2',
  ],
] as const;
const LABELS = { '2': 'To read', '3': 'Reading', '4': 'Read' } as const;

test('Undo of a status key puts back an untouched paper without dates', async ({ page }) => {
  await page.goto('/');
  for (const [query, title, key] of UNTOUCHED) {
    const detail = await openFromSearch(page, query, title);
    await expect(detail.getByRole('radio', { name: 'Unread' })).toBeEnabled();
    await pressStatusKey(page, key);
    await expect(detail.getByRole('radio', { name: LABELS[key], exact: true })).toBeChecked();
    if (key !== '2') await expect(detail.getByLabel('Started')).not.toHaveValue('');
    await undo(detail);
    await expect(detail.getByRole('radio', { name: 'Unread' })).toBeChecked();
    await expect(detail.getByLabel('Started')).toHaveValue('');
    await expect(detail.getByLabel('Finished')).toHaveValue('');
    const stored = await storedPaper(page, title);
    expect(stored?.status).toBe('unread');
    expect(stored).not.toHaveProperty('startedAt');
    expect(stored).not.toHaveProperty('finishedAt');
    await detail.getByRole('button', { name: 'Back to the list' }).click();
    await expect(detail).toBeHidden();
  }
});
