import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  DEEPXPLORE,
  openFromSearch,
  queueForNextUp,
  restoreInFreshProfile,
  writeNote,
} from './helpers';

async function downloadBackup(page: Page): Promise<string> {
  await page.goto('/settings');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download backup' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^readmark-backup-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(page.getByText(/Last backup: today/)).toBeVisible();
  return download.path();
}

test('a backup restored into a fresh browser profile gives back the same state', async ({
  page,
  browser,
}) => {
  await page.goto('/');
  const detail = await writeNote(page, DEEPXPLORE, 'deepxplore', 'Backed up note ✓ 日本語');
  await detail.getByRole('radio', { name: 'Reading', exact: true }).check();
  const addTag = detail.getByRole('combobox', { name: 'Add tag' });
  await addTag.fill('portable');
  await addTag.press('Enter');
  await expect(detail.getByRole('button', { name: 'Remove tag portable' })).toBeVisible();
  const backupPath = await downloadBackup(page);
  const backup = JSON.parse(readFileSync(backupPath, 'utf8')) as {
    format: string;
    papers: unknown[];
  };
  expect(backup.format).toBe('readmark-backup');
  expect(backup.papers).toHaveLength(1);

  const { fresh, other, safety } = await restoreInFreshProfile(browser, backupPath);
  expect(safety.suggestedFilename()).toMatch(/^readmark-backup-/);
  await expect(other.getByText(/Restored 1 papers and 0 lists \(replace\)/)).toBeVisible();

  await other.goto('/?q=deepxplore');
  const restored = await openFromSearch(other, 'deepxplore', DEEPXPLORE);
  await expect(restored.getByRole('textbox', { name: 'Notes' })).toHaveValue(
    'Backed up note ✓ 日本語',
  );
  await expect(restored.getByRole('radio', { name: 'Reading', exact: true })).toBeChecked();
  await expect(restored.getByRole('button', { name: 'Remove tag portable' })).toBeVisible();
  await fresh.close();
});

test('merging a backup keeps both texts of a note changed on both sides', async ({ page }) => {
  await page.goto('/');
  await writeNote(page, DEEPXPLORE, 'deepxplore', 'Version in the backup');
  await page.keyboard.press('Escape');
  // Closing goes back in history to the list: navigating on before that lands would race it.
  await expect(page.getByRole('dialog', { name: DEEPXPLORE })).toBeHidden();
  await expect(page).not.toHaveURL(/\/paper\//);
  const backupPath = await downloadBackup(page);

  await page.goto('/');
  await writeNote(page, DEEPXPLORE, 'deepxplore', 'Version written after the backup');
  await page.goto('/settings');
  await page.getByLabel('Restore backup').setInputFiles(backupPath);
  await page.getByRole('radio', { name: /Merge with what is here/ }).check();
  await page.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(page.getByText(/keep both texts/)).toBeVisible();

  await page.goto('/');
  const detail = await openFromSearch(page, 'deepxplore', DEEPXPLORE);
  const notes = detail.getByRole('textbox', { name: 'Notes' });
  await expect(notes).toHaveValue(/^Version written after the backup/);
  await expect(notes).toHaveValue(/Version in the backup/);
});

test('a broken backup changes nothing and says exactly what is wrong', async ({ page }) => {
  await page.goto('/');
  await writeNote(page, DEEPXPLORE, 'deepxplore', 'Must survive a bad restore');
  const bad = join(tmpdir(), `readmark-bad-backup-${Date.now()}.json`);
  writeFileSync(
    bad,
    JSON.stringify({
      format: 'readmark-backup',
      version: 1,
      exportedAt: new Date().toISOString(),
      app: 'readmark',
      papers: [
        {
          id: 'x',
          title: 'X',
          url: '',
          status: 'finished',
          note: '',
          tags: [],
          createdAt: 1,
          updatedAt: 1,
        },
      ],
      lists: [],
      settings: {},
    }),
  );
  await page.goto('/settings');
  await page.getByLabel('Restore backup').setInputFiles(bad);
  await expect(page.getByRole('alert')).toContainText('papers[0].status');
  await expect(page.getByRole('alert')).toContainText('Nothing was changed.');

  writeFileSync(bad, '{"format": "readmark-backup", "version": 99}');
  await page.getByLabel('Restore backup').setInputFiles(bad);
  await expect(page.getByRole('alert')).toContainText('newer version of Readmark');

  await page.goto('/');
  const detail = await openFromSearch(page, 'deepxplore', DEEPXPLORE);
  await expect(detail.getByRole('textbox', { name: 'Notes' })).toHaveValue(
    'Must survive a bad restore',
  );
});

test('the Next up order comes back with a backup restored into a fresh browser', async ({
  page,
  browser,
}) => {
  const papers = [
    ['deepxplore', DEEPXPLORE],
    ['nnsmith', 'NNSmith: Generating Diverse and Valid Test Cases for Deep Learning Compilers'],
  ] as const;
  await page.goto('/');
  const list = await queueForNextUp(page, papers);
  const lastTitle = (await list.getByRole('listitem').last().getByRole('link').textContent()) ?? '';
  await list.getByRole('button', { name: `Move up ${lastTitle}` }).click();
  await expect(list.getByRole('listitem').first()).toContainText(lastTitle);
  await expect(page.getByText('All changes saved')).toBeVisible();
  const backupPath = await downloadBackup(page);

  const { fresh, other } = await restoreInFreshProfile(browser, backupPath);
  await expect(other.getByText(/Restored 2 papers/)).toBeVisible();
  await other.getByRole('link', { name: 'Next up' }).click();
  await expect(
    other.getByRole('list', { name: 'Next up' }).getByRole('listitem').first(),
  ).toContainText(lastTitle);
  await fresh.close();
});

test('the chosen theme and the list being read come back with a backup in a fresh browser', async ({
  page,
  browser,
}) => {
  await page.goto('/settings');
  await page.getByRole('radio', { name: 'Dark' }).check();
  await page.getByLabel('Add list').setInputFiles({
    name: 'awesome-fuzzing.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from('# Awesome Fuzzing\n\n## Grey-box\n\n- [AFL++](https://example.org/afl)\n'),
  });
  await expect(page.getByText(/^Added “Awesome Fuzzing”/)).toBeVisible();
  await page.getByRole('combobox', { name: 'List' }).selectOption('Awesome Fuzzing');
  await expect(page.getByText('All changes saved')).toBeVisible();
  const backupPath = await downloadBackup(page);

  const { fresh, other } = await restoreInFreshProfile(browser, backupPath);
  await expect(other.getByText(/Restored \d+ papers and 1 lists/)).toBeVisible();
  await expect(other.locator('html')).toHaveAttribute('data-theme', 'dark');
  await other.getByRole('link', { name: 'Papers' }).click();
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Awesome Fuzzing');
  await fresh.close();
});
