import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openFromSearch, storedPaper } from './helpers';

const NNSMITH = 'NNSmith: Generating Diverse and Valid Test Cases for Deep Learning Compilers';
const NEURI = 'NeuRI: Diversifying DNN Generation via Inductive Rule Inference';

type Box = { x: number; y: number; width: number; height: number };

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return box;
}

async function tagPaper(page: Page, query: string, title: string, tags: readonly string[]) {
  const detail = await openFromSearch(page, query, title);
  const addTag = detail.getByLabel('Add tag');
  for (const tag of tags) {
    await addTag.fill(tag);
    await addTag.press('Enter');
    await expect(detail.getByRole('button', { name: `Remove tag ${tag}` })).toBeVisible();
  }
  await detail.getByRole('button', { name: 'Back to the list' }).click();
  await expect(detail).toBeHidden();
}

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`the status toast says what happened first, uncut, and covers neither the notes nor the control in use at ${viewport.width}x${viewport.height}`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto('/');
    const detail = await openFromSearch(page, 'nnsmith', NNSMITH);
    const reading = detail.getByRole('radio', { name: 'Reading', exact: true });
    await reading.check();
    const toast = detail.locator('.toast').filter({ hasText: 'Reading' });
    await expect(toast).toBeVisible();
    // Nothing in the toast is cut: every text element fits its box.
    const cut = await toast.evaluate((element) =>
      [element, ...element.querySelectorAll('*')]
        .filter((node) => node.scrollWidth > node.clientWidth)
        .map((node) => node.textContent),
    );
    expect(cut).toEqual([]);
    await expect(toast.getByText(/Reading/)).toBeInViewport({ ratio: 1 });
    // What happened comes first; the paper's name after it.
    await expect(toast).toHaveText(/^Marked Reading: “NNSmith/);
    const toastBox = await boxOf(toast);
    expect(overlaps(toastBox, await boxOf(detail.locator('.notes')))).toBe(false);
    const focused = page.locator(':focus');
    await expect(focused).toHaveCount(1);
    // The radio fills its option; the option is what the person sees and touches.
    expect(overlaps(toastBox, await boxOf(focused.locator('xpath=..')))).toBe(false);
  });
}

