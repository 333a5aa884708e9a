import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { DEEPXPLORE, openFromSearch } from './helpers';

const DEFAULT_TITLE = 'Awesome Machine Learning Reliability';
const SECOND_TITLE = 'Awesome Fuzzing Papers';
const SECOND_LIST = `# ${SECOND_TITLE}

## Grey-box

- [AFL++: Combining Incremental Steps of Fuzzing Research](https://www.usenix.org/conference/woot20/presentation/fioraldi), *WOOT'20* - The community fork of AFL.
- [Fuzzing Automatic Differentiation in Deep-Learning Libraries](https://arxiv.org/pdf/2302.04351) *ICSE 2023*
`;

async function addSecondList(page: Page) {
  await page.goto('/settings');
  await page.getByLabel('Add list').setInputFiles({
    name: 'awesome-fuzzing.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from(SECOND_LIST),
  });
  await expect(page.getByText(/^Added “Awesome Fuzzing Papers”/)).toBeVisible();
  await page.getByRole('link', { name: 'Papers' }).click();
  await expect(page.getByRole('article').first()).toBeVisible();
}

/** How many things in the header show the list's title as text a person can see. */
function visibleCopiesOfTitle(page: Page, title: string) {
  return page.evaluate((title) => {
    let copies = 0;
    for (const element of document.querySelectorAll('header *')) {
      const box = element.getBoundingClientRect();
      if (box.width <= 2 || box.height <= 2 || getComputedStyle(element).visibility !== 'visible')
        continue;
      const shown =
        element instanceof HTMLSelectElement
          ? (element.selectedOptions[0]?.text ?? '')
          : [...element.childNodes]
              .filter((node) => node.nodeType === Node.TEXT_NODE)
              .map((node) => node.textContent)
              .join('')
              .trim();
      if (shown === title) copies += 1;
    }
    return copies;
  }, title);
}

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error(`not laid out: ${locator.toString()}`);
  return found;
}

test('1. the header keeps one row with a second list, and a phone shows the title once', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await addSecondList(page);
  const header = page.locator('header');
  const nav = page.getByRole('navigation', { name: 'Views' });
  const exportButton = header.getByRole('button', { name: 'Export' });
  const themeButton = header.getByRole('button', { name: /Switch to \w+ theme/ });
  const lists = page.getByRole('combobox', { name: 'List' });

  // Wide: nav, Export and the theme button share the header's one row.
  const navBox = await box(nav);
  for (const part of [exportButton, themeButton, lists]) {
    const partBox = await box(part);
    expect(Math.abs(partBox.y + partBox.height / 2 - (navBox.y + navBox.height / 2))).toBeLessThan(
      6,
    );
  }
  expect((await box(header)).height).toBeLessThan(80);

  // Changing the list does not move the views.
  await lists.selectOption(SECOND_TITLE);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SECOND_TITLE);
  expect((await box(nav)).x).toBeCloseTo(navBox.x, 0);
  await lists.selectOption(DEFAULT_TITLE);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(DEFAULT_TITLE);
  expect((await box(nav)).x).toBeCloseTo(navBox.x, 0);

  for (const [width, height] of [
    [1024, 768],
    [768, 1024],
    [390, 844],
    [320, 640],
  ] as const) {
    await page.setViewportSize({ width, height });
    // One row of header at every width, every part of it on screen, the title shown once.
    await expect.poll(async () => (await box(header)).height).toBeLessThanOrEqual(72);
    for (const part of [exportButton, themeButton, lists]) {
      const partBox = await box(part);
      expect(partBox.x).toBeGreaterThanOrEqual(0);
      expect(partBox.x + partBox.width).toBeLessThanOrEqual(width);
      expect(partBox.y + partBox.height).toBeLessThanOrEqual((await box(header)).height);
    }
    expect(await visibleCopiesOfTitle(page, DEFAULT_TITLE)).toBe(1);
    // The views stay a tap away, each on screen and at least 44 px tall.
    for (const link of await nav.getByRole('link').all()) {
      const linkBox = await box(link);
      expect(linkBox.x).toBeGreaterThanOrEqual(0);
      expect(linkBox.x + linkBox.width).toBeLessThanOrEqual(width);
      expect(linkBox.y + linkBox.height).toBeLessThanOrEqual(height);
      if (width < 800) expect(linkBox.height).toBeGreaterThanOrEqual(44);
    }
  }
});

