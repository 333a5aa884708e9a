import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { queueForNextUp, storedPaper } from './helpers';

const PAPERS = [
  ['deepxplore', 'DeepXplore: Automated Whitebox Testing of Deep Learning Systems'],
  ['nnsmith', 'NNSmith: Generating Diverse and Valid Test Cases for Deep Learning Compilers'],
  ['neuri', 'NeuRI: Diversifying DNN Generation via Inductive Rule Inference'],
] as const;

const SECOND_LIST = `# Awesome Fuzzing Papers

## Grey-box

- [AFL++: Combining Incremental Steps of Fuzzing Research](https://www.usenix.org/conference/woot20/presentation/fioraldi), *WOOT'20* - The community fork of AFL.
`;

/** The list's keyboard cursor: the paper marked current. */
const cursor = (page: Page) => page.locator('article[aria-current="true"]');

/** The id of the paper holding keyboard focus (null when focus is outside the list's papers). */
const focusedPaperId = (page: Page) =>
  page.evaluate(
    () => document.activeElement?.closest('[data-paper-id]')?.getAttribute('data-paper-id') ?? null,
  );

/** Whether the focused element draws a focus ring a person can see. */
const focusRingShows = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    if (!element) return false;
    const style = getComputedStyle(element);
    return (
      element.matches(':focus-visible') &&
      style.outlineStyle !== 'none' &&
      parseFloat(style.outlineWidth) >= 2
    );
  });

/** Opens the command palette, types a name and waits until its first match is `first`. */
async function paletteFind(page: Page, name: string, first: RegExp | string): Promise<Locator> {
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await palette.getByRole('combobox', { name: 'Go to' }).fill(name);
  const option = palette.getByRole('option').first();
  await expect(option).toContainText(first);
  return palette;
}

test('Escape in search clears it, then returns focus to the selected paper, where j / k act', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('article').first()).toBeVisible();
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  const selectedId = await cursor(page).getAttribute('data-paper-id');

  const search = page.getByRole('searchbox', { name: 'Search' });
  await page.keyboard.press('/');
  await expect(search).toBeFocused();
  await page.keyboard.type('fuzzing');
  await expect(page.getByText(/ of \d+ papers/)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(search).toHaveValue('');
  await expect(search).toBeFocused();

  await page.keyboard.press('Escape');
  await expect.poll(() => focusedPaperId(page)).toBe(selectedId);
  expect(await focusRingShows(page)).toBe(true);

  // Shortcuts now act on the list, and focus follows the cursor.
  await page.keyboard.press('j');
  await expect(cursor(page)).not.toHaveAttribute('data-paper-id', selectedId ?? '');
  const nextId = await cursor(page).getAttribute('data-paper-id');
  await expect.poll(() => focusedPaperId(page)).toBe(nextId);
  await page.keyboard.press('k');
  await expect(cursor(page)).toHaveAttribute('data-paper-id', selectedId ?? '');
  await expect.poll(() => focusedPaperId(page)).toBe(selectedId);
  await page.keyboard.press('3');
  await expect(cursor(page).getByRole('combobox', { name: 'Status' })).toHaveValue('reading');
  await expect(search).toHaveValue('');
});

test('ArrowDown in search moves into the results; ArrowUp from the first goes back', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('article').first()).toBeVisible();
  const search = page.getByRole('searchbox', { name: 'Search' });
  await page.keyboard.press('/');
  await expect(search).toBeFocused();
  await page.keyboard.type('fuzzing');
  // The list follows typing a moment later: read the results once they are this query's.
  await expect(page.locator('#main')).toHaveAttribute('aria-busy', 'false');
  const results = page.getByRole('article');
  const [first, second] = await Promise.all(
    [0, 1].map((index) => results.nth(index).getAttribute('data-paper-id')),
  );

  await page.keyboard.press('ArrowDown');
  await expect.poll(() => focusedPaperId(page)).toBe(first);
  await expect(cursor(page)).toHaveAttribute('data-paper-id', first ?? '');
  expect(await focusRingShows(page)).toBe(true);
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => focusedPaperId(page)).toBe(second);
  await page.keyboard.press('ArrowUp');
  await expect.poll(() => focusedPaperId(page)).toBe(first);
  await page.keyboard.press('ArrowUp');
  await expect(search).toBeFocused();
  await expect(search).toHaveValue('fuzzing');
});

test('g then a letter goes to every main view, with the letters the help shows', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('article').first()).toBeVisible();
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  const views = [
    ['n', 'Go to Next up', /\/next-up$/, 'Next up'],
    ['t', 'Go to tags', /\/tags$/, 'Tags'],
    ['x', 'Go to stats', /\/stats$/, 'Stats'],
    ['e', 'Go to settings', /\/settings$/, 'Settings'],
  ] as const;
  for (const [letter, does] of views) {
    await expect(help.getByRole('definition').filter({ hasText: does })).toHaveCount(1);
    await expect(help).toContainText(`g then ${letter}`);
  }
  await expect(help).toContainText('g then l or s');
  await page.keyboard.press('Escape');

  for (const [letter, , url, heading] of views) {
    await page.keyboard.press('g');
    await page.keyboard.press(letter);
    await expect(page).toHaveURL(url);
    await expect(page.getByRole('heading', { level: 2, name: heading, exact: true })).toBeVisible();
  }
  await page.keyboard.press('g');
  await page.keyboard.press('l');
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('article').first()).toBeVisible();
});

