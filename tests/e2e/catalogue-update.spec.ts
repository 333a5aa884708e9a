import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { DEEPXPLORE, writeNote } from './helpers';

type Catalogue = {
  sections: { id: string; title: string }[];
  papers: { id: string; title: string; url: string; sectionIds: string[]; description?: string }[];
};

// Routes stand in for a new deployment, so the service worker must not answer instead.
test.use({ serviceWorkers: 'block' });

test('a new catalogue keeps every note, and the user is told what changed', async ({ page }) => {
  const original = JSON.parse(readFileSync('public/catalogue.json', 'utf8')) as Catalogue;
  await page.goto('/');
  await writeNote(page, DEEPXPLORE, 'deepxplore', 'A note that must survive list updates.');
  await page.keyboard.press('Escape');

  // The new version: DeepXplore moved to the end, one paper removed, sections renamed,
  // descriptions edited, and four papers added.
  const deep = original.papers.find((paper) => paper.title === DEEPXPLORE);
  if (!deep) throw new Error('seed changed');
  const others = original.papers.filter((paper) => paper !== deep).slice(1);
  const added = [1, 2, 3, 4].map((n) => ({
    id: `url:example.org/new-${n}`,
    title: `A Newly Listed Paper ${n}`,
    url: `https://example.org/new-${n}`,
    sectionIds: [original.sections[0]?.id ?? ''],
    tags: [],
    links: [],
  }));
  const updated = {
    ...original,
    sections: original.sections.map((section) => ({
      ...section,
      title: `${section.title} (2027)`,
    })),
    papers: [...added, ...others, { ...deep, description: 'Edited description.' }],
  };
  await page.route('**/catalogue.json', (route) => route.fulfill({ json: updated }));
  await page.goto('/');

  await expect(page.getByText('4 new papers in this list since your last visit.')).toBeVisible();
  await page.getByRole('button', { name: 'Show new papers' }).click();
  await expect(page).toHaveURL(/new=1/);
  await expect(page.getByRole('article')).toHaveCount(4);
  await page.getByRole('button', { name: 'Got it' }).click();
  await expect(page.getByText(/new papers in this list/)).toBeHidden();
  await expect(page).not.toHaveURL(/new=1/);

  const search = page.getByRole('searchbox', { name: 'Search' });
  await search.fill('survive list updates');
  const card = page.getByRole('article', { name: DEEPXPLORE });
  await expect(card).toBeVisible();
  await expect(card.getByText('Edited description.')).toBeVisible();
});

test('a paper that left the list is kept by name with its note', async ({ page }) => {
  const original = JSON.parse(readFileSync('public/catalogue.json', 'utf8')) as Catalogue;
  await page.goto('/');
  const detail0 = await writeNote(
    page,
    DEEPXPLORE,
    'deepxplore',
    'Kept even when the list drops it.',
  );
  await detail0.getByRole('radio', { name: 'Read', exact: true }).check();
  await expect(page.getByText('All changes saved')).toBeVisible();
  await page.keyboard.press('Escape');

  const without = { ...original, papers: original.papers.filter((p) => p.title !== DEEPXPLORE) };
  await page.route('**/catalogue.json', (route) => route.fulfill({ json: without }));
  await page.goto('/?sort=title');
  await expect(page.getByText(/1 paper you worked on left the list/)).toBeVisible();
  await page.goto('/?status=read');
  await expect(page.getByRole('heading', { name: 'Not in this list any more' })).toBeVisible();
  const card = page.getByRole('article', { name: DEEPXPLORE });
  await expect(card.getByText('Not in this list any more')).toBeVisible();
  await card.getByRole('link', { name: DEEPXPLORE }).click();
  const detail = page.getByRole('dialog', { name: DEEPXPLORE });
  await expect(detail.getByText('Not in this list any more')).toBeVisible();
  await expect(detail.getByRole('textbox', { name: 'Notes' })).toHaveValue(
    'Kept even when the list drops it.',
  );
});