test('the Add tag field is a combobox: arrows move through suggestions, Enter takes the highlighted one, Escape closes them', async ({
  page,
}) => {
  await page.goto('/');
  await tagPaper(page, 'nnsmith', NNSMITH, ['compilers', 'compiler testing']);
  const detail = await openFromSearch(page, 'neuri', NEURI);
  const addTag = detail.getByRole('combobox', { name: 'Add tag' });
  await expect(addTag).toBeVisible();
  await addTag.fill('compiler');
  const listbox = detail.getByRole('listbox');
  await expect(addTag).toHaveAttribute('aria-expanded', 'true');
  await expect(addTag).toHaveAttribute('aria-controls', (await listbox.getAttribute('id')) ?? '');
  await expect(listbox.getByRole('option')).toHaveText([
    '#compiler testing1 paper',
    '#compilers1 paper',
  ]);

  await addTag.press('ArrowDown');
  await addTag.press('ArrowDown');
  const second = listbox.getByRole('option', { name: /#compilers/ });
  await expect(second).toHaveAttribute('aria-selected', 'true');
  await expect(addTag).toHaveAttribute(
    'aria-activedescendant',
    (await second.getAttribute('id')) ?? '',
  );
  await addTag.press('Enter');
  // The highlighted suggestion, not the typed "compiler".
  await expect(detail.getByRole('button', { name: 'Remove tag compilers' })).toBeVisible();
  await expect(
    detail.getByRole('button', { name: 'Remove tag compiler', exact: true }),
  ).toHaveCount(0);
  await expect(addTag).toHaveValue('');

  // Tab completes the typed text with the suggestion.
  await addTag.fill('testing');
  await addTag.press('Tab');
  await expect(addTag).toHaveValue('compiler testing');
  await expect(addTag).toBeFocused();
  await expect(addTag).toHaveAttribute('aria-expanded', 'false');

  // Escape closes the suggestions, not the paper.
  await addTag.fill('comp');
  await expect(addTag).toHaveAttribute('aria-expanded', 'true');
  await addTag.press('Escape');
  await expect(addTag).toHaveAttribute('aria-expanded', 'false');
  await expect(listbox).toBeHidden();
  await expect(detail).toBeVisible();

  // With nothing highlighted, Enter adds what was typed, as typed.
  await addTag.fill('Comp Sci');
  await addTag.press('Enter');
  await expect(detail.getByRole('button', { name: 'Remove tag Comp Sci' })).toBeVisible();
});

test('renaming a tag to one that exists asks first, and the merge can be undone', async ({
  page,
}) => {
  await page.goto('/');
  await tagPaper(page, 'nnsmith', NNSMITH, ['compilers']);
  await tagPaper(page, 'neuri', NEURI, ['dl compilers']);
  await page.getByRole('link', { name: 'Tags' }).click();

  await page.getByRole('button', { name: 'Rename tag dl compilers' }).click();
  await page.getByRole('textbox', { name: 'New name for dl compilers' }).fill('Compilers');
  await page.getByRole('button', { name: 'Save' }).click();
  const ask = page.getByRole('dialog', { name: 'Merge #dl compilers into #compilers?' });
  await expect(ask).toBeVisible();
  // Nothing is merged while the question is open (the page behind it is hidden from roles).
  await expect(page.locator('.tag-row__name', { hasText: '#dl compilers' })).toBeAttached();
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(ask).toBeHidden();
  await expect(page.getByRole('link', { name: '#dl compilers' })).toBeVisible();

  await page.getByRole('button', { name: 'Save' }).click();
  await ask.getByRole('button', { name: 'Merge tags' }).click();
  await expect(page.getByRole('link', { name: '#dl compilers' })).toHaveCount(0);
  await expect(page.getByRole('listitem').filter({ hasText: '#compilers' })).toContainText(
    '2 papers',
  );
  const toast = page.locator('.toast').filter({ hasText: 'Merged #dl compilers into #compilers' });
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('link', { name: '#dl compilers' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: /^#compilers/ })).toContainText(
    '1 paper',
  );
});

test('a finished date before the started date is refused at the field, and nothing is saved', async ({
  page,
}) => {
  await page.goto('/');
  const detail = await openFromSearch(page, 'nnsmith', NNSMITH);
  await detail.getByRole('radio', { name: 'Read', exact: true }).check();
  const started = detail.getByLabel('Started');
  const finished = detail.getByLabel('Finished');
  await started.fill('2024-03-10');
  await expect
    .poll(async () => (await storedPaper(page, NNSMITH))?.startedAt)
    .toBe(await page.evaluate(() => new Date(2024, 2, 10, 12).getTime()));
  const before = await storedPaper(page, NNSMITH);

  await finished.fill('2024-03-01');
  await expect(finished).toHaveAttribute('aria-invalid', 'true');
  const message = detail.getByRole('alert').filter({ hasText: 'Finished can’t be before Started' });
  await expect(message).toBeVisible();
  await expect(finished).toHaveAccessibleDescription(/Finished can’t be before Started/);
  expect((await storedPaper(page, NNSMITH))?.finishedAt).toBe(before?.finishedAt);

  await finished.fill('2024-03-20');
  await expect(message).toBeHidden();
  await expect
    .poll(async () => (await storedPaper(page, NNSMITH))?.finishedAt)
    .toBe(await page.evaluate(() => new Date(2024, 2, 20, 12).getTime()));
});

test('moving a read paper back to To read drops both dates; Undo puts them back', async ({
  page,
}) => {
  await page.goto('/');
  const detail = await openFromSearch(page, 'nnsmith', NNSMITH);
  await detail.getByRole('radio', { name: 'Read', exact: true }).check();
  const started = detail.getByLabel('Started');
  const finished = detail.getByLabel('Finished');
  await started.fill('2024-03-10');
  await expect
    .poll(async () => (await storedPaper(page, NNSMITH))?.startedAt)
    .toBe(await page.evaluate(() => new Date(2024, 2, 10, 12).getTime()));
  const read = await storedPaper(page, NNSMITH);

  await detail.getByRole('radio', { name: 'To read', exact: true }).check();
  await expect.poll(async () => (await storedPaper(page, NNSMITH))?.status).toBe('to-read');
  const toRead = await storedPaper(page, NNSMITH);
  expect(toRead).not.toHaveProperty('startedAt');
  expect(toRead).not.toHaveProperty('finishedAt');
  await expect(started).toHaveValue('');
  await expect(started).toBeDisabled();
  await expect(finished).toBeDisabled();

  await detail.locator('.toast').getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => (await storedPaper(page, NNSMITH))?.status).toBe('read');
  expect(await storedPaper(page, NNSMITH)).toMatchObject({
    startedAt: read?.startedAt,
    finishedAt: read?.finishedAt,
  });
  await expect(started).toHaveValue('2024-03-10');
});