test('7. the backup reminder stays in the page and out of the paper panel', async ({ page }) => {
  await page.goto('/');
  const markToRead = async (query: string) => {
    await page.getByRole('searchbox', { name: 'Search' }).fill(query);
    await page
      .getByRole('article')
      .first()
      .getByRole('combobox', { name: 'Status' })
      .selectOption('To read');
    await expect(page.getByText('All changes saved')).toBeVisible();
  };
  const reminder = page.getByText(/never been backed up/);
  const openPaper = async () => {
    const detail = await openFromSearch(page, 'deepxplore', DEEPXPLORE);
    const back = detail.getByRole('button', { name: 'Back to the list' });
    await expect(back).toBeVisible();
    return { detail, back };
  };

  // Two changed papers: no reminder yet. Where the panel's content starts without one:
  await markToRead('mlsys');
  await markToRead('hidden technical debt');
  await expect(reminder).toHaveCount(0);
  let { detail, back } = await openPaper();
  const offsetAlone = (await box(back)).y - (await box(detail)).y;
  await back.click();
  await expect(detail).toHaveCount(0);

  // A third one brings the reminder: in the page.
  await markToRead('deepxplore');
  await expect(reminder).toBeVisible();
  await expect(page.getByRole('region', { name: 'Notices' }).getByText(/backed up/)).toBeVisible();
  // By its markup: under the open panel, the page is out of the accessibility tree.
  const card = page.locator('article', { hasText: DEEPXPLORE });
  const cardTop = (await box(card)).y;

  ({ detail, back } = await openPaper());
  // Not in the panel, and the panel's content starts where it does without a reminder.
  await expect(detail.getByText(/backed up/)).toHaveCount(0);
  expect((await box(back)).y - (await box(detail)).y).toBeCloseTo(offsetAlone, 0);
  // Still in the page under the panel, which does not move.
  await expect(reminder).toHaveCount(1);
  expect((await box(card)).y).toBeCloseTo(cardTop, 0);
});

test('10. on a phone, sort and filters wait behind one control and the first paper shows high', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  const firstPaper = page.getByRole('article').first();
  await expect(firstPaper).toBeVisible();
  // The first paper's top within the first third of the screen (it was at 458 px).
  expect((await box(firstPaper)).y).toBeLessThanOrEqual(264);

  const search = page.getByRole('searchbox', { name: 'Search' });
  const more = page.getByRole('button', { name: /^Sort & filter/ });
  const statuses = page.getByRole('group', { name: 'Filter by status' });
  const sort = page.getByRole('combobox', { name: 'Sort' });
  await expect(search).toBeVisible();
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  // Search and the one control share a row, and the search box keeps most of it.
  expect(Math.abs((await box(more)).y - (await box(search)).y)).toBeLessThan(6);
  expect((await box(search)).width).toBeGreaterThanOrEqual(200);
  await expect(statuses).toBeHidden();
  await expect(sort).toBeHidden();
  await expect(page.getByRole('group', { name: 'View' })).toBeHidden();

  await more.click();
  await expect(more).toHaveAttribute('aria-expanded', 'true');
  await expect(statuses).toBeVisible();
  await expect(sort).toBeVisible();
  await expect(page.getByRole('group', { name: 'View' })).toBeVisible();
  await statuses.getByRole('button', { name: 'To read' }).click();
  await expect(page.getByText('No papers match.', { exact: false })).toBeVisible();
  await more.click();
  await expect(statuses).toBeHidden();
  // Closed, the control still says a filter is on.
  await expect(more).toHaveAccessibleName('Sort & filter 1 chosen');

  // A wide screen shows sort and filters as they were, with no extra control.
  await page.setViewportSize({ width: 1440, height: 900 });
  await expect(statuses).toBeVisible();
  await expect(sort).toBeVisible();
  await expect(more).toBeHidden();
});

test('13. the theme button says what it does, and date fields follow the dark theme', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  const themeButton = page.getByRole('button', { name: 'Switch to light theme' });
  const tip = page.getByRole('tooltip');
  await expect(tip).toBeHidden();
  await themeButton.hover();
  await expect(tip).toBeVisible();
  await expect(tip).toHaveText('Switch to light theme');
  const tipBox = await box(tip);
  expect(tipBox.x + tipBox.width).toBeLessThanOrEqual(page.viewportSize()?.width ?? 0);
  await page.mouse.move(10, 400);
  await expect(tip).toBeHidden();

  // The calendar icon of a date field is drawn for a dark background when the page is dark.
  const colorSchemeOf = (name: string) =>
    page
      .getByRole('dialog')
      .getByLabel(name)
      .evaluate((input) => getComputedStyle(input).colorScheme);
  const detail = await openFromSearch(page, 'deepxplore', DEEPXPLORE);
  await expect(detail.getByLabel('Started')).toBeVisible();
  expect(await colorSchemeOf('Started')).toBe('dark');
  expect(await colorSchemeOf('Finished')).toBe('dark');
  await detail.getByRole('button', { name: 'Back to the list' }).click();

  // Chosen light on a dark system: the date fields are light; the button now offers dark.
  await themeButton.click();
  await expect(page.getByRole('button', { name: 'Switch to dark theme' })).toBeVisible();
  await openFromSearch(page, 'deepxplore', DEEPXPLORE);
  expect(await colorSchemeOf('Started')).toBe('light');
});
