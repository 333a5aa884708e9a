import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { DEEPXPLORE, openFromSearch, writeNote } from './helpers';

async function expectNoViolations(page: Page, screen: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const found = results.violations.map(
    (violation) =>
      `${screen}: ${violation.id} (${violation.impact}) ${violation.help} — ${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(' '))
        .join(' | ')}`,
  );
  expect(found).toEqual([]);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`every screen passes axe in the ${scheme} theme`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/');
    const detail = await writeNote(page, DEEPXPLORE, 'deepxplore', '## Notes\n\nA **bold** claim.');
    await detail.getByRole('radio', { name: 'Read', exact: true }).check();
    await detail.getByRole('combobox', { name: 'Add tag' }).fill('testing');
    await detail.getByRole('combobox', { name: 'Add tag' }).press('Enter');
    await expectNoViolations(page, 'paper detail');
    await detail.getByRole('button', { name: 'Preview' }).click();
    await expectNoViolations(page, 'paper detail, preview');
    await detail.getByRole('button', { name: 'Write' }).click();
    await page.keyboard.press('Escape');

    await expectNoViolations(page, 'list, searching');
    await page.getByRole('searchbox', { name: 'Search' }).fill('');
    await expect(page.getByRole('article').first()).toBeVisible();
    await expectNoViolations(page, 'list');
    await page.getByRole('searchbox', { name: 'Search' }).fill('no such paper anywhere');
    await expectNoViolations(page, 'list, no results');

    await page.getByRole('button', { name: 'Export' }).click();
    await expect(page.getByRole('dialog', { name: 'Export' })).toBeVisible();
    await expectNoViolations(page, 'export');
    await page.keyboard.press('Escape');

    await page.keyboard.press('Control+k');
    await page.getByRole('combobox', { name: 'Go to' }).fill('test');
    await expectNoViolations(page, 'command palette');
    await page.keyboard.press('Escape');
    await page.locator('body').click({ position: { x: 2, y: 400 } });
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await expectNoViolations(page, 'shortcut help');
    await page.keyboard.press('Escape');

    for (const [path, heading] of [
      ['/tags', 'Tags'],
      ['/settings', 'Settings'],
      ['/stats', 'Stats'],
      ['/next-up', 'Next up'],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
      await expectNoViolations(page, path);
    }
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/');
    await expect(page.getByRole('article').first()).toBeVisible();
    await expectNoViolations(page, 'list on a phone');
    await openFromSearch(page, 'deepxplore', DEEPXPLORE);
    await expectNoViolations(page, 'paper on a phone');
  });
}
