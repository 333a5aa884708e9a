import { expect, test } from './fixtures';

// Anything that manages to run sets this flag (or opens a dialog, which the guard catches).
const PWNED = 'window.__pwned=1';

const hostileCatalogue = {
  schemaVersion: 1,
  title: `Hostile <img src=x onerror="${PWNED}">`,
  sections: [{ id: 's', title: `<script>${PWNED}</script>`, parentId: null }],
  papers: [
    {
      id: 'url:example.org/a',
      title: `<img src=x onerror="${PWNED}"> Title`,
      url: 'https://example.org/a',
      description: [
        `<script>${PWNED}</script>`,
        `[plain](javascript:${PWNED})`,
        `[mixed](JaVaScRiPt:${PWNED})`,
        `[entity](jav&#x61;script:${PWNED})`,
        `[data](data:text/html,<script>${PWNED}</script>)`,
        `<a href="javascript:${PWNED}">raw</a>`,
      ].join(' '),
      sectionIds: ['s'],
      tags: [`<b onmouseover="${PWNED}">tag</b>`],
      links: [{ label: `<svg onload="${PWNED}">`, url: 'https://example.org/l' }],
    },
  ],
};

test.use({ serviceWorkers: 'block' });

test('hostile catalogue entries and notes render as inert text', async ({ page }) => {
  await page.route('**/catalogue.json', (route) => route.fulfill({ json: hostileCatalogue }));
  await page.goto('/');
  const card = page.getByRole('article').first();
  await expect(card).toContainText('<img src=x onerror=');
  // Every link on the page goes somewhere harmless.
  const hrefs = await page
    .locator('a[href]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  for (const href of hrefs) expect(href).not.toMatch(/^\s*(javascript|data|vbscript):/i);
  for (const link of await card.getByRole('link').all()) {
    await link.click({ modifiers: ['Control'] }).catch(() => undefined);
  }
  await card.hover();

  await card.getByRole('link').first().click();
  const notes = page.getByRole('dialog').getByRole('textbox', { name: 'Notes' });
  await expect(notes).toBeEditable();
  await notes.fill(
    [
      `<script>${PWNED}</script>`,
      `<img src=x onerror="${PWNED}">`,
      `[click me](javascript:${PWNED})`,
      `[and me](JAVASCRIPT:${PWNED})`,
      `<iframe src="javascript:${PWNED}"></iframe>`,
    ].join('\n\n'),
  );
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.getByRole('dialog').locator('.notes__preview');
  await expect(preview.getByText('click me')).toBeVisible();
  await preview.getByText('click me').click();
  await preview.getByText('and me').click();
  expect(await preview.locator('script, img, iframe, [onerror], [onload]').count()).toBe(0);
  await page.getByRole('button', { name: 'Write' }).click();

  expect(await page.evaluate(() => Reflect.get(window, '__pwned'))).toBeUndefined();
});
