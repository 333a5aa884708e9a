import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const BIG_LIST_TITLE = 'Awesome Density Papers';
const TAGS = ['[Training]', '[Testing]', '', ''];

/** A list of 80 papers in two sections; every fourth paper carries the list's tag "Training". */
function bigList(): string {
  const lines = [`# ${BIG_LIST_TITLE}`];
  for (const section of [1, 2]) {
    lines.push('', `## Part ${section}`, '');
    for (let i = 0; i < 40; i += 1) {
      const n = section * 100 + i;
      lines.push(
        `- ${TAGS[i % 4]} [A study of reliable learning systems, number ${n}](https://example.org/p/${n}) *ICML 2021* - Paper ${n}.`,
      );
    }
  }
  return lines.join('\n');
}

async function openBigList(page: Page) {
  await page.goto('/settings');
  await page.getByLabel('Add list').setInputFiles({
    name: 'density.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from(bigList()),
  });
  await expect(page.getByText(/^Added “Awesome Density Papers”: 80 papers/)).toBeVisible();
  await page.getByRole('combobox', { name: 'List' }).selectOption(BIG_LIST_TITLE);
  await page.getByRole('link', { name: 'Papers' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(BIG_LIST_TITLE);
  await expect(page.getByRole('article').first()).toBeVisible();
}

/** The papers wholly inside the viewport, with each one's height and its title's. */
function rowsOnScreen(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('article')]
      .map((article) => ({
        box: article.getBoundingClientRect(),
        title: article.querySelector('h3')?.getBoundingClientRect().height ?? 0,
      }))
      .filter(({ box }) => box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0)
      .map(({ box, title }) => ({ height: Math.round(box.height), title: Math.round(title) })),
  );
}

