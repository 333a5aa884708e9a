import { expect, test } from './fixtures';
import { openFromSearch, queueForNextUp } from './helpers';

const PAPERS = [
  ['deepxplore', 'DeepXplore: Automated Whitebox Testing of Deep Learning Systems'],
  ['nnsmith', 'NNSmith: Generating Diverse and Valid Test Cases for Deep Learning Compilers'],
  ['neuri', 'NeuRI: Diversifying DNN Generation via Inductive Rule Inference'],
] as const;

test('the stats view shows real reading data, with text for screen readers', async ({ page }) => {
  await page.goto('/');
  for (const [query, title] of PAPERS.slice(0, 2)) {
    const detail = await openFromSearch(page, query, title);
    await detail.getByRole('radio', { name: 'Read', exact: true }).check();
    await page.keyboard.press('Escape');
  }
  const reading = await openFromSearch(page, PAPERS[2][0], PAPERS[2][1]);
  await reading.getByRole('radio', { name: 'Reading', exact: true }).check();
  await page.keyboard.press('Escape');

  await page.getByRole('link', { name: 'Stats' }).click();
  await expect(page.getByRole('heading', { name: 'Stats', exact: true })).toBeVisible();
  const weekly = page.getByRole('img', { name: /per week/i });
  await expect(weekly).toBeVisible();
  await expect(weekly).toHaveAttribute('aria-label', /2/);
  await expect(page.getByRole('link', { name: PAPERS[2][1] })).toBeVisible();
  await expect(page.getByText('2/24 read').first()).toBeVisible();
});

test('Next up keeps the order the user chose, by keyboard', async ({ page }) => {
  await page.goto('/');
  const list = await queueForNextUp(page, PAPERS);
  // In list order first; move the last one to the top with its keyboard-reachable buttons.
  const lastTitle = (await list.getByRole('listitem').last().getByRole('link').textContent()) ?? '';
  const moveUp = list.getByRole('button', { name: `Move up ${lastTitle}` });
  await moveUp.focus();
  await page.keyboard.press('Enter');
  await expect(moveUp).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(list.getByRole('listitem').first()).toContainText(lastTitle);
  await expect(page.getByText(`Moved ${lastTitle} to position 1 of 3`)).toBeVisible();
  // As a person would, reload once the header says the move is stored (a reload in the middle
  // of the write asks first: see unsaved-writes.spec.ts).
  await expect(page.getByText('All changes saved')).toBeVisible();
  await page.reload();
  await expect(
    page.getByRole('list', { name: 'Next up' }).getByRole('listitem').first(),
  ).toContainText(lastTitle);
});

test('on a phone, the list and a paper are separate screens and nothing scrolls sideways', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await expect(page.getByRole('article').first()).toBeVisible();
  const overflow = () =>
    page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
  expect(await overflow()).toBe(0);

  const detail = await openFromSearch(page, PAPERS[0][0], PAPERS[0][1]);
  const box = await detail.boundingBox();
  expect(box?.width).toBe(390);
  expect(await overflow()).toBe(0);
  const back = detail.getByRole('button', { name: 'Back to the list' });
  expect((await back.boundingBox())?.height).toBeGreaterThanOrEqual(44);
  for (const radio of await detail.locator('.segmented__option').all()) {
    expect((await radio.boundingBox())?.height).toBeGreaterThanOrEqual(44);
  }
  await back.click();
  await expect(detail).toBeHidden();
  await expect(page.getByRole('article', { name: PAPERS[0][1] })).toBeVisible();

  for (const path of ['/tags', '/stats', '/next-up', '/settings']) {
    await page.goto(path);
    await expect(page.getByRole('main')).toBeVisible();
    expect(await overflow()).toBe(0);
  }
});
