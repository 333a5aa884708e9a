import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from './fixtures';
import { DEEPXPLORE, writeNote } from './helpers';

async function exportAs(page: Page, format: string, scope: RegExp | string): Promise<Download> {
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

const text = async (download: Download) => readFileSync(await download.path(), 'utf8');

async function unzip(download: Download): Promise<Record<string, string>> {
  const files = unzipSync(readFileSync(await download.path()));
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

async function addList(page: Page, name: string, markdown: string) {
  await page.goto('/settings');
  await page.getByLabel('Add list').setInputFiles({
    name,
    mimeType: 'text/markdown',
    buffer: Buffer.from(markdown),
  });
}

/** Writes a note and adds a tag with a space to DeepXplore, from the list. */
async function noteAndTag(page: Page, note: string) {
  const detail = await writeNote(page, DEEPXPLORE, 'deepxplore', note);
  const addTag = detail.getByRole('combobox', { name: 'Add tag' });
  await addTag.fill('to cite');
  await addTag.press('Enter');
  await expect(detail.getByRole('button', { name: 'Remove tag to cite' })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('searchbox', { name: 'Search' }).fill('');
}

test('zip file names read as the titles, cut after a whole word, each one different', async ({
  page,
}) => {
  await page.goto('/');
  const files = await unzip(await exportAs(page, 'a file per paper', /^Everything/));
  const names = Object.keys(files);
  expect(names).toHaveLength(24);
  expect(names).toContain('DeepXplore - Automated Whitebox Testing of Deep Learning Systems.md');
  expect(names).toContain('Machine Learning Testing - Survey, Landscapes and Horizons.md');
  // 87 characters before .md: cut after "Numerical", not inside a word.
  expect(names).toContain(
    'Reliability Assurance for Deep Neural Network Architectures against Numerical.md',
  );
  expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length);
  for (const name of names) expect(name).toMatch(/^[^\\/:*?"<>|#^[\]]+[^. ]\.md$/);
});

test('every Markdown file of an export ends with a newline', async ({ page }) => {
  await page.goto('/');
  await noteAndTag(page, 'A note whose last line has no newline');
  const files = await unzip(await exportAs(page, 'a file per paper', /^Only papers with notes/));
  const [content] = Object.values(files);
  expect(content?.endsWith('A note whose last line has no newline\n')).toBe(true);
  const markdown = await text(await exportAs(page, 'Markdown, one file', /^Everything/));
  expect(markdown.endsWith('\n')).toBe(true);
});

test('headings keep & and other plain characters unescaped', async ({ page }) => {
  await page.goto('/');
  const markdown = await text(await exportAs(page, 'Markdown, one file', /^Everything/));
  expect(markdown).toContain('\n## Empirical Studies on Machine Learning Bugs & Challenges\n');
  expect(markdown).not.toContain('\\&');
});

test('a tag is written as typed in BibTeX and with a dash where Obsidian reads it', async ({
  page,
}) => {
  await page.goto('/');
  await noteAndTag(page, 'Coverage matters.');
  const bib = await text(await exportAs(page, 'BibTeX', /^Only papers with notes/));
  expect(bib).toContain('keywords = {to cite}');
  const files = await unzip(await exportAs(page, 'a file per paper', /^Only papers with notes/));
  expect(Object.values(files)[0]).toContain('tags:\n  - to-cite\n');
  const markdown = await text(
    await exportAs(page, 'Markdown, one file', /^Only papers with notes/),
  );
  expect(markdown).toContain('- Tags: #to-cite\n');
});

const AUTHORED_LIST = `# Awesome Testing Papers

## Model Behavior Testing

- [DeepXplore: Automated Whitebox Testing of Deep Learning Systems](https://dl.acm.org/doi/10.1145/3132747.3132785), Kexin Pei, Yinzhi Cao, Junfeng Yang, Suman Jana, SOSP 2017
- [Machine Learning Testing: Survey, Landscapes and Horizons](https://arxiv.org/abs/1906.10742), *TSE 2020*
  - Jie M. Zhang, Mark Harman, Lei Ma, Yang Liu.
- [Testing the Deep Learning Systems Again](https://example.org/again), *ICSE 2020*
`;

test('BibTeX keys take the Better BibTeX form, with the authors the list names', async ({
  page,
}) => {
  await addList(page, 'testing.md', AUTHORED_LIST);
  await expect(page.getByRole('status').filter({ hasText: 'Added' })).toBeVisible();
  await page.getByRole('combobox', { name: 'List' }).selectOption('Awesome Testing Papers');
  // Through the app, not a reload: a reload while the choice is being saved asks "Leave site?".
  await page.getByRole('link', { name: 'Papers' }).click();
  await expect(page.getByRole('article')).toHaveCount(3);
  const bib = await text(await exportAs(page, 'BibTeX', /^Everything/));
  expect(bib.match(/^@\w+\{[^,]+,/gm)).toEqual([
    '@inproceedings{pei2017deepxplore,',
    '@article{zhang2020machine,',
    '@inproceedings{testingdeeplearning2020,',
  ]);
  expect(bib).toContain('author = {Kexin Pei and Yinzhi Cao and Junfeng Yang and Suman Jana}');
  expect(bib).toContain('author = {Jie M. Zhang and Mark Harman and Lei Ma and Yang Liu}');
  // The same key in an export of fewer papers.
  await page.getByRole('searchbox', { name: 'Search' }).fill('deepxplore');
  await expect(page.getByRole('article')).toHaveCount(1);
  const one = await text(await exportAs(page, 'BibTeX', /^The current view/));
  expect(one).toMatch(/^@inproceedings\{pei2017deepxplore,/);
});

const SKIPPING_LIST = `# Awesome Skips

## Papers

- [Good Paper One](https://example.org/one), *ICSE 2020* [[code]](javascript:alert(1))
- [Bad link](javascript:alert(1))
- [Good Paper Two](https://example.org/two), *FSE 2021*
- [Another bad](ftp://example.org/x)
`;

test('an added list counts its skipped entries right and gives their lines', async ({ page }) => {
  await addList(page, 'skips.md', SKIPPING_LIST);
  await expect(page.getByRole('status').filter({ hasText: 'Added' })).toContainText(
    '2 entries skipped.',
  );
  const summary = page.getByText('2 entries skipped (lines 6 and 8), 1 other warning (line 5)');
  await summary.click();
  await expect(page.getByRole('group').filter({ has: summary }).getByRole('listitem')).toHaveText([
    'line 5: dropped link "code": link is not http(s) (javascript:)',
    'line 6: skipped "Bad link": link is not http(s) (javascript:)',
    'line 8: skipped "Another bad": link is not http(s) (ftp:)',
  ]);
});

test('search also finds papers by the name of their section', async ({ page }) => {
  await page.goto('/');
  const search = page.getByRole('searchbox', { name: 'Search' });
  await search.fill('high-level view');
  await expect(page.getByRole('article')).toHaveCount(2);
  await expect(page.getByRole('article').first()).toContainText('Machine Learning Testing');
  await search.fill('monitoring');
  await expect(page.getByRole('article')).toHaveCount(1);
  await expect(page.getByRole('article')).toContainText('Self-Checking Deep Neural Networks');
});
