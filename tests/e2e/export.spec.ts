import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { unzipSync, strFromU8 } from 'fflate';
import { parse as parseYaml } from 'yaml';
import { expect, test } from './fixtures';
import { DEEPXPLORE, openFromSearch, writeNote } from './helpers';

async function exportAs(page: Page, format: string, scope: string): Promise<Download> {
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: format }).check();
  await dialog.getByRole('radio', { name: scope }).check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download' }).click(),
  ]);
  await dialog.getByRole('button', { name: 'Close' }).click();
  return download;
}

async function text(download: Download): Promise<string> {
  return readFileSync(await download.path(), 'utf8');
}

const NOTE = '# My heading\n\nCoverage is *not* enough: "quotes" and <script>alert(1)</script>.';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  const detail = await writeNote(page, DEEPXPLORE, 'deepxplore', NOTE);
  await detail.getByRole('radio', { name: 'Read', exact: true }).check();
  const addTag = detail.getByRole('combobox', { name: 'Add tag' });
  await addTag.fill('to cite');
  await addTag.press('Enter');
  await expect(detail.getByRole('button', { name: 'Remove tag to cite' })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('searchbox', { name: 'Search' }).fill('');
});

test('exports everything as one Markdown file, notes exactly as written', async ({ page }) => {
  const download = await exportAs(page, 'Markdown, one file', 'Everything (24)');
  expect(download.suggestedFilename()).toMatch(
    /^readmark-awesome-machine-learning-reliability-\d{4}-\d{2}-\d{2}\.md$/,
  );
  const markdown = await text(download);
  expect(markdown.startsWith('# Awesome Machine Learning Reliability')).toBe(true);
  expect(markdown).toContain(`### ${DEEPXPLORE}`);
  expect(markdown).toContain('#### My heading');
  expect(markdown).toContain('Coverage is *not* enough: "quotes" and <script>alert(1)</script>.');
  expect(markdown).toContain('#to-cite');
  expect(markdown.match(/^### /gm)?.length).toBe(24);
});

test('exports papers with notes as a zip of Markdown files with YAML front matter', async ({
  page,
}) => {
  const download = await exportAs(
    page,
    'Markdown, a file per paper (.zip)',
    'Only papers with notes (1)',
  );
  expect(download.suggestedFilename()).toMatch(/\.zip$/);
  const files = unzipSync(readFileSync(await download.path()));
  const names = Object.keys(files);
  expect(names).toHaveLength(1);
  const content = strFromU8(files[names[0] ?? ''] ?? new Uint8Array());
  const [, frontMatter, body] = /^---\n([\s\S]*?)\n---\n\n?([\s\S]*)$/.exec(content) ?? [];
  const meta = parseYaml(frontMatter ?? '') as Record<string, unknown>;
  expect(meta).toMatchObject({
    id: 'doi:10.1145/3132747.3132785',
    title: DEEPXPLORE,
    status: 'read',
    tags: ['to-cite'],
    venue: 'SOSP',
    year: 2017,
  });
  expect(body).toBe(`${NOTE}\n`);
});

test('exports the current view as BibTeX', async ({ page }) => {
  await page.getByRole('searchbox', { name: 'Search' }).fill('fuzzing');
  await expect(page.getByRole('article')).toHaveCount(3);
  const download = await exportAs(page, 'BibTeX (.bib)', 'The current view (3)');
  const bib = await text(download);
  expect(bib.match(/^@\w+\{/gm)).toHaveLength(3);
  expect(bib).toContain('eprint = {2302.04351}');
  expect(bib).toContain('archivePrefix = {arXiv}');
});

test('copies one paper as Markdown', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const detail = await openFromSearch(page, 'deepxplore', DEEPXPLORE);
  await detail.getByRole('button', { name: 'Copy as Markdown' }).click();
  await expect(detail.getByText('Copied')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(
    'title: "DeepXplore: Automated Whitebox Testing of Deep Learning Systems"',
  );
  expect(copied).toContain(NOTE);
});