test('the command palette finds its actions by name, and the theme action switches it', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  // A second list to switch to.
  await page.goto('/settings');
  await page.getByLabel('Add list').setInputFiles({
    name: 'awesome-fuzzing.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from(SECOND_LIST),
  });
  await expect(page.getByText(/^Added “Awesome Fuzzing Papers”/)).toBeVisible();
  const names = [
    ['export', 'Export…'],
    ['backup', 'Download backup'],
    ['add list', 'Add list'],
    ['switch fuzzing', 'Switch to Awesome Fuzzing Papers'],
    ['theme', 'Switch to dark theme'],
  ] as const;
  for (const [name, label] of names) {
    const palette = await paletteFind(page, name, label);
    if (name !== 'theme') await page.keyboard.press('Escape');
    else await page.keyboard.press('Enter');
    await expect(palette).toBeHidden();
  }
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('the command palette opens the export dialog', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('article').first()).toBeVisible();
  await paletteFind(page, 'export', 'Export…');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('radio', { name: /Markdown, one file/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // The header's button opens the same dialog again.
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog).toBeVisible();
});

test('the command palette downloads a backup', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('article').first()).toBeVisible();
  await paletteFind(page, 'download backup', 'Download backup');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.keyboard.press('Enter'),
  ]);
  expect(download.suggestedFilename()).toMatch(/^readmark-backup-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(page.getByText(/^Downloaded readmark-backup-/)).toBeVisible();
});

test('the command palette switches to each other list by its name', async ({ page }) => {
  await page.goto('/settings');
  await page.getByLabel('Add list').setInputFiles({
    name: 'awesome-fuzzing.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from(SECOND_LIST),
  });
  await expect(page.getByText(/^Added “Awesome Fuzzing Papers”/)).toBeVisible();
  await page.getByRole('link', { name: 'Papers' }).click();
  const title = page.getByRole('heading', { level: 1 });
  const defaultTitle = (await title.textContent()) ?? '';
  expect(defaultTitle).not.toBe('Awesome Fuzzing Papers');

  await paletteFind(page, 'switch fuzzing', 'Switch to Awesome Fuzzing Papers');
  await page.keyboard.press('Enter');
  await expect(title).toHaveText('Awesome Fuzzing Papers');
  await expect(page.getByRole('article')).toHaveCount(1);

  await paletteFind(page, 'switch', `Switch to ${defaultTitle}`);
  // The list shown now is not offered.
  await expect(page.getByRole('option', { name: /Switch to Awesome Fuzzing/ })).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(title).toHaveText(defaultTitle);
});

test('the command palette opens Add list with its address field focused', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('article').first()).toBeVisible();
  await paletteFind(page, 'add list', 'Add list');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/settings$/);
  await expect(page.getByRole('textbox', { name: 'List address' })).toBeFocused();
});

test('the command palette sets the selected paper to To read, Reading and Read', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('article').first()).toBeVisible();
  await page.keyboard.press('j');
  const status = cursor(page).getByRole('combobox', { name: 'Status' });
  const title = (await cursor(page).getByRole('heading').textContent()) ?? '';
  for (const [name, label, value] of [
    ['mark to read', 'Mark as To read', 'to-read'],
    ['mark reading', 'Mark as Reading', 'reading'],
    ['mark read', 'Mark as Read', 'read'],
  ] as const) {
    const palette = await paletteFind(page, name, label);
    await expect(palette.getByRole('option').first()).toContainText(title);
    await page.keyboard.press('Enter');
    await expect(status).toHaveValue(value);
    await expect(
      page.getByText(`Marked ${label.replace('Mark as ', '')}: “${title.slice(0, 12)}`),
    ).toBeVisible();
  }
  // In an open paper, the palette acts on that paper.
  await page.keyboard.press('o');
  const detail = page.getByRole('dialog', { name: title });
  await expect(detail).toBeVisible();
  await paletteFind(page, 'mark reading', 'Mark as Reading');
  await page.keyboard.press('Enter');
  await expect(detail.getByRole('radio', { name: 'Reading', exact: true })).toBeChecked();
});

test('Next up: Start reading by keyboard, focus going on to the next paper', async ({ page }) => {
  await page.goto('/');
  const list = await queueForNextUp(page, PAPERS.slice(0, 2));
  const [firstTitle, secondTitle] = await list
    .getByRole('listitem')
    .getByRole('link')
    .allTextContents();
  const start = list.getByRole('button', { name: `Start reading ${firstTitle}` });
  await start.focus();
  await page.keyboard.press('Enter');
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list.getByRole('button', { name: `Start reading ${secondTitle}` })).toBeFocused();
  await expect(page.getByText(`Marked Reading: “${(firstTitle ?? '').slice(0, 12)}`)).toBeVisible();
  await expect
    .poll(async () => (await storedPaper(page, firstTitle ?? ''))?.status)
    .toBe('reading');

  // The last one: the list goes, and focus lands on the page's title.
  await page.keyboard.press('Enter');
  await expect(page.getByText(/Nothing to read next yet/)).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Next up' })).toBeFocused();
});

test('Next up: Remove takes a paper out, and Undo puts it back in its place', async ({ page }) => {
  await page.goto('/');
  const list = await queueForNextUp(page, PAPERS);
  const titles = await list.getByRole('listitem').getByRole('link').allTextContents();
  const middle = titles[1] ?? '';
  const remove = list.getByRole('button', { name: `Remove ${middle} from Next up` });
  await remove.focus();
  await page.keyboard.press('Enter');
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list).not.toContainText(middle);
  await expect(
    list.getByRole('button', { name: `Remove ${titles[2] ?? ''} from Next up` }),
  ).toBeFocused();
  await expect.poll(async () => (await storedPaper(page, middle))?.status).toBe('unread');

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(3);
  expect(await list.getByRole('listitem').getByRole('link').allTextContents()).toEqual(titles);
});
