import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Scrolls the (virtualized) list from top to bottom and collects every paper's name. */
async function collectPaperNames(page: Page): Promise<Set<string>> {
  const names = new Set<string>();
  await page.evaluate(() => window.scrollTo(0, 0));
  for (let step = 0; step < 200; step += 1) {
    for (const name of await page.getByRole('article').evaluateAll((articles) =>
      articles.map((article) => {
        const id = article.getAttribute('aria-labelledby');
        return (id && document.getElementById(id)?.textContent) ?? '';
      }),
    )) {
      // A row caught between renders has no title yet: it names no paper.
      if (name !== '') names.add(name);
    }
    const atBottom = await page.evaluate(() => {
      const before = window.scrollY;
      window.scrollBy(0, window.innerHeight * 0.8);
      return window.scrollY === before;
    });
    if (atBottom) break;
    // The scroll event, and the rows it brings, come with the next frames: wait until the
    // rendered rows cover the part of the list in view, so no paper is scrolled past unseen.
    await page.waitForFunction(() => {
      const list = document.querySelector('[role="list"].virtual-list');
      const rows = list?.querySelectorAll(':scope > * > [role="listitem"]') ?? [];
      const first = rows[0]?.getBoundingClientRect();
      const last = rows[rows.length - 1]?.getBoundingClientRect();
      if (!list || !first || !last) return false;
      const bounds = list.getBoundingClientRect();
      const top = Math.max(0, bounds.top);
      const bottom = Math.min(window.innerHeight, bounds.bottom);
      return first.top <= top + 1 && last.bottom >= bottom - 1;
    });
  }
  return names;
}

test('shows the default list title and all 24 papers', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Awesome Machine Learning Reliability',
  );
  await expect(page.getByRole('article').first()).toBeVisible();
  const names = await collectPaperNames(page);
  expect(names.size).toBe(24);
  expect(names).toContain('MLSys: The New Frontier of Machine Learning Systems');
  expect(names).toContain(
    'Emerging Platforms Meet Emerging LLMs: A Year-Long Journey of Top-Down Development',
  );
});

test('shows sections as navigation and filters by section', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Sections' });
  await expect(nav.getByRole('button')).toHaveCount(8);
  await nav.getByRole('button', { name: /^Monitoring/ }).click();
  await expect(page).toHaveURL(/section=monitoring/);
  await expect(page.getByRole('article')).toHaveCount(1);
  await expect(
    page.getByRole('article', { name: 'Self-Checking Deep Neural Networks in Deployment' }),
  ).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('article').nth(3)).toBeVisible();
});

test('paper links leave the app safely', async ({ page }) => {
  await page.goto('/');
  const card = page.getByRole('article', { name: /Characterization of Large Language Model/ });
  const review = card.getByRole('link', { name: /Review/ }).first();
  await expect(review).toHaveAttribute('target', '_blank');
  await expect(review).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(review).toHaveAttribute(
    'href',
    /^https:\/\/github\.com\/OrderLab\/awesome-machine-learning-reliability\/blob\/main\/reviews\//,
  );
});

test.describe('a catalogue that cannot be used', () => {
  // The responses below stand in for the server; the service worker must not answer instead.
  test.use({ serviceWorkers: 'block' });

  test('a missing catalogue shows a clear error, not a blank page', async ({ page }) => {
    await page.route('**/catalogue.json', (route) => route.fulfill({ status: 404, body: 'nope' }));
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'The list could not be loaded' })).toBeVisible();
    await expect(page.getByText(/server answered 404/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
  });

  test('an invalid catalogue names the bad field', async ({ page }) => {
    await page.route('**/catalogue.json', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({ schemaVersion: 1, title: 'X', sections: [], papers: [{ id: 'a' }] }),
      }),
    );
    await page.goto('/');
    await expect(page.getByText(/papers\[0\]\.title/)).toBeVisible();
  });
});