test('the compact view shows one line a paper, 15 or more on a 1440x900 screen, and is remembered', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openBigList(page);
  const cards = await rowsOnScreen(page);
  expect(cards.length).toBeLessThan(10);

  const view = page.getByRole('group', { name: 'View' });
  await view.getByRole('button', { name: 'Compact' }).click();
  await expect(view.getByRole('button', { name: 'Compact' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const expectOneLineRows = async () => {
    await expect.poll(async () => (await rowsOnScreen(page)).length).toBeGreaterThanOrEqual(15);
    const rows = await rowsOnScreen(page);
    // Every row the same small height, its title on one line.
    expect(new Set(rows.map((row) => row.height)).size).toBe(1);
    expect(rows[0]?.height).toBeLessThanOrEqual(44);
    for (const row of rows) expect(row.title).toBeLessThanOrEqual(28);
  };
  await expectOneLineRows();

  await page.reload();
  await expect(page.getByRole('article').first()).toBeVisible();
  await expect(
    page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Compact' }),
  ).toHaveAttribute('aria-pressed', 'true');
  await expectOneLineRows();

  // The keyboard cursor shows on a compact row as on a card.
  await page.keyboard.press('j');
  await expect(page.locator('article[aria-current="true"]')).toHaveCount(1);
  await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Cards' }).click();
  await page.reload();
  await expect(page.getByRole('article').first()).toBeVisible();
  expect((await rowsOnScreen(page)).length).toBeLessThan(10);
});

test('a Read paper looks done and a Reading one stands out, in cards and in compact rows', async ({
  page,
}) => {
  await page.goto('/');
  const papers = page.getByRole('article');
  await expect(papers.first()).toBeVisible();
  const [read, reading, unread] = [papers.nth(0), papers.nth(1), papers.nth(2)];
  await read.getByRole('combobox', { name: 'Status' }).selectOption('Read');
  await reading.getByRole('combobox', { name: 'Status' }).selectOption('Reading');
  await expect(page.getByText('All changes saved')).toBeVisible();

  const titleColor = (paper: typeof read) =>
    paper.locator('h3 a').evaluate((link) => getComputedStyle(link).color);
  const expectStatusAtAGlance = async () => {
    await expect(read).toHaveAttribute('data-status', 'read');
    await expect(reading).toHaveAttribute('data-status', 'reading');
    await expect(unread).toHaveAttribute('data-status', 'unread');
    // Named for screen readers, shown as a mark of its own shape and colour.
    await expect(read.locator('.status-mark')).toHaveText('Read');
    await expect(reading.locator('.status-mark')).toHaveText('Reading');
    await expect(unread.locator('.status-mark')).toHaveText('Unread');
    const markColor = (paper: typeof read) =>
      paper.locator('.status-mark svg').evaluate((svg) => getComputedStyle(svg).color);
    expect(await markColor(read)).not.toBe(await markColor(unread));
    expect(await markColor(reading)).not.toBe(await markColor(unread));
    // Read: the title is muted, done.
    expect(await titleColor(read)).not.toBe(await titleColor(unread));
  };
  await expectStatusAtAGlance();

  await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Compact' }).click();
  await expect(page.locator('.virtual-list--compact')).toBeVisible();
  await expectStatusAtAGlance();
});

test('clicking a tag chip filters the list by that tag and shows the filter, without opening the paper', async ({
  page,
}) => {
  await openBigList(page);
  await expect(page.getByText('80 papers', { exact: true })).toBeVisible();
  const first = page.getByRole('article').first();
  await first.getByRole('button', { name: 'Show papers tagged Training' }).click();

  await expect(page).toHaveURL(/\/\?tag=Training$/);
  await expect(page.getByText('20 of 80 papers')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Remove tag filter Training' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('article').first()).toContainText('Training');

  // The same from a compact row, added to the filter already there (a status here).
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page
    .getByRole('group', { name: 'Filter by status' })
    .getByRole('button', { name: 'Unread' })
    .click();
  await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Compact' }).click();
  await page
    .getByRole('article')
    .nth(1)
    .getByRole('button', { name: 'Show papers tagged Testing' })
    .click();
  await expect(page).toHaveURL(/\/\?status=unread&tag=Testing$/);
  await expect(page.getByText('20 of 80 papers')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Remove tag filter Testing' })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('the compact view, with its marks and tag chips, passes axe in both themes', async ({
  page,
}) => {
  await openBigList(page);
  await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Compact' }).click();
  const rows = page.getByRole('article');
  await rows.nth(0).getByRole('combobox', { name: 'Status' }).selectOption('Read');
  await rows.nth(1).getByRole('combobox', { name: 'Status' }).selectOption('Reading');
  await rows.nth(2).getByRole('combobox', { name: 'Status' }).selectOption('To read');
  await expect(rows.nth(2)).toHaveAttribute('data-status', 'to-read');
  await page.keyboard.press('j');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const results = await new AxeBuilder({ page })
      .include('main')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .analyze();
    const found = results.violations.map(
      (violation) =>
        `${scheme}: ${violation.id} ${violation.help} — ${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join(' | ')}`,
    );
    expect(found).toEqual([]);
  }
});

test('on a phone, compact section headings keep to one line and never overlap the rows', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await expect(page.getByRole('article').first()).toBeVisible();
  await page.getByRole('button', { name: /^Sort & filter/ }).click();
  await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Compact' }).click();
  // The default list has a section name far longer than a phone's width.
  const long = page.getByRole('heading', { level: 2, name: /^Empirical Studies on Machine/ });
  await expect(long).toBeVisible();
  // The text's own box: one line tall, and inside the heading's row.
  const text = await long.evaluate((heading) => {
    const range = document.createRange();
    range.selectNodeContents(heading);
    const box = range.getBoundingClientRect();
    const row = heading.getBoundingClientRect();
    return { height: box.height, inside: box.top >= row.top && box.bottom <= row.bottom };
  });
  expect(text.height).toBeLessThanOrEqual(24);
  expect(text.inside).toBe(true);
  await expect(long).toHaveAttribute('title', /Bugs & Challenges$/);
});
