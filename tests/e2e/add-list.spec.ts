import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const A_LIST = `# Awesome Fuzzing Papers

## Grey-box

- [AFL++: Combining Incremental Steps of Fuzzing Research](https://www.usenix.org/conference/woot20/presentation/fioraldi), *WOOT'20* - The community fork of AFL.
- [Fuzzing Automatic Differentiation in Deep-Learning Libraries](https://arxiv.org/pdf/2302.04351) *ICSE 2023*

## Unsafe

- [Bad link](javascript:alert(1))
`;

// 500 levels of nested lists: the Markdown parser alone takes seconds on this, quadratically more
// for deeper ones, so it must be refused before parsing.
const DEEP_LIST = `# Deep\n\n${Array.from({ length: 500 }, (_, i) => `${'  '.repeat(i)}- [P${i}](https://e.org/${i})`).join('\n')}\n`;

// Passes every check, yet the parser is quadratic in each of these lines (the length of each is
// just under the limit): about 10 s in Chromium here, long enough to watch and cancel.
const SLOW_LIST = `# Slow\n\n${`${'[a]'.repeat(6_666)}\n\n`.repeat(120)}`;

async function addList(page: Page, name: string, text: string) {
  await page.getByLabel('Add list').setInputFiles({
    name,
    mimeType: 'text/markdown',
    buffer: Buffer.from(text),
  });
}

/** The Lists section passes axe in its current state (progress, refusal, summary). */
async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page })
    .include('section[aria-labelledby="lists-heading"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
}

/** How long the page takes to run a trivial script: long if its main thread is busy. */
async function roundTrip(page: Page): Promise<number> {
  const start = Date.now();
  await page.evaluate(() => 1);
  return Date.now() - start;
}

test('a list nested 500 levels deep is refused at once and the page stays responsive', async ({
  page,
}) => {
  await page.goto('/settings');
  await addList(page, 'deep.md', DEEP_LIST);
  await expect(page.getByRole('alert')).toHaveText(
    'deep.md was refused: its lists nest more than 32 levels deep (at line 35), and no real list nests that deep. Nothing was added.',
    { timeout: 3_000 },
  );
  expect(await roundTrip(page)).toBeLessThan(500);
  await page.getByRole('radio', { name: 'Dark' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectAccessible(page);
  await expect(page.getByRole('button', { name: /^Remove list/ })).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: 'List' })).toHaveCount(0);
});

test('a slow list is read in a worker, with progress, and can be cancelled', async ({ page }) => {
  await page.goto('/settings');
  await addList(page, 'slow.md', SLOW_LIST);
  await expect(page.getByText('Reading slow.md…')).toBeVisible();
  // From here on the worker parses: the page's own tasks stay short.
  await page.evaluate(() => {
    const longest = { ms: 0 };
    Reflect.set(window, '__longestTask', longest);
    new PerformanceObserver((entries) => {
      for (const entry of entries.getEntries()) longest.ms = Math.max(longest.ms, entry.duration);
    }).observe({ type: 'longtask' });
  });
  await expect(
    page.getByText(/parsing Markdown and reading entries \(step 3 of 4\) · \d+ s, stops at 20 s/),
  ).toBeVisible({ timeout: 5_000 });
  await expect(page.getByRole('progressbar', { name: 'Reading slow.md' })).toHaveAttribute(
    'value',
    '3',
  );
  // The page answers while the worker parses.
  for (let i = 0; i < 3; i += 1) expect(await roundTrip(page)).toBeLessThan(500);
  await page.getByRole('radio', { name: 'Dark' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(
    await page.evaluate(() => (Reflect.get(window, '__longestTask') as { ms: number }).ms),
  ).toBeLessThan(200);
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Stopped' })).toHaveText(
    'Stopped reading slow.md. Nothing was added.',
  );
  await expect(page.getByRole('combobox', { name: 'List' })).toHaveCount(0);
});

test('an added list says how many papers it has, what it skipped, and where', async ({ page }) => {
  await page.goto('/settings');
  await addList(page, 'awesome-fuzzing.md', A_LIST);
  await expect(page.getByRole('status').filter({ hasText: 'Added' })).toHaveText(
    /^Added “Awesome Fuzzing Papers”: 2 papers \(2 with a venue, 2 with a year, \d with authors\); 1 entry skipped\. Switch to it with “List” at the top\.$/,
  );
  const warnings = page.getByRole('group').filter({ hasText: '1 entry skipped (line 10)' });
  await page.getByText('1 entry skipped (line 10)').click();
  await expect(warnings.getByRole('listitem')).toHaveText([
    'line 10: skipped "Bad link": link is not http(s) (javascript:)',
  ]);
  await expectAccessible(page);
  await expect(
    page.getByRole('button', { name: 'Remove list Awesome Fuzzing Papers' }),
  ).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'List' })).toContainText(
    'Awesome Fuzzing Papers',
  );
});
